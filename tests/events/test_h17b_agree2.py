"""Round h17b agree2: promises, consent and offers (AGREE, CAMEO 03) on sentences written for these tests.

- a promise or consent whose promised act is an event word that found no target of its own is aimed at whom that
  act names ("согласилась возобновить поставки нефти на Кубу": Cuba), but not at the place of agreed talks
  ("договорились встретиться в Париже": the two sides agree with each other);
- sanctions or an embargo to be lifted under a word of consent or intent ("согласилась на отмену санкций против
  Ирака", "выразил готовность к снятию эмбарго") is the intent to ease them (0354), aimed at whom they hit;
- a pact offered to an addressee by the act's verb ("предложил Пакистану заключить договор") is an offer (030) to it;
- a promise, guarantee or consent received or won from another party ("получила от Евросоюза обещание") is the
  giver's promise to the receiver;
- retribution promised to a party ("пообещав Токио беспощадное возмездие", "пообещал Израилю сокрушительный удар")
  is a threat (130), no intent to cooperate;
- aid or funds promised with the imperfective "обещать" or in the passive ("Гаити была обещана помощь со стороны
  Евросоюза", "японская помощь") are an intent to give aid (033) by their giver: the adjective or "со стороны" on
  the thing promised;
- relations to be improved ("выразил желание улучшить отношения с Индией", "готова улучшить отношения") are an
  intent to cooperate, as "укрепить отношения" (the verb row takes улучшить/улучшать and укреплять);
- consent "изъявлена" (the bookish support verb of "согласие") is consent as "выразил согласие".
"""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Венесуэла согласилась возобновить поставки нефти на Кубу.", ("03", "VEN", "CUB")),
        ("Россия пообещала возобновить поставки газа на Украину.", ("03", "RUS", "UKR")),
        ("Иран согласился возобновить экспорт нефти на Кубу.", ("03", "IRN", "CUB")),
        ("Катар согласился возобновить поставки газа на Украину, сообщило агентство.", ("03", "QAT", "UKR")),
    ],
)
def test_a_promised_act_with_no_target_of_its_own_names_the_addressee(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "pair", "place"),
    [
        ("Индия и Пакистан договорились возобновить переговоры в Женеве.", ("IND", "PAK"), "CHE"),
        ("Лидеры Египта и Судана договорились встретиться в Париже.", ("EGY", "SDN"), "FRA"),
        ("Израиль и Сирия договорились возобновить мирные переговоры в Вашингтоне.", ("ISR", "SYR"), "USA"),
    ],
)
def test_the_place_of_agreed_talks_is_no_addressee(code, sentence, pair, place):
    found = dyads(code(sentence))
    assert ("03", *pair) in found
    assert not any(target == place and source != place for root, source, target in found if root == "03")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Россия согласилась на отмену санкций против Ирака.", ("0354", "RUSGOV", "IRQGOV")),
        ("Франция согласна на смягчение санкций против Ирана.", ("0354", "FRAGOV", "IRNGOV")),
        ("Вашингтон заявил о готовности к ослаблению санкций против Кубы.", ("0354", "USAGOV", "CUBGOV")),
        ("Евросоюз дал согласие на отмену эмбарго против Ливии.", ("0354", "IGOEU", "LBYGOV")),
    ],
)
def test_sanctions_to_be_lifted_under_consent_or_intent(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_sanctions_lifted_in_the_background_are_no_intent(code):
    assert not code("После отмены санкций против Ирака торговля выросла.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Премьер-министр Индии предложил Пакистану заключить договор о ненападении.", ("030", "INDGOV", "PAKGOV")),
        ("Япония предложила Китаю подписать соглашение о рыболовстве.", ("030", "JPNGOV", "CHNGOV")),
        ("Москва предлагает Токио подписать мирный договор, сообщил министр.", ("030", "RUSGOV", "JPNGOV")),
        ("Израиль предложил Ливану обменяться пленными.", ("030", "ISRGOV", "LBNGOV")),
    ],
)
def test_a_pact_offered_to_an_addressee(code, sentence, expected):
    assert expected in codes(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Турция получила от Евросоюза обещание начать переговоры о вступлении.", ("030", "IGOEU", "TURGOV")),
        ("Украина получила от США гарантии безопасности.", ("030", "USAGOV", "UKRGOV")),
        ("Израиль добился от Египта обещания усилить охрану границы.", ("030", "EGYGOV", "ISRGOV")),
        ("Киев получил от Москвы заверения в том, что поставки газа не прекратятся.", ("030", "RUSGOV", "UKRGOV")),
        ("Россия получила от Китая согласие на строительство газопровода.", ("030", "CHNGOV", "RUSGOV")),
    ],
)
def test_a_pledge_received_from_another_party_is_the_givers(code, sentence, expected):
    assert expected in codes(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Северная Корея предостерегла Японию от участия в блокаде, пообещав Токио беспощадное возмездие.",
         ("13", "PRK", "JPN")),
        ("Иран пообещал Израилю сокрушительный удар в случае нападения.", ("13", "IRN", "ISR")),
        ("Лидер ХАМАС пообещал Израилю жестокую месть за гибель командиров.", ("13", "PSE", "ISR")),
        ("Президент Ирака пообещал Кувейту суровую расплату.", ("13", "IRQ", "KWT")),
    ],
)
def test_retribution_promised_is_a_threat(code, sentence, expected):
    found = dyads(code(sentence))
    assert expected in found
    assert ("03", *expected[1:]) not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Гаити была обещана помощь в размере 100 миллионов долларов со стороны Евросоюза.", ("033", "IGOEU", "HTIGOV")),
        ("Гаити была обещана японская помощь.", ("033", "JPN", "HTIGOV")),
        ("Пакистану обещаны кредиты со стороны Всемирного банка.", ("033", "IGOWB", "PAKGOV")),
        ("Япония обещала Индонезии помощь в размере 100 миллионов долларов.", ("033", "JPNGOV", "IDNGOV")),
    ],
)
def test_aid_promised_in_the_passive_or_imperfective(code, sentence, expected):
    assert expected in codes(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Пакистан выразил желание улучшить отношения с Индией.", ("03", "PAK", "IND")),
        ("Турция готова улучшить отношения с Арменией.", ("03", "TUR", "ARM")),
        ("Президент Ирана пообещал улучшать отношения с Саудовской Аравией.", ("03", "IRN", "SAU")),
        ("Индия и Пакистан улучшили отношения после визита премьер-министра.", ("05", "IND", "PAK")),
    ],
)
def test_relations_to_be_improved(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Хорватия изъявила согласие на предложение Евросоюза.", ("032", "HRVGOV", "IGOEU")),
        ("Правительство Японии изъявило согласие на размещение американских войск.", ("0355", "JPNGOV", "USAMIL")),
        ("Премьер Индии изъявил Пакистану согласие возобновить диалог.", ("030", "INDGOV", "PAKGOV")),
    ],
)
def test_consent_told_with_izyavit(code, sentence, expected):
    assert expected in codes(code(sentence))

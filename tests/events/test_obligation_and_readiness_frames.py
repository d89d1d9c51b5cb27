"""Obligation and readiness frames of translated wire copy (session 21, modal): a prohibition a speaker lays on
another party is a demand (10), and troops or police a party offers, agrees or is ready to send to protect or keep
the peace are military protection offered (0334, PLOVER AGREE), not a threat of force."""

import pytest

from tests.events.conftest import dyads

PROHIBITIONS = [
    # (sentence, source country, target country)
    ("Турция заявила, что Греции не следует размещать ракеты на Кипре.", "TUR", "GRC"),
    ("США заявили, что Израиль не должен строить новые поселения.", "USA", "ISR"),
    ("Премьер-министр Турции заявил, что Сербии не нужно вводить войска в Косово.", "TUR", "SRB"),
    ("Министр иностранных дел Франции сказал, что Ирану не следует возобновлять обогащение урана.", "FRA", "IRN"),
    ("Израиль не должен вести новые операции в секторе Газа, заявил президент Египта.", "EGY", "ISR"),
]


@pytest.mark.parametrize(("text", "source", "target"), PROHIBITIONS)
def test_a_prohibition_is_a_demand(code, text, source, target):
    assert ("10", source, target) in dyads(code(text, published="1998-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Китай заявил, что Япония не обязана выводить войска.",  # released from an act, nothing asked
        "Министр Израиля сказал, что палестинцам не надо бояться Израиля.",  # a reassurance
        "Эрдоган заявил, что Израиль никогда не должен испытывать терпение Турции.",  # a warning
    ],
)
def test_no_demand_without_a_prohibition(code, text):
    assert not any(root == "10" for root, _, _ in dyads(code(text, published="1998-06-01")))


PROTECTION_OFFERED = [
    ("Канада предложила направить в Гаити полицейских.", "CAN", "HTI"),
    ("Бангладеш предложила направить в Руанду батальон для миротворческой операции ООН.", "BGD", "RWA"),
    ("Норвегия готова направить в Боснию войска для защиты мусульманских анклавов.", "NOR", "BIH"),
    ("Пакистан согласился отправить в Сомали батальон для миротворческой операции.", "PAK", "SOM"),
    ("Франция намерена направить в Чад войска для обороны Нджамены.", "FRA", "TCD"),
    ("Малайзия предложила отправить в Боснию военнослужащих.", "MYS", "BIH"),
    ("Турция вызвалась направить в Афганистан подразделение для поддержания мира.", "TUR", "AFG"),
]


@pytest.mark.parametrize(("text", "source", "target"), PROTECTION_OFFERED)
def test_troops_offered_to_protect_are_an_intent_to_cooperate(code, text, source, target):
    found = dyads(code(text, published="1998-06-01"))
    assert ("03", source, target) in found, found
    assert not any(root == "13" for root, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Россия готова направить войска на Украину.", "13"),  # readiness to invade: a threat
        ("Израиль пригрозил направить войска в Ливан.", "13"),
        ("Россия направила войска в Грузию для защиты южных осетин.", "15"),  # done "for protection": a posture
    ],
)
def test_troops_not_offered_keep_their_code(code, text, root):
    assert any(found == root for found, _, _ in dyads(code(text, published="2008-08-10")))


REFORMS_DEMANDED = [
    # a reform demanded of no one named: the demand stands with no target (PLOVER REQUEST, target none)
    ("Бывший премьер-министр Греции Андреас Папандреу потребовал немедленного проведения выборов.", "GRC"),
    ("Оппозиция Кении потребовала провести референдум о новой конституции.", "KEN"),
    ("Лидер оппозиции Венесуэлы потребовал отмены чрезвычайного положения.", "VEN"),
    ("Профсоюзы Нигерии требуют отмены комендантского часа.", "NGA"),
    ("Оппозиция Того настаивает на проведении досрочных выборов после того, как суд отменил итоги голосования.", "TGO"),
    ("Оппозиция Зимбабве выступила с требованием повторного проведения парламентских выборов.", "ZWE"),
    ("Оппозиция Того выступила с требованием отмены чрезвычайного положения.", "TGO"),
]


@pytest.mark.parametrize(("text", "source"), REFORMS_DEMANDED)
def test_a_reform_demanded_of_no_one_is_a_demand(code, text, source):
    assert ("10", source, None) in dyads(code(text, published="1998-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Оба сенатора США добиваются переизбрания на выборах в ноябре.",  # seeking, not asking anyone
        "Оппозиция Кении не потребовала проведения референдума.",
        "Оппозиция Кении потребовала от властей провести референдум.",  # an addressee named but not linked
    ],
)
def test_no_demand_of_no_one_when_sought_denied_or_addressed(code, text):
    assert not any(
        root == "10" and target is None for root, _, target in dyads(code(text, published="1998-06-01"))
    )


PRESSED = [
    # an act a party is expected to do, advice pressed, an appeal made at once: demands (10)
    ("Вашингтон ждет от Пхеньяна выполнения обязательств по рамочному соглашению.", "USA", "PRK"),
    ("Москва ожидает от Киева погашения газового долга.", "RUS", "UKR"),
    ("Токио ждет от Москвы возвращения южных Курил.", "JPN", "RUS"),
    ("Германия ожидает от Белграда выдачи военных преступников.", "DEU", "SRB"),
    ("Британия настоятельно рекомендовала Ирану освободить моряков.", "GBR", "IRN"),
    ("Госдепартамент США настоятельно рекомендует Израилю прекратить строительство.", "USA", "ISR"),
    ("Вашингтон призвал Израиль безотлагательно прекратить блокаду.", "USA", "ISR"),
]


@pytest.mark.parametrize(("text", "source", "target"), PRESSED)
def test_an_act_expected_or_pressed_is_a_demand(code, text, source, target):
    assert ("10", source, target) in dyads(code(text, published="1998-06-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Россия ожидает от визита президента США прорыва в отношениях.",  # what a visit may bring
        "Минздрав России рекомендовал гражданам не посещать Египет.",  # plain advice
    ],
)
def test_no_demand_of_hopes_or_plain_advice(code, text):
    assert not any(root == "10" for root, _, _ in dyads(code(text, published="1998-06-01")))


OFFERS_AND_CONSENT = [
    # an offer or promise noun naming its maker: the infinitive's cooperative act is the maker's intent (03)
    ("Предложение Японии предоставить Индонезии кредит приветствовали в Джакарте.", "JPN", "IDN"),
    ("Предложение Германии выделить Польше помощь обсуждалось в Варшаве.", "DEU", "POL"),
    ("В Каире приветствовали обещание Франции поставить Египту истребители.", "FRA", "EGY"),
    # consent to observers or inspectors coming in (0355)
    ("Ирак согласился на возвращение инспекторов ООН.", "IRQ", "IGO"),
    ("Белоруссия дала согласие на приезд наблюдателей ОБСЕ.", "BLR", "IGO"),
    ("Сербия согласилась на допуск инспекторов МАГАТЭ.", "SRB", "IGO"),
]


@pytest.mark.parametrize(("text", "source", "target"), OFFERS_AND_CONSENT)
def test_offers_and_consent_are_intents(code, text, source, target):
    found = dyads(code(text, published="1998-06-01"))
    assert ("03", source, target) in found, found


def test_a_plan_discussed_is_no_intent(code):
    found = dyads(code("Парламент Японии обсудил план предоставить Индонезии кредит.", published="1998-06-01"))
    assert not any(root == "03" for root, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Турция предлагает услуги посредника между Ираном и США.", {"IRN", "USA"}),
        ("Норвегия предложила свои услуги в качестве посредника между Эфиопией и Эритреей.", {"ETH", "ERI"}),
        ("Швейцария предложила услуги посредника между Арменией и Азербайджаном.", {"ARM", "AZE"}),
    ],
)
def test_mediation_offered_between_two_sides(code, text, sides):
    found = dyads(code(text, published="1998-06-01"))
    assert {target for root, _, target in found if root == "03"} >= sides, found


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел Швейцарии заявил, что референдум должен базироваться на украинской Конституции.",
        "Глава МИД Австрии заявил, что выборы должны проводиться по грузинским законам.",
        "Президент Финляндии сказал, что перемирие должно опираться на российско-грузинские договоренности.",
    ],
)
def test_an_obligation_of_a_thing_asks_nothing_of_the_country_it_names(code, text):
    found = dyads(code(text, published="2014-03-10"))
    assert not any(root == "10" for root, _, _ in found), found

"""Criticism told as reported speech: a statement whose content clause condemns another party's act or conduct as
unlawful, unacceptable, provocative or groundless (word class ``reproach``, triggers-accuse.tsv) is a criticism (111)
of the clause's actor, or of the agents of the act it names told before (``ContentRules.told_act_agents``).
Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the actor owns what the clause judges (genitive of its subject noun)
        ("Министр иностранных дел Польши заявил, что позиция России неприемлема.", ("11", "POL", "RUS")),
        ("Госдеп США заявил, что действия Венесуэлы являются провокацией.", ("11", "USA", "VEN")),
        ("Министр обороны Израиля сказал, что позиция Ирана является вызывающей.", ("11", "ISR", "IRN")),
        ("Канцлер Германии подчеркнул, что решение Турции противоречит международному праву.", ("11", "DEU", "TUR")),
        ("Глава МИД Эстонии заявил, что учения российской армии у границы являются провокацией.", ("11", "EST", "RUS")),
        # a person's act: the genitive is its agent when no act of the kind told before befell him
        ("Премьер-министр Канады заявил, что решение Дональда Трампа является абсурдным.", ("11", "CAN", "USA")),
        ("Министр иностранных дел Литвы заявил, что заявления Александра Лукашенко являются шантажом.", ("11", "LTU", "BLR")),
        ("Глава МИД Японии сказал, что политика Ким Чен Ына отражает слабость и отчаяние.", ("11", "JPN", "PRK")),
        ("Министр иностранных дел Франции заявил, что обвинения Ирана являются дезинформацией.", ("11", "FRA", "IRN")),
        # the act the clause names was told before: its agent is criticised, not whom it befell
        (
            "Суд Киева приговорил бывшего премьер-министра Украины к семи годам заключения. "
            "МИД России заявил, что приговор является неприемлемым.",
            ("11", "RUS", "UKR"),
        ),
        (
            "Правительство Молдавии выслало посла Румынии. "
            "Президент Румынии заявил, что высылка посла является провокацией.",
            ("11", "ROU", "MDA"),
        ),
    ],
)
def test_a_statement_condemning_a_party_criticises_it(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_the_party_an_act_befell_is_not_the_criticised_one(code):
    events = code(
        "Правительство Молдавии выслало посла Румынии. "
        "Президент Румынии заявил, что высылка посла является провокацией."
    )
    assert ("11", "ROU", "ROU") not in dyads(events)


@pytest.mark.parametrize(
    "sentence",
    [
        # neutral reported speech
        "Премьер Японии заявил, что переговоры с Китаем прошли конструктивно.",
        "Правительство Молдавии выслало посла Румынии. Президент Румынии заявил, что высылка посла прошла спокойно.",
        # a denial, what a party fights or opposes, an observer's count of violations
        "Министр Франции заявил, что действия Германии не являются нарушением соглашения.",
        "Президент Литвы заявил, что Россия борется с незаконной миграцией.",
        "Министр Франции заявил, что Германия выступает против вмешательства во внутренние дела Ливии.",
        "Министр иностранных дел Индии заявил, что Пакистан осуждает вмешательство во внутренние дела Афганистана.",
        "Министр обороны Великобритании заявил, что сообщения об угрозе теракта оказались ложными.",
        "Наблюдатели ОБСЕ признали выборы в Армении честными, хотя и отметили ряд нарушений.",
    ],
)
def test_neutral_or_denied_reported_speech_codes_no_criticism(code, sentence):
    assert not {dyad for dyad in dyads(code(sentence)) if dyad[0] == "11"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "носит X характер" with X of the class reproach, told by a speaker
        ("МИД России заявил, что учения НАТО носят провокационный характер.", ("11", "RUS", "IGO")),
        ("Министр обороны Китая сказал, что действия американских кораблей носят враждебный характер.", ("11", "CHN", "USA")),
        ("«Санкции Евросоюза носят незаконный характер», — заявил президент Белоруссии.", ("11", "BLR", "IGO")),
        (
            "Суд Киева приговорил бывшего премьер-министра Украины к семи годам заключения. "
            "МИД России заявил, что приговор носит антироссийский характер.",
            ("11", "RUS", "UKR"),
        ),
        # a party said to lack courage, resolve or will
        ("Госсекретарь США сказал, что у президента Мексики не хватает мужества признать ошибки.", ("11", "USA", "MEX")),
        ("Президент Турции заявил, что у руководства Греции не хватает решимости урегулировать спор.", ("11", "TUR", "GRC")),
        ("«У канцлера Германии не хватило смелости принять решение», — заявил премьер-министр Польши.", ("11", "POL", "DEU")),
        ("Министр обороны Израиля заявил, что руководству Ирана не хватает политической воли для переговоров.", ("11", "ISR", "IRN")),
    ],
)
def test_a_condemning_character_or_a_lack_of_courage_told_by_a_speaker_criticises(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Учения НАТО носят провокационный характер.",
        "МИД России заявил, что учения НАТО не носят провокационного характера.",
        "Президент Франции заявил, что переговоры с Китаем носят конструктивный характер.",
        "Министр финансов Греции заявил, что у Греции не хватает денег на выплату долгов.",
        "Президент Литвы заявил, что Литве не хватает электроэнергии.",
    ],
)
def test_an_unspoken_neutral_or_material_judgement_codes_no_criticism(code, sentence):
    assert not {dyad for dyad in dyads(code(sentence)) if dyad[0] == "11"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Президент Франции заявляет, что введённые Китаем пошлины незаконны.", ("11", "FRA", "CHN")),
        ("Представитель Евросоюза заявил, что выборы, проведённые властями Белоруссии, являются нелегитимными.", ("11", "IGO", "BLR")),
        (
            "Министр иностранных дел Венгрии сказал, что санкции, принятые Евросоюзом против России, являются ошибочными.",
            ("11", "HUN", "IGO"),
        ),
    ],
)
def test_the_agent_of_a_participle_on_the_judged_noun_is_criticised(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_favourable_judgement_of_a_participle_agents_act_is_no_criticism(code):
    sentence = "Министр иностранных дел Венгрии сказал, что санкции, принятые Евросоюзом против России, являются эффективными."
    assert not {dyad for dyad in dyads(code(sentence)) if dyad[0] == "11"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Министр обороны Израиля указал, что действия Ирана являются провокацией.", ("11", "ISR", "IRN")),
        ("Президент Украины говорит, что позиция Венгрии неприемлема.", ("11", "UKR", "HUN")),
        ("Премьер-министр Японии добавил, что решение Китая противоречит международному праву.", ("11", "JPN", "CHN")),
    ],
)
def test_other_verbs_of_saying_carry_the_criticism_too(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_favourable_report_with_another_verb_of_saying_is_no_criticism(code):
    assert not {dyad for dyad in dyads(code("Президент Украины говорит, что позиция Венгрии стала более гибкой.")) if dyad[0] == "11"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Суд Москвы приговорил британского бизнесмена к девяти годам заключения. "
            "Госсекретарь США заявила, что приговор ставит серьёзные вопросы о верховенстве закона.",
            ("11", "USA", "RUS"),
        ),
        ("Министр иностранных дел Германии заявил, что решение Польши вызывает серьёзные сомнения.", ("11", "DEU", "POL")),
        ("«Действия Израиля вызывают много вопросов и серьёзные сомнения», — заявил министр иностранных дел Турции.", ("11", "TUR", "ISR")),
    ],
)
def test_serious_questions_or_doubts_a_speaker_says_an_act_raises_criticise_its_agent(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент Франции заявил, что поставил вопрос о поставках газа на переговорах с Алжиром.",
        "Министр иностранных дел Германии заявил, что решение Польши не вызывает сомнений.",
    ],
)
def test_a_question_raised_or_no_doubt_is_no_criticism(code, sentence):
    assert not {dyad for dyad in dyads(code(sentence)) if dyad[0] == "11"}

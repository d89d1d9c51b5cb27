"""One more party's criticism of what another criticised ("С критикой выступили также Германия и Франция") and a
vote criticised at home ("лидер оппозиции назвал выборы «фарсом»"), on sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow

INVASION = "Россия ввела войска в Грузию. Госсекретарь США Кондолиза Райс осудила действия России. "


def criticisms(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


def roles(events):
    return {(e.source, e.target or "---") for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("second", "dyads"),
    [
        ("С критикой выступили также Германия и Франция.", {("DEU", "RUS"), ("FRA", "RUS")}),
        ("Министр иностранных дел Франции также осудил вторжение.", {("FRA", "RUS")}),
        ("Также с осуждением выступил Лондон.", {("GBR", "RUS")}),
        ("Канцлер Германии тоже выступила с резкой критикой.", {("DEU", "RUS")}),
    ],
)
def test_one_more_critic_criticises_the_same_target(code, second, dyads):
    assert dyads <= criticisms(code(INVASION + second, published="2008-08-10"))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Лидер белорусской оппозиции Александр Милинкевич назвал прошедшие выборы «фарсом».", ("BLROPP", "BLRGOV")),
        ("Оппозиция Венесуэлы охарактеризовала референдум как мошенничество.", ("VENOPP", "VENGOV")),
        ("Представители оппозиционной партии Кении назвали результаты голосования сфальсифицированными.", ("KENOPP", "KENGOV")),
    ],
)
def test_a_vote_criticised_at_home_is_the_governments(code, text, dyad):
    assert dyad in roles(code(text, published="2010-05-10"))


def test_a_foreign_vote_criticised_is_not_the_critics_own_government(code):
    events = code("Лидер белорусской оппозиции назвал выборы в Грузии «фарсом».", published="2010-05-10")
    assert ("BLROPP", "BLRGOV") not in roles(events)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Израиль нанёс удары по Газе. Турция осудила удары. К осуждению присоединился Иран.", ("IRN", "ISR")),
        (INVASION + "К критике присоединились Германия и Франция.", ("FRA", "RUS")),
        (
            "Китай провёл учения у берегов Тайваня. Япония раскритиковала Пекин. Позднее к этой критике присоединяется и Австралия.",
            ("AUS", "CHN"),
        ),
    ],
)
def test_joining_a_criticism_criticises_its_target(code, text, dyad):
    assert dyad in criticisms(code(text, published="2015-05-10"))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Премьер-министр Японии оценил решение Китая как ошибочное.", ("JPN", "CHN")),
        ("Министр иностранных дел Индии оценивает действия Пакистана как провокационные.", ("IND", "PAK")),
    ],
)
def test_an_act_judged_with_blame_is_criticised(code, text, dyad):
    assert dyad in criticisms(code(text, published="2015-05-10"))


def test_an_estimate_is_no_criticism(code):
    assert not criticisms(code("Эксперты оценили ущерб от наводнения в Китае в миллиард долларов.", published="2015-05-10"))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Израиль нанёс удары по Газе. Турция осудила удары. Аналогичное заявление сделал МИД Ирана.", ("IRN", "ISR")),
        (INVASION + "С подобным заявлением выступил министр иностранных дел Франции.", ("FRA", "RUS")),
        ("Китай провёл учения у берегов Тайваня. Япония раскритиковала Пекин. Схожее заявление позднее сделала Австралия.", ("AUS", "CHN")),
    ],
)
def test_a_like_statement_after_a_criticism_criticises_its_target(code, text, dyad):
    assert dyad in criticisms(code(text, published="2015-05-10"))


def test_a_like_statement_after_a_welcome_is_no_criticism(code):
    events = code(
        "Россия и Китай подписали договор. Президент США приветствовал договор. Аналогичное заявление сделал МИД Франции.",
        published="2015-05-10",
    )
    assert not {dyad for dyad in criticisms(events) if dyad[0] == "FRA"}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Министр иностранных дел России назвал высказывания премьер-министра Польши «отвратительными».", ("RUS", "POL")),
        ("Президент Турции назвал карикатуры датской газеты кощунственными.", ("TUR", "DNK")),
        ("Глава МИД Китая охарактеризовал заявление Токио как наглое.", ("CHN", "JPN")),
    ],
)
def test_words_of_disgust_make_naming_a_criticism(code, text, dyad):
    assert dyad in criticisms(code(text, published="2015-05-10"))


def test_a_low_risk_named_is_no_criticism(code):
    assert not criticisms(code("Президент Франции назвал риск войны низким.", published="2015-05-10"))

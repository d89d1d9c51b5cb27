"""Causes found by the audit of the cooperative roots 01-09 on unannotated Wikinews articles and on the false
positives of the read sets (session 21), each checked on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Билл Гейтс, руководивший корпорацией Microsoft тридцать лет, заявил об уходе с поста председателя совета директоров.",
        "Компания Samsung выразила соболезнования родственникам погибших рабочих.",
        "Компания Toyota принесла соболезнования семьям погибших водителей.",
        "Компания Toyota выразила соболезнования семьям погибших водителей.",
    ],
)
def test_a_company_alone_or_toward_private_people_is_no_political_actor(code, text):
    assert not [e for e in code(text) if e.cameo[:2] in ("01", "02", "03", "05", "08")]


def test_a_companys_deal_with_another_company_stays_an_event(code):
    events = code("«Роснефть» и китайская корпорация CNPC подписали контракт на поставку нефти.")
    assert any(e.cameo.startswith("05") for e in events)


def test_a_ministers_resignation_stays_an_event(code):
    assert ("08", "RUS", None) in dyads(code("Министр финансов России объявил о своём уходе с поста."))


@pytest.mark.parametrize(
    "text",
    [
        "Стоит напомнить, что президент Франции выразил надежду, что канцлер Германии поддержит Грецию.",
        "Стоит напомнить, что президент Франции выразил надежду, что его поддержит канцлер Германии.",
        "Стоит напомнить, что во время визита в Москву южнокорейский дипломат выразил надежду, что его поддержит президент России.",
        "Стоит отметить, что премьер-министр Греции надеется, что ему окажет помощь Евросоюз.",
    ],
)
def test_what_one_hopes_another_will_do_is_no_intent_under_a_reminder(code, text):
    assert not [e for e in code(text) if e.cameo[:2] in ("03", "05", "07")]


def test_a_visit_told_beside_the_hope_stays_an_event(code):
    text = "Стоит напомнить, что во время визита в Москву южнокорейский дипломат выразил надежду, что его поддержит президент России."
    assert ("04", "KOR", "RUS") in dyads(code(text))


def test_a_said_future_act_under_a_reminder_stays_an_intent(code):
    text = "Стоит напомнить, что президент Франции заявил, что канцлер Германии поддержит Грецию."
    assert ("03", "DEU", "GRC") in dyads(code(text))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Президент России поручил МИД начать переговоры с Японией.", ("036", "RUSGOV", "JPNGOV")),
        ("Путин поручил Лаврову провести переговоры с министром иностранных дел Японии.", ("036", "RUSGOV", "JPNGOV")),
        ("Премьер-министр Индии поручает министру иностранных дел провести консультации с Пакистаном.", ("036", "INDGOV", "PAKGOV")),
        ("Канцлер Германии поручил министру финансов начать переговоры с Грецией.", ("036", "DEUGOV", "GRCGOV")),
        ("Президент России поручил правительству выделить Киргизии гуманитарную помощь.", ("033", "RUSGOV", "KGZGOV")),
    ],
)
def test_talks_or_aid_one_instructs_a_subordinate_to_hold_are_an_intent(code, text, dyad):
    events = code(text)
    assert dyad in {(e.cameo, e.source, e.target) for e in events if not e.negated}
    assert not [e for e in events if e.cameo[:2] in ("04", "07")]


def test_a_coercive_act_instructed_is_the_act(code):
    events = code("Президент Таджикистана поручил министру обороны мобилизовать 20 тысяч резервистов.")
    assert not [e for e in events if e.cameo.startswith("13")]


@pytest.mark.parametrize(
    "text, donor, recipient",
    [
        ("Германия направила в Бенгази самолет с гуманитарной помощью и перебросила роту на базу для защиты немецких граждан.", "DEU", "LBY"),
        ("Германия направила в Бенгази самолет с гуманитарной помощью и перебросила роту на базу.", "DEU", "LBY"),
        ("Италия направила в Бенгази самолет с гуманитарной помощью и перебросила роту на базу для защиты итальянских граждан.", "ITA", "LBY"),
        ("Германия направила в Хартум самолет с гуманитарной помощью и перебросила роту на базу для защиты немецких граждан.", "DEU", "SDN"),
        ("Россия направила в Ош самолет с гуманитарной помощью и перебросила батальон на базу для защиты российских граждан.", "RUS", "KGZ"),
        ("Германия прислала в Бенгази самолет с гуманитарной помощью и перебросила роту на базу для защиты немецких граждан.", "DEU", "LBY"),
    ],
)
def test_the_aid_phrase_before_a_second_verbs_conjunction_is_the_first_verbs(code, text, donor, recipient):
    events = code(text)
    assert ("07", donor, recipient) in dyads(events)
    assert not [e for e in events if e.cameo.startswith("07") and (e.target or "")[:3] == donor]
    assert not [e for e in events if e.cameo.startswith("072")]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Казахстана дал согласие на участие в досрочных выборах, назначенных на 26 апреля.",
        "Лидер грузинской оппозиции пообещал принять участие в выборах, назначенных на октябрь.",
        "Правящая партия Армении заявила о намерении участвовать в выборах, назначенных на июнь.",
        "Президент Киргизии согласился на участие в выборах, которые назначены на январь.",
    ],
)
def test_elections_one_takes_part_in_are_no_reform_vowed(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("03")]


@pytest.mark.parametrize(
    "text",
    [
        "Правительство Таиланда пообещало провести выборы, назначенные на июль.",
        "Военные Египта пообещали провести выборы в течение полугода.",
    ],
)
def test_elections_vowed_stay_an_intent(code, text):
    assert any(e.cameo == "0344" for e in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Известный россиянин прилетел в Тель-Авив.",
        "Известный американец прилетел в Москву.",
        "Пожилой британец приехал в Париж.",
        "Молодой француз прибыл в Берлин.",
    ],
)
def test_a_private_persons_trip_to_a_place_is_no_visit(code, text):
    assert not [e for e in code(text) if e.cameo.startswith(("03", "04"))]


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Президент России прилетел в Тель-Авив.", ("04", "RUS", "ISR")),
        ("Российский депутат прилетел в Киев.", ("04", "RUS", "UKR")),
    ],
)
def test_an_officials_trip_stays_a_visit(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Президент Киргизии объявил о роспуске правительства и формировании нового кабинета.",
        "Новые власти Египта объявили о роспуске парламента и формировании переходного совета.",
        "Лидеры оппозиции Таджикистана объявили о роспуске парламента и формировании временного правительства.",
        "Хунта Мали объявила о роспуске правительства и формировании переходного органа власти.",
    ],
)
def test_a_parliament_dissolved_and_a_government_formed_is_no_demobilisation(code, text):
    assert not [e for e in code(text) if e.cameo.startswith(("087", "0356"))]


def test_armed_units_disbanded_stay_a_demobilisation(code):
    assert any(e.cameo == "0873" for e in code("Повстанцы Непала начали роспуск своих отрядов."))


@pytest.mark.parametrize(
    "text",
    [
        "Итальянский бизнесмен Марко Росси из Милана начал шить маски.\n"
        "Я поручил своей швее, — рассказал Марко, — сделать 50 масок, чтобы пожертвовать их Красному Кресту.",
        "Французский пекарь Пьер Дюбуа из Лиона испёк тысячу булок.\n"
        "Я поручил своему сыну, — сказал Пьер, — отвезти хлеб на вокзал, чтобы пожертвовать его Красному Кресту.",
    ],
)
def test_what_an_instructed_act_is_for_is_not_itself_instructed(code, text):
    assert not [e for e in code(text) if e.cameo.startswith(("03", "07"))]

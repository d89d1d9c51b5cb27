"""Force at home (session 23, helper gsr7): troops or police sent into a place of their own country are a show of
force aimed at that country (153/154), while exercises at home stay aimed at no one; police sent in by number are
police reinforcements (153); weapons handed in to a named side are handed to it (0873)."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "country"),
    [
        ("Беспорядки\nПравительство Эквадора направило войска в Гуаякиль после трех дней беспорядков.", "154", "ECU"),
        ("Выборы\nВласти Нигерии перебросили дополнительные армейские подразделения в Кано накануне выборов.",
         "154", "NGA"),
        ("Столкновения\nПравительство Шри-Ланки направило в Коломбо 3 тысячи полицейских.", "153", "LKA"),
    ],
)
def test_force_sent_into_a_place_at_home_faces_the_own_country(code, text, cameo, country):
    events = code(text)
    assert any(e.cameo == cameo and e.source[:3] == country and (e.target or "")[:3] == country for e in events)


def test_exercises_at_home_face_no_one(code):
    events = code("Учения\nМинистерство обороны Индонезии провело учения на острове Суматра.")
    assert ("15", "IDN", None) in dyads(events)
    assert ("15", "IDN", "IDN") not in dyads(events)


def test_police_sent_abroad_by_number(code):
    events = code("Миссия\nПравительство Франции направило в Мали 500 полицейских.")
    assert ("15", "FRA", "MLI") in dyads(events)


def test_weapons_handed_in_to_a_named_side(code):
    events = code("Разоружение\nОколо 200 боевиков сдали оружие правительственным войскам в провинции Кунар на востоке "
                  "Афганистана.")
    assert ("0873", "AFGINS", "AFGMIL") in codes(events)


def test_weapons_handed_in_to_no_one_named(code):
    events = code("Разоружение\nПовстанцы на юге Филиппин сдали оружие.")
    assert ("08", "PHL", None) in dyads(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Протест\nПолиция разогнала демонстрацию в Кампале.", "UGA"),
        ("Аресты\nВ Яунде полиция арестовала лидера оппозиции.", "CMR"),
        ("Протест\nПолиция разогнала демонстрацию в Асмэре.", "ERI"),
        ("Протест\nПолиция разогнала демонстрацию в Банжуле.", "GMB"),
    ],
)
def test_capital_the_lemmatiser_misreads_gives_the_police_its_country(code, text, country):
    """"в Кампале" -> "Кампаля", "в Яунде" -> "Яунд": the capital is found by the word as written and the nominatives
    its ending allows."""
    events = code(text)
    assert any(e.source == f"{country}COP" for e in events)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Забастовка\nПрофсоюзы Аргентины пригрозили всеобщей забастовкой.", "ARG"),
        ("Протест\nОппозиция Бенина пригрозила массовыми акциями протеста.", "BEN"),
        ("Протест\nПрофсоюз горняков ЮАР пригрозил бессрочной забастовкой.", "ZAF"),
    ],
)
def test_a_protest_threatened_in_the_instrumental_is_a_threat_at_home(code, text, source):
    events = code(text)
    assert ("13", source, source) in dyads(events)
    assert not [e for e in events if e.cameo.startswith("14")]  # threatened, not done


def test_a_strike_threatened_against_a_named_side(code):
    events = code("Протест\nСтуденты Сеула пригрозили акциями протеста против визита президента США.")
    assert ("13", "KOR", "USA") in dyads(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Протест\nКрестьяне Парагвая заблокировали шоссе.", ("14", "PRY", "PRY")),
        ("Заложники\nСьерра-леонские повстанцы освободили заложников.", ("08", "SLE", "SLE")),
        ("Забастовка\nШахтеры Боливии пригрозили голодовкой.", ("13", "BOL", "BOL")),
    ],
)
def test_people_of_a_country_that_ner_took_for_a_place(code, text, expected):
    """"Крестьяне Парагвая", "Сьерра-леонские" typed LOC and found in no gazetteer: the group of the country its
    adjective or name gives, or that country."""
    events = code(text)
    assert expected in dyads(events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Выборы\nМаоистские повстанцы пригрозили сорвать выборы в Непале.", "NPL"),
        ("Выборы\nМятежники на севере Мали пригрозили сорвать президентские выборы.", "MLI"),
    ],
)
def test_a_sides_threat_with_no_addressee_faces_its_own_state(code, text, country):
    events = code(text)
    assert ("130", f"{country}REB", f"{country}GOV") in codes(events)


def test_a_sides_threat_with_another_country_in_sight_stays_unaimed(code):
    events = code("Паром\nЧеченские боевики захватили турецкий паром в порту Трабзон и угрожают взорвать его.")
    assert not [e for e in events if e.cameo.startswith("13") and (e.target or "").startswith("RUS")]


def test_released_on_bail(code):
    events = code("Суд\nПолиция Зимбабве освободила под залог лидера оппозиции Моргана Цвангираи.")
    assert ("08", "ZWE", "ZWE") in dyads(events)


def test_an_offensive_conducted(code):
    events = code("Бои\nАрмия Шри-Ланки провела наступление на позиции повстанцев на севере острова.")
    assert ("190", "LKAMIL", "LKAREB") in codes(events)


def test_islands_of_southeast_asia_are_their_countrys(code):
    """"на Бали" is Indonesia's island, not the Indian town of the city gazetteer."""
    events = code("Аресты\nПолиция Индонезии арестовала 15 подозреваемых в причастности к взрывам на Бали.")
    assert ("17", "IDN", "IDN") in dyads(events)
    events = code("Отвод\nАрмия Филиппин вывела войска с острова Басилан.")
    assert ("08", "PHL", "PHL") in dyads(events)


def test_a_fronted_number_noun_is_the_subject(code):
    """"Тысячи ..." first in the sentence, tagged accusative and parsed as a second object of the support verb whose
    event noun comes after it, is who holds the rally."""
    events = code("Протест\nТысячи сторонников оппозиции провели в субботу в Абиджане демонстрацию.")
    assert ("14", "CIV", "CIV") in dyads(events)

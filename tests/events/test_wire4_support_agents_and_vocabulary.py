"""Wire sentences of the types the blind PLOVER set misses most (agreement, protest, retreat, concession, demand,
threat): the agent of a passive support verb, and vocabulary, on sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the event noun is the passive subject of its support verb: the verb's instrumental agent is the noun's
        ("Ультиматум был предъявлен Грузии правительством России.", ("13", "RUS", "GEO")),
        ("Бессрочная забастовка против повышения цен была объявлена вчера профсоюзами Нигерии.", ("14", "NGA", "NGA")),
    ],
)
def test_passive_support_verb_lends_its_agent(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_agent_of_a_verb_the_row_does_not_name_is_not_the_nouns(code):
    # "сорваны" is no support verb of talks: the saboteurs did not hold them
    assert not {d for d in dyads(code("Переговоры Сербии и Хорватии были сорваны военными Сербии.")) if d[0] == "04" and d[1] == d[2]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # joint exercises told by their taking place are the forces' material cooperation, each with the other
        ("Совместные учения индийских и французских войск начались в понедельник в Раджастхане.", {("06", "IND", "FRA"), ("06", "FRA", "IND")}),
        # a drug lord handed over is an extradition
        ("Перу выдало Соединённым Штатам известного наркобарона.", {("06", "PER", "USA")}),
        # the release of fishermen or sailors is a release of persons
        ("Правительство Мьянмы объявило об освобождении 20 таиландских рыбаков.", {("08", "MMR", "THA")}),
        # a legalised union, exiles allowed home: political freedoms eased at home, whatever the object names
        ("Правительство Малави легализовало «Альянс за демократию».", {("08", "MWI", "MWI")}),
        ("Власти Парагвая разрешили вернуться на родину высланным оппозиционным политикам.", {("08", "PRY", "PRY")}),
    ],
)
def test_cooperation_release_and_eased_freedoms(code, sentence, expected):
    assert expected & dyads(code(sentence))


def test_joint_exercises_of_rescuers_are_no_military_cooperation(code):
    assert not {d for d in dyads(code("Совместные учения спасателей МЧС России и Казахстана начались в Омске.")) if d[0] == "06"}


def test_subject_parsed_as_a_fronted_object_holds_the_rally(code):
    # the parser makes "Десятки" a second object of "провели"; the nominative before the verb is its subject
    sentence = "Десятки тысяч сторонников оппозиции провели в Тбилиси митинг против правительства Грузии."
    assert ("14", "GEO", "GEO") in dyads(code(sentence))


def test_power_handed_to_a_civilian_government_is_a_concession(code):
    assert ("08", "URY", "URY") in dyads(code("Военная хунта Уругвая передала власть гражданскому правительству."))


def test_dative_noun_the_parser_hangs_on_the_object_is_the_recipient(code):
    # "военным" is parsed as a modifier of "разведданные"; it is the dative recipient
    assert ("06", "GEO", "USA") in dyads(code("Грузия передала американским военным разведданные."))


@pytest.mark.parametrize(
    "sentence",
    [
        "Индия и Пакистан во вторник начали отвод своих войск от линии контроля.",
        "Армения и Азербайджан в пятницу объявили о прекращении огня.",
    ],
)
def test_two_sides_deescalate_towards_each_other(code, sentence):
    found = dyads(code(sentence))
    first, second = ("IND", "PAK") if "Индия" in sentence else ("ARM", "AZE")
    assert ("08", first, second) in found and ("08", second, first) in found


def test_one_side_withdrawing_from_a_place_has_no_partner_invented(code):
    found = dyads(code("Войска Сирии в четверг начали отвод из спорной приграничной зоны."))
    assert not {d for d in found if d[0] == "08" and d[2] is not None and d[2] != "SYR"}


def test_threat_noun_with_the_act_threatened_is_a_threat(code):
    found = dyads(code("Угроза Турции закрыть пролив для российских судов встревожила Москву."))
    assert ("13", "TUR", "RUS") in found


def test_threat_noun_of_a_danger_is_no_threat_made(code):
    found = dyads(code("Министр внутренних дел Франции заявил, что угроза терроризма остаётся высокой."))
    assert not {d for d in found if d[0] == "13"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Иран согласился на инспекции МАГАТЭ на своих ядерных объектах.", ("0355", "IRNGOV", "IGOIAEA")),
        ("Белоруссия согласилась на присутствие наблюдателей ОБСЕ на выборах.", ("0355", "BLRGOV", "IGOOSCE")),
    ],
)
def test_consent_to_let_others_in_is_aimed_at_them(code, sentence, expected):
    assert expected in codes(code(sentence))

"""Sides of the symmetric roots told around a meeting (session 18): the host of a visit as one of "стороны",
"обе страны" / "два государства" as the two parties just named, a meeting or talk as the setting of what is said
in it ("на встрече с X заявил", "в телефонном разговоре с X выразил"), and praise aimed at the agent of the act
praised. Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def pair(events, root):
    """The unordered country pairs of the events of ``root`` that happened."""
    return {frozenset((source, target)) for (code, source, target) in dyads(events) if code == root}


@pytest.mark.parametrize(
    ("text", "root", "sides"),
    [
        # the host of a visit to a country named with "в" is the other of "стороны"
        ("Президент Казахстана прибыл с официальным визитом в Россию. Стороны подписали соглашение о сотрудничестве.",
         "05", ("KAZ", "RUS")),
        ("Министр обороны Турции находится с визитом в Азербайджане. В ходе визита стороны подписали протокол о "
         "военном сотрудничестве.", "05", ("TUR", "AZE")),
        ("Президент Вьетнама прилетел в Токио. Стороны подписали меморандум о взаимопонимании.", "05", ("VNM", "JPN")),
        # "обе страны", "два государства": the two parties just named
        ("Канцлер Германии прилетел в Пекин. Обе страны подписали меморандум о сотрудничестве.", "05",
         ("DEU", "CHN")),
        ("Россия и Белоруссия провели переговоры. Два государства подписали договор о взаимопомощи.", "05",
         ("RUS", "BLR")),
        ("Премьер-министр Индии встретился с премьер-министром Японии. Обе страны подписали соглашение о торговле.",
         "05", ("IND", "JPN")),
        # the officials of both: a genitive "обеих стран", "двух государств"
        ("Россия и Белоруссия провели переговоры. Лидеры двух государств подписали договор о союзе.", "05",
         ("RUS", "BLR")),
        ("Президент Финляндии встретился с президентом Эстонии. Главы МИД обеих стран подписали меморандум о "
         "сотрудничестве.", "05", ("FIN", "EST")),
    ],
)
def test_parties_of_a_later_sentence(code, text, root, sides):
    assert frozenset(sides) in pair(code(text), root)


@pytest.mark.parametrize(
    "text",
    [
        # a place of the side's own country is where it acted, no party
        "Президент России прилетел в Сочи. Стороны подписали соглашение.",
        # states with no count are any states
        "Страны Евросоюза подписали декларацию.",
    ],
)
def test_no_party_from_an_own_place_or_uncounted_states(code, text):
    assert not pair(code(text), "05")


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Премьер-министр Японии на встрече с президентом США заявил о поддержке санкций.", ("JPN", "USA")),
        ("После встречи с премьер-министром Израиля госсекретарь США заявил, что переговоры были продуктивными.",
         ("USA", "ISR")),
        ("На встрече с главой МИД Китая министр иностранных дел Индии обсудил ситуацию на границе.", ("IND", "CHN")),
        ("В ходе беседы с президентом Казахстана президент России обсудил торговлю.", ("RUS", "KAZ")),
        ("Эрдоган в телефонном разговоре с Путиным выразил соболезнования.", ("TUR", "RUS")),
        ("В ходе телефонного разговора с канцлером Германии президент Франции выразил озабоченность.",
         ("FRA", "DEU")),
        ("Президент Египта на переговорах с королём Иордании выразил признательность за помощь.", ("EGY", "JOR")),
    ],
)
def test_a_meeting_is_the_setting_of_what_is_said_in_it(code, sentence, sides):
    assert frozenset(sides) in pair(code(sentence), "04")


def test_an_act_of_the_meeting_family_keeps_its_phrase(code):
    # "в переговорах" belongs to the mediation ended, not to the verb's own setting
    events = code("Президент Колумбии прекратил посредничество лидера Венесуэлы в переговорах с повстанцами ФАРК.")
    assert frozenset(("COL",)) not in pair(events, "04")


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Германия приветствовала освобождение заложников Ираном.", "IRN"),
        ("Евросоюз приветствовал помощь Мали со стороны Франции.", "FRA"),
        ("США одобрили освобождение журналиста властями Ирана.", "IRN"),
        ("Лидеры Евросоюза приветствовали освобождение украинских моряков Россией.", "RUS"),
    ],
)
def test_praise_of_an_act_is_aimed_at_its_agent(code, sentence, target):
    assert target in {t for (root, _, t) in dyads(code(sentence)) if root == "05"}


def test_praise_of_an_act_with_no_agent_keeps_its_owner(code):
    assert ("05", "GBR", "FRA") in dyads(code("Великобритания одобрила решение Франции о выводе войск из Мали."))


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # an accusative the parser hangs on the dative name is the verb's object: a wanted person handed over
        ("Кенийская полиция в субботу передала Руанде бывшего офицера армии, разыскиваемого по обвинению в геноциде.",
         ("KEN", "RWA")),
        ("Власти Таиланда выдали Камбодже бывшего командира, обвиняемого в убийстве туристов.", ("THA", "KHM")),
        ("Полиция ЮАР передала Мозамбику троих мужчин, подозреваемых в убийстве журналиста.", ("ZAF", "MOZ")),
    ],
)
def test_a_wanted_person_handed_to_a_state_is_judicial_cooperation(code, sentence, sides):
    assert ("06", *sides) in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # a state or territory named as what is recognised
        ("Никарагуа признала Абхазию и Южную Осетию.", ("NIC", "XAB")),
        ("Венесуэла признала Палестину.", ("VEN", "PSE")),
        ("Правительство Коста-Рики признаёт Косово.", ("CRI", "XKX")),
        # a body recognised as a state's lawful power or representative
        ("Россия признала переходный национальный совет Ливии законной властью.", ("RUS", "LBY")),
        ("Правительство Франции признало Национальный совет Сирии законным представителем сирийского народа.",
         ("FRA", "SYR")),
    ],
)
def test_recognition_of_a_named_state_or_body(code, sentence, sides):
    assert ("05", *sides) in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Украина признала Россию государством-агрессором.",
        "Суд признал Россию ответственной за гибель людей.",
        "Правительство Польши согласилось признать независимые профсоюзы.",
    ],
)
def test_a_state_named_with_a_blame_is_no_recognition(code, sentence):
    assert not {d for d in dyads(code(sentence)) if d[0] == "05"}


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        # the state an extradition goes to, as a dative as well as "в"
        ("Грузия экстрадировала Армении бизнесмена, разыскиваемого за мошенничество.", ("GEO", "ARM")),
        ("Литва экстрадировала Белоруссии подозреваемого в убийстве.", ("LTU", "BLR")),
        ("Польша экстрадировала в США российского программиста.", ("POL", "USA")),
    ],
)
def test_extradition_to_a_dative_state(code, sentence, sides):
    assert ("06", *sides) in dyads(code(sentence))

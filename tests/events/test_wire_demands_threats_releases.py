"""Translated-wire forms of demands, threats, protests and releases (session 22, helper wire5): "настаивает на
переговорах с X", "ожидает от X сотрудничества", "выступила с требованием отставки X", a demand's infinitive the
parser hung past a participle,  "оставляет за собой право применить силу" (on a condition, aimed at whom it names), "угроза ..., прозвучавшая из уст X",
"прекратили работу, протестуя", "вышли на свободу по решению X"; on sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # insisting on talks asks for them: the talks are not held
        ("Правительство Непала настаивает на прямых переговорах с руководством Индии.", ("10", "NPL", "IND")),
        # an act expected of a named side is asked of it
        ("Канберра ожидает от Джакарты полного сотрудничества в расследовании.", ("10", "AUS", "IDN")),
        ("Министерство иностранных дел Японии ждет от Пекина конкретных шагов по освобождению японских граждан.",
         ("10", "JPN", "CHN")),
        # a demand for resignation made with "выступить с требованием", in either order
        ("Оппозиция Кении выступила с требованием отставки президента Кении.", ("10", "KEN", "KEN")),
        ("С требованием отставки премьер-министра Непала выступила оппозиция Непала.", ("10", "NPL", "NPL")),
        # a right to force kept in reserve is a threat
        ("Турция оставляет за собой право применить силу против Греции.", ("13", "TUR", "GRC")),
        ("Сеул оставляет за собой право нанести удар по северокорейским ракетным базам.", ("13", "KOR", "PRK")),
        # force intended on a condition is a threat aimed at whom the condition names
        ("Марокко оставляет за собой право применить силу, если алжирские войска не покинут границу.",
         ("13", "MAR", "DZA")),
        ("Турция готова применить силу, если сирийские войска не отойдут от границы.", ("13", "TUR", "SYR")),
        # a threat told as sounding, the verb an active participle on the noun
        ("Угроза санкций против Ливии, прозвучавшая из уст министра иностранных дел Италии, удивила экспертов.",
         ("13", "ITA", "LBY")),
        # a walk-out told with the converb of protest
        ("Чилийские горняки прекратили работу, протестуя против решения правительства Чили.", ("14", "CHL", "CHL")),
        # prisoners freed on a named side's decision
        ("Сорок иракских заключенных вышли на свободу по решению правительства Кувейта.", ("08", "KWT", "IRQ")),
    ],
)
def test_wire_form_codes_its_event(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_demand_infinitive_hung_past_a_participle_is_asked_not_done(code):
    events = code(
        "Министерство иностранных дел Канады, потребовавшее от египетских властей освободить задержанного в Каире "
        "канадского журналиста, назвало его арест необоснованным."
    )
    assert ("10", "CAN", "EGY") in dyads(events)
    assert not {dyad for dyad in dyads(events) if dyad[0] == "08"}


def test_talks_a_side_insists_on_are_not_held(code):
    events = code("Правительство Непала настаивает на прямых переговорах с руководством Индии.")
    assert not {dyad for dyad in dyads(events) if dyad[0] == "04"}


def test_talks_told_before_an_insisting_verb_are_its_setting(code):
    events = code("На переговорах с премьером Японии президент Китая настаивал на возвращении островов.")
    assert ("04", "CHN", "JPN") in dyads(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Компания оставляет за собой право изменить цены.",
        "Израиль имеет право применить силу против ХАМАС.",
        "Аналитики ожидают от Центробанка снижения ключевой ставки.",
        "Министерство иностранных дел Китая ждет от Японии решения по поводу инцидента.",
        "Президент ожидает от визита в Китай большого прогресса.",
        "Металлурги прекратили работу из-за аварии на заводе.",
        "Оппозиционер вышел на свободу после отбытия срока.",
    ],
)
def test_the_same_words_in_other_senses_code_no_demand_threat_or_release(code, sentence):
    assert not {event for event in codes(code(sentence)) if event[0][:2] in ("08", "10", "13", "14")}

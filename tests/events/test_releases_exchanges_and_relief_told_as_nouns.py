"""Session 23 (helper "yield"), on sentences written for these tests: a prisoner exchange told as a noun between two
named sides is a release each way (one side only: no event); relief announced as allotted or sent is 073; a named
state (not its forces, not an armed group) that releases or pardons people the text counts but does not link
releases its own civilians (also people named by a participle of holding them, "отпустили семерых задержанных")."""

import pytest

pytestmark = pytest.mark.slow


def triples(events):
    return {(e.cameo, e.source[:3] if e.source else None, e.target[:3] if e.target else None)
            for e in events if not e.negated}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Армения и Азербайджан в среду провели обмен пленными.", {("084", "ARM", "AZE"), ("084", "AZE", "ARM")}),
        ("Обмен военнопленными между Эфиопией и Эритреей состоялся в пятницу.",
         {("084", "ETH", "ERI"), ("084", "ERI", "ETH")}),
        ("Колумбия провела обмен заложниками с Венесуэлой.", {("084", "COL", "VEN")}),
    ],
)
def test_an_exchange_told_as_a_noun_is_a_release_each_way(code, text, expected):
    assert expected <= triples(code(text))


@pytest.mark.parametrize(
    "text",
    ["Пакистан провёл обмен пленными.", "Судан предложил Южному Судану обмен пленными."],
)
def test_an_exchange_with_one_side_named_is_no_release(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("084") and not e.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Правительство Канады объявило о выделении Гаити гуманитарной помощи.", ("073", "CAN", "HTI")),
        ("МЧС Казахстана объявило о направлении в Турцию гуманитарного груза.", ("073", "KAZ", "TUR")),
    ],
)
def test_relief_announced_as_allotted_is_aid(code, text, expected):
    assert expected in triples(code(text))


def test_military_aid_announced_is_not_relief(code):
    assert not [e for e in code("Правительство Канады объявило о выделении Гаити военной помощи.")
                if e.cameo.startswith("073")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Президент Казахстана Касым-Жомарт Токаев помиловал 25 человек.", ("0841", "KAZ", "KAZ")),
        ("Власти Египта освободили 40 человек, задержанных во время акций протеста.", ("0841", "EGY", "EGY")),
        ("Власти Кении отпустили на свободу двенадцать задержанных.", ("0841", "KEN", "KEN")),
    ],
)
def test_people_a_state_releases_are_its_civilians(code, text, expected):
    assert expected in triples(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Полиция Мексики освободила похищенного ребёнка.",  # a rescue from kidnappers, not a release
        "Власти Египта освободили пятерых иностранцев.",  # whose they are is told elsewhere, if at all
        "В Тегеране освобождены 40 человек.",  # a passive release may be captors' act
        "В Тегеране освобождены 40 задержанных.",  # (even of detainees: the strict gold's agent is not the implied one)
    ],
)
def test_releases_that_do_not_free_the_states_own_people(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("084") and not e.negated and e.target]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Газу прибыл конвой Иордании с гуманитарной помощью.", ("073", "JOR", "PSE")),
        ("Самолёт МЧС Белоруссии с гуманитарным грузом прибыл в Дамаск.", ("073", "BLR", "SYR")),
    ],
)
def test_a_vehicle_with_relief_that_arrives_delivers_aid(code, text, expected):
    events = code(text)
    assert expected in triples(events)
    assert not [e for e in events if e.cameo.startswith("042")]  # a vehicle does not visit


def test_a_leaders_plane_that_arrives_is_still_a_visit(code):
    assert ("042", "RUS", "SYR") in triples(code("Самолёт президента России прибыл в Дамаск."))


@pytest.mark.parametrize(
    "text",
    [
        "Армия Ирака освободила Мосул.",  # a town retaken in fighting
        "Военные Боливии освободили президента страны из осаждённого дворца.",  # a leader rescued by his own forces
    ],
)
def test_freeing_a_town_or_rescuing_a_leader_is_no_release(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("084") and not e.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Правительство Бахрейна выпустило на свободу лидеров шиитской оппозиции.", ("0841", "BHR", "BHR")),
        ("Армия Боснии освободила захваченных миротворцев ООН.", ("084", "BIH", "IGOUN")),
        ("Куба освободила всех задержанных канадцев.", ("084", "CUB", "CAN")),  # nationals, not a place
    ],
)
def test_releases_of_people_held_stay_releases(code, text, expected):
    assert expected in {(e.cameo, e.source[:3], (e.target or "")[:5] if e.target and e.target.startswith("IGO")
                         else (e.target or "")[:3]) for e in code(text) if not e.negated}

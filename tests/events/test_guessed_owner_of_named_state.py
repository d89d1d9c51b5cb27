"""A state body or official whose country the linker only guessed is not of the state its act names (session 21).

"Правительство осудило Кению": the bare "правительство" took the one country the sentence names, which is the
state it condemns; a body does not condemn, accuse or protest to its own state by name. Its country is the story's,
else the one other country the sentence names, else unknown ("---"). Not so when the state is only where the act
happened ("в столице Непала отменён комендантский час"), whose thing is named ("по статье УК РФ"), or a protest
(at home by nature). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes


def pairs(events):
    return {(cameo[:2], (source or "---")[:3], (target or "---")[:3]) for cameo, source, target in codes(events)}


@pytest.mark.parametrize("sentence, root, target", [
    ("Правительство осудило Кению за нарушение границы.", "11", "KEN"),
    ("Министерство иностранных дел обвинило Францию во вмешательстве.", "11", "FRA"),
    ("По словам посла, США вмешиваются во внутренние дела страны.", "11", "USA"),
    ("Парламент раскритиковал Японию за отказ выплатить компенсации.", "11", "JPN"),
    ("Кения была осуждена правительством за нарушение границы.", "11", "KEN"),
    ("МИД выразил протест Китаю в связи с инцидентом.", "11", "CHN"),
])
def test_a_guessed_body_is_not_of_the_state_it_acts_on(code, sentence, root, target):
    found = pairs(code(sentence))
    assert any(r == root and t == target for r, _s, t in found), found
    assert not any(r == root and s == target and t == target for r, s, t in found), found


@pytest.mark.parametrize("text", [
    "Сомали обвиняет соседей в агрессии.\nПравительство осудило Кению за вторжение.",
    "Сомали обвиняет соседей в агрессии.\nКения была осуждена правительством за вторжение.",
])
def test_the_story_state_acts_on_the_named_one(code, text):
    assert ("11", "SOM", "KEN") in pairs(code(text))


@pytest.mark.parametrize("sentence, pair", [
    # the body's own country named: nothing to re-place
    ("Правительство Сомали осудило Кению.", ("11", "SOM", "KEN")),
    # a state named as the place of a domestic act, not as its aim
    ("Комендантский час в столице Непала был отменён правительством.", ("08", "NPL", "NPL")),
    ("Единственная в Зимбабве независимая газета была закрыта полицией.", ("17", "ZWE", "ZWE")),
    # no state named as the other side
    ("Полиция задержала в Минске двадцать демонстрантов.", ("17", "BLR", "BLR")),
])
def test_named_owners_places_and_people_keep_their_country(code, sentence, pair):
    assert pair in pairs(code(sentence))


@pytest.mark.parametrize("sentence, root, source", [
    ("США выслали посла.", "16", "USA"),
    ("Франция обвинила министра в провокации.", "11", "FRA"),
    ("Китай осудил правительство за вмешательство.", "11", "CHN"),
    ("Турция раскритиковала парламент за решение.", "11", "TUR"),
])
def test_a_state_by_name_addresses_a_guessed_envoy_or_body_of_another(code, sentence, root, source):
    found = pairs(code(sentence))
    assert any(r == root and s == source for r, s, _t in found), found
    assert not any(r == root and s == source and t == source for r, s, t in found), found


@pytest.mark.parametrize("text, pair", [
    ("Япония протестует против давления.\nЯпонские власти ждут ответа.\nКитай осудил правительство за провокацию.",
     ("11", "CHN", "JPN")),
    # an arrest is made at home: the official stays the state's own
    ("Китай арестовал чиновника.", ("17", "CHN", "CHN")),
])
def test_the_other_state_or_the_own_official(code, text, pair):
    assert pair in pairs(code(text))

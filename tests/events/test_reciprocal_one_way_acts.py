"""A one-way act told with a reciprocal object ("Армения и Азербайджан обвинили друг друга") is each side's act on
the other: both directions; symmetric acts stay one pair. Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def dyads(events, root):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith(root)}


@pytest.mark.parametrize(
    ("text", "root", "first", "second"),
    [
        ("Армения и Азербайджан обвинили друг друга в нарушении режима прекращения огня.", "11", "ARM", "AZE"),
        ("Москва и Киев обвиняют друг друга в срыве перемирия.", "11", "RUS", "UKR"),
        ("Власти Индии и Пакистана обвинили друг друга в обстреле пограничных постов.", "11", "IND", "PAK"),
        ("Эфиопия и Эритрея пригрозили друг другу войной.", "13", "ETH", "ERI"),
    ],
)
def test_each_side_acts_on_the_other(code, text, root, first, second):
    found = dyads(code(text, published="2016-04-02"), root)
    assert (first, second) in found and (second, first) in found


def test_one_side_accusing_another_stays_one_way(code):
    found = dyads(code("Армения обвинила Азербайджан в нарушении режима прекращения огня.", published="2016-04-02"), "11")
    assert found == {("ARM", "AZE")}


def test_coordinated_accusers_without_a_reciprocal_object_do_not_accuse_each_other(code):
    found = dyads(code("Франция и Германия обвинили Россию во вмешательстве в выборы.", published="2016-04-02"), "11")
    assert ("FRA", "DEU") not in found and ("DEU", "FRA") not in found
    assert {("FRA", "RUS"), ("DEU", "RUS")} <= found

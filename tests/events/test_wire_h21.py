"""Translated-wire constructions of probe-gsr4's kinds (RETREAT, PROTEST, REJECT, CONCEDE, SANCTION). Sentences
written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


def _roots(events):
    return {cameo[:2] for cameo, _source, _target in codes(events)}


# ---- a noun of lifting or ending ends its genitive: the restriction lifted is no new imposition
@pytest.mark.parametrize(
    "sentence",
    [
        "Совет Безопасности проголосовал за отмену санкций против Ирака, введенных в 1990 году.",
        "Министры стран Евросоюза приняли решение о снятии эмбарго против Ливии, введенного в 1986 году.",
        "Вашингтон объявил о смягчении ограничений против Кубы, наложенных в 1962 году.",
        "Москва объявила о приостановке поставок оружия Ирану.",
    ],
)
def test_what_a_noun_of_lifting_ends_is_not_imposed(code, sentence):
    roots = _roots(code(sentence, "2004-04-10"))
    assert "17" not in roots and "07" not in roots and "163" not in {c for c, _s, _t in codes(code(sentence, "2004-04-10"))}


def test_the_lifting_itself_is_still_coded(code):
    events = code("Министры стран Евросоюза приняли решение о снятии эмбарго против Ливии, введенного в 1986 году.", "2004-04-10")
    assert ("08", "IGO", "LBY") in dyads(events)

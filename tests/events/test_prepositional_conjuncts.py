"""A nominal with a preposition of its own is no conjunct of a bare one: the parser may hang "..., а также на
американские и британские корабли" (a second target of an attack threatened) on the threatening subject as its
conjunct; the ships' owners are then no co-authors of the threat."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text", [
    "Лидер движения хуситов в видеообращении пригрозил расширить атаки на все танкеры, связанные с Саудовской "
    "Аравией, а также на американские и британские корабли.",
    "Представитель хуситов в телевизионном выступлении пригрозил расширить атаки на все суда, связанные с "
    "Израилем, а также на американские и британские эсминцы.",
])
def test_owners_of_a_later_target_threaten_nothing(code, text):
    events = code(text)
    threats = [e for e in events if e.cameo.startswith("13")]
    assert threats, dyads(events)
    assert {(e.source or "")[:3] for e in threats} == {"YEM"}, dyads(events)


@pytest.mark.parametrize("text, sources", [
    ("Россия и Китай осудили удары по Сирии.", {"RUS", "CHN"}),
    ("Вооруженные силы Индии и Пакистана обменялись ударами на линии контроля.", {"IND", "PAK"}),
])
def test_bare_conjuncts_still_act_together(code, text, sources):
    events = code(text)
    assert {(e.source or "")[:3] for e in events} | {(e.target or "")[:3] for e in events} >= sources, dyads(events)

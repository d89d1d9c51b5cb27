"""Session 16 (helper "frames"): a person the parser hung as a genitive on the building of a "в" phrase right
after a verb that takes its target as the object is that verb's object ("принял в своей резиденции министра": an
animate accusative looks genitive), when the verb has no object of its own."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Президент Египта принял в своей резиденции министра иностранных дел Ирана.", ("043", "EGYGOV", "IRNGOV")),
        ("Король Иордании принимал в своём кабинете государственного секретаря США.", ("043", "JORGOV", "USAGOV")),
        ("Премьер-министр Японии принял в официальной резиденции президента Южной Кореи.", ("043", "JPNGOV", "KORGOV")),
    ],
)
def test_a_guest_after_the_room_is_received(code, text, expected):
    assert expected in codes(code(text))


def test_a_person_after_the_flat_is_arrested(code):
    assert ("17", "EGY", "EGY") in dyads(code("Полиция Египта задержала в квартире известного блогера."))


def test_a_verb_with_its_own_object_keeps_the_owner(code):
    # the guest is the object; the official whose residence it is stays its owner, not a second guest
    found = codes(code("Президент Египта принял короля Иордании в резиденции премьер-министра Египта."))
    assert ("043", "EGYGOV", "JORGOV") in found
    assert all(target != "EGYGOV" for cameo, _, target in found if cameo == "043")

"""Session 19 (helper "accsrc"): an object told after the verb's prepositional phrase ("обвинил в провокации
Израиль", "раскритиковал за учения Сеул") that the parser hangs on the phrase is the verb's object, not when a place
noun introduces the name ("в провинции Идлиб"); and more disparaging names in "назвал X «...»" (апартеид, цирк,
истерика, пропаганда, вздор, инсинуация, травля ...)."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Тегеран обвинил в провокации Израиль.", ("112", "IRNGOV", "ISRGOV")),
        ("Тайбэй обвиняет во вмешательстве Пекин.", ("112", "TWNGOV", "CHNGOV")),
        ("Сирия обвинила в нападении Израиль, сообщает SANA.", ("112", "SYRGOV", "ISRGOV")),
        ("Пхеньян раскритиковал за учения Сеул.", ("111", "PRKGOV", "KORGOV")),
        ("Глава МИД Ирана осудил за удары по Сирии Израиль.", ("111", "IRNGOV", "ISRGOV")),
    ],
)
def test_object_after_a_prepositional_phrase(code, text, expected):
    assert expected in codes(code(text))


def test_a_place_named_after_a_place_noun_is_no_object(code):
    # "Идлиб" closes the phrase but is the place "провинции" introduces: no target, no event
    assert not code("Глава МИД Турции обвинил в ударах по провинции Идлиб.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amnesty International назвала Израиль «государством апартеида».", ("111", "NGOAI", "ISRGOV")),
        ("Пекин назвал доклад Вашингтона «пропагандой».", ("111", "CHNGOV", "USA")),
        ("Захарова назвала заявление Вашингтона «истерикой».", ("111", "RUSGOV", "USAGOV")),
        ("Пекин охарактеризовал доклад Госдепартамента США как «вздор и инсинуации».", ("111", "CHNGOV", "USAGOV")),
        ("Глава МИД Ирана называет санкции Вашингтона «травлей».", ("111", "IRNGOV", "USAGOV")),
    ],
)
def test_more_disparaging_names(code, text, expected):
    assert expected in codes(code(text))

"""The launcher of a downed weapon ("сбили беспилотник, запущенный хуситами") attacked the side that downed it
(sentences written for these tests)."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        ("Силы ПВО Саудовской Аравии сбили беспилотник, запущенный хуситами, сообщила коалиция.", "YEM", "SAU"),
        ("Израильская армия перехватила ракету, выпущенную боевиками ХАМАС из сектора Газа.", "PSE", "ISR"),
    ],
)
def test_the_launcher_attacks_the_interceptor(code, sentence, source, target):
    events = [e for e in code(sentence) if e.cameo.startswith("19") and (e.source or "").startswith(source)]
    assert any((e.target or "").startswith(target) for e in events), sentence


def test_a_launch_not_downed_takes_no_target_from_the_main_verb(code):
    # the participle describes what was shown, not downed: no attack on the one who showed it
    events = code("Министерство обороны Ирана показало беспилотник, запущенный американскими военными.")
    assert not any(e.cameo.startswith("19") and (e.target or "").startswith("IRN") for e in events)

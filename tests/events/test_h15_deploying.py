"""The frame of troops sent is one row for the verbs of sending or moving troops (word class ``deploying``, trigger
column "@deploying"; session 15, helper "norowb"). Sentences written for these tests."""

import pytest

from tests.events.conftest import codes


def cameos(events):
    return {(cameo, source[:3], (target or "")[:3]) for cameo, source, target in codes(events)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Турция перебросила в Идлиб дополнительный контингент.", ("154", "TUR", "SYR")),
        ("Франция переправила в Чад подразделение десантников.", ("154", "FRA", "TCD")),
        ("Эфиопия стянула к границе с Эритреей военнослужащих.", ("154", "ETH", "ERI")),
        ("Россия направила в Сирию военных.", ("154", "RUS", "SYR")),
    ],
)
def test_troops_sent_by_any_verb_of_the_family_are_a_deployment(code, sentence, expected):
    assert expected in cameos(code(sentence))

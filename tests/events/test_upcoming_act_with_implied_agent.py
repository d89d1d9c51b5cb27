"""An act told in the future whose agent only the place implies is no one's pledge, even when its row has an intent
code of its own (a release, 0353): "будет освобождён условно-досрочно" is a coming decision, not the state's vow."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence",
    [
        "В Казахстане осуждённый журналист будет освобождён условно-досрочно.",
        "В Египте задержанные активисты будут освобождены под залог.",
    ],
)
def test_an_upcoming_release_with_an_implied_agent_is_no_pledge(code, sentence):
    found = codes(code(sentence))
    assert not any(cameo.startswith("03") for cameo, _, _ in found), found


def test_an_upcoming_release_by_a_named_agent_stays_an_intent(code):
    found = codes(code("Власти Египта освободят задержанных активистов."))
    assert ("0353", "EGYGOV", "EGYCVL") in found, found

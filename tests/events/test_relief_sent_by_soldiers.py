"""Session 17 (codechoice): relief goods sent by soldiers are humanitarian aid (073); only a military or financial
qualifier of what is sent makes it another kind of aid. Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def codes(events) -> set[tuple[str, str, str]]:
    return {(e.cameo, e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated}


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Российские военные доставили гуманитарную помощь в Сирию.", "RUS", "SYR"),
        # the military adjective on the subject's own noun, the object after the place
        ("Военные самолёты Индии доставили в Непал гуманитарную помощь.", "IND", "NPL"),
        # another verb of the family and another relief noun, a dative recipient
        ("Американские военные передали жителям Гаити продовольствие.", "USA", "HTI"),
        # the subject inherited by the infinitive of a trip's purpose
        ("Индийские военные самолёты прибыли в Непал, чтобы доставить гуманитарную помощь.", "IND", "NPL"),
    ],
)
def test_relief_sent_by_soldiers_is_humanitarian_aid(code, text, source, target):
    assert ("073", source, target) in codes(code(text))


def test_military_aid_is_no_humanitarian_aid(code):
    found = codes(code("Министерство обороны России направило в Сирию военную помощь."))
    assert found and all(cameo.startswith("07") and cameo != "073" for cameo, _, _ in found)

"""A protest held by prisoners in another state's prisons is aimed at that state also when the parser makes the
quantity ("сотни заключённых в израильских тюрьмах") the subject or tags the fronted noun a proper noun
("Голодовку объявили ..."); and a protest noun made by a crowd ("тысячи крестьян выступили с протестом") is a
demonstration, not a state's formal complaint (114)."""

import pytest

from tests.events.conftest import codes, dyads

PRISONS = [
    ("Голодовку объявили сотни палестинских заключённых в израильских тюрьмах.", ("14", "PSE", "ISR")),
    ("Сотни палестинских заключённых в израильских тюрьмах объявили голодовку.", ("14", "PSE", "ISR")),
    (
        "Голодовку в знак протеста против условий содержания объявили около двух тысяч палестинских заключённых "
        "в израильских тюрьмах.",
        ("14", "PSE", "ISR"),
    ),
]

CROWD_COMPLAINTS = [
    ("Тысячи мексиканских крестьян выступили с протестом против беспошлинного ввоза американской кукурузы.", "USA"),
    ("Сотни колумбийских студентов выступили с протестом против американских военных баз.", "USA"),
]


@pytest.mark.parametrize("text, dyad", PRISONS)
def test_protest_in_foreign_prisons(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


@pytest.mark.parametrize("text, target", CROWD_COMPLAINTS)
def test_crowd_protest_is_a_demonstration(code, text, target):
    found = codes(code(text, published="2010-05-05"))
    assert any(cameo.startswith("14") and (tgt or "")[:3] == target for cameo, _, tgt in found)
    assert not any(cameo == "114" for cameo, _, _ in found)


def test_state_protest_stays_a_complaint(code):
    found = codes(code("Мексика выступила с протестом против строительства американской стены.", published="2010-05-05"))
    assert any(cameo == "114" for cameo, _, _ in found)

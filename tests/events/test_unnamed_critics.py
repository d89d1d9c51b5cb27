"""Of root 11 only legal acts (charges, lawsuits, verdicts) have the state of the place as their unnamed agent: a
criticism or an accusation with no critic named is no act of a state a place in it names; a protest's genitive is
whose protest it is. Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    "text",
    [
        "В адрес Вашингтона прозвучали обвинения в нарушении суверенитета Ирака.",
        "Правительство Мали подверглось резкой критике за отказ от выборов.",
    ],
)
def test_no_critic_named_no_critic_guessed_from_a_place(code, text):
    assert not any(source in ("IRQ", "MLI") and target != source for source, target in disapprovals(
        code(text, published="2018-06-04")
    ))


def test_a_charge_still_has_the_state_of_the_place_as_its_agent(code):
    text = "В Египте бывшему президенту Мохаммеду Мурси предъявлены обвинения в шпионаже."
    assert ("EGY", "EGY") in disapprovals(code(text, published="2018-06-04"))


def test_a_protest_is_of_whom_its_genitive_names(code):
    text = "Решительный протест Японии в связи с задержанием рыболовецкого судна был заявлен послу России."
    assert ("JPN", "RUS") in disapprovals(code(text, published="2018-06-04"))

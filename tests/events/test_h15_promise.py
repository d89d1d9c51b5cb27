"""Session 15 (helper "promise"): intents with no addressee.

- a reform one's own side vows, plans or announces for the future (elections, a referendum, a reform)
  is an intent with no target, whatever word tells the intent (future tense after a verb of saying, "намерен",
  "готов", "обязался", "обещание", "согласился"); held or begun, or proposed to others, it is no event.
Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, source",
    [
        ("Правительство Таиланда заявило, что проведёт досрочные выборы в марте.", "THA"),
        ("Президент Египта объявил, что проведёт референдум по новой конституции.", "EGY"),
        ("Власти Непала намерены провести парламентские выборы до конца года.", "NPL"),
        ("Военная хунта Мали выразила готовность провести выборы.", "MLI"),
        ("Кабинет министров Кении обязался провести реформу судебной системы.", "KEN"),
        ("Премьер-министр Таиланда дал обещание провести выборы.", "THA"),
        ("Президент Гвинеи согласился провести выборы в июне.", "GIN"),
        ("Парламентские выборы будут проведены правительством Гаити в мае, заявил премьер-министр.", "HTI"),
    ],
)
def test_a_vowed_reform_is_an_intent_with_no_target(code, text, source):
    vows = [event for event in code(text) if event.cameo.startswith("03") and (event.source or "")[:3] == source]
    assert vows and all(event.target is None for event in vows)


@pytest.mark.parametrize(
    "text",
    [
        "Власти Непала провели парламентские выборы в мае.",
        "Правительство Перу начало реформу полиции в прошлом году.",
        "Оппозиция Таиланда предложила провести досрочные выборы.",
        "Оппозиция Таиланда потребовала провести досрочные выборы.",
    ],
)
def test_a_reform_held_or_proposed_is_no_vow(code, text):
    assert not [event for event in code(text) if event.cameo.startswith("03")]

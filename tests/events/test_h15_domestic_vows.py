"""Session 15 (lead): a vow of reform or of yielding made at home (CAMEO 034/035: to lift an emergency, hand over
power, free prisoners, end a ban) whose content's target is the vowing side's own country is an intent on its own,
coded with no target; a named person freed stays the target; a plain pledge to do one's job stays no event.
Sentences written for these tests."""

import pytest

from letopis.events.evaluate import actor_key

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, source",
    [
        ("Власти Эквадора пообещали отменить режим чрезвычайного положения.", "ECU"),
        ("Военные власти Мали взяли на себя обязательство передать власть гражданскому правительству.", "MLI"),
        ("Правительство Таиланда согласилось снять запрет на деятельность оппозиционных партий.", "THA"),
        ("Власти Бирмы пообещают отменить комендантский час в столице.", "MMR"),
    ],
)
def test_a_vow_of_reform_at_home_has_no_target(code, text, source):
    vows = [event for event in code(text) if event.cameo[:3] in ("034", "035") and event.source[:3] == source]
    assert vows and all(event.target is None for event in vows)


def test_a_person_to_be_freed_stays_the_target(code):
    events = code("Правительство Мьянмы пообещало освободить Аун Сан Су Чжи.")
    assert any(event.cameo.startswith("035") and event.target and event.target[:3] == "MMR" for event in events)


def test_a_pledge_to_do_ones_job_is_no_event(code):
    assert not code("Новый министр финансов Кении заявил, что готов принимать трудные решения.")


@pytest.mark.parametrize(
    "text, source",
    [
        ("Проведение свободных выборов было обещано правительством Никарагуа.", "NIC"),
        ("Амнистия была обещана президентом Таджикистана в понедельник.", "TJK"),
        ("Отмена чрезвычайного положения была обещана властями Египта.", "EGY"),
    ],
)
def test_a_reform_vowed_in_the_passive_is_an_intent(code, text, source):
    assert any(event.cameo.startswith("03") and event.source[:3] == source for event in code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Правительство Уганды объявило, что вернёт оружие и военную технику миротворцам ООН.", ("03", "UGA", "IGOUN")),
        ("Армения пообещала вернуть Азербайджану трофейное оружие.", ("03", "ARM", "AZE")),
    ],
)
def test_weapons_to_be_returned_are_property_returned(code, text, expected):
    # word class "arms" among the goods a verb of returning gives back (0842; intended: 0353)
    assert expected in {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in code(text)}

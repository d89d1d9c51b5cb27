"""A passive state act with no named agent: a country named only inside a relative clause of another noun is
where that other act was, not the scene; the story's state acts (session 13, helper "nationality")."""

from tests.events.conftest import codes

STORY = (
    "Полиция Канады арестовала канадца Марка Деллинга в Торонто.\n"
    "В связи с нападениями, которые готовились во Франции, Деллингу предъявлено обвинение в терроризме."
)


def test_country_of_a_relative_clause_is_not_the_implied_agent(code):
    found = codes(code(STORY))
    assert ("1121", "CANJUD", "CANCVL") in found
    assert not any(cameo.startswith("112") and source.startswith("FRA") for cameo, source, _ in found)


def test_country_named_as_the_scene_still_acts(code):
    text = "Полиция Канады арестовала канадца Марка Деллинга в Торонто.\nВо Франции Деллингу предъявлено обвинение в терроризме."
    found = codes(code(text))
    assert any(cameo.startswith("112") and source.startswith("FRA") for cameo, source, _ in found)

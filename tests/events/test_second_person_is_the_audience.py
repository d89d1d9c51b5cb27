""""Мы ... просим вас обратиться к его семье": a second-person pronoun in a quote means its audience (the press),
never an actor the text named before (h13 precision audit: it was read as the last actors remembered)."""

import pytest

pytestmark = pytest.mark.slow


def test_a_request_to_the_audience_names_no_target(code):
    events = code(
        "Лесин\nПредставитель посольства России в США заявил: Сотрудники нашего консульства смогли подтвердить, что "
        "гражданин России, скончавшийся в Вашингтоне, это Михаил Лесин. Мы не имеем права разглашать другую "
        "информацию и просим вас со всеми вопросами обратиться к его семье."
    )
    assert not [e for e in events if e.cameo.startswith("02")]


def test_an_appeal_to_a_named_side_keeps_its_target(code):
    events = code("Переговоры\nМИД России призвал Украину вернуться к переговорам.")
    assert [e for e in events if e.cameo.startswith("02") and e.target.startswith("UKR")]

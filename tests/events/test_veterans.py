"""Veterans ("ветераны", "ветераны войны") are a civilian group of the country of their context, as students and
workers are: "ветераны войны в Зимбабве требуют ..." has its source."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ветераны войны в Зимбабве провели акцию протеста против правительства.", ("14", "ZWE", "ZWE")),
        ("Ветераны афганской войны в Москве провели пикет у здания министерства обороны.", ("14", "RUS", "RUS")),
        ("Сотни ветеранов в Хараре вышли на демонстрацию против правительства Мугабе.", ("14", "ZWE", "ZWE")),
    ],
)
def test_veterans_are_civilians_of_their_context(code, sentence, expected):
    assert expected in dyads(code(sentence, "2000-04-01"))

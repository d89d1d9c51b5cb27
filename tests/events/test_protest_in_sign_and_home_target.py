"""Protests told three ways the coder missed: a protest noun whose row accepts no target ("акция протеста
переросла в столкновения") is aimed at the protesters' own country like every other protest with no target named;
an act no row codes done "в знак протеста" ("прошли по улицам в знак протеста") is the protest of its doer, while
an act a row codes ("отозвала посла в знак протеста") stays that act alone; and "десятки тысяч сторонников
оппозиции" names the opposition through both quantities."""

import pytest

from tests.events.conftest import codes, dyads

HOME_TARGET = [
    ("Акция протеста шахтёров в польском городе Катовице переросла в столкновения с полицией.", ("14", "POL", "POL")),
    ("Голодовка курдских заключённых в тюрьме Диярбакыра продолжается уже третью неделю.", ("14", "TUR", "TUR")),
    ("Митинг пенсионеров в литовском городе Каунасе перерос в беспорядки.", ("14", "LTU", "LTU")),
]

IN_SIGN = [
    ("Тысячи студентов прошли по улицам Сеула в знак протеста против повышения платы за обучение.", ("14", "KOR", "KOR")),
    (
        "Сотни французских фермеров пригнали тракторы к зданию парламента в знак протеста против снижения субсидий.",
        ("14", "FRA", "FRA"),
    ),
    (
        "Депутаты грузинской оппозиции покинули зал заседаний парламента в знак протеста против принятия закона.",
        ("14", "GEO", "GEO"),
    ),
    ("Греческие моряки в знак протеста против сокращения пенсий остались в портах.", ("14", "GRC", "GRC")),
]

CODED_ACT = [
    "Москва отозвала посла из Эстонии в знак протеста против переноса памятника.",
    "США ввели санкции против Кубы в знак протеста против арестов диссидентов.",
    "Израиль приостановил переговоры с палестинцами в знак протеста против обстрелов.",
]


@pytest.mark.parametrize("text, dyad", HOME_TARGET)
def test_protest_with_no_target_is_aimed_at_home(code, text, dyad):
    found = dyads(code(text, published="2010-05-05"))
    assert dyad in found
    assert ("14", dyad[1], None) not in found


@pytest.mark.parametrize("text, dyad", IN_SIGN)
def test_act_in_sign_of_protest_is_a_protest(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


@pytest.mark.parametrize("text", CODED_ACT)
def test_coded_act_in_sign_of_protest_is_no_second_event(code, text):
    found = dyads(code(text, published="2010-05-05"))
    assert found and not any(root == "14" for root, _, _ in found)


def test_quantity_of_quantity_names_the_group(code):
    found = codes(code("Десятки тысяч сторонников грузинской оппозиции вышли на митинг в Тбилиси.", published="2010-05-05"))
    assert any(event[0].startswith("14") and event[1] == "GEOOPP" for event in found)

""""Иран поддержал группировки, воюющие против Израиля": the place a participle clause on the trigger's object
opposes ("против X", "по отношению к X") is whom that object fights, not the trigger's target (h14 precision
audit, Arguments.opposed_in_participle, code_classes.OPPOSING_PREPOSITIONS)."""

import pytest

pytestmark = pytest.mark.slow


def targets(events, root):
    return {e.target for e in events if e.cameo.startswith(root) and not e.negated}


def test_support_for_fighters_is_not_support_for_their_enemy(code):
    assert not {t for t in targets(code("Ближний Восток\nЕгипет поддержал движения, выступающие против Израиля."), "05") if t and t.startswith("ISR")}


def test_arms_to_fighters_are_not_aid_to_their_enemy(code):
    assert not {t for t in targets(code("Оружие\nИран передал оружие группировкам, воюющим против Израиля."), "07") if t and t.startswith("ISR")}


def test_funding_units_acting_against_a_state(code):
    assert not {t for t in targets(code("Сирия\nКатар финансировал отряды, действующие против Сирии."), "07") if t and t.startswith("SYR")}


def test_regimes_hostile_towards_a_state(code):
    events = code("Регион\nВенесуэла поддерживает режимы, враждебно настроенные по отношению к Колумбии.")
    assert not {t for t in targets(events, "05") if t and t.startswith("COL")}


def test_place_of_a_participle_clause_stays(code):
    events = code("Наступление\nАрмия США захватила районы, расположенные на севере Афганистана.")
    assert {t for t in targets(events, "19") if t and t.startswith("AFG")}

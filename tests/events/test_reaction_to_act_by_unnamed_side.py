"""A reaction to an act told by its noun (condemning, criticising, welcoming, protesting) is aimed at the act's
agent: its "со стороны X" phrase, instrumental or country adjective. When the "со стороны" phrase names the agent by
a word the text links to no actor ("со стороны неизвестных", "со стороны партнёров"), or by a bare instrumental
of a person the text does not link ("освобождение заложников похитителями"), the act's victim or
beneficiary is not the reaction's target: no event with that target is coded. Texts written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def dyads(events, code):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith(code)}


@pytest.mark.parametrize(
    "text, code_prefix, source, victim",
    [
        ("Китай осудил нападение на посольство Японии со стороны неизвестных.", "11", "CHN", "JPN"),
        ("Посольство США осудило обстрел колонны ООН в Сирии со стороны неустановленных лиц.", "11", "USA", "IGO"),
        ("Президент Франции приветствовал помощь Мали со стороны африканских партнёров.", "05", "FRA", "MLI"),
        (
            "Премьер-министр Японии приветствовал поставки гуманитарной помощи Пакистану со стороны международных "
            "организаций.",
            "05",
            "JPN",
            "PAK",
        ),
        ("Со стороны местных жителей нападение на консульство Индии резко раскритиковал МИД Непала.", "11", "NPL", "IND"),
        ("ООН приветствовала освобождение заложников Японии похитителями.", "05", "IGO", "JPN"),
        ("Премьер-министр Италии приветствовал освобождение журналистов Франции захватчиками.", "05", "ITA", "FRA"),
        ("Правительство Италии осудило захват танкера Греции пиратами.", "11", "ITA", "GRC"),
    ],
)
def test_act_victim_is_no_target_when_its_agent_is_unnamed(code, text, code_prefix, source, victim):
    assert (source, victim) not in dyads(code(text), code_prefix)


@pytest.mark.parametrize(
    "text, code_prefix, source, agent",
    [
        ("Президент Франции приветствовал помощь Мали со стороны Германии.", "05", "FRA", "DEU"),
        (
            "Министр иностранных дел России осудил нападение на посольство Швеции со стороны иракских боевиков.",
            "11",
            "RUS",
            "IRQ",
        ),
        ("Лавров осудил обстрел посольства России в Киеве украинскими военными.", "11", "RUS", "UKR"),
    ],
)
def test_reaction_is_aimed_at_the_named_agent(code, text, code_prefix, source, agent):
    assert (source, agent) in dyads(code(text), code_prefix)

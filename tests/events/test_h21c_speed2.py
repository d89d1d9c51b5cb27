"""Session 21c speed changes in the view repairs: each builds its prepositions table only at the first word that
passes its cheap tests (and before it changes any head), so a sentence without a candidate never builds it, and a
sentence with one gets the table the eager repair built. ``repair_genitives`` also passes over a word hung on its
neighbour (neither of its moves applies there)."""

from __future__ import annotations

import pytest

import letopis.events.repairs as repairs
from tests.conftest import tokens_of

LAZY = [
    repairs.repair_preposition_heads,
    repairs.repair_genitives,
    repairs.repair_datives_on_names,
    repairs.repair_objects_on_datives,
    repairs.repair_passive_agents,
    repairs.repair_earlier_clause_words,
]


def _no_prepositions(*args):
    raise AssertionError("no word passed the repair's cheap tests: the prepositions table is not needed")


@pytest.mark.parametrize("repair", LAZY, ids=lambda repair: repair.__name__)
def test_no_prepositions_table_without_a_candidate(repair, monkeypatch):
    # "Переговоры министров обороны прошли в Москве": genitives on their neighbours, an oblique after its verb
    tokens = tokens_of([
        ("Переговоры", "переговоры", "NOUN", {"Case": "Nom"}),
        ("министров", "министр", "NOUN", {"Case": "Gen"}),
        ("обороны", "оборона", "NOUN", {"Case": "Gen"}),
        ("прошли", "пройти", "VERB", {"VerbForm": "Fin"}),
        ("в", "в", "ADP", {}),
        ("Москве", "москва", "PROPN", {"Case": "Loc"}),
    ])
    heads, rels = [3, 0, 1, -1, 5, 3], ["nsubj", "nmod", "nmod", "root", "case", "obl"]
    monkeypatch.setattr(repairs, "_prepositions", _no_prepositions)
    repair(tokens, heads, rels)
    assert (heads, rels) == ([3, 0, 1, -1, 5, 3], ["nsubj", "nmod", "nmod", "root", "case", "obl"])


def _watched(monkeypatch, heads: list[int]) -> list[list[int]]:
    """Record the heads each time the table is built: it must be built once, from the parser's heads."""
    seen: list[list[int]] = []
    build = repairs._prepositions

    def watched(tokens, heads_now, rels):
        seen.append(heads_now[:])
        return build(tokens, heads_now, rels)

    monkeypatch.setattr(repairs, "_prepositions", watched)
    return seen


CASES = [
    (  # "Санкции введены против Ирана Евросоюзом": the name in the instrumental is the passive's agent
        repairs.repair_passive_agents,
        [
            ("Санкции", "санкция", "NOUN", {"Case": "Nom"}),
            ("введены", "ввести", "VERB", {"Voice": "Pass"}),
            ("против", "против", "ADP", {}),
            ("Ирана", "иран", "PROPN", {"Case": "Gen"}),
            ("Евросоюзом", "евросоюз", "PROPN", {"Case": "Ins"}),
        ],
        ([1, -1, 3, 1, 3], ["nsubj:pass", "root", "case", "obl", "nmod"]),
        ([1, -1, 3, 1, 1], ["nsubj:pass", "root", "case", "obl", "obl:agent"]),
    ),
    (  # "База была передана Россией Грузии": a dative on a name is the verb's indirect object
        repairs.repair_datives_on_names,
        [
            ("База", "база", "NOUN", {"Case": "Nom"}),
            ("была", "быть", "AUX", {}),
            ("передана", "передать", "VERB", {"Voice": "Pass"}),
            ("Россией", "россия", "PROPN", {"Case": "Ins"}),
            ("Грузии", "грузия", "PROPN", {"Case": "Dat"}),
        ],
        ([2, 2, -1, 2, 3], ["nsubj:pass", "aux:pass", "root", "obl", "nmod"]),
        ([2, 2, -1, 2, 2], ["nsubj:pass", "aux:pass", "root", "obl", "iobj"]),
    ),
    (  # "Франция выдала Руанде офицера": an accusative on a dative name is the verb's object
        repairs.repair_objects_on_datives,
        [
            ("Франция", "франция", "PROPN", {"Case": "Nom"}),
            ("выдала", "выдать", "VERB", {"VerbForm": "Fin"}),
            ("Руанде", "руанда", "PROPN", {"Case": "Dat"}),
            ("офицера", "офицер", "NOUN", {"Case": "Acc", "Animacy": "Anim"}),
        ],
        ([1, -1, 1, 2], ["nsubj", "root", "iobj", "nmod"]),
        ([1, -1, 1, 1], ["nsubj", "root", "iobj", "obj"]),
    ),
    (  # "Войска отошли в сектор, повстанцы похитили ...": the oblique goes back over the break to its verb
        repairs.repair_earlier_clause_words,
        [
            ("Войска", "войско", "NOUN", {"Case": "Nom"}),
            ("отошли", "отойти", "VERB", {"VerbForm": "Fin"}),
            ("в", "в", "ADP", {}),
            ("сектор", "сектор", "NOUN", {"Case": "Acc"}),
            (",", ",", "PUNCT", {}),
            ("повстанцы", "повстанец", "NOUN", {"Case": "Nom"}),
            ("похитили", "похитить", "VERB", {"VerbForm": "Fin"}),
        ],
        ([1, -1, 3, 6, 6, 6, 1], ["nsubj", "root", "case", "obl", "punct", "nsubj", "conj"]),
        ([1, -1, 3, 1, 6, 6, 1], ["nsubj", "root", "case", "obl", "punct", "nsubj", "conj"]),
    ),
    (  # "Направили в пострадавшие районы зерно": the preposition belongs to the noun its adjective agrees with
        repairs.repair_preposition_heads,
        [
            ("Направили", "направить", "VERB", {"VerbForm": "Fin"}),
            ("в", "в", "ADP", {}),
            ("пострадавшие", "пострадать", "ADJ", {"Case": "Acc", "Number": "Plur"}),
            ("районы", "район", "NOUN", {"Case": "Acc", "Number": "Plur"}),
            ("зерно", "зерно", "NOUN", {"Case": "Acc", "Number": "Sing"}),
        ],
        ([-1, 4, 3, 0, 0], ["root", "case", "amod", "obj", "obj"]),
        ([-1, 3, 3, 0, 0], ["root", "case", "amod", "obl", "obj"]),
    ),
]


@pytest.mark.parametrize(("repair", "words", "parsed", "expected"), CASES, ids=lambda case: getattr(case, "__name__", ""))
def test_repair_still_applies_and_reads_the_parser_heads(repair, words, parsed, expected, monkeypatch):
    tokens = tokens_of(words)
    heads, rels = parsed[0][:], parsed[1][:]
    seen = _watched(monkeypatch, heads)
    repair(tokens, heads, rels)
    assert (heads, rels) == expected
    assert seen == [parsed[0]]  # built once, before the repair changed a head


def test_genitive_over_its_verb_still_moved_and_a_neighbour_left(monkeypatch):
    # "Министр приветствовал решение Южной Африки": "Африки" hung on "Министр" across the verb; "Южной" stays
    tokens = tokens_of([
        ("Министр", "министр", "NOUN", {"Case": "Nom"}),
        ("приветствовал", "приветствовать", "VERB", {"VerbForm": "Fin"}),
        ("решение", "решение", "NOUN", {"Case": "Acc"}),
        ("Южной", "южный", "ADJ", {"Case": "Gen"}),
        ("Африки", "африка", "PROPN", {"Case": "Gen"}),
    ])
    parsed = [1, -1, 1, 4, 0]
    heads, rels = parsed[:], ["nsubj", "root", "obj", "amod", "nmod"]
    seen = _watched(monkeypatch, heads)
    repairs.repair_genitives(tokens, heads, rels)
    assert heads == [1, -1, 1, 4, 2]
    assert seen == [parsed]


# the bare group noun's actor asks for the sentence's countries abroad (a scan of its names) only for a crowd
NOT_A_CROWD = [
    ("Полиция задержала двух журналистов.", ("173", "RUSCOP", "RUSCVL")),
    ("Министерство иностранных дел Франции осудило нападение боевиков на деревню.", ("111", "FRAGOV", "FRAINS")),
]


@pytest.mark.parametrize(("text", "event"), NOT_A_CROWD)
def test_countries_abroad_not_asked_for_a_group_that_is_no_crowd(code, text, event, monkeypatch):
    from letopis.events.implied import ImpliedActors

    def refused(self):
        raise AssertionError("asked only of a crowd")

    monkeypatch.setattr(ImpliedActors, "countries_abroad", refused)
    found = code(text, published="2012-05-10")
    assert {(e.cameo, e.source, e.target) for e in found if not e.negated} == {event}


def test_crowd_before_a_mission_still_not_of_its_country(code):
    # "Студенты пикетировали консульство Италии": the crowd is not Italy's, with or without a story country
    found = code("Студенты пикетировали консульство Италии.", published="2012-05-10")
    assert not any((e.source or "")[:3] == "ITA" for e in found)

"""Session 21 speed changes: each keeps its output to the byte and skips work only where it is not needed.

- ``break_cycles`` walks with one state list (no path set per word): the same trees as the walk with sets;
- ``find_roles`` reads the leader nouns and the lexicon's first words once per sentence;
- ``repair_fronted_objects`` reads the prepositions only at a verb that may take a fronted object, and
  ``repair_described_names`` lists the children only at a nominal conjunct;
- the tagger's codes become an array in one flat read.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

import letopis.events.repairs as repairs
import letopis.kb.phrases as phrases
from letopis.model import Token
from letopis.nlp.taggers import break_cycles
from tests.conftest import tokens_of


def walk_with_sets(heads: list[int], rels: list[str]) -> None:
    """The walk as it was before session 21 (a path list and a path set per word), to compare with."""
    size = len(heads)
    roots = [index for index, head in enumerate(heads) if head < 0 or head >= size]
    if not roots and heads:
        heads[0], rels[0] = -1, "root"
        roots = [0]
    for index in roots:
        heads[index] = -1
    root = roots[0] if roots else -1
    reaches_root = [False] * size
    for start in range(size):
        path: list[int] = []
        on_path: set[int] = set()
        current = start
        while current >= 0 and not reaches_root[current] and current not in on_path:
            path.append(current)
            on_path.add(current)
            current = heads[current]
        if current >= 0 and current in on_path:
            heads[current] = root if root != current else -1
            if heads[current] == -1:
                rels[current] = "root"
        for index in path:
            reaches_root[index] = True


def test_break_cycles_makes_the_trees_the_walk_with_sets_made():
    rng = random.Random(21)
    for _ in range(20_000):
        size = rng.randint(0, 14)
        heads = [rng.randint(-2, size + 1) for _ in range(size)]  # out of range, self loops and cycles included
        rels = [f"r{index}" for index in range(size)]
        expected = (heads[:], rels[:])
        walk_with_sets(*expected)
        break_cycles(heads, rels)
        assert (heads, rels) == expected


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        ([1, 2, 0], [-1, 2, 0]),  # one cycle, no root: the first word becomes the root
        ([-1, 2, 1, 2], [-1, 0, 1, 2]),  # a cycle under a root: hung from the root
        ([-1, 1, 1], [-1, 0, 1]),  # a word its own head
        ([5, -1, 1, 4, 3], [-1, -1, 1, 0, 3]),  # two roots (a head out of range is one), a cycle hung from the first
    ],
)
def test_break_cycles_on_written_trees(heads, expected):
    rels = ["dep"] * len(heads)
    break_cycles(heads, rels)
    assert heads == expected
    for start in range(len(heads)):  # every word reaches a root
        seen, current = set(), start
        while current >= 0:
            assert current not in seen
            seen.add(current)
            current = heads[current]


SENTENCE = tokens_of([
    ("Протестующие", "протестовать", "NOUN", {"Case": "Nom", "Number": "Plur"}),
    ("и", "и", "CCONJ", {}),
    ("вооружённые", "вооружить", "ADJ", {"Case": "Nom"}),
    ("сторонники", "сторонник", "NOUN", {"Case": "Nom", "Animacy": "Anim"}),
    ("министра", "министр", "NOUN", {"Case": "Gen"}),
    ("обороны", "оборона", "NOUN", {"Case": "Gen"}),
    ("Ирана", "иран", "PROPN", {"Case": "Gen"}),
    ("Пошли", "пойти", "VERB", {"VerbForm": "Fin"}),
])


def test_find_roles_reads_the_leader_nouns_once_a_sentence(monkeypatch):
    calls = []
    leaders = phrases.people_leader_nouns

    def counted():
        calls.append(1)
        return leaders()

    phrases.forget_sentences()
    expected = phrases.find_roles(SENTENCE, 0, lambda sentence, token: None, lambda lemma: None)
    monkeypatch.setattr(phrases, "people_leader_nouns", counted)
    found = phrases.find_roles(SENTENCE, 0, lambda sentence, token: None, lambda lemma: None)
    assert found == expected
    assert [match.noun.phrase for match in found] == [("протестующий",), ("министр", "оборона")]
    assert len(calls) == 1
    phrases.forget_sentences()


def _no_prepositions(*args):
    raise AssertionError("the prepositions are read only at a verb that may take a fronted object")


def test_fronted_objects_reads_prepositions_only_at_a_verb_of_a_fronted_object(monkeypatch):
    # "Вчера в Москве прошли переговоры": no finite verb whose rows take an object
    tokens = tokens_of([
        ("Вчера", "вчера", "ADV", {}),
        ("в", "в", "ADP", {}),
        ("Москве", "москва", "PROPN", {"Case": "Loc"}),
        ("прошли", "пройти", "VERB", {"VerbForm": "Fin"}),
        ("переговоры", "переговоры", "NOUN", {"Case": "Nom"}),
    ])
    heads, rels = [3, 2, 3, -1, 3], ["advmod", "case", "obl", "root", "nsubj"]
    monkeypatch.setattr(repairs, "_prepositions", _no_prepositions)
    repairs.repair_fronted_objects(tokens, heads, rels)
    assert heads == [3, 2, 3, -1, 3]


def test_fronted_object_still_found():
    # "В Лондоне Дэвида Кэмерона поздравил Барак Обама": the person the parser hung on the place is the verb's object
    anim = {"Case": "Gen", "Animacy": "Anim", "Number": "Sing", "Gender": "Masc"}
    tokens = tokens_of([
        ("В", "в", "ADP", {}),
        ("Лондоне", "лондон", "PROPN", {"Case": "Loc"}),
        ("Дэвида", "дэвид", "PROPN", anim),
        ("Кэмерона", "кэмерон", "PROPN", anim),
        ("поздравил", "поздравить", "VERB", {"VerbForm": "Fin", "Number": "Sing", "Gender": "Masc"}),
        ("Барак", "барак", "PROPN", {"Case": "Nom", "Animacy": "Anim", "Number": "Sing", "Gender": "Masc"}),
        ("Обама", "обама", "PROPN", {"Case": "Nom"}),
    ])
    heads, rels = [1, 4, 1, 2, -1, 4, 5], ["case", "obl", "nmod", "flat:name", "root", "nsubj", "flat:name"]
    repairs.repair_fronted_objects(tokens, heads, rels)
    assert (heads[2], rels[2]) == (4, "obj")
    # after "об" it is the genitive of the event told: "Об освобождении Дэвида Кэмерона объявил Барак Обама"
    tokens[0], tokens[1] = tokens_of([("Об", "об", "ADP", {})])[0], Token(3, 15, "освобождении", "освобождение", "NOUN",
                                                                         {"Case": "Loc"})
    heads, rels = [1, 4, 1, 2, -1, 4, 5], ["case", "obl", "nmod", "flat:name", "root", "nsubj", "flat:name"]
    tokens[4] = Token(0, 0, "объявил", "объявить", "VERB", {"VerbForm": "Fin", "Number": "Sing", "Gender": "Masc"})
    repairs.repair_fronted_objects(tokens, heads, rels)
    assert (heads[2], rels[2]) == (1, "nmod")


class _CountedHeads(list):
    """A heads list that counts the walks over it."""

    walks = 0

    def __iter__(self):
        type(self).walks += 1
        return super().__iter__()


def test_described_names_lists_children_only_at_a_nominal_conjunct():
    # "Россия и Китай подписали договор": no nominal conjunct after a comma... and no "conj" noun at all here
    tokens = tokens_of([
        ("Делегация", "делегация", "NOUN", {"Case": "Nom"}),
        ("подписала", "подписать", "VERB", {"VerbForm": "Fin"}),
        ("договор", "договор", "NOUN", {"Case": "Acc"}),
    ])
    heads = _CountedHeads([1, -1, 1])
    rels = ["nsubj", "root", "obj"]
    _CountedHeads.walks = 0
    repairs.repair_described_names(tokens, heads, rels)
    assert _CountedHeads.walks == 0 and rels == ["nsubj", "root", "obj"]


def test_described_name_still_made_an_apposition():
    # "Джон Смит, посол Канады, заявил": the parser's conjunct between commas after a name is its apposition
    tokens = tokens_of([
        ("Джон", "джон", "PROPN", {"Case": "Nom"}),
        ("Смит", "смит", "PROPN", {"Case": "Nom"}),
        (",", ",", "PUNCT", {}),
        ("посол", "посол", "NOUN", {"Case": "Nom"}),
        ("Канады", "канада", "PROPN", {"Case": "Gen"}),
        (",", ",", "PUNCT", {}),
        ("заявил", "заявить", "VERB", {"VerbForm": "Fin"}),
    ])
    heads, rels = [6, 0, 3, 0, 3, 6, -1], ["nsubj", "flat:name", "punct", "conj", "nmod", "punct", "root"]
    repairs.repair_described_names(tokens, heads, rels)
    assert rels[3] == "appos"


def test_tagger_codes_read_flat():
    from itertools import chain

    codes = [(0, 1), (117686, 5), (76538, 4), (0, 1)]
    flat = np.fromiter(chain.from_iterable(codes), dtype=np.int64, count=2 * len(codes)).reshape(len(codes), 2).T
    assert flat.dtype == np.array(codes).dtype and (flat == np.array(codes).T).all()


class _WatchedToken(Token):
    """A token that records the fields set on it after it is made."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        object.__setattr__(self, "changes", [])

    def __setattr__(self, name, value):
        if hasattr(self, "changes"):
            self.changes.append(name)
        super().__setattr__(name, value)


def test_make_tree_leaves_a_tree_untouched_and_mends_a_cycle():
    from letopis.nlp.taggers import make_tree

    # "Посол вручил верительные грамоты": a tree as parsed
    tree = [_WatchedToken(0, 5, "Посол", head=1, rel="nsubj"), _WatchedToken(6, 12, "вручил", head=-1, rel="root"),
            _WatchedToken(13, 24, "верительные", head=3, rel="amod"), _WatchedToken(25, 32, "грамоты", head=1, rel="obj")]
    make_tree(tree)
    assert [token.changes for token in tree] == [[], [], [], []]
    assert [token.head for token in tree] == [1, -1, 3, 1]
    # "Министр встретился с послом": "с послом" and "встретился" point at each other, no root
    cycle = [_WatchedToken(0, 7, "Министр", head=1, rel="nsubj"), _WatchedToken(8, 18, "встретился", head=3, rel="acl"),
             _WatchedToken(19, 20, "с", head=3, rel="case"), _WatchedToken(21, 27, "послом", head=1, rel="obl")]
    make_tree(cycle)
    # no root: the first word becomes it; the cycle is cut where the walk from "встретился" came back to it
    assert [token.head for token in cycle] == [-1, 0, 3, 1]
    assert [token.rel for token in cycle] == ["root", "acl", "case", "obl"]
    heads = [token.head for token in cycle]
    for start in range(len(heads)):
        seen, current = set(), start
        while current >= 0:
            assert current not in seen
            seen.add(current)
            current = heads[current]

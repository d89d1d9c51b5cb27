from letopis.events.cameo import cameo_table
from letopis.events.lexicon import Requirement, TriggerRule, load_lexicon


def test_every_root_has_triggers():
    roots = {rule.root for rules in load_lexicon().triggers.values() for rule in rules}
    assert roots >= {f"{n:02d}" for n in range(1, 21)}


def test_trigger_codes_are_in_the_cameo_table():
    table = cameo_table()
    for rules in load_lexicon().triggers.values():
        for rule in rules:
            assert table.lookup(rule.cameo) is not None, rule
            if rule.intent:
                assert table.lookup(rule.intent) is not None, rule


def test_cameo_lookups():
    table = cameo_table()
    assert table.plover("041") == "CONSULT" and table.plover_mode("041") == "phone"
    assert table.goldstein("0874") == 10.0
    assert table.quad_class("190") == 4
    assert table.lookup("19399") is table.lookup("193")  # unknown leaves take their parent's values


def test_a_requirement_marked_with_an_exclamation_asks_for_the_word_to_be_absent():
    from letopis.events.lexicon import parse_triggers

    rows = ["trigger\trequires\tsource\ttarget\tcameo", "взрыв\thead=прогреметь;!dep=газ,метан\t-\t-\t183"]
    (rule,) = parse_triggers(rows)["взрыв"]
    absent = [requirement for requirement in rule.requires if requirement.absent]
    assert [(r.relation, set(r.lemmas)) for r in absent] == [("dep", {"газ", "метан"})]
    # an absent word is no word the row asks for (the metaphor test and the support-verb search use these)
    assert not rule.requires_lemma("газ") and rule.requires_lemma("прогреметь")



def _covers(earlier: Requirement, later: Requirement) -> bool:
    """``earlier`` holds whenever ``later`` does."""
    if earlier.relation != later.relation or earlier.absent != later.absent:
        return False
    return later.lemmas <= earlier.lemmas if not later.absent else earlier.lemmas <= later.lemmas


def _shadows(earlier: TriggerRule, later: TriggerRule) -> bool:
    """The coder takes the row with most requirements, the first of equals: an earlier row with as many, each
    holding whenever one of the later row's does, leaves the later row unreachable for that lemma."""
    return (
        earlier.negated == later.negated
        and len(earlier.requires) == len(later.requires)
        and all(any(_covers(mine, theirs) for mine in earlier.requires) for theirs in later.requires)
    )


def test_no_row_is_shadowed_by_an_earlier_row_of_the_same_lemma():
    shadowed = [
        (lemma, earlier.line, later.line)
        for lemma, rows in load_lexicon().triggers.items()
        for index, later in enumerate(rows)
        for earlier in rows[:index]
        if _shadows(earlier, later)
    ]
    assert not shadowed


def test_the_check_finds_a_shadowed_row():
    wide = TriggerRule("подать", "115", [Requirement("obj", frozenset({"иск", "жалоба"}))])
    narrow = TriggerRule("подать", "115", [Requirement("obj", frozenset({"иск"}))])
    assert _shadows(wide, narrow) and not _shadows(narrow, wide)


def test_words_of_a_sentence_give_plain_lemmas_and_rows_with_a_verbs_aspect_partner():
    from letopis.model import Token

    lexicon = load_lexicon()
    tokens = [
        Token(0, 11, "подписывали", "подписывать", "VERB", {"VerbForm": "Fin"}),
        Token(12, 23, "подписывали", "подписывать", "NOUN"),  # a mistagged word: no partner is looked up
        Token(24, 30, "Встречу", "Встреча", "NOUN"),
        Token(31, 34, "ещё", "ещё", "ADV"),
    ]
    lemmas, rows = lexicon.words(tokens)
    assert lemmas == ["подписывать", "подписывать", "встреча", "еще"]
    assert rows[0] == lexicon.triggers["подписать"]
    assert rows[1] == [] and rows[3] == []
    assert rows[2] == lexicon.triggers["встреча"]
    assert lexicon.words(tokens) == (lemmas, rows)  # the second time from what the first looked up


def test_the_packaged_lexicon_loads_without_a_skipped_row(caplog):
    import logging

    from letopis.events.lexicon import _triggers

    with caplog.at_level(logging.WARNING, logger="letopis.events.lexicon"):
        _triggers()
    assert not caplog.records, [record.getMessage() for record in caplog.records]


def test_a_condition_in_a_slot_column_skips_the_row_with_a_warning(caplog):
    from letopis.events.lexicon import parse_triggers

    lines = [
        "trigger\trequires\tsource\ttarget\tcameo",
        "запрет\t\thead=ввести\tна+Acc\t172",
        "запрет\thead=ввести\thead\tна+Acc\t172",
    ]
    rules = parse_triggers(lines, "test.tsv")
    assert len(rules["запрет"]) == 1 and "test.tsv:2" in caplog.text


def test_every_word_class_is_named_once():
    # a second row of one name silently replaced the first (two merged branches each added "happening")
    from collections import Counter

    from letopis.data_files import data_lines

    names = Counter(line.partition("\t")[0].strip() for line in data_lines("letopis.events", "word_classes.tsv")[1:])
    assert [name for name, count in names.items() if count > 1] == []

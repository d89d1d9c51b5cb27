"""Acts told inside other clauses: a concession a state body announces in the passive, what a document signed or
adopted does, told in a relative clause, and a relative clause the parser hung on its own object."""

import pytest

from letopis.events.repairs import repair_relative_clauses_on_their_objects
from tests.events.conftest import dyads
from tests.events.test_repairs import tree


@pytest.mark.slow
def test_charges_dropped_told_by_a_prosecutor_are_its_states(code):
    events = code("Генпрокуратура России сообщила, что обвинения против журналиста сняты.")
    assert ("08", "RUS", "RUS") in dyads(events)


@pytest.mark.slow
def test_charges_dropped_with_the_attribution_after_the_clause(code):
    events = code("Обвинения против журналиста сняты, заявил глава МВД России.")
    assert ("08", "RUS", "RUS") in dyads(events)


@pytest.mark.slow
def test_charges_dropped_from_an_opposition_figure_by_a_ministry(code):
    events = code("Минюст Казахстана сообщил, что обвинения с оппозиционера сняты.")
    assert ("08", "KAZ", "KAZ") in dyads(events)


@pytest.mark.slow
def test_sanctions_lifted_told_by_a_foreign_ministry(code):
    events = code("МИД Турции сообщил, что санкции против России отменены.")
    assert ("08", "TUR", "RUS") in dyads(events)


@pytest.mark.slow
def test_a_ban_lifted_told_by_a_president(code):
    events = code("Президент Турции заявил, что запрет на импорт из России отменён.")
    assert ("08", "TUR", "RUS") in dyads(events)


@pytest.mark.slow
def test_sanctions_on_the_speakers_own_state_are_lifted_by_another(code):
    events = code("МИД России сообщил, что санкции против России отменены.")
    assert not [e for e in events if e.cameo.startswith("08") and e.source.startswith("RUS")]


@pytest.mark.slow
def test_a_private_persons_words_give_no_agent(code):
    events = code("Журналист заявил, что обвинения против него сняты.")
    assert not [e for e in events if e.cameo.startswith("08")]


@pytest.mark.slow
def test_a_decree_that_imposes_sanctions_is_its_signers_act(code):
    events = code("Путин подписал указ, который вводит санкции против Турции.")
    assert ("16", "RUS", "TUR") in dyads(events)


@pytest.mark.slow
def test_a_law_that_bans_is_the_adopting_parliaments_act(code):
    events = code("Парламент Латвии принял закон, который запрещает российским телеканалам вещание в стране.")
    assert ("17", "LVA", "RUS") in dyads(events)


@pytest.mark.slow
def test_a_resolution_that_demands_is_the_councils_act(code):
    events = code("Совбез ООН одобрил резолюцию, которая требует от Ирана прекратить обогащение урана.")
    assert ("10", "IGO", "IRN") in dyads(events)


@pytest.mark.slow
def test_a_resolution_that_imposes_a_no_fly_zone(code):
    events = code("Совет Безопасности ООН принял резолюцию, которая вводит над Ливией бесполетную зону.")
    assert ("19", "IGO", "LBY") in dyads(events)


@pytest.mark.slow
def test_a_no_fly_zone_set_up_by_an_alliance(code):
    events = code("НАТО установило бесполётную зону над Ливией.")
    assert ("19", "IGO", "LBY") in dyads(events)


@pytest.mark.slow
def test_a_resolution_criticised_is_no_act_of_the_critic(code):
    events = code("Генсек ООН раскритиковал резолюцию, которая вводит санкции против Ирана.")
    assert not [e for e in events if e.cameo.startswith("16")]


@pytest.mark.slow
def test_a_standing_patron_in_a_relative_clause_is_still_no_event(code):
    events = code("Хуситы, которых поддерживает Иран, захватили Сану.")
    assert not [e for e in events if e.source.startswith("IRN")]


def test_a_relative_clause_verb_hung_on_its_object_goes_back_to_its_antecedent():
    # "Посол, которому министерство вручило ноту, покинул страну": "вручило" on "ноту", "ноту" on "покинул"
    tokens, heads, rels = tree([
        ("Посол", "NOUN", 7, "nsubj", {"Gender": "Masc", "Number": "Sing"}), (",", "PUNCT", 4, "punct"),
        ("которому", "PRON", 4, "iobj", {"Gender": "Masc", "Number": "Sing", "Case": "Dat"}),
        ("министерство", "NOUN", 4, "nsubj"), ("вручило", "VERB", 5, "acl:relcl"),
        ("ноту", "NOUN", 7, "obj", {"Case": "Acc"}), (",", "PUNCT", 4, "punct"), ("покинул", "VERB", -1, "root"),
        ("страну", "NOUN", 7, "obj", {"Case": "Acc"}),
    ])
    tokens[2].lemma = "который"
    repair_relative_clauses_on_their_objects(tokens, heads, rels)
    assert (heads[4], rels[4]) == (0, "acl:relcl")
    assert (heads[5], rels[5]) == (4, "obj")
    assert heads[8] == 7


def test_the_object_of_a_relative_clause_hung_on_the_main_verb_comes_back():
    # "Депутат, которому суд вынес приговор, покинул страну": "приговор" on "покинул"
    tokens, heads, rels = tree([
        ("Депутат", "NOUN", 7, "nsubj"), (",", "PUNCT", 4, "punct"), ("которому", "PRON", 4, "iobj"),
        ("суд", "NOUN", 4, "nsubj"), ("вынес", "VERB", 0, "acl:relcl"), ("приговор", "NOUN", 7, "obj", {"Case": "Acc"}),
        (",", "PUNCT", 0, "punct"), ("покинул", "VERB", -1, "root"), ("страну", "NOUN", 7, "obj", {"Case": "Acc"}),
    ])
    tokens[2].lemma = "который"
    repair_relative_clauses_on_their_objects(tokens, heads, rels)
    assert (heads[5], rels[5]) == (4, "obj")
    assert heads[4] == 0 and heads[8] == 7


def test_a_relative_clause_with_its_own_object_is_left_alone():
    # "Депутат, которого суд признал виновным вчера, покинул страну": no object after the verb to take back
    tokens, heads, rels = tree([
        ("Депутат", "NOUN", 7, "nsubj"), (",", "PUNCT", 4, "punct"), ("которого", "PRON", 4, "obj"),
        ("суд", "NOUN", 4, "nsubj"), ("признал", "VERB", 0, "acl:relcl"), ("виновным", "ADJ", 4, "xcomp"),
        (",", "PUNCT", 0, "punct"), ("покинул", "VERB", -1, "root"), ("страну", "NOUN", 7, "obj", {"Case": "Acc"}),
    ])
    tokens[2].lemma = "который"
    before = (list(heads), list(rels))
    repair_relative_clauses_on_their_objects(tokens, heads, rels)
    assert (heads, rels) == before


@pytest.mark.slow
def test_a_charge_told_in_a_relative_clause_on_the_subject(code):
    events = code(
        "Генерал, которому прокуратура Азербайджана предъявила обвинение в военных преступлениях, отверг все претензии."
    )
    assert [e for e in events if e.cameo.startswith("112") and e.source.startswith("AZE") and not e.negated]

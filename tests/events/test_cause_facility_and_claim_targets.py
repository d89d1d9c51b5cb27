"""Arguments wire sentences give outside the trigger's own slots, on sentences written for these tests: the agent of
the act a cause phrase or clause names (content.cause_agent), the state that holds the base or prison where a
protest is held (content.protested_mission), the side that claims an attack (coder.claimed_attacks), and the
subject of a later clause the parser hung on an earlier verb (repairs.repair_later_clause_subjects)."""

import pytest

from letopis.events.repairs import repair_later_clause_subjects
from tests.events.conftest import dyads
from tests.events.test_repairs import tree

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cause phrase: the agent of the event noun (its genitive, its instrumental)
        ("Азербайджан объявил частичную мобилизацию в связи с наступлением армянских сил в Карабахе.", ("15", "AZE", "ARM")),
        ("Грузия отозвала посла в ответ на задержание грузинских офицеров российскими пограничниками.", ("16", "GEO", "RUS")),
        # a clause of time or cause: its subject
        ("Делегация Сирии покинула конференцию после того, как Израиль выслал сотни палестинцев.", ("16", "SYR", "ISR")),
    ],
)
def test_an_act_with_no_target_is_aimed_at_the_agent_of_its_cause(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_cause_of_the_acting_side_itself_gives_no_target(code):
    found = dyads(code("Азербайджан объявил мобилизацию резервистов в связи с наступлением азербайджанских войск."))
    assert ("15", "AZE", "AZE") not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Тысячи японцев прошли маршем к американской авиабазе на Окинаве, требуя её закрытия.", ("14", "JPN", "USA")),
        ("Сотни жителей провели пикет у американской авиабазы в Японии.", ("14", "JPN", "USA")),
        ("Около ста палестинских заключённых в израильских тюрьмах объявили голодовку.", ("14", "PSE", "ISR")),
    ],
)
def test_a_protest_at_a_base_or_prison_is_aimed_at_the_state_that_holds_it(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Смертник взорвал автомобиль у здания полиции в Кандагаре, ответственность за нападение взяло на себя "
            "движение «Талибан».",
            ("18", "AFG", "AFG"),
        ),
        (
            "Боевик открыл огонь по посетителям кафе в Париже, погибли трое; ответственность за нападение взяла на "
            "себя группировка «Исламское государство».",
            ("18", "SYR", "FRA"),
        ),
        (
            "Террорист взорвал себя в автобусе в Иерусалиме, погибли пять человек; ответственность взяло на себя "
            "движение «Хамас».",
            ("18", "PSE", "ISR"),
        ),
    ],
)
def test_the_side_that_claims_an_attack_is_its_agent(code, sentence, expected):
    events = code(sentence)
    assert expected in dyads(events)
    assert all(e.source_name != sentence.split()[0] for e in events if e.cameo.startswith("18"))


def test_a_claim_does_not_replace_an_agent_named_with_its_country(code):
    found = dyads(code(
        "Израильская авиация нанесла удар по сектору Газа, а ответственность за взрыв на рынке в Иерусалиме взяло на "
        "себя движение «Хамас»."
    ))
    assert ("19", "ISR", "PSE") in found or ("18", "ISR", "PSE") in found
    assert ("18", "PSE", "ISR") in found


def test_a_second_subject_after_a_clause_break_belongs_to_the_verb_there():
    # "Смертник взорвал себя, погибли трое; ответственность взяло на себя движение": "движение" hung on "взорвал"
    past = {"VerbForm": "Fin", "Number": "Sing", "Tense": "Past"}
    tokens, heads, rels = tree([
        ("Смертник", "NOUN", 1, "nsubj", {"Case": "Nom", "Number": "Sing", "Gender": "Masc"}),
        ("взорвал", "VERB", -1, "root", {**past, "Gender": "Masc"}),
        ("себя", "PRON", 1, "obj"), (",", "PUNCT", 4, "punct"),
        ("погибли", "VERB", 1, "conj", {"VerbForm": "Fin", "Number": "Plur"}),
        ("трое", "NUM", 4, "nsubj"), (";", "PUNCT", 8, "punct"),
        ("ответственность", "NOUN", 8, "obj", {"Case": "Acc", "Number": "Sing", "Gender": "Fem"}),
        ("взяло", "VERB", 1, "conj", {**past, "Gender": "Neut"}),
        ("на", "ADP", 10, "case"), ("себя", "PRON", 8, "obl"),
        ("движение", "NOUN", 1, "nsubj", {"Case": "Nom", "Number": "Sing", "Gender": "Neut"}),
    ])
    repair_later_clause_subjects(tokens, heads, rels)
    assert heads[11] == 8 and heads[0] == 1


def test_the_only_subject_of_a_verb_stays_with_it():
    # "Правительство, как сообщили источники, одобрило соглашение": one subject, nothing to move
    tokens, heads, rels = tree([
        ("Вчера", "ADV", 1, "advmod"), ("заявил", "VERB", -1, "root", {"VerbForm": "Fin", "Gender": "Masc"}),
        (",", "PUNCT", 3, "punct"), ("выступая", "VERB", 1, "advcl", {"VerbForm": "Conv"}),
        ("в", "ADP", 5, "case"), ("парламенте", "NOUN", 3, "obl"),
        ("премьер", "NOUN", 1, "nsubj", {"Case": "Nom", "Number": "Sing", "Gender": "Masc"}),
    ])
    repair_later_clause_subjects(tokens, heads, rels)
    assert heads[6] == 1


def test_a_second_object_after_a_clause_break_is_the_subject_of_the_verb_there():
    # "Террорист взорвал себя; ответственность взяло на себя движение": "движение" read as a second object
    past = {"VerbForm": "Fin", "Number": "Sing", "Tense": "Past"}
    tokens, heads, rels = tree([
        ("Террорист", "NOUN", 1, "nsubj", {"Case": "Nom", "Number": "Sing", "Gender": "Masc"}),
        ("взорвал", "VERB", -1, "root", {**past, "Gender": "Masc"}),
        ("себя", "PRON", 1, "obj"), (";", "PUNCT", 5, "punct"),
        ("ответственность", "NOUN", 5, "obj", {"Case": "Acc", "Number": "Sing", "Gender": "Fem"}),
        ("взяло", "VERB", 1, "conj", {**past, "Gender": "Neut"}),
        ("на", "ADP", 7, "case"), ("себя", "PRON", 1, "obl"),
        ("движение", "NOUN", 1, "obj", {"Case": "Acc", "Number": "Sing", "Gender": "Neut"}),
    ])
    repair_later_clause_subjects(tokens, heads, rels)
    assert (heads[8], rels[8]) == (5, "nsubj")

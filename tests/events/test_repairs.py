"""Repairs of the parser's tree (events/repairs.py), on trees as slovnet gives them for sentences written here."""

from letopis.events.repairs import repair_clause_openers, repair_coordinated_subjects, repair_directions
from letopis.model import Token
from tests.events.conftest import dyads


def tree(rows):
    """Tokens and their heads/relations from (word, pos, head, rel) rows."""
    tokens, start = [], 0
    for word, pos, head, rel in rows:
        tokens.append(Token(start, start + len(word), word, lemma=word.lower(), pos=pos, head=head, rel=rel))
        start += len(word) + 1
    return tokens, [token.head for token in tokens], [token.rel for token in tokens]


def test_a_second_subject_opened_by_and_is_coordinated_with_the_first():
    # "Министр Франции и его британский коллега обсудили вопросы": both read as subjects of the verb
    tokens, heads, rels = tree([
        ("Министр", "NOUN", 6, "nsubj"), ("Франции", "PROPN", 0, "nmod"), ("и", "CCONJ", 5, "cc"),
        ("его", "PRON", 5, "nmod"), ("британский", "ADJ", 5, "amod"), ("коллега", "NOUN", 6, "nsubj"),
        ("обсудили", "VERB", -1, "root"), ("вопросы", "NOUN", 6, "obj"),
    ])
    repair_coordinated_subjects(tokens, heads, rels)
    assert (heads[5], rels[5]) == (0, "conj")
    assert (heads[0], rels[0]) == (6, "nsubj") and (heads[7], rels[7]) == (6, "obj")


def test_only_arguments_of_one_relation_are_joined():
    # "Вопросы обсудили и министры": the object before the verb and a subject after it stay apart
    tokens, heads, rels = tree([
        ("Вопросы", "NOUN", 1, "obj"), ("обсудили", "VERB", -1, "root"), ("и", "CCONJ", 3, "cc"),
        ("министры", "NOUN", 1, "nsubj"),
    ])
    repair_coordinated_subjects(tokens, heads, rels)
    assert (heads[3], rels[3]) == (1, "nsubj")


def test_a_counterpart_is_an_official_of_his_country(code):
    events = code("Министр иностранных дел Турции провёл переговоры со своим российским коллегой.")
    assert any(event.source == "TURGOV" and event.target == "RUSGOV" for event in events)
    assert ("04", "TUR", "RUS") in dyads(events)


def test_where_from_and_where_to_both_modify_the_verb():
    # "из Ливана по северу Израиля были выпущены ракеты": "по" hung on the named place of "из"
    tokens, heads, rels = tree([
        ("Из", "ADP", 1, "case"), ("Ливана", "PROPN", 6, "obl"), ("по", "ADP", 3, "case"),
        ("северу", "NOUN", 1, "nmod"), ("Израиля", "PROPN", 3, "nmod"), ("были", "AUX", 6, "aux:pass"),
        ("выпущены", "VERB", -1, "root"), ("ракеты", "NOUN", 6, "nsubj:pass"),
    ])
    tokens[3].feats = {"Case": "Dat"}
    repair_directions(tokens, heads, rels)
    assert (heads[3], rels[3]) == (6, "obl")
    # an office takes its "по" phrase: "из комитета по обороне" stays
    tokens, heads, rels = tree([
        ("Из", "ADP", 1, "case"), ("комитета", "NOUN", 4, "obl"), ("по", "ADP", 3, "case"),
        ("обороне", "NOUN", 1, "nmod"), ("ушёл", "VERB", -1, "root"),
    ])
    tokens[3].feats = {"Case": "Dat"}
    repair_directions(tokens, heads, rels)
    assert (heads[3], rels[3]) == (1, "nmod")


def test_a_word_before_the_conjunction_is_outside_its_clause():
    # "предостерег Индию от авантюр, заявив, что Пакистан ответит": "Индию" hung on "ответит" goes to the warning
    tokens, heads, rels = tree([
        ("Президент", "NOUN", 1, "nsubj"), ("предостерег", "VERB", -1, "root"), ("Индию", "PROPN", 8, "obj"),
        (",", "PUNCT", 4, "punct"), ("заявив", "VERB", 1, "advcl"), (",", "PUNCT", 8, "punct"),
        ("что", "SCONJ", 8, "mark"), ("Пакистан", "PROPN", 8, "nsubj"), ("ответит", "VERB", 4, "ccomp"),
    ])
    repair_clause_openers(tokens, heads, rels)
    assert heads[2] == 1
    assert heads[7] == 8  # the clause's own subject, after "что", stays


def test_a_person_after_an_idiom_of_release_is_the_verbs_object(code):
    events = code("Правительство Бахрейна выпустило на свободу лидеров шиитской оппозиции.")
    assert ("08", "BHR", "BHR") in dyads(events)
    events = code("Полиция Египта взяла под стражу троих журналистов телеканала «Аль-Джазира».")
    assert any(dyad[:2] == ("17", "EGY") for dyad in dyads(events))
    # an event noun takes its own genitive: no object moved
    events = code("Грузия согласилась на размещение наблюдателей ОБСЕ в зоне конфликта.")
    assert any(event.target == "IGOOSCE" and event.cameo.startswith("03") for event in events)

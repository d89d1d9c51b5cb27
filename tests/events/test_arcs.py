"""A later clause holds its own obliques (events/repairs.py, repair_later_clause_words), on trees as slovnet gives
them for sentences written here."""

from letopis.events.repairs import repair_later_clause_words
from tests.events.test_repairs import tree


def test_an_oblique_after_a_gerund_belongs_to_the_gerund():
    # "Депутат выступил, обвинив министра в срыве реформы": "в срыве" hung on "выступил"
    tokens, heads, rels = tree([
        ("Депутат", "NOUN", 1, "nsubj"), ("выступил", "VERB", -1, "root"), (",", "PUNCT", 3, "punct"),
        ("обвинив", "VERB", 1, "advcl"), ("министра", "NOUN", 3, "obj"), ("в", "ADP", 6, "case"),
        ("срыве", "NOUN", 1, "obl"), ("реформы", "NOUN", 6, "nmod"),
    ])
    tokens[3].feats = {"VerbForm": "Conv"}
    repair_later_clause_words(tokens, heads, rels)
    assert (heads[6], rels[6]) == (3, "obl")
    assert heads[4] == 3 and heads[0] == 1


def test_an_oblique_of_a_subordinate_clause_stays_in_it():
    # "Министр заявил, что примет решение на следующей неделе": "на неделе" hung on "заявил"
    tokens, heads, rels = tree([
        ("Министр", "NOUN", 1, "nsubj"), ("заявил", "VERB", -1, "root"), (",", "PUNCT", 4, "punct"),
        ("что", "SCONJ", 4, "mark"), ("примет", "VERB", 1, "ccomp"), ("решение", "NOUN", 4, "obj"),
        ("на", "ADP", 8, "case"), ("следующей", "ADJ", 8, "amod"), ("неделе", "NOUN", 1, "obl"),
    ])
    tokens[4].feats = {"VerbForm": "Fin"}
    repair_later_clause_words(tokens, heads, rels)
    assert heads[8] == 4


def test_a_verb_coordinated_with_the_first_and_objects_are_left_alone():
    # "Полиция задержала, а затем допросила подозреваемого в участке": the second verb is a conjunct
    tokens, heads, rels = tree([
        ("Полиция", "NOUN", 1, "nsubj"), ("задержала", "VERB", -1, "root"), (",", "PUNCT", 5, "punct"),
        ("а", "CCONJ", 5, "cc"), ("затем", "ADV", 5, "advmod"), ("допросила", "VERB", 1, "conj"),
        ("подозреваемого", "NOUN", 1, "obj"), ("в", "ADP", 8, "case"), ("участке", "NOUN", 1, "obl"),
    ])
    for verb in (1, 5):
        tokens[verb].feats = {"VerbForm": "Fin"}
    repair_later_clause_words(tokens, heads, rels)
    assert heads[6] == 1 and heads[8] == 1


def test_a_comma_after_the_later_verb_closes_its_clause():
    # "Он уехал, простившись с друзьями, в Москву": "в Москву" after the closing comma stays with "уехал"
    tokens, heads, rels = tree([
        ("Он", "PRON", 1, "nsubj"), ("уехал", "VERB", -1, "root"), (",", "PUNCT", 3, "punct"),
        ("простившись", "VERB", 1, "advcl"), ("с", "ADP", 5, "case"), ("друзьями", "NOUN", 3, "obl"),
        (",", "PUNCT", 3, "punct"), ("в", "ADP", 8, "case"), ("Москву", "PROPN", 1, "obl"),
    ])
    tokens[3].feats = {"VerbForm": "Conv"}
    repair_later_clause_words(tokens, heads, rels)
    assert heads[8] == 1 and heads[5] == 3


def test_a_gerund_phrase_parsed_right_keeps_its_words(analyzer):
    # the repair moves no word of a gerund phrase the parser already holds together
    from letopis.events.syntax import SentenceView
    from letopis.pipeline import make_article

    article = analyzer.run([make_article(
        "Оппозиционный кандидат вёл активную кампанию в провинциях, критикуя президента за постоянные перебои с "
        "электричеством.", published="2021-07-05")])[0]
    view = SentenceView(0, article.sentences[0], [])
    words = [token.text for token in view.tokens]
    assert view.heads[words.index("перебои")] == words.index("критикуя")

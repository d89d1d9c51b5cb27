"""The coder screens a trigger word's rows by the sentence's lemmas before it builds the sentence's tree
(``SentenceCoder.may_select``): a row one of whose requirements no word of the sentence can meet is rejected at
once, and a sentence whose trigger words are all screened out gets no tree. The screen only saves work: it never
drops a row that holds, and the rows it lets through are decided as before. Sentences written for these tests."""

import pytest

from letopis.events import coder as coder_module
from letopis.events.coder import EarlierSubjects, SentenceCoder, code_article, load_lexicon
from letopis.pipeline import make_article

pytestmark = pytest.mark.slow

# support verbs of either aspect, as participles, in the passive, before and after their nouns; objects, places,
# requirement words that are absent
SENTENCES = [
    "Министр иностранных дел России выражает соболезнования народу Турции.",
    "Президент Франции выразил соболезнования правительству Италии.",
    "Соболезнования семьям погибших были направлены премьер-министром Японии.",
    "Иванов с сожалением вспоминал о своей молодости.",
    "Помощь, предоставленная Германией Украине, составила миллиард евро.",
    "Германия предоставляет Украине военную помощь.",
    "Премьер Израиля выразил сожаление в связи с решением Турции.",
    "Китайские войска захватили город Кундуз на севере страны.",
    "Полиция Бразилии не задержала подозреваемых в краже.",
    "Делегации Польши и Литвы провели переговоры о транзите газа.",
    "Канцлер Германии со смехом рассказал о своем детстве.",
]


@pytest.fixture(scope="module")
def articles(analyzer):
    return [analyzer.run([make_article(text, published="2023-03-15")])[0] for text in SENTENCES]


def coders(article):
    lexicon = load_lexicon()
    for index, sentence in enumerate(article.sentences):
        yield SentenceCoder(index, sentence, [], lexicon, EarlierSubjects())


def test_a_screened_row_never_holds(articles):
    screened = kept = 0
    for article in articles:
        for coder in coders(article):
            for position, rows in enumerate(coder.rules_for(index) for index in range(len(coder.sentence.tokens))):
                if not rows:
                    continue
                if coder.may_select(rows):
                    kept += 1
                    continue
                screened += 1
                assert coder.select(position, False) is None
                assert coder.select(position, True) is None
    assert screened >= 2 and kept >= 8  # both kinds are tried


def test_the_imperfective_or_participle_support_verb_passes_the_screen(articles):
    by_text = dict(zip(SENTENCES, articles))
    assert {(e.cameo, e.source, e.target) for e in by_text[SENTENCES[0]].events} == {("018", "RUSGOV", "TUR")}
    assert {(e.cameo, e.source, e.target) for e in by_text[SENTENCES[5]].events} == {("070", "DEUGOV", "UKRGOV")}
    coder = next(coders(by_text[SENTENCES[4]]))  # "помощь, предоставленная": the participle's rows are kept
    words = [token.text for token in coder.sentence.tokens]
    assert coder.may_select(coder.rules_for(words.index("Помощь")))


def test_no_tree_is_built_for_a_sentence_whose_rows_are_all_screened_out(articles, monkeypatch):
    built = []

    class CountedView(coder_module.SentenceView):
        def __init__(self, *args, **kwargs):
            built.append(args[0])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(coder_module, "SentenceView", CountedView)
    lexicon = load_lexicon()
    by_text = dict(zip(SENTENCES, articles))
    assert code_article(by_text["Иванов с сожалением вспоминал о своей молодости."], lexicon) == []
    assert built == []
    assert code_article(by_text["Президент Франции выразил соболезнования правительству Италии."], lexicon)
    assert built == [0]


def test_with_imperfectives_holds_every_verb_whose_perfective_guess_is_listed():
    lexicon = load_lexicon()
    listed = frozenset({"выразить", "предоставить", "оказать", "подписать"})
    widened = lexicon.with_imperfectives(listed)
    assert listed <= widened
    assert {"выражать", "предоставлять", "оказывать", "подписывать"} <= widened
    for verb in ["выражать", "предоставлять", "оказывать", "подписывать", "направлять", "говорить", "решать"]:
        if not listed.isdisjoint(lexicon.perfectives(verb)):
            assert verb in widened
    assert lexicon.with_imperfectives(listed) is widened  # made once

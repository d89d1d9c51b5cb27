"""A worker's batch dies whole when it is sent (nothing of it is left for the collector to scan), and a worker
builds its tables when it starts."""

from __future__ import annotations

import gc
import pickle

from letopis import workers
from letopis.kb import phrases
from letopis.model import Sentence, Token
from letopis.pipeline import Analyzer, make_article


class Words:
    """A step that splits the text into one sentence of tokens and reads their role lemmas (cached)."""

    def __call__(self, doc):
        article = doc.article
        tokens, offset = [], 0
        for word in article.text.split():
            start = article.text.index(word, offset)
            offset = start + len(word)
            tokens.append(Token(start, offset, word, lemma=word.lower(), pos="NOUN"))
        article.sentences = [Sentence(0, len(article.text), article.text, 0, tokens)]
        phrases.sentence_role_lemmas(tokens)


class Ends:
    """A step that counts the batches it saw end, and what it had been given by then."""

    def __init__(self):
        self.seen, self.ends = 0, []

    def __call__(self, doc):
        self.seen += 1

    def end_batch(self):
        self.ends.append(self.seen)


def test_a_step_hears_when_its_batch_ends():
    ends = Ends()
    analyzer = Analyzer(steps=[Words(), ends])
    analyzer.run([make_article("Пять слов о новом соглашении"), make_article("Министры встретились в Вене")])
    analyzer.run([make_article("Переговоры продолжатся в среду")])
    assert ends.ends == [2, 3]  # once a batch, after its last article


def test_the_role_steps_let_the_batch_sentences_go():
    from letopis.kb.link import ActorLinker
    from letopis.kb.roles import RoleTagger

    for step in (RoleTagger, ActorLinker):
        tokens = [Token(0, 5, "Посол", "посол", "NOUN"), Token(6, 12, "Франции", "франция", "PROPN")]
        assert phrases.sentence_role_lemmas(tokens) == ["посол", "франция"]
        assert id(tokens) in phrases._SENTENCE_LEMMAS
        step.end_batch(None)  # the cache is the module's: no instance (and no knowledge base) needed
        assert id(tokens) not in phrases._SENTENCE_LEMMAS
        assert phrases.sentence_role_lemmas(tokens) == ["посол", "франция"]  # made again, the same


def test_a_worker_batch_is_released_before_the_collector_runs(monkeypatch):
    monkeypatch.setattr(workers, "_analyzer", Analyzer(steps=[Words(), Ends()]))
    texts = ["Стороны подписали договор о сотрудничестве", "Генсек ООН призвал к перемирию"]
    batch = [make_article(text) for text in texts]
    data = workers._run(batch)
    assert batch == []  # the caller's list no longer holds the analysed articles
    assert gc.isenabled()
    sent = pickle.loads(data)
    assert [article.text for article in sent] == texts
    assert [token.text for token in sent[1].sentences[0].tokens] == texts[1].split()


class Warm:
    """A step that builds a table on first need, or at once when warmed up."""

    calls: list[str] = []

    def __call__(self, doc):
        Warm.calls.append("article")

    def warm_up(self):
        Warm.calls.append("warm up")


def test_a_worker_warms_its_steps_up_after_the_warm_up_article(monkeypatch):
    import signal

    monkeypatch.setattr(workers, "settle_memory", lambda: Warm.calls.append("settled"))
    handler = signal.getsignal(signal.SIGINT)
    try:
        workers._start_worker([f"{__name__}:Warm"])
    finally:
        signal.signal(signal.SIGINT, handler)
    assert Warm.calls == ["article", "warm up", "settled"]  # its tables built before the models are frozen


def test_the_linker_builds_its_indexes_when_warmed_up():
    from letopis.kb.cities import city_country, city_index
    from letopis.kb.known_organisations import loose_index
    from letopis.kb.link import ActorLinker
    from letopis.kb.regions import region_index

    step = ActorLinker()
    loaders = (city_index, loose_index, region_index)
    for loader in loaders:
        loader.cache_clear()
    step.linker._bodies = step.linker._given_names = None
    step.warm_up()
    assert [loader.cache_info().currsize for loader in loaders] == [1, 1, 1]
    assert step.linker._bodies is not None and step.linker._given_names
    assert city_country("Казань") == "RUS" and region_index()  # the same tables as built on first need

import json
import pickle

from letopis.model import Article, Entity, Mention, Quantity


def test_round_trip_of_an_analysed_article_is_lossless(seed):
    data = seed.to_json()
    again = Article.from_json(data)
    assert again == seed
    assert again.to_json() == data


def test_pickle_round_trip_as_workers_send_articles(seed):
    # workers pickle analysed batches to the parent; tokens pickle as positional arguments
    again = pickle.loads(pickle.dumps([seed], protocol=pickle.HIGHEST_PROTOCOL))[0]
    assert again == seed
    assert again.to_json() == seed.to_json()
    token = again.sentences[1].tokens[0]
    assert again.text[token.start:token.stop] == token.text and token.pos and token.lemma


def test_top_level_names_other_tools_read(seed):
    data = json.loads(seed.to_json())
    for name in ("id", "title", "published", "entities", "times", "quantities", "quotes", "events", "schema"):
        assert name in data
    entity = data["entities"][0]
    assert {"type", "name", "mentions"} <= set(entity)
    assert {"start", "stop", "text"} <= set(entity["mentions"][0])
    assert data["published"] == "2021-07-05"


def test_every_span_text_is_the_original_slice(seed):
    for sentence in seed.sentences:
        assert seed.text[sentence.start:sentence.stop] == sentence.text
        for token in sentence.tokens:
            assert seed.text[token.start:token.stop] == token.text
    for entity in seed.entities:
        for mention in entity.mentions:
            assert seed.text[mention.start:mention.stop] == mention.text
    for item in seed.times + seed.quantities + seed.quotes + seed.markers:
        assert seed.text[item.start:item.stop] == item.text


def test_unknown_fields_are_refused():
    import pytest

    with pytest.raises(ValueError, match="unknown fields"):
        Article.from_dict({"id": "x", "text": "", "bogus": 1})


def test_hand_built_records_survive():
    article = Article(id="a", text="Россия", entities=[Entity("e1", "LOC", "Россия", [Mention(0, 6, "Россия")])],
                      quantities=[Quantity(0, 6, "Россия", 1000, ">", "военные")])
    assert Article.from_dict(json.loads(article.to_json())) == article


def test_a_batch_goes_on_past_a_text_it_refuses(analyzer):
    from letopis.pipeline import MAX_TEXT

    texts = ["Новость\nПутин прилетел в Душанбе.", "Москва " * (MAX_TEXT // 7 + 10), "Новость\nРахмон улетел в Москву."]
    articles = list(analyzer.pipe(texts))
    assert len(articles) == 3
    assert articles[0].entities and articles[2].entities
    assert articles[1].warnings and articles[1].warnings[0].startswith("not analysed: ")
    assert not articles[1].sentences


def test_branch_under_finds_the_word_right_under_an_ancestor():
    from letopis.model import branch_under

    # "правительства , недружелюбные к США": США -> недружелюбные -> правительства (root)
    heads = [-1, 0, 0, 4, 2]
    head_of = heads.__getitem__
    assert branch_under(head_of, len(heads), 4, 0) == 2
    assert branch_under(head_of, len(heads), 2, 0) == 2
    assert branch_under(head_of, len(heads), 4, 1) == -1
    assert branch_under(head_of, len(heads), 0, 2) == -1

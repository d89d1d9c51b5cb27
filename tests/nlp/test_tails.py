"""Attribution tails: found on the sentences that end with one, and the reported clause parsed without it."""

import pytest

from letopis.model import Token
from letopis.nlp.tails import graft, tail_start
from letopis.pipeline import make_article

WITH_TAIL = [
    ("Израиль ввёл блокаду Западного берега, сообщил в пятницу представитель армии.", ", сообщил"),
    ("Парламент Литвы отклонил поправку к конституции, говорится в заявлении оппозиции.", ", говорится"),
    ("Полиция разогнала демонстрацию студентов в Анкаре, как передаёт агентство Рейтер.", ", как передаёт"),
    ("Повстанцы обстреляли аэропорт столицы, по словам представителя министерства обороны.", ", по словам"),
    ("Власти Эквадора выслали двух перуанских дипломатов — заявили в МИД Перу.", "— заявили"),
    # a demand or threat closes the sentence as a verb of saying does (data/tail_acts.txt)
    ("Иран должен немедленно освободить заложников, потребовали в четверг Соединенные Штаты.", ", потребовали"),
    ("Северная Корея должна вернуться за стол переговоров, требует Япония.", ", требует"),
    ("Израиль должен прекратить строительство поселений, призвал генеральный секретарь ООН.", ", призвал"),
    ("Армия применит силу против демонстрантов, пригрозил министр обороны Таиланда.", ", пригрозил"),
]
WITHOUT_TAIL = [
    # the verb of saying heads a clause of its own with its content
    "Стив Джобс, глава компании Apple, заявил о своем уходе с поста генерального директора.",
    # a converb, not the reporter
    "Кремль обманул министра финансов, обещая ему пост премьера после выборов.",
    "Индия выслала дипломатов Пакистана, потребовав от Исламабада объяснений.",
    # a relative clause
    "Премьер встретился с Хиллари Клинтон, которая объявила о намерении уйти в отставку.",
    # a tail with no clause before it to parse
    "Мы готовы, сообщил министр.",
    # the reporter's clause is too long to be a tail
    "Армия отступила, сообщил в пятницу вечером на пресс-конференции в столице страны высокопоставленный "
    "представитель министерства обороны этой страны.",
]


def tail_of(analyzer, text):
    article = analyzer.run([make_article(text)])[0]
    (sentence,) = article.sentences
    tokens = sentence.tokens
    start = tail_start(tokens, lambda index: tokens[index].lemma)
    return article, tokens, start


@pytest.mark.parametrize("text, opening", WITH_TAIL)
def test_a_reporting_tail_is_found(analyzer, text, opening):
    article, tokens, start = tail_of(analyzer, text)
    assert start > 0
    assert article.text[tokens[start].start:].startswith(opening)


@pytest.mark.parametrize("text", WITHOUT_TAIL)
def test_no_tail_where_the_verb_of_saying_heads_its_own_clause(analyzer, text):
    assert tail_of(analyzer, text)[2] == -1


@pytest.mark.parametrize("text, opening", WITH_TAIL)
def test_the_reported_clause_is_parsed_on_its_own_and_the_tail_hangs_on_its_root(analyzer, text, opening):
    _, tokens, start = tail_of(analyzer, text)
    clause = range(start)
    # no word of the clause depends on the tail, and the clause has one root
    assert all(tokens[index].head in clause or tokens[index].head == -1 for index in clause)
    roots = [index for index in clause if tokens[index].head == -1]
    assert len(roots) == 1
    # the tail's own head word hangs on that root
    tail_heads = [index for index in range(start, len(tokens)) if tokens[index].head not in range(start, len(tokens))]
    assert tail_heads and all(tokens[index].head == roots[0] for index in tail_heads)


def test_the_reporter_is_still_the_attribution(analyzer):
    text = "Израиль ввёл блокаду Западного берега, сообщил в пятницу представитель армии."
    article = analyzer.run([make_article(text)])[0]
    attributions = {event.attribution for event in article.events}
    assert any(attribution and "представитель армии" in attribution for attribution in attributions)


def test_graft_puts_the_second_parse_on_the_kept_words():
    tokens = [Token(0, 1, "a", pos="NOUN", head=3, rel="nsubj"), Token(2, 3, "b", pos="VERB", head=-1, rel="root"),
              Token(4, 5, ",", pos="PUNCT", head=3, rel="punct"), Token(6, 7, "c", pos="VERB", head=-1, rel="root")]
    graft(tokens, [0, 1], [1, -1], ["nsubj", "root"])
    assert [(token.head, token.rel) for token in tokens] == [
        (1, "nsubj"), (-1, "root"), (3, "punct"), (1, "parataxis"),
    ]

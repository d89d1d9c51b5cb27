"""Asides: a relative clause after the main verb is parsed apart, the rest of the sentence without it."""

import pytest

from letopis.model import Token
from letopis.nlp.asides import relative_asides
from letopis.nlp.tails import graft
from letopis.pipeline import make_article


def parsed(analyzer, text):
    article = analyzer.run([make_article(text)])[0]
    (sentence,) = article.sentences
    return article, sentence.tokens


def head_of(tokens, word):
    (token,) = [token for token in tokens if token.text == word]
    return (tokens[token.head].text if token.head >= 0 else None), token.rel


# the words after the relative clause belong to the main clause: a second parse without the aside reads them so
AFTER_THE_ASIDE = [
    ("Нидерланды во вторник возобновили депортацию курдов, которым было отказано в убежище, в Ирак, "
     "несмотря на протесты.", "Ирак", "депортацию"),
    ("Дания возобновила высылку тамилов, чьи прошения были отклонены, в Шри-Ланку.", "Шри-Ланку", "высылку"),
    ("Швейцария возобновила выдворение тамилов, которым отказали в статусе беженца, в Шри-Ланку, сообщили в Берне.",
     "Шри-Ланку", "выдворение"),
    ("Россия обвинила Украину, которая получает оружие от НАТО, в обстреле Белгорода.", "обстреле", "обвинила"),
    ("Китай осудил Японию, чей премьер посетил храм Ясукуни, в среду, сообщили в МИД КНР.", "среду", "осудил"),
]


def test_the_time_after_the_aside_is_the_main_verbs_oblique(analyzer):
    _, tokens = parsed(analyzer, "Китай осудил Японию, чей премьер посетил храм Ясукуни, в среду, сообщили в МИД КНР.")
    assert head_of(tokens, "среду") == ("осудил", "obl")


@pytest.mark.parametrize("text, word, head", AFTER_THE_ASIDE)
def test_the_words_after_a_relative_clause_hang_in_the_main_clause(analyzer, text, word, head):
    _, tokens = parsed(analyzer, text)
    assert head_of(tokens, word)[0] == head


@pytest.mark.parametrize("text, antecedent, verb", [
    ("Нидерланды во вторник возобновили депортацию курдов, которым было отказано в убежище, в Ирак.", "курдов",
     "отказано"),
    ("Россия обвинила Украину, которая получает оружие от НАТО, в обстреле Белгорода.", "Украину", "получает"),
])
def test_the_relative_clause_hangs_on_its_antecedent(analyzer, text, antecedent, verb):
    _, tokens = parsed(analyzer, text)
    assert head_of(tokens, verb) == (antecedent, "acl:relcl")
    roots = [token for token in tokens if token.head == -1]
    assert len(roots) == 1


def test_a_deportation_reaches_its_destination_across_the_relative_clause(analyzer):
    article, _ = parsed(
        analyzer, "Нидерланды во вторник возобновили депортацию курдов, которым было отказано в убежище, в Ирак, "
        "несмотря на протесты правозащитников."
    )
    assert ("174", "NLDGOV", "IRQGOV") in {(event.cameo, event.source, event.target) for event in article.events}


# a relative clause that runs to the tail or to the end: its own words stay in it, the main clause is parsed alone
LAST_CLAUSE = [
    ("Израиль в пятницу освободил 200 палестинских заключённых, которых задержали во время беспорядков на Западном "
     "берегу, сообщило армейское радио.", "беспорядков", "задержали"),
    ("Вывода миротворцев из зоны конфликта в понедельник потребовали депутаты парламента Грузии, которые обвиняют "
     "российских военных в бездействии во время столкновений, сообщило агентство.", "бездействии", "обвиняют"),
]


@pytest.mark.parametrize("text, word, head", LAST_CLAUSE)
def test_the_words_of_a_last_relative_clause_stay_in_it(analyzer, text, word, head):
    _, tokens = parsed(analyzer, text)
    assert head_of(tokens, word)[0] == head
    assert len(relative_asides(tokens, len(tokens) - 1)) <= 1


def test_the_antecedent_the_first_parse_chose_is_kept_when_it_agrees(analyzer):
    # "послом" and "Китая" both agree with "который": the first parse's choice stands
    _, tokens = parsed(analyzer, "Премьер встретился с послом Китая, который вручил ему приглашение посетить Пекин.")
    (aside,) = relative_asides(tokens, len(tokens) - 1)
    assert tokens[aside.anchor].text == "послом"
    assert head_of(tokens, "вручил") == ("послом", "acl:relcl")


NOT_ASIDES = [
    # the comma after the clause opens a participle phrase of the clause's own noun
    "План созрел в голове Мартина, который отбывает срок за убийство и грабёж, совершённые в 2000 году, в тюрьме.",
    # the comma after the clause is one of a list inside it
    "Группа, которая провела миссии в провинциях Ланао, Магинданао и Котабато, заявила о нарушениях.",
    # no verb between the commas
    "Министр, который, по данным агентства, ушёл в отставку, отказался от комментариев.",
]


@pytest.mark.parametrize("text", NOT_ASIDES)
def test_no_aside_where_the_commas_close_something_else(analyzer, text):
    _, tokens = parsed(analyzer, text)
    end = len(tokens) - 1
    assert relative_asides(tokens, end) == []


def test_an_aside_before_the_main_verb_is_left_in_the_parse(analyzer):
    # measured: between subject and verb the first parse reads the main clause as well (docs: tried and dropped)
    _, tokens = parsed(analyzer, "Правительство Кении, которое давно испытывало давление доноров, в четверг "
                                 "согласилось зарегистрировать оппозиционную партию.")
    assert relative_asides(tokens, len(tokens) - 1) == []


def test_graft_hangs_the_aside_on_its_anchor():
    tokens = [Token(0, 1, "a", pos="NOUN", head=1, rel="nsubj"), Token(2, 3, "b", pos="VERB", head=-1, rel="root"),
              Token(4, 5, "n", pos="NOUN", head=1, rel="obj"), Token(6, 7, ",", pos="PUNCT", head=5, rel="punct"),
              Token(8, 9, "k", pos="PRON", head=5, rel="nsubj"), Token(10, 11, "v", pos="VERB", head=-1, rel="root"),
              Token(12, 13, ",", pos="PUNCT", head=5, rel="punct"), Token(14, 15, "x", pos="NOUN", head=5, rel="obl")]
    # a second parse of a b n x (indices 0, 1, 2, 7): x on b; the aside's verb v on n, its commas on v
    graft(tokens, [0, 1, 2, 7], [1, -1, 1, 1], ["nsubj", "root", "obj", "obl"],
          {5: (2, "acl:relcl"), 3: (5, "punct"), 6: (5, "punct")})
    assert [(token.head, token.rel) for token in tokens] == [
        (1, "nsubj"), (-1, "root"), (1, "obj"), (5, "punct"), (5, "nsubj"), (2, "acl:relcl"), (5, "punct"),
        (1, "obl"),
    ]

"""Criticism and accusation told in a quote of several sentences, whose speaker the frame after its last sentence
names ("«Действия X являются провокацией. ...», — заявил министр"): the quote's speaker criticises, when the
reproach or accusation is the main clause of its sentence and a row of root 11 takes it. Sentences written for these
tests."""

import pytest

pytestmark = pytest.mark.slow


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "«Действия Израиля являются провокацией. Мы будем добиваться созыва Совета Безопасности», — заявил "
            "министр иностранных дел Турции Мевлют Чавушоглу.",
            ("TUR", "ISR"),
        ),
        (
            "«За обстрелом стоит Иран. У нас есть неопровержимые доказательства», — сказал журналистам премьер-министр "
            "Израиля Биньямин Нетаньяху.",
            ("ISR", "IRN"),
        ),
        (
            "«Решение Вашингтона незаконно. Мы обратимся в арбитраж», — заявил министр торговли Китая.",
            ("CHN", "USA"),
        ),
    ],
)
def test_the_speaker_of_a_quote_of_several_sentences_criticises(code, text, pair):
    assert pair in disapprovals(code(text, published="2019-05-15"))


def test_a_reproach_inside_a_clause_of_the_quote_is_no_criticism_of_the_speaker(code):
    text = (
        "«Мы готовы принять журналиста, который рассказал, как его незаконно преследовали спецслужбы Египта. "
        "Решение за ним», — заявил президент Эквадора Рафаэль Корреа."
    )
    assert ("ECU", "EGY") not in disapprovals(code(text, published="2019-05-15"))


def test_a_quote_of_praise_is_no_criticism(code):
    text = "«Переговоры с Японией прошли успешно. Мы довольны итогами», — сказал министр иностранных дел Индии."
    assert not disapprovals(code(text, published="2019-05-15"))

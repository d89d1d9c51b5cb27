import re

from letopis.ingest.clean import clean


def test_noise_is_removed_and_offsets_point_into_the_original():
    original = "Переговоры&nbsp;в&nbsp;Душанбе\r\nМИД  сообщил о пере\xadговорах &laquo;в формате 5+1&raquo;."
    cleaned = clean(original)
    assert cleaned.text == "Переговоры в Душанбе\nМИД сообщил о переговорах «в формате 5+1»."
    for match in re.finditer(r"\w+|«|»", cleaned.text):
        start, stop = cleaned.span(*match.span())
        # the original span holds the same word, with the noise that was inside it
        assert original[start:stop].replace("\xad", "") .replace("&laquo;", "«").replace("&raquo;", "»") == match.group()


def test_trailing_teaser_is_cut_but_a_teaser_word_mid_text_is_kept():
    body = "Текст новости.\n\nЧитайте также: другие новости дня"
    assert clean(body).text == "Текст новости."
    long_tail = "Начало.\nЧитайте также важное.\n" + "Дальше идет длинный текст статьи. " * 40
    assert "Читайте также важное" in clean(long_tail).text


def test_empty_and_whitespace():
    assert clean("").text == ""
    assert clean("  \n\t ").text == ""

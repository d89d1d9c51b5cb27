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


def test_offsets_of_a_text_longer_than_the_offset_table_so_far() -> None:
    from letopis.ingest import clean as module

    length = len(module._naturals(0)) + 1000  # past the table built so far: it grows
    text = ("Москва  &amp; Киев\r\n" * (length // 19 + 1))[:length]
    cleaned = clean(text)
    assert len(module._naturals(0)) > length
    assert len(cleaned.offsets) == len(cleaned.ends) == len(cleaned.text)
    # each clean character maps to the original characters it stands for
    for index in range(0, len(cleaned.text), 997):
        start, stop = cleaned.offsets[index], cleaned.ends[index]
        original = text[start:stop]
        assert original == cleaned.text[index] or original in ("  ", "&amp;", "\r\n")
    assert cleaned.text.startswith("Москва & Киев\nМосква & Киев\n")
    assert list(cleaned.offsets[:7]) == list(range(7)) and list(cleaned.ends[:6]) == list(range(1, 7))

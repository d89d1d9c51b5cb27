""""Мы" / "я" in what a named speaker says is the speaker's side, not the actors the sentence before named.

"Министры ЕС ввели санкции. «Мы продолжим давление на Москву», — заявил Обама": the pressure is Obama's (USA), not
the ministers' (EU); with no speaker named, the pronoun still means the actors last named."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "text, root, source, target",
    [
        (
            "Министры иностранных дел стран ЕС в понедельник договорились о новых санкциях против России.\n\n"
            "«Мы продолжим увеличивать давление на Москву», — заявил президент США Барак Обама.",
            "10",
            "USA",
            "RUS",
        ),
        (
            "Лидеры стран НАТО собрались в Брюсселе на саммит.\n\n"
            "«Мы решительно осуждаем действия Северной Кореи», — сказал премьер-министр Японии.",
            "11",
            "JPN",
            "PRK",
        ),
        (
            "Представители ОБСЕ посетили зону конфликта.\n\n"
            "«Я призываю Армению немедленно прекратить огонь», — заявил глава МИД Турции.",
            "10",
            "TUR",
            "ARM",
        ),
        (
            "Европейский союз продлил санкции против Ирана.\n\n"
            "Как заявил министр иностранных дел Китая, «мы осуждаем односторонние санкции Евросоюза».",
            "11",
            "CHN",
            "IGO",
        ),
    ],
)
def test_we_in_a_quote_is_the_named_speakers_side(code, text, root, source, target):
    found = {d for d in dyads(code(text)) if d[0] == root}
    assert (root, source, target) in found, found
    assert all(s == source for _, s, _ in found), found


def test_we_with_no_speaker_named_means_the_actors_last_named(code):
    text = (
        "Власти Грузии обвинили Россию в провокациях на границе.\n\n"
        "«Мы требуем от Москвы немедленно вывести войска», — говорится в заявлении."
    )
    found = {d for d in dyads(code(text)) if d[0] == "10"}
    assert ("10", "GEO", "RUS") in found, found

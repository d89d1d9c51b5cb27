"""Two empty slots: the people of a speaker's own body named by a possessive ("генерал заявил, что его агенты
схватили ...": the speaker's body), and a dative quantity the parser hung on the object or on the people it counts
("раздали одеяла 30 тысячам афганцев": the verb's dative, counting them)."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Начальник полиции Кении заявил, что его агенты арестовали лидера оппозиции.", ("17", "KEN", "KEN")),
        ("Министр внутренних дел Турции сообщил, что его подчинённые задержали 20 членов РПК.", ("17", "TUR", "TUR")),
        ("Командующий армией Чада сообщил, что его бойцы атаковали позиции суданских повстанцев.",
         ("19", "TCD", "SDN")),
        ("Глава делегации Международного комитета Красного Креста заявил, что его сотрудники раздали продукты "
         "афганским беженцам.", ("07", "NGO", "AFG")),
    ],
)
def test_a_possessed_staff_noun_in_a_speech_is_the_speakers_body(code, sentence, expected):
    assert expected in dyads(code(sentence, "1995-01-01"))


def test_a_possessed_staff_noun_without_a_speaker_names_no_one(code):
    assert not any(source for _, source, _ in dyads(code("Его сотрудники раздали продукты беженцам.", "1995-01-01")))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Глава делегации Международного комитета Красного Креста в Кабуле заявил во вторник, что его сотрудники "
         "раздали пшеницу и одеяла 30 тысячам перемещённых афганцев.", ("07", "NGO", "AFG")),
        ("Власти Турции раздали палатки и продукты сотням сирийских беженцев.", ("07", "TUR", "SYR")),
        ("Япония направила гуманитарную помощь тысячам пострадавших от наводнения жителей Бангладеш.",
         ("07", "JPN", "BGD")),
        ("Всемирная продовольственная программа доставила продовольствие тысячам жителей Сомали.",
         ("07", "IGO", "SOM")),
    ],
)
def test_a_dative_quantity_is_the_verbs_dative_and_counts_the_people(code, sentence, expected):
    assert expected in dyads(code(sentence, "1995-01-01"))

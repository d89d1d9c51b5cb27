"""Session 17, helper "artrecall": (1) the instrumental predicate of a verb of naming that the parser hangs on the
verb's object is the verb's own ("назвал заявления Киева «грубым давлением»"), so a word of blame in it or on it
makes the naming a criticism (111); (2) a telephone call or talks a finite act is told in ("в телефонном разговоре
с X призвал ...") are its setting, not the content of the appeal or demand. Sentences written for these tests."""

import pytest

from letopis.events.syntax import SentenceView
from letopis.pipeline import default_analyzer, make_article
from tests.events.conftest import codes, dyads


def cameos(events):
    return {(cameo, source[:3], (target or "")[:3]) for cameo, source, target in codes(events)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Министр иностранных дел Венгрии назвал заявления Киева «грубым давлением».", ("111", "HUN", "UKR")),
        ("Заявления Киева министр иностранных дел Венгрии называет «грубым давлением».", ("111", "HUN", "UKR")),
        ("Министр обороны Румынии назвал учения российского флота «грубым давлением» на соседей.", ("111", "ROU", "RUS")),
        ("Глава МИД Грузии назвал санкции Москвы «вмешательством во внутренние дела страны».", ("111", "GEO", "RUS")),
    ],
)
def test_a_word_of_blame_in_the_predicate_hung_on_the_object_criticises(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
def test_an_instrumental_the_object_governs_is_no_predicate(code):
    assert not any(cameo.startswith("11") for cameo, _, _ in codes(code(
        "Министр иностранных дел Австрии назвал торговлю оружием важной отраслью."
    )))


@pytest.mark.slow
def test_the_repair_moves_the_predicate_onto_the_verb():
    article = default_analyzer().run([make_article("Министр иностранных дел Бразилии назвал заявления Вашингтона «недопустимым давлением».")])[0]
    sentence = article.sentences[0]
    view = SentenceView(0, sentence, [])
    words = [token.text for token in sentence.tokens]
    verb, predicate = words.index("назвал"), words.index("давлением")
    assert view.head(predicate) == verb and view.rel(predicate) == "xcomp"


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Госсекретарь США в телефонном разговоре с президентом Турции призвал отменить указ.", ("041", "USA", "TUR")),
        (
            "Президент Франции в телефонном разговоре с канцлером Германии потребовал ужесточить санкции.",
            ("041", "FRA", "DEU"),
        ),
        ("В телефонном разговоре с премьером Италии президент Туниса призвал помочь беженцам.", ("041", "TUN", "ITA")),
    ],
)
def test_a_call_an_appeal_or_demand_is_told_in_is_coded(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "В Минске в воскресенье полиция задержала оппозиционного политика. Суд в Минске арестовал его на 15 суток. "
            "Представитель Госдепартамента США потребовал освободить политика.",
            ("10", "USA", "BLR"),
        ),
        (
            "В Кении в понедельник полиция разогнала демонстрацию в Найроби. В Найроби погибли трое демонстрантов. "
            "Верховный комиссар ООН по правам человека потребовала независимого расследования.",
            ("10", "IGO", "KEN"),
        ),
        (
            "В Гвинее военные захватили здание парламента в Конакри. Столкновения в Конакри продолжались всю ночь. "
            "Генеральный секретарь ООН осудил насилие и потребовал провести полное расследование.",
            ("10", "IGO", "GIN"),
        ),
        (
            "В Ташкенте суд приговорил журналиста к десяти годам. Приговор вынесен в Ташкенте в среду. "
            "Министерство иностранных дел Германии требует немедленно отпустить журналиста.",
            ("10", "DEU", "UZB"),
        ),
    ],
)
def test_a_foreign_demand_with_no_addressee_is_made_of_the_story_country(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Накануне тысячи демонстрантов в Бишкеке штурмом взяли здание администрации президента.", ("145", "KGZ", "KGZ")),
        ("Толпа протестующих взяла штурмом здание парламента Грузии.", ("145", "GEO", "GEO")),
        ("В Киргизии манифестанты берут штурмом здания областных администраций.", ("145", "KGZ", "KGZ")),
    ],
)
def test_protesters_storming_a_building_riot(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("В Киеве в четверг неизвестный выстрелил в спину политику.", ("180", "UKR")),
        ("В Минске неустановленный злоумышленник ранил ножом охранника.", ("182", "BLR")),
    ],
)
def test_an_unknown_attackers_unlinked_victim_is_of_the_scene(code, sentence, expected):
    # the unknown attacker has no actor (source None, "---" in the TSV)
    assert expected in {(cameo, (target or "")[:3]) for cameo, source, target in codes(code(sentence)) if not source}


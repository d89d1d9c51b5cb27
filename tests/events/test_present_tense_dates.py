"""A body sentence that tells its act in the present tense with no time of its own ("оппозиция утверждает",
"ведёт переговоры", "требует") reports a claim or a state going on, not an act of the publication day: it gets no
date. A headline's present tells the news of the day ("Британия передаёт хакера США") and keeps the publication
date; a past verb keeps it too (sentences written for these tests)."""

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = "2023-03-15"


def dates(events, root):
    return [event.date for event in events if event.cameo.startswith(root)]


@pytest.mark.parametrize(
    "sentence, root",
    [
        ("Оппозиция Бразилии утверждает, что администрация президента нарушила закон.", "11"),
        ("Министр иностранных дел Израиля ведёт переговоры с администрацией Палестинской автономии.", "04"),
        ("Лидер оппозиции Венесуэлы требует от правительства соблюдать конституцию.", "10"),
        ("Президент Франции обвиняет Россию во вмешательстве в выборы.", "11"),
    ],
)
def test_a_present_act_in_the_body_gets_no_date(code, sentence, root):
    assert dates(code("Новости\n\n" + sentence, published=PUBLISHED), root) == [None]


@pytest.mark.parametrize(
    "text, root",
    [
        ("Президент Франции обвиняет Россию во вмешательстве в выборы\n\nПодробности уточняются.", "11"),
        ("Новости\n\nПрезидент Франции обвинил Россию во вмешательстве в выборы.", "11"),
    ],
)
def test_a_headlines_present_and_a_past_verb_keep_the_publication_date(code, text, root):
    assert dates(code(text, published=PUBLISHED), root) == [PUBLISHED]


@pytest.mark.parametrize(
    "sentence, root",
    [
        ("Журналист находится в больнице, его избили полицейские Египта.", "18"),
        ("Активист находится под стражей, он был задержан полицией Турции.", "17"),
    ],
)
def test_a_past_act_beside_a_present_clause_keeps_the_publication_date(code, sentence, root):
    assert dates(code("Новости\n\n" + sentence, published=PUBLISHED), root) == [PUBLISHED]

"""A speaker's claim that another side is committing an offence (force that wrongs the speaker's country or
defenceless people, support of insurgents or an opposition) is his accusation (112), besides the act he reports;
a violation told "по словам X" is X's accusation too. Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def accusations(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Министр иностранных дел Ирана заявил, что Израиль убивает мирных жителей в Газе.", ("IRN", "ISR")),
        ("Премьер-министр Армении сказал, что Азербайджан обстреливает армянские сёла.", ("ARM", "AZE")),
        ("Азербайджан обстреливает армянские сёла, заявил министр обороны Армении.", ("ARM", "AZE")),
        ("По словам министра обороны Армении, азербайджанские военные обстреливают армянские сёла.", ("ARM", "AZE")),
        ("Лидер оппозиции Зимбабве заявил, что сторонники президента Мугабе избивают оппозиционеров.", ("ZWE", "ZWE")),
        ("Министр иностранных дел Израиля заявил, что Иран вооружает боевиков «Хезболлы».", ("ISR", "IRN")),
        ("Президент Сирии утверждает, что Турция поддерживает террористов.", ("SYR", "TUR")),
        ("Киев утверждает, что Россия поддерживает сепаратистов на востоке Украины.", ("UKR", "RUS")),
        ("По словам Каракаса, США финансируют венесуэльскую оппозицию.", ("VEN", "USA")),
        ("Турция обстреливает сирийские сёла, заявил Дамаск.", ("SYR", "TUR")),
    ],
)
def test_a_claimed_ongoing_offence_is_an_accusation(code, text, dyad):
    assert dyad in accusations(code(text, published="2016-05-10"))


def test_the_act_reported_is_kept_besides_the_accusation(code):
    events = code("Министр иностранных дел Ирана заявил, что Израиль убивает мирных жителей в Газе.", published="2016-05-10")
    assert any(e.cameo.startswith("18") and e.source.startswith("ISR") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # a side's words on its own forces
        "Министр обороны России заявил, что российская авиация уничтожает террористов в Сирии.",
        # an ally's war reported: no wrong to the speaker's country nor to defenceless people
        "Представитель Пентагона заявил, что иракские военные атакуют позиции боевиков в Мосуле.",
        # a done, dated act stays the act reported with its attribution
        "Министр иностранных дел Ирана заявил, что Израиль в понедельник убил пятерых мирных жителей в Газе.",
        # a newspaper reports, it does not accuse
        "Газета «Нью-Йорк таймс» пишет, что Израиль убивает мирных жителей в Газе.",
        # a report of the shelling, no claim
        "Министерство обороны Армении сообщило, что азербайджанские военные обстреливают армянские сёла.",
        # a denial
        "Министр иностранных дел Израиля заявил, что Израиль не убивает мирных жителей в Газе.",
    ],
)
def test_no_accusation_without_a_wronged_side_or_an_adversary(code, text):
    assert not accusations(code(text, published="2016-05-10"))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("По словам министра иностранных дел Ирана, Израиль нарушает международное право.", ("IRN", "ISR")),
        ("По мнению Пекина, Вашингтон нарушил суверенитет Китая.", ("CHN", "USA")),
        ("По словам президента Грузии, Россия вмешивается во внутренние дела страны.", ("GEO", "RUS")),
    ],
)
def test_a_violation_told_as_someones_words_is_his_accusation(code, text, dyad):
    assert dyad in accusations(code(text, published="2016-05-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Россия нарушила договор о ракетах средней дальности.",
        "По словам министра иностранных дел Ирана, Израиль не нарушает международное право.",
    ],
)
def test_no_accusation_of_a_violation_in_the_texts_own_words_or_denied(code, text):
    assert not accusations(code(text, published="2016-05-10"))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Россия вмешивается во внутренние дела Грузии, утверждает президент Грузии.", ("GEO", "RUS")),
        ("Турция обстреливает сирийские сёла, утверждает Дамаск.", ("SYR", "TUR")),
        ("Ответственность за срыв переговоров лежит на России, считает президент Украины.", ("UKR", "RUS")),
    ],
)
def test_a_view_verb_after_the_clause_names_the_accuser(code, text, dyad):
    assert dyad in accusations(code(text, published="2016-05-10"))

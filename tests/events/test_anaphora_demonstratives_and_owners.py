"""A demonstrative standing alone ("но тот отказался") and a person named as the owner of a thing ("счета Маркоса ...
против него") as antecedents (``letopis/events/anaphora.py``), on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # the object of the demand, in the same sentence
        ("США призвали Иран прекратить обогащение урана, однако тот отверг требования Вашингтона.", ("12", "IRN", "USA")),
        # feminine, a state
        ("Правительство Германии призвало Турцию освободить журналиста, но та отвергла призыв Берлина.", ("12", "TUR", "DEU")),
        # plural, a group
        ("Правительство Франции призвало повстанцев Ливии сложить оружие, но те отвергли призыв Парижа.", ("12", "LBY", "FRA")),
        # the sentence before: the one met, not the subject
        ("Министр иностранных дел Франции встретился в Париже с послом Ирана. Тот осудил санкции Евросоюза.",
         ("11", "IRN", "IGO")),
    ],
)
def test_demonstrative_means_the_actor_named_before_that_is_not_the_subject(code, text, expected):
    assert expected in dyads(code(text))


def test_demonstrative_never_means_the_subject_before_it(code):
    events = code(
        "Президент России Владимир Путин встретился с президентом Турции Реджепом Эрдоганом. Тот осудил Израиль."
    )
    assert ("11", "TUR", "ISR") in dyads(events)
    assert ("11", "RUS", "ISR") not in dyads(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Власти Швейцарии заморозили счета Фердинанда Маркоса, а затем арестовали его.", ("17", "CHE", "PHL")),
        (
            "Швейцарская прокуратура, заморозившая банковские счета бывшего президента Филиппин Фердинанда Маркоса, "
            "возбудила против него уголовное дело.",
            ("17", "CHE", "PHL"),
        ),
        ("Полиция Франции провела обыск в квартире президента Габона Али Бонго, а затем задержала его.", ("17", "FRA", "GAB")),
    ],
)
def test_person_named_as_the_owner_of_a_thing_is_a_pronouns_antecedent(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, wrong",
    [
        # the arrest, not the man arrested
        (
            "Российский хакер Роман Селезнев был задержан на Мальдивах агентами США. "
            "Власти России критиковали этот арест, называя его «незаконным похищением».",
            ("11", "RUS", "RUS"),
        ),
        # the report, not the envoy of the sentence before
        ("Посол Великобритании прибыл в Москву. Власти России осудили доклад, назвав его клеветой.", ("11", "RUS", "GBR")),
        # feminine, a coordinated verb: the resolution, not the chancellor
        (
            "Президент Франции встретился с канцлером Германии Ангелой Меркель. "
            "Власти Турции отвергли резолюцию и назвали её ошибкой.",
            ("11", "TUR", "DEU"),
        ),
        # neuter noun, masculine-tagged "его"
        (
            "Министр иностранных дел Ирана Мохаммад Зариф встретился с послом Японии. "
            "Власти Китая осудили решение суда, назвав его незаконным.",
            ("11", "CHN", "IRN"),
        ),
    ],
)
def test_pronoun_object_of_a_converb_means_the_thing_its_verb_is_aimed_at(code, text, wrong):
    assert wrong not in dyads(code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Президент России встретился с президентом Франции. Обе стороны подписали соглашение о сотрудничестве.",
         {("05", "RUS", "FRA"), ("05", "FRA", "RUS")}),
        ("Министр иностранных дел Индии провел переговоры с министром иностранных дел Пакистана. "
         "Обе стороны договорились возобновить торговлю.", {("03", "IND", "PAK"), ("03", "PAK", "IND")}),
        ("Премьер-министр Японии встретился с президентом Южной Кореи. "
         "Две стороны подписали соглашение об обмене разведданными.", {("05", "JPN", "KOR"), ("05", "KOR", "JPN")}),
    ],
)
def test_counted_parties_are_the_two_actors_just_named(code, text, expected):
    # "обе стороны": the tagger reads the counted noun as a genitive singular
    assert dyads(code(text)) & expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Министры иностранных дел России и Китая встретились в Пекине. Каждый из них осудил санкции США.",
         {("11", "RUS", "USA"), ("11", "CHN", "USA")}),
        ("Лидеры оппозиции Венесуэлы прибыли в Вашингтон. "
         "Большинство из них обвинили правительство Мадуро в фальсификации выборов.", {("11", "VEN", "VEN")}),
    ],
)
def test_a_part_of_them_is_of_the_actors_the_pronoun_means(code, text, expected):
    found = dyads(code(text))
    assert expected <= found


def test_one_of_two_sides_is_neither(code):
    events = code("Президенты России и Украины выступили на саммите. Один из них осудил НАТО.")
    assert not any(e.cameo.startswith("11") for e in events)


def test_a_part_of_them_as_the_target_of_a_passive(code):
    events = code("Полиция Франции задержала трех граждан Алжира. Двое из них были высланы из страны.")
    assert any(e.cameo == "174" and e.source[:3] == "FRA" and (e.target or "")[:3] == "DZA" for e in events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("США потребовали от Ирана прекратить обогащение урана, однако Иран отказался.", ("12", "IRN", "USA")),
        # an appeal, the refusing side a plural demonstrative
        ("Правительство Франции призвало повстанцев Ливии сложить оружие, но те отказались.", ("12", "LBY", "FRA")),
        # the refusing side named by a role phrase of its own
        ("Китай потребовал от Японии извиниться, однако японское правительство отказалось.", ("12", "JPN", "CHN")),
    ],
)
def test_refusal_after_a_demand_is_aimed_at_whoever_asked(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("США потребовали от Ирана прекратить обогащение урана. Иран отказался.", ("12", "IRN", "USA")),
        ("Правительство Франции призвало повстанцев Ливии сложить оружие. Однако те отказались.", ("12", "LBY", "FRA")),
        ("Китай потребовал от Японии извиниться за визит премьер-министра в храм Ясукуни. "
         "Японское правительство отказалось.", ("12", "JPN", "CHN")),
    ],
)
def test_bare_refusal_answers_the_demand_of_the_sentence_before(code, text, expected):
    assert expected in dyads(code(text))


def test_bare_refusal_answers_no_demand_made_of_another_country(code):
    events = code("США потребовали от Ирана прекратить обогащение урана. Сирия отказалась.")
    assert not any(e.cameo.startswith("12") and e.source.startswith("SYR") for e in events)

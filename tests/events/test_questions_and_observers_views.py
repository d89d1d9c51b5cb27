"""Acts that a text asks about or that an observer believes or expects are not news: a direct question ("— Ожидается
ли визит ...?") codes nothing (``SentenceCoder.asks``), and an act an expert, analyst or political scientist tells as
his view or forecast is no event (``Qualifiers.observers_view``, word classes ``belief`` and ``bystander``), while a
party's own words and an observer's report of a past act still are. Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "— Правда ли, что Анкара отказалась от покупки российских зенитных комплексов?",
        "— Ожидается ли визит канцлера Германии Олафа Шольца в Китай?",
        "— Почему Вашингтон ввел санкции против Никарагуа?",
        "Лавров спросил: «Когда Вашингтон снимет санкции с Кубы?»",
    ],
)
def test_direct_question_codes_nothing(code, text):
    assert dyads(code(text)) == set()


def test_answer_after_question_is_still_coded(code):
    text = "— Ожидается ли визит канцлера Германии в Китай? — Да, канцлер Германии Олаф Шольц посетил Китай в апреле."
    assert ("04", "DEU", "CHN") in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Политолог Иван Петров полагает, что Пекин будет и дальше наращивать давление на Тайвань, предлагая Маниле "
        "экономические стимулы.",
        "Эксперты считают, что Китай введет пошлины против Австралии.",
        "Аналитики ожидают, что Саудовская Аравия предложит Египту новый кредит.",
        "По мнению экспертов, Турция проведет переговоры с Сирией в ближайшие месяцы.",
        "Опрошенные агентством эксперты говорят, что Вашингтон направит Киеву новый пакет военной помощи.",
        "Саудовская Аравия предложит Египту новый кредит, считают аналитики.",
        # the respondents of a poll, also a share of them
        "Почти половина участников опроса уверены, что Япония будет и дальше поддерживать Филиппины в споре с Китаем.",
        "Большинство респондентов считают, что Турция введет санкции против Израиля.",
        "73% опрошенных полагают, что Германия направит Украине новые танки.",
    ],
)
def test_observers_view_or_forecast_is_no_event(code, text):
    assert dyads(code(text)) == set()


@pytest.mark.parametrize(
    "text, dyad",
    [
        # a party's own words of an act to come: its intent
        ("Глава МИД Турции заявил, что Анкара направит гуманитарную помощь Сирии.", ("03", "TUR", "SYR")),
        # an observer's report of a past act: still news
        ("Журналист сообщил, что полиция Франции задержала трех граждан Алжира.", ("17", "FRA", "DZA")),
        # the view is about what an act in the subject means: the act is told as done
        ("Визит президента Франции в Алжир поможет улучшить отношения двух стран, считают эксперты.",
         ("04", "FRA", "DZA")),
    ],
)
def test_party_words_and_reported_acts_stay(code, text, dyad):
    assert dyad in dyads(code(text))

"""A criticism an act or a word provokes ("решение вызвало критику со стороны ЕС", "слова навлекли на него
осуждение Китая", "визит встретил возмущение Пекина") is the critic's criticism of the act's agent, on sentences
written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def criticisms(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        ("Решение Израиля о строительстве поселений вызвало резкую критику со стороны Евросоюза.", {("IGO", "ISR")}),
        ("Действия Турции в Сирии вызвали возмущение Франции.", {("FRA", "TUR")}),
        ("Высказывания президента Венесуэлы Уго Чавеса вызывают критику Вашингтона.", {("USA", "VEN")}),
        ("Слова министра обороны Японии навлекли на него критику со стороны Китая.", {("CHN", "JPN")}),
        ("Визит премьер-министра Японии в храм Ясукуни встретил осуждение Пекина и Сеула.", {("CHN", "JPN"), ("KOR", "JPN")}),
        (
            "Северная Корея провела ядерное испытание. Испытание вызвало осуждение Японии и Южной Кореи.",
            {("JPN", "PRK"), ("KOR", "PRK")},
        ),
        (
            "Заявление Госдепартамента США, по сообщению агентства, спровоцировало негодование российского МИДа.",
            {("RUS", "USA")},
        ),
    ],
)
def test_a_provoked_criticism_is_aimed_at_the_agent(code, text, dyads):
    assert dyads <= criticisms(code(text, published="2015-05-10"))


def test_a_criticism_provoked_with_no_critic_named_codes_nothing(code):
    assert not criticisms(code("Закон о митингах вызвал критику.", published="2015-05-10"))

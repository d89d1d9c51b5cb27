"""Disagreement told with "не согласен / не согласился с": with a party's act it disapproves of the act's agent (111),
with a proposal or a demand put to the speaker it rejects it (120); agreeing, and disagreeing with a stand or a plan
(a difference of views), are neither. A denied involvement ("отверг причастность Москвы") rejects no one. Sentences
written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Президент Франции заявил, что не согласен с односторонними действиями Анкары в регионе.", ("11", "FRA", "TUR")),
        ("Министр иностранных дел Германии не согласился с решением Вашингтона выйти из договора.", ("11", "DEU", "USA")),
        ("Министр иностранных дел Судана заявил, что суданская сторона не согласна с предложением Аддис-Абебы.",
         ("12", "SDN", "ETH")),
        ("Глава МИД Эстонии заявил, что Таллин не согласен с требованием Москвы вернуть памятник.", ("12", "EST", "RUS")),
    ],
)
def test_disagreeing_with_an_act_or_a_proposal(code, text, dyad):
    assert dyad in dyads(code(text, published="2019-05-15"))


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Японии заявил, что согласен с позицией Вашингтона.",
        "Министр иностранных дел Казахстана заявил, что не согласен с позицией Москвы по этому вопросу.",
        "Источник в МИД Узбекистана пояснил, что республика не согласна с планами Китая по строительству дороги.",
    ],
)
def test_agreeing_or_differing_in_views_is_no_disapproval(code, text):
    assert not {dyad for dyad in dyads(code(text, published="2019-05-15")) if dyad[0] in ("11", "12")}


def test_a_denied_involvement_rejects_no_one(code):
    text = "Пресс-секретарь президента России отверг причастность Москвы к кризису на границе."
    assert not {dyad for dyad in dyads(code(text, published="2019-05-15")) if dyad[0] == "12"}

"""What a party is a supporter or opponent of is its standing position, not an act of it (``states.tsv``: "*
head=противник,сторонник"); a ministry named with its portfolio and country in lower case mid-sentence ("министерство
финансов США") is that country's government (kb ``role_nouns.tsv``), not the ministry of the country the sentence
names elsewhere. Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Кроме того, Россия в Совете Безопасности остается главным противником признания независимости Абхазии.",
        "Венгрия остается последовательным сторонником признания Косова.",
        "Пекин остается противником расширения санкций против Ирана.",
    ],
)
def test_act_a_party_supports_or_opposes_is_no_event(code, text):
    assert dyads(code(text)) == set()


def test_what_a_choice_favours_is_not_done(code):
    found = dyads(code("Президент отказался от соглашения с ЕС в пользу укрепления связей с Россией."))
    assert not [dyad for dyad in found if dyad[0] == "05"]


def test_recognition_itself_is_still_an_event(code):
    assert ("05", "HUN", "XKX") in dyads(code("Венгрия признала независимость Косова."))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Санкции против Ирана не сработали. В понедельник министерство финансов США ввело санкции против пяти "
         "иранских компаний, которые помогали Тегерану.", ("16", "USA", "IRN")),
        ("Власти Венесуэлы протестуют. Во вторник министерство юстиции США предъявило обвинения двум венесуэльским "
         "генералам.", ("11", "USA", "VEN")),
    ],
)
def test_ministry_with_portfolio_and_country_is_that_country(code, text, dyad):
    found = dyads(code(text))
    assert dyad in found
    assert (dyad[0], dyad[2], dyad[2]) not in found

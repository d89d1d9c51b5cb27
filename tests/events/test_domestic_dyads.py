"""Domestic dyads: a protest whose row lets it name no target is aimed at the protesters' own state, or at the one
other state its sentence names (not one named inside its demand); a people noun placed by a city NER left inflected
("в тюрьме Диярбакыра") takes that city's country; a state's vehicles and buildings ("правительственный вертолёт",
"армейский самолёт") are that state's, as its convoys and posts are; "западные дипломаты", "иностранные журналисты"
take no country from their context."""

import pytest

from letopis.kb.link import location_names
from letopis.model import Entity
from letopis.pipeline import make_article
from tests.events.conftest import dyads

TARGETLESS_PROTESTS = [
    ("Забастовка шахтёров в чилийском городе Антофагаста продолжается третью неделю.", ("14", "CHL", "CHL")),
    ("Акция протеста учителей в Лиме переросла в столкновения с полицией.", ("14", "PER", "PER")),
    ("Сидячая забастовка врачей в Буэнос-Айресе началась в понедельник.", ("14", "ARG", "ARG")),
]

INFLECTED_CITY = [
    ("Голодовку, объявленную заключёнными в тюрьме Диярбакыра в знак протеста против действий охраны, поддержали "
     "их родственники.", ("14", "TUR", "TUR")),
]

STATE_PROPERTY = [
    ("Боевики обстреляли правительственный конвой в провинции Нангархар.", ("19", "AFG", "AFG")),
    ("Правительственный самолёт был сбит повстанцами над провинцией Кунар.", ("19", "AFG", "AFG")),
    ("Мятежники захватили правительственные здания в городе Кидаль на севере Мали.", ("17", "MLI", "MLI")),
]


def test_location_names_add_the_lemma_of_one_inflected_word():
    assert "диярбакыр" in location_names(Entity(id="e1", type="LOC", name="Диярбакыра"))
    assert location_names(Entity(id="e2", type="LOC", name="Нью-Йорк")) == ["Нью-Йорк"]


PROTEST_IN_ANOTHER_STATE = [
    ("Палестинские заключённые в израильских тюрьмах объявили голодовку.", ("14", "PSE", "ISR")),
    ("Голодовку объявили сотни палестинских заключённых, содержащихся в израильских тюрьмах.", ("14", "PSE", "ISR")),
    ("Иракские беженцы в лагере на территории Иордании объявили голодовку.", ("14", "IRQ", "JOR")),
]


FOREIGNERS = [
    "Иностранные журналисты покинули столицу вместе с западными дипломатами.",
    "Западные дипломаты в Каире выразили обеспокоенность арестами.",
    "Зарубежные дипломаты посетили лагерь беженцев под Кабулом.",
]


@pytest.mark.parametrize("text", FOREIGNERS)
def test_foreigners_of_no_country_take_none_from_context(analyzer, text):
    article = analyzer.run([make_article(text, published="2010-05-05")])[0]
    guessed = [entity for entity in article.entities if entity.name.lower().startswith(("дипломат", "журналист"))]
    assert all(entity.actor is None or not entity.actor.code for entity in guessed)


def test_strike_reported_by_foreign_diplomats_stays_at_home(code):
    text = "Студенты и рабочие Рангуна объявили всеобщую забастовку, сообщили западные дипломаты."
    assert ("14", "MMR", "MMR") in dyads(code(text, published="1988-08-08"))


DEMANDS_OF_THE_OWN_STATE = [
    "В столице Иордании Аммане прошли многочисленные демонстрации с требованиями разорвать мирный договор с Израилем.",
    "Тысячи иорданцев вышли на демонстрацию в Аммане, требуя разорвать договор с Израилем.",
]


@pytest.mark.parametrize("text", DEMANDS_OF_THE_OWN_STATE)
def test_a_state_named_inside_the_demand_is_not_the_protests_target(code, text):
    found = dyads(code(text, published="2010-05-05"))
    assert ("14", "JOR", "JOR") in found and ("14", "JOR", "ISR") not in found


# a protest naming no target is against its own state, or against the one other state its sentence names; people
# placed by an inflected city; a state's vehicles and buildings
@pytest.mark.parametrize("text, dyad", TARGETLESS_PROTESTS + INFLECTED_CITY + STATE_PROPERTY + PROTEST_IN_ANOTHER_STATE)
def test_domestic_dyad(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


SYMBOLS = [
    ("Иран отметил годовщину исламской революции. Студенты сожгли израильский флаг во время митинга.",
     ("14", "IRN", "ISR")),
    ("Мексика отмечает День независимости. Протестующие сожгли американский флаг у здания конгресса.",
     ("14", "MEX", "USA")),
    ("В Пакистане прошли антиамериканские митинги. Демонстранты сжигали чучела и звёздно-полосатые флаги, "
     "а студенты растоптали американский флажок.", ("14", "PAK", "USA")),
]


@pytest.mark.parametrize("text, dyad", SYMBOLS)
def test_a_flags_country_is_not_the_protesters(code, text, dyad):
    found = dyads(code(text, published="2010-05-05"))
    assert dyad in found and (dyad[0], dyad[2], dyad[2]) not in found

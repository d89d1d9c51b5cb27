"""A demand made at home whose demanded act is no event word of its own is aimed at the public office the act names
("потребовал проверить депутатов", "требует наказать губернатора"): the own-country filter of
``ContentRules.infinitive_object`` keeps out only private people of the demander's country ("потребовал освободить
французских журналистов" is made to whoever holds them). Sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, event",
    [
        ("Лидер КПРФ Геннадий Зюганов потребовал проверить депутатов от «Единой России».", ("100", "RUSOPP", "RUSLEG")),
        ("Лидер КПРФ Геннадий Зюганов потребовал проверить депутатов Госдумы.", ("100", "RUSOPP", "RUSLEG")),
        ("Глава ЛДПР Владимир Жириновский требует наказать губернатора Приморья.", ("100", "RUS", "RUSGOV")),
        ("Парламент Грузии потребовал проверить министров правительства Грузии.", ("100", "GEOLEG", "GEOGOV")),
    ],
)
def test_demand_at_home_is_aimed_at_the_office_its_act_names(code, text, event):
    assert event in codes(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Президент Франции Эмманюэль Макрон потребовал освободить французских журналистов.",
        "Глава ЛДПР Владимир Жириновский потребовал освободить российских журналистов.",
    ],
)
def test_own_private_people_to_be_freed_are_no_target(code, text):
    assert not any(root == "10" for root, _, _ in dyads(code(text)))

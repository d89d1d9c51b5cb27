"""A pronoun after a sentence whose actor is a person named in the genitive of a thing ("Гибель Каддафи",
"отставка Тимошенко"): the name, not the noun of the thing, gives the gender the pronoun agrees with
(``letopis/events/anaphora.py``).  Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_masculine_pronoun_after_a_feminine_noun_of_his_death(code):
    events = code(
        "Гибель Каддафи официально подтверждена. Как сообщается, он был убит бойцом Переходного национального совета."
    )
    assert ("18", "LBY", "LBY") in dyads(events)


def test_feminine_pronoun_after_her_resignation(code):
    events = code(
        "Отставка Юлии Тимошенко стала неожиданностью. Позднее она была арестована украинской полицией."
    )
    assert ("17", "UKR", "UKR") in dyads(events)


def test_masculine_pronoun_after_a_feminine_noun_of_his_arrest_active_voice(code):
    events = code(
        "Поимка Саддама Хусейна стала главной новостью дня. Американские военные задержали его под Тикритом."
    )
    assert ("17", "USA", "IRQ") in dyads(events)


def test_masculine_pronoun_after_a_feminine_noun_as_a_subject(code):
    events = code(
        "Отставка Нетаньяху не состоялась. Через неделю он обвинил Иран в подготовке терактов."
    )
    assert ("11", "ISR", "IRN") in dyads(events)


def test_feminine_pronoun_after_a_masculine_noun_of_her_visit(code):
    events = code(
        "Визит Юлии Тимошенко в Брюссель завершился. Вскоре она была задержана украинской полицией."
    )
    assert ("17", "UKR", "UKR") in dyads(events)

"""Round 2 (eventnouns): targets reached through event nouns and converbs in wire sentences written for these
tests: the agent of a condemned act, sanctions under a nominalised support verb, a converb that elaborates the
act it depends on."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, agent, victim",
    [
        ("Советский Союз выступил в пятницу с резким осуждением американских бомбардировок Ливии.", "USA", "LBY"),
        ("Иран резко осудил бомбардировки Ирака американской авиацией, говорится в заявлении МИД.", "USA", "IRQ"),
        ("Правительство Ирака осудило обстрел Багдада со стороны иранской артиллерии.", "IRN", "IRQ"),
    ],
)
def test_condemning_an_act_is_aimed_at_its_agent(code, text, agent, victim):
    found = {(root, target) for root, _, target in dyads(code(text))}
    assert ("11", agent) in found
    assert ("11", victim) not in found


def test_condemned_act_with_no_agent_keeps_its_target(code):
    events = code("Египет в понедельник осудил нападение на израильских туристов в Синае.")
    assert ("11", "EGY", "ISR") in dyads(events)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Сенат США в четверг проголосовал за введение экономических санкций против Бирмы.", ("16", "USA", "MMR")),
        ("Парламент Японии принял закон о введении санкций против Северной Кореи.", ("16", "JPN", "PRK")),
        (
            "Совет Безопасности ООН единогласно проголосовал за продление санкций против Ирака, сообщили дипломаты.",
            ("16", "IGO", "IRQ"),
        ),
    ],
)
def test_sanctions_under_a_nominalised_support_verb(code, text, dyad):
    assert dyad in dyads(code(text))


def test_opposing_sanctions_imposes_none(code):
    events = code("Россия выступила против введения санкций против Ирана.")
    assert ("16", "RUS", "IRN") not in dyads(events)


def test_converb_elaborating_sanctions_takes_their_target(code):
    events = code(
        "Соединенные Штаты в среду ужесточили санкции против Кубы, запретив большинство денежных переводов."
    )
    found = dyads(events)
    assert ("17", "USA", "CUB") in found or ("16", "USA", "CUB") in found
    assert not any(source == target == "USA" for _, source, target in found)


def test_converb_of_a_home_measure_stays_at_home(code):
    events = code("Власти Египта ввели комендантский час в Каире, запретив любые собрания.")
    assert ("17", "EGY", "EGY") in dyads(events)


def test_car_blown_up_next_to_a_convoy_is_aimed_at_its_country(code):
    events = code(
        "Боевик ХАМАС во вторник взорвал автомобиль рядом с израильской военной колонной в секторе Газа, ранив "
        "шесть солдат, сообщили израильские военные."
    )
    assert ("18", "PSE", "ISR") in dyads(events)
    assert ("18", "PSE", "PSE") not in dyads(events)


def test_car_blown_up_next_to_nobody_named_is_no_attack(code):
    events = code("Полиция взорвала подозрительную машину рядом с вокзалом.")
    assert not any(root == "18" for root, _, _ in dyads(events))

"""A demand, threat or accusation that closes a wire sentence with its speaker ("Иран должен освободить заложников,
потребовали США") governs the clause before it, as "США потребовали, чтобы Иран ..." does: the speaker is the
source, the clause's subject the target (``repairs.repair_closing_demands``). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Иран должен немедленно освободить заложников, потребовали в четверг Соединенные Штаты.", ("10", "USA", "IRN")),
        ("Пакистан обязан выдать боевиков, потребовал премьер-министр Индии.", ("10", "IND", "PAK")),
        ("Северная Корея должна вернуться за стол переговоров, требует Япония.", ("10", "JPN", "PRK")),
        ("Япония должна извиниться за военные преступления, настаивает Китай.", ("10", "CHN", "JPN")),
        ("Китай должен прекратить давление на Тайвань, потребовал госсекретарь США.", ("10", "USA", "CHN")),
    ],
)
def test_closing_demand_is_made_by_its_speaker_to_the_clause_subject(code, text, dyad):
    found = dyads(code(text))
    assert dyad in found
    assert (dyad[0], dyad[2], dyad[1]) not in found


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Москва вмешивается во внутренние дела Молдавии, обвинил президент Молдавии.", ("11", "MDA", "RUS")),
        ("Киев нарушает минские договоренности, обвиняют в Кремле.", ("11", "RUS", "UKR")),
        ("Сирия нарушила соглашение о прекращении огня, утверждают в Турции.", ("11", "TUR", "SYR")),
    ],
)
def test_closing_accusation_is_aimed_at_the_clause_subject(code, text, dyad):
    assert dyad in dyads(code(text))


def test_second_act_joined_by_and_is_no_closing_demand(code):
    events = code("Индия выслала дипломатов Пакистана и потребовала от Исламабада извинений.")
    assert ("10", "PAK", "IND") not in dyads(events)
    assert ("10", "IND", "PAK") in dyads(events)


def test_demand_with_its_own_content_is_left_alone(code):
    events = code("Сирия отвела войска, потребовала Турция, чтобы курдские отряды покинули границу.")
    assert ("10", "TUR", "SYR") not in dyads(events)


@pytest.mark.parametrize(
    "text, dyad",
    [
        (
            "Россия может нанести ракетный удар по Польше, если там будут размещены американские ракеты, заявил "
            "начальник Генштаба России.",
            ("13", "RUS", "POL"),
        ),
        ("США могут применить военную силу против Ирана, сообщил министр обороны США.", ("13", "USA", "IRN")),
        ("Израиль может атаковать ядерные объекты Ирана, заявил премьер-министр Израиля.", ("13", "ISR", "IRN")),
        ("Китай может ввести санкции против американских компаний, заявил представитель МИД КНР.", ("13", "CHN", "USA")),
    ],
)
def test_force_a_side_may_use_is_a_threat_when_its_own_speaker_closes_the_sentence(code, text, dyad):
    assert dyad in dyads(code(text))


def test_force_another_side_may_use_stays_a_supposition(code):
    events = code("Россия может нанести ракетный удар по Польше, заявил министр обороны Польши.")
    assert ("13", "RUS", "POL") not in dyads(events)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Азербайджан нарушил режим прекращения огня, заявил министр обороны Армении.", ("11", "ARM", "AZE")),
        ("Израиль грубо нарушает резолюции Совета Безопасности ООН, заявляет правительство Сирии.", ("11", "SYR", "ISR")),
        (
            "Северная Корея нарушила договоренности о замораживании ядерной программы, настаивают в Вашингтоне.",
            ("11", "USA", "PRK"),
        ),
        ("Как заявил министр иностранных дел Японии, Китай нарушил воздушное пространство страны.", ("11", "JPN", "CHN")),
    ],
)
def test_violation_told_by_a_framing_verb_of_saying_is_an_accusation(code, text, dyad):
    assert dyad in dyads(code(text))


def test_violation_denied_in_the_frame_is_no_accusation(code):
    events = code("Азербайджан не нарушал режим прекращения огня, заявил министр обороны Азербайджана.")
    assert not any(root == "11" for root, _, _ in dyads(events))


def test_framed_act_keeps_its_own_actors(code):
    events = code("Как утверждают в Баку, армянские военные обстреляли азербайджанские села.")
    assert ("19", "ARM", "AZE") in dyads(events)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Украина должна выполнить минские соглашения, требуют в МИД России.", ("10", "RUS", "UKR")),
        ("Япония должна извиниться за военные преступления, потребовали в МИД КНР.", ("10", "CHN", "JPN")),
    ],
)
def test_body_named_by_an_undeclined_abbreviation_speaks(code, text, dyad):
    # "в МИД" is tagged accusative as often as locative: the abbreviation does not decline
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(
    "text, sources, target",
    [
        ("Иран должен освободить заложников, потребовали США.", {"USA"}, "IRN"),
        ("Сирия должна вывести войска из Ливана, требуют США и Франция.", {"USA", "FRA"}, "SYR"),
    ],
)
def test_undeclined_name_closing_the_frame_is_its_speaker_not_its_object(code, text, sources, target):
    found = dyads(code(text))
    assert {("10", source, target) for source in sources} <= found
    assert not any(dyad[1] == target for dyad in found)

"""Full codes (the strict score): the sub-code a reaction, a restriction or a killing takes, and the role of the
state whose act an argument names. Texts written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def full(events, root):
    """(cameo, source, target) of the events of ``root`` that happened."""
    return {(e.cameo, e.source, e.target) for e in events if not e.negated and e.cameo.startswith(root)}


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Министр иностранных дел Франции выразил разочарование решением Вашингтона.", "FRAGOV", "USAGOV"),
        ("Премьер-министр Японии выразил сожаление в связи с решением Пекина.", "JPNGOV", "CHNGOV"),
        ("Канцлер Австрии выразила неодобрение позиции Будапешта.", "AUTGOV", "HUNGOV"),
        ("Решением Пекина глубокое разочарование выразил глава МИД Индии.", "INDGOV", "CHNGOV"),
    ],
)
def test_regret_and_disappointment_at_an_act_criticise_its_agent(code, text, source, target):
    assert ("111", source, target) in full(code(text), "11")


def test_a_passive_disappointment_is_criticism_too(code):
    events = code("Посол заявил, что Лондон глубоко разочарован отказом Москвы.")
    assert any(e.cameo == "111" and e.source[:3] == "GBR" and (e.target or "")[:3] == "RUS" for e in events)


def test_an_objection_stays_the_unspecified_disapproval(code):
    events = code("Глава МИД Венгрии возразил против расширения санкций, предложенного Брюсселем.")
    assert all(e.cameo != "111" for e in events if e.cameo.startswith("11"))


@pytest.mark.parametrize(
    "text, cameo, source, target",
    [
        ("Президент Киргизии ввёл комендантский час в Оше.", "1723", "KGZGOV", "KGZCVL"),
        ("В Ереване введено чрезвычайное положение.", "1724", "ARMGOV", "ARMCVL"),
        ("Власти Таиланда объявили чрезвычайное положение в стране.", "1724", "THAGOV", "THACVL"),
        ("Правительство Эквадора ввело в Кито режим чрезвычайного положения.", "1724", "ECUGOV", "ECUCVL"),
    ],
)
def test_a_curfew_or_an_emergency_falls_on_the_places_people(code, text, cameo, source, target):
    assert (cameo, source, target) in full(code(text), "17")


@pytest.mark.parametrize(
    "text, target",
    [
        ("В Дагестане неизвестные убили трёх полицейских.", "RUSCOP"),
        ("В Техасе мужчина застрелил пятерых прохожих.", "USACVL"),
        ("В Чикаго были застрелены двое прохожих.", "USACVL"),
        ("В Кабуле боевики убили трёх солдат.", "AFGMIL"),
    ],
)
def test_killing_forces_or_unnamed_people_is_a_killing_by_assault(code, text, target):
    found = full(code(text), "18")
    assert any(cameo == "1823" and found_target == target for cameo, _, found_target in found)
    assert not any(cameo == "186" for cameo, _, _ in found)


@pytest.mark.parametrize(
    "text, target",
    [
        ("В Москве убит депутат Госдумы Иван Петров.", "RUSLEG"),
        ("Убит глава администрации Кизляра.", "RUSGOV"),
    ],
)
def test_killing_a_public_figure_stays_an_assassination(code, text, target):
    assert any(cameo == "186" and found_target == target for cameo, _, found_target in full(code(text), "18"))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Глава МИД России подверг критике действия Франции в Мали.", "RUSGOV", "FRAGOV"),
        ("Президент Польши осудил решение Берлина о закрытии границы.", "POLGOV", "DEUGOV"),
        ("Министр иностранных дел Франции выразил разочарование решением Вашингтона.", "FRAGOV", "USAGOV"),
    ],
)
def test_the_state_whose_act_is_condemned_acts_through_its_government(code, text, source, target):
    assert any(e.source == source and e.target == target for e in code(text) if e.cameo.startswith("11"))


@pytest.mark.parametrize(
    "text, target",
    [
        ("Полиция задержала оппозиционного политика Андрея Смирнова.", "RUSOPP"),
        ("Полиция задержала оппозиционных активистов.", "RUSOPP"),
        ("В Минске задержаны активисты оппозиции.", "BLROPP"),
        ("Силовики задержали нескольких оппозиционных лидеров в Ереване.", "ARMOPP"),
    ],
)
def test_a_person_of_the_opposition_is_opp(code, text, target):
    assert any(e.cameo == "173" and e.target == target for e in code(text))


def test_an_opposition_politician_acting_is_opp(code):
    events = code("Оппозиционный политик Андрей Смирнов раскритиковал решение правительства.")
    assert any(e.cameo.startswith("11") and e.source == "RUSOPP" for e in events)


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Во вторник сирийские боевые самолёты выпустили ракеты по районам Ливана.", "SYRMIL", "LBN"),
        ("Турецкие ВВС сбили российский бомбардировщик у сирийской границы.", "TURMIL", None),
        ("Израильские истребители нанесли удары по сектору Газа.", None, "PSE"),
        ("Российские военные самолеты нанесли удар по позициям боевиков в Идлибе.", "RUSMIL", "SYRINS"),
    ],
)
def test_force_an_air_force_or_its_aircraft_uses_is_aerial_weapons(code, text, source, target):
    events = [e for e in code(text) if e.cameo.startswith("19")]
    assert any(
        e.cameo == "195" and (source is None or e.source == source) and (target is None or e.target == target)
        for e in events
    )


def test_force_of_an_army_stays_conventional(code):
    events = code("Израильская армия нанесла удары по сектору Газа.")
    assert any(e.cameo == "190" and e.source == "ISRMIL" for e in events)


@pytest.mark.parametrize(
    "text, published, source",
    [
        ("Лидер оппозиции Виталий Кличко обвинил Януковича в предательстве.", "2013-12-05", "UKROPP"),
        ("Лидеры оппозиции Виталий Кличко и Арсений Яценюк обвинили Януковича в предательстве.", "2013-12-05", "UKROPP"),
        ("Лидер оппозиции Раила Одинга раскритиковал решение правительства Кении.", "2008-01-15", "KENOPP"),
        ("Украинский оппозиционный политик Виталий Кличко раскритиковал решение Киева.", "2008-01-15", "UKROPP"),
    ],
)
def test_a_known_person_with_no_office_on_the_date_takes_the_role_the_text_gives_him(code, text, published, source):
    assert any(e.cameo.startswith("11") and e.source == source for e in code(text, published=published))

"""A demand or an appeal with no addressee, asking to undo an act told before on the same object ("потребовал
освободить оппозиционера" after "суд приговорил оппозиционера", "призвал снять блокаду" after "ввела блокаду"), is
aimed at that act's agents (undone_acts.tsv); an investigation demanded is aimed at the agents of the act it is
about. On texts written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def dyads(events, *roots):
    return {
        (e.source[:3], (e.target or "---")[:3])
        for e in events
        if not e.negated and e.cameo.startswith(roots)
    }


def test_a_release_demanded_after_a_sentence_is_aimed_at_the_court(code):
    events = code(
        "Суд Минска в понедельник приговорил лидера белорусской оппозиции Николая Статкевича к шести годам колонии. "
        "Сторонники политика собрались у здания суда. Министерство иностранных дел Франции потребовало "
        "освободить Статкевича."
    )
    assert ("FRA", "BLR") in dyads(events, "10")


def test_a_release_demanded_as_a_noun_after_an_arrest(code):
    events = code(
        "Иранские силовики задержали в Тегеране британскую журналистку Назанин Загари-Рэтклифф. "
        "Евросоюз потребовал немедленного освобождения журналистки."
    )
    assert ("IGO", "IRN") in dyads(events, "10")


def test_lifting_a_blockade_appealed_for_is_aimed_at_its_imposer(code):
    events = code(
        "Саудовская Аравия в июне ввела блокаду Катара. "
        "Позже переговоры по кризису прошли в Кувейте. "
        "Генеральный секретарь ООН призвал как можно скорее снять блокаду."
    )
    assert ("IGO", "SAU") in dyads(events, "02", "10")


def test_an_extradition_demanded_is_aimed_at_the_state_that_arrested_him(code):
    events = code(
        "Полиция Таиланда арестовала в Бангкоке гражданина Канады Александра Казеса. "
        "Власти США затребовали выдачи преступника."
    )
    assert ("USA", "THA") in dyads(events, "10")


def test_an_investigation_demanded_is_aimed_at_the_side_that_fired(code):
    events = code(
        "Войска Узбекистана открыли огонь по участникам митинга в Андижане. Погибли десятки человек. "
        "Верховный комиссар ООН по правам человека потребовала провести независимое расследование."
    )
    assert ("IGO", "UZB") in dyads(events, "10")


def test_no_matching_act_told_gives_no_target(code):
    events = code(
        "Президент Франции провёл переговоры с канцлером Германии в Берлине. "
        "Министерство иностранных дел Франции потребовало освободить Статкевича."
    )
    assert not any(source == "FRA" and target not in ("---", "FRA") for source, target in dyads(events, "10"))


def test_a_release_of_another_person_does_not_follow_the_sentence(code):
    events = code(
        "Суд Минска в понедельник приговорил лидера белорусской оппозиции Николая Статкевича к шести годам колонии. "
        "Министерство иностранных дел Франции потребовало снять санкции с российских банков."
    )
    assert ("FRA", "BLR") not in dyads(events, "10")


def test_a_demand_to_stop_strikes_is_aimed_at_the_striking_side(code):
    events = code(
        "Израильская авиация в среду нанесла удары по сектору Газа. Генеральный секретарь ООН потребовал "
        "прекратить удары."
    )
    assert ("IGO", "ISR") in dyads(events, "10")


def test_a_demand_to_return_a_seized_tanker_is_aimed_at_the_seizer(code):
    events = code(
        "Иранские военные захватили британский танкер в Ормузском проливе. Лондон потребовал вернуть танкер."
    )
    assert ("GBR", "IRN") in dyads(events, "10")


def test_hostages_to_free_follow_their_takers_not_a_later_arrest(code):
    events = code(
        "Боевики в Мали захватили в заложники двух граждан Франции. Полиция Мали задержала в Бамако журналиста "
        "Ибрагима Траоре. Франция потребовала освободить заложников."
    )
    found = {(e.source[:3], e.target) for e in events if e.cameo.startswith("10")}
    assert ("FRA", "MLIINS") in found
    assert not any(target and target.endswith("COP") for _, target in found)

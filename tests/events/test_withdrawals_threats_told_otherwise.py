"""Ninth session (vocab9): withdrawals, threats, consultations, concessions and expulsions told with words the
lexicon lacked (troops leave / are evacuated / give up a town / are cut back, checkpoints removed, "грозит",
"посовещался", "согласился с требованиями", "вынудили покинуть страну"), on sentences written for these tests,
with the uses of the same words that are no political act."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_peacekeepers_who_leave_a_country_withdraw(code):
    events = code("Последние российские миротворцы ушли из Абхазии.")
    assert any(e.cameo == "087" and e.source.startswith("RUS") for e in events)


def test_leaving_a_post_is_no_withdrawal(code):
    events = code("Министр обороны ушёл с поста после гибели военнослужащих в Ираке.")
    assert not any(e.cameo.startswith("087") for e in events)


def test_troops_evacuated_are_withdrawn_not_relief(code):
    events = code("Израиль эвакуировал свои войска из Ливана.")
    assert ("08", "ISR", "LBN") in dyads(events)
    assert not any(e.cameo.startswith("07") for e in events)


def test_an_army_that_gives_up_a_town_retreats(code):
    events = code("Израильская армия оставила город Дженин.")
    assert any(e.cameo == "0874" and e.source.startswith("ISR") for e in events)


def test_troops_cut_back_abroad_are_a_withdrawal_from_where_they_stand(code):
    events = code("США сократили численность войск в Южной Корее.")
    assert ("08", "USA", "KOR") in dyads(events)
    assert not code("Россия сократит численность армии.")


def test_checkpoints_removed_ease_a_blockade(code):
    events = code("Израиль снял блокпосты на Западном берегу.")
    assert any(e.cameo == "0872" and e.source.startswith("ISR") for e in events)
    assert not code("Полиция сняла блокпосты после матча.")


def test_a_blockade_eased(code):
    assert any(e.cameo == "0872" for e in code("Израиль ослабил блокаду сектора Газа."))


def test_the_imperfective_threat_and_the_penalty_one_faces(code):
    assert ("13", "IRN", "ISR") in dyads(code("Иран грозит Израилю уничтожением."))
    events = code("Если Хендрикс будет признан виновным, ему грозит до 15 лет лишения свободы.")
    assert not any(e.cameo.startswith("13") for e in events)


def test_strikes_not_ruled_out_name_whom_they_would_hit(code):
    events = code("Министр обороны Израиля не исключил военного удара по Ирану.")
    assert ("13", "ISR", "IRN") in dyads(events)


def test_conferring_is_consulting(code):
    assert ("04", "EGY", "JOR") in dyads(code("Президент Египта посовещался с королём Иордании."))


def test_agreeing_to_demands_is_a_concession_but_not_in_court(code):
    events = code("Президент Грузии согласился с требованиями оппозиции.")
    assert any(e.cameo == "083" and e.source.startswith("GEO") for e in events)
    assert not any(e.cameo.startswith("08") for e in code("Суд согласился с требованием прокуратуры."))


def test_a_forced_departure_is_an_expulsion(code):
    events = code("Власти Ирана заставили британского журналиста покинуть страну.")
    assert any(e.cameo == "174" and e.source.startswith("IRN") and e.target.startswith("GBR") for e in events)
    assert not code("Война вынудила тысячи афганцев покинуть страну.")

"""Session 13 (wire6): general causes shown by the odd half of probe-wire6, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_the_object_after_a_demands_infinitive_is_the_infinitives(code):
    # the parser hangs "30 малийских пастухов" on "потребовал": the addressee "от Нигера" stays the target
    events = code("Президент Мали потребовал от Нигера вернуть 30 малийских пастухов, задержанных на реке.")
    assert ("10", "MLI", "NER") in dyads(events)
    assert ("10", "MLI", "MLI") not in dyads(events)


def test_what_describes_the_subject_of_a_predicate_adjective_is_no_content(code):
    # "должен" is a demand word, but the visit is its subject, not what is demanded: the talks stay an event
    events = code(
        "Визит президента Бразилии в Буэнос-Айрес, где он проведёт переговоры с президентом Аргентины, "
        "должен снять напряжённость в отношениях двух стран, считают дипломаты."
    )
    assert any(e.cameo.startswith("04") and {e.source[:3], e.target[:3]} == {"BRA", "ARG"} for e in events)


def test_a_promise_of_a_referendum_to_no_one_is_an_intent(code):
    events = code("Президент Замбии Кеннет Каунда в понедельник согласился провести референдум о многопартийной системе.")
    assert any(e.cameo.startswith("03") and e.source.startswith("ZMB") and not e.target for e in events)


def test_a_promise_of_elections_to_no_one_is_an_intent(code):
    events = code("Военное правительство Пакистана пообещало провести всеобщие выборы в следующем году.")
    assert any(e.cameo.startswith("03") and e.source.startswith("PAK") and not e.target for e in events)


def test_a_promise_with_no_addressee_of_no_reform_stays_silent(code):
    assert not code("Губернатор Техаса пообещал построить новую дорогу до конца года.")
    # the elections are when, not what was agreed to
    events = code("Правительство Ганы согласилось зарегистрировать новую партию после выборов.")
    assert not any(e.cameo.startswith("03") and not e.target for e in events)


def test_marines_who_leave_a_country_withdraw(code):
    events = code("Последние французские десантники покинули территорию Чада.")
    assert ("08", "FRA", "TCD") in dyads(events)


def test_a_strike_told_by_its_going_on_is_of_the_strikers(code):
    events = code("Забастовка украинских шахтёров продолжается уже вторую неделю.")
    assert any(e.cameo == "143" and e.source.startswith("UKR") for e in events)


def test_a_hunger_strike_told_by_its_going_on_is_of_the_prisoners(code):
    events = code("Голодовка палестинских заключённых в израильских тюрьмах продолжается.")
    assert any(e.cameo == "142" and e.source.startswith("PSE") for e in events)


def test_a_nominative_name_after_a_place_in_the_genitive_is_the_next_verbs_subject(code):
    # "Хосни Мубарак" hung on "берегов" as an apposition: it is the accuser
    events = code("После гибели египетского самолёта у берегов Мальты Хосни Мубарак обвинил Ливию в причастности к взрыву.")
    assert ("11", "EGY", "LBY") in dyads(events)


def test_a_visitor_met_by_his_host_is_a_visit_hosted(code):
    events = code("Премьер-министра Индии в субботу в аэропорту встретил его пакистанский коллега Наваз Шариф.")
    assert ("04", "PAK", "IND") in dyads(events)
    assert not code("Президент России встретил Новый год в Кремле.")


def test_the_agent_of_a_passive_meeting_hung_on_the_place_is_the_host(code):
    # "коллегой" hung on "переходе": the instrumental person is the passive verb's agent
    events = code(
        "Премьер-министр Индии был встречен в субботу на пограничном переходе Вага пакистанским коллегой "
        "Навазом Шарифом."
    )
    assert ("04", "PAK", "IND") in dyads(events)

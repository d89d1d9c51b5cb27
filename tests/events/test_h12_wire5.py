"""Event words and argument slots found missing on probe-wire5's development half (session 12, helper "wire5"):
a force alert at a border aims at the other side, a high commissioner is recalled like an ambassador, an air raid
named by its aircraft, recognition and aid deliveries as nouns with an instrumental agent, a support verb told as a
passive participle on its event noun, a passive agent the parser takes for a predicative, and the head of a
regime as a government role. Sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


def test_an_alert_of_troops_at_a_border_aims_at_the_other_side(code):
    events = code("Пакистан привёл свои войска на границе с Индией в состояние полной боевой готовности.")
    assert ("15", "PAK", "IND") in dyads(events)


def test_an_alert_of_troops_in_their_own_barracks_has_no_target(code):
    events = code("Пакистан привёл свои войска в состояние полной боевой готовности.")
    assert ("15", "PAK", None) in dyads(events)


def test_the_recall_of_a_high_commissioner_reduces_relations(code):
    events = code("Министр иностранных дел Индии объявил об отзыве верховного комиссара из Шри-Ланки.")
    assert ("16", "IND", "LKA") in dyads(events)


def test_a_recalled_high_commissioner(code):
    events = code("Кения отозвала своего верховного комиссара из Уганды.")
    assert ("16", "KEN", "UGA") in dyads(events)


def test_a_raid_named_by_its_aircraft(code):
    events = code("Налёт сирийских самолётов на позиции иракских войск унёс жизни десяти человек.")
    assert ("19", "SYR", "IRQ") in dyads(events)


def test_recognition_as_a_noun_with_an_instrumental_agent(code):
    events = code("Официальное признание Японией нового правительства Камбоджи было объявлено в Токио.")
    assert ("05", "JPN", "KHM") in dyads(events)


def test_an_admission_of_guilt_is_no_recognition(code):
    events = code("Признание вины Ивановым суд учёл при вынесении приговора.")
    assert not [e for e in events if e.cameo.startswith("05")]


def test_a_delivery_of_aid_as_a_noun_with_an_instrumental_agent(code):
    events = code("Доставка Японией гуманитарной помощи в Бангладеш была завершена в пятницу.")
    assert ("07", "JPN", "BGD") in dyads(events)


def test_a_support_verb_as_a_participle_on_its_event_noun(code):
    events = code("Отмена эмбарго против Кубы, объявленная правительством Испании в пятницу, удивила Вашингтон.")
    assert ("08", "ESP", "CUB") in dyads(events)


def test_suspended_credits_are_suspended_aid(code):
    events = code("Правительство Японии объявило о приостановке кредитов Индонезии.")
    assert ("16", "JPN", "IDN") in dyads(events)


def test_a_passive_agent_taken_for_a_predicative(code):
    events = code("Независимость Словакии была признана Венгрией в январе.")
    assert ("05", "HUN", "SVK") in dyads(events)


def test_a_predicative_is_no_passive_agent(code):
    events = code("Министр был признан виновным в получении взятки.")
    assert not [e for e in events if e.cameo.startswith("05")]


def test_the_head_of_a_military_regime_is_its_government(code):
    events = code("Глава военного режима Бирмы запретил деятельность оппозиционных партий.")
    assert any(cameo.startswith("17") and source == "MMRGOV" for cameo, source, _ in codes(events))


def test_soldiers_leaving_a_country_pull_out(code):
    events = code("Последние иракские солдаты в пятницу покинули Кувейт.")
    assert ("08", "IRQ", "KWT") in dyads(events)


def test_an_alert_at_a_border_the_parser_hangs_on_the_alert(code):
    events = code("Вьетнам привёл армию в боевую готовность у границы с Китаем.")
    assert ("15", "VNM", "CHN") in dyads(events)


def test_an_alert_in_answer_to_another_state_s_acts(code):
    events = code("Индия привела войска в боевую готовность в связи с учениями пакистанской армии.")
    assert ("15", "IND", "PAK") in dyads(events)


def test_military_advisers_sent_are_cooperation_not_a_force_posture(code):
    events = code("Советский Союз направил в Эфиопию военных советников.")
    assert ("06", "SUN", "ETH") in dyads(events)
    assert not [e for e in events if e.cameo.startswith("15")]


def test_troops_sent_are_still_a_force_posture(code):
    events = code("Турция направила войска в Ирак.")
    assert ("15", "TUR", "IRQ") in dyads(events)


def test_a_car_bomb_whose_participle_the_tagger_lemmatises_as_a_verb(code):
    # "заминированный" comes out as the participle of "заминировать"
    events = code("Боевики взорвали заминированный автомобиль у полицейского участка в Анкаре.")
    assert any(cameo == "1832" and target == "TURCOP" for cameo, _, target in codes(events))


def test_power_handed_to_an_elected_leader_whose_participle_is_a_verb(code):
    # "избранному" comes out as the participle of "избрать"
    events = code("Военная хунта Нигерии передала власть избранному президенту Нигерии.")
    assert any(cameo == "0834" for cameo, _, _ in codes(events))


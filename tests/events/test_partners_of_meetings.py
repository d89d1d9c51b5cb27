"""Partners of symmetric events (session 19, "sym").

A partner named in a "с" phrase whose participle phrase comes before the noun ("с находящимся там с визитом
королём"): the parser may take the preposition for the participle's mark, the noun for a predicate (xcomp), or the
tagger the participle's masculine-neuter oblique form for a neuter one; the phrase is the meeting's partner."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_talks_with_a_visitor_when_the_participle_reads_neuter(code):
    events = code("Переговоры\nПрезидент Египта Хосни Мубарак провел в Каире переговоры о ситуации в регионе с "
                  "находящимся там с визитом премьер-министром Израиля Ицхаком Рабином.")
    assert ("04", "EGY", "ISR") in dyads(events)


def test_meeting_with_a_visitor_parsed_as_predicate(code):
    events = code("Встреча\nПремьер Японии встретился с находящимся в Токио с визитом президентом Египта.")
    assert ("04", "JPN", "EGY") in dyads(events)


def test_conversation_with_a_visitor_and_an_attribution_tail(code):
    events = code("Беседа\nКанцлер Австрии провел в Вене беседу о беженцах с находящимся там с визитом "
                  "премьер-министром Венгрии, сообщила канцелярия.")
    assert ("04", "AUT", "HUN") in dyads(events)


def test_visitor_already_attached_stays_the_partner(code):
    events = code("Встреча\nПрезидент Казахстана обсудил в Астане вопросы транзита с прибывшим туда с визитом "
                  "президентом Узбекистана.")
    assert ("04", "KAZ", "UZB") in dyads(events)


# A joint operation told as the setting of an act ("в ходе / в рамках / во время совместной операции задержали"):
# the joint act of the subjects (06), besides the act itself.


def test_joint_police_operation_as_the_setting_of_arrests(code):
    events = code("Аресты\nПолицейские Франции и Испании в ходе совместной операции задержали пятерых членов ЭТА.")
    assert ("06", "FRA", "ESP") in dyads(events)
    assert ("17", "FRA", "ESP") in dyads(events)


def test_joint_operation_before_the_subject(code):
    events = code("Аресты\nВ ходе совместной операции полиция Германии и Австрии арестовала главарей банды.")
    assert ("06", "DEU", "AUT") in dyads(events)


def test_joint_operation_of_security_services_during(code):
    events = code("Аресты\nСпецслужбы России и Белоруссии во время совместной операции задержали шпионов.")
    assert ("06", "RUS", "BLR") in dyads(events)


def test_joint_operation_with_country_adjectives(code):
    events = code("Бои\nРоссийские и сирийские военные в ходе совместной операции освободили город.")
    assert ("06", "RUS", "SYR") in dyads(events)


# Telling a party something by telephone is a telephone talk with it (041); an interview is not.


def test_told_by_telephone(code):
    events = code("Звонок\nПрезидент США по телефону рассказал канцлеру Германии о переговорах.")
    assert ("04", "USA", "DEU") in dyads(events)


def test_informed_by_telephone(code):
    events = code("Звонок\nПремьер Японии по телефону проинформировал президента Южной Кореи о запуске ракеты.")
    assert ("04", "JPN", "KOR") in dyads(events)


def test_told_by_telephone_with_an_indeclinable_name(code):
    events = code("Звонок\nГенсек ООН по телефону сообщил президенту Египта о решении Совбеза.")
    assert ("04", "IGO", "EGY") in dyads(events)


def test_an_interview_by_telephone_is_no_talk(code):
    events = code("Интервью\nМинистр обороны по телефону сообщил корреспонденту РИА Новости, что учения завершены.")
    assert not [e for e in events if e.cameo.startswith("04")]


# A nominative subject the parser hung on a fronted prepositional phrase ("Накануне саммита президенты США и
# Франции позвонили ...") is the verb's subject: every conjunct is a caller.


def test_callers_after_a_fronted_phrase(code):
    events = code("Звонки\nНакануне саммита президенты США и Франции позвонили Алиеву.")
    assert ("04", "USA", "AZE") in dyads(events)
    assert ("04", "FRA", "AZE") in dyads(events)


def test_callers_after_a_fronted_phrase_other_actors(code):
    events = code("Звонки\nНакануне переговоров премьеры Индии и Пакистана позвонили президенту США.")
    assert ("04", "IND", "USA") in dyads(events)
    assert ("04", "PAK", "USA") in dyads(events)


def test_a_loosely_parsed_phrase_is_left_alone(code):
    events = code("Звонки\nНакануне саммита президенты США и Франции Барак Обама и Николя Саркози позвонили Алиеву "
                  "и Саргсяну.")
    assert ("04", "USA", "USA") not in dyads(events) and ("04", "USA", "FRA") not in dyads(events)


# The participants of negotiations are their states' negotiators (kb role_nouns: "участник переговоры" GOV), not
# private people: "японские и российские участники переговоров возобновили диалог" is the two states' talk.


def test_participants_of_negotiations_with_country_adjectives(code):
    events = code("Курилы\nЯпонские и российские участники переговоров в среду возобновили в Москве диалог по Курилам.")
    assert ("04", "JPN", "RUS") in dyads(events)


def test_participants_of_consultations_meet_colleagues(code):
    events = code("Консультации\nРоссийские участники консультаций обсудили с японскими коллегами мирный договор.")
    assert any(e.cameo.startswith("04") and e.source == "RUSGOV" for e in events)


def test_participants_of_negotiations_from_two_countries(code):
    events = code("Перемирие\nУчастники переговоров от России и Украины договорились о прекращении огня.")
    assert ("05", "RUS", "UKR") in dyads(events)


# The visitor a host receives, told by a participle phrase the parser hung on the verb as a clause ("принял
# прибывшего с визитом президента Вьетнама": the noun parsed as the genitive of "визитом"): the noun is the object.


def test_host_receives_a_visitor_told_by_a_participle(code):
    events = code("Визит\nПремьер Японии принял прибывшего с визитом президента Вьетнама.")
    assert ("04", "JPN", "VNM") in dyads(events)


def test_host_receives_a_visitor_on_an_official_visit(code):
    events = code("Визит\nПрезидент Турции принял прибывшего с официальным визитом премьер-министра Пакистана.")
    assert ("04", "TUR", "PAK") in dyads(events)


def test_host_receives_a_visitor_whose_phrase_names_the_place(code):
    events = code("Визит\nПрезидент Египта принял приехавшего в Каир госсекретаря США.")
    assert ("04", "EGY", "USA") in dyads(events)

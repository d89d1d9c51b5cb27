"""Session 20 (real1), checked on sentences written for these tests: frames of real Russian news that the
coder's rows missed. A trip told as the frame of the main clause ("в ходе поездки в X", "во время поездки",
"в рамках турне") is a visit of the main clause's subject; being met with criticism ("столкнулся с критикой со
стороны X") is being criticised, as "подвергся критике"; a strike with its striker in the genitive and its target
after "по" ("удар российских войск по Харькову") needs no support verb."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def of_root(events, root):
    return {dyad for dyad in dyads(events) if dyad[0] == root}


def visits(events):
    return {(e.cameo, e.source[:3], e.target[:3] if e.target else None) for e in events if e.cameo == "042"}


def test_a_trip_as_the_frame_of_a_statement_is_a_visit(code):
    events = code("Во время поездки в Китай президент Франции Эмманюэль Макрон заявил, что Париж готов к переговорам.")
    assert ("04", "FRA", "CHN") in of_root(events, "04")


def test_a_trip_in_the_course_of_which_talks_were_held(code):
    events = code("В ходе своей поездки в Индию премьер-министр Японии провёл переговоры с Нарендрой Моди.")
    assert ("042", "JPN", "IND") in visits(events)


def test_a_tour_without_a_host_is_no_visit(code):
    events = code("Во время турне по Европе президент Бразилии провёл встречу с канцлером Германии в Берлине.")
    assert ("042", "BRA", "DEU") not in visits(events)  # (a tour "по" names no host: its meeting is coded on its own)


def test_a_trip_as_the_frame_of_a_meeting(code):
    events = code("Во время поездки в Египет министр иностранных дел Ирана встретился с президентом Египта.")
    assert ("042", "IRN", "EGY") in visits(events)


def test_a_trip_frame_with_an_earlier_year(code):
    # (told in a story of that year: older history is background)
    events = code("В ходе поездки в Австрию в 1994 году премьер Китая Ли Пэн оправдывал решение военных.", "1994-07-01")
    assert ("04", "CHN", "AUT") in of_root(events, "04")


def test_met_with_criticism_from_a_named_side(code):
    events = code("Министр обороны Франции столкнулся с критикой со стороны Германии.")
    assert of_root(events, "11") == {("11", "DEU", "FRA")}


def test_met_with_criticism_told_first(code):
    events = code("Со стороны Вашингтона Пекин столкнулся с жёсткой критикой за действия в Гонконге.")
    assert of_root(events, "11") == {("11", "USA", "CHN")}


def test_facing_condemnation_in_the_present_by_a_genitive(code):
    events = code("Израиль столкнулся с резким осуждением Турции.")
    assert of_root(events, "11") == {("11", "TUR", "ISR")}


def test_facing_condemnation_of_an_organisation(code):
    events = code("Правительство Польши сталкивается с осуждением со стороны Евросоюза.")
    assert of_root(events, "11") == {("11", "IGO", "POL")}


def test_facing_difficulties_is_no_criticism(code):
    events = code("Премьер-министр Японии столкнулся с трудностями при формировании кабинета.")
    assert not of_root(events, "11")


def test_a_strike_with_its_striker_in_the_genitive(code):
    events = code("В результате удара российских войск по Харькову погибли пять человек.")
    assert ("19", "RUS", "UKR") in of_root(events, "19")


def test_a_strike_as_the_subject_of_a_reaction(code):
    events = code("Удар турецкой армии по курдским районам Сирии вызвал протест Дамаска.")
    assert ("19", "TUR", "SYR") in of_root(events, "19")


def test_a_strike_of_a_state_on_another(code):
    events = code("Удар Израиля по Газе стал ответом на ракетный обстрел.")
    assert ("19", "ISR", "PSE") in of_root(events, "19")


def test_a_blow_to_an_economy_is_no_strike(code):
    events = code("Новые пошлины стали ударом США по экономике Китая.")
    assert not of_root(events, "19")


# A relative clause opened by a preposition and "который" ("на котором", "в ходе которых", "во время которого") tells
# the occasion of its act, like "где": its verb without a subject acts for the subject of the clause that held the
# occasion, not for the noun the parser hung the clause on.


def test_criticism_at_a_meeting_held_with_members_of_the_government(code):
    events = code(
        "Президент России Владимир Путин провёл совещание с членами правительства, на котором раскритиковал министров за медлительность."
    )
    assert ("11", "RUS", "RUS") in of_root(events, "11")


def test_an_accusation_during_talks_is_the_holder_s_not_the_partner_s(code):
    events = code("Президент Франции провёл переговоры с канцлером Германии, в ходе которых обвинил Россию во вмешательстве.")
    assert of_root(events, "11") == {("11", "FRA", "RUS")}


def test_a_condemnation_during_talks_with_a_third_side(code):
    events = code("Премьер-министр Великобритании провёл переговоры с президентом Украины, в ходе которых осудил Россию.")
    assert of_root(events, "11") == {("11", "GBR", "RUS")}


def test_a_relative_subject_still_acts_for_its_antecedent(code):
    events = code("Президент Франции встретился с канцлером Германии, которая раскритиковала Россию за вмешательство.")
    assert of_root(events, "11") == {("11", "DEU", "RUS")}

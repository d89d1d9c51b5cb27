"""Full codes of events (EVENTS.md strict score): the role of each side and the specific CAMEO code."""

import pytest

from letopis.events.dedup import merge_events
from letopis.events.target_codes import refined_code
from letopis.model import Entity, Event
from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def test_people_arrested_without_name_or_office_are_civilians(code):
    events = code("Полиция задержала двух человек по подозрению в поджоге автомобилей в Чикаго.")
    assert ("173", "USACOP", "USACVL") in codes(events)


def test_school_student_is_a_civilian(code):
    events = code("Полиция Техаса задержала школьника, устроившего стрельбу.")
    assert ("173", "USACOP", "USACVL") in codes(events)


def test_shooting_told_by_its_dead_is_between_civilians_of_the_place(code):
    events = code("По меньшей мере пять человек погибли в результате стрельбы в школе в Огайо.")
    assert ("1823", "USACVL", "USACVL") in codes(events)


def test_country_visited_is_its_territory(code):
    events = code("Президент Франции Эммануэль Макрон прибыл с визитом в Японию.")
    assert ("042", "FRAGOV", "JPN") in codes(events)


def test_release_on_bail_is_a_release_of_a_person_by_the_courts(code):
    events = code("В Чикаго под залог отпустили бизнесмена Джона Смита.")
    assert ("0841", "USAJUD", "USABUS") in codes(events)


def test_release_of_hostages_is_a_release_of_people(code):
    events = code("Мятежники освободили заложников в Мали.")
    assert {e.cameo for e in events} == {"0841"}


def test_release_of_a_place_keeps_the_general_code():
    town = Entity(id="t", type="LOC", name="Мосул")
    person = Entity(id="p", type="PER", name="Смит")
    assert refined_code("084", town, "IRQ") == "084"
    assert refined_code("084", person, "USACVL") == "0841"
    assert refined_code("173", person, "USACVL") == "173"


def _event(cameo, source, target):
    return Event(cameo=cameo, source=source, target=target, source_entity=source, target_entity=target)


def test_a_visit_is_no_vaguer_report_of_a_call_in_the_same_country():
    visit, call = _event("042", "USAGOV", "ZAF"), _event("041", "USAGOV", "ZAFGOV")
    assert {e.cameo for e in merge_events([visit, call])} == {"042", "041"}
    general = _event("040", "USAGOV", "ZAF")
    assert {e.cameo for e in merge_events([general, call])} == {"041"}

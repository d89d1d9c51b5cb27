"""Round 22, checked on articles and sentences written for these tests: an undated article that dates its news
without a year recalls history when a later paragraph names a year; alerts of one's own forces, easing a state of
emergency or a curfew, cutting an embassy's staff and closing a border are coded."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow

UNDATED = (
    "Полиция Лондона задержала подозреваемого в нападении\n\n"
    "Нападение на прохожих случилось 3 марта в центре Лондона. Полиция задержала мужчину.\n\n"
    "В ноябре 2017 года Великобритания выслала двух российских дипломатов."
)

SAME_PARAGRAPH = (
    "Полиция Томска задержала милиционера\n\n"
    "В начале 2011 года полиция Томска арестовала журналиста, а 20 января он был освобожден."
)


def test_a_year_named_after_the_news_paragraph_of_an_undated_article_is_history(code):
    events = code(UNDATED, published=None)
    assert not [e for e in events if e.cameo == "166"], "the expulsion of 2017 is history"
    assert [e for e in events if e.cameo == "173"], "the news itself stays"


def test_a_year_inside_the_news_paragraph_is_the_news_own(code):
    events = code(SAME_PARAGRAPH, published=None)
    assert ("173", "RUSCOP", "RUSMED") in codes(events)


def test_putting_own_forces_on_alert_is_152_without_target(code):
    events = code("Министр обороны Ирана привел вооруженные силы страны в полную боевую готовность.")
    assert ("152", "IRNGOV", None) in codes(events)


def test_lifting_a_state_of_emergency_or_a_curfew_is_a_concession(code):
    # eased at home: no people named, the country's own (as for a state of emergency declared); coded 081, whose
    # PLOVER type is CONCEDE as in the PLOVER gold standard (the contract table maps 0813/0814 to RETREAT)
    events = code("Власти Грузии сняли режим ЧП в Тбилиси.")
    assert ("081", "GEOGOV", "GEO") in codes(events)
    assert {event.plover for event in events} == {"CONCEDE"}
    events = code("Правительство Непала отменило комендантский час в Катманду.")
    assert {event.plover for event in events} == {"CONCEDE"}


def test_cutting_the_staff_of_a_foreign_embassy_reduces_relations(code):
    assert ("161", "LVAGOV", "RUSGOV") in codes(code("Власти Латвии сократили штат российского посольства."))


def test_closing_the_border_with_a_neighbour_restricts_movement(code):
    assert ("191", "POLGOV", "BLR") in codes(code("Польша закрыла границу с Белоруссией."))


def test_agreeing_to_extradite_a_banker(code):
    found = {e.cameo for e in code("Власти Казахстана согласились выдать России бывшего банкира.")}
    assert found & {"063", "0313"}

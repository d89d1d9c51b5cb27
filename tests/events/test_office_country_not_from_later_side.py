"""An office named without its country ("глава государства", "премьер-министр", "министр обороны") does not take the
country its sentence names only after it: that is the other side's ("Глава государства обвинил российские спецслужбы"
in a story of Georgia is Georgia's head of state accusing Russia's services, not Russia's accusing its own); the next
clue (a person the sentence names, the article's country) decides. A country named before the office, or on it, still
gives it."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow

GEORGIA = "В Тбилиси прошли массовые беспорядки. Президент Грузии Михаил Саакашвили выступил по телевидению. "


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country adjective on the other side
        (GEORGIA + "Глава государства обвинил в организации беспорядков российские спецслужбы.", ("11", "GEO", "RUS")),
        # the other side by the country's name, by its capital
        (GEORGIA + "Глава государства обвинил Россию в организации беспорядков.", ("11", "GEO", "RUS")),
        (GEORGIA + "Глава государства обвинил Москву в организации беспорядков.", ("11", "GEO", "RUS")),
        # another act (a protest) with the country in a genitive phrase
        (GEORGIA + "Глава государства выразил протест в связи с действиями российских спецслужб.", ("11", "GEO", "RUS")),
        # other offices, other countries
        (
            "В Таллине задержан подозреваемый в шпионаже. Эстония возмущена. "
            "Премьер-министр обвинил российских дипломатов в шпионаже.",
            ("11", "EST", "RUS"),
        ),
        (
            "В Варшаве прошло заседание правительства Польши. "
            "Министр обороны раскритиковал белорусских военных за провокации на границе.",
            ("11", "POL", "BLR"),
        ),
    ],
)
def test_an_office_is_not_of_the_other_sides_country(code, text, expected):
    found = dyads(code(text))
    assert expected in found
    assert ("11", expected[2], expected[2]) not in found


def test_a_country_named_on_the_office_still_gives_it(code):
    # control: the office's own adjective, before it
    found = dyads(code(GEORGIA + "Российский президент обвинил грузинские власти в провокации."))
    assert ("11", "RUS", "GEO") in found


def test_a_country_named_before_the_office_still_gives_it(code):
    # control: "В России" before the office: the sentence's country, as before
    found = dyads(code(GEORGIA + "В России глава государства обвинил грузинские власти в провокации."))
    assert ("11", "RUS", "GEO") in found

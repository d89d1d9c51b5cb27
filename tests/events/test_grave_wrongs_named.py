"""An act called a grave wrong ("назвал обстрел «бойней»", "назвала разгон митинга расправой") is a
criticism of its agent, on sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def criticisms(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Президент Армении назвал действия Азербайджана «бойней».", ("ARM", "AZE")),
        ("Министр иностранных дел Литвы назвала действия белорусского режима «расправой» над оппозицией.", ("LTU", "BLR")),
        ("Глава МИД Ирана назвал удары Израиля по Газе «резнёй».", ("IRN", "ISR")),
        ("Премьер-министр Пакистана назвал операцию Индии в Кашмире «варварством».", ("PAK", "IND")),
        ("Президент Колумбии назвал нападение повстанцев на деревню «массовым убийством».", ("COL", "COL")),
    ],
)
def test_an_act_called_a_grave_wrong_is_criticised(code, text, dyad):
    assert dyad in criticisms(code(text, published="2015-05-10"))


def test_naming_a_suspect_of_a_murder_is_no_criticism(code):
    events = code("Полиция Франции назвала имя подозреваемого в убийстве журналиста.", published="2015-05-10")
    assert not criticisms(events)

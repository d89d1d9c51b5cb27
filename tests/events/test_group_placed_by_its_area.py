"""An armed group with no country of its own is of the place its phrase names past an area noun ("боевиков в районе
малийского города", "в окрестностях Кандагара") or after "близ", "вблизи", "под" ("повстанцев близ Фритауна"),
not of the attacker named before it."""

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Французские самолеты нанесли удары по позициям боевиков в районе малийского города Кона.", "FRA", "MLI"),
    ("Нигерийские миротворцы обстреляли позиции повстанцев близ Фритауна.", "NGA", "SLE"),
    ("Турецкие войска атаковали позиции боевиков под Алеппо.", "TUR", "SYR"),
    ("Американские военные атаковали боевиков в окрестностях Кандагара.", "USA", "AFG"),
    ("Российская авиация нанесла удар по лагерю боевиков вблизи Идлиба.", "RUS", "SYR"),
])
def test_the_group_is_of_its_place(code, text, source, target):
    events = code(text)
    assert any(
        e.cameo[:2] == "19" and e.source[:3] == source and (e.target or "")[:3] == target for e in events
    ), [(e.cameo, e.source, e.target) for e in events]


def test_a_border_is_no_place_of_the_neighbour(code):
    events = code("Сирийская армия атаковала боевиков в районе границы с Турцией.")
    assert any(e.cameo[:2] == "19" and (e.target or "")[:3] == "SYR" for e in events), [
        (e.cameo, e.source, e.target) for e in events
    ]

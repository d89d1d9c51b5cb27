"""Criticism told as a judgement of a party's campaign, policy or conduct ("назвал политику Пекина «опасной игрой»"),
a stand said to be politicised, an act said to lead to destabilisation, and a position not accepted; and what is
none: naming with approval ("назвал позицию Москвы взвешенной", "важным вкладом"), a risk ("может привести к
эскалации"). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Министр иностранных дел Японии назвал политику Пекина в Южно-Китайском море «опасной игрой».",
         ("11", "JPN", "CHN")),
        ("Министр иностранных дел Франции назвал поведение Ирана «неприемлемым».", ("11", "FRA", "IRN")),
        ("Официальный представитель МИД России назвала кампанию литовских властей «проявлением недобросовестной "
         "конкуренции».", ("11", "RUS", "LTU")),
        ("Официальный представитель МИД Белоруссии заявил, что позиция литовских властей носит политизированный "
         "характер.", ("11", "BLR", "LTU")),
        ("Официальный представитель МИД России заявила, что действия косовских властей ведут к дестабилизации "
         "обстановки на Балканах.", ("11", "RUS", "XKX")),
        ("В Анкаре позицию Афин не приняли.", ("12", "TUR", "GRC")),
    ],
)
def test_judging_a_party_by_its_act(code, text, dyad):
    assert dyad in dyads(code(text, published="2019-05-15"))


@pytest.mark.parametrize(
    "text",
    [
        "Президент Казахстана назвал позицию Москвы взвешенной.",
        "Премьер-министр Индии назвал политику Вашингтона «важным вкладом в стабильность».",
        "Министр иностранных дел Италии заявил, что решение Анкары может привести к эскалации.",
    ],
)
def test_approval_and_risks_are_no_criticism(code, text):
    assert not {dyad for dyad in dyads(code(text, published="2019-05-15")) if dyad[0] in ("11", "12")}

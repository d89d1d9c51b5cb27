"""Wire and news phrasings the s11 probe sets and audits found coding nothing: an expulsion told as an order to
leave, "персона нон грата" with the object hung on "грата", acts judged a provocation, a naval task force sent, a
protest that turned into clashes, regret expressed to the wronged, a joint company founded,
broadcasting in a minority language allowed. Sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Правительство Латвии приказало двум российским дипломатам покинуть страну.", ("166", "LVA", "RUS")),
        ("Власти Судана приказали наблюдателям ООН покинуть страну до конца месяца.", ("1662", "SDN", "IGO")),
        ("Власти Эритреи приказали корреспонденту Би-би-си покинуть страну.", ("174", "ERI", "GBR")),
        ("МИД Эстонии объявил персоной нон грата сотрудника посольства России.", ("166", "EST", "RUS")),
        ("Пекин расценил учения американского флота как провокацию.", ("111", "CHN", "USA")),
        ("Франция направила военно-морскую оперативную группу к берегам Ливии.", ("154", "FRA", "LBY")),
        ("В Тбилиси акция протеста оппозиции переросла в столкновения с полицией.", ("141", "GEO", None)),
        ("Премьер-министр Японии выразил президенту Китая сожаление.", ("055", "JPN", "CHN")),
        ("Россия и Монголия учредили совместную компанию по добыче угля.", ("061", "RUS", "MNG")),
        ("Правительство Ирана разрешило вещание на курдском языке.", ("0811", "IRN", None)),
    ],
)
def test_phrasing_codes_its_event(code, sentence, expected):
    cameo, source, target = expected
    found = {(c, s[:3], t[:3] if t else None) for c, s, t in codes(code(sentence))}
    assert any(
        c == cameo and s == source and (target is None or t == target) for c, s, t in found
    ), found


@pytest.mark.parametrize(
    "sentence",
    [
        # regret with no one addressed is no apology
        "Премьер-министр Японии выразил сожаление в связи с решением суда.",
        # leaving a country of one's own will is no expulsion
        "Министр приказал подготовить доклад, прежде чем покинуть страну.",
    ],
)
def test_phrasing_stays_out(code, sentence):
    found = {cameo for cameo, _, _ in codes(code(sentence))}
    assert not found & {"055", "166", "174"}, found


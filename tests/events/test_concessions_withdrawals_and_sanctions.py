"""Round 25 (helper "yield"), on sentences written for these tests: sanctions eased are 085 (not 081), a blockade
lifted 0872, demands met 083, remains handed over 0841, a withdrawal carried out (not talked about) 087,
demobilisation 0873; aid and credit halted 162, talks broken off 164, peacekeepers and inspectors withdrawn or
expelled 1661/1662."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Канада отменила экономические санкции против Ирака.", ("085", "CAN", "IRQ")),
        ("Правительство Индии удовлетворило требования оппозиции.", ("083", "IND", "IND")),
        ("Израиль передал Иордании останки двух солдат.", ("0841", "ISR", "JOR")),
        ("Марокко начало отвод своих войск из Мавритании.", ("087", "MAR", "MRT")),
        ("Германия приостановила финансовую помощь Танзании.", ("162", "DEU", "TZA")),
        ("Пакистан прервал переговоры с Индией.", ("164", "PAK", "IND")),
        ("Нигерия отозвала своих миротворцев из Либерии.", ("1661", "NGA", "LBR")),
        ("Ливия выслала инспекторов ООН.", ("1662", "LBY", "IGO")),
    ],
)
def test_yielding_and_reducing_relations_are_coded(code, text, expected):
    cameo, source, target = expected
    events = [e for e in code(text) if not e.negated]
    assert (cameo, source, target) in {(e.cameo, e.source[:3], e.target[:3] if e.target else None) for e in events}


def test_a_withdrawal_talked_about_is_not_a_withdrawal(code):
    events = code("Сирия и Ливан обсудили отвод сирийских войск из Ливана.")
    assert not [e for e in events if e.cameo.startswith("087")]


def test_sanctions_that_stay_in_force_are_no_event(code):
    assert not dyads(code("Санкции против Ирака остаются в силе."))

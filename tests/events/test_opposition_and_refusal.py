"""Opposition and refusal told without a plain verb of rejecting: "высказался против", "не может принять"."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_speaking_out_against_a_proposal_is_a_rejection(code):
    events = code("Власти Грузии высказались против размещения баз России.")
    assert ("12", "GEO", "RUS") in dyads(events)


def test_cannot_accept_demands_is_a_refusal_not_a_supposition(code):
    events = code("Президент Сербии заявил, что Белград не может принять условия Евросоюза.")
    assert ("12", "SRB", "IGO") in dyads(events)


def test_can_accept_stays_a_supposition(code):
    events = code("Эксперты считают, что Иран может принять требования США.")
    assert not [event for event in events if event.cameo.startswith("12")]


def test_a_clause_describing_the_opponent_is_not_what_it_opposes(code):
    # the relative clause tells what Venezuela's delegation wanted; the opposition itself has no actor target
    events = code(
        "Делегаты одобрили проект декларации. Против него выступила только Венесуэла, делегация которой "
        "настаивала на более жёстких обязательствах для государств."
    )
    assert ("12", "VEN", None) in dyads(events)

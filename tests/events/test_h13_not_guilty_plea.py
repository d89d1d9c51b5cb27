"""A defendant who pleads not guilty denies the charge (016), he rejects nobody (session 13, "nationality"); with
no counterpart named the denial is not coded at all (session 15, "precision4": a statement aimed at no one)."""

from tests.events.conftest import codes


def test_not_guilty_plea_is_a_denial_not_a_rejection_of_himself(code):
    events = code("Премьер-министр Италии Джузеппе Конте не признал себя виновным в злоупотреблении властью.")
    found = codes(events)
    assert not any(cameo.startswith("12") for cameo, _, _ in found)
    assert not any(cameo.startswith("01") and not target for cameo, _, target in found)


def test_not_recognising_a_state_stays_a_rejection(code):
    assert ("120", "RUSGOV", "XKXGOV") in codes(code("Россия не признала Косово."))

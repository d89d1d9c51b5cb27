"""An act under a refusal or a threat ("угрожает ответить на ...", "отказалась выдать ..."): the combined event is
aimed at whom the act names, even when the act itself is no event word; never at the source's own side."""

import pytest

pytestmark = pytest.mark.slow


def codes(events):
    return {(e.cameo[:2], e.source[:3], e.target[:3]) for e in events if not e.negated and e.target}


def test_a_threat_to_respond_is_aimed_at_what_is_answered(code):
    events = code("Россия угрожает ответить на расширение НАТО размещением ракет.")
    assert ("13", "RUS", "IGO") in codes(events)


def test_a_threat_to_stop_imports_is_aimed_at_their_country(code):
    events = code("Китай угрожает прекратить импорт австралийского угля.")
    assert ("13", "CHN", "AUS") in codes(events)


def test_a_refused_extradition_is_aimed_at_the_receiving_state(code):
    events = code("Швеция отказалась выдать Ассанжа Эквадору.")
    assert ("12", "SWE", "ECU") in codes(events)


def test_a_refusal_to_serve_in_ones_own_government_targets_no_one(code):
    events = code("Министр финансов России заявил, что откажется работать в правительстве.")
    assert not any(e.cameo.startswith("12") for e in events)


def test_refusing_to_answer_questions_is_no_event(code):
    events = code("Министр отказался отвечать на вопросы журналистов.")
    assert not events


def test_an_allowed_resumption_of_aid_deliveries_is_eased_access(code):
    # the row of "разрешить" asks for deliveries of aid; they are the object of the infinitive it governs
    events = code("Правительство Египта разрешило ООН возобновить доставку гуманитарной помощи в Газу.")
    assert ("08", "EGY", "IGO") in codes(events)


def test_an_allowed_resumption_of_work_is_no_aid(code):
    events = code("Правительство Египта разрешило компании возобновить работу завода.")
    assert not any(e.cameo.startswith("08") for e in events)

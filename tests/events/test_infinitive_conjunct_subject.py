""""..., когда эсминец проигнорировал судно ..., ООН призвала считать суда терпящими бедствие и, оказывать им
помощь": the parser may join the infinitive "оказывать" as a conjunct of the finite "проигнорировал" of the earlier
clause; an infinitive is no second predicate of a finite verb, so it inherits no subject through that link
(h14 precision audit, Arguments.inherited_subject). The claim is narrow: this misparse is hard to provoke, and the
test sentence is the one found to show it."""

import pytest

pytestmark = pytest.mark.slow

TEXT = (
    "Новости\nБеженцы из Ливии попросили о помощи.\n"
    "После случившегося в мае инцидента, когда эсминец ВМС США проигнорировал горящее судно с мигрантами на борту, "
    "которое шло из Египта к берегам Греции, ООН призвала считать все такие суда, как терпящие бедствие и, оказывать "
    "им всю возможную помощь согласно морскому праву."
)


def test_urged_aid_is_not_the_ignoring_navys(code):
    events = code(TEXT, published="2011-06-02")
    assert not [e for e in events if e.source and e.source.startswith("USA") and e.cameo.startswith("07")]


def test_conjoined_finite_verbs_share_their_subject(code):
    events = code("Помощь\nАрмия США вошла в город и оказала помощь жителям Ливии.", published="2011-06-02")
    assert [e for e in events if e.cameo.startswith("07") and e.source.startswith("USA")]

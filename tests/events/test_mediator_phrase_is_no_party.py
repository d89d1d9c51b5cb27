""""При посредничестве X" says by whose good offices the sides acted: X is neither the content of their act nor
its other side ("при посредничестве Турции Россия и Украина договорились об обмене" is an agreement of Russia and
Ukraine, not of each with Turkey), nor what they "agreed to" (038) (session 15, "precision4")."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, sides, mediator",
    [
        ("При посредничестве Турции Россия и Украина договорились об обмене пленными.", {"RUS", "UKR"}, "TUR"),
        ("Армения и Азербайджан при посредничестве России договорились о прекращении огня.", {"ARM", "AZE"}, "RUS"),
        ("Израиль и Иордания договорились о сотрудничестве при посредничестве Египта.", {"ISR", "JOR"}, "EGY"),
        ("12 августа при посредничестве президента Франции Николя Саркози Медведев и Саакашвили согласились на план "
         "урегулирования.", {"RUS", "GEO"}, "FRA"),
    ],
)
def test_the_mediator_is_no_side_of_the_agreement(code, sentence, sides, mediator):
    found = dyads(code(sentence, "2008-08-26"))
    assert any({source, target} == sides for _, source, target in found), found
    assert not any(root == "03" and mediator in (source, target) for root, source, target in found), found

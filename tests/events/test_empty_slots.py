"""Events whose row matched but whose source or target slot found no actor in the clause (session 13, "slots"),
on sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forces put on alert in the passive with no agent named: their own state's force posture
        (
            "Вооружённые силы Пакистана в пятницу были приведены в состояние боевой готовности в связи с учениями Индии.",
            ("15", "PAK", "IND"),
        ),
        ("Во вторник пограничные войска Эритреи были приведены в повышенную готовность.", ("15", "ERI", None)),
        ("Армия Венесуэлы приведена в полную боевую готовность.", ("15", "VEN", None)),
    ],
)
def test_forces_in_a_passive_with_no_agent_are_their_own_states_posture(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_forces_sent_in_a_passive_with_no_agent_stay_without_a_source(code):
    # whose mission sends them is often another's than theirs
    assert not {dyad for dyad in dyads(code("Во вторник к границе с Эфиопией были переброшены войска Эритреи.")) if dyad[0] == "15"}


def test_the_forces_take_the_source_with_their_role(code):
    events = code("Вооружённые силы Пакистана в пятницу были приведены в состояние боевой готовности.")
    assert ("152", "PAKMIL", None) in codes(events)

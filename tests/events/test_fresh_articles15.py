"""Rules found on the fifteenth fresh article set (heldout-articles15), on sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a trial ("процесс над X", "суд над X") accuses its defendant; the court of the place tries him
        ("В Минске начался процесс над бывшим министром обороны Белоруссии.", ("1121", "BLRJUD", "BLRGOV")),
        ("В Тегеране начался суд над группой иранских оппозиционеров.", ("1121", "IRNJUD", "IRNOPP")),
    ],
)
def test_a_trial_over_a_defendant_is_an_accusation_by_the_court_of_the_place(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_trial_in_the_hague_of_a_story_of_the_tribunal_is_the_tribunals(code):
    text = (
        "Международный трибунал по бывшей Югославии рассматривает дело боснийского генерала. "
        "В Гааге начался процесс над бывшим командующим армии боснийских сербов."
    )
    events = code(text)
    assert ("1121", "IGOICTY", "BIHMIL") in codes(events)
    assert not {dyad for dyad in dyads(events) if dyad[1] == "NLD"}


def test_a_process_between_two_states_is_no_trial(code):
    assert not {dyad for dyad in dyads(code("Переговорный процесс между Арменией и Азербайджаном зашёл в тупик.")) if dyad[0] == "11"}

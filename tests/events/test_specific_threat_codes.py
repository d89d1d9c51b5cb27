"""An announced or intended coercive act is a threat, as the dev sets code it (plover-gsr-ru/dev "готово ввести военное
положение", "ужесточит блокаду": THREATEN); where CAMEO has a specific threat for the act's code, the threat takes it
(intent_codes.tsv by the longest code prefix, session 21 threat13): sanctions 163 -> 1312, broken relations
161 -> 1313, aid cut 162 -> 1311, expulsion 166 -> 136. The act told as done keeps its own code."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, cameo, source, target",
    [
        ("Евросоюз намерен ввести санкции против России.", "1312", "IGOEU", "RUSGOV"),
        ("Япония собирается наложить санкции на КНДР.", "1312", "JPNGOV", "PRKGOV"),
        ("Канада заявила, что введёт санкции в отношении чиновников Венесуэлы.", "1312", "CANGOV", "VENGOV"),
        ("Евросоюз пригрозил ввести санкции против Ирана.", "1312", "IGOEU", "IRNGOV"),
        ("Евросоюз намерен внести российских чиновников в санкционный список.", "1312", "IGOEU", "RUSGOV"),
        ("Россия намерена разорвать дипломатические отношения с Грузией.", "1313", "RUSGOV", "GEOGOV"),
        ("Мьянма собирается выслать наблюдателей ООН.", "136", "MMRGOV", "IGOUN"),
    ],
)
def test_an_intended_coercive_act_takes_its_specific_threat(code, sentence, cameo, source, target):
    found = codes(code(sentence))
    assert (cameo, source, target) in found, found


def test_the_act_done_keeps_its_code(code):
    found = codes(code("Евросоюз ввёл санкции против России."))
    assert ("163", "IGOEU", "RUSGOV") in found, found

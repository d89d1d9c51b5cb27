"""A coercive act someone has decided on ("решило выслать дипломатов", "решил отозвать посла", "решил ввести
санкции") is coded as the act, as the gold codes decisions ("Роскомнадзор решил заблокировать ролик" 1721), not
as a threat (13x); a cooperative act decided stays an intent (03x), and a threat stays a threat (session 15,
"precision4")."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, cameo",
    [
        ("Правительство России решило выслать двух эстонских дипломатов.", "166"),
        ("Президент Франции решил отозвать посла Франции из Италии.", "161"),
        ("Президент США решил ввести санкции против России.", "163"),
        ("Роскомнадзор решил заблокировать сайт радио «Свобода».", "172"),
    ],
)
def test_a_decided_coercive_act_is_the_act(code, sentence, cameo):
    found = {found_cameo for found_cameo, _, _ in codes(code(sentence))}
    assert cameo in found, found
    assert not any(code_.startswith("13") for code_ in found), found


def test_a_decided_visit_stays_an_intent(code):
    found = {cameo for cameo, _, _ in codes(code("Премьер-министр Японии решил посетить Китай в мае."))}
    assert found == {"036"}, found


def test_a_threatened_expulsion_stays_a_threat(code):
    found = {cameo for cameo, _, _ in codes(code("Правительство России пригрозило выслать эстонских дипломатов."))}
    assert found and all(cameo.startswith("13") for cameo in found), found

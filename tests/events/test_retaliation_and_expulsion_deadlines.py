"""Threats of retaliation and deadlines to leave, as articles tell them. A threat of retaliation that names no target
("Москва пригрозила ответными мерами") is aimed at whoever did the act done to the threatening side's country told
just before (``ImpliedActors.retaliated_act``, word class ``retaliation``); a deadline to leave the country given to
an envoy is his expulsion (166), not an ultimatum (139). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        (
            "Дипломатический скандал\nЛитва объявила о высылке двух российских дипломатов. "
            "В МИД России пообещали принять ответные меры.",
            ("13", "RUS", "LTU"),
        ),
        (
            "Новые санкции\nМинфин США ввел санкции против крупнейших российских банков. "
            "Россия пригрозила зеркальным ответом.",
            ("13", "RUS", "USA"),
        ),
        (
            "Высылка дипломатов\nПольша выслала пятерых сотрудников посольства Белоруссии. "
            "Минск пригрозил ответными мерами.",
            ("13", "BLR", "POL"),
        ),
        (
            "Высылка дипломатов\nЛитва объявила о высылке двух российских дипломатов. "
            "Москва пообещала симметричный ответ.",
            ("13", "RUS", "LTU"),
        ),
    ],
)
def test_retaliation_threat_is_aimed_at_the_act_before(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        # the act before was done to a third country: no cause of this side's retaliation
        "Переговоры\nПрезидент Франции провел переговоры с канцлером Германии. Россия пригрозила ответными мерами.",
        "Новые санкции\nЕвросоюз ввел санкции против Ирана. Россия пригрозила ответными мерами.",
    ],
)
def test_retaliation_threat_takes_no_unrelated_target(code, text):
    found = dyads(code(text))
    assert not any(dyad[0] == "13" and dyad[1] == "RUS" and dyad[2] not in (None, "---") for dyad in found)


@pytest.mark.parametrize(
    "text, expelled",
    [
        ("Власти Судана дали послу Великобритании 72 часа на то, чтобы покинуть страну.", ("16", "SDN", "GBR")),
        ("МИД Эквадора дал послу США 48 часов на то, чтобы выехать из страны.", ("16", "ECU", "USA")),
    ],
)
def test_deadline_to_leave_is_an_expulsion(code, text, expelled):
    found = dyads(code(text))
    assert expelled in found
    assert ("13", expelled[1], expelled[2]) not in found


def test_deadline_to_hand_over_stays_an_ultimatum(code):
    found = dyads(code("США дали талибам 48 часов на то, чтобы выдать бен Ладена."))
    assert any(dyad[0] == "13" and dyad[1] == "USA" for dyad in found)


@pytest.mark.parametrize(
    "text, other",
    [
        ("Москва отреагировала на высылку своих дипломатов из Праги.", "RUS"),
        ("Пекин ответил на закрытие своего консульства в Хьюстоне.", "CHN"),
    ],
)
def test_answered_act_is_not_the_answering_side_s(code, text, other):
    # the act answered was done by another side before; its doer is not named here
    assert not any(dyad[0] == "16" and dyad[1] == other for dyad in dyads(code(text)))


@pytest.mark.parametrize(
    "text, dyad",
    [
        (
            "Высылка дипломатов\nЛатвия объявила о высылке трех российских дипломатов. "
            "Сергей Лавров пообещал, что Москва ответит на высылку своих дипломатов.",
            ("13", "RUS", "LVA"),
        ),
        (
            "Высылка дипломатов\nЛатвия объявила о высылке трех российских дипломатов. "
            "МИД России пообещал ответить на этот шаг.",
            ("13", "RUS", "LVA"),
        ),
    ],
)
def test_answer_to_an_act_done_to_one_s_own_is_aimed_at_its_doer(code, text, dyad):
    found = dyads(code(text))
    assert dyad in found
    assert ("13", "RUS", "RUS") not in found


def test_answer_promised_to_a_letter_is_no_threat(code):
    assert not any(dyad[0] == "13" for dyad in dyads(code("Письмо\nМинистр пообещал ответ на письмо коллег.")))


def test_retaliation_for_any_act_takes_no_told_target(code):
    found = dyads(code(
        "Резолюция\nСовет Безопасности ООН ввел санкции против Ливии. Представитель МИД Ливии предупредил, что "
        "любое иностранное вмешательство будет встречено отпором."
    ))
    assert ("13", "LBY", "IGOUN") not in found


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Израиль выставил Тегерану ультиматум.", ("13", "ISR", "IRN")),
        ("Анкара выставила Дамаску ультиматум.", ("13", "TUR", "SYR")),
    ],
)
def test_ultimatum_set_is_an_ultimatum(code, text, dyad):
    assert dyad in dyads(code(text))

"""Two rules of session 21 (helper threat13):

- "осудить" whose subject or passive agent is a court, its judges or jury is a conviction (CAMEO 116, find guilty),
  not the condemnation (111) a politician's "осудил нападение" is ("subj=@court" in triggers.tsv);
- a participle right after a compound preposition ("в связи с продолжавшимися два дня столкновениями") opens the
  phrase of the noun it agrees with, also when the tagger read it as a noun: the cause phrase then hangs on that
  noun, and the clashes are recalled as a cause, not intended with the act they explain.
"""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Суд Минска осудил белорусского оппозиционера Ивана Петрова.", "BLRJUD", "BLROPP"),
        ("Белорусский оппозиционер Иван Петров был осуждён судом Минска.", "BLRJUD", "BLROPP"),
        ("Российский бизнесмен Иван Петров, осуждённый французским судом, подал апелляцию.", "FRAJUD", "RUSBUS"),
        ("Военный трибунал Ирана осудил американского журналиста Джона Смита.", "IRNJUD", "USAMED"),
        ("Верховный суд Египта осуждает лидеров оппозиции Египта.", "EGYJUD", "EGYOPP"),
    ],
)
def test_a_court_convicts(code, sentence, source, target):
    found = codes(code(sentence))
    assert ("116", source, target) in found, found
    assert not any(cameo == "111" for cameo, _, _ in found), found


def test_a_conviction_in_absentia(code):
    found = codes(code("Иран заочно осудил американского журналиста Джона Смита."))
    assert any(cameo == "116" for cameo, _, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Генсек ООН осудил нападение боевиков на миротворцев в Мали.",
        "Президент Франции осудил решение суда по делу российского бизнесмена.",
        "МИД России осуждает приговор суда Латвии российским журналистам.",
    ],
)
def test_a_politician_condemns(code, sentence):
    found = codes(code(sentence))
    assert any(cameo == "111" for cameo, _, _ in found), found
    assert not any(cameo == "116" for cameo, _, _ in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент Казахстана заявил о намерении уволить главу компании в связи с продолжавшимися два дня "
        "столкновениями между полицией и рабочими.",
        "Президент Киргизии пообещал уволить главу МВД в связи с продолжавшимися неделю столкновениями между "
        "полицией и демонстрантами.",
        "Премьер Армении уволил главу полиции в связи с продолжавшимися два дня столкновениями полиции с "
        "демонстрантами.",
    ],
)
def test_clashes_named_as_the_cause_are_no_event(code, sentence):
    found = codes(code(sentence))
    # only the removal, announced (172), promised (132) or done (172): no clash, protest or threat of one
    assert found and all(cameo in ("132", "172") for cameo, _, _ in found), found

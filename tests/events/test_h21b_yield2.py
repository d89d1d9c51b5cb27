"""Yielding acts of root 08: a blockade lifted told as a noun or with other verbs, and restrictions eased off
another state (085, whose restrictions: "против X", "в отношении X"). Sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def _with_countries(events):
    return {(cameo, (source or "---")[:3], (target or "")[:3]) for cameo, source, target in codes(events)}


# ---- a blockade lifted, ended or eased: 0872, its target the blockaded side
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Израиль объявил о прекращении блокады сектора Газа.", ("0872", "ISR", "PSE")),
        ("Правительство Израиля объявило о снятии блокады с сектора Газа.", ("0872", "ISR", "PSE")),
        ("Израиль прекратил блокаду сектора Газа.", ("0872", "ISR", "PSE")),
        ("Россия объявила об ослаблении блокады Грузии.", ("0872", "RUS", "GEO")),
        ("О снятии блокады Катара объявила Саудовская Аравия.", ("0872", "SAU", "QAT")),
    ],
)
def test_a_blockade_lifted(code, sentence, expected):
    assert expected in _with_countries(code(sentence))


# ---- restrictions eased off another state are sanctions eased (085), not an administrative restriction (081)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Президент США объявил о смягчении ограничений против Кубы.", ("085", "USA", "CUB")),
        ("Турция сняла ограничения против Армении, сообщил МИД.", ("085", "TUR", "ARM")),
        ("Евросоюз смягчил ограничения в отношении Белоруссии.", ("085", "IGO", "BLR")),
        ("Ограничения против Ирана были сняты Евросоюзом.", ("085", "IGO", "IRN")),
        ("Вашингтон отменил запрет на поездки в Ливию.", ("085", "USA", "LBY")),
    ],
)
def test_restrictions_eased_off_another_state(code, sentence, expected):
    assert expected in _with_countries(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # eased for people, or at home: still 081
        ("Правительство Китая отменило запрет для граждан Японии.", ("081", "CHN", "JPN")),
        ("Правительство Египта отменило запрет на митинги.", ("081", "EGY", "EGY")),
    ],
)
def test_restrictions_eased_for_people_or_at_home_stay_administrative(code, sentence, expected):
    found = _with_countries(code(sentence))
    assert expected in found
    assert not [cameo for cameo, _s, _t in found if cameo == "085"]


def test_charges_dropped_against_a_state_stay_administrative(code):
    # no restriction named: not sanctions
    found = _with_countries(code("Прокуратура Швейцарии сняла обвинения с России."))
    assert not [cameo for cameo, _s, _t in found if cameo == "085"]


# ---- a converb opening the sentence, which the tagger took for a finite verb, shares the subject of its verb
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Уступая требованиям участников уличных протестов, король Иордании отправил правительство в отставку.", ("083", "JOR")),
        ("Уступая требованиям демонстрантов, президент Египта распустил правительство.", ("083", "EGY")),
        ("Уступая давлению Вашингтона, правительство Пакистана освободило пленных.", ("083", "PAK")),
    ],
)
def test_a_sentence_initial_converb_of_yielding(code, sentence, expected):
    assert expected in {(cameo, source[:3]) for cameo, source, _target in codes(code(sentence)) if source}


# ---- a release by unnamed captors: the source is unknown ("---"), not the state of the place; their group when
# the text names it on them
@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Двое итальянских заложников были отпущены похитителями в Ираке.", "ITA"),
        ("Похитители освободили двух французских журналистов в Ираке.", "FRA"),
        ("Похитители отпустили трёх британских инженеров в Нигерии.", "GBR"),
    ],
)
def test_a_release_by_unnamed_captors(code, sentence, target):
    found = {(cameo[:3], source, (tgt or "")[:3]) for cameo, source, tgt in codes(code(sentence))}
    assert ("084", None, target) in found
    assert not [source for cameo, source, _t in found if cameo == "084" and source]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Похитители из группировки ХАМАС освободили израильского солдата.", ("PSE", "ISR")),
        ("Похитители из «Аль-Каиды» отпустили двух немецких туристов.", ("NGO", "DEU")),
    ],
)
def test_captors_of_a_named_group_are_that_group(code, sentence, expected):
    found = {((source or "---")[:3], (tgt or "")[:3]) for cameo, source, tgt in codes(code(sentence)) if cameo.startswith("084")}
    assert expected in found


def test_a_release_by_named_forces_keeps_them(code):
    found = {(cameo[:3], (source or "---")[:3]) for cameo, source, _t in codes(code("Пятеро заложников были освобождены иракскими военными."))}
    assert ("084", "IRQ") in found


# ---- a named person's release told as a noun under a word of announcing or deciding
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Власти России объявили об освобождении Михаила Ходорковского.", ("0841", "RUS", "RUS")),
        ("Власти Египта объявили об освобождении оппозиционного политика Айман Нура.", ("0841", "EGY", "EGY")),
        ("Президент России подписал указ об освобождении Михаила Ходорковского.", ("0841", "RUS", "RUS")),
    ],
)
def test_a_named_person_freed_told_as_a_noun(code, sentence, expected):
    assert expected in _with_countries(code(sentence))


def test_a_release_as_a_price_paid_is_no_release_by_the_payer(code):
    found = _with_countries(code("За освобождение Иссахар Израиль был вынужден отдать России подворье в Иерусалиме."))
    assert not [cameo for cameo, source, _t in found if cameo.startswith("084") and source == "ISR"]


# ---- a participle on its source's noun acts on words inside its own phrase, of another role of the same country
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Власти Боливии, уступившие требованиям участников уличных протестов, в понедельник расторгли контракт с консорциумом.", ("083", "BOLGOV", "BOLCVL")),
        ("Правительство Непала, пошедшее навстречу требованиям демонстрантов, отменило повышение цен.", ("083", "NPLGOV", "NPLCVL")),
        ("Правительство Непала, уступившее требованиям оппозиции, отменило повышение цен.", ("083", "NPLGOV", "NPLOPP")),
    ],
)
def test_a_participle_yields_to_a_side_inside_its_phrase(code, sentence, expected):
    assert expected in codes(code(sentence))


# ---- house arrest lifted: a release of the person held
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Суд Египта отменил домашний арест бывшего президента Хосни Мубарака.", ("0841", "EGY", "EGY")),
        ("Военные власти Мьянмы сняли домашний арест с оппозиционного политика.", ("0841", "MMR", "MMR")),
        ("Домашний арест с лидера оппозиции Ирана был снят.", ("0841", "IRN", "IRN")),
    ],
)
def test_house_arrest_lifted_is_a_release(code, sentence, expected):
    assert expected in _with_countries(code(sentence))

"""Qualifiers of each kind on sentences written for the modality probe (session 23): a done act is told as done,
a future or intent as such, a negated act as negated, and a qualifier stays in its own clause."""

import pytest

from tests.events.conftest import codes


def qualified(events):
    """(cameo, source, target, negated, modality) of every coded event."""
    return {(e.cameo, e.source, e.target, e.negated, e.modality) for e in events}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Президент России Владимир Путин провел переговоры с президентом Казахстана.",
         ("046", "RUSGOV", "KAZGOV", False, None)),
        ("Президент России не проводил переговоров с президентом Казахстана.",
         ("046", "RUSGOV", "KAZGOV", True, None)),
        ("Президент России проведет переговоры с президентом Казахстана в понедельник.",
         ("036", "RUSGOV", "KAZGOV", False, "future")),
        ("Президент России намерен провести переговоры с президентом Казахстана.",
         ("036", "RUSGOV", "KAZGOV", False, "intent")),
        ("Премьер-министр Индии собирается посетить Пакистан.", ("036", "INDGOV", "PAKGOV", False, "intent")),
        ("США намерены ввести новые санкции против России.", ("1312", "USAGOV", "RUSGOV", False, "intent")),
        ("Евросоюз ввел санкции против Белоруссии.", ("163", "IGOEU", "BLRGOV", False, None)),
        ("Япония окажет помощь Филиппинам.", ("033", "JPNGOV", "PHL", False, "future")),
        ("Президент Египта пообещал оказать помощь Судану.", ("033", "EGYGOV", "SDNGOV", False, "intent")),
        ("Власти Мали намерены выслать посла Франции.", ("136", "MLIGOV", "FRAGOV", False, "intent")),
        ("Власти Мали выслали посла Франции.", ("166", "MLIGOV", "FRAGOV", False, None)),
        ("Власти Мали не высылали посла Франции, заявили в МИД.", ("166", "MLIGOV", "FRAGOV", True, None)),
        ("Москва не намерена высылать посла Эстонии.", ("136", "RUSGOV", "ESTGOV", True, "intent")),
        ("Китай не будет вводить санкции против России.", ("1312", "CHNGOV", "RUSGOV", True, "future")),
        ("Если Иран нарушит соглашение, США введут санкции против Ирана.",
         ("1312", "USAGOV", "IRNGOV", False, "future")),
        ("Президент Казахстана встретится с президентом Китая.", ("036", "KAZGOV", "CHNGOV", False, "future")),
        ("Президент Казахстана встретился с президентом Китая.", ("040", "KAZGOV", "CHNGOV", False, None)),
        ("Эр-Рияд собирается восстановить дипломатические отношения с Тегераном.",
         ("032", "SAUGOV", "IRNGOV", False, "intent")),
        ("МИД Азербайджана опроверг сообщения о том, что армия обстреляла позиции Армении.",
         ("193", "AZEMIL", "ARM", True, None)),
    ],
)
def test_each_qualifier_on_its_root(code, sentence, expected):
    found = qualified(code(sentence))
    assert expected in found, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент Франции может посетить Алжир в мае.",
        "Министр иностранных дел Египта выразил надежду, что Израиль прекратит удары по Газе.",
        "Министр обороны Индии заявил, что армия Пакистана может обстрелять позиции индийских войск.",
        "Президент Турции, как ожидается, посетит Россию в апреле.",
    ],
)
def test_a_possibility_or_hope_is_no_event(code, sentence):
    assert not codes(code(sentence)), qualified(code(sentence))


@pytest.mark.parametrize(
    "sentence, intended, done",
    [
        ("Турция намерена выслать посла Сирии и ввела санкции против Дамаска.",
         ("136", "TURGOV", "SYRGOV", False, "intent"), ("163", "TURGOV", "SYRGOV", False, None)),
        ("Президент Египта пообещал оказать помощь Судану и провел переговоры с премьером Эфиопии.",
         ("033", "EGYGOV", "SDNGOV", False, "intent"), ("046", "EGYGOV", "ETHGOV", False, None)),
        ("Президент России, который намерен посетить Китай, провел переговоры с премьером Индии.",
         ("036", "RUSGOV", "CHNGOV", False, "intent"), ("046", "RUSGOV", "INDGOV", False, None)),
    ],
)
def test_a_done_act_beside_an_intent_is_done(code, sentence, intended, done):
    found = qualified(code(sentence))
    assert intended in found and done in found, found


def test_an_act_conjoined_to_a_plan_in_the_infinitive_is_planned(code):
    found = qualified(code("Турция намерена выслать посла Сирии и ввести санкции против Дамаска."))
    assert not any(cameo == "163" and modality is None for cameo, _, _, _, modality in found), found


@pytest.mark.parametrize(
    "sentence, denied",
    [
        ("Премьер Израиля отверг обвинения в том, что армия нанесла удар по больнице в Газе.", ("190", "ISRMIL")),
        ("Министр обороны Армении отверг обвинения в том, что армия обстреляла позиции Азербайджана.", ("19", "ARMMIL")),
    ],
)
def test_an_act_a_rejected_charge_tells_is_denied(code, sentence, denied):
    events = code(sentence)
    cameo, source = denied
    assert any(e.cameo.startswith(cameo) and e.source == source and e.negated for e in events), qualified(events)
    assert not any(e.cameo.startswith(cameo) and e.source == source and not e.negated for e in events), qualified(events)

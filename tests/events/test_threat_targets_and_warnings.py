"""Threats and warnings (CAMEO 13, PLOVER THREATEN), session 18 "threat" helper.

A threat to cut one's ties (cooperation, relations, talks) with someone is aimed at that partner, even when a
condition ("если ...") names another actor: the condition then says why, the partner is whom the step hurts."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, source, target",
    [
        (
            "Президент Венесуэлы пригрозил разорвать отношения с Колумбией, если США разместят там свои военные базы.",
            "VEN",
            "COL",
        ),
        (
            "Правительство Ирана угрожает свернуть переговоры с МАГАТЭ, если Евросоюз введёт новые санкции.",
            "IRN",
            "IGOIAEA",
        ),
        (
            "Турция пригрозила заморозить военное сотрудничество с Израилем, если египетские войска войдут в Газу.",
            "TUR",
            "ISR",
        ),
        (
            "Министр обороны Сербии предупредил, что Белград прекратит сотрудничество с НАТО, если Албания "
            "признает независимость края.",
            "SRB",
            "IGONATO",
        ),
    ],
)
def test_a_threat_to_cut_ties_is_aimed_at_the_partner(code, sentence, source, target):
    found = [(cameo, s, t) for cameo, s, t in codes(code(sentence)) if cameo.startswith("13")]
    assert any(s.startswith(source) and t.startswith(target) for _, s, t in found), found
    assert all(t.startswith(target) for _, _, t in found), found


def test_a_threat_of_force_stays_aimed_at_the_condition(code):
    found = [
        (cameo, s, t)
        for cameo, s, t in codes(code(
                "Министр обороны Греции заявил, что Греция ответит военной силой, если Турция попытается "
                "расширить свои территориальные воды."
            ))
        if cameo.startswith("13")
    ]
    assert any(t.startswith("TUR") for _, _, t in found), found


# A side's answer to another's hostile act, said to come ("заявил, что Пекин ответит на провокации Токио"), is a
# threat to the author of that act, not a criticism the speaker levels at his own side.
@pytest.mark.parametrize(
    "sentence, source, target",
    [
        ("Представитель МИД Китая заявил, что Пекин ответит на любые провокации Токио.", "CHN", "JPN"),
        ("Президент Ирана подчеркнул, что Тегеран ответит на агрессию Израиля.", "IRN", "ISR"),
        ("МИД КНДР заявил, что Пхеньян будет отвечать на санкции Вашингтона.", "PRK", "USA"),
    ],
)
def test_an_answer_said_to_come_is_a_threat(code, sentence, source, target):
    found = codes(code(sentence))
    assert any(
        cameo.startswith("13") and s.startswith(source) and t.startswith(target) for cameo, s, t in found
    ), found
    assert not any(cameo.startswith("11") and t.startswith(source) for cameo, s, t in found), found


def test_a_provocation_judged_stays_a_criticism(code):
    found = codes(code("Представитель МИД Китая заявил, что провокации Токио недопустимы."))
    assert any(cameo.startswith("11") and t.startswith("JPN") for cameo, _, t in found), found


# What a side promises to answer ("ответит на", "отреагирует на") was done to it by another: it is not the act its
# promise announces ("пообещал, что Тбилиси ответит на задержание грузинских граждан" is no threat to arrest them).
@pytest.mark.parametrize(
    "sentence, own",
    [
        ("Президент Ирана пообещал, что Тегеран отреагирует на задержание иранских моряков.", "IRN"),
        ("Премьер Сербии обещал, что Белград ответит на арест сербских граждан в Хорватии.", "SRB"),
        ("Президент Грузии обещал, что Тбилиси ответит на задержание грузинских граждан.", "GEO"),
        ("Глава МИД Польши пообещал, что Варшава будет отвечать на аресты польских журналистов.", "POL"),
    ],
)
def test_the_act_answered_is_not_announced(code, sentence, own):
    found = codes(code(sentence))
    # (a threat with no target found is no threat to its own side either)
    assert not any(cameo.startswith("13") and (t or "").startswith(own) for cameo, _, t in found), found

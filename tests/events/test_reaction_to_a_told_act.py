"""A reaction whose object is an act named with no actor ("назвал высылку «провокацией»", "осудил приговор") is
aimed at the agents of the latest act of that kind the text told before (act_nouns.tsv), on texts written for
these tests."""

import pytest

pytestmark = pytest.mark.slow


def dyads(events, root):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith(root)}


def test_an_expulsion_called_a_provocation_is_aimed_at_the_expelling_state(code):
    events = code(
        "Власти Эстонии во вторник выслали двух российских дипломатов. Решение было принято после скандала со "
        "шпионажем. Министр иностранных дел России Сергей Лавров назвал высылку «провокацией»."
    )
    assert ("RUS", "EST") in dyads(events, "11")


def test_a_sentence_condemned_after_its_story_is_aimed_at_the_court(code):
    events = code(
        "Суд Минска в понедельник приговорил лидера белорусской оппозиции к пяти годам колонии. Оглашение "
        "приговора длилось три часа. Сторонники политика собрались у здания суда. Государственный департамент "
        "США осудил приговор и призвал Евросоюз расширить санкции."
    )
    assert ("USA", "BLR") in dyads(events, "11")


def test_accusations_rejected_as_absurd_are_aimed_at_the_accuser(code):
    events = code(
        "Президент Азербайджана обвинил Армению в обстреле приграничных сёл. По его словам, пострадали трое "
        "местных жителей. МИД Армении назвал обвинения абсурдными."
    )
    assert ("ARM", "AZE") in dyads(events, "11")


def test_no_act_of_that_kind_told_gives_no_target(code):
    events = code(
        "Премьер-министр Японии провёл переговоры с президентом Южной Кореи. МИД Японии назвал высылку "
        "«провокацией»."
    )
    assert not any(target == "KOR" for _, target in dyads(events, "11"))

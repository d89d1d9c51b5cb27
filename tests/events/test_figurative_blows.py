"""A blow struck at an economy, interests, rights or a reputation ("нанесли удар по экономике России", "ударили по
экспорту Китая") is figurative, no attack (word class struck_abstract); a blow at positions or targets stays one."""

import pytest


@pytest.mark.parametrize("text", [
    "Санкции США нанесли серьезный удар по экономике России.",
    "Решение Вашингтона наносит удар по интересам Китая.",
    "Новые пошлины Вашингтона ударили по экспорту Китая.",
    "Арест оппозиционера нанёс удар по репутации властей Белоруссии.",
    "Эмбарго Евросоюза осуществило удар по бюджету Ирана.",
])
def test_a_figurative_blow_is_no_attack(code, text):
    events = code(text)
    assert not [e for e in events if e.cameo[:2] == "19"], [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("Израильская авиация нанесла удар по позициям ХАМАС в секторе Газа.", "ISR", "PSE"),
    ("Российская армия нанесла удар по украинским позициям.", "RUS", "UKR"),
    ("Американские самолеты нанесли удары по объектам ИГ в Сирии.", "USA", "SYR"),
])
def test_a_blow_at_positions_is_an_attack(code, text, source, target):
    events = code(text)
    assert any(
        e.cameo[:2] == "19" and e.source[:3] == source and (e.target or "")[:3] == target for e in events
    ), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, cameo", [
    ("Саудовская Аравия нанесла ракетный удар по позициям хуситов в Йемене.", "195"),
    ("Турецкая армия нанесла артиллерийский удар по позициям курдских боевиков в Сирии.", "194"),
])
def test_a_kind_of_strike_keeps_its_own_code(code, text, cameo):
    assert cameo in {e.cameo for e in code(text)}

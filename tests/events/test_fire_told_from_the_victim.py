"""Fire told from the victim's side: the subject "попал под обстрел X" / "попал в засаду X" is fired at, and the dead or
wounded "в результате авиаудара X" are its target; shelling with no named shooter has no agent from its place."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize("text, root, source, target", [
    ("Украинские военные попали под обстрел российской артиллерии.", "19", "RUS", "UKR"),
    ("Колонна сирийской армии попала под авиаудар израильских ВВС.", "19", "ISR", "SYR"),
    ("Израильские военные попали под огонь палестинских боевиков.", "19", "PSE", "ISR"),
    ("Американский конвой попал в засаду боевиков «Талибана».", "19", "AFG", "USA"),
    ("Патруль миротворцев ООН оказался под обстрелом сирийских повстанцев.", "19", "SYR", "IGOUN"),
    ("Грузинские пограничники попадали под обстрел со стороны абхазских военных.", "19", "XAB", "GEO"),
    ("Лидер талибов погиб в результате американского авиаудара в провинции Кунар.", "19", "USA", "AFG"),
    ("В результате израильского авиаудара на юге Ливана погибли двое командиров «Хезболлы».", "19", "ISR", "LBN"),
    ("Трое украинских военных погибли в результате обстрела со стороны российских войск.", "19", "RUS", "UKR"),
])
def test_the_victim_is_the_subject(code, text, root, source, target):
    events = code(text)
    assert any(
        e.cameo[:2] == root and e.source.startswith(source) and (e.target or "").startswith(target) for e in events
    ), dyads(events)


@pytest.mark.parametrize("text", [
    "Министр попал под огонь критики оппозиции.",
    "Компания попала под удар санкций США.",
    # the place of the shelling is where it struck, not who fired
    "Двое журналистов погибли в результате обстрела вблизи Славянска.",
    "Трое солдат погибли в результате нападения в Кабуле.",
    "Журналист и его российский коллега погибли в результате миномётного обстрела вблизи Славянска на востоке Украины.",
])
def test_no_attacker_no_fight(code, text):
    assert not [d for d in dyads(code(text)) if d[0] in ("18", "19")], dyads(code(text))


@pytest.mark.parametrize("text, source, target", [
    ("Трое афганских полицейских стали жертвами нападения талибов.", "AFG", "AFG"),
    ("Двое израильских солдат стали жертвами обстрела со стороны палестинских боевиков.", "PSE", "ISR"),
    ("Мирные жители Алеппо стали жертвами авиационного удара российских ВВС.", "RUS", "SYR"),
    ("Американский патруль наткнулся на засаду талибов.", "AFG", "USA"),
    ("Колонна украинских военных нарвалась на засаду ополченцев.", "", "UKR"),
])
def test_victims_of_an_attack_and_ambushes_run_into(code, text, source, target):
    events = code(text)
    assert any(
        e.cameo[:2] in ("18", "19") and (e.source or "").startswith(source) and (e.target or "").startswith(target)
        and e.source for e in events
    ), dyads(events)


def test_a_victim_of_a_crime_is_no_target_of_violence(code):
    assert not [d for d in dyads(code("Он стал жертвой мошенников.")) if d[0] in ("18", "19")]

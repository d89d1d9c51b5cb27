"""The people a struck vehicle or column carries, named by its "с X", are struck with it (word class carrier):
"врезался в конвой НАТО с румынскими солдатами" strikes NATO and the Romanian soldiers, however the parser hangs
the "с" phrase."""

import pytest


@pytest.mark.parametrize("text, owner, passengers", [
    ("Смертник на заминированном автомобиле врезался в конвой НАТО с румынскими солдатами.", "IGONATO", "ROU"),
    ("Боевики обстреляли колонну ООН с непальскими миротворцами.", "IGOUN", "NPL"),
    ("Повстанцы атаковали патруль Евросоюза с французскими военными.", "IGOEU", "FRA"),
    ("Боевики напали на конвой миссии ОБСЕ с немецкими наблюдателями.", "IGOOSCE", "DEU"),
])
def test_the_passengers_are_struck_too(code, text, owner, passengers):
    events = code(text)
    targets = {(e.target or "") for e in events if e.cameo[:2] in ("18", "19")}
    assert any(t.startswith(owner) for t in targets), targets
    assert any(t.startswith(passengers) for t in targets), targets


def test_a_column_of_aid_carries_no_actor(code):
    events = code("Россия направила колонну с гуманитарной помощью в Донбасс.")
    assert not any(e.cameo[:2] in ("18", "19") for e in events)

""""Силы безопасности" (security forces) are a country's police (COP), as "силы правопорядка" are: with a
country adjective ("израильские силы безопасности") they are an actor, and in a clash with demonstrators the
demonstrators are the side that protests (session 15, "precision4")."""

import pytest

from tests.events.conftest import codes


@pytest.mark.parametrize(
    "sentence, protesters, police",
    [
        ("В Восточном Иерусалиме произошли столкновения между палестинскими демонстрантами и израильскими силами "
         "безопасности.", "PSE", "ISRCOP"),
        ("Столкновения между израильскими силами безопасности и палестинскими демонстрантами продолжались всю ночь.",
         "PSE", "ISRCOP"),
    ],
)
def test_demonstrators_riot_against_security_forces(code, sentence, protesters, police):
    found = codes(code(sentence, "2017-07-22"))
    assert any(cameo.startswith("14") and source.startswith(protesters) and target == police
               for cameo, source, target in found), found
    assert not any(cameo.startswith("14") and source == police for cameo, source, _ in found), found


@pytest.mark.parametrize(
    "sentence, police",
    [
        ("Иракские силы безопасности задержали двух боевиков в Багдаде.", "IRQCOP"),
        ("Израильские силы безопасности арестовали трёх палестинцев в Хевроне.", "ISRCOP"),
    ],
)
def test_security_forces_with_a_country_adjective_are_police(code, sentence, police):
    found = codes(code(sentence, "2017-07-22"))
    assert any(cameo == "173" and source == police for cameo, source, _ in found), found

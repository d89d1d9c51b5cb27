"""A quantity or a measure stands for what it counts, in a row's requirements too ("изгнали тысячи крестьян из их
деревень", "судно с 20 тоннами оружия"), and the parser's lemma of a participle noun is on the lists."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "dyad"),
    [
        # a quantity the parser hangs on the verb as a number is its object (repairs.repair_quantity_objects)
        ("Суданские войска изгнали тысячи крестьян из их деревень в Дарфуре.", ("20", "SDN", "SDN")),
        ("Полиция Мьянмы выселила сотни семей из их домов в Янгоне.", ("20", "MMR", "MMR")),
        # a measure stands for the goods it measures
        ("Канада направила в пострадавшую от засухи Сомали пять тысяч тонн зерна.", ("07", "CAN", "SOM")),
        ("Германия отправила в Судан 300 тонн муки.", ("07", "DEU", "SDN")),
        # the parser lemmatises "обвиняемого" as "обвинять"
        ("Греция выдала Германии обвиняемого в мошенничестве.", ("06", "GRC", "DEU")),
    ],
)
def test_requirements_seen_through_quantities(code, sentence, dyad):
    assert dyad in dyads(code(sentence)), dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Компания отправила на склад 300 тонн угля.",
        "Завод направил в цех тысячи тонн стали.",
        "Фермеры из Канады собрали тысячи тонн зерна.",
    ],
)
def test_no_aid_or_expulsion_in_goods_moved(code, sentence):
    assert not any(item[0] in ("07", "20") for item in dyads(code(sentence)))

"""An additive "и" ("also") before a genitive: "объявил о высылке и посла Венесуэлы" is the envoy's expulsion, not
two coordinated things; conjuncts share their case, so a genitive joined to an oblique noun is that noun's."""

import pytest

from tests.events.conftest import dyads

CASES = [
    ("Вашингтон объявил о высылке и посла Венесуэлы.", ("16", "USA", "VEN")),
    ("МИД Латвии заявил о высылке и консула Белоруссии.", ("16", "LVA", "BLR")),
    ("Власти Грузии сообщили о задержании и сотрудников посольства России.", ("17", "GEO", "RUS")),
    ("О высылке и военного атташе Литвы в среду объявил МИД Белоруссии.", ("16", "BLR", "LTU")),
]


@pytest.mark.parametrize("text, dyad", CASES)
def test_additive_genitive_is_the_nouns_argument(code, text, dyad):
    assert dyad in dyads(code(text, published="2010-05-05"))


def test_coordinated_nouns_of_one_case_stay_coordinated(code):
    found = dyads(code("Киев выступил против санкций и давления Москвы.", published="2010-05-05"))
    assert ("12", "UKR", "RUS") in found

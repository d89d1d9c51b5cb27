"""A nominative quantity noun the parser hung on its verb as a number (nummod:gov) is the verb's subject ("В Париже
тысячи человек вышли на манифестацию"). Sentences written for these tests."""

import pytest

from letopis.events.repairs import repair_quantity_objects
from letopis.model import Token
from tests.events.conftest import dyads


@pytest.mark.parametrize("text, dyad", [
    ("Протесты во Франции\n\nВ Париже тысячи человек вышли на манифестацию против пенсионной реформы.",
     ("14", "FRA", "FRA")),
    ("Марш в Тбилиси\n\nТысячи жителей Тбилиси вышли на марш протеста против правительства.", ("14", "GEO", "GEO")),
    ("Протест в Каракасе\n\nВ Каракасе десятки тысяч сторонников оппозиции вышли на митинг против президента.",
     ("14", "VEN", "VEN")),
    ("Протест в Софии\n\nВ субботу сотни студентов вышли на улицы в центре Софии.", ("14", "BGR", "BGR")),
])
def test_crowds_going_out_to_rally(code, text, dyad):
    assert dyad in dyads(code(text, published="2017-05-10"))


def token(text, lemma, pos, case=None):
    feats = {"Case": case} if case else {}
    return Token(start=0, stop=len(text), text=text, lemma=lemma, pos=pos, feats=feats)


def test_a_nominative_quantity_before_its_verb_is_its_subject():
    tokens = [token("тысячи", "тысяча", "NOUN", "Nom"), token("человек", "человек", "NOUN", "Gen"),
              token("вышли", "выйти", "VERB")]
    heads, rels = [2, 0, -1], ["nummod:gov", "nmod", "root"]
    repair_quantity_objects(tokens, heads, rels)
    assert rels[0] == "nsubj"


def test_a_verb_with_a_subject_keeps_it():
    tokens = [token("тысячи", "тысяча", "NOUN", "Nom"), token("полиция", "полиция", "NOUN", "Nom"),
              token("задержала", "задержать", "VERB")]
    heads, rels = [2, 2, -1], ["nummod:gov", "nsubj", "root"]
    repair_quantity_objects(tokens, heads, rels)
    assert rels[0] == "nummod:gov"

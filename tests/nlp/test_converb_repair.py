"""The tagger's finite reading of a converb ("Уступая требованиям ..., король ...") is repaired by its ending."""

from letopis.model import Token
from letopis.nlp.homographs import repair_converbs


def _verb(text, **feats):
    return Token(0, len(text), text, lemma="x", pos="VERB", feats=dict(feats))


def test_converb_endings_make_a_converb():
    for text in ("Уступая", "Опираясь", "Держась", "Уступивши"):
        token = _verb(text, VerbForm="Fin", Number="Plur", Person="3", Voice="Pass", Aspect="Imp")
        repair_converbs([token])
        assert token.feats["VerbForm"] == "Conv"
        assert token.feats["Voice"] == "Act"
        assert "Number" not in token.feats and "Person" not in token.feats
        assert token.feats["Aspect"] == "Imp"


def test_finite_forms_stay_finite():
    for text in ("началась", "уступился", "уступили", "уступает", "сдалась"):
        token = _verb(text, VerbForm="Fin", Number="Plur")
        repair_converbs([token])
        assert token.feats["VerbForm"] == "Fin"

"""Lemma homographs the tagger's lemma gets wrong and the nearby words decide.

"суда" is the genitive singular of "суд" (a court) and the plural of "судно" (a ship); the tagger mostly says
"суд", which makes ships a court ("задержали рыболовецкие суда" -> a target of the judiciary).  The plural
"судно" is read when:
- a plural adjective or pronoun in the nominative/accusative comes right before ("рыболовецкие суда",
  "эти суда": a court's genitive would take "-ого/-ой": "Верховного суда");
- a name in quotes follows ("суда «Флотилии свободы»": ships and flotillas are named so, courts are not);
- it is the object right after a verb of seizing, boarding, sinking or attacking (``data/ship_verbs.txt``:
  "захватили суда", "взял штурмом суда"; not "избежал суда").

A form homograph too: the tagger may read a converb opening a sentence ("Уступая требованиям X, Y ...") as a
finite verb (plural, passive); no finite form ends as a converb does, so such a word is made a converb again.
"""

from __future__ import annotations

from functools import lru_cache

from letopis.data_files import data_lines
from letopis.model import Token

COURT_FORMS = frozenset({"суда"})
PLURAL_ENDINGS = ("ие", "ые")  # nominative/accusative plural of adjectives and participles
QUOTES = frozenset("«\"„“")


@lru_cache(maxsize=1)
def ship_verbs() -> frozenset[str]:
    return frozenset(data_lines("letopis.nlp", "ship_verbs.txt"))


def repair_homographs(tokens: list[Token]) -> None:
    """Set the lemma "судно" on each "суда" its neighbours show to be ships."""
    for index, token in enumerate(tokens):
        if token.lemma != "суд" or token.text.lower() not in COURT_FORMS:  # (the lemma first: no lower-casing)
            continue
        if _ships(tokens, index):
            token.lemma = "судно"


# endings only converbs have ("уступая", "опираясь", "держась", "уступив", "уступившись"); finite forms end
# in "-ся" ("уступился"), "-лась" ("началась"), "-ла", "-ют" ...
CONVERB_ENDINGS = ("я", "ясь", "ась", "вши", "вшись")
NOT_CONVERB_ENDINGS = ("ся", "лась")
FINITE_FEATS = ("Mood", "Person", "Number", "Gender")


def repair_converbs(tokens: list[Token]) -> None:
    """Make a converb of each verb tagged finite whose form ends only as a converb does ("Уступая требованиям
    оппозиции, король ..."): the subject it shares with the verb it hangs on is then found."""
    for token in tokens:
        if token.pos != "VERB" or token.feats.get("VerbForm") != "Fin":
            continue
        form = token.text.lower()
        if not form.endswith(CONVERB_ENDINGS) or form.endswith(NOT_CONVERB_ENDINGS):
            continue
        feats = {key: value for key, value in token.feats.items() if key not in FINITE_FEATS}
        feats.update(VerbForm="Conv", Voice="Act")
        token.feats = feats


def _ships(tokens: list[Token], index: int) -> bool:
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if after is not None and after.text in QUOTES and index + 2 < len(tokens) and tokens[index + 2].text[:1].isupper():
        return True
    if before is None:
        return False
    if before.pos in ("ADJ", "DET", "VERB") and before.text.lower().endswith(PLURAL_ENDINGS):
        return True
    return before.lemma in ship_verbs()

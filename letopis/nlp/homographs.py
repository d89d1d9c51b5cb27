"""Lemma homographs the tagger's lemma gets wrong and the nearby words decide.

"суда" is the genitive singular of "суд" (a court) and the plural of "судно" (a ship); the tagger mostly says
"суд", which makes ships a court ("задержали рыболовецкие суда" -> a target of the judiciary).  The plural
"судно" is read when:
- a plural adjective or pronoun in the nominative/accusative comes right before ("рыболовецкие суда",
  "эти суда": a court's genitive would take "-ого/-ой": "Верховного суда");
- a name in quotes follows ("суда «Флотилии свободы»": ships and flotillas are named so, courts are not);
- it is the object right after a verb of seizing, boarding, sinking or attacking (``data/ship_verbs.txt``:
  "захватили суда", "взял штурмом суда"; not "избежал суда").
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

"""Inflection-tolerant name matching: "Барака Обамы" is Барак Обама, "Сената" is the Сенат.

natasha does not always bring a name to the nominative ("Уго Чавеса", "Дариги
Назарбаевой"), and organisation names keep their genitive country ("Конституционный суд
Молдавии").  Words are compared by a shared stem: the KB word may lose a final vowel or
adjective ending, the text word may add a Russian case ending ("Путин" ~ "Путину",
"Мамука" ~ "Мамуке", "Назарбаев" ~ "Назарбаевой"), and nothing else ("Кан" !~ "Канду").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from letopis import data_files
from letopis.kb.data_files import data_lines
from letopis.kb.normal import normalize as _normalize

# names repeat across articles and the index build: the normalised key of each is made once
normalize = lru_cache(maxsize=65536)(_normalize)

# what a text word may add after the shared stem: the case endings of Russian nouns and adjectives
CASE_ENDINGS = frozenset(
    "а я у ю е и ы о ой ей ом ем ым им ого его ому ему ую юю ою ею ая яя ое ее ые ие "
    "ах ях ам ям ами ями ов ев ых их ыми ими".split()
) | {""}
# what the KB word may lose: a final vowel, soft sign or adjective ending ("Мамука", "Сергей", "российская")
STEM_ENDINGS = frozenset("а я й ь о е ий ый ой ая яя ое ее".split()) | {""}
MIN_STEM = 3
VOWELS = frozenset("аеёиоуыэюяь")
FLEETING_VOWELS = frozenset("еоё")
FLEETING_MIN = 5  # "Египет", "Павел": shorter words ("Лев") are too often other words
# how far the shared stem may back off: "верховным" ~ "верховный" share "верховны", but the ending is "ым"
STEM_BACKOFF = 2


def _common_prefix(left: str, right: str) -> int:
    size = 0
    for a, b in zip(left, right):
        if a != b:
            break
        size += 1
    return size


@lru_cache(maxsize=65536)
def forms_match(word: str, name_word: str) -> bool:
    """``word`` (as written in the text) is an inflected form of ``name_word`` (from the KB), or vice versa."""
    a, b = normalize(word), normalize(name_word)
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_STEM:
        return False
    # a hyphenated name inflects in each part: "Диаса-Канеля" ~ "Диас-Канель"
    if "-" in a and "-" in b:
        parts, name_parts = a.split("-"), b.split("-")
        return len(parts) == len(name_parts) and all(
            _stems_match(part, name_part) for part, name_part in zip(parts, name_parts))
    return _stems_match(a, b)


def _stems_match(a: str, b: str) -> bool:
    """Two normalised words share a stem and differ only by a case ending and a stem ending."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_STEM:
        return False
    longest = _common_prefix(a, b)
    if longest < MIN_STEM:
        return False
    for stem in range(longest, max(MIN_STEM, longest - STEM_BACKOFF) - 1, -1):
        tails = a[stem:], b[stem:]
        if (tails[0] in CASE_ENDINGS and tails[1] in STEM_ENDINGS) or (
            tails[1] in CASE_ENDINGS and tails[0] in STEM_ENDINGS
        ):
            return True
    # two inflected forms of one name ("Даригу", "Дариги"): short case endings on a longer stem
    tails = a[longest:], b[longest:]
    if longest >= MIN_STEM + 1 and all(0 < len(tail) <= 2 and tail in CASE_ENDINGS for tail in tails):
        return True
    return _fleeting_vowel(a, b) or _fleeting_vowel(b, a)


def _fleeting_vowel(word: str, name_word: str) -> bool:
    """"Египта" of "Египет", "Павла" of "Павел": the vowel before the last consonant drops in other cases."""
    if len(name_word) < FLEETING_MIN or name_word[-2] not in FLEETING_VOWELS or name_word[-1] in VOWELS:
        return False
    stem = name_word[:-2] + name_word[-1]
    return word.startswith(stem) and word[len(stem):] in CASE_ENDINGS and len(word) > len(stem)


def words_match(words: list[str], name_words: list[str]) -> bool:
    return len(words) == len(name_words) and all(forms_match(a, b) for a, b in zip(words, name_words))


def split_name(name: str) -> list[str]:
    """Words of a person's name; an initial glued to the surname is a word ("В.Лукашенко")."""
    return normalize(name.replace(".", ". ")).replace(" -", "-").split()


MONONYM_MIN = 5  # shorter one-word names are words or initials too often
FOUND_KEPT = 16384  # names whose people PersonIndex.find keeps


@dataclass
class PersonIndex:
    """KB people by the first letters of their surname, for inflected or longer names."""

    by_prefix: dict[str, list[tuple[list[str], Any]]] = field(default_factory=dict)
    # name -> the people ``find`` gives for it: the role tagger and the linker each ask for every person
    # of an article, and names repeat across articles; at most FOUND_KEPT names, then forgotten at once
    found: dict[str, tuple[Any, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, people: Iterable[Any]) -> PersonIndex:
        index = cls()
        for actor in people:
            given = split_name(actor.name)[:-1]
            for name in dict.fromkeys([actor.name, *actor.names]):
                words = split_name(name)
                if len(words) == 1 and given:  # a spelling of the surname only: "Ахмадинеджад" of Ахмадинежад
                    words = [*given, *words]
                # a one-word name only for a person known by one name ("Сухарто", "Хирохито")
                mononym = len(words) == 1 and not given and len(words[0]) >= MONONYM_MIN
                if (len(words) < 2 and not mononym) or not words[-1][:1].isalpha() or not _cyrillic_or_latin(words[-1]):
                    continue
                index.by_prefix.setdefault(words[-1][:MIN_STEM], []).append((words, actor))
                # "Кристина Фернандес" of "Кристина Фернандес де Киршнер": the name before a second
                # surname's particle is the name too
                cut = next((at for at, word in enumerate(words) if at >= 2 and word in name_particles()), 0)
                if cut:
                    index.by_prefix.setdefault(words[cut - 1][:MIN_STEM], []).append((words[:cut], actor))
        return index

    def find(self, name: str) -> list[Any]:
        """``_find`` of a name, kept: the index never changes once built."""
        found = self.found.get(name)
        if found is None:
            if len(self.found) >= FOUND_KEPT:
                self.found.clear()
            found = self.found[name] = tuple(self._find(name))
        return list(found)

    def _find(self, name: str) -> list[Any]:
        """People whose surname is a word of ``name`` (inflected) and whose given name fits the words before it.

        "Барака Обамы" -> Барак Обама; "Мигель Диас-Канель Бермудес" -> Мигель Диас-Канель (one more
        surname after it is allowed); a surname alone ("Обамы") fits every person of that surname.
        """
        words = split_name(name)
        found: dict[str, Any] = {}
        for position, word in enumerate(words):
            if position and len(words) - position > 2:  # the surname is one of the last two words, or the first
                continue
            entries = list(self.by_prefix.get(word[:MIN_STEM], ()))
            if position and len(word) > SYLLABLE:  # "Ким Чен Ына": the last syllable of the name takes the ending
                entries += [entry for entry in self.by_prefix.get(word[:SYLLABLE], ()) if len(entry[0][-1]) == SYLLABLE]
            for kb_words, actor in entries:
                if actor.id in found or not (forms_match(word, kb_words[-1]) or (
                        position and _syllable_inflected(word, kb_words[-1]))):
                    continue
                before = words[:position]
                # a word after the surname is a second surname only when the given names are all the KB's:
                # "Чон Ду Хвана" is not Чон Гён Ду ("Ду" his surname, "Хвана" left over)
                every_given = position < len(words) - 1
                if before and not given_names_fit(before, kb_words[:-1], every_given):
                    continue
                # surname first ("Небензю Василия Алексеевича"): the given name must follow it
                if not before and position + 1 < len(words) and not given_name_fits(words[1], kb_words[0]):
                    continue
                found[actor.id] = actor
        return list(found.values())


PATRONYMIC_ENDINGS = ("вич", "вна", "чна", "оглы", "кызы")
SYLLABLE = 2  # a Korean name's syllable: "Ын", "Ир", "Ин"


def _syllable_inflected(word: str, name_word: str) -> bool:
    """"ына" of "Ын": a one-syllable last name word with a case ending (after given names that fit)."""
    return len(name_word) == SYLLABLE and word.startswith(name_word) and word[SYLLABLE:] in CASE_ENDINGS


def given_names_fit(words: list[str], kb_given: list[str], every_given: bool = False) -> bool:
    """Every given name the text writes before the surname fits the KB's, one to one.

    "Ким Ён Чжин" is not Ким Тхэ Ён and "Али Абдалла Салех" is not Али Акбар Салехи; a KB
    patronymic may be left out ("Владимир Путин" for "Владимир Владимирович Путин"), and a
    middle name the KB does not write may be added. ``every_given``: each KB given name must be
    written (no one of several, no added middle name).
    """
    # particles of Spanish, Portuguese, Dutch, German names ("Луис да Силва" of Луис Инасиу Лула да Силва)
    particles = name_particles()
    words = [word for word in words if word not in particles]
    kb_given = [word for word in kb_given if word not in particles]
    names = [word for word in kb_given if not word.endswith(PATRONYMIC_ENDINGS)]
    options = [kb_given, names]
    if any(len(words) == len(option) and all(given_name_fits(w, k) for w, k in zip(words, option))
           for option in options):
        return True
    if every_given:
        return False
    # one of several given names: "Хусейн Тантави" for "Мохаммед Хусейн Тантави"
    if len(words) == 1 and len(names) > 1 and any(given_name_fits(words[0], name) for name in names):
        return True
    # a middle name the KB leaves out: "Джордж Уокер Буш" for "Джордж Буш"
    return len(kb_given) == 1 and len(words) > 1 and given_name_fits(words[0], kb_given[0])


def given_name_fits(word: str, kb_given: str) -> bool:
    """"Барака" fits Барак; an initial "В." fits Владимир."""
    initial = word.strip().endswith(".") or len(word.strip(" .")) == 1
    word = normalize(word).rstrip(".")
    if initial:
        return bool(word) and normalize(kb_given).startswith(word)
    if forms_match(word, kb_given):
        return True
    # another form of the same given name: "Володимир" for Владимир, "Джиму" for Джеймс
    groups = given_name_groups()
    kb_groups = groups.get(normalize(kb_given), ())
    if any(forms_match(word, other) for group in kb_groups for other in group):
        return True
    # another transliteration: "Камаль" for Кямаль, "Мухаммад" for Мохаммед, "Хусайн" for Хусейн
    return spellings_match(word, normalize(kb_given))


def spellings_match(word: str, kb_given: str) -> bool:
    """Two given names written alike up to the transliteration differences of ``data/given_name_spellings.tsv``."""
    if min(len(word), len(kb_given)) < SPELLING_MIN:
        return False
    if (_replaced(word)[-1] in GENDER_ENDINGS) != (_replaced(kb_given)[-1] in GENDER_ENDINGS):
        return False  # "Юлия" is not "Юлий", "Марина" not "Мирон" (nor, alas, the genitive "Камаля")
    keys = {spelling_key(kb_given)} | {spelling_key(kb_given[:-len(end)]) for end in STEM_ENDINGS
                                       if end and kb_given.endswith(end) and len(kb_given) - len(end) >= MIN_STEM}
    if spelling_key(word) in keys:
        return True
    # the text word inflected ("Камалю"), but not by -а/-я: "Марина" is no form of "Мирон"
    return any(spelling_key(word[:-len(end)]) in keys for end in CASE_ENDINGS
               if end and end not in GENDER_ENDINGS and word.endswith(end) and len(word) - len(end) >= MIN_STEM)


SPELLING_MIN = 4  # shorter names ("Али", "Ким") differ by one letter from other names
GENDER_ENDINGS = frozenset({"а", "я"})


@lru_cache(maxsize=16384)
def spelling_key(name: str) -> str:
    """The name with its transliteration variants levelled: "кямаль", "камаль" -> "камал"."""
    _rules, vowels, level = given_name_spellings()
    name = _replaced(name)
    key = name[0]
    for char in name[1:]:
        if char in vowels:
            char = level
        if char != key[-1]:  # doubled letters: "Мохаммед" = "Мохамед"
            key += char
    return key


def _replaced(name: str) -> str:
    """The name after the letter replacements of ``data/given_name_spellings.tsv`` (the first letter kept)."""
    for before, after in given_name_spellings()[0]:
        if before.endswith("$"):  # at the end of the name only
            if name.endswith(before[:-1]) and len(name) > len(before):
                name = name[:len(name) - len(before) + 1] + after
        else:
            name = name[:1] + name[1:].replace(before, after)
    return name


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    """The particles of ``data/name_particles.txt`` ("де", "да", "фон")."""
    return frozenset(data_lines("name_particles.txt"))


@lru_cache(maxsize=1)
def given_name_spellings() -> tuple[tuple[tuple[str, str], ...], frozenset[str], str]:
    """(letter replacements in order, vowels whose quality varies, the letter they become)."""
    rules: list[tuple[str, str]] = []
    vowels: frozenset[str] = frozenset()
    level = ""
    for kind, *values in data_files.data_rows("letopis.kb", "given_name_spellings.tsv"):  # a table without header
        if kind == "replace":
            rules.append((values[0], values[1] if len(values) > 1 else ""))
        elif kind == "vowels":
            vowels, level = frozenset(values[0]), values[1]
    return tuple(rules), vowels, level


@lru_cache(maxsize=1)
def given_name_groups() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Normalised given name -> the groups of ``data/given_names.tsv`` it belongs to."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for line in data_lines("given_names.tsv"):
        group = tuple(dict.fromkeys(normalize(name) for name in line.split("|") if name.strip()))
        for name in group:
            groups.setdefault(name, []).append(group)
    return {name: tuple(found) for name, found in groups.items()}


def _cyrillic_or_latin(word: str) -> bool:
    return any("а" <= char <= "я" or "a" <= char <= "z" for char in word)


@dataclass
class BodyIndex:
    """Organisations of a country by their name without the country: (RUS, "мвд") -> МВД России.

    Built from the KB's names that end in a name of the actor's country ("Сенат Казахстана",
    "Конституционный суд Республики Молдова", "Совет Безопасности ООН"), so "Сенат" in an article
    about Kazakhstan, or "Совбез" in an article about the UN, finds its KB actor.
    """

    by_country: dict[str, list[tuple[list[str], Any]]] = field(default_factory=dict)
    # (owner, number of words, first letters of the first word) -> entries, for a fast find
    by_key: dict[tuple[str, int, str], list[tuple[list[str], Any]]] = field(default_factory=dict)

    @classmethod
    def build(cls, organisations: Iterable[Any], owner_names: dict[str, list[list[str]]]) -> BodyIndex:
        index = cls()
        seen: dict[tuple[str, str], set[str]] = {}
        owners_by_shape: dict[str, dict[tuple[int, str], list[list[str]]]] = {}
        for actor in organisations:
            owner = actor.country
            if not owner or owner not in owner_names:
                continue
            if owner not in owners_by_shape:
                owners_by_shape[owner] = _by_shape(owner_names[owner])
            for name in dict.fromkeys([actor.name, *actor.names]):
                words = normalize(name).split()
                # the name without its owner ("сенат" of "сенат казахстана"), or the whole name
                body = _strip_owner(words, owners_by_shape[owner]) or words
                if body:
                    seen.setdefault((owner, " ".join(body)), set()).add(actor.id)
                    index.by_country.setdefault(owner, []).append((body, actor))
        # a body name two actors of one country share ("Верховный совет") names neither
        ambiguous = {(owner, key) for (owner, key), ids in seen.items() if len(ids) > 1}
        for owner, entries in index.by_country.items():
            index.by_country[owner] = [
                (body, actor) for body, actor in entries if (owner, " ".join(body)) not in ambiguous
            ]
            for body, actor in index.by_country[owner]:
                index.by_key.setdefault((owner, len(body), body[0][:MIN_STEM]), []).append((body, actor))
        return index

    def find(self, owner: str, words: list[str]) -> Optional[Any]:
        if not words:
            return None
        for body, actor in self.by_key.get((owner, len(words), normalize(words[0])[:MIN_STEM]), ()):
            if words_match(words, body):
                return actor
        return None


def _by_shape(owner_names: list[list[str]]) -> dict[tuple[int, str], list[list[str]]]:
    """Owner names by (number of words, first two letters): only those can match a tail."""
    shapes: dict[tuple[int, str], list[list[str]]] = {}
    for owner in owner_names:
        if owner:
            shapes.setdefault((len(owner), owner[0][:2]), []).append(owner)
    return shapes


def _strip_owner(words: list[str], owners_by_shape: dict[tuple[int, str], list[list[str]]]) -> list[str]:
    """The words before a trailing owner name ("сенат" of "сенат казахстана"), or []."""
    for cut in range(1, len(words)):
        tail = words[cut:]
        if any(words_match(tail, owner) for owner in owners_by_shape.get((len(tail), tail[0][:2]), ())):
            return words[:cut]
    return []

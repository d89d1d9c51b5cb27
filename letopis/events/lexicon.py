"""The event coder's lexicons, read from the data files next to this module.

``triggers.tsv`` is the trigger lexicon (format in its header and in docs/events.md), and each
``triggers-<family>.tsv`` adds the rows of one family of codes in the same format;
the small files say which words make an event intended or hypothetical
(``modality.tsv``), which code an intended event takes (``intent_codes.tsv``),
which triggers take another event as their content (``blockers.tsv``), which
arguments make an event word a metaphor (``not_events.txt``) and which verbs
report speech (``speech.txt``).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from letopis.data_files import data_lines, data_names, data_rows
from letopis.events.cameo import cameo_table
from letopis.model import Token

log = logging.getLogger(__name__)

PLACE_WORD = "@place"  # in a requirement's list: any place the text names
PERSON_WORD = "@person"  # in a requirement's list: any person the text names or describes
IGO_WORD = "@igo"  # in a requirement's list: an international organisation the text names after "из"
CODER_WORDS = frozenset({PLACE_WORD, PERSON_WORD, IGO_WORD})  # the "@" words the coder reads itself; any other is a word class

# lemmas whose trigger rows a lexicon keeps looked up (mostly none): a worker meets new lemmas for as long as it runs
KEPT_LEMMAS = 50_000


def plain_lemma(lemma: str) -> str:
    """A lemma as the lexicon keys it and the coder reads it: lower case, "ё" as "е"."""
    return lemma.lower().replace("ё", "е")


# a verb or any verb form may take the rows of its aspect partner or active verb
VERBAL = ("VERB", "AUX")


@dataclass(frozen=True)
class Slot:
    """Where an argument is: a dependency relation or a preposition with a case."""

    kind: str  # subj, obj, dat, gen, ins, adj, head, speaker, prep; "none": no argument is acceptable
    preposition: str = ""  # "с", "в связи с", ...
    case: str = ""  # UD case: Ins, Acc, Gen, Dat, Loc, Nom

    @classmethod
    def parse(cls, text: str) -> Slot:
        text = text.strip()
        if "+" in text:
            preposition, case = text.rsplit("+", 1)
            return cls("prep", preposition.strip(), case.strip().capitalize())
        if text in {"subj", "obj", "dat", "gen", "ins", "adj", "head", "speaker"}:
            return cls(text)
        if text == "-":  # "учения у границ Финляндии" aim at Finland; "провели учения" aim at no one
            return cls("none")
        return cls("prep", text, "")


@dataclass(frozen=True)
class Requirement:
    relation: str  # obj, amod, dep, head, inf
    lemmas: frozenset[str]
    absent: bool = False  # "!dep=газ": the row holds only when no such word is there ("взрыв газа" is no bombing)


@dataclass
class TriggerRule:
    lemma: str
    cameo: str
    requires: list[Requirement] = field(default_factory=list)
    source: list[Slot] = field(default_factory=list)
    target: list[Slot] = field(default_factory=list)
    intent: str = ""
    negated: bool = False  # the row is "не X": it matches only under negation
    line: int = 0

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def needs_target(self) -> bool:
        """The row names target slots and none of them is "-" (no target is acceptable)."""
        return bool(self.target) and all(slot.kind != "none" for slot in self.target)

    def requires_relation(self, relation: str) -> bool:
        """Whether a requirement of the row looks at ``relation`` ("head": a noun after its support verb)."""
        return any(requirement.relation == relation and not requirement.absent for requirement in self.requires)

    def requires_lemma(self, lemma: str) -> bool:
        return any(lemma in requirement.lemmas and not requirement.absent for requirement in self.requires)


def _read(name: str) -> list[str]:
    return data_lines("letopis.events", name, strip=False)


def _slots(text: str) -> list[Slot]:
    return [Slot.parse(part) for part in text.split("|") if part.strip()]


REQUIREMENT_RELATIONS = {"obj", "amod", "dep", "head", "inf", "subj"}


def _row_problem(requires: str, source: str, target: str) -> str | None:
    """What is wrong with a row's columns (a condition in a slot column, an unknown relation), or None."""
    for part in (source + "|" + target).split("|"):
        if "=" in part:
            return f"a condition {part.strip()!r} in a source or target column"
    for requirement in _requirements(requires):
        if requirement.relation not in REQUIREMENT_RELATIONS:
            return f"unknown requirement {requirement.relation!r}"
    return None


def _requirements(text: str, classes: Mapping[str, frozenset[str]] | None = None) -> list[Requirement]:
    """The conditions of a row; "@name" in a list stands for every lemma of word class ``name`` in ``classes``
    ("obj=@relief": any of the goods of relief aid), the other "@" words (@place, @person) stay for the coder."""
    result = []
    for part in text.split(";"):
        if not part.strip():
            continue
        relation, _, lemmas = part.partition("=")
        relation = relation.strip()
        words: set[str] = set()
        for word in (x.strip() for x in lemmas.split(",") if x.strip()):
            if classes is not None and word.startswith("@") and word[1:] in classes:
                words |= classes[word[1:]]
            else:
                words.add(word)
        result.append(Requirement(relation.lstrip("!"), frozenset(words), absent=relation.startswith("!")))
    return result


def _trigger_words(words: str, classes: Mapping[str, frozenset[str]] | None) -> list[str]:
    """The lemmas of a row's trigger column; "@name" stands for every lemma of word class ``name``, so that a frame
    shared by a verb family is one row ("@sending obj=@relief": any verb of sending relief goods)."""
    result: list[str] = []
    for word in (x.strip() for x in words.split(",") if x.strip()):
        if word.startswith("@") and classes is not None and word[1:] in classes:
            result += sorted(classes[word[1:]])
        elif not word.startswith("@"):
            result.append(word)
    return result


def _unknown_class(requires: str, classes: Mapping[str, frozenset[str]], words: str = "") -> str | None:
    """A "@name" of a row's trigger column or conditions that names no word class nor, in the conditions, a coder's
    own word (@place, @person)."""
    for word in (x.strip() for x in words.split(",")):
        if word.startswith("@") and word[1:] not in classes:
            return word
    for part in requires.split(";"):
        for word in (x.strip() for x in part.partition("=")[2].split(",")):
            if word.startswith("@") and word not in CODER_WORDS and word[1:] not in classes:
                return word
    return None


@dataclass(frozen=True)
class StateAct:
    """An act only a state body makes ("арестован", "приговорён"): whom it may be aimed at when its agent is
    implied, and whether that agent may be the state of the person's own stated nationality."""

    private_only: bool
    own_national: bool
    from_place: bool = False  # the state the target is sent out of ("выслан из Мали") is the agent


@dataclass
class Lexicon:
    triggers: dict[str, list[TriggerRule]]
    modality: dict[str, str]
    intent_codes: dict[str, str]
    blocking_roots: set[str]
    metaphor_arguments: set[str]
    domain_words: set[str]
    speech_verbs: set[str]
    aspect_pairs: list[tuple[str, str]] = field(default_factory=list)
    unknown_agents: set[str] = field(default_factory=set)  # "неизвестные обстреляли ...": source "---"
    private_people: set[str] = field(default_factory=set)  # "мужчина застрелил ...": a civilian of the place
    event_anaphors: set[str] = field(default_factory=set)  # "этот шаг": the act just reported
    # "назвал высылку посла «провокацией»": noun -> the code prefixes of the acts it may name (act_nouns.tsv)
    act_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "потребовал освободить Тимошенко": demanded act -> the code prefixes of the acts it undoes (undone_acts.tsv)
    undone_acts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    investigations: set[str] = field(default_factory=set)  # its rows of match "act": about an act, not undoing it
    decrees: set[str] = field(default_factory=set)  # "подписал указ о ...": the decree's act is the signer's
    decisions: set[str] = field(default_factory=set)  # "суд вынес решение о ...": the act decided is the decider's
    reflexive_senses: set[str] = field(default_factory=set)  # "пытаться" is not the passive of "пытать"
    trial_parties: set[str] = field(default_factory=set)  # "обвинение настаивало на ...": a step of a trial
    # lemma ("*": any) -> contexts in which an event word states a state of affairs (states.tsv)
    states: dict[str, list[list[Requirement]]] = field(default_factory=dict)
    # governor root -> (content prefix, code prefix): "потребовала экстрадировать" -> 1013 (content_codes.tsv)
    content_codes: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # code prefix -> who an act only a state makes may be aimed at (state_acts.tsv)
    state_acts: dict[str, StateAct] = field(default_factory=dict)
    # closed classes of lemmas the coder's rules read by name: "home", "removal", ... (word_classes.tsv)
    word_classes: dict[str, frozenset[str]] = field(default_factory=dict)
    # (lemma, verb) -> its rows (rules): every verb not in the lexicon tries all aspect pairs once
    _found: dict[tuple[str, bool], list[TriggerRule]] = field(default_factory=dict, repr=False, compare=False)
    _perfectives: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    _with_imperfectives: dict[frozenset[str], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _phases: tuple[frozenset[str], frozenset[str]] | None = field(default=None, repr=False, compare=False)
    # the tagger's lemma -> its plain lemma and rows (words), of a verb and of another word: the same few thousand
    # words recur in every text (two tables keyed by the lemma itself, not one by a (lemma, verb) pair: a string key
    # found is the very object looked up, a pair is made and compared anew for every word)
    _verb_words: dict[str, tuple[str, list[TriggerRule]]] = field(default_factory=dict, repr=False, compare=False)
    _other_words: dict[str, tuple[str, list[TriggerRule]]] = field(default_factory=dict, repr=False, compare=False)

    def intent_of(self, rule: TriggerRule) -> str:
        """The code ``rule``'s act has when only intended: its own intent column, else its code's (intent_codes.tsv)."""
        return rule.intent or self.intent_code(rule.cameo)

    def intent_code(self, cameo: str) -> str:
        """The intent or threat code (intent_codes.tsv) of an act coded ``cameo``: the longest code prefix listed
        ("163" sanctions -> 1312, a threat to sanction; else the root's: "17" -> 132)."""
        for length in range(len(cameo), 1, -1):
            if cameo[:length] in self.intent_codes:
                return self.intent_codes[cameo[:length]]
        return ""

    def phase_support_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """Verbs of a phase (word class phase) with their imperfectives, and the support verbs a phase verb stands
        for (classes phase and conduct): read for every trigger row's support-verb requirement, so built once."""
        if self._phases is None:
            phase = self.word_classes.get("phase", frozenset())
            # (with the verbs of starting whose act follows "к": "приступили к штурму" as "начали штурм")
            phases = self.with_imperfectives(phase | self.word_classes.get("phase_to", frozenset()))
            # (and their intransitive forms, whose subject is the act: "возобновились поставки", "обстрелы усилились")
            phases |= {verb + "ся" for verb in phases if verb.endswith("ть")}
            self._phases = (phases, phase | self.word_classes.get("conduct", frozenset()))
        return self._phases

    def state_act(self, cameo: str) -> StateAct | None:
        """How an agentless ``cameo`` act is the state's, if only a state makes it (longest prefix wins)."""
        for length in range(len(cameo), 0, -1):
            if cameo[:length] in self.state_acts:
                return self.state_acts[cameo[:length]]
        return None

    def content_code(self, governor: str, content_intent: str, negated_root: str | None = None) -> str | None:
        """The specific code of a ``governor`` root (02, 10, 12, 13) whose content has intent code
        ``content_intent`` (or is a negated event of ``negated_root``), shortened to a code CAMEO has."""
        table = cameo_table()
        best: tuple[int, str] | None = None
        for content, code in self.content_codes.get(governor, []):
            if content.startswith("не "):
                if negated_root != content[3:]:
                    continue
                found = code
            elif negated_root is None and content_intent.startswith(content):
                found = code + content_intent[len(content):]
            else:
                continue
            if best is None or len(content) > best[0]:
                best = (len(content), found)
        if best is None:
            return None
        code = best[1]
        while len(code) > 2 and code not in table:
            code = code[:-1]
        return code if len(code) > 2 else None

    def rules(self, lemma: str, verb: bool = True) -> list[TriggerRule]:
        """The rows of a lemma, else of its aspect partner ("подписывать" -> "подписать"), else of the
        active verb of a "-ся" passive ("обсуждаться" -> "обсуждать")."""
        key = (lemma, verb)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= KEPT_LEMMAS:
                self._found.clear()
            found = self._found[key] = self._rules(lemma, verb)
        return found

    def words(self, tokens: list[Token]) -> tuple[list[str], list[list[TriggerRule]]]:
        """Each token's plain lemma and its rows (``rules``; a verb's include its aspect partner's), one look-up
        a word: the coder asks this of every word of every sentence before it looks at any tree."""
        verbs, others = self._verb_words, self._other_words
        lemmas: list[str] = []
        rows: list[list[TriggerRule]] = []
        for token in tokens:
            verb = token.pos in VERBAL or "VerbForm" in token.feats
            known = verbs if verb else others
            found = known.get(token.lemma)
            if found is None:
                if len(known) >= KEPT_LEMMAS:
                    known.clear()
                lemma = plain_lemma(token.lemma)
                found = known[token.lemma] = (lemma, self.rules(lemma, verb))
            lemmas.append(found[0])
            rows.append(found[1])
        return lemmas, rows

    def _rules(self, lemma: str, verb: bool) -> list[TriggerRule]:
        found = self.triggers.get(lemma)
        base = lemma
        if found is None and lemma.endswith(("ся", "сь")) and lemma not in self.reflexive_senses:
            base = lemma[:-2]  # "передаваться" reads "передавать" and the frames it takes from "передать"
            found = self.triggers.get(base) or (self._partner(base) if verb else None)
        if found and verb:
            return self._with_partner(base, found)
        return found or (self._partner(lemma) if verb else None) or []

    def _with_partner(self, lemma: str, own: list[TriggerRule]) -> list[TriggerRule]:
        """An imperfective's own rows and the frames of its perfective's rows it lacks: "не разрешать" reads the
        row of "не разрешить" though "разрешать" shares only some rows of its own ("разрешить,разрешать")."""
        partner = self._partner(lemma)
        if not partner:
            return own
        frames = {_frame(rule) for rule in own}
        extra = [rule for rule in partner if _frame(rule) not in frames]
        return own + extra if extra else own

    def perfectives(self, lemma: str) -> list[str]:
        """The perfective lemmas an imperfective verb may pair with, by the endings of ``aspect.tsv``
        ("предоставлять" -> "предоставить"): guesses, to be checked against a list of known words."""
        found = self._perfectives.get(lemma)
        if found is None:
            found = self._perfectives[lemma] = [
                lemma[: -len(imperfective)] + perfective
                for imperfective, perfective in self.aspect_pairs
                if lemma.endswith(imperfective) and len(lemma) > len(imperfective) + 1
            ]
        return found

    def with_imperfectives(self, lemmas: frozenset[str]) -> frozenset[str]:
        """``lemmas`` and every lemma one of whose ``perfectives`` may be among them ("предоставлять" for
        "предоставить"): all the words a requirement of a governing verb can be met by (a few too many: the
        length check of ``perfectives`` is left out)."""
        found = self._with_imperfectives.get(lemmas)
        if found is None:
            found = self._with_imperfectives[lemmas] = lemmas | {
                lemma[: len(lemma) - len(perfective)] + imperfective
                for lemma in lemmas
                for imperfective, perfective in self.aspect_pairs
                if lemma.endswith(perfective)
            }
        return found

    def _partner(self, lemma: str) -> list[TriggerRule]:
        for perfective in self.perfectives(lemma):
            found = self.triggers.get(perfective)
            if found:
                return found
        return []


def _frame(rule: TriggerRule) -> tuple:
    """What a row asks and gives, without its lemma and line: the same frame listed for both verbs of an aspect pair."""
    return (rule.cameo, tuple(rule.requires), tuple(rule.source), tuple(rule.target), rule.intent, rule.negated)


def parse_triggers(
    lines: list[str], name: str = "triggers.tsv", classes: Mapping[str, frozenset[str]] | None = None
) -> dict[str, list[TriggerRule]]:
    """The rows of a trigger file by lemma; ``classes`` are the word classes a row's "@name" stands for."""
    table = cameo_table()
    triggers: dict[str, list[TriggerRule]] = defaultdict(list)
    header = True
    for number, line in enumerate(lines, 1):
        if header:  # the first non-comment line names the columns
            header = False
            continue
        cells = (line.split("\t") + [""] * 7)[:7]
        words, requires, source, target, cameo, intent, _note = (cell.strip() for cell in cells)
        if not words or not cameo:
            continue
        if table.lookup(cameo) is None:
            log.warning("%s: unknown CAMEO code %s for %s", name, cameo, words)
            continue
        problem = _row_problem(requires, source, target)
        unknown = _unknown_class(requires, classes, words) if classes is not None else None
        if unknown:
            problem = f"unknown word class {unknown!r}"
        if problem:
            log.warning("%s:%d: %s for %s; row skipped", name, number, problem, words)
            continue
        for word in _trigger_words(words, classes):
            parts = word.split()
            negated = parts[0] == "не"
            if negated:
                parts = parts[1:]
            rule_requires = _requirements(requires, classes)
            if len(parts) > 1:  # "телефонный разговор": the last word is the head, the others its dependents
                rule_requires.append(Requirement("dep", frozenset(parts[:-1])))
            triggers[parts[-1]].append(
                TriggerRule(
                    lemma=parts[-1],
                    cameo=cameo,
                    requires=rule_requires,
                    source=_slots(source),
                    target=_slots(target),
                    intent=intent,
                    negated=negated,
                    line=number,
                )
            )
    return dict(triggers)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    modality = {}
    for line in _read("modality.tsv")[1:]:
        word, _, kind = line.partition("\t")
        modality[word.strip()] = kind.strip()
    intent_codes = {}
    for line in _read("intent_codes.tsv")[1:]:
        root, _, code = line.partition("\t")
        intent_codes[root.strip()] = code.strip()
    metaphor, domain = set(), set()
    for line in _read("not_events.txt"):
        kind, _, lemma = line.partition("\t")
        (metaphor if kind.strip() == "argument" else domain).add(lemma.strip())
    classes = _word_classes()
    return Lexicon(
        triggers=_triggers(classes),
        modality=modality,
        intent_codes=intent_codes,
        blocking_roots={line.strip() for line in _read("blockers.tsv")[1:]},
        metaphor_arguments=metaphor,
        domain_words=domain,
        speech_verbs={line.strip() for line in _read("speech.txt")},
        aspect_pairs=[
            (parts[0].strip(), parts[1].strip())
            for parts in (line.split("\t") for line in _read("aspect.tsv"))
            if len(parts) == 2
        ],
        unknown_agents={line.strip() for line in _read("unknown_agents.txt")},
        private_people={line.strip() for line in _read("private_people.txt")},
        event_anaphors={line.strip() for line in _read("event_anaphors.txt")},
        act_nouns={
            lemma: tuple(code.strip() for code in codes.split(","))
            for lemma, codes in data_rows("letopis.events", "act_nouns.tsv", header=True)
        },
        undone_acts={
            lemma: tuple(code.strip() for code in codes.split(","))
            for lemma, codes, _match in data_rows("letopis.events", "undone_acts.tsv", header=True)
        },
        investigations={
            lemma for lemma, _codes, match in data_rows("letopis.events", "undone_acts.tsv", header=True) if match == "act"
        },
        decrees={line.strip() for line in _read("decrees.txt")},
        decisions={line.strip() for line in _read("decisions.txt")},
        reflexive_senses={line.strip() for line in _read("reflexive_senses.txt")},
        trial_parties={line.strip() for line in _read("trial_parties.txt")},
        content_codes=_content_codes(),
        states=_states(),
        state_acts=_state_acts(),
        word_classes=classes,
    )


def _word_classes() -> dict[str, frozenset[str]]:
    return {
        name.strip(): frozenset(word.strip() for word in words.split("|") if word.strip())
        for name, _, words in (line.partition("\t") for line in _read("word_classes.tsv")[1:])
    }


def _triggers(classes: Mapping[str, frozenset[str]] | None = None) -> dict[str, list[TriggerRule]]:
    """The rows of ``triggers.tsv`` and then of every ``triggers-<family>.tsv``, each file with its own header; a
    row's "@name" stands for the lemmas of word class ``name`` in ``classes`` (read from word_classes.tsv when not
    given)."""
    triggers: dict[str, list[TriggerRule]] = defaultdict(list)
    classes = _word_classes() if classes is None else classes
    for name in ["triggers.tsv", *data_names("letopis.events", "triggers-", ".tsv")]:
        for lemma, rules in parse_triggers(_read(name), name, classes).items():
            triggers[lemma].extend(rules)
    return dict(triggers)


def _state_acts() -> dict[str, StateAct]:
    result = {}
    for line in _read("state_acts.tsv")[1:]:
        code, of, own, origin = (cell.strip() for cell in (line.split("\t") + ["", "", ""])[:4])
        if code:
            result[code] = StateAct(private_only=of == "private", own_national=own == "yes", from_place=origin == "yes")
    return result


def _states() -> dict[str, list[list[Requirement]]]:
    result: dict[str, list[list[Requirement]]] = defaultdict(list)
    for line in _read("states.tsv")[1:]:
        lemma, _, context = line.partition("\t")
        result[lemma.strip()].append(_requirements(context))
    return dict(result)


def _content_codes() -> dict[str, list[tuple[str, str]]]:
    result: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in _read("content_codes.tsv")[1:]:
        governor, content, code = (cell.strip() for cell in (line.split("\t") + ["", ""])[:3])
        if governor and content and code:
            result[governor].append((content, code))
    return dict(result)

"""A sentence's dependency tree as the event coder reads it: children, subtrees, arguments.

Token heads are indices within the sentence (-1 for a root), as in ``model.Token``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter

from letopis.events.forms import form_cases, indeclinable_form
from letopis.events.lexicon import plain_lemma
from letopis.events.repairs import (
    counted,
    repair_accused_after_charge,
    repair_additive_genitives,
    repair_animate_subjects,
    repair_approximated_objects,
    repair_backward_conjuncts,
    repair_backward_marks,
    repair_bare_participle_phrases,
    repair_clause_noun_subjects,
    repair_clause_openers,
    repair_closing_attributions,
    repair_closing_demands,
    repair_conditional_conjuncts,
    repair_conjunct_objects,
    repair_conjuncts_before_clauses,
    repair_conjuncts_of_told_clauses,
    repair_coordinated_subjects,
    repair_crossed_relative_subjects,
    repair_crossed_subjects,
    repair_dative_quantities,
    repair_datives_after_instruments,
    repair_datives_on_names,
    repair_datives_read_as_modifiers,
    repair_described_names,
    repair_directions,
    repair_distant_subjects,
    repair_double_prepositions,
    repair_double_subjects,
    repair_earlier_clause_words,
    repair_fire_targets,
    repair_fronted_objects,
    repair_fronted_topics,
    repair_genitives,
    repair_headline_labels,
    repair_infinitive_objects,
    repair_later_clause_subjects,
    repair_later_clause_words,
    repair_modal_passive_subjects,
    repair_name_subjects,
    repair_naming_predicates,
    repair_negation_heads,
    repair_nominative_objects,
    repair_objects_after_phrases,
    repair_objects_after_places,
    repair_objects_on_datives,
    repair_participation_on_places,
    repair_participle_heads,
    repair_participle_phrases,
    repair_partners_of_agreements,
    repair_partners_on_places,
    repair_passive_agents,
    repair_preposition_heads,
    repair_quantity_objects,
    repair_relative_clauses_on_their_objects,
    repair_set_off_participle_phrases,
    repair_subjects,
    repair_subjects_after_attributions,
    repair_subjects_in_fronted_phrases,
    repair_substantive_participles,
    repair_swapped_arguments,
    repair_words_before_conjunction,
)
from letopis.model import Entity, Mention, Sentence, Token
from letopis.nlp.taggers import break_cycles

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}
HEAD, REL, START, TEXT = attrgetter("head"), attrgetter("rel"), attrgetter("start"), attrgetter("text")
# relations that carry an event word's arguments
ARGUMENT_RELATIONS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "obl:agent", "appos"}


# prepositions written with a final vowel before some consonant clusters: "со стороны", "ко мне", "во время"
VOWEL_FORMS = {"со": "с", "ко": "к", "во": "в", "обо": "о", "об": "о", "изо": "из", "ото": "от", "подо": "под",
               "надо": "над", "передо": "перед"}


@lru_cache(maxsize=512)  # asked of a few hundred prepositions, over and over
def plain_preposition(preposition: str) -> str:
    """A preposition with its vowel-final words in their plain form: "со стороны" -> "с стороны"."""
    return " ".join(VOWEL_FORMS.get(word, word) for word in preposition.split())


class SentenceView:
    """One sentence with its children lists and the entity (if any) that covers each token."""

    def __init__(
        self,
        index: int,
        sentence: Sentence,
        mentions: list[tuple[Mention, Entity]],
        lemmas: list[str] | None = None,  # the tokens' ``plain_lemma``, when the caller has them already
    ) -> None:
        self.index = index
        self.sentence = sentence
        self.tokens: list[Token] = sentence.tokens
        self.lemmas = [plain_lemma(token.lemma) for token in self.tokens] if lemmas is None else lemmas  # read very often
        # the parser's tree with its repairs (repairs.py); the article's tokens keep the parser's own
        self.heads = list(map(HEAD, self.tokens))  # (read in C)
        self.rels = list(map(REL, self.tokens))
        repair_preposition_heads(self.tokens, self.heads, self.rels)
        repair_double_prepositions(self.tokens, self.heads, self.rels)
        repair_participle_phrases(self.tokens, self.heads, self.rels)
        repair_participle_heads(self.tokens, self.heads, self.rels)
        repair_substantive_participles(self.tokens, self.heads, self.rels)
        repair_bare_participle_phrases(self.tokens, self.heads, self.rels)
        repair_set_off_participle_phrases(self.tokens, self.heads, self.rels)
        repair_genitives(self.tokens, self.heads, self.rels)
        repair_datives_on_names(self.tokens, self.heads, self.rels)
        repair_datives_read_as_modifiers(self.tokens, self.heads, self.rels)
        repair_datives_after_instruments(self.tokens, self.heads, self.rels)
        repair_objects_on_datives(self.tokens, self.heads, self.rels)
        repair_backward_conjuncts(self.tokens, self.heads, self.rels)
        repair_crossed_subjects(self.tokens, self.heads, self.rels)
        repair_crossed_relative_subjects(self.tokens, self.heads, self.rels)
        repair_relative_clauses_on_their_objects(self.tokens, self.heads, self.rels)
        repair_clause_noun_subjects(self.tokens, self.heads, self.rels)
        repair_name_subjects(self.tokens, self.heads, self.rels)
        repair_distant_subjects(self.tokens, self.heads, self.rels)
        repair_later_clause_subjects(self.tokens, self.heads, self.rels)
        repair_fronted_topics(self.tokens, self.heads, self.rels)
        repair_headline_labels(self.tokens, self.heads, self.rels)
        repair_closing_attributions(self.tokens, self.heads, self.rels)
        repair_modal_passive_subjects(self.tokens, self.heads, self.rels)
        repair_subjects_in_fronted_phrases(self.tokens, self.heads, self.rels)
        repair_coordinated_subjects(self.tokens, self.heads, self.rels)
        repair_additive_genitives(self.tokens, self.heads, self.rels)
        repair_objects_after_phrases(self.tokens, self.heads, self.rels)
        repair_objects_after_places(self.tokens, self.heads, self.rels)
        repair_participation_on_places(self.tokens, self.heads, self.rels)
        repair_partners_on_places(self.tokens, self.heads, self.rels)
        repair_partners_of_agreements(self.tokens, self.heads, self.rels)
        repair_accused_after_charge(self.tokens, self.heads, self.rels)
        repair_fronted_objects(self.tokens, self.heads, self.rels)
        repair_directions(self.tokens, self.heads, self.rels)
        repair_fire_targets(self.tokens, self.heads, self.rels)
        repair_negation_heads(self.tokens, self.heads, self.rels)
        repair_described_names(self.tokens, self.heads, self.rels)
        repair_backward_marks(self.tokens, self.heads, self.rels)
        repair_clause_openers(self.tokens, self.heads, self.rels)
        repair_later_clause_words(self.tokens, self.heads, self.rels)
        repair_earlier_clause_words(self.tokens, self.heads, self.rels)
        repair_words_before_conjunction(self.tokens, self.heads, self.rels)
        repair_quantity_objects(self.tokens, self.heads, self.rels)
        repair_dative_quantities(self.tokens, self.heads, self.rels)
        repair_naming_predicates(self.tokens, self.heads, self.rels)
        repair_approximated_objects(self.tokens, self.heads, self.rels)
        repair_passive_agents(self.tokens, self.heads, self.rels)
        repair_infinitive_objects(self.tokens, self.heads, self.rels)
        repair_conditional_conjuncts(self.tokens, self.heads, self.rels)
        repair_conjuncts_before_clauses(self.tokens, self.heads, self.rels)
        repair_conjuncts_of_told_clauses(self.tokens, self.heads, self.rels)
        repair_subjects_after_attributions(self.tokens, self.heads, self.rels)
        repair_closing_demands(self.tokens, self.heads, self.rels)
        # (the repairs re-hang words one rule at a time and can close a cycle: every walk up the heads must end)
        break_cycles(self.heads, self.rels)
        count = len(self.tokens)
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for position, head in enumerate(self.heads):
            if 0 <= head < count and head != position:
                self.children[head].append(position)
        repair_subjects(self.tokens, self.rels, self.children)
        repair_nominative_objects(self.tokens, self.rels, self.children)
        repair_animate_subjects(self.tokens, self.rels, self.children)
        repair_double_subjects(self.tokens, self.rels, self.children)
        repair_swapped_arguments(self.tokens, self.rels, self.children)
        repair_conjunct_objects(self.tokens, self.rels, self.children, self.heads)
        # each nominal's preposition, worked out when first asked (the coder asks of the same words many times);
        # the tree is final here, and the cache lives as long as the sentence's view
        self._prepositions: dict[int, str] = {}
        self._subtrees: dict[int, list[int]] = {}  # likewise each word's subtree
        # the narrowest mention that covers a token names it
        self.covering: list[tuple[Mention, Entity] | None] = [None] * len(self.tokens)
        starts = list(map(START, self.tokens)) if mentions else []
        best_size: list[tuple[int, bool] | None] = [None] * len(self.tokens)
        tokens = self.tokens
        for mention, entity in mentions:  # each mention visits only the tokens inside it
            size = (mention.stop - mention.start, mention.kind != "role")
            for position in range(bisect_left(starts, mention.start), count):
                if tokens[position].stop > mention.stop:
                    break
                known = best_size[position]
                if known is None or size < known:
                    best_size[position], self.covering[position] = size, (mention, entity)
        # "российско-китайские учения": a compound adjective no mention covers whole names each country of its parts
        self.compound: dict[int, list[Entity]] = {}
        hyphenated = "-" in " ".join(map(TEXT, tokens))  # (one search in C: most sentences have no such word)
        for position, token in enumerate(tokens if hyphenated else ()):
            if self.covering[position] is not None or token.pos != "ADJ" or "-" not in token.text:
                continue
            parts = [
                entity for mention, entity in sorted(mentions, key=lambda pair: pair[0].start)
                if token.start <= mention.start and mention.stop <= token.stop and entity.type == "LOC"
            ]
            if len({entity.id for entity in parts}) > 1:
                self.compound[position] = [e for n, e in enumerate(parts) if e not in parts[:n]]

    def head(self, position: int) -> int:
        head = self.heads[position]
        return head if 0 <= head < len(self.tokens) and head != position else -1

    def lemma(self, position: int) -> str:
        return self.lemmas[position]

    def rel(self, position: int) -> str:
        return self.rels[position]

    def counted(self, position: int) -> bool:
        """A number or a noun with a number: "двух тысяч", "несколько тысяч", "200 сторонников"."""
        return counted(self.tokens, self.rels, self.children, position)

    def case(self, position: int) -> str:
        return self.tokens[position].feats.get("Case", "")

    def indeclinable(self, position: int) -> bool:
        """A word with one form for every case ("Мали", "Перу", "Чили"): the tagger's case is a guess."""
        return indeclinable_form(self.tokens[position].text.lower())

    def names_place(self, position: int) -> bool:
        """Whether the word is (in) the name of a place: a city, a region, a country, not an adjective of one."""
        covering = self.covering[position]
        return covering is not None and covering[1].type == "LOC" and covering[0].kind != "adjective"

    def names_person(self, position: int) -> bool:
        """Whether the word names a person or describes one by a role ("Иван Петров", "российский программист"), or
        an apposition does ("программиста Ивана Петрова")."""
        for word in [position, *self.kids(position, "appos")]:
            covering = self.covering[word]
            if covering is not None and covering[1].type == "PER" and covering[0].kind != "adjective":
                return True
        return False

    def read_case(self, position: int, case: str) -> bool:
        """Whether the word is in ``case``: by the tagger, or by the dictionary when the tagger's case is one the
        form never has ("выражены Японии": "Японии" tagged instrumental is a dative, genitive or locative)."""
        tagged = self.case(position)
        if tagged == case:
            return True
        cases = form_cases(self.tokens[position].text.lower())
        return bool(tagged) and bool(cases) and tagged not in cases and case in cases

    def may_be_case(self, position: int, case: str) -> bool:
        """Whether the word's form is also one of ``case`` by the dictionary ("в Бангладеш": the accusative is
        the locative's twin, and the tagger picks one of them)."""
        return case in form_cases(self.tokens[position].text.lower())

    def kids(self, position: int, *relations: str) -> list[int]:
        # the coder's most called look-up (~240,000 calls per 419 articles, most on a word of one to three
        # children): a plain loop, as a list comprehension costs a call of its own (Python 3.11)
        children = self.children[position]
        if not relations:
            return list(children)
        found: list[int] = []
        if children:
            rels = self.rels
            for child in children:
                if rels[child] in relations:
                    found.append(child)
        return found

    def preposition(self, position: int) -> str:
        """The preposition of a nominal: "с", "в связи с" (case child and its fixed words), or ""."""
        found = self._prepositions.get(position)
        if found is None:
            found = self._prepositions[position] = self._preposition(position)
        return found

    def _preposition(self, position: int) -> str:
        for child in self.children[position]:
            # a preposition precedes its noun: a case word after it is the parser's ("комиссии ООН во главе с X":
            # "во главе" hung on "комиссии" is no preposition of it)
            if self.rels[child] == "case" and child < position:
                words = [child, *self.kids(child, "fixed")]
                return " ".join(self.lemmas[word] for word in sorted(words))
        return ""

    def has_preposition(self, position: int, preposition: str) -> bool:
        """Whether a nominal's preposition is ``preposition``, as lemmas ("в связь с") or as written ("в связи с"),
        a vowel-final variant counting as its plain form ("со стороны" = "с стороны": the lemma of "со" is "с")."""
        wanted = plain_preposition(preposition)
        if plain_preposition(self.preposition(position)) == wanted:
            return True
        rels = self.rels
        for child in self.children[position]:
            if rels[child] == "case":
                words = sorted([child, *self.kids(child, "fixed")])
                return plain_preposition(" ".join(self.tokens[word].text.lower() for word in words)) == wanted
        return False

    def conjuncts(self, position: int) -> list[int]:
        """``position`` and the nominals coordinated with it: Казахстана, Узбекистана и Афганистана."""
        result, stack = [position], [position]
        rels, tokens = self.rels, self.tokens
        while stack:
            for child in self.children[stack.pop()]:
                if rels[child] != "conj" or child in result:  # (already in: a parse with a cycle)
                    continue
                if child > position and self.preposition(child) and not self.preposition(position):
                    # "Лидер хуситов пригрозил расширить атаки ..., а также на американские корабли": a later
                    # nominal with a preposition of its own is no conjunct of a bare one (the parser's long jump)
                    continue
                if tokens[child].pos in NOMINAL or tokens[child].pos == "ADJ":
                    result.append(child)
                    stack.append(child)
        return result

    def ancestors(self, position: int, limit: int = 6) -> Iterator[int]:
        heads, count = self.heads, len(self.tokens)  # (``head`` read inline: a walk of every argument's words)
        seen = 0
        current = self.head(position)
        while current >= 0 and seen < limit:
            yield current
            seen += 1
            above = heads[current]
            current = above if 0 <= above < count and above != current else -1

    def subtree(self, position: int) -> list[int]:
        found = self._subtrees.get(position)
        if found is None:
            found = self._subtrees[position] = self._subtree(position)
        return list(found)  # a copy: callers may extend what they get

    def _subtree(self, position: int) -> list[int]:
        children = self.children
        seen, stack = {position}, [position]
        while stack:
            for child in children[stack.pop()]:
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return sorted(seen)

    def span(self, position: int) -> tuple[int, int]:
        nodes = self.subtree(position)
        return self.tokens[nodes[0]].start, max(self.tokens[node].stop for node in nodes)

    def adjacent_accusative(self, verb: int) -> int:
        """The bare accusative noun right after a verb, behind its own determiners and adjectives ("заморозило всю
        двустороннюю помощь"), that the parser hung on another word; -1 when there is none. In long sentences the
        parser often gives such an object to a later verb, but a noun next to a transitive verb is its object."""
        following = verb + 1
        while (
            following < len(self.tokens)
            and self.tokens[following].pos in ("DET", "ADJ")
            and self.rel(following) in ("det", "amod")
            and self.head(following) > following
        ):
            following += 1
        if following >= len(self.tokens) or self.tokens[following].pos != "NOUN" or self.head(following) == verb:
            return -1
        if self.case(following) != "Acc" or self.preposition(following) or self.rel(following) not in ("obj", "nummod:gov"):
            return -1
        return following

    def support_participles(self, noun: int) -> list[int]:
        """Passive participles that modify ``noun`` ("отмена эмбарго, объявленная президентом"): a support verb
        told as an attribute of its event noun, with its agent in the instrumental."""
        return [
            child
            for child in self.kids(noun, "acl")
            if self.tokens[child].feats.get("VerbForm") == "Part" and self.tokens[child].feats.get("Voice") == "Pass"
        ]

    def is_future(self, position: int) -> bool:
        """A future form, or a verb with the future auxiliary ("будут возражать": the tagger calls it present),
        also of the passive ("будет отстранена", "будут предъявлены")."""
        return self.tokens[position].feats.get("Tense") == "Fut" or any(
            self.tokens[aux].feats.get("Tense") == "Fut" or self.tokens[aux].text.lower().startswith("буд")
            for aux in self.kids(position, "aux", "aux:pass")
        )

    def is_passive(self, position: int) -> bool:
        token = self.tokens[position]
        return token.feats.get("Voice") == "Pass" or bool(self.kids(position, "nsubj:pass", "aux:pass"))

    def is_indefinite_personal(self, position: int) -> bool:
        """A plural verb with no subject of its own ("его задержали", "Вайнштейна отпустили под залог"): Russian's
        indefinite-personal clause, an agentless act like a passive."""
        token = self.tokens[position]
        feats = token.feats
        if token.pos != "VERB" or feats.get("Voice") == "Pass" or feats.get("Number") != "Plur":
            return False
        if feats.get("VerbForm") != "Fin" or feats.get("Person", "3") != "3":
            return False
        return not self.kids(position, "nsubj", "nsubj:pass", "csubj")

    def negated(self, position: int) -> bool:
        lemmas = self.lemmas
        return any(lemmas[child] == "не" for child in self.children[position])

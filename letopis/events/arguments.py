"""Where a trigger's source and target are: dependency slots, coordination, appositions, relative
clauses, pronouns and role nouns resolved to the actors named before (part of ``SentenceCoder``)."""

from __future__ import annotations

from dataclasses import replace

from letopis.events.anaphora import (
    BOTH,
    COUNTED_PARTIES,
    ONE_OF,
    PARTIES,
    PRONOUN_GENDER,
    UNKNOWN,
    Referent,
    co_arguments,
    first_conjunct,
    referents_of,
    resolve_demonstrative,
    resolve_parties,
    resolve_pronoun,
)
from letopis.events.candidate import (
    COORDINATED_OWNER,
    UNKNOWN_PERSON,
    actor_code,
    bare_role,
    context_actor,
    country_part,
    guessed_role,
)
from letopis.events.code_classes import (
    AFTERMATH_PREPOSITIONS,
    AGENT_SIDE,
    ALLY_ADVERBS,
    ALLY_ROOTS,
    ANAPHORS,
    CAUSE_PREPOSITIONS,
    CIRCUMSTANCE_MARKS,
    CLAIM_CODE,
    CONSULT_ROOT,
    DEMONSTRATIVES,
    FIRST_PERSON,
    JOINT_ACT_ROOTS,
    MEMBERSHIP,
    NOMINAL_RELS,
    OPPOSING_PREPOSITIONS,
    PARTICIPATION_NOUNS,
    PARTICIPATION_PREPOSITIONS,
    PARTNER_PREPOSITIONS,
    PERSONA_WORDS,
    PERSONAL,
    PLACE_RELATIVES,
    REACTION_ROOTS,
    REPORTED_VIEW_ROOTS,
    SECOND_PERSON,
    SETTING_PREPOSITIONS,
    SPOKEN_CODES,
    UNSPOKEN_CODES,
    VERBAL_NOUN_ENDINGS,
    VIOLENT_CODES,
)
from letopis.events.context import group_roles
from letopis.events.forms import form_agrees, noun_agreement
from letopis.events.lexicon import Slot, TriggerRule
from letopis.events.roles import seat_of_government
from letopis.kb.link import CIVILIAN
from letopis.kb.phrases import country_anaphora, private_premises
from letopis.kb.role_words import (
    STATE_NOUNS,
    body_anaphora_nouns,
    foreign_adjectives,
    several_states_nouns,
    visitor_nouns,
)
from letopis.model import Entity, Mention, branch_under
from letopis.nlp.quotes import DASHES

# the gender (any of) and number a third-person possessive agrees with: "ее" a feminine singular owner
POSSESSIVE_AGREEMENT = {"его": (("Masc", "Neut"), "Sing"), "ее": (("Fem",), "Sing"), "её": (("Fem",), "Sing"),
                        "их": ((), "Plur")}
OWNED_HEADS = frozenset({"глава", "лидер"})  # anaphors unless their genitive owner is someone unnamed
KEPT_BY_FOLLOWERS = frozenset({"OPP", "INS", "REB"})  # a follower of an opposition leader or warlord is one too
HEADS_OF_BODIES = frozenset({"глава", "руководитель"})  # "глава делегации": of the body last named
ORIGIN_PREPOSITIONS = frozenset({"из", "с", "со"})  # whence: "запущенный из Йемена", "с территории Сирии"


class ArgumentFinder:
    """The argument slots of ``SentenceCoder``: reads its ``view``, ``lexicon`` and sentence context."""

    _homeland_asked = False  # a bare "страна" is being resolved through its speaker (no second one inside)
    _antecedent_asked = False
    _possessor_asked = False  # an owned group noun is being resolved through the sentence's referents  # a bare "королевство" is being resolved through the sentence's referents

    def actors_at(self, position: int) -> list[Entity]:
        """The actors an argument names, coordination expanded."""
        view = self.view
        result: list[Entity] = []
        for node in view.conjuncts(position):
            found = self.actors_of_word(node)
            for entity in found:
                if entity not in result:
                    result.append(entity)
        return result

    def actors_of_word(self, node: int) -> list[Entity]:
        view = self.view
        lemma = view.lemmas[node]
        appositions = [e for child in self.appositions(node) for e in self.named(child)]
        if any(actor_code(entity) or bare_role(entity) for entity in appositions):
            return appositions
        if lemma == "тот":
            # "протест в связи с тем, что хорватские власти не обеспечивают ...": the clause's subject
            for clause in view.kids(node, "acl", "ccomp", "advcl"):
                if not any(view.lemma(mark) in ("что", "чтобы") for mark in view.kids(clause, "mark")):
                    continue  # "после того, как суд снял ...": a time, not a content
                found = [e for subject in view.kids(clause, "nsubj") for e in self.actors_at(subject)]
                if found:
                    return found
            if (
                view.rel(node) in ("nsubj", "nsubj:pass", "obj", "iobj", "obl")
                and not view.kids(node, "acl", "acl:relcl", "ccomp", "advcl", "nmod")
                and view.rel(view.head(node)) in ("root", "conj", "parataxis")
            ):
                # "потребовали от Аёмбекова сдаться, но тот отказался": the other one, not the subject (not in what
                # is said: "предупредил Иран, что тот пожалеет" is a warning's content)
                return resolve_demonstrative(view, node, self.referents_before(node), self.previous.get()) or []
        if view.covering[node] is None and view.tokens[node].pos != "PROPN" and not self.appositions(node):
            # "Каждый из них осудил ...", "большинство из них отказались": a part of the people a plural pronoun means
            # (which one of several sides "один из них" is, the text does not say; "один из них — Царнаев" is he)
            for part in self.partitive_pronouns(node):
                found = self.actors_of_word(part)
                if lemma in ONE_OF and len({actor_code(entity) for entity in found}) > 1:
                    return []
                return found
        if node in view.compound:
            return list(view.compound[node])  # "российско-китайские": each country the compound names
        covering = view.covering[node]
        role = group_roles().get(lemma)
        if role and (covering is None or covering[0].text.lower() == view.tokens[node].text.lower()):
            # "обвинил Японию, заявив, что ее войска нарушили перемирие": a bare group noun (the role tagger gives
            # it the story's country) owned by a possessive is of the state the possessive agrees with
            owner = self.possessor_state(node)
            if owner:
                return [context_actor(owner, role)]
        if covering is not None:
            found = [covering[1]]
            if covering[0].kind == "role":  # "президентами Казахстана, Узбекистана и Афганистана"
                before = 0  # groups named ahead of the covering one keep their place in the text
                for word in view.subtree(node):
                    other = view.covering[word]
                    if other is None or other[1] in found:
                        continue
                    if view.rel(word) == "conj" and (other[0].kind == "role" or view.tokens[word].pos == "PROPN"):
                        found.append(other[1])
                    elif view.rel(word) in ("amod", "acl") and other[0].kind == "role" and view.kids(word, "conj"):
                        # "армянскими и азербайджанскими военными": two groups, one noun, the first named first
                        if other[0].start < covering[0].start:
                            found.insert(before, other[1])
                            before += 1
                        else:
                            found.append(other[1])
                    elif other[1].type == "LOC" and view.tokens[word].pos == "ADJ" and (
                        view.rel(word) == "conj" or view.kids(word, "conj")
                    ):
                        # "Лидеры Северной и Южной Кореи": the same office of each country the adjectives name
                        code = actor_code(covering[1]) or ""
                        country = country_part(actor_code(other[1]))
                        if country and country != country_part(code):
                            found.append(context_actor(country, code[3:]))
                if len(found) == 1:
                    return (self.member_of_place(node, found[0]) or self.staff_of_organisation(node, found[0])
                            or self.delegation_of(node, found[0]) or found)
            else:
                found += self.coordinated_owners(node, covering) + self.coordinated_adjectives(node, covering)
            return found
        if view.rel(first_conjunct(view, node)) in ("nsubj", "nsubj:pass"):
            # "Обе страны подписали меморандум", "два государства договорились": the two parties just named; so are
            # the officials of both ("главы МИД обеих стран подписали", "лидеры двух государств обсудили")
            for counted in [node, *(kid for kid in view.kids(node, "nmod") if view.case(kid) in ("Gen", ""))]:
                parties = self.counted_parties(counted)
                if parties:
                    return parties
        if (lemma in ANAPHORS or view.tokens[node].pos == "PRON") and not self.owner_named(node) \
                and not self.owner_unnamed(node):
            if lemma in SECOND_PERSON:
                return []  # "просим вас обратиться к его семье": whom a quote addresses is its audience, no actor named
            if lemma in PERSONAL and self.inanimate_antecedent(node):
                return []
            if self.object_antecedent(node) >= 0:
                # "критиковали этот арест, называя его похищением": the thing the verb it hangs on is aimed at, no
                # actor (that verb's own event is aimed at the thing's actor)
                return []
            if lemma in PRONOUN_GENDER and view.tokens[node].pos == "PRON":
                # "власти Турции задержали его": an agreeing actor, never a co-argument
                return resolve_pronoun(view, node, self.referents_before(node), self.previous.get()) or []
            counted = any(view.lemma(kid) in BOTH for kid in view.kids(node, "nummod", "nummod:gov", "det", "amod"))
            if lemma in PARTIES and (view.tokens[node].feats.get("Number") == "Plur" or counted):
                # ("обе стороны": the tagger reads the counted noun as a genitive singular)
                if view.rel(first_conjunct(view, node)) not in ("nsubj", "nsubj:pass"):
                    # "призвал стороны к сдержанности", "диалог со всеми сторонами": sides a third party
                    # addresses are those of a conflict, which the last-named actors do not give
                    return []
                parties = resolve_parties(self.previous.get(), lambda entity: country_part(actor_code(entity)) or "")  # "стороны подписали": all parties just named
                if parties:
                    return parties
                parties = self.parties_before(node)
                if parties:
                    return parties
            if lemma == "который":
                antecedent = self.relative_antecedent(node)
                signers = self.document_signers(node, antecedent)
                if signers:
                    return signers
                if antecedent >= 0:
                    found = self.named(antecedent) or (
                        self.actors_of_word(antecedent) if view.lemma(antecedent) != "который" else []
                    )
                    title = view.head(antecedent)
                    if not found and view.rel(antecedent) in ("appos", "flat", "flat:name") and title >= 0 \
                            and view.tokens[title].pos == "NOUN":
                        found = self.named(title) or self.actors_of_word(title)  # the name's title: "секретаря партии"
                    if found or view.tokens[antecedent].pos in ("PROPN", "NOUN"):
                        # "задержала секретаря партии ДДП Тендая Бити, которому предъявлено обвинение": the noun the
                        # clause hangs on is who is meant (its role noun's actor); a person's name the KB does not
                        # know, or a noun naming no actor ("задержан мужчина, который напал"), is no actor remembered
                        # from the sentences before
                        return found
                    return self.remembered()
            if lemma in FIRST_PERSON:
                # "«Мы продолжим давление», — заявил Обама": "we" (or "I") in what a named speaker says is the
                # speaker's side, not the actors last named
                speakers = self.speaker(view.head(node)) if view.head(node) >= 0 else []
                said_by = [actor for word in speakers if node not in view.subtree(word) for actor in self.actors_at(word)]
                if said_by:
                    return said_by
            if view.tokens[node].feats.get("Number") == "Sing" and lemma in PERSONAL:
                # "его арестовали": one person, not the country last named as a subject
                people = [entity for entity in self.memory[:2] if entity.type != "LOC"][:1]
                return [] if people == [UNKNOWN_PERSON] else people
            return self.remembered()
        if lemma in self.lexicon.domain_words:
            return []  # "сборная Италии встретится с ...": a national team, not its country
        if lemma in self.lexicon.word_classes["quantity"]:
            # "выслали тысячи палестинских и иорданских рабочих": a number noun stands for the people it counts, each
            # group its coordinated adjectives name (not only the group whose entity covers the counted noun)
            for child in view.kids(node, "nmod"):
                if not view.preposition(child) and view.tokens[child].pos == "NOUN" and view.case(child) in ("Gen", ""):
                    found = self.actors_of_word(child)
                    if len(found) > 1:
                        return found
        # a role noun without its own entity: "президентами Казахстана", "афганские военные"
        for child in view.kids(node, "nmod", "amod", "flat", "flat:name", "obl", "nummod:gov"):
            preposition = view.preposition(child)
            if preposition and preposition not in MEMBERSHIP and view.tokens[node].pos in ("NOUN", "PROPN"):
                if not (preposition == "с" and lemma in self.lexicon.word_classes["border"]):
                    continue  # "к границе с Пакистаном": the other side of a border is whom an act there is aimed at
            found = self.named(child)
            if len(found) == 1 and guessed_role(found[0]) and not preposition and lemma in HEADS_OF_BODIES:
                # "Делегация Китая прибыла в Москву. Глава делегации ...": the head of a bare body (which the role
                # tagger gives the story's country) heads the body of that lemma last named with its owner
                found = self.body_named_before(child) or found
            if found:
                return self.followers(lemma, found + self.other_owners(child, found))
        # a genitive chain: "миссию наблюдателей ОБСЕ", "позиции армии Украины", "сторонники президента Бен Беллы"
        for child in view.kids(node, "nmod"):
            # "Около двух тысяч шахтёров": the parser takes the approximator for the people's preposition
            approximate = view.counted(node) and view.preposition(child) in self.lexicon.word_classes["approximator"]
            if (view.preposition(child) and not approximate) or view.tokens[child].pos != "NOUN":
                continue
            if view.lemma(child) in self.lexicon.domain_words:
                continue  # "легенда голландского футбола": a field of sport or art, not a group of its country
            if view.lemma(node) in self.lexicon.word_classes["quantity"] and view.lemma(child) in (
                self.lexicon.word_classes["quantity"]
            ):
                # "десятки тысяч сторонников оппозиции": a quantity of a quantity counts what the inner one counts
                found = self.actors_of_word(child)
                if found:
                    return found
            for grand in view.kids(child, "nmod", "amod", "appos"):
                found = [] if view.preposition(grand) else self.named(grand)
                if found:
                    return self.followers(view.lemma(node), found)
        if lemma in self.lexicon.event_anaphors and any(
            view.lemma(word) in DEMONSTRATIVES for word in view.kids(node, "det", "amod")
        ):
            # "США назвали этот шаг эскалацией": the act just reported stands for its actor
            return [agent for number, agent in enumerate(self.agents) if agent not in self.agents[:number]]
        homeland = self.lexicon.word_classes["homeland"]
        possessed = self.possessed(node)
        bare = not view.kids(node, "det", "amod", "nmod", "nmod:poss") and not self._homeland_asked
        if lemma in homeland and (possessed or bare):
            # "министр Австралии заявил, что его страна готова ...": the speaker's own country; so is a bare
            # "страна" in what he says ("заявил, что страна разорвёт отношения"), found without asking a bare one
            # again through the speaker's own phrase ("министр страны заявил")
            self._homeland_asked = True
            try:
                countries = {
                    country_part(actor_code(actor))
                    for word in self.speaker(node)
                    if node not in view.subtree(word)
                    for actor in self.actors_at(word)
                } - {None}
            finally:
                self._homeland_asked = False
            if len(countries) == 1:
                return [context_actor(countries.pop())]
        if possessed and lemma in self.lexicon.word_classes["own_staff"] and not self._homeland_asked:
            # "генерал заявил, что его агенты схватили ...": the people of the speaker's own body
            self._homeland_asked = True
            try:
                staff = [
                    actor for word in self.speaker(node) if node not in view.subtree(word)
                    for actor in self.actors_at(word) if actor_code(actor)
                ]
            finally:
                self._homeland_asked = False
            if staff:
                return staff[:1]
        antecedent = self.country_antecedent(node)
        if antecedent:
            return antecedent
        # a bare group noun the role tagger left without a country: "полиция задержала ..."
        role = None if lemma in visitor_nouns() else group_roles().get(lemma)
        # "Демонстранты пикетировали посольство Израиля", "сотни жителей протестовали против визита президента США":
        # a crowd is not of the country of the mission, envoy or visitor it stands before
        # (asked only of a crowd: the sentence's countries abroad are a scan of its names)
        if role == CIVILIAN and self.context_country in self.countries_abroad():
            return appositions
        if role and self.context_country and view.tokens[node].pos == "NOUN" and not (
            role == "GOV" and any(view.lemma(child) in private_premises() for child in view.kids(node, "nmod"))
        ) and not self.several_states(node):
            # "администрация отеля", "руководство компании": a firm's management is no state body
            return [context_actor(self.context_country, role)]
        # "сотрудники милиции задержали": a member of a bare group is of the group's country
        for child in view.kids(node, "nmod"):
            role = None if view.lemma(child) in visitor_nouns() else group_roles().get(view.lemma(child))
            if role == CIVILIAN and self.context_country in self.countries_abroad():
                break
            if role and self.context_country and not view.preposition(child) and view.case(child) in ("Gen", ""):
                return [context_actor(self.context_country, role)]
        return appositions  # named, but not known to the knowledge base

    def body_named_before(self, node: int) -> list[Entity]:
        """The actors of the state body of ``node``'s lemma last named with its owner, in its own sentence before it
        or in the last sentences, when ``node`` is bare."""
        view = self.view
        lemma = view.lemmas[node]
        if group_roles().get(lemma) in (None, CIVILIAN) or view.tokens[node].pos != "NOUN":
            return []
        if view.kids(node, "det", "amod", "nmod", "nmod:poss", "appos"):
            return []
        return self.owned_groups(before=node).get(lemma) or self.groups.named(lemma)

    def owned_groups(self, before: int | None = None) -> dict[str, list[Entity]]:
        """The state bodies this sentence names with their owner ("делегация Китая", "китайская делегация"), by
        lemma, the latest of a lemma kept (with ``before``, only those before that word)."""
        view = self.view
        roles = group_roles()
        result: dict[str, list[Entity]] = {}
        for node in range(len(view.tokens) if before is None else before):
            lemma = view.lemmas[node]
            if roles.get(lemma) in (None, CIVILIAN) or view.tokens[node].pos != "NOUN":
                continue
            if not any(
                view.covering[kid] is not None for kid in view.kids(node, "nmod", "amod") if not view.preposition(kid)
            ):
                continue
            found = [actor for actor in self.actors_at(node) if country_part(actor_code(actor))]
            if found:
                result[lemma] = found
        return result

    def other_owners(self, owner: int, found: list[Entity]) -> list[Entity]:
        """The owners besides ``found`` of a thing whose owner phrase ``owner`` is coordinated: "самолеты ВВС США и
        Великобритании" (the body's country coordinated: the same body of each), "вертолеты миссии ООН и
        французского контингента" (a conjunct no entity covers stands for its own genitive's)."""
        view = self.view
        covering = view.covering[owner]
        more = self.coordinated_owners(owner, covering) if covering is not None else []
        for word in view.conjuncts(owner):
            if view.covering[word] is None:
                more += [
                    actor for kid in view.kids(word, "nmod") if not view.preposition(kid)
                    for actor in self.named(kid)
                ]
        return [actor for number, actor in enumerate(more) if actor not in found and actor not in more[:number]]

    def coordinated_owners(self, node: int, covering: tuple[Mention, Entity]) -> list[Entity]:
        """"Военно-морские силы Индии и России": a body named with its country, whose country is coordinated with
        others, stands for the same body of each of them."""
        view = self.view
        code = actor_code(covering[1]) or ""
        country, role = country_part(code), code[3:]
        if not country or not role:
            return []
        mention = covering[0]
        found = []
        for word in view.subtree(node):
            head = view.head(word)
            other = view.covering[word]
            if view.rel(word) != "conj" or head < 0 or head == node or other is None:
                continue  # "Москва и Пекин": two actors of their own, found as conjuncts
            if not mention.start <= view.tokens[head].start < mention.stop:
                continue  # the country coordinated must be the body's own genitive
            owner = country_part(actor_code(other[1]))
            if other[1].type == "LOC" and owner and owner != country:
                # (a body the text names, not a guess of the place's state that a named twin would absorb:
                # "Вооруженные силы США и Великобритании нанесли удары по Ираку" is two attacks on Iraq)
                body = context_actor(owner, role)
                found.append(replace(body, id=f"{COORDINATED_OWNER}{actor_code(body)}"))
        return found

    def coordinated_adjectives(self, node: int, covering: tuple[Mention, Entity]) -> list[Entity]:
        """"Северной и Южной Кореи": adjectives coordinated on one country noun name one country each (the linker
        gave the lone adjective the shared noun's country)."""
        view = self.view
        found: list[Entity] = []
        for adjective in view.kids(node, "amod"):
            for word in view.conjuncts(adjective):
                other = view.covering[word]
                if other is not None and other[1] is not covering[1] and other[1].type == "LOC" and actor_code(other[1]):
                    if other[1] not in found:
                        found.append(other[1])
        return found

    def member_of_place(self, node: int, group: Entity) -> list[Entity]:
        """"террористами из Сектора Газа": a group noun with "из X" is of X's country, whatever country the
        linker took from the sentence around it."""
        code = actor_code(group) or ""
        country = country_part(code)
        for child in self.view.kids(node, "nmod"):
            if self.view.preposition(child) not in MEMBERSHIP or self.force_direction(node, child):
                continue
            for place in self.named(child):
                home = country_part(actor_code(place)) if place.type == "LOC" else None
                if home and home != country:
                    return [context_actor(home, code[3:] if country else "")]
        return []

    def unknown_owner(self, force: int) -> bool:
        """"войск международной коалиции": a force whose owner is named in its genitive but not linked."""
        view = self.view
        return any(
            view.tokens[owner].pos in ("NOUN", "PROPN") and view.covering[owner] is None
            and view.case(owner) in ("Gen", "") and not view.preposition(owner)
            and view.lemma(owner) not in self.lexicon.word_classes["moved_force"]
            for owner in view.kids(force, "nmod")
        )

    def force_direction(self, force: int, phrase: int) -> bool:
        """"вывод войск из южного Ливана", "вывела войска из Ирака": a force's "из X" is whence the trigger it is the
        object (or the verbal noun's genitive) of moves it, when that trigger's row has such a target slot, not the
        force's country (see ``direction_on_force``)."""
        view = self.view
        if view.lemma(force) not in self.lexicon.word_classes["moved_force"] or view.head(force) < 0:
            return False
        if self.unknown_owner(force):
            return False  # (the linker took the sentence's country for it: its "из X" is the likelier owner)
        preposition = view.preposition(phrase)
        return any(
            slot.kind == "prep" and slot.preposition == preposition
            for rule in self.rules_for(view.head(force))
            for slot in rule.target
        )

    def delegation_of(self, node: int, group: Entity) -> list[Entity]:
        """"Делегация талибов провела переговоры", "делегация сирийской оппозиции": a delegation (word class
        ``delegation``) the role tagger gave a government by the story's country speaks for the actor its genitive
        names, not for that government."""
        view = self.view
        reason = group.actor.reason if group.actor is not None else ""
        if view.lemma(node) not in self.lexicon.word_classes["delegation"] or "by context" not in (reason or ""):
            return []
        for child in view.kids(node, "nmod"):
            if view.preposition(child) or view.case(child) not in ("Gen", ""):
                continue
            found = [entity for entity in self.actors_at(child) if actor_code(entity)]
            if found:
                return found
        return []

    def staff_of_organisation(self, node: int, group: Entity) -> list[Entity]:
        """"американских инспекторов ООН", "американским членам группы инспекторов ООН": people of one country
        serving an international organisation act for it (its genitive, through at most two genitive nouns)."""
        view = self.view
        if (actor_code(group) or "").startswith(("IGO", "NGO")) or group.type == "LOC":
            return []
        nouns = [node]
        for _depth in range(3):
            nouns = [
                child for noun in nouns for child in view.kids(noun, "nmod")
                if not view.preposition(child) and view.case(child) in ("Gen", "")
            ]
            for child in nouns:
                found = [entity for entity in self.named(child) if (actor_code(entity) or "").startswith("IGO")]
                if found:
                    return found[:1]
            nouns = [child for child in nouns if view.tokens[child].pos == "NOUN"]
        return []

    def appositions(self, node: int) -> list[int]:
        """The names in apposition to ``node`` within its own phrase.  The parser sometimes hangs the name of a
        second person on the first one across the verb ("Министр России Лавров провёл переговоры с министром
        Таджикистана Мухриддином"): such a name belongs to the role noun it follows, not to the far one."""
        view = self.view
        inside = set(view.subtree(node))
        names = [
            child
            for child in view.kids(node, "appos")
            if all(word in inside for word in range(min(node, child), max(node, child) + 1))
        ]
        # "заложников — британца и австралийца": people named after a dash by their nationality (the parser may
        # make the dash phrase a clause of its own)
        names += [
            child
            for child in view.kids(node, "parataxis")
            if child > node + 1 and view.tokens[child - 1].text in DASHES
            and view.covering[child] is not None and view.covering[child][0].kind == "demonym"
        ]
        # "Президент Венесуэлы Уго Чавес, давний критик Вашингтона, обвинил": a description set off by a comma after
        # the name describes the one named, its genitive ("Вашингтона") is no second actor
        described = view.covering[node] is not None or any(view.tokens[child].pos == "PROPN" for child in names)
        names = [child for child in names if not (described and self.comma_description(child))]
        end = node
        while end + 1 < len(view.tokens) and end + 1 in inside:
            end += 1
        following = end + 1
        if (
            not names
            and following < len(view.tokens)
            and view.rel(following) == "appos"
            and view.head(following) < node
            and view.covering[following] is not None
            and view.covering[following][1].type == "PER"
        ):
            names.append(following)
        return names

    def comma_description(self, word: int) -> bool:
        """Whether ``word`` is a common noun whose phrase opens with a comma: a description of someone named."""
        view = self.view
        start = min(view.subtree(word))
        return view.tokens[word].pos == "NOUN" and (
            view.tokens[start].text == "," or (start > 0 and view.tokens[start - 1].text == ",")
        )

    def owner_named(self, node: int) -> bool:
        """"Глава МВФ", "лидер движения «Талибан»": a role noun with a named owner is the owner's actor, not
        an anaphor."""
        view = self.view
        if view.tokens[node].pos not in ("NOUN", "PROPN"):
            return False
        return any(
            not view.preposition(child) and view.case(child) in ("Gen", "") and self.named(child)
            for child in view.kids(node, "nmod")
        ) or any(
            # "американская сторона выразила протест": a side with a country adjective is that country
            view.tokens[child].pos == "ADJ" and self.named(child)
            for child in view.kids(node, "amod")
        )

    def owner_unnamed(self, node: int) -> bool:
        """"арестовала главу картеля", "лидер компании": a head noun (``OWNED_HEADS``) of an owner the text does not
        name, which is no country, body or place word that points back ("глава государства", "глава ведомства",
        "глава региона": word class ``place_owner``), is no
        anaphor of the actor named last: the head of some cartel is not the State Department named before."""
        view = self.view
        if view.lemma(node) not in OWNED_HEADS or view.tokens[node].pos != "NOUN":
            return False
        pointing = country_anaphora() | body_anaphora_nouns() | self.lexicon.word_classes["place_owner"]
        return any(
            not view.preposition(child) and view.case(child) in ("Gen", "") and view.tokens[child].pos == "NOUN"
            and view.lemma(child) not in pointing and not self.named(child)
            for child in view.kids(node, "nmod")
        )

    def current_referents(self) -> list[Referent]:
        if self._current is None:
            self._current = referents_of(self.view, self.referent_actors, self.unknown_referent)
        return self._current

    def referents_before(self, node: int) -> list[Referent]:
        """The referents of this sentence a pronoun may mean: none from inside a clause of time or cause
        ("потребовал выборов после того, как суд снял с него обвинения"), whose events are the background
        of the sentence's own and are told about the actors of the text before it."""
        view = self.view
        for ancestor in [node, *view.ancestors(node, 6)]:
            if view.tokens[ancestor].pos != "VERB":
                continue
            if {view.lemma(mark) for mark in view.kids(ancestor, "mark")} & CIRCUMSTANCE_MARKS:
                return []
        return self.current_referents()

    def unknown_referent(self, position: int) -> bool:
        """A person the text names with no actor code, whom a later pronoun may mean: an unlinked name ("Маркив")
        or the noun of a private person ("Личность мужчины установлена. Как выяснилось, он был арестован")."""
        view = self.view
        return self.names_unknown_person(position) or (
            view.tokens[position].pos == "NOUN" and view.lemma(position) in self.lexicon.private_people
        )

    def partitive_pronouns(self, node: int) -> list[int]:
        """"них" of "каждый из них", "большинство из них": the plural pronoun a part is taken from."""
        view = self.view
        return [
            part for part in view.kids(node, "nmod")
            if view.preposition(part) == "из" and view.lemma(part) == "они" and view.tokens[part].pos == "PRON"
        ]

    def referent_actors(self, position: int) -> list[Entity]:
        """The actors a noun phrase names, for later pronouns: as an argument names them, but never through a
        pronoun or the memory of earlier sentences."""
        view = self.view
        if view.tokens[position].pos == "PRON" or (view.lemma(position) in ANAPHORS and not self.owner_named(position)):
            return []
        if self.partitive_pronouns(position):
            return []  # ("большинство из них": through a pronoun)
        return self.actors_of_word(position)

    def referents(self) -> list[Referent]:
        """This sentence's actors for the next sentence's pronouns, a subject pronoun standing for the
        actor it means ("Он встретился с Эрдоганом": "он" is still the subject)."""
        view = self.view
        result = list(self.current_referents())
        for position, token in enumerate(view.tokens):
            if view.rel(position) not in ("nsubj", "nsubj:pass") or view.lemma(position) not in PRONOUN_GENDER:
                continue
            if token.pos != "PRON":
                continue
            meant = resolve_pronoun(view, position, self.referents_before(position), self.previous.get())
            # "Подросток ... Он получал инструкции от сторонника ИГ. Сейчас он арестован": a pronoun that means a
            # person with no actor code still holds the subject, and the next "он" means him, not the other
            for entity in [UNKNOWN] if meant == [] else meant or []:
                result.append(
                    Referent(entity, position, token.feats.get("Gender", ""), token.feats.get("Number", ""),
                             True, position)
                )
        return sorted(result, key=lambda referent: referent.position)

    def possessed(self, node: int) -> bool:
        """"его страна", "их сотрудники": a third-person possessive before the noun (the parser may hang "его" as
        the personal pronoun's genitive, nmod)."""
        view = self.view
        return any(
            owner < node
            and view.tokens[owner].text.lower() in self.lexicon.word_classes["possessive"]
            and not view.preposition(owner)
            for owner in view.kids(node, "det", "nmod:poss", "nmod")
        )

    def possessor_state(self, node: int) -> str | None:
        """The country of a group noun owned by a third-person possessive ("ее войска", "его полиция", "их
        спецслужбы"): the state named before it in the sentence that is the nearest word the possessive agrees with
        ("ее" a feminine name, "его" a masculine or neuter one, "их" a plural). None when the nearest one it agrees
        with is no state ("министр Индии заявил, что его войска ...": the minister's own men, his country's)."""
        view = self.view
        if self._possessor_asked or not self.possessed(node):
            return None
        owners = [view.tokens[owner].text.lower() for owner in view.kids(node, "det", "nmod:poss", "nmod")
                  if owner < node and view.tokens[owner].text.lower() in POSSESSIVE_AGREEMENT]
        if len(owners) != 1:
            return None
        gender, number = POSSESSIVE_AGREEMENT[owners[0]]
        self._possessor_asked = True  # (the sentence's referents are being read: the noun names none itself)
        try:
            referents = self.referents_before(node)
        finally:
            self._possessor_asked = False
        for referent in reversed(referents):
            if referent.position >= node:
                continue
            # a place's gender and number by the dictionary ("Японии": the tagger may call it masculine)
            # (the word of the name: a referent's head may be the noun of a compound preposition, "в адрес Японии")
            named = next((word for word in view.subtree(referent.position) if view.covering[word] is not None
                          and view.covering[word][1] is referent.entity), referent.position)
            features = noun_agreement(view.tokens[named].text.lower()) if referent.entity.type == "LOC" else frozenset()
            features = features or frozenset({referent.gender, referent.number})
            if number not in features or (gender and not features & set(gender)):
                continue
            country = country_part(actor_code(referent.entity))
            if referent.entity.type != "LOC" or not country or country == "---":
                return None
            return country
        return None

    def country_antecedent(self, node: int) -> list[Entity]:
        """"Саудовская Аравия перевела ..., а королевство отправило ...", "Иран провёл испытание. Республика
        пригрозила ...": a bare singular noun that stands for a country named before ("королевство", "страна",
        data/country_anaphora.txt), as a subject, is the country last named as a subject: in its own sentence
        (the nearest, never a co-argument), else the previous sentence's; "его страна", of the actor last named as
        a subject."""
        view = self.view
        if (
            self._antecedent_asked
            or view.lemma(node) not in country_anaphora()
            or view.tokens[node].pos not in ("NOUN", "PROPN")  # (a sentence's first word may be read as a name)
            or view.tokens[node].feats.get("Number") != "Sing"
            or view.rel(first_conjunct(view, node)) not in ("nsubj", "nsubj:pass")
            or view.kids(node, "amod", "nmod", "appos", "flat", "flat:name")
        ):
            return []
        excluded = co_arguments(view, node)
        self._antecedent_asked = True  # (the sentence's referents are being read: the noun names none itself)
        try:
            here = [r for r in self.referents_before(node) if r.position < node and r.position not in excluded]
        finally:
            self._antecedent_asked = False
        # "министр Ирака предупредил, что его страна прекратит ...": a possessed one is the country of its owner
        possessed = self.possessed(node)
        for referents in (list(reversed(here)), list(self.previous.get())):
            for referent in referents:
                country = country_part(actor_code(referent.entity))
                if referent.subject and country and (possessed or referent.entity.type == "LOC"):
                    return [context_actor(country)]
        return []

    def remembered(self) -> list[Entity]:
        return [entity for entity in self.memory[:2] if entity is not UNKNOWN_PERSON]

    def followers(self, lemma: str, found: list[Entity]) -> list[Entity]:
        """"Сторонники Селайи напали на полицию": the followers of a person (word class ``follower``) are civilians
        of his country, not he himself; those of an opposition leader or a warlord keep his role (OPP, INS, REB)."""
        if lemma not in self.lexicon.word_classes["follower"]:
            return found
        result = []
        for entity in found:
            code = actor_code(entity) or ""
            country = country_part(code)
            if entity.type == "PER" and country and country != "---" and code[3:6] not in KEPT_BY_FOLLOWERS:
                entity = context_actor(country, CIVILIAN)
            if entity not in result:
                result.append(entity)
        return result

    def several_states(self, node: int) -> bool:
        """"Многие правительства", "Западные правительства", "правительства стран Европы": a state body
        (kb ``data/several_states_nouns.txt``) without its country, in the plural or foreign (kb
        ``data/foreign_adjectives.txt``), is several states': not the story's country's."""
        view = self.view
        if view.lemma(node) not in several_states_nouns():
            return False
        return view.tokens[node].feats.get("Number") == "Plur" or any(
            view.lemma(child) in STATE_NOUNS and view.tokens[child].feats.get("Number") == "Plur"
            for child in view.kids(node, "nmod")
        ) or any(view.lemma(child) in foreign_adjectives() for child in view.kids(node, "amod"))

    def named(self, node: int) -> list[Entity]:
        """Entities that cover ``node`` or its coordinated words."""
        result = []
        for word in self.view.conjuncts(node):
            covering = self.view.covering[word]
            if covering is not None and covering[1] not in result:
                result.append(covering[1])
        return result

    def parties_before(self, node: int) -> list[Entity]:
        """"Переговоры Греции и Македонии ... не принесли прорыва, однако стороны условились встретиться вновь": with
        no parties in the sentences before, "стороны" are the coordinated actors named last before it in its own
        sentence (two or more distinct ones, the first of a coordination standing for it)."""
        view = self.view
        for word in range(node - 1, -1, -1):
            if view.rel(word) == "conj":
                continue  # a later member of a coordination: its first member gathers them all
            members = view.conjuncts(word)
            if len(members) < 2:
                continue
            found = self.named(word)
            if len(found) > 1:
                return found
        return []

    def document_signers(self, relative: int, antecedent: int) -> list[Entity]:
        """"Путин подписал указ, который вводит санкции", "Совбез принял резолюцию, которая требует ...": a document
        the subject of its relative clause acts through its signer, the subject of the verb that issues it."""
        view = self.view
        if antecedent < 0 or view.rel(relative) != "nsubj" or not self.acting_document(antecedent):
            return []
        verb = view.head(antecedent)
        if verb < 0 or view.rel(antecedent) != "obj" or view.lemma(verb) not in self.lexicon.word_classes["issuing"]:
            return []
        return [actor for subject in view.kids(verb, "nsubj") for actor in self.actors_at(subject)]

    def relative_antecedent(self, node: int) -> int:
        view = self.view
        for ancestor in view.ancestors(node, 3):
            if view.rel(ancestor) in ("acl:relcl", "acl"):
                head = view.head(ancestor)
                if head < 0 or view.tokens[head].pos not in ("VERB", "AUX"):
                    return head
                break  # a relative clause hung on the main verb ("Министр, которому ... предъявила, находится"):
                # no verb is what "который" stands for
        # the parser broke the clause off: ", которому ..." refers to the nearest noun before the comma
        # that agrees with it in gender and number
        if node > 0 and view.tokens[node - 1].text == ",":
            feats = view.tokens[node].feats
            for left in range(node - 2, -1, -1):
                token = view.tokens[left]
                if token.pos in ("VERB", "PUNCT"):
                    break
                if token.pos in ("NOUN", "PROPN") and all(
                    token.feats.get(key) == feats.get(key) for key in ("Gender", "Number") if feats.get(key)
                ):
                    return left
        return -1

    def stray_relative(self, anchors: list[int], case: str) -> list[int]:
        """", которому трибунал предъявил обвинение": a relative word of the trigger's clause the parser hung
        on another word stands in the slot of its case."""
        view = self.view
        first = min(anchors)
        for node in range(first - 1, -1, -1):
            token = view.tokens[node]
            if token.pos == "PUNCT" or (token.pos == "VERB" and node not in anchors):
                break
            if view.lemma(node) == "который" and view.case(node) == case and node > 0 and (
                view.tokens[node - 1].text == ","
            ):
                return [node] if all(view.head(node) not in (a, -1) for a in anchors) else []
        return []

    def companion(self, word: int) -> bool:
        """Whether a noun after "с" is told with "вместе"/"совместно": "вместе с украинской армией" (the parser
        hangs the noun on the adverb or on the verb beside it)."""
        view = self.view
        head = view.head(word)
        if head >= 0 and view.lemma(head) in ALLY_ADVERBS:
            return True
        marks = [kid for kid in view.kids(word, "case") if view.lemma(kid) == "с"]
        return bool(marks) and marks[0] > 0 and view.tokens[marks[0] - 1].text.lower() in ALLY_ADVERBS

    def slot_words(self, position: int, slot: Slot, passive: bool, anchors: list[int]) -> list[int]:
        view = self.view
        words: list[int] = []
        for anchor in anchors:
            if slot.kind == "subj":
                words += self.own_subject(anchor, passive)
                continue
            if slot.kind == "obj":  # (the most asked slot reads the relation alone)
                rels = view.rels
                words += [child for child in view.children[anchor] if rels[child] == "obj"]
                continue
            for child in view.children[anchor]:
                rel, prep, case = view.rels[child], view.preposition(child), view.tokens[child].feats.get("Case", "")
                if slot.kind == "dat":
                    # ("были переданы Азербайджаном армянской стороне": an instrumental the parser calls "iobj" is
                    # the agent, not the dative)
                    # (a dative the parser calls the object: "пригрозили Того санкциями")
                    ok = (rel == "iobj" and case != "Ins") or (
                        rel in ("obl", "nmod", "obj") and not prep and view.read_case(child, "Dat")
                    )
                    # "направил телеграмму Мигелю Диас-Канелю": a dative is no apposition of an accusative noun
                    ok = ok or (rel == "appos" and case == "Dat" and view.case(anchor) not in ("Dat", "") and not prep)
                    # "предоставила помощь Малави": the tagger's genitive of an indeclinable name after a verb's object
                    # is as often a dative (after a subject it is its owner: "Предупреждение США ... прозвучало")
                    # (so is a country's genitive that is also its dative: "выделила кредит Греции")
                    ok = ok or (
                        rel == "nmod" and not prep and view.rel(anchor) == "obj" and view.tokens[anchor].pos == "NOUN"
                        and (view.indeclinable(child) or (view.names_place(child) and view.may_be_case(child, "Dat")))
                    )
                    # "списала Танзании долги", "списала Бангладеш долги": a verb takes no two objects; of two bare ones
                    # the parser gave it, a place's name whose form may be dative is the dative, the other noun the object
                    ok = ok or (
                        rel == "obj" and not prep and view.tokens[anchor].pos == "VERB" and view.names_place(child)
                        and view.may_be_case(child, "Dat")
                        and any(
                            other != child and view.tokens[other].pos == "NOUN" and not view.names_place(other)
                            for other in view.kids(anchor, "obj")
                        )
                    )
                elif slot.kind == "gen":
                    # (not an infinitive the parser hung on a noun as nmod: "угрозой ввести войска в Ирак" is the act
                    # threatened, not the owner of the threat)
                    ok = rel == "nmod" and case in ("Gen", "") and not prep and not self.infinitive(child)
                    # "проводит штурм горной хижины": the parser may make the event noun's genitive a second object
                    # of its support verb
                    ok = ok or (
                        rel == "obj" and case == "Gen" and not prep and child > position
                        and anchor == view.head(position) and view.rel(position) == "obj"
                        and view.tokens[position].pos == "NOUN"
                    )
                elif slot.kind == "ins":
                    ok = rel in ("obl", "nmod", "obl:agent", "iobj") and case == "Ins" and not prep
                    # "была признана Эфиопией": the parser takes a passive's named agent for a predicative
                    # ("признана виновной"); a proper name is no predicative
                    ok = ok or (
                        rel == "xcomp" and case == "Ins" and not prep and view.tokens[child].pos == "PROPN"
                        and view.is_passive(anchor)
                    )
                elif slot.kind == "adj":
                    ok = rel == "amod" and (view.covering[child] is not None or child in view.compound)
                elif slot.kind == "prep":
                    ok = rel in ("obl", "nmod", "iobj", "obj") and view.has_preposition(child, slot.preposition)
                    ok = ok and (not slot.case or not case or case == slot.case or self.cased_after(child, slot)
                                 or view.indeclinable(child) or view.may_be_case(child, slot.case))
                else:
                    ok = False
                if ok:
                    words.append(child)
        # "обыски в офисах шведской компании в Нью-Дели": the place of a home or office the slot names is where
        # it stands, not a second argument (its owner, or else its place, is found through the home itself)
        homes = self.lexicon.word_classes["home"]
        words = [word for word in words if not (view.head(word) in words and view.lemma(view.head(word)) in homes)]
        if slot.kind == "prep" and not words:
            words = self.noun_preposition(anchors, slot) or self.adverb_preposition(anchors, slot)
        if slot.kind == "prep" and not words:
            words = (
                self.deep_partner(anchors[0], slot)
                or self.phrase_before_infinitive(anchors, slot)
                or self.adjacent_partner(position, slot)
                or self.crossing_partner(position, slot)
                or self.participle_partner(anchors, slot)
                or self.ties_between(position, slot)
            )
        if slot.kind == "prep" and slot.preposition == "с":
            # "встреча с участием министров": the noun of a compound preposition is no partner "с X"
            words = [word for word in words if view.tokens[word].text.lower() not in PARTICIPATION_NOUNS]
            rule = self.chosen.get(position)
            if rule is not None and rule.root in ALLY_ROOTS:
                # "воевал вместе с «Талибаном» против альянса": in a hostile act "вместе с X" names an ally
                words = [word for word in words if not self.companion(word)]
        if slot.kind == "ins" and view.tokens[position].pos == "NOUN":
            words = [word for word in words if not self.nearer_verbal_noun(position, word)]
        if slot.kind == "ins" and not words and view.tokens[position].pos == "NOUN":
            # (not past a nearer verbal noun: "приостановка помощи Гватемале в связи с нарушениями прав армией")
            words = [word for word in self.displaced_agent(position) if not self.nearer_verbal_noun(position, word)]
        if slot.kind == "gen":
            words += self.participle_agent([anchor for anchor in anchors if anchor != position])
        if slot.kind == "dat" and not words:
            words = self.aid_purpose_beneficiary(anchors)
        if slot.kind == "dat" and not words and view.lemma(position) in self.lexicon.word_classes["returning"]:
            words = self.former_holder(anchors)
        if slot.kind == "prep" and not words and slot.preposition == "в" and slot.case == "Loc":
            words = self.post_of_envoy(anchors)
        if slot.kind == "prep" and not words:
            words = (
                self.border_on_object(anchors, slot) or self.direction_on_force(anchors, slot)
                or self.blamed_past_cause(anchors, slot)
            )
        if slot.kind == "obj":
            # "объявила персоной нон грата дипломата" read as "объявила нон, грата (дипломата)": the person declared
            # is what the phrase's Latin words hold, never those words
            held = [kid for word in words if view.lemma(word) in PERSONA_WORDS for kid in view.kids(word, "nmod")]
            words = [word for word in words if view.lemma(word) not in PERSONA_WORDS] + [
                kid for kid in held if view.lemma(kid) not in PERSONA_WORDS and not view.preposition(kid)
            ]
        if slot.kind == "obj" and not words and not passive:
            words = (
                self.stray_object(position) or self.object_on_complement(position) or self.adjacent_object(position)
                or self.object_after_phrase(position)
            )
        if slot.kind == "obj" and not words and not passive:
            # "не разрешил транслировать обращение Эрдогана": the object of the content verb
            for content in view.kids(position, "xcomp"):
                if view.tokens[content].pos == "VERB" and not self.rules_for(content):
                    words += view.kids(content, "obj")
        if slot.kind == "obj" and not words and not passive:
            # "объявили персоной нон грата консула": the parser hangs the object on the predicative noun
            # (and may take the phrase's Latin "нон" for the object itself)
            for predicative in view.kids(position, "xcomp"):
                if view.tokens[predicative].pos == "NOUN" and view.case(predicative) == "Ins":
                    # or on the last word of the phrase: "персоной нон грата сотрудника" ("грата" -> "сотрудника");
                    # animate plurals and counted people are tagged genitive: "персонами нон грата трех дипломатов"
                    nouns = view.kids(predicative, "nmod")
                    nouns += [node for noun in nouns if view.case(noun) != "Acc" for node in view.kids(noun, "nmod")]
                    words += [
                        node for node in nouns
                        if view.case(node) in ("Acc", "Gen") and view.lemma(node) not in PERSONA_WORDS
                        and not view.preposition(node)
                    ]
        if slot.kind == "dat" and not words:
            words = self.stray_relative(anchors, "Dat") or self.dative_modifier(anchors) or self.modal_dative(position)
        if slot.kind == "speaker":
            words = self.speaker(position)
        if slot.kind == "subj" and not words and not passive:
            words = self.inherited_subject(position) or self.actor_on_left(position)
        if slot.kind == "subj" and not words:
            words = self.swallowed_subject(position)
        if slot.kind == "subj" and not words and passive and view.rel(position) == "conj":
            # "продюсер сдался полиции и был задержан": the subject of the first verb is the passive's
            words = self.inherited_subject(position)
        if slot.kind == "subj" and not words and passive and view.rel(position) == "acl":
            # "гражданин России, арестованный в Испании": the actor a passive participle modifies is whom it befell
            words = self.modified_actor(position)
        if slot.kind == "head":
            words = self.governing_subject(position) or self.phase_subject_agent(position)
            words = words or self.passive_sufferer(position) or self.defier(position)
        return words

    def defier(self, noun: int) -> list[int]:
        """"Иран, вопреки требованиям Совбеза, возобновил обогащение", "вопреки протестам Пекина Тайвань провел учения":
        who acts against a demand, warning or protest told by a "вопреки" phrase is the subject of the clause the phrase
        hangs on (the parser may make it an oblique or a parenthetical)."""
        view = self.view
        head = view.head(noun)
        if not view.has_preposition(noun, "вопреки") or head < 0 or view.rel(noun) not in ("obl", "parataxis", "advcl", "nmod"):
            return []
        return view.kids(head, "nsubj") or self.inherited_subject(head)

    def phrase_before_infinitive(self, anchors: list[int], slot: Slot) -> list[int]:
        """"выступило с требованием к Эритрее вывести войска": a prepositional phrase standing between a noun and the
        infinitive that tells its content is the noun's, though the parser hung it on the infinitive."""
        view = self.view
        words: list[int] = []
        for anchor in anchors:
            if view.tokens[anchor].pos != "NOUN":
                continue
            for content in view.kids(anchor, "nmod", "xcomp", "acl"):
                if not self.infinitive(content) or content < anchor:
                    continue
                words += [
                    child for child in view.kids(content, "obl", "nmod", "iobj")
                    if anchor < child < content and view.has_preposition(child, slot.preposition)
                    and (not slot.case or view.may_be_case(child, slot.case))
                ]
        return words

    def passive_sufferer(self, noun: int) -> list[int]:
        """"двое солдат ранены в результате нападения боевиков", "были убиты при обстреле": the passive subject of a
        verb the noun's row names as its head is whom the act befell (a passive verb has no subject of its own)."""
        view = self.view
        rule = self.chosen.get(noun)
        if rule is None or not rule.requires_relation("head"):
            return []
        for head in view.ancestors(noun, 2):
            if view.tokens[head].pos == "VERB" and view.is_passive(head) and rule.requires_lemma(view.lemma(head)):
                return [word for word in view.kids(head, "nsubj:pass") if word != noun]
        return []

    def nearer_verbal_noun(self, noun: int, agent: int) -> bool:
        """Whether a verbal noun stands between an event noun and an instrumental after it, whose agent the
        instrumental is: "метание камней в ходе демонстраций против нарушений прав человека израильскими военными"
        (the soldiers violate rights, they throw no stones) however the parser hangs it."""
        view = self.view
        return any(
            view.tokens[word].pos == "NOUN" and view.lemma(word).endswith(VERBAL_NOUN_ENDINGS)
            for word in range(noun + 1, agent)
        )

    def phase_subject_agent(self, noun: int) -> list[int]:
        """"удары Израиля по Газе возобновились", "обстрелы города армией усилились": an act that is the subject of
        the intransitive form of a phase verb (``phase_support``) has no support verb whose subject acts; its agent
        is its own instrumental, else its genitive actor when its row takes no genitive victim."""
        view = self.view
        head = view.head(noun)
        if head < 0 or view.rel(noun) != "nsubj" or view.tokens[noun].pos != "NOUN":
            return []
        verb = view.lemma(head)
        if not verb.endswith(("ся", "сь")) or verb not in self.lexicon.phase_support_words()[0]:
            return []
        rule = self.chosen.get(noun)
        if rule is None or self.names_head(noun, head):
            return []  # (a row that names the verb is the noun's own frame: "совместные учения спасателей начались")
        # (a verb of happening: its instrumental hangs on the noun or on the verb, ``displaced_agent``)
        agents = [
            child for child in view.kids(noun, "nmod") if view.case(child) == "Ins" and not view.preposition(child)
        ] or self.displaced_agent(noun)
        if agents:
            return agents
        if any(slot.kind == "gen" for slot in rule.target):
            return []
        return [
            child for child in view.kids(noun, "nmod")
            if view.case(child) in ("Gen", "") and not view.preposition(child) and self.actors_at(child)
        ]

    def modified_actor(self, participle: int) -> list[int]:
        """The noun a participle clause after it modifies, when it names an actor ("гражданин России, задержанный в
        Испании"); one before its noun is an attribute ("после похорон убитого накануне студента": background)."""
        view = self.view
        noun = view.head(participle)
        if not 0 <= noun < participle or view.tokens[noun].pos not in ("NOUN", "PROPN") or view.covering[noun] is None:
            return []
        # and agrees with it: "после похорон убитого накануне подростка" hung on "солдат" is not about the soldiers
        own, its = view.tokens[participle].feats, view.tokens[noun].feats
        if any(
            own.get(feature) and its.get(feature) and own[feature] != its[feature] for feature in ("Case", "Number")
        ) and not form_agrees(view.tokens[participle].text.lower(), view.tokens[noun].text.lower()):
            return []  # (the tagger may misread a participle's form its ending shows: "Ассамблеи ООН, осудившей")
        # but the participle only describes whom another act of the sentence befalls ("освободили журналистов,
        # арестованных в прошлом году": the arrest is the release's background, not a second event)
        if view.head(noun) in self.chosen and view.rel(noun) != "nsubj":
            return []
        return [noun]

    def former_holder(self, anchors: list[int]) -> list[int]:
        """Whom a thing given back is returned to when no dative names it: the one it was taken from, named in a
        participle on the object ("вернёт оружие, захваченное у миротворцев ООН", "возвратит суда, изъятые у
        японских рыбаков")."""
        view = self.view
        return [
            holder
            for anchor in anchors
            for object_ in view.kids(anchor, "obj")
            for thing in [object_, *view.kids(object_, "conj")]  # (on the last of conjoined things)
            for participle in view.kids(thing, "acl")
            if view.tokens[participle].feats.get("VerbForm") == "Part"
            for holder in view.kids(participle, "obl")
            if view.preposition(holder) == "у" and view.covering[holder] is not None
        ]

    def modal_dative(self, position: int) -> list[int]:
        """"Сирии следует выполнить резолюцию": the parser may hang the dative party of an obligation (word class
        ``obligation``) on the infinitive it governs; a dative before the modal word is the modal's ("России следует
        передать Украине ...": one after it is the infinitive's own)."""
        view = self.view
        if view.lemma(position) not in self.lexicon.word_classes["obligation"]:
            return []
        return [
            word
            for content in view.kids(position, "csubj", "csubj:pass", "xcomp")
            if view.tokens[content].feats.get("VerbForm") == "Inf"
            for word in view.kids(content, "iobj", "obj", "obl")
            if word < position and not view.preposition(word) and (
                (view.rel(word) == "iobj" and view.case(word) != "Ins") or view.read_case(word, "Dat")
            )
        ]

    def dative_modifier(self, anchors: list[int]) -> list[int]:
        """"предоставила американским военным авиабазу": the parser may hang a dative noun made of an adjective
        ("военным") on the object as its modifier; a dative noun is no modifier of an accusative."""
        view = self.view
        return [
            word
            for anchor in anchors
            for thing in view.kids(anchor, "obj")
            for word in view.kids(thing, "amod")
            if view.tokens[word].pos == "NOUN" and view.case(word) == "Dat" and view.case(thing) != "Dat"
        ]

    def swallowed_subject(self, position: int) -> list[int]:
        """"Как сообщило министерство, американец был арестован": the parser may make the subject an apposition
        inside the parenthetical clause before it; a nominative right after that clause's closing comma is the
        subject of the verb the clause hangs on."""
        view = self.view
        if view.tokens[position].pos != "VERB" or view.kids(position, "nsubj", "nsubj:pass", "csubj"):
            return []
        clauses = [
            clause
            for clause in view.kids(position, "parataxis", "advcl")
            if clause < position and (
                {view.lemma(word) for word in view.kids(clause, "mark")} & {"как"}
                or view.lemma(clause) in self.lexicon.speech_verbs
            )
        ]
        if not clauses:
            return []
        # the apposition hangs inside the clause ("министерство юстиции, американец") or on the verb itself
        nodes = [node for clause in clauses for node in view.subtree(clause)] + view.kids(position, "appos")
        for node in sorted(nodes):
            if view.rel(node) != "appos" or view.case(node) != "Nom" or node > position:
                continue
            first = view.subtree(node)[0]
            if first > 0 and view.tokens[first - 1].text == "," and view.tokens[node].pos in ("NOUN", "PROPN"):
                return [node]
        return []

    def own_subject(self, anchor: int, passive: bool) -> list[int]:
        """The subject of ``anchor``; of two the parser gave it ("Гражданин Беларуси ... приговорен ...; суд
        приговорил ..."), the nearer one: coordinated subjects hang on the first, so two are a misparse."""
        view = self.view
        subjects = [
            word for word in view.kids(anchor, "nsubj:pass" if passive else "nsubj")
            if not self.trailing_reporter(anchor, word)
        ]
        if not subjects and not passive and view.lemma(anchor) in self.lexicon.word_classes["experienced"]:
            # "Вашингтон разочарован решением суда": a feeling's passive subject is who feels it (the coder reads
            # such a participle as active)
            subjects = [
                word for word in view.kids(anchor, "nsubj:pass") if not self.trailing_reporter(anchor, word)
            ]
        if not subjects and not passive:
            subjects = self.body_speaker(anchor)
        if len(subjects) > 1:
            number = view.tokens[anchor].feats.get("Number")
            agreeing = [word for word in subjects if view.tokens[word].feats.get("Number") == number] or subjects
            subjects = [min(agreeing, key=lambda word: abs(word - anchor))]
        return subjects

    def body_speaker(self, verb: int, seats: bool = True) -> list[int]:
        """"В МИД России заявили, что ...": a plural verb with no subject, said "in" an organisation, is that
        organisation's act (the place of an indefinite-personal verb that is a body, not a town); with ``seats``,
        also a capital or a seat of power a verb of speaking is said in (``seat_speaker``)."""
        view = self.view
        if not view.is_indefinite_personal(verb):
            return []
        for child in view.kids(verb, "obl"):
            covering = view.covering[child]
            if (
                covering is not None
                and covering[1].type == "ORG"
                and covering[0].kind != "adjective"
                and view.preposition(child) == "в"
                # (an abbreviation does not decline: "требуют в МИД России" may be tagged accusative)
                and (view.case(child) == "Loc" or view.may_be_case(child, "Loc"))
            ):
                return [child]
        return self.seat_speaker(verb) if seats else []

    def speaks(self, verb: int) -> bool:
        """Whether a verb tells a spoken act: a verb of speaking, or one whose row is a spoken code ("призвали
        Германию" speaks, "призвали резервистов" does not). Choosing the row may ask for the verb's subject again,
        which is then no seat."""
        if verb in self._seat_asking:
            return False
        self._seat_asking.add(verb)
        try:
            rule = self.select(verb, self.view.negated(verb))
        finally:
            self._seat_asking.discard(verb)
        return self.view.lemma(verb) in self.lexicon.speech_verbs or (
            rule is not None and rule.cameo.startswith(SPOKEN_CODES) and not rule.cameo.startswith(UNSPOKEN_CODES)
        )

    def seat_speaker(self, verb: int) -> list[int]:
        """"В Вашингтоне потребовали от Ирака ...", "в Белом доме приветствовали": an indefinite plural verb of
        speaking (the row it takes a spoken act, ``SPOKEN_CODES``), said "in" a capital or a seat of power, is
        that government's word; not when it speaks of its own state ("в Москве осудили действия российских
        военных") nor a physical act ("в Москве задержали активистов": the place's police, implied elsewhere)."""
        view = self.view
        if not self.speaks(verb):
            return []
        for child in view.kids(verb, "obl"):
            if view.preposition(child) != "в" or view.case(child) not in ("Loc", ""):
                continue
            covering = view.covering[child]
            if view.lemma(child) in self.lexicon.word_classes["seat"]:
                # "в штаб-квартире НАТО сочли", "в резиденции премьер-министра заявили": whose seat it is speaks
                owners = [
                    owner for owner in view.kids(child, "nmod")
                    if not view.preposition(owner) and view.case(owner) in ("Gen", "") and self.actors_at(owner)
                ]
                if not owners:
                    continue
                speaker = owners[0]
            elif (
                covering is None
                or covering[0].kind == "adjective"
                or not seat_of_government(covering[1])
                or view.lemma(child) in self.lexicon.word_classes["body_capital"]
            ):
                continue
            else:
                speaker = child
            countries = {country_part(actor_code(actor)) for actor in self.actors_at(speaker)}
            others = [
                node
                for kid in view.kids(verb, "obj", "iobj", "obl", "xcomp", "ccomp")
                if kid != child
                for node in [kid, *view.kids(kid, "nmod", "amod")]
            ]
            if any(
                view.covering[node] is not None and country_part(actor_code(view.covering[node][1])) in countries
                for node in others
            ):
                return []  # "в Москве осудили российских военных": the place's own state is spoken of
            return [speaker]
        return []

    def stray_object(self, anchor: int) -> list[int]:
        """"Бэ Чжун Хо посетили представители посольства": of two subjects the parser gave a verb, the one that
        is not its subject is its object (Russian puts objects first; a name's nominative and accusative agree)."""
        subjects = self.view.kids(anchor, "nsubj")
        if len(subjects) < 2:
            return []
        chosen = self.own_subject(anchor, False)
        return [word for word in subjects if word not in chosen and not self.trailing_reporter(anchor, word)]

    def trailing_reporter(self, position: int, node: int) -> bool:
        """Whether ``node`` is who reports the event in a closing attribution ("..., сообщили здесь западные
        дипломаты"), which the parser may hang on the trigger as a second subject: a verb of saying after the
        trigger, opened by a comma, with ``node`` right after it in the same clause."""
        view = self.view
        for verb in range(node - 1, position, -1):
            if view.tokens[verb].pos == "PUNCT":
                return False
            if view.lemma(verb) in self.lexicon.speech_verbs:
                return verb > 0 and view.tokens[verb - 1].text == ","
        return False

    def adjacent_object(self, verb: int) -> list[int]:
        """"применила водометы, чтобы разогнать тысячи студентов": the parser may hang the accusative right after a
        verb on another verb of the sentence; a bare accusative noun next to a transitive trigger is its object."""
        following = self.view.adjacent_accusative(verb)
        return [following] if following >= 0 else []

    def object_on_complement(self, verb: int) -> list[int]:
        """"подверг критике Белоруссию", "забрасывая камнями солдат": the parser may hang the verb's object on its
        dative or instrumental complement, but a noun never governs a bare accusative. Nor does the event noun of a
        support verb take a genitive of its own there: "подвергла обстрелу деревни", "взяли штурмом позиции" (the
        tagger reads the accusative plural as a genitive singular) name what the verb acts on."""
        view = self.view
        return [
            node
            for complement in view.kids(verb, "iobj", "obl")
            if view.case(complement) in ("Dat", "Ins") and not view.preposition(complement)
            for node in view.kids(complement, "nmod")
            if not view.preposition(node) and (
                view.case(node) == "Acc" or (view.case(node) == "Gen" and self.support_noun(complement, verb))
            )
        ]

    def object_after_phrase(self, verb: int) -> list[int]:
        """"обвинил в провокации Израиль", "раскритиковал за учения Сеул", "осудил за удары по Сирии Израиль": an
        object told after the verb's prepositional phrase, closing the clause, may be parsed as a dependent of that
        phrase; but a noun governs no bare accusative or nominative, so a name in that form ending the phrase is the
        verb's object (not the name of a place a place noun introduces: "в провинции Идлиб", "по городу Алеппо")."""
        view = self.view
        places = self.lexicon.word_classes["place_noun"]
        for complement in view.kids(verb, "obl"):
            if complement < verb or not view.preposition(complement):
                continue
            span = view.subtree(complement)
            last = max(span)
            if last + 1 < len(view.tokens) and view.tokens[last + 1].pos != "PUNCT":
                continue
            for node in span:
                head = view.head(node)
                if (
                    node == complement
                    or view.rel(node) not in ("nmod", "appos")
                    or view.preposition(node)
                    or view.case(node) not in ("Acc", "Nom")
                    or view.tokens[node].pos != "PROPN"
                    or max(view.subtree(node)) != last
                    or view.covering[node] is None
                    or view.covering[node][1].actor is None
                    or view.lemma(head) in places
                ):
                    continue
                if view.rel(node) == "appos" and view.case(node) == view.case(head) and view.tokens[head].pos != "NOUN":
                    continue  # a name in apposition to a name
                return [node]
        return []

    def support_noun(self, noun: int, verb: int) -> bool:
        """Whether ``noun`` is the event noun the verb's chosen row requires ("подвергнуть" with "обстрел")."""
        rule = self.chosen.get(verb)
        return rule is not None and bool(self.rules_for(noun)) and rule.requires_lemma(self.view.lemma(noun))

    def cased_after(self, node: int, slot: Slot) -> bool:
        """The parser may give the phrase the head of another case ("по патрулю миротворцев": the Dat of
        "патрулю" is what "по" governs, the Gen noun "миротворцев" its head): the word right after the
        preposition, inside the phrase, shows the case."""
        view = self.view
        for child in view.kids(node, "case"):
            following = child + 1 + len(view.kids(child, "fixed"))
            if following < node and following in view.subtree(node) and view.case(following) == slot.case:
                return True
        return False

    def noun_preposition(self, anchors: list[int], slot: Slot) -> list[int]:
        """A compound preposition ending in a noun ("в адрес", "со стороны") may be parsed as a prepositional
        noun with the real argument as its genitive: "критикой в адрес правительства"."""
        view = self.view
        words = slot.preposition.split()
        if len(words) != 2:
            return []
        first, noun = words
        tops = list(anchors)
        for anchor in anchors:
            head = view.head(anchor)
            # "при участии X в Пекине состоялась встреча": the phrase of an event noun told as the subject of its
            # verb hangs on the verb
            if view.rel(anchor) == "nsubj" and view.tokens[anchor].pos == "NOUN" and head >= 0 and (
                view.tokens[head].pos == "VERB"
            ):
                tops.append(head)
        found: list[int] = []
        for top in tops:
            for child in view.kids(top, "nmod", "obl"):
                # the noun as its lemma ("в поддержка") or as written ("с участием")
                if noun not in (view.lemma(child), view.tokens[child].text.lower()) or not view.has_preposition(child, first):
                    continue
                found += [
                    node for node in view.kids(child, "nmod") if view.case(node) in ("Gen", "") and not view.preposition(node)
                ]
        if slot.preposition in PARTICIPATION_PREPOSITIONS:
            # "с участием экспертов из России и США", "представителей общественности": present, not sides
            bystanders = self.lexicon.word_classes["bystander"]
            found = [
                node for node in found
                if view.lemma(node) not in bystanders
                and not any(view.lemma(owner) in bystanders for owner in view.kids(node, "nmod"))
            ]
        return found

    def adverb_preposition(self, anchors: list[int], slot: Slot) -> list[int]:
        """A compound preposition opened by an adverb ("рядом с", "неподалеку от") may be parsed as the adverb with
        the argument below it: "взорвал автомобиль рядом с израильской колонной"."""
        view = self.view
        words = slot.preposition.split()
        if len(words) != 2:
            return []
        adverb, preposition = words
        found = [
            node
            for anchor in anchors
            for child in view.kids(anchor, "advmod")
            if view.lemma(child) == adverb
            for node in view.kids(child, "obl", "nmod")
            if view.has_preposition(node, preposition) and (not slot.case or not view.case(node) or view.case(node) == slot.case)
        ]
        # or as the phrase on the anchor with the adverb hung elsewhere: the adverb is the word before its preposition
        return found + [
            node
            for anchor in anchors
            for node in view.kids(anchor, "obl", "nmod")
            if view.has_preposition(node, preposition)
            and (not slot.case or not view.case(node) or view.case(node) == slot.case)
            and any(case > 0 and view.lemma(case - 1) == adverb for case in view.kids(node, "case"))
            and node not in found
        ]

    def deep_partner(self, position: int, slot: Slot) -> list[int]:
        """A partner attached lower by the parser: "обсудил ситуацию на границе с Совбезом": people and bodies only."""
        view = self.view
        if slot.preposition not in PARTNER_PREPOSITIONS:
            return []
        for node in view.subtree(position):
            if node == position or view.rel(node) not in ("nmod", "obl"):
                continue
            if not view.has_preposition(node, slot.preposition) or (
                slot.case and view.case(node) and view.case(node) != slot.case
            ):
                continue
            covering = view.covering[node]
            # the sides of "посредником между Россией и Украиной" are often countries, as are whom one fights and
            # the other side of relations ("понизила уровень отношений с Ираном")
            ties = view.lemma(view.head(node)) in self.lexicon.word_classes["ties"]
            if covering is not None and (
                covering[1].type in ("PER", "ORG") or slot.preposition in ("против", "между") or ties
            ):
                return [node]
        return []

    def ties_between(self, position: int, slot: Slot) -> list[int]:
        """The sides of relations or cooperation "между X и Y" under a verb whose partner is "с X" ("развивать
        отношения дружбы и сотрудничества между Сирией и Ираном"): both, the subject's own side dropped later as a
        pledge to oneself."""
        view = self.view
        if slot.preposition != "с" or view.tokens[position].pos != "VERB":
            return []
        bonds = self.lexicon.word_classes["bonds"]
        for node in view.subtree(position):
            if view.rel(node) in ("nmod", "obl") and view.preposition(node) == "между" and (
                view.lemma(view.head(node)) in bonds
            ):
                return [word for word in view.conjuncts(node) if view.covering[word] is not None]
        return []

    def adjacent_partner(self, position: int, slot: Slot) -> list[int]:
        """The preposition right after the trigger opens its argument even when the parser hung the noun
        elsewhere: "отказался встретиться с находящимся с визитом королем ...", "прибывает в Турцию"."""
        view = self.view
        first = slot.preposition.split()[0]
        following = position + 1
        if following >= len(view.tokens) or view.tokens[following].pos != "ADP" or view.lemma(following) != first:
            return []
        noun = view.head(following)
        if noun <= following or view.rel(following) != "case" or not view.has_preposition(noun, slot.preposition):
            return []
        if slot.case and view.case(noun) and view.case(noun) != slot.case:
            return []
        return [noun]

    def participle_partner(self, anchors: list[int], slot: Slot) -> list[int]:
        """"провел переговоры с находящимся там с визитом королем Иордании": a participle between the
        preposition and its noun makes the parser hang the preposition on the participle (or on a noun inside
        its phrase) and the noun elsewhere; the first noun after the participle in the slot's case without a
        preposition of its own, before the clause ends, is the argument."""
        view = self.view
        first = slot.preposition.split()[0]
        tops = [node for anchor in anchors for node in [anchor, *view.kids(anchor, "obj")]]
        for top in tops:
            for participle in view.kids(top, "acl"):
                if view.tokens[participle].feats.get("VerbForm") != "Part" or participle == 0:
                    continue
                before = participle - 1
                if view.tokens[before].pos != "ADP" or view.lemma(before) != first:
                    continue
                if slot.case and view.case(participle) and view.case(participle) != slot.case:
                    continue
                for node in range(participle + 1, len(view.tokens)):
                    if view.tokens[node].pos == "PUNCT" or (view.tokens[node].pos == "VERB" and node != participle):
                        break
                    if (
                        view.tokens[node].pos in ("NOUN", "PROPN") and not view.preposition(node)
                        and (not slot.case or view.case(node) == slot.case)
                    ):
                        return [node]
        return []

    def aid_purpose_beneficiary(self, anchors: list[int]) -> list[int]:
        """"приостановила помощь в целях развития Кении", "выделил средства на восстановление Гаити": the place
        whose development or rebuilding the aid is for is whom it is given (word class ``aid_purpose``)."""
        view = self.view
        purposes = self.lexicon.word_classes["aid_purpose"]
        tops = [node for anchor in anchors for node in [anchor, *view.kids(anchor, "obj", "nsubj:pass")]]
        found = []
        for top in tops:
            frontier = [child for child in view.kids(top, "obl", "nmod") if view.lemma(child) in purposes]
            for _ in range(2):
                for node in frontier:
                    found += [
                        child for child in view.kids(node, "nmod")
                        if not view.preposition(child) and view.case(child) in ("Gen", "Dat", "")
                        and view.names_place(child)
                    ]
                frontier = [child for node in frontier for child in view.kids(node, "nmod") if view.lemma(child) in purposes]
        return found

    def post_of_envoy(self, anchors: list[int]) -> list[int]:
        """"отозвала своего посла в Таллине": the parser hangs the post on the envoy, the object, not on the verb."""
        view = self.view
        return [
            place
            for anchor in anchors
            for envoy in view.kids(anchor, "obj")
            if view.lemma(envoy) in self.lexicon.word_classes["envoy"]
            for place in view.kids(envoy, "nmod")
            if view.has_preposition(place, "в") and view.case(place) in ("Loc", "")
        ]

    def border_on_object(self, anchors: list[int], slot: Slot) -> list[int]:
        """"перебросил войска к границе с Бирмой": the parser hangs the border the troops are sent to on the troops,
        the object, not on the verb."""
        view = self.view
        # (or on the passive subject or the state they are put in: "войска были приведены в готовность на границе
        # с Афганистаном", "привела войска в готовность у границы с Вьетнамом")
        objects = [node for anchor in anchors for node in view.kids(anchor, "obj", "nsubj:pass", "obl")]
        objects += [node for obj in objects for node in view.kids(obj, "conj")]
        return [
            place
            for obj in objects
            for place in view.kids(obj, "nmod")
            if view.lemma(place) in self.lexicon.word_classes["border"]
            and view.has_preposition(place, slot.preposition)
            and (not slot.case or not view.case(place) or view.case(place) == slot.case)
        ]

    def direction_on_force(self, anchors: list[int], slot: Slot) -> list[int]:
        """"вывод войск из южного Ливана", "направила войска в Сирию", "войска были выведены из Ирака": the parser
        hangs where a force is sent, moved or withdrawn (the trigger's "в/на/к/из/с" phrase) on the force itself, the
        object, the passive subject or the genitive of a verbal noun (word class ``moved_force``)."""
        view = self.view
        forces = self.lexicon.word_classes["moved_force"]
        objects = [node for anchor in anchors for node in view.kids(anchor, "obj", "nsubj:pass", "nsubj")]
        objects += [
            node for anchor in anchors if view.tokens[anchor].pos == "NOUN"
            for node in view.kids(anchor, "nmod") if not view.preposition(node)
        ]
        objects = [node for obj in objects for node in view.conjuncts(obj) if view.lemma(node) in forces]
        # ("вывод войск международной коалиции из Афганистана": a force whose owner is named but not linked is
        # nobody's the sentence knows; its direction would pair an unknown side with a guessed one)
        objects = [node for node in objects if not self.unknown_owner(node)]
        return [
            place
            for obj in objects
            for place in view.kids(obj, "nmod")
            if view.has_preposition(place, slot.preposition)
            and (not slot.case or not view.case(place) or view.case(place) == slot.case)
        ]

    def blamed_past_cause(self, anchors: list[int], slot: Slot) -> list[int]:
        """"возложил ответственность за гибель людей на губернатора", "возложило вину за инцидент на Сеул": the parser
        hangs whom the blame is put on under the act blamed (the "за" phrase of the blame noun, word class
        ``blame``), not on the verb or the noun; the nearest such phrase inside the act's phrase is the argument."""
        view = self.view
        blame = self.lexicon.word_classes["blame"]
        nouns = [node for node in anchors if view.lemma(node) in blame]
        nouns += [node for anchor in anchors for node in view.kids(anchor, "obj") if view.lemma(node) in blame]
        found: list[int] = []
        for noun in nouns:
            for cause in view.kids(noun, "nmod"):
                if not view.has_preposition(cause, "за"):
                    continue
                found += [
                    node for node in view.subtree(cause)
                    if node != cause and view.rel(node) == "nmod" and view.has_preposition(node, slot.preposition)
                    and (not slot.case or not view.case(node) or view.case(node) == slot.case)
                ][:1]
        return found

    def crossing_partner(self, position: int, slot: Slot) -> list[int]:
        """A partner that continues the trigger's phrase but that the parser hung on a word before the trigger
        (a crossing arc, common in long sentences that open with a participle): "Выступая перед журналистами,
        Коль сообщил, что обсудил по телефону кризис в Косово с президентом России"."""
        view = self.view
        if slot.preposition not in PARTNER_PREPOSITIONS:
            return []
        below = set(view.subtree(position))
        following = position + 1
        while following in below:
            following += 1
        if following >= len(view.tokens) or view.tokens[following].pos != "ADP" or view.lemma(following) != slot.preposition:
            return []
        noun = view.head(following)
        if noun <= following or view.head(noun) >= position or not view.has_preposition(noun, slot.preposition):
            return []
        if slot.case and view.case(noun) and view.case(noun) != slot.case:
            return []
        return [noun] if self.actors_at(noun) else []

    def speaker(self, position: int, views: bool = False) -> list[int]:
        """Who says what the trigger's clause states: "Мубарак заявил, что США должны ...": the subject of the
        nearest governing verb of saying; "по словам X" too when the trigger's rows are views reported, or when
        ``views`` asks it of any clause (a claim told as one's words)."""
        view = self.view
        opinion = self.lexicon.word_classes["opinion"]
        for ancestor in view.ancestors(position, 3):
            # (a view stated: "глава МИД считает, что Россия должна освободить моряков")
            if view.lemma(ancestor) in self.lexicon.speech_verbs or view.lemma(ancestor) in opinion:
                return self.statement_speaker(ancestor)
        # the attribution after the clause: "ответственность лежит на Киеве, заявил министр"; it hangs on the
        # clause's predicate, above an infinitive ("Россия может перенацелить ракеты ..., заявил начальник штаба");
        # before it only as "как заявил X, ..."
        clause = position
        while True:
            for child in view.kids(clause, "parataxis", "advcl", "obl"):
                # "по словам министра, ...", "по мнению Варшавы, ...": whose words or view the clause gives
                if (
                    view.lemma(child) in self.lexicon.word_classes["according"]
                    and view.preposition(child) == "по"
                    and (views or self.reported_view(position))
                ):
                    owners = [
                        owner for owner in view.kids(child, "nmod", "det")
                        # (or a possessive: "по его словам")
                        if (view.case(owner) in ("Gen", "") or view.tokens[owner].pos in ("DET", "PRON"))
                        and not view.preposition(owner)
                    ]
                    if owners:
                        return owners
                # (or of holding a view: "Россия вмешивается в дела Грузии, утверждают в Тбилиси")
                if view.lemma(child) not in self.lexicon.speech_verbs | opinion or view.rel(child) == "obl":
                    continue
                if child > position or any(view.lemma(mark) == "как" for mark in view.kids(child, "mark")):
                    return self.statement_speaker(child)
            if view.rel(clause) != "xcomp" or view.head(clause) < 0:
                return []
            clause = view.head(clause)

    def reported_view(self, position: int) -> bool:
        """Whether the trigger's row is a view "по словам X" can report (blame, reproach): the row chosen for it,
        else every row of its word ("нарушает" codes a speaker's accusation, though its word has rows of acts)."""
        chosen = getattr(self, "chosen", {})
        rules = [chosen[position]] if position in chosen else self.rules_for(position)
        return bool(rules) and all(rule.root in REPORTED_VIEW_ROOTS for rule in rules)

    def statement_speaker(self, verb: int) -> list[int]:
        """The subject of a verb of saying; with none, the body it is said in ("в МИД заявили") or the author of
        the document it is said in ("говорится в заявлении Госдепартамента": word class ``statement``)."""
        view = self.view
        subjects = view.kids(verb, "nsubj") or self.body_speaker(verb)
        if subjects:
            return subjects
        return [
            author
            for document in view.kids(verb, "obl")
            if view.lemma(document) in self.lexicon.word_classes["statement"] and view.preposition(document) == "в"
            for author in view.kids(document, "nmod")
            if view.case(author) in ("Gen", "") and not view.preposition(author)
        ]

    def inherited_subject(self, position: int) -> list[int]:
        """The subject a verb shares with the word it depends on: "решил атаковать", "готовность оказать"."""
        view = self.view
        current = position
        for _ in range(4):
            rel = view.rel(current)
            head = view.head(current)
            if head < 0 or rel in ("root", "parataxis", "punct"):
                return []
            if rel == "conj" and view.tokens[current].feats.get("VerbForm") == "Inf" and (
                view.tokens[head].feats.get("VerbForm") == "Fin"
            ):
                return []  # an infinitive is no second predicate of a finite verb: the parser joined two clauses
            relative_adverb = any(view.lemma(word) in PLACE_RELATIVES for word in view.kids(current, "advmod")) or (
                # "провёл совещание с членами правительства, на котором раскритиковал": a "который" after a
                # preposition is the occasion of the clause, like "где", whatever noun the parser hung it on
                rel == "acl:relcl"
                and any(view.lemma(word) == "который" and view.preposition(word) for word in view.kids(current, "obl"))
            )
            if rel in ("acl", "acl:relcl") and view.covering[head] is not None and not relative_adverb:
                return [head]  # "талибы, захватившие район"; but "посетил Пекин, где провёл": not Пекин
            if rel == "xcomp" and view.lemma(head) in self.lexicon.word_classes["object_control"]:
                # "убедили Японию ввести санкции", "попросить Китай оказать давление": who is asked acts
                controllers = [word for word in view.kids(head, "obj", "iobj") if self.actors_at(word)]
                if controllers:
                    return controllers[:1]
            current = head
            if view.tokens[current].pos == "NOUN" and self.intent_word(current):
                holders = self.intent_holders(current)
                if holders:
                    return holders  # "сообщило о намерении Ирана начать переговоры": Iran would start them
            if view.tokens[current].pos in ("VERB", "AUX", "ADJ"):
                subjects = view.kids(current, "nsubj")
                if not subjects and view.lemma(current) in self.lexicon.word_classes["dative_subject"]:
                    subjects = [
                        word for word in view.kids(current, "iobj", "obl")
                        if view.case(word) == "Dat" and not view.preposition(word)
                    ]  # "нападавшему удалось убить": who managed it is who acted
                subjects = [word for word in subjects if not self.trailing_reporter(current, word)]
                if not subjects:
                    # "в МИД заявили, что ждут ...": the body speaks; a capital only for the infinitive it asks for
                    # ("в Пекине потребовали прекратить") and the verb it shares its subject with ("В Пекине
                    # заявили, что ..., и призвали Нью-Дели ..."), not for the clause it tells ("в Тегеране сообщили,
                    # что дипломатов выслали": who tells is not who acts)
                    subjects = self.body_speaker(current, seats=rel == "xcomp" or (
                        rel == "conj" and view.is_indefinite_personal(current) and self.speaks(position)
                    ))
                if subjects:
                    return subjects
        return []

    def actor_on_left(self, position: int) -> list[int]:
        """A verb the parser left without a subject ("сторонников ... перекрыли дороги"): the nearest named
        actor before it in the same clause, outside prepositional phrases."""
        view = self.view
        if view.kids(position, "nsubj", "nsubj:pass") or view.tokens[position].pos != "VERB":
            return []
        for node in range(position - 1, -1, -1):
            token = view.tokens[node]
            if token.pos in ("PUNCT", "VERB", "SCONJ", "CCONJ") or view.lemma(node) == "который":
                return []
            covering = view.covering[node]
            if covering is None or covering[0].kind == "adjective":
                continue
            if any(view.preposition(word) for word in [node, *view.ancestors(node, 2)] if word < position):
                continue
            objects = [word for word in [node, *view.ancestors(node, 2)]
                       if view.head(word) == position and view.rel(word) in ("obj", "iobj")]
            if objects and not view.may_be_case(objects[0], "Nom"):
                continue  # "Американского журналиста арестовали": the verb's own object put first acts on no one
            return [node]
        return []

    def goods_owners(
        self, position: int, phrase: list[int], required: set[str], envoys: bool = False
    ) -> tuple[list[Entity], list[int]]:
        """The country adjectives on the inanimate nouns of ``phrase`` a row asks for, or on their genitives: whose
        the troops, aid or goods are ("тайские войска", "тонн японского продовольствия", "поставки французского
        оружия"), never people acted on ("палестинских заключённых"); with ``envoys``, also a state's envoys
        ("посол Германии отозван": a state recalls its own)."""
        view = self.view
        owned = [
            word for word in phrase
            if view.lemma(word) in required and (
                view.tokens[word].feats.get("Animacy") != "Anim"
                or (envoys and view.lemma(word) in self.lexicon.word_classes["envoy"])
            )
        ]
        owned += [
            word for owner in owned for word in view.kids(owner, "nmod")
            if view.tokens[word].feats.get("Animacy") != "Anim" and not view.preposition(word) and word not in owned
        ]
        envoys = [word for word in owned if view.tokens[word].feats.get("Animacy") == "Anim"]
        if envoys:
            # "посол Германии", "российские дипломаты": an envoy's state is his adjective or genitive
            return self.arguments(position, [Slot("adj"), Slot("gen")], False, envoys)
        if not owned:
            return [], []
        # (or the giver named "со стороны" on them: "была обещана помощь со стороны Евросоюза")
        return self.arguments(position, [Slot("adj"), AGENT_SIDE], False, owned)

    def governing_subject(self, position: int) -> list[int]:
        """The subject of the verb a nominal event hangs on: "провели переговоры", "в ходе разговора обсудили"."""
        view = self.view
        if any(view.has_preposition(position, preposition) for preposition in CAUSE_PREPOSITIONS):
            return []  # "заявили протест в связи с арестом гражданина": the arrest is not the protester's
        if view.has_preposition(position, "против"):
            return []  # "протестовали против признания независимости Косово": what one opposes is not one's own act
        if any(view.has_preposition(position, preposition) for preposition in AFTERMATH_PREPOSITIONS) and not any(
            view.has_preposition(child, "с") for child in view.children[position]
        ):
            return []
        agents = self.support_agent(position)
        if agents:
            return agents  # "забастовка была объявлена оппозиционными партиями": the support verb's agent
        current = position
        for _ in range(4):
            head = view.head(current)
            if current != position:
                agents = self.decider_agent(current)
                if agents:
                    return agents  # "решение о высылке дипломатов было принято властями": the decider's act
            if head < 0 or view.rel(current) not in ("obj", "obl", "nmod", "xcomp", "nsubj", "acl", "conj"):
                if current == position and view.rel(current) == "iobj" and self.row_names_head(position, head):
                    pass  # "подверглись обстрелу со стороны X": the noun parsed as the dative object of its verb
                elif current == position and view.rel(current) == "iobj" and view.case(current) == "Ins" \
                        and self.names_head(position, head):
                    pass  # "пригрозили всеобщей забастовкой": the instrumental of a verb its row names
                elif not (view.rel(current) == "appos" and view.lemma(head) in self.lexicon.decrees):
                    return []  # but a decree's title is its content: "подписал Указ «О прекращении полномочий»"
            if current != position and self.intent_word(current):
                holders = self.intent_holders(current)
                if holders:
                    return holders  # "сообщил о готовности Путина к встрече": the intent is Putin's
            if view.tokens[head].pos in ("VERB", "AUX", "ADJ"):
                if current == position and self.reacts_to(head, position):
                    return []  # "Россия приветствовала отзыв американского посла": who welcomes it did not do it
                if view.lemma(head) in self.lexicon.word_classes["mention"] and not self.names_head(position, head):
                    return []  # "назвал убийство журналиста трагедией": who judges it did not do it
                if (
                    current != position
                    and view.lemma(head) in self.lexicon.speech_verbs
                    and not self.announced_process(position, current, head)
                    # (an intent that names no holder: "объявили о готовности к переговорам" is the speakers' own;
                    # one with a holder returned it above)
                    and not self.intent_word(current)
                ):
                    return []  # "посольство подтвердило факт похищения": who reports it did not do it
                if (
                    current != position
                    and view.rel(current) == "obj"
                    and view.lemma(current) not in self.lexicon.decrees
                    and view.lemma(current) not in self.lexicon.word_classes["stage"]
                    # "выдвинула ряд требований": a quantity stands for what it counts
                    and view.lemma(current) not in self.lexicon.word_classes["quantity"]
                    and not self.decision_taken(current, head)
                    # "выразил готовность к диалогу": what one states an intent to do is one's own
                    and not self.intent_word(current)
                    and not self.claims_responsibility(current, head)
                    and not self.document_issued(position, current, head)
                ):
                    return []  # "ищет нарушения при аресте": the arrest is not the seeker's; "подписал указ о ...": it is
                subjects = view.kids(head, "nsubj")
                if position in subjects:
                    return []  # "продолжался захват заложников": the noun is its verb's subject, no agent's
                if not subjects and view.tokens[head].feats.get("VerbForm") == "Part" and view.rel(head) in NOMINAL_RELS:
                    return []  # "почтил память погибших в терактах": a participle used as a noun inherits no subject
                subjects = subjects or self.inherited_subject(head) or self.fronted_object(head, current)
                if view.lemma(head) in self.lexicon.speech_verbs and subjects and all(
                    self.media_outlet(word) for word in subjects
                ):
                    return []  # "итальянские СМИ сообщили о похищении": the media report the act, they did not do it
                return subjects
            current = head
        return []

    def fronted_object(self, verb: int, noun: int) -> list[int]:
        """"Десятки тысяч сторонников оппозиции провели митинг": the parser may make the nominative subject before
        the verb a second object when the event noun after the verb is its object; that nominative is the subject."""
        view = self.view
        if not (verb < noun and view.rel(noun) == "obj"):
            return []
        quantities = self.lexicon.word_classes["quantity"]
        # (a number noun first in the sentence may be tagged accusative, even a proper noun: "Тысячи сторонников
        # оппозиции провели в субботу ... демонстрацию")
        return [
            child for child in view.kids(verb, "obj")
            if child < verb and (view.case(child) == "Nom" or view.lemma(child) in quantities)
        ]

    def support_agent(self, noun: int) -> list[int]:
        """"Ультиматум был предъявлен Белграду руководством НАТО": an event noun that is the passive subject of the
        support verb its row names has that verb's instrumental agent as its own (the noun's verb has no subject);
        so has one that a passive participle of that verb modifies ("отмена эмбарго, объявленная президентом")."""
        verb = self.passive_verb_of(noun)
        if verb < 0:
            return []
        lemma = self.view.lemma(verb)
        if not any(
            rule.requires_relation("head") and (rule.requires_lemma(lemma) or any(
                rule.requires_lemma(perfective) for perfective in self.lexicon.perfectives(lemma)
            ))
            for rule in self.rules_for(noun)
        ):
            return []
        return self.instrumental_agents(verb)

    def passive_verb_of(self, noun: int) -> int:
        """The passive verb ``noun`` is the subject of, or else the first passive participle that modifies it
        ("отмена эмбарго, объявленная президентом"); -1 when none."""
        view = self.view
        verb = view.head(noun)
        if verb >= 0 and view.rel(noun) == "nsubj:pass" and view.tokens[verb].pos == "VERB":
            return verb
        verbs = view.support_participles(noun)
        return verbs[0] if verbs else -1

    def instrumental_agents(self, verb: int) -> list[int]:
        """The agent of a passive verb or participle: its bare instrumental."""
        # (the parser may call the agent "iobj": "было предоставлено Францией политическое убежище")
        return [
            child for child in self.view.kids(verb, "obl", "obl:agent", "iobj")
            if self.view.case(child) == "Ins" and not self.view.preposition(child)
        ]

    def decider_agent(self, noun: int) -> list[int]:
        """"Решение о высылке дипломатов было принято властями", "указ о помиловании, подписанный президентом": a
        decision or decree told as the passive subject of its verb, or modified by its passive participle, has that
        verb's instrumental agent as its decider, whose act it names (as "власти приняли решение о ..."); not one
        still to be taken ("решение будет принято правительством")."""
        view = self.view
        if view.lemma(noun) not in self.lexicon.decisions | self.lexicon.decrees:
            return []
        verb = self.passive_verb_of(noun)
        if verb < 0 or view.is_future(verb):
            return []
        return self.instrumental_agents(verb)

    def intent_word(self, word: int) -> bool:
        """Whether ``word`` states an intent (``modality.tsv``: "готовность", "намерение")."""
        return self.lexicon.modality.get(self.view.lemma(word)) == "intent"

    def intent_holders(self, noun: int) -> list[int]:
        """The actors an intent noun names as its holders: its genitive ("готовность Путина") or its country
        adjective ("российское намерение")."""
        view = self.view
        return [
            child
            for child in view.kids(noun, "nmod", "amod")
            if view.covering[child] is not None
            and (view.rel(child) == "amod" or (view.case(child) in ("Gen", "") and not view.preposition(child)))
        ]

    def media_outlet(self, word: int) -> bool:
        actors = self.actors_at(word)
        return bool(actors) and all((actor_code(actor) or "").endswith("MED") for actor in actors)

    def names_head(self, noun: int, verb: int) -> bool:
        """Whether a row of the event noun names ``verb`` as the verb it hangs on."""
        lemma = self.view.lemma(verb)
        return any(rule.requires_relation("head") and rule.requires_lemma(lemma) for rule in self.rules_for(noun))

    def reacts_to(self, verb: int, noun: int) -> bool:
        """Whether ``verb`` is an act of its own about the act ``noun`` names (welcoming, backing, condemning or
        rejecting it, or discussing it), not the support verb that carries it: its row is chosen, of a reaction root
        or of another root than the noun's, and no row of the noun names it."""
        rule = self.chosen.get(verb)
        own = self.chosen.get(noun)
        if self.setting_of(noun, verb):
            return False  # "в телефонном разговоре с Путиным выразил соболезнования": said in it, not about it
        return (
            rule is not None
            # or an act of another kind ("обсудили вывод войск"), unless a blocker whose content the noun is (a demand,
            # an appeal: "попросила о помиловании" is coded from what is asked)
            and (
                rule.root in REACTION_ROOTS
                or (own is not None and own.root != rule.root and rule.root not in self.lexicon.blocking_roots)
            )
            and not self.names_head(noun, verb)
        )

    def counted_parties(self, node: int) -> list[Entity]:
        """The two parties just named, for a plural noun of states counted as two or both ("обе страны")."""
        view = self.view
        if view.lemma(node) not in COUNTED_PARTIES or view.preposition(node) or not any(
            view.lemma(kid) in BOTH for kid in view.kids(node, "nummod", "nummod:gov", "amod", "det")
        ):
            return []
        parties = resolve_parties(self.previous.get(), lambda entity: country_part(actor_code(entity)) or "")
        return parties if len(parties) == 2 else []

    def setting_of(self, noun: int, verb: int) -> bool:
        """Whether a meeting or talk (or a joint operation) is where the act of the verb it hangs on took place: "в телефонном разговоре с
        Путиным выразил", "на встрече с X заявил", "в ходе переговоров передал" (its preposition one of place in
        the locative, or of the time during it); not when the verb's object is an act of the same family that the
        phrase belongs to ("прекратил посредничество в переговорах")."""
        view = self.view
        own = self.chosen.get(noun)
        if own is None or own.root not in JOINT_ACT_ROOTS:
            return False
        if any(rule.root == own.root for kid in view.kids(verb, "obj") for rule in [self.chosen.get(kid)] if rule):
            return False
        preposition = view.preposition(noun)
        if own.root != CONSULT_ROOT:
            # "в ходе совместной операции полицейские задержали": a joint operation is the time the act took place in
            return preposition in SETTING_PREPOSITIONS
        return preposition in SETTING_PREPOSITIONS or (preposition in ("в", "на") and view.case(noun) == "Loc")

    def announced_process(self, position: int, current: int, verb: int) -> bool:
        """Whether ``verb`` announces a process noun that leads from it down to ``position``: "объявил о введении
        санкций", "объявили о возобновлении переговоров" tell the announcer's own act (but "сообщил о начале
        переговоров" may be a reporter's)."""
        view = self.view
        classes = self.lexicon.word_classes
        if view.lemma(verb) not in classes["announce"]:
            return False
        node = view.head(position)
        while node >= 0 and view.lemma(node) in classes["process"]:
            if node == current:
                return True
            node = view.head(node)
        return False

    def claimed(self, position: int) -> bool:
        """Whether a nominal event is what responsibility is claimed for: "ответственность за нападение" (not
        "не берёт на себя ответственность": who denies it is not the agent)."""
        view = self.view
        noun = view.head(position)
        verb = view.head(noun) if noun >= 0 else -1
        return (
            verb >= 0
            and view.has_preposition(position, "за")
            and self.claims_responsibility(noun, verb)
            and not self.is_negated(verb)
        )

    def claims_responsibility(self, noun: int, verb: int) -> bool:
        """"группировка взяла на себя ответственность за нападение": a noun that its row makes a claim of
        responsibility under this verb (CAMEO 015); the act claimed is the claimant's."""
        lemma = self.view.lemma(verb)
        return any(
            rule.cameo == CLAIM_CODE and rule.requires_relation("head") and rule.requires_lemma(lemma)
            for rule in self.rules_for(noun)
        )

    def document_issued(self, position: int, document: int, verb: int) -> bool:
        """"ЕС распространил заявление с осуждением действий России", "приняла резолюцию с критикой X": a noun told
        "с" in a statement (word class statement) that the verb issues (word class issuing) is what the issuer
        says, its act (not "получил письмо с требованием": a document received is another's)."""
        view = self.view
        return (
            view.head(position) == document
            and view.preposition(position) == "с"
            and view.lemma(document) in self.lexicon.word_classes["statement"]
            and view.lemma(verb) in self.lexicon.word_classes["issuing"]
        )

    def decision_taken(self, noun: int, verb: int) -> bool:
        """"суд вынес решение о ...": a decision noun whose verb is in the past (not "будет принимать решение",
        "может принять решение"): the act it names is the decider's."""
        view = self.view
        return view.lemma(noun) in self.lexicon.decisions and view.tokens[verb].feats.get("Tense") == "Past"

    def row_names_head(self, position: int, head: int) -> bool:
        """Whether a trigger row of the word requires ``head``'s lemma as the verb it hangs on and the parser hung
        the row's prepositional argument on the word ("обстрелу со стороны боевиков"); without it the verb's own
        row decides."""
        view = self.view
        lemma = view.lemma(head)
        below = view.kids(position, "nmod", "obl")
        return any(
            rule.requires_relation("head")
            and rule.requires_lemma(lemma)
            and any(
                slot.kind == "prep" and view.has_preposition(child, slot.preposition)
                for slot in rule.source + rule.target
                for child in below
            )
            for rule in self.rules_for(position)
        )

    def arguments(
        self,
        position: int,
        slots: list[Slot],
        passive: bool,
        anchors: list[int],
        places: bool = False,
        taken: frozenset[int] = frozenset(),
    ) -> tuple[list[Entity], list[int]]:
        """The actors of the first slot that names any, and their words; ``taken`` are words another argument
        of the trigger already holds."""
        found_words: list[int] = []
        for slot in slots:
            words = [word for word in self.slot_words(position, slot, passive, anchors) if word not in taken]
            words += [word for word in self.passengers(words) if word not in taken and word not in words]
            actors = [actor for word in words for actor in self.actors_at(word)]
            if slot.kind == "speaker":
                # "«Коммерсант» отмечает, что секретарём должен быть ...": a newspaper reports, it does not demand
                actors = [actor for actor in actors if not (actor_code(actor) or "").endswith("MED")]
            if actors:
                return actors, words
            found_words += words
        if places:  # "захватили ряд районов на севере Афганистана": the country of the place is the target
            for word in found_words:
                for node in self.view.subtree(word) + self.phrase_continuation(word):
                    if self.in_relative_clause(node, word):
                        continue  # "арестован Дринкман, который опротестовывает экстрадицию в США": not his place
                    if self.opposed_in_participle(node, word):
                        continue  # "поддержал группировки, воюющие против Израиля": whom they fight, not the target
                    if self.in_agent_participle(node, word):
                        continue  # "сбили беспилотник, запущенный хуситами из Йемена": the launchers' place, not whose
                    if self.several_states(word) and self.in_modifier_phrase(node, word):
                        continue  # "поддерживает правительства, лояльные Вашингтону": whom they favour
                    covering = self.view.covering[node]
                    if covering is not None and covering[0].kind != "adjective" and self.stationed_at(node, word):
                        continue  # "нападение на патруль на юге Ливана": where the patrol is, not whose it is
                    if covering is not None and (
                        covering[1].type == "LOC" or covering[0].kind == "adjective"
                    ):
                        if actor_code(covering[1]) is None:
                            continue  # "на главу Кизлярского района": a place the knowledge base does not know
                        sides = self.between_sides(node)
                        if sides:
                            return sides, [word]  # "ратифицировал соглашение между Россией и Абхазией": its parties
                        return [covering[1]], [word]
        return [], []

    def passengers(self, words: list[int]) -> list[int]:
        """The people a vehicle or a column carries, named by its "с X" ("конвой НАТО с румынскими солдатами",
        "автобус с израильскими туристами"): what strikes it strikes them (word class carrier)."""
        view, carriers = self.view, self.lexicon.word_classes["carrier"]
        found = []
        for word in words:
            if view.lemma(word) not in carriers:
                continue
            # (the parser may hang the phrase right after the vehicle's on the verb: "врезался в конвой НАТО с ...")
            end = max(view.subtree(word))
            siblings = [
                node for node in view.kids(view.head(word), "obl", "nmod")
                if node > word and min(view.subtree(node)) == end + 1
            ] if view.head(word) >= 0 else []
            found += [
                child
                for child in view.kids(word, "nmod") + siblings
                if view.has_preposition(child, "с") and view.case(child) == "Ins"
            ]
        return found

    def between_sides(self, node: int) -> list[Entity]:
        """All the sides of the "между X и Y" phrase ``node`` is a side of ("соглашение между Россией и Абхазией"),
        or nothing."""
        first = first_conjunct(self.view, node)
        return self.sides(first) if self.view.preposition(first) == "между" else []

    def phrase_continuation(self, word: int) -> list[int]:
        """The rest of the phrase of ``word`` that the parser hung on the word's own head: a bare genitive right after
        it ("обстреляли часть второго по величине города Сирии": the genitive of "часть" hung on the verb), or, on a
        thing, the place phrase right after it ("нападение на базу в порту Тринкомали": where the base is, whose it
        is; a unit or a person there is not of there: "нападение на патруль на юге Ливана", nor is a rally)."""
        view = self.view
        head = view.head(word)
        following = view.subtree(word)[-1] + 1
        if head < 0 or following >= len(view.tokens):
            return []
        for node in view.kids(head, "nmod", "obl"):
            phrase = view.subtree(node)
            if phrase[0] != following:
                continue
            preposition = view.preposition(node)
            genitive = not preposition and view.case(node) == "Gen" and view.tokens[node].pos in ("NOUN", "PROPN")
            located = (
                preposition in ("в", "на")
                and view.case(node) in ("Loc", "")
                and view.tokens[word].feats.get("Animacy") == "Inan"
                and view.lemma(word) not in self.lexicon.word_classes["unit"]
                # a rally stands for its people, found through the rally ("разогнала акцию протеста в Минске")
                and view.lemma(word) not in self.lexicon.word_classes["gathering"]
            )
            if genitive or located:
                return phrase
        return []

    def stationed_at(self, node: int, top: int) -> bool:
        """Whether ``node`` is in a phrase of where ("в/на" with the locative) on troops or a body of people
        within the phrase of ``top``: "солдаты в Ираке", "патруль на юге Ливана" are there, not of there (a
        private person is mostly of the place: "на дочь бойца в Москве")."""
        view = self.view
        units = self.lexicon.word_classes["unit"]
        while node != top and node >= 0:
            head = view.head(node)
            if view.preposition(node) in ("в", "на") and view.case(node) in ("Loc", "") and view.lemma(head) in units:
                return True
            node = head
        return False

    def between(self, position: int, agentless: bool = False) -> tuple[list[Entity], list[int]]:
        """The participants of a "между X и Y" phrase of a nominal event, on the noun itself or, when the noun
        is the subject or object of its verb, on the verb ("между X и Y произошли столкновения"); for a noun
        that found no agent, also on its genitive object, where the parser hangs it ("подписание договора между
        X и Y": the sides of the treaty are who sign it)."""
        view = self.view
        owners = [position]
        head = view.head(position)
        if head >= 0 and view.rel(position) in ("nsubj", "nsubj:pass", "obj") and view.tokens[head].pos == "VERB":
            owners.append(head)
        background = CAUSE_PREPOSITIONS | AFTERMATH_PREPOSITIONS
        if agentless and not any(view.has_preposition(position, preposition) for preposition in background):
            # (but "после подписания договора между X и Y": the background of the sentence's event, told by no one)
            owners += self.genitive_objects(position)
        for owner in owners:
            for child in view.kids(owner, "nmod", "obl"):
                if view.preposition(child) != "между":
                    continue
                actors = self.sides(child)
                if actors:
                    return actors, [child]
        rule = self.chosen.get(position)
        if len(owners) > 1 and view.rel(position) == "nsubj" and rule is not None and rule.cameo.startswith(VIOLENT_CODES):
            # "на линии соприкосновения начались бои между азербайджанскими и армянскими силами": the parser may hang
            # a fight's sides on a place phrase of the verb the fight is the subject of (not on an event noun's:
            # "требование содержится в договоре между X и Y")
            for phrase in view.kids(head, "obl"):
                if phrase in self.chosen:
                    continue
                for child in view.kids(phrase, "nmod"):
                    if child > position and view.preposition(child) == "между":
                        actors = self.sides(child)
                        if actors:
                            return actors, [child]
        return [], []

    @staticmethod
    def go_between(rule: TriggerRule, sources: list[Entity], between: list[Entity]) -> bool:
        """Whether the row of a nominal event names its "между X и Y" phrase as its target (a go-between's act:
        "посредничество между X и Y") and the event has an agent of its own who is none of the sides."""
        return any(slot.kind == "prep" and slot.preposition == "между" for slot in rule.target) and not any(
            source in between for source in sources
        )

    def sides(self, phrase: int) -> list[Entity]:
        """The actors of the "между X и Y" phrase whose first conjunct is ``phrase``, when they are of more than one
        code; else nothing. (A conjunct with a preposition of its own is no side: "между демонстрантами и силами
        безопасности" parsed with "на Западном берегу" as one more conjunct is a place.)"""
        view = self.view
        actors: list[Entity] = []
        for node in view.conjuncts(phrase):
            if node == phrase or view.preposition(node) in ("", "между"):
                actors += [actor for actor in self.actors_of_word(node) if actor not in actors]
        return actors if len({actor_code(actor) for actor in actors}) > 1 else []

    def displaced_agent(self, noun: int) -> list[int]:
        """The instrumental agent of an event noun that the parser hung on the noun's genitive object ("признание
        независимости Абхазии Россией") or on the verb of happening whose subject the noun is ("продолжался
        захват заложников боевиками"): neither takes a bare instrumental of its own."""
        view = self.view
        owners = self.genitive_objects(noun)
        head = view.head(noun)
        if head >= 0 and view.rel(noun) == "nsubj" and self.lexicon.modality.get(view.lemma(head)) == "happen":
            owners.append(head)
        return [
            child
            for owner in owners
            for child in view.kids(owner, "nmod", "obl")
            if child > noun and view.case(child) == "Ins" and not view.preposition(child)
        ]

    def participle_agent(self, nouns: list[int]) -> list[int]:
        """"условия, предложенные генсеком ООН", "предложенный контактной группой план": the agent of a passive
        participle on a required noun (a plan, a proposal) is its owner, as its genitive would be ("план ООН").
        Only for the nouns a row requires, never the trigger: an event noun's genitive is its patient."""
        view = self.view
        return [
            agent
            for noun in nouns
            for participle in view.kids(noun, "acl", "amod")
            if view.tokens[participle].feats.get("VerbForm") == "Part" and view.tokens[participle].feats.get("Voice") == "Pass"
            for agent in view.kids(participle, "obl", "obl:agent", "nmod")
            if view.case(agent) == "Ins" and not view.preposition(agent)
        ]

    def genitive_objects(self, noun: int) -> list[int]:
        """The bare genitive nouns of an event noun: its object ("захват заложников", "признание независимости")."""
        view = self.view
        return [
            child for child in view.kids(noun, "nmod")
            if view.tokens[child].pos in ("NOUN", "PROPN") and view.case(child) in ("Gen", "") and not view.preposition(child)
        ]

    def opposed_in_participle(self, node: int, top: int) -> bool:
        """Whether ``node`` is the adversary ("против X", "по отношению к X") of a participle clause inside the
        phrase of ``top``: "поддержал группировки, воюющие против Израиля", "правительства, враждебно настроенные
        по отношению к США" name whom those groups oppose, not the trigger's target."""
        view = self.view
        if view.preposition(node) not in OPPOSING_PREPOSITIONS:
            return False
        while node != top and node >= 0:
            if view.rel(node) == "acl" and view.tokens[node].pos in ("VERB", "ADJ"):
                return True
            node = view.head(node)
        return False

    def in_agent_participle(self, node: int, top: int) -> bool:
        """Whether ``node`` is a place named as whence in a passive participle clause on ``top`` whose own agent names
        an actor: "сбили беспилотник, запущенный хуситами из Йемена" tells who launched the thing and from where, not
        the state the thing belongs to (the agent and its own adjective or genitive name the owner: "отверг
        выдвинутую Сирией инициативу")."""
        view = self.view
        child = branch_under(view.head, len(view.tokens), node, top)
        if child < 0 or child == node or view.rel(child) != "acl" or view.tokens[child].pos != "VERB":
            return False
        if view.tokens[child].feats.get("Voice") != "Pass":
            return False
        agents = [
            agent for agent in view.children[child]
            if view.rel(agent) in ("obl:agent", "obl") and view.case(agent) == "Ins" and not view.preposition(agent)
        ]
        # only a place it came from ("из Йемена", "с территории Сирии"): where the act happened may be the thing's
        # ("здание, захваченное боевиками в Махачкале"), and the agent's own words are its owner ("предложенной
        # пакистанской стороной")
        word = node
        while word not in (child, -1) and view.preposition(word) not in ORIGIN_PREPOSITIONS:
            word = view.head(word)
        if word in (child, -1):
            return False
        return any(self.actors_at(agent) for agent in agents)

    def in_modifier_phrase(self, node: int, top: int) -> bool:
        """Whether ``node`` is a word of a participle or adjective phrase on ``top`` (not that participle or
        adjective itself): "правительства, недружелюбные к США", "правительствам, покупающим иранскую нефть"."""
        view = self.view
        child = branch_under(view.head, len(view.tokens), node, top)
        return 0 <= child != node and view.rel(child) in ("acl", "amod") and view.tokens[child].pos in ("VERB", "ADJ")

    def in_relative_clause(self, node: int, top: int) -> bool:
        """Whether ``node`` lies in a relative clause inside the phrase of ``top``, or in a participle clause or
        an adjective phrase on a person ("шпион, работавший на Россию", "политиков, враждебных России": whom he
        served or opposes, not his country; but "танкер, принадлежащий греческой компании" is its owner's)."""
        person = self.view.tokens[top].feats.get("Animacy") == "Anim"
        start = node
        while node != top and node >= 0:
            if self.view.rel(node) == "acl:relcl" or (
                person and self.view.rel(node) == "acl" and self.view.tokens[node].pos in ("VERB", "ADJ")
            ) or (  # "блогеров, враждебных Белоруссии": an adjective with words of its own (not "американских")
                person and node != start and self.view.rel(node) == "amod" and self.view.tokens[node].pos == "ADJ"
            ):
                return True
            node = self.view.head(node)
        return False

    def object_antecedent(self, node: int) -> int:
        """The thing a pronoun means that is the object of a converb or a coordinated verb with a predicative
        complement, when the verb it hangs on has a thing of its gender and number as its object ("осудил
        решение, назвав его ошибкой", "отвергли требования и назвали их провокацией", "критиковали этот арест,
        называя его похищением"); -1 when none."""
        view = self.view
        feats = view.tokens[node].feats
        verb = view.head(node)
        if view.lemma(node) not in PRONOUN_GENDER or view.rel(node) != "obj" or verb < 0:
            return -1
        if view.rel(verb) not in ("advcl", "conj") or view.head(verb) < 0 or not view.kids(verb, "xcomp"):
            return -1  # (a verb that says what the thing is: "назвав его ...", "признав его ...", not "задержала его")
        number = feats.get("Number", "")
        genders = {"Fem"} if feats.get("Gender") == "Fem" else {"Masc", "Neut"}
        for thing in view.kids(view.head(verb), "obj"):
            thing_feats = view.tokens[thing].feats
            if (
                thing < node
                and view.tokens[thing].pos == "NOUN"
                and thing_feats.get("Animacy") == "Inan"
                and view.covering[thing] is None
                and thing_feats.get("Number") == number
                and (number == "Plur" or thing_feats.get("Gender") in genders)
            ):
                return thing
        return -1

    def inanimate_antecedent(self, node: int) -> bool:
        """A feminine or neuter pronoun after nouns of its gender that are all things and name no actor refers
        to one of them ("во время передвижения колонны ... её атаковал смертник": the column, not a state)."""
        view = self.view
        feats = view.tokens[node].feats
        gender = feats.get("Gender")
        if gender not in ("Fem", "Neut") or feats.get("Number") != "Sing":
            return False
        nouns = [
            word
            for word in range(node)
            if view.tokens[word].pos in ("NOUN", "PROPN")
            and view.tokens[word].feats.get("Gender") == gender
            and view.tokens[word].feats.get("Number") == "Sing"
        ]
        return bool(nouns) and all(
            view.tokens[word].feats.get("Animacy") == "Inan" and view.covering[word] is None for word in nouns
        )

"""Events reported as the content of speech, a verdict or a condition: "заявил, что ...", "потребовал
приговорить", "в случае ..." (part of ``SentenceCoder``)."""

from __future__ import annotations

from letopis.events.candidate import Candidate, actor_code, context_actor, countries_of, country_part
from letopis.events.code_classes import (
    ACCUSATION_CODE,
    AFTERMATH_PREPOSITIONS,
    AGENT_SIDE,
    AIMED_PREPOSITIONS,
    ANSWER_VERBS,
    ASKING_ROOTS,
    CAUSE_MARKS,
    CAUSE_PREPOSITIONS,
    CIRCUMSTANCE_MARKS,
    CIRCUMSTANCE_PREPOSITIONS,
    CLAIM_OF_OFFENCE_CODE,
    CLAIMED_MEDDLING_ROOTS,
    CLAIMED_OFFENCE_ROOTS,
    CONSULT_ROOT,
    CONVERSATION_CODES,
    COURT_ORDER_CODES,
    DEFENCELESS_ROLES,
    DEMAND_ROOT,
    LEADERSHIP_DEMAND_CODE,
    OWN_ACT_ROOTS,
    OWN_CONTENT_ROOTS,
    PAST_ACTIVE_PARTICIPLE,
    PRESENT_ACTIVE_PARTICIPLE,
    PROMISE_ROOT,
    PROMISED_PREPOSITIONS,
    PUBLIC_OFFICE_ROLES,
    REACTION_ROOTS,
    RECALLED_PREPOSITIONS,
    REFUSAL_ROOT,
    SIDE_ROLES,
    STATE_BODY_ROLES,
    STATEMENT_ROOT,
    THREAT_ROOT,
    TRIAL_REQUEST_ROOTS,
    VERDICT_CODES,
)
from letopis.events.lexicon import Slot
from letopis.kb.countries import country_lexicon
from letopis.model import Entity


class ContentRules:
    """The content rules of ``SentenceCoder``: reads its ``view``, ``lexicon`` and candidates."""

    def content_path(self, position: int) -> list[int]:
        """The words above ``position`` while it is still their content: the climb stops at a clause of time
        or cause ("потребовал выборов после того, как суд снял обвинения": the court's act is not demanded)."""
        view = self.view
        path, current, below = [], position, -1
        for ancestor in view.ancestors(position, 4):
            if self.circumstance(current) or self.conversation_setting(current):
                break
            if below >= 0 and self.setting_frame(below, current, ancestor):
                break  # "в рамках визита в Анголу пообещал списать долги": the visit is not what is promised
            if self.coordinated_clause(current):
                break  # "выступил с критикой ... и предложил восстановить связи": a second act, not content
            if self.converb_clause(current):
                break  # "согласился вывести войска, уступив требованиям НАТО": the subject's own act, not content
            if view.rel(current) == "nsubj" and view.tokens[ancestor].pos in ("VERB", "ADJ"):
                # "правительство, отвергнувшее требования, обвинило ...": what describes the subject is no content;
                # nor under a short adjective's predicate ("визит, где он проведёт переговоры, должен снять ...")
                break
            path.append(ancestor)
            below, current = current, ancestor
        return path

    def claimed_offences(self, kept: list[Candidate]) -> list[Candidate]:
        """"Министр Ирана заявил, что Израиль убивает мирных жителей", "Турция обстреливает сирийские сёла, заявил
        Дамаск", "по словам Каракаса, США финансируют оппозицию": an act of force, or support of insurgents, rebels
        or an opposition, that a speaker says another side is committing (a present imperfective verb under his
        words, no done and dated act) is his accusation of that side (112), besides the act he reports, when the
        force wrongs the speaker's country or defenceless people; said with a word of asserting (``claiming``),
        not reported ("сообщил"); not a newspaper's report, nor a speaker's words on his own side."""
        view = self.view
        claiming = self.lexicon.word_classes["claiming"]
        claims = []
        for candidate in kept:
            token = view.tokens[candidate.trigger]
            meddling = candidate.rule.root in CLAIMED_MEDDLING_ROOTS and candidate.targets and all(
                (actor_code(target) or "")[3:6] in SIDE_ROLES for target in candidate.targets
            )
            if (
                (candidate.rule.root not in CLAIMED_OFFENCE_ROOTS and not meddling)
                or candidate.negated
                or candidate.modality
                or token.pos != "VERB"
                or token.feats.get("VerbForm") != "Fin"
                or token.feats.get("Tense") != "Pres"
                or token.feats.get("Aspect") != "Imp"
            ):
                continue
            agents = [source for source in candidate.sources if actor_code(source)]
            if not agents or candidate.implied_source:
                continue
            words = self.speaker(candidate.trigger, views=True)
            if not any(view.lemma(view.head(word)) in claiming for word in words if view.head(word) >= 0):
                continue  # ("Минобороны сообщило, что противник обстреливает Харьков" reports the shelling)
            speakers = [
                actor for word in words for actor in self.actors_at(word)
                if actor_code(actor) and not actor_code(actor).endswith("MED")
            ]
            accused = [agent for agent in agents if all(self.adversaries(speaker, agent) for speaker in speakers)]
            if not speakers or not accused:
                continue
            # force a wrong done to the speaker's own country, or to civilians, opponents, journalists or refugees
            # ("иракские войска наступают на позиции ИГ, заявил Пентагон" reports an ally's war, no accusation)
            wronged = meddling or any(
                country_part(actor_code(target)) in countries_of(speakers)
                or (actor_code(target) or "")[3:6] in DEFENCELESS_ROLES
                for target in candidate.targets
            )
            if not wronged:
                continue
            claims.append(
                Candidate(
                    sentence=candidate.sentence,
                    trigger=candidate.trigger,
                    rule=candidate.rule,
                    cameo=CLAIM_OF_OFFENCE_CODE,
                    sources=speakers,
                    targets=accused,
                    source_tokens=list(words),
                    target_tokens=list(candidate.source_tokens),
                )
            )
        return claims

    @staticmethod
    def adversaries(speaker: Entity, agent: Entity) -> bool:
        """Sides apart: other countries, or within one country the opposition or rebels and the state."""
        first, second = actor_code(speaker), actor_code(agent)
        if not first or not second or first == second:
            return False
        if country_part(first) != country_part(second):
            return True
        return (first[3:6] in SIDE_ROLES) != (second[3:6] in SIDE_ROLES)

    def answered_act(self, node: int) -> bool:
        """An act a verb of answering names by "на" ("Москва ответит на высылку своих дипломатов", "отреагирует на
        санкции"): done by another side before, never what a promise or threat around it announces."""
        view = self.view
        return view.preposition(node) == "на" and view.lemma(view.head(node)) in ANSWER_VERBS

    def circumstance(self, node: int) -> bool:
        """A clause or phrase of time or cause ("после того, как ...", "во время визита"): what governs it
        neither contains nor qualifies it."""
        view = self.view
        marks = {view.lemma(mark) for mark in view.kids(node, "mark")}
        return bool(marks & CIRCUMSTANCE_MARKS) or view.preposition(node) in CIRCUMSTANCE_PREPOSITIONS

    def conversation_setting(self, node: int) -> bool:
        """A talk or meeting the act is told in ("в телефонном разговоре с Саакашвили призвала", "на встрече с
        премьером потребовал", "в беседе с журналистами пообещал"): the setting of the act, not what is asked or
        promised; only the setting of a finite verb's act (an offer "выступить посредником в переговорах" is asked
        for, talks and all)."""
        view = self.view
        head = view.head(node)
        return (
            view.case(node) == "Loc"
            and view.preposition(node) in ("в", "на")
            and head >= 0
            and view.tokens[head].feats.get("VerbForm") == "Fin"
            # ("настаивает на прямых переговорах": after such a verb, what is asked; "на переговорах ... настаивал": the setting)
            and not (node > head and view.lemma(head) in self.lexicon.word_classes["insisting"])
            and any(rule.cameo.startswith(CONVERSATION_CODES) for rule in self.rules_for(node))
        )

    def setting_frame(self, below: int, frame: int, verb: int) -> bool:
        """Whether ``frame`` is a noun of frame (word class setting_frame: "в рамках визита", "по итогам
        переговоров", "на полях саммита") whose genitive is ``below``, on the finite verb ``verb``: the act of the
        verb was told in or after that meeting, which is neither what the verb offers or promises nor qualified by
        its intent."""
        view = self.view
        return (
            view.head(below) == frame
            and view.lemma(frame) in self.lexicon.word_classes["setting_frame"]
            and view.preposition(frame) in ("в", "по", "на")
            and view.rel(below) == "nmod"
            and view.case(below) == "Gen"
            and view.tokens[verb].feats.get("VerbForm") == "Fin"
        )

    def recalled_cause(self, position: int) -> bool:
        """A noun event named as the cause or the time before another act ("в связи с задержанием гражданина",
        "после столкновений", "в знак протеста против ареста", "в ответ на высылку"): an earlier act the sentence
        recalls, not one it reports."""
        view = self.view
        if view.tokens[position].pos != "NOUN":
            return False
        node, linked = position, False  # linked: a preposition joins the chain below a reason noun
        for _ in range(4):
            preposition = view.preposition(node)
            if preposition in RECALLED_PREPOSITIONS:
                # but "после переговоров с Путиным Меркель заявила": talks with a partner are the subject's own
                return not (preposition in AFTERMATH_PREPOSITIONS and any(
                    view.has_preposition(child, "с") for child in view.children[position]
                ))
            if node != position and linked and preposition == "в" and view.lemma(node) in self.lexicon.word_classes["reason"]:
                return True
            linked = linked or bool(preposition)
            head = view.head(node)
            if head < 0 or view.tokens[head].pos != "NOUN" or view.rel(node) != "nmod":
                return False
            node = head
        return False

    def converb_clause(self, node: int) -> bool:
        """An adverbial participle tells what the subject does alongside, never what it asks, agrees or threatens;
        but under an infinitive another actor is asked to do ("просил суд приговорить его, запретив ...") it
        is that actor's act, and part of what is asked."""
        view = self.view
        if view.rel(node) != "advcl" or view.tokens[node].feats.get("VerbForm") != "Conv":
            return False
        head = view.head(node)
        if head < 0 or view.tokens[head].feats.get("VerbForm") != "Inf":
            return True
        governor = view.head(head)
        return governor < 0 or not (
            view.kids(governor, "obj", "iobj") or any(view.preposition(child) == "от" for child in view.kids(governor, "obl"))
        )

    def demanded_party(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """"вышли на митинг в Ереване, требуя, чтобы Москва передала ...": a protest is aimed at the party its
        converb of demand asks to act, not at the protesters' own country."""
        view = self.view
        for holder in self.act_words(position):  # "устроили забастовку, требуя ...": the converb hangs on the verb
            for converb in view.kids(holder, "advcl"):
                if view.tokens[converb].feats.get("VerbForm") != "Conv":
                    continue
                if not any(rule.root == DEMAND_ROOT for rule in self.rules_for(converb)):
                    continue
                for clause in view.kids(converb, "ccomp"):
                    if not self.marked_as(clause, "purpose"):
                        continue
                    actors, words = self.arguments(clause, [Slot("subj")], False, [clause])
                    actors = [actor for actor in actors if all(actor is not source for source in sources)]
                    if actors:
                        return actors, words
        return [], []

    def refused_asker(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """"США потребовали от Ирана прекратить ..., однако Иран отказался", "призвали повстанцев сложить оружие, но
        те отказались": a refusal that names nothing refused, coordinated after an appeal, an offer or a demand, is
        aimed at whoever asked (the asking verb's subject), never at the refusing side itself."""
        view = self.view
        asked = view.head(position)
        if view.rel(position) != "conj" or asked < 0 or asked > position:
            return self.refused_earlier_asker(position, sources), []
        if not any(rule.root in ASKING_ROOTS for rule in self.rules_for(asked)):
            return [], []
        actors, words = self.arguments(asked, [Slot("subj")], False, [asked])
        own = {actor_code(source) for source in sources}
        kept = [
            actor for actor in actors
            if all(actor is not source for source in sources) and actor_code(actor) and actor_code(actor) not in own
        ]
        return (kept, words) if kept else ([], [])

    def refused_earlier_asker(self, position: int, sources: list[Entity]) -> list[Entity]:
        """"США потребовали от Ирана прекратить обогащение урана. Иран отказался": a bare refusal opening its own
        clause answers a demand, appeal or offer the sentence before addressed to the refusing side's country."""
        view = self.view
        if view.rel(position) not in ("root", "parataxis") or view.kids(position, "obj", "xcomp", "ccomp", "obl"):
            return []
        own = {actor_code(source) for source in sources}
        countries = countries_of(sources)
        for act in self.acts_before():
            if act.sentence < self.index - 1:
                break
            if act.sentence != self.index - 1 or act.cameo[:2] not in ASKING_ROOTS:
                continue
            if countries & countries_of(act.targets):
                return act.agents_besides(own)
        return []

    def cause_agent(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """"объявил мобилизацию в связи с наступлением армянских сил", "покинула переговоры после того, как Израиль
        выслал ...": an act that names no target of its own answers the act its cause phrase or clause names, and is
        aimed at that act's agent (its instrumental, "со стороны", genitive or country adjective; the clause's
        subject), never at the acting side itself; a dispute named in its purpose clause gives the other side."""
        view = self.view
        reasons = self.lexicon.word_classes["reason"]
        for holder in self.act_words(position):
            phrases = view.kids(holder, "obl", "nmod")
            # "в ответ на задержание": the parser may make the reason noun the phrase, the act its own phrase
            phrases += [
                child
                for phrase in phrases
                if view.lemma(phrase) in reasons and view.preposition(phrase) == "в"
                for child in view.kids(phrase, "nmod")
                if view.preposition(child)
            ]
            for cause in phrases:
                if view.preposition(cause) not in CAUSE_PREPOSITIONS | AFTERMATH_PREPOSITIONS and view.head(cause) == holder:
                    continue
                if view.lemma(cause) == "тот":
                    agents, words = self.clause_agent(cause)
                else:
                    # (a cause phrase names an act by its noun alone, without the support verb its rows ask for:
                    # "в ответ на учения НАТО", "из-за угроз Колумбии", "после учений НАТО")
                    agents, words = self.nominal_agent(cause, bare=True)
                if not agents:
                    agents, words = self.dispute_party(cause)
                agents = [agent for agent in agents if all(agent is not source for source in sources)]
                if agents and not countries_of(agents) & countries_of(sources):
                    return agents, words
            for clause in view.kids(holder, "advcl"):
                # "объявил мобилизацию, чтобы усилить войска в районе конфликта с Перу": the dispute its purpose
                # clause names gives the other side, as a cause phrase's does
                if not self.marked_as(clause, "purpose"):
                    continue
                # (the place phrase on the clause's verb or on its object: "укрепить позиции в зоне конфликта с X")
                objects = view.kids(clause, "obj")
                for phrase in [*view.kids(clause, "obl"), *(word for thing in objects for word in view.kids(thing, "nmod"))]:
                    agents, words = self.dispute_party(phrase)
                    agents = [agent for agent in agents if all(agent is not source for source in sources)]
                    if agents and not countries_of(agents) & countries_of(sources):
                        return agents, words
        return [], []

    def dispute_party(self, noun: int) -> tuple[list[Entity], list[int]]:
        """The other side of a dispute a cause phrase names, itself or as what grows or flares ("в связи с
        обострением пограничного конфликта с Камеруном", "из-за спора с Перу"): its "с" phrase (word class
        dispute)."""
        view = self.view
        disputes = self.lexicon.word_classes["dispute"]
        for word in [noun] + [child for child in view.kids(noun, "nmod") if view.case(child) == "Gen"]:
            if view.lemma(word) in disputes:
                found = self.arguments(word, [Slot.parse("с+Ins")], False, [word])
                if found[0]:
                    return found
        return [], []

    def nominal_agent(self, noun: int, bare: bool = False) -> tuple[list[Entity], list[int]]:
        """The agent an event noun names, as its own row finds it, with no support verb: "наступление армянских
        сил" (its genitive), "арест гражданина полицией" (not its patient).  ``bare``: a noun none of whose rows
        holds for want of its support verb still names its agent as its rows do ("в ответ на учения НАТО")."""
        rule = self.chosen.get(noun)
        if self.view.tokens[noun].pos != "NOUN":
            return [], []
        rows = [rule] if rule is not None else self.rules_for(noun) if bare else []
        if not rows:
            return [], []
        patients = [
            word
            for row in rows
            for word in self.arguments(noun, [slot for slot in row.target if slot.kind != "head"], False, [noun])[1]
        ]
        slots = [Slot("ins"), AGENT_SIDE]
        for row in rows:
            for slot in row.source or [Slot("gen"), Slot("adj")]:
                if slot.kind not in ("head", "none") and slot not in slots:
                    slots.append(slot)
        return self.arguments(noun, slots, False, [noun], taken=frozenset(patients))

    def clause_agent(self, pronoun: int) -> tuple[list[Entity], list[int]]:
        """The subject of an event clause of time or cause: "после того, как Израиль выслал ...", "в связи с тем,
        что Турция ввела ..."."""
        view = self.view
        for clause in view.kids(pronoun, "acl", "advcl", "ccomp"):
            if view.tokens[clause].pos != "VERB" or view.is_passive(clause):
                continue
            if not {view.lemma(mark) for mark in view.kids(clause, "mark")} & CAUSE_MARKS:
                continue
            # an event verb, or the support verb of an event noun ("после того, как Пакистан провёл испытания")
            rule = self.chosen.get(clause)
            if rule is None and not any(word in self.chosen for word in view.kids(clause, "obj")):
                continue
            return self.arguments(clause, (rule.source if rule else []) or [Slot("subj")], False, [clause])
        return [], []

    def act_words(self, position: int) -> list[int]:
        """The trigger, and the word a nominal one hangs on (its support verb), where the act's phrases may be."""
        view = self.view
        # (a sentence's first word may be tagged a proper noun: "Голодовку ... объявили")
        if view.tokens[position].pos in ("NOUN", "PROPN") and view.head(position) >= 0:
            return [position, view.head(position)]
        return [position]

    def protested_mission(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """"провели забастовку у посольства Италии", "прошли маршем к посольству США": a protest held at a
        state's mission, base or prison ("голодовка в израильских тюрьмах") is aimed at that state."""
        view = self.view
        missions = self.lexicon.word_classes["mission"] | self.lexicon.word_classes["facility"]
        for holder in self.act_words(position):  # "провели забастовку у посольства": the place hangs on the verb
            places = view.kids(holder, "obl", "nmod")
            # "заключённые в израильских тюрьмах объявили голодовку": where the protesters are held
            # ("сотни палестинских заключённых в израильских тюрьмах": through the quantity to the people counted)
            quantities = self.lexicon.word_classes["quantity"]
            people = [
                word
                for subject in view.kids(holder, "nsubj")
                for word in [subject, *(view.kids(subject, "nmod") if view.lemma(subject) in quantities else [])]
            ]
            places += [place for person in people for place in view.kids(person, "nmod")]
            if holder == position:
                places += self.adjacent_phrase(position)
                # "провели акцию протеста у британской базы": the place hung on the noun of protest
                places += [place for rally in self.rally_words(position) for place in view.kids(rally, "nmod")]
            for place in places:
                if not view.preposition(place):
                    continue
                # "у посольства Италии", "у здания посольства России"
                mission = next((word for word in [place, *view.kids(place, "nmod")] if view.lemma(word) in missions), -1)
                for owner in view.kids(mission, "nmod", "amod") if mission >= 0 else []:
                    actors = [actor for actor in self.actors_at(owner) if all(actor is not s for s in sources)]
                    if actors:
                        return actors, [owner]
        return [], []

    def protested_party(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """A protest that names its target in none of its own slots is aimed at the party its phrases name: what it
        protests "в знак протеста против" ("... против ядерных испытаний Франции" -> FRA), whom its converb of demand
        asks to act ("требуя вывода израильских войск" -> ISR), or the country of its adjective of opposition
        ("антиамериканские демонстрации" -> USA; "антиправительственный митинг" -> the protesters' government)."""
        view = self.view
        for rally in self.rally_words(position):
            actors, words = self.arguments(rally, [Slot("prep", "против", "Gen")], False, [rally])
            actors, words = self.agent_of_condemned_act(actors, words, sources)
            actors = [actor for actor in actors if all(actor is not source for source in sources)]
            if actors:
                return actors, words
        for demand in self.protest_demands(position):
            # "требуя от Японии извинений": whom the demand is addressed to
            addressees = [Slot("prep", "от", "Gen"), Slot("prep", "к", "Dat")]
            actors, words = self.arguments(demand, addressees, False, [demand])
            actors = [actor for actor in actors if all(actor is not source for source in sources)]
            if actors:
                return actors, words
            # "требуя вывода израильских войск": the agent of the act demanded
            for demanded in view.kids(demand, "obj") + [
                word for word in view.kids(demand, "nmod") if not view.preposition(word)
                and view.tokens[word].pos == "NOUN"
            ]:
                actors, words = self.nominal_agent(demanded)
                actors = [actor for actor in actors if all(actor is not source for source in sources)]
                if actors:
                    return actors, words
            # "с требованием вывести американские войска": a foreign party the demanded act is done to
            for act in view.kids(demand, "xcomp", "nmod", "ccomp", "obj"):
                if view.tokens[act].feats.get("VerbForm") != "Inf":
                    continue
                for done_to in view.kids(act, "obj"):
                    actors = [
                        actor for actor in self.actors_at(done_to)
                        if country_part(actor_code(actor)) and not countries_of([actor]) & countries_of(sources)
                    ]
                    if actors:
                        return actors, [done_to]
        return self.opposed_country(position, sources)

    def protest_demands(self, position: int) -> list[int]:
        """The words of demand that tell what a protest is for: its converb ("провели марш, требуя ...") or its noun
        of demand ("провели митинг с требованием ...")."""
        view = self.view
        found = []
        for holder in self.act_words(position) + self.rally_words(position):
            for word in view.kids(holder, "advcl", "obl", "nmod"):
                if view.tokens[word].feats.get("VerbForm") == "Conv" or (
                    view.rel(word) != "advcl" and view.preposition(word) == "с" and view.tokens[word].pos == "NOUN"
                ):
                    if any(rule.root == DEMAND_ROOT for rule in self.rules_for(word)):
                        found.append(word)
        return list(dict.fromkeys(found))

    def rally_words(self, position: int) -> list[int]:
        """The words below a protest's own that may carry what it is against, wherever the parser hung the phrase:
        "в знак протеста против X" (the noun of protest), "вышли на демонстрацию против X" (the rally noun the verb
        governs), "провели акцию протеста у базы" (the noun of protest after the rally noun)."""
        view = self.view
        gatherings = self.lexicon.word_classes["gathering"]
        found: list[int] = []
        for holder in self.act_words(position):
            for child in view.kids(holder, "obl", "nmod", "obj"):
                if view.lemma(child) == "знак" and view.preposition(child) == "в":
                    found += [word for word in view.kids(child, "nmod") if view.lemma(word) == "протест"]
                elif view.lemma(child) in gatherings and child != position:
                    found.append(child)
                    found += [word for word in view.kids(child, "nmod") if view.lemma(word) == "протест"]
        return [word for word in dict.fromkeys(found) if word != position]

    def crowd_complaint(self, position: int, source_words: list[int]) -> bool:
        """"Тысячи мексиканских крестьян выступили с протестом", "сотни студентов заявили протест": a protest noun
        whose makers are a crowd (a number of people, or people of word class crowd in the plural) is their
        demonstration; a state, a party or one person that protests complains."""
        view = self.view
        if view.lemma(position) != "протест":
            return False
        quantities = self.lexicon.word_classes["quantity"]
        crowd = self.lexicon.word_classes["crowd"]
        for word in source_words:
            nodes = [word, *view.kids(word, "nmod")]
            if view.lemma(word) in quantities and any(
                view.tokens[node].feats.get("Animacy") == "Anim" for node in nodes[1:]
            ):
                return True
            if view.lemma(word).split("-")[0] in crowd and view.tokens[word].feats.get("Number") == "Plur":
                return True
        return False

    def protest_of_coded_act(self, position: int) -> bool:
        """"отозвала посла в знак протеста против ...", "санкции, введённые в знак протеста", "забастовка в знак
        протеста ... продолжается": the protest an act is done in is that act, when the sentence codes it (the
        recall, the sanctions, the strike); only an act no row codes ("прошли по центру города в знак протеста")
        is told as a protest by the noun alone."""
        view = self.view
        sign = view.head(position)
        if sign < 0 or view.lemma(sign) != "знак" or view.rel(position) != "nmod":
            return False
        act = view.head(sign)
        if act < 0:
            return False
        near = [act, *view.kids(act, "obj", "nsubj", "nsubj:pass", "xcomp")]
        if view.rel(act) in ("acl", "amod", "acl:relcl", "xcomp"):
            near.append(view.head(act))  # "санкции, введённые в знак протеста": the noun the participle is on
        return any(word >= 0 and word != position and word in self.chosen for word in near)

    def opposed_country(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """"антиамериканские демонстрации", "вышли на антиизраильскую манифестацию": the country of the adjective
        after the prefix of opposition, on the protest's words or the rally noun they govern."""
        view = self.view
        prefixes = tuple(self.lexicon.word_classes["opposed_stem"])
        own = self.lexicon.word_classes["own_rule"]
        words = self.act_words(position)
        # "провели демонстрацию, скандируя антиамериканские лозунги": what the converb of the protest carries
        words += [
            converb for word in list(words) for converb in view.kids(word, "advcl")
            if view.tokens[converb].feats.get("VerbForm") == "Conv"
        ]
        words += [child for word in list(words) for child in view.kids(word, "obj", "obl", "nsubj")]
        for word in words:
            for adjective in view.kids(word, "amod"):
                lemma = view.lemma(adjective)
                prefix = next((prefix for prefix in prefixes if lemma.startswith(prefix)), None)
                if prefix is None:
                    continue
                rest = lemma[len(prefix):].lstrip("-")
                country = country_lexicon().by_adjective(rest)
                if country:
                    if any(country_part(actor_code(source)) == country for source in sources):
                        continue  # "антироссийский митинг" of Russians: not aimed at themselves
                    return [context_actor(country)], [adjective]
                homes = countries_of(sources)
                if rest in own and len(homes) == 1:
                    return [context_actor(homes.pop(), "GOV")], [adjective]
        return [], []

    def adjacent_phrase(self, position: int) -> list[int]:
        """The prepositional phrase right after a trigger, wherever the parser hung it ("прошли маршем к американской
        базе, требуя ...": hung on the demand)."""
        view = self.view
        following = position + 1
        if following >= len(view.tokens) or view.tokens[following].pos != "ADP" or view.rel(following) != "case":
            return []
        noun = view.head(following)
        return [noun] if noun > following and view.head(noun) != position else []

    def host_authorities(self, position: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """"беженцы из Бурунди объявили голодовку в лагере в Танзании в знак протеста против решения властей":
        foreigners protesting against authorities of no other country protest against the state they are in."""
        view = self.view
        scene = self.scene_country(position)
        if scene is None or any(country_part(actor_code(source)) in (scene, None) for source in sources):
            return [], []
        authorities = self.lexicon.word_classes["authorities"]
        for holder in self.act_words(position):
            for node in view.subtree(holder):
                if view.lemma(node) not in authorities or view.tokens[node].pos != "NOUN":
                    continue
                actors = self.actors_at(node)  # the role tagger may have given them the place's country
                if all(country_part(actor_code(actor)) == scene for actor in actors):
                    return actors or [context_actor(scene, "GOV")], [node]
        return [], []

    def coordinated_clause(self, node: int) -> bool:
        """A finite verb coordinated with another is a clause of its own, never the other's content."""
        view = self.view
        return view.rel(node) == "conj" and view.tokens[node].feats.get("VerbForm") == "Fin"

    def as_intended(self, content: Candidate, governor: Candidate) -> Candidate:
        """"согласился уйти в отставку": the content of an agreement or promise is an intended event."""
        if governor.rule.root in ("03", "12") and content.modality is None:
            content.modality = "intent" if governor.rule.root == "03" else None
            intent = self.lexicon.intent_of(content.rule)
            if governor.rule.root == "03" and intent:
                content.cameo = intent if len(intent) > 2 else intent + "0"
        if governor.rule.root == "12":
            content.negated = True  # "отказался отменить": what is refused does not happen
        return content

    def accusation_from_verdict(
        self, candidate: Candidate, contents: list[Candidate], blockers: dict[int, Candidate]
    ) -> None:
        """"Прокурор попросил суд приговорить X к пяти годам": asking a court for a verdict against someone is
        accusing him (1121), not an appeal to the court; the accused is the verdict's target."""
        if candidate.rule.root not in TRIAL_REQUEST_ROOTS or candidate.negated:
            return
        # an arrest or a detention asked of a court ("прокуратура попросила суд арестовать X") accuses X as a verdict
        # asked for does; asked of a state, it is a request for judicial cooperation ("попросила Германию арестовать")
        of_court = any(self.view.lemma(word) in self.lexicon.word_classes["court"] for word in candidate.target_tokens)
        for content in contents:
            if (
                (content.cameo.startswith(VERDICT_CODES) or (of_court and content.cameo.startswith(COURT_ORDER_CODES)))
                and content.targets
                and not content.negated
                and self.blocker_above(content.trigger, blockers) is candidate
            ):
                candidate.cameo = ACCUSATION_CODE
                candidate.targets, candidate.target_tokens = content.targets, content.target_tokens
                return

    def code_from_content(
        self, candidate: Candidate, contents: list[Candidate], blockers: dict[int, Candidate]
    ) -> None:
        """"потребовала, чтобы США экстрадировали Гюлена": a demand for judicial cooperation (1013); the kind
        of an appeal, demand, refusal or threat is the kind of what it is about (``content_codes.tsv``)."""
        if candidate.cameo != candidate.rule.root + "0" and candidate.cameo != candidate.rule.cameo:
            return  # already qualified (intended, ...)
        if candidate.rule.cameo != candidate.rule.root + "0":
            return  # the row itself is specific ("запросить убежище")
        for content in contents:
            if self.blocker_above(content.trigger, blockers) is not candidate or self.answered_act(content.trigger):
                continue
            intent = content.rule.intent
            if not intent or intent == content.rule.cameo:
                # (a row whose announced plan is the act itself, "покинет пост": asked for, it is the generic intent)
                intent = self.lexicon.intent_code(content.rule.cameo)
            if intent and len(intent) == 2:
                intent += "0"
            code = self.lexicon.content_code(
                candidate.rule.root, intent, content.rule.root if content.negated else None
            )
            if code:
                candidate.cameo = code
                return

    def target_from_condition(self, candidate: Candidate) -> None:
        """"угрожают убить заложников, если правительство Германии не прекратит ...": a threat is aimed at the
        actor whose conduct its condition names, not at the victims it threatens (the parser may leave the
        condition a clause of its own). But a threat to cut one's ties with someone ("пригрозил прекратить
        сотрудничество с миссией ООН, если НАТО ...") is aimed at that partner, whatever the condition names."""
        others, subjects = self.condition_target(candidate.trigger, candidate.sources)
        if others:
            candidate.targets, candidate.target_tokens = others, subjects

    def ties_partner(self, trigger: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """The partner ("с" + Ins) of the ties (``ties`` class: cooperation, relations, talks) that the act a threat
        announces names as its object: "пригрозил прекратить сотрудничество с НАТО", "предупредил, что
        разорвёт отношения с Киевом"."""
        view = self.view
        own = countries_of(sources)
        for act in view.kids(trigger, "xcomp", "ccomp"):
            if view.tokens[act].pos != "VERB":
                continue
            for tie in view.kids(act, "obj", "obl"):
                if view.lemma(tie) not in self.lexicon.word_classes["ties"]:
                    continue
                for partner in view.kids(tie, "nmod"):
                    if view.preposition(partner) != "с":
                        continue
                    actors = self.actors_at(partner) or [
                        entity for owner in view.kids(partner, "nmod") for entity in self.actors_at(owner)
                    ]
                    # (one's own side is no partner one threatens: "прекратит сотрудничество с нашей полицией")
                    others = [
                        entity for entity in actors
                        if entity not in sources and country_part(actor_code(entity)) not in own
                    ]
                    if others:
                        return others, [partner]
        return [], []

    def condition_target(self, trigger: int, sources: list[Entity]) -> tuple[list[Entity], list[int]]:
        """The actors (and word) of the subject of the "если" clause that conditions ``trigger``, other than its
        sources. A threat or offer about one's ties with someone ("прекратит сотрудничество с НАТО, если ...") is
        aimed at that partner, whatever the condition names (``ties_partner``)."""
        partners, words = self.ties_partner(trigger, sources)
        if partners:
            return partners, words
        view = self.view
        below = set(view.subtree(trigger))
        # the parser may hang the condition on the verb of saying above the trigger, or on the verb of an intent
        # word above it ("оставляет за собой право применить силу, если ...")
        above = {-1, *view.ancestors(trigger, 2)}
        for mark in range(trigger + 1, len(view.tokens)):
            if view.lemma(mark) != "если":
                continue
            clause = view.head(mark)
            if clause < 0 or (clause not in below and view.head(clause) not in above):
                continue  # the condition of another verb of the sentence
            for subject in view.kids(clause, "nsubj"):
                others = [entity for entity in self.actors_at(subject) if entity not in sources]
                if others:
                    return others, [subject]
        # "пригрозила применить силу в случае расширения Афинами территориальных вод": the agent of the act a
        # condition phrase names (instrumental or "со стороны"; a genitive may be the act's object: "блокады Кубы")
        for case in below:
            if self.lexicon.modality.get(view.lemma(case)) != "condition" or view.preposition(case) != "в":
                continue
            for act in view.kids(case, "nmod"):
                for agent in view.kids(act, "nmod"):
                    by_agent = view.case(agent) == "Ins" and not view.preposition(agent)
                    if not (by_agent or view.has_preposition(agent, "со стороны")):
                        continue
                    others = [entity for entity in self.actors_at(agent) if entity not in sources]
                    if others:
                        return others, [agent]
        return [], []

    def refused_act_target(
        self, candidate: Candidate, contents: list[Candidate], blockers: dict[int, Candidate]
    ) -> bool:
        """"отказалась от вывода своих войск из Приднестровья", "исключило выдачу террориста США": a refusal whose
        slot word is the refused act's own noun is aimed at the other side of that act (its agent or target, not of
        the refuser's country), not at the act's object (its own troops, the person handed over). Such a refusal
        whose slot named only the refuser's own side is kept with no target (True)."""
        if candidate.rule.root != REFUSAL_ROOT or not candidate.targets:
            return False
        acts = {
            content.trigger for content in contents if self.blocker_above(content.trigger, blockers) is candidate
        }
        if not acts.intersection(candidate.target_tokens):
            return False
        own = countries_of(candidate.sources)
        if not own:
            return False
        def own_side(actor: Entity) -> bool:
            code = actor_code(actor) or ""
            return country_part(code) in own and code[3:] in STATE_BODY_ROLES

        for content in contents:
            if content.trigger not in acts:
                continue
            for actors, words in ((content.sources, content.source_tokens), (content.targets, content.target_tokens)):
                others = [actor for actor in actors if actor_code(actor) and not own_side(actor)]
                if others:
                    candidate.targets, candidate.target_tokens = others, words
                    return False
        if not all(own_side(target) for target in candidate.targets):
            return False  # ("отказался от помощи США": the act's genitive names its other side)
        candidate.targets, candidate.target_tokens = [], []
        return True

    def target_from_content(
        self, candidate: Candidate, contents: list[Candidate], blockers: dict[int, Candidate]
    ) -> None:
        """A demand, threat or refusal is aimed at whom its content is: "пригрозил разорвать отношения с
        Конго" -> Конго; "потребовали, чтобы США поддержали" -> США."""
        view = self.view
        below = set(view.subtree(candidate.trigger)) - {
            word
            for clause in view.kids(candidate.trigger, "conj")
            if self.coordinated_clause(clause)
            for word in view.subtree(clause)
        } - {
            # "выступила Боливия, делегация которой настаивала на ...": a clause describing the actor is not
            # what the actor demands or refuses
            word
            for subject in view.kids(candidate.trigger, "nsubj")
            for word in view.subtree(subject)
        }
        for content in contents:
            if content.trigger not in below:
                continue
            if view.preposition(content.trigger) == "при":
                # "договорились о прекращении огня при посредничестве России": the mediation (help, presence) is
                # the circumstance of the agreement, its actor no party to it
                continue
            # "потребовали, чтобы США поддержали": the content's own actor is the one addressed
            others = self.addressees(candidate, content.sources)
            if others:
                candidate.targets, candidate.target_tokens = others, content.source_tokens
                return
            # (but "отказался признать вину": refusing a statement is aimed at no one the statement names)
            if content.targets and candidate.rule.root in OWN_CONTENT_ROOTS and content.rule.root != STATEMENT_ROOT:
                candidate.targets, candidate.target_tokens = content.targets, content.target_tokens
                return
            others, words = self.withdrawn_forces(candidate, content)
            if others:
                candidate.targets, candidate.target_tokens = others, words
                return
        # (a promise of an act that is an event itself is that act, intended: "пообещал уничтожить ХАМАС" is a threat)
        intent = candidate.rule.root in (PROMISE_ROOT, DEMAND_ROOT)
        # (an act promised with no target of its own, "согласилась возобновить поставки нефти на Кубу", stands for
        # nothing: the promise is then aimed at whom the promised act names; not a demand: "потребовал выдать
        # генерала Камбоджи" is made to whoever holds him)
        act_told = intent and any(
            self.blocker_above(content.trigger, blockers) is candidate
            # (not talks or a meeting: "договорились встретиться в Париже" names where, not with whom)
            and (
                content.targets or not content.rule.needs_target or content.rule.root == CONSULT_ROOT
                or candidate.rule.root != PROMISE_ROOT
            )
            for content in contents
        )
        # (a demand too, when what it asks is no event word: "потребовала убрать турецкие корабли" is made
        # to whom the act's object belongs; but "потребовал выдать генерала Камбоджи" of whoever holds him)
        # (an obligation laid on a subject that is no actor is of no one the infinitive names: "заявил, что
        # референдум должен базироваться на украинской Конституции" asks nothing of Ukraine)
        thing_obliged = any(slot.kind == "subj" for slot in candidate.rule.target) and bool(
            view.kids(candidate.trigger, "nsubj")
        )
        # (not sides agreeing with each other: "Россия и Турция договорились создать в Сирии зоны деэскалации" is
        # an agreement between them, made about a place)
        sides_agree = len(candidate.sources) > 1 and view.lemma(candidate.trigger) in self.lexicon.word_classes["accord"]
        if (candidate.rule.root in OWN_CONTENT_ROOTS or (intent and not act_told)) and not thing_obliged and not sides_agree:
            others, words = self.infinitive_object(candidate)
            if others:
                candidate.targets, candidate.target_tokens = others, words
                return
        if candidate.rule.root == PROMISE_ROOT and not act_told and not sides_agree:
            others, words = self.consented_act_party(candidate)
            if others:
                candidate.targets, candidate.target_tokens = others, words
                return
        if candidate.rule.root == DEMAND_ROOT:
            others, words = self.unseated(candidate)
            if others:
                candidate.targets, candidate.target_tokens = others, words
                candidate.cameo = LEADERSHIP_DEMAND_CODE
                return
        # "потребовали, чтобы США поддержали ...": the subject of the content clause is addressed
        subjects = [
            subject
            for child in view.kids(candidate.trigger, "ccomp", "xcomp", "advcl", "csubj")
            for subject in view.kids(child, "nsubj")
        ]
        for subject in subjects + self.subject_after_chtoby(candidate.trigger):
            if candidate.rule.root in REACTION_ROOTS and self.patient_genitive(subject):
                continue  # ("высылка посла Румынии является провокацией": whom the act befell is not its agent)
            others = self.addressees(candidate, self.actors_at(subject))
            if others:
                candidate.targets, candidate.target_tokens = others, [subject]
                return
        if candidate.rule.root in REACTION_ROOTS:
            # "заявил, что введённые Китаем пошлины незаконны": the agent of a passive participle on the judged noun
            for agent in self.participle_agent(subjects):
                others = self.addressees(candidate, self.actors_at(agent))
                if others:
                    candidate.targets, candidate.target_tokens = others, [agent]
                    return
            # "суд приговорил Тимошенко ... МИД России заявил, что приговор является неприемлемым": a statement that
            # condemns an act its content clause names with no actor is aimed at the agents of that act told before
            for subject in subjects:
                others, words = self.told_act_agents(candidate, subject)
                if others:
                    candidate.targets, candidate.target_tokens = others, words
                    return

    def told_act_agents(self, candidate: Candidate, subject: int) -> tuple[list[Entity], list[int]]:
        """The agents of the act told before that a content clause's subject noun names with no agent of its own
        ("приговор", "высылка посла"), other than the candidate's sources."""
        view = self.view
        token = view.tokens[subject]
        if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim":
            return [], []
        if self.actors_at(subject) and not self.patient_genitive(subject):
            return [], []
        prefixes = self.act_codes(view.lemma(subject))
        agents = self.latest_told(prefixes, {actor_code(source) for source in candidate.sources}) if prefixes else []
        return (agents, [subject]) if agents else ([], [])

    def patient_genitive(self, noun: int) -> bool:
        """Whether an act noun's genitive names whom an act of its kind told before befell ("выслало посла Румынии
        ... высылка посла"), not the act's agent ("решение Москвы", "действия Чавеса")."""
        view = self.view
        prefixes = self.act_codes(view.lemma(noun))
        if not prefixes:
            return False
        befallen = {
            actor_code(target)
            for act in self.acts_before()
            if act.cameo.startswith(prefixes)
            for target in act.targets
        } - {None}
        return any(
            actor_code(actor) in befallen
            for child in view.kids(noun, "nmod")
            if view.case(child) == "Gen" and not view.preposition(child)
            for actor in self.actors_at(child)
        )

    def withdrawn_forces(self, candidate: Candidate, content: Candidate) -> tuple[list[Entity], list[int]]:
        """"потребовали вывести французские войска из страны", "потребовала отозвать посла Латвии": a demand that
        forces or envoys be withdrawn (word class ``withdraw``) is made to whom they belong, though the withdrawal's
        agent is not named (its object is); not a demand to stop attacks on one's own ("прекратить обстрелы")."""
        view = self.view
        if candidate.rule.root != DEMAND_ROOT or view.lemma(content.trigger) not in self.lexicon.word_classes["withdraw"]:
            return [], []
        for word in view.kids(content.trigger, "obj"):
            others = self.addressees(candidate, self.actors_at(word))
            if others:
                return others, [word]
        return [], []

    def subject_after_chtoby(self, trigger: int) -> list[int]:
        """"требует, чтобы правительство придерживалось конституции, в которой сказано ...": the parser may hang
        a long чтобы-clause under a later word; the clause that opens right after the verb is still its content,
        and the subject that follows "чтобы" before the clause's verb is the one addressed."""
        view = self.view
        after = trigger + 1
        while after < len(view.tokens) and view.tokens[after].pos == "PUNCT":
            after += 1
        if after == trigger + 1 or after >= len(view.tokens) or view.lemma(after) != "чтобы":
            return []
        for position in range(after + 1, min(after + 8, len(view.tokens))):
            if view.tokens[position].pos in ("VERB", "PUNCT"):
                break
            if view.rel(position) == "nsubj":
                return [position]
        return []

    def unseated(self, candidate: Candidate) -> tuple[list[Entity], list[int]]:
        """"потребовал лишить депутата мандата", "требуют уволить министра": a demand to remove someone from office
        is a demand for a change in leadership (1041) aimed at him, as "потребовал отставки министра" is, though
        whoever is to remove him is not named."""
        view = self.view
        classes = self.lexicon.word_classes
        unseat, outright, office = classes["unseat"], classes["unseat_outright"], classes["office"]
        for content in view.kids(candidate.trigger, "xcomp", "ccomp"):
            if view.tokens[content].feats.get("VerbForm") != "Inf" or view.lemma(content) not in unseat:
                continue
            below = [node for kid in view.kids(content) for node in [kid, *view.kids(kid)]]
            if view.lemma(content) not in outright and not any(view.lemma(node) in office for node in below):
                continue
            for word in view.kids(content, "obj"):
                others = self.addressees(candidate, self.actors_at(word))
                if others:
                    return others, [word]
        return [], []

    def infinitive_object(self, candidate: Candidate) -> tuple[list[Entity], list[int]]:
        """"угрожает ответить на расширение НАТО", "отказалась выдать Ассанжа Швеции": what one threatens or
        refuses to do oneself is aimed at whom the act names, though the act itself is no event word."""
        view = self.view
        aimed = PROMISED_PREPOSITIONS if candidate.rule.root == PROMISE_ROOT else AIMED_PREPOSITIONS
        if candidate.rule.root in (THREAT_ROOT, REFUSAL_ROOT):
            # "пригрозила закрыть границу для граждан Грузии", "отказался открыть рынок для японских товаров": what one
            # threatens or refuses to close or open "для" someone is aimed at them (not a demand: what it asks "для
            # Сирии" is asked of someone else)
            aimed = aimed | {"для"}
        # (a noun's infinitive the parser hangs as acl or nmod: "отказ Ирана принять резолюцию ООН")
        for content in view.kids(candidate.trigger, "xcomp", "acl", "nmod"):
            if view.tokens[content].feats.get("VerbForm") != "Inf" or view.kids(content, "nsubj"):
                continue
            for word in view.kids(content, "obj", "iobj", "obl"):
                dative = view.case(word) == "Dat" and not view.preposition(word)  # "отомстить Израилю"
                if view.rel(word) == "obl" and not dative and view.preposition(word) not in aimed:
                    continue  # "работать в правительстве", "выступить на форуме": where, not at whom
                others = self.addressees(candidate, self.actors_at(word))
                others = others or [
                    entity for owner in view.kids(word, "nmod") for entity in self.addressees(candidate, self.actors_at(owner))
                ]
                # "отказался подписать разработанный Москвой план": the agent of a passive participle on the object
                # owns it, as its genitive would ("план Москвы")
                others = others or [
                    entity for owner in self.participle_agent([word])
                    for entity in self.addressees(candidate, self.actors_at(owner))
                ]
                own = countries_of(candidate.sources)  # "откажется работать в правительстве": one's own side
                # but a demand made at home names whom it is aimed at by the public office it is about: "потребовал
                # лишить депутата мандата", "требует проверить министров" (not the own private people it asks
                # someone else to free or protect: "потребовал освободить французских журналистов")
                at_home = candidate.rule.root == DEMAND_ROOT and view.rel(word) == "obj"
                others = [
                    entity for entity in others
                    if country_part(actor_code(entity)) not in own
                    or (at_home and (actor_code(entity) or "")[3:6] in PUBLIC_OFFICE_ROLES)
                ]
                if others:
                    return others, [word]
        return [], []

    def consented_act_party(self, candidate: Candidate) -> tuple[list[Entity], list[int]]:
        """"согласился на отправку египетских пограничников", "дало согласие на участие Норвегии", "согласился на
        передачу Индии подозреваемых": consent to an act its "на" noun names, when the act codes nothing of its own,
        is given to the other side that noun's genitive or dative names (who takes part, is sent, receives: a name
        or people), never to one's own side."""
        view = self.view
        own = countries_of(candidate.sources)
        for act in view.kids(candidate.trigger, "obl", "nmod"):
            if view.preposition(act) != "на" or view.tokens[act].pos != "NOUN" or view.case(act) != "Acc":
                continue
            for word in view.kids(act, "nmod", "iobj", "obl"):
                if view.preposition(word) or view.case(word) not in ("Gen", "Dat"):
                    continue
                token = view.tokens[word]
                if token.pos != "PROPN" and token.feats.get("Animacy") != "Anim":
                    continue  # a thing of an actor ("на расположение штаб-квартиры ФСЭГ в Дохе") names no party
                others = [
                    entity for entity in self.addressees(candidate, self.actors_at(word))
                    if country_part(actor_code(entity)) not in own
                ]
                if others:
                    return others, [word]
        return [], []

    @staticmethod
    def addressees(candidate: Candidate, actors: list[Entity]) -> list[Entity]:
        """Who a content's actors make the addressee: not the source itself, and for a promise (03) or a threat
        (13) none of the source's own country: "премьер Японии пообещал, что Токио будет сотрудничать с
        Вашингтоном" and "предупредил, что армия ответит ударом" announce the source's own side's acts."""
        others = [entity for entity in actors if entity not in candidate.sources]
        if candidate.rule.root in OWN_ACT_ROOTS:
            own = countries_of(candidate.sources)
            others = [entity for entity in others if country_part(actor_code(entity)) not in own]
        return others

    def names_by_habit(self, position: int) -> bool:
        """"требования протестующих", "Асадом, подавляющим выступления": a present participle names people or a
        standing property by what they do, not an act the article reports; but "указ, запрещающий ..." is the
        decree's act (its signer's), and so is "принял резолюцию, требующую ..." (the adopting body's)."""
        view = self.view
        feats = view.tokens[position].feats
        # the tagger may call "подавляющим" a past participle; its suffix says present
        text = view.tokens[position].text.lower()
        # ... and may call "пригрозившая" present; its suffix says past
        present = PRESENT_ACTIVE_PARTICIPLE.search(text) or (
            feats.get("Tense") == "Pres" and not PAST_ACTIVE_PARTICIPLE.search(text)
        )
        if feats.get("VerbForm") != "Part" or not present:
            return False
        head = view.head(position)
        return head < 0 or not self.acting_document(head)

    def acting_document(self, noun: int) -> bool:
        """Whether ``noun`` is a document by which its signer or adopter acts, so that what it does ("указ,
        вводящий санкции", "закон, который запрещает ...") is an act: a decree, or a text the verb above adopts
        ("Совет принял резолюцию, требующую от Ирака ...": the text adopted now is the Council's act)."""
        view = self.view
        if view.lemma(noun) in self.lexicon.word_classes["adopted_text"]:
            adopter = view.head(noun)
            return adopter >= 0 and view.lemma(adopter) in self.lexicon.word_classes["adoption"]
        return view.lemma(noun) in self.lexicon.decrees

    def describes_antecedent(self, position: int) -> bool:
        """"хуситы, которых поддерживает Иран", "резолюция, которая запрещает ...": a relative clause in the
        present imperfective tells what its antecedent is (a standing state, a document's content), not an act."""
        view = self.view
        feats = view.tokens[position].feats
        return (
            view.rel(position) == "acl:relcl"
            and feats.get("VerbForm") == "Fin"
            and feats.get("Tense") == "Pres"
            and feats.get("Aspect") == "Imp"
            # but a document's content is its signer's act, as in a participle ("подписал указ, который вводит
            # санкции" as "указ, вводящий санкции")
            and not self.acting_document(view.head(position))
        )

    def due_in_past(self, position: int) -> bool:
        """"должен был стать генсеком": an obligation with a past copula tells what was due or planned, no demand;
        "должны быть готовы", "должна будет уйти" still say what someone must do."""
        view = self.view
        if view.lemma(position) not in self.lexicon.word_classes["obligation"]:
            return False
        return any(
            view.lemma(child) == "быть" and view.tokens[child].feats.get("Tense") == "Past"
            for child in view.kids(position, "cop", "aux")
        )

    def states_affairs(self, position: int) -> bool:
        """"поддерживал хорошие отношения", "работы не разрешаются", "власти стараются ограничить": a use of
        the event word that describes a standing state, not an act (``data/states.tsv``)."""
        states = self.lexicon.states
        contexts = states.get(self.view.lemma(position), []) + states.get("*", [])
        return any(
            all(self.requirement_holds(position, r.relation, r.lemmas) for r in context) for context in contexts
        )

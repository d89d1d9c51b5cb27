"""Negation, intent, condition and the other modalities of a trigger (part of ``SentenceCoder``)."""

from __future__ import annotations

from letopis.events.code_classes import SETTING_PREPOSITIONS
from letopis.events.lexicon import TriggerRule

URGED_KINDS = ("permission", "persuasion")  # a verb that allows or urges an act leaves it undone
STOPPED = {"obj", "xcomp", "nsubj:pass"}  # what a verb of ending or calling off ends: "отложил визит"
# how a hedge word hangs on the verb it hedges: "якобы подал", "возможно, направит", "как ожидается, посетит",
# "по всей видимости, хотел"
HEDGE_RELATIONS = ("advmod", "parataxis", "discourse")
HEDGE_KINDS = ("hypothesis", "hedge")


class Qualifiers:
    """The qualifiers of ``SentenceCoder``: reads its ``view`` and ``lexicon``."""

    def modality(self, position: int) -> str | None:
        view = self.view
        nodes = [position]
        token = view.tokens[position]
        # a nominal event in the nominative is a subject whatever the parser says ("арест ... позволит")
        subject = token.pos == "NOUN" and token.feats.get("Case") == "Nom" and view.rel(position) != "nsubj:pass"
        setting_future = False
        for ancestor in view.ancestors(position, 4):
            if self.circumstance(nodes[-1]):
                # "во время визита в Китай ... договорился о": the visit is no part of the agreement; but one the
                # act is told during shares its time ("в ходе визита в Китай подпишет соглашение": to come)
                setting_future = view.preposition(nodes[-1]) in SETTING_PREPOSITIONS and self.setting_to_come(ancestor)
                break
            if self.conversation_setting(nodes[-1]) or len(nodes) > 1 and self.setting_frame(nodes[-2], nodes[-1], ancestor):
                # "на встрече с премьером Японии предложил возобновить диалог": the meeting the offer was made at
                # was held; it shares only the time of the act told in it ("на встрече ... предложит": to come)
                setting_future = self.setting_to_come(ancestor)
                break
            if self.converb_clause(nodes[-1]):
                break  # "согласился вывести войска, уступив требованиям": the yielding is done, not intended
            if self.done_conjunct(nodes[-1]):
                break  # "намерена выслать посла и ввела санкции": the sanctions are done, whatever the plan beside them
            if subject or view.rel(nodes[-1]) in ("nsubj", "csubj"):
                # "арест позволит снизить насилие": what a predicate says of its subject does not qualify it;
                # but "встреча состоится": the tense of the verb of happening is the event's
                if self.lexicon.modality.get(view.lemma(ancestor)) == "happen" and view.head(nodes[-1]) == ancestor:
                    nodes.append(ancestor)
                break
            nodes.append(ancestor)
        purpose = None  # "готова направить средства, чтобы помочь": the intent above the purpose decides
        # an intent or a future decides unless a report or rumour above tells it second-hand ("появилась
        # информация о том, что он покинет пост")
        intended = "future" if self.is_future(position) or setting_future else None
        if self.hedged(nodes):
            return "hypothesis"  # "письмо, в котором он якобы подал в отставку": supposed, not reported
        for index, node in enumerate(nodes):
            kind = self.lexicon.modality.get(view.lemma(node)) if node != position else None
            if kind == "knowledge" and self.denied(node):
                return "hypothesis"  # "не знает, кто убил", "не может доказать", "не подтверждают информацию"
            if kind == "hearsay" or (kind == "report" and intended):
                return "hearsay"  # "слухи, согласно которым король собирается отречься"
            if kind == "hope" and index and view.rel(nodes[index - 1]) != "xcomp" and view.tokens[node].pos != "PROPN":
                return "hypothesis"  # "выразил надежду, что подданные окажут поддержку" (not "надеется провести", not the name Надежда)
            if self.hoped_clause(node):
                return "hypothesis"  # the parser hung "..., что его поддержит X" past "выразил надежду" it follows
            if kind in URGED_KINDS and index and view.rel(nodes[index - 1]) == "xcomp":
                # "разрешит наблюдателям посетить лагеря": allowed, not done; "будет убеждать уйти": urged, not done
                return "hypothesis"
            if intended == "future" and self.conditional(node):
                return "condition"  # a future is no intent under "если": "если Сенат одобрит", "если ..., то отстранят"
            # (an intent word's offer stays one on its terms: "готова предоставить автономию, если Тирасполь
            # откажется ...", "пообещал освободить пленных, если ..." is a conditional offer, CAMEO 03)
            if intended:
                continue
            if node != position and view.lemma(node) in self.lexicon.speech_verbs:
                break
            # "если", "чтобы"; and the particle of the conditional mood: "потребовало бы", "это бы означало"
            kinds = [self.lexicon.modality.get(view.lemma(child)) for child in view.kids(node, "mark", "aux")]
            if node != position:
                kind = self.lexicon.modality.get(view.lemma(node)) or self.passive_stop(node)
                if kind == "hypothesis" and self.reserved_right(node):
                    kind = "intent"
                if kind == "stop" and view.rel(nodes[index - 1]) not in STOPPED and not self.ended_by_noun(nodes[index - 1], node):
                    kind = None  # "слушания отложены, но президент поддерживает": only what the verb ends is ended
                if kind == "hope" and view.rel(nodes[index - 1]) == "xcomp" and view.tokens[node].pos == "VERB":
                    kind = "intent"  # "надеется провести переговоры": what one hopes to do oneself is an intent
                kinds.append(None if kind in ("happen", "hope", "hedge", *URGED_KINDS) else kind)
                if view.tokens[node].pos == "VERB" and self.is_future(node):
                    kinds.append("future")  # "не будут возражать против вооружения ..."
            for kind in kinds:
                if kind == "purpose":
                    purpose = kind
                elif kind == "intent" and purpose and view.lemma(node) in self.lexicon.word_classes["decided"]:
                    # "поручил швее сделать маски, чтобы пожертвовать их": what a decided or instructed act is for
                    # is not itself decided
                    continue
                elif kind in ("intent", "future"):
                    intended = kind  # a hope, report or condition above still decides ("надежду, что ... будут предъявлены")
                elif kind in ("hearsay", "report", "knowledge"):
                    continue
                elif kind:
                    return kind
        return intended or purpose

    def done_conjunct(self, node: int) -> bool:
        """A finite past verb conjoined to a word of intent ("намерена выслать посла и ввела санкции") tells an act
        of its own tense: the intent it is joined to does not reach it."""
        view = self.view
        feats = view.tokens[node].feats
        if view.rel(node) != "conj" or feats.get("VerbForm") != "Fin" or feats.get("Tense") != "Past":
            return False
        return self.lexicon.modality.get(view.lemma(view.head(node))) == "intent"

    def setting_to_come(self, verb: int) -> bool:
        """Whether the meeting an act is told at is still to come: the act's verb is a future, or a plan of the
        subject's own ("на встрече с X собирается обсудить", "в ходе визита намерен подписать"); a promise or
        proposal made there (word classes consent, proposal) was made at a meeting held."""
        view = self.view
        if self.is_future(verb):
            return True
        lemma = view.lemma(verb)
        classes = self.lexicon.word_classes
        return self.lexicon.modality.get(lemma) == "intent" and lemma not in classes["consent"] | classes["proposal"]

    def reserved_right(self, node: int) -> bool:
        """"оставляет за собой право применить силу": a right a side keeps in reserve announces what it may do to
        another side (an intent; with force, a threat), not a mere possibility as "имеет право" or "право на"."""
        view = self.view
        return view.lemma(node) == "право" and view.lemma(view.head(node)) in self.lexicon.word_classes["reserving"]

    def hoped_clause(self, node: int) -> bool:
        """Whether ``node`` heads a clause "что ..." that follows a word of hope right before it ("выразил надежду,
        что его поддержит X", "надеется, что Германия поможет"), whatever verb the parser hung the clause on: a
        hoped-for act has not happened (read on the surface: under "стоит напомнить, что ..." the parser may give
        the hope's clause to the outer verb)."""
        view = self.view
        for mark in view.kids(node, "mark"):
            if view.lemma(mark) != "что" or mark < 2 or view.tokens[mark - 1].text != ",":
                continue
            hope = mark - 2
            if self.lexicon.modality.get(view.lemma(hope)) == "hope" and view.tokens[hope].pos != "PROPN":
                return True
        return False

    def observers_view(self, position: int) -> bool:
        """Whether an observer (an expert, analyst, political scientist, journalist: word class bystander) tells the
        act as his view or forecast: under a word of believing or expecting ("политолог полагает, что Вашингтон будет
        наращивать присутствие, предлагая Астане маршруты", "по оценке экспертов, ...", "аналитики ожидают, что
        ..."), or in his words as an act to come ("эксперты говорят, что Пекин введёт пошлины"). The nearest
        holder decides, and a view of what an act in a subject means leaves that act told ("визит в Алжир поможет
        улучшить отношения, считают эксперты"): a party's view is its own statement or accusation, and an observer's report of a past act
        ("журналист сообщил, что полиция задержала ...") is still news."""
        view = self.view
        beliefs = self.lexicon.word_classes["belief"]
        according = self.lexicon.word_classes["according"]
        speech = self.lexicon.speech_verbs
        future = False
        for node in [position, *view.ancestors(position, 3)]:
            future = future or view.is_future(node) or self.lexicon.modality.get(view.lemma(node)) == "intent"
            if node != position and (view.lemma(node) in beliefs or future and view.lemma(node) in speech):
                return self.observers(self.statement_speaker(node))
            for child in view.kids(node, "obl", "parataxis"):
                lemma = view.lemma(child)
                if view.preposition(child) == "по" and (
                    lemma in beliefs or future and lemma in according
                ):
                    return self.observers(view.kids(child, "nmod"))  # "по мнению экспертов", "по словам политолога"
                if view.rel(child) == "parataxis" and (lemma in beliefs or future and lemma in speech):
                    return self.observers(self.statement_speaker(child))  # "..., считают аналитики"
            if view.rel(node) in ("nsubj", "csubj"):
                # "призыв резервистов свидетельствует о подготовке к наступлению, считают аналитики": the view is
                # what the predicate says of its subject, the act in the subject is told as done
                break
        return False

    def observers(self, words: list[int]) -> bool:
        """Whether the words name observers only (and some)."""
        return bool(words) and all(self.observer(word) for word in words)

    def observer(self, word: int) -> bool:
        """Whether the word names an observer: "политолог", "эксперты", "Аркадий Дубнов, политолог"; or the
        respondents of a poll, also as a share of them ("73% респондентов", "половина участников опроса")."""
        view = self.view
        bystanders = self.lexicon.word_classes["bystander"]
        respondents = self.lexicon.word_classes["respondent"]
        words = [word, *view.kids(word, "appos", "flat:name")]
        if view.rel(word) == "appos" and view.head(word) >= 0:
            words.append(view.head(word))
        if view.lemma(word) in self.lexicon.word_classes["share"] or view.tokens[word].pos == "NUM":
            words += view.kids(word, "nmod")
        return any(
            view.lemma(each) in bystanders or view.lemma(each) in respondents
            or any(view.lemma(poll) in respondents for poll in view.kids(each, "nmod"))  # "участники опроса"
            for each in words
        )

    def passive_stop(self, node: int) -> str | None:
        """The "-ся" passive of a verb of ending ends its subject as the verb ends its object: "домашний арест
        снимается", "обстрел приостанавливается", "эмбарго отменяется" (only "stop": other kinds keep their own
        "-ся" lemmas)."""
        view = self.view
        lemma = view.lemma(node)
        if not lemma.endswith(("ся", "сь")) or not view.is_passive(node):
            return None
        return "stop" if self.lexicon.modality.get(lemma[:-2]) == "stop" else None

    def ended_by_noun(self, word: int, noun: int) -> bool:
        """A noun of ending or lifting ends its bare genitive as its verb ends its object: "снятие эмбарго, введенного
        в 1986 году", "отмена санкций", "приостановка поставок" (the lifting is the event, not the embargo)."""
        view = self.view
        return view.tokens[noun].pos == "NOUN" and view.rel(word) == "nmod" and not view.preposition(word) and (
            view.case(word) in ("Gen", "")
        )

    def hedged(self, nodes: list[int]) -> bool:
        """Whether a hedge word set on the trigger or a verb above it, below any verb of saying, makes its act only
        supposed: "якобы подал в отставку", "возможно, направит войска", "как ожидается, посетит", "по всей
        видимости, хотел выразить протест" (a speaker's own hedge on his report hedges the report, not the act). A
        clause of its own with a subject is no hedge: "выступил с предупреждением в адрес Грузии, что
        Москва может нанести удары" (the content clause the parser hung on the verb as parataxis)."""
        view = self.view
        for node in nodes:
            if node != nodes[0] and view.lemma(node) in self.lexicon.speech_verbs:
                return False
            if any(
                self.lexicon.modality.get(view.lemma(child)) in HEDGE_KINDS and not view.kids(child, "nsubj")
                for child in view.kids(node, *HEDGE_RELATIONS)
            ):
                return True
        return False

    def plan_named(self, position: int) -> bool:
        """An infinitive that a noun of a plan or decision governs names that plan, not an act: "против решения
        направить войска в Ирак", "план выделить помощь"."""
        view = self.view
        if view.tokens[position].feats.get("VerbForm") != "Inf":
            return False
        # the parser may hang the infinitive far away, but the noun right before it governs it
        nouns = [node for node in (view.head(position), position - 1) if node >= 0]
        return any(
            view.tokens[node].pos == "NOUN"
            and view.lemma(node) in self.lexicon.word_classes["plan"]
            # "объявил о решении сложить полномочия", "принял решение уйти": the decider tells his own act
            and not self.decision_announced(node)
            for node in nouns
        )

    def offer_of_owner(self, position: int, rule: TriggerRule) -> bool:
        """An infinitive of a cooperative act under a noun of offering or promising that names its maker ("предложение
        Узбекистана предоставить американцам авиабазу", "обещание Ливии допустить инспекторов"): the maker's
        intent (word class ``offer``), not a plan someone discusses."""
        view = self.view
        if not rule.root or rule.root > "08" or not (rule.intent or self.lexicon.intent_of(rule)):
            return False
        nouns = [node for node in (view.head(position), position - 1) if node >= 0]
        return any(
            view.tokens[node].pos == "NOUN"
            and view.lemma(node) in self.lexicon.word_classes["offer"]
            and any(
                view.case(owner) == "Gen" and not view.preposition(owner) and owner < position
                for owner in view.kids(node, "nmod")
            )
            for node in nouns
        )

    def option_named(self, position: int) -> bool:
        """An infinitive (the trigger, or the verb whose object the trigger noun is) that a noun of a way or option
        governs or that is that noun's predicate names an option someone sees, not an act: "единственный способ
        вернуться — это принести извинения", "лучший выход из кризиса — начать переговоры", "единственным
        вариантом остается ввести санкции", "нет другого выхода, кроме как начать переговоры". Read on the surface: the parser rarely links the two across the dash."""
        view = self.view
        tokens = view.tokens
        verb = position
        if tokens[verb].pos == "NOUN" and view.rel(verb) == "obj" and view.head(verb) >= 0:
            verb = view.head(verb)  # "провести переговоры"
        if tokens[verb].feats.get("VerbForm") != "Inf":
            return False
        classes = self.lexicon.word_classes
        option, copula = classes["option"], classes["copula"]
        if view.head(verb) >= 0 and view.lemma(view.head(verb)) in option:
            return True  # "способ урегулировать конфликт"
        node, linked = verb - 1, False
        while node >= 0 and (tokens[node].text in ("—", "–", "-", "это") or view.lemma(node) in copula):
            linked = True  # "выход — это начать", "вариантом остается ввести"
            node -= 1
        if node >= 1 and view.lemma(node) == "как" and view.lemma(node - 1) == "кроме":
            linked = True  # "не видит другого выхода, кроме как начать переговоры"
            node -= 2
            if node >= 0 and tokens[node].text == ",":
                node -= 1
        if not linked:
            return False
        for word in range(node, max(node - 12, -1), -1):
            if view.lemma(word) in option and tokens[word].pos == "NOUN":
                return True
            if tokens[word].pos == "SCONJ" or tokens[word].feats.get("VerbForm") == "Fin":
                return False  # the option must stand in the infinitive's own clause
        return False

    def decision_announced(self, noun: int) -> bool:
        view = self.view
        head = view.head(noun)
        return head >= 0 and (view.lemma(head) in self.lexicon.speech_verbs or view.lemma(head) == "принять")

    def conditional(self, node: int) -> bool:
        """A clause under "если", or the main clause of one ("если Сенат примет дело, Руссефф отстранят"), also
        when the parser leaves that main clause a tree of its own ("Если ..., то Руссефф будет отстранена ..., и
        ... станет Темер": a sentence that opens with the condition)."""
        view = self.view
        opens_with_condition = bool(view.tokens) and self.lexicon.modality.get(view.lemma(0)) == "condition"
        return self.marked_as(node, "condition") or any(
            self.marked_as(clause, "condition") for clause in view.kids(node, "advcl")
        ) or (opens_with_condition and view.head(node) < 0)

    def marked_as(self, clause: int, kind: str) -> bool:
        """Whether a subordinating word of ``clause`` has the modality ``kind`` of ``modality.tsv`` ("если":
        condition, "чтобы": purpose)."""
        view = self.view
        return any(self.lexicon.modality.get(view.lemma(mark)) == kind for mark in view.kids(clause, "mark"))

    def denied(self, node: int) -> bool:
        """A negated verb, also through its modal: "не знает", "не может доказать"."""
        view = self.view
        head = view.head(node)
        ability = self.lexicon.word_classes["ability"]
        return view.negated(node) or (
            head >= 0 and view.rel(node) == "xcomp" and view.lemma(head) in ability and view.negated(head)
        )

    def is_future(self, position: int) -> bool:
        """A future form, or a verb with the future auxiliary ("будут возражать": the tagger calls it present),
        also of the passive ("будет отстранена", "будут предъявлены")."""
        return self.view.is_future(position)

    def is_negated(self, position: int) -> bool:
        view = self.view
        if view.negated(position):
            return True
        # a nominal event under a negated support verb: "не провели переговоров"
        head = view.head(position)
        if head >= 0 and view.lemma(head) in self.lexicon.word_classes["stage"] and view.rel(position) in ("nmod", "obl"):
            position, head = head, view.head(head)  # "не примет участия в переговорах": the part's verb is the event's
        elif head >= 0 and view.lemma(head) in self.lexicon.decisions and view.rel(position) == "nmod" and view.preposition(position) == "о":
            # "решение о выводе войск не принято", "не приняло решения о высылке": a decision not taken decides nothing
            position, head = head, view.head(head)
        if head < 0 or not view.negated(head):
            return False
        if view.rel(position) in ("nsubj", "nsubj:pass"):
            # "переговоры не состоялись": a verb of happening denies its subject; "визит не поможет" does not;
            # a support verb in the passive denies its own object ("обвинений ему не предъявлено")
            return self.lexicon.modality.get(view.lemma(head)) == "happen" or view.is_passive(head)
        if view.rel(position) == "obl" and view.lemma(head) in self.lexicon.word_classes["participate"]:
            return True  # "не будет участвовать в переговорах"
        return view.rel(position) in ("obj", "xcomp")

    def blocked(self, position: int, triggers: dict[int, TriggerRule]) -> bool:
        """An event word that is the content of a demand, threat, accusation or refusal is not an event."""
        for ancestor in self.content_path(position):
            rule = triggers.get(ancestor)
            if rule is not None and rule.root in self.lexicon.blocking_roots:
                return True
            if self.view.lemma(ancestor) in self.lexicon.speech_verbs:
                return False
        return False

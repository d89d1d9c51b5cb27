"""Actors the text implies but does not name: the state of the place ("в КНДР казнён чиновник"),
unknown attackers, private people and the country of a place (part of ``SentenceCoder``)."""

from __future__ import annotations

from collections.abc import Iterator

from letopis.events.anaphora import resolve_pronoun
from letopis.events.candidate import (
    UNKNOWN_PERSON,
    Candidate,
    ToldAct,
    actor_code,
    context_actor,
    countries_of,
    country_part,
    guessed_country,
    guessed_owner,
    is_domestic,
)
from letopis.events.code_classes import (
    ARMED_GROUP_ROLES,
    CIRCUMSTANCE_MARKS,
    CIRCUMSTANCE_PREPOSITIONS,
    CONCERN_CODES,
    DEMAND_ROOT,
    DEMONSTRATIVES,
    OFFICIAL_ROLES,
    PATIENT_ACT_ROOTS,
    PERSONAL,
    REACTION_ROOTS,
    RELEASE_CODE,
    SUPPORTED,
    TOLD_ATTACK_FRAMES,
    TOLD_ATTACK_PREPOSITIONS,
    UNKNOWN_AGENT_ROOTS,
)
from letopis.events.lexicon import Slot, TriggerRule
from letopis.events.roles import names_country, names_state, role_for
from letopis.kb.countries import STATE_ROLES
from letopis.model import Entity

# "эти/такие/подобные заявления": the words that point a plural act noun back to the acts just told (the
# demonstratives of "этот шаг" and "все"), and how many sentences back it reaches
POINTING_BACK = DEMONSTRATIVES | {"весь", "все"}
PLURAL_REACH = 2
# what a reaction that names nothing is not aimed at when told just before: another reaction (a chain of reactions is
# another's: "также", ``joined_reaction``), a statement, an appeal or a demand, which the reaction answers less often
# than the situation they are about ("ОАГ потребовала восстановить президента. Обама выразил обеспокоенность.")
UNREACTED_ROOTS = REACTION_ROOTS | {"01", "02", "10"}
# "любое вмешательство будет встречено отпором": a retaliation promised for any act of a kind, not for one told
ANY_ACT = {"любой", "всякий"}
# the reactions a headline may tell that a body sentence tells again with no object (a protest is the headline's
# word for a complaint: "Япония протестует против визита" / "Токио выразил протест")
HEADLINE_REACTION_ROOTS = REACTION_ROOTS | {"14"}
# the acts a participle of happening stands for as a reaction's object ("осудил случившееся", "назвал произошедшее
# «переворотом»"): an incident the story told, a protest, posture, coercion or violence, not words or deals
HAPPENING_ROOTS = ("14", "15", "17", "18", "19", "20")
# the prepositions by which a reaction names what it reacts to, even an act of no actor ("протест в связи с
# инцидентом", "критика по поводу решения", "в адрес властей")
AIMED_AT = {"в связи с", "по поводу", "в адрес", "против", "из-за", "на", "за", "в ответ на"}


class ImpliedActors:
    """The implied actors of ``SentenceCoder``: reads its ``view`` and sentence context."""

    def state_body_named(self, country: str) -> bool:
        """Whether the sentence names a body of ``country``'s state (its ministry, police, court ...)."""
        return any(
            covering is not None
            and country_part(actor_code(covering[1])) == country
            and (actor_code(covering[1]) or "")[3:] in OFFICIAL_ROLES | {"LEG"}
            for covering in self.view.covering
        )

    def removal(self, position: int) -> bool:
        """"уволен", "освобождён от должности", "отправлен в отставку": a removal from office."""
        view = self.view
        nouns = [child for child in view.children[position] if view.tokens[child].pos != "VERB"]
        near = [position, *nouns, *(grand for child in nouns for grand in view.children[child])]  # not "занимать должности"
        if any(view.lemma(node) in self.lexicon.word_classes["retirement"] for node in view.subtree(position)):
            return False
        return any(view.lemma(node) in self.lexicon.word_classes["removal"] for node in near)

    def names_nationality(self, words: list[int] | None, country: str) -> bool:
        """Whether the phrases of ``words`` give a person's nationality as ``country``: "российский программист",
        "гражданин России", "двое россиян" (but "мэр Екатеринбурга" names an office, not a foreigner)."""
        view = self.view
        for word in words or []:
            for node in view.subtree(word):
                covering = view.covering[node]
                if covering is None or country_part(actor_code(covering[1])) != country:
                    continue
                nationality = self.lexicon.word_classes["nationality"]
                if covering[0].kind in ("adjective", "demonym") or view.lemma(view.head(node)) in nationality:
                    return True
        return False

    def named_only_in_other_clause(self, country: str, position: int) -> bool:
        """Whether the sentence names ``country`` only inside a relative clause of a noun that does not hold the
        trigger ("В связи с терактами, которые планировались в Великобритании, ему предъявлено обвинение"), or inside
        a later coordinated clause with a subject of its own ("X арестован, а его адвокат обвинил американские
        спецслужбы"): the place or a party of another act, not the scene of this one."""
        view = self.view
        nodes = [node for node, covering in enumerate(view.covering)
                 if covering is not None and country_part(actor_code(covering[1])) == country
                 and not guessed_country(covering[1])]  # "журналист (США)": the country its context gave it
        if not nodes:
            return False
        for node in nodes:
            clause = node
            while clause >= 0 and not (view.rel(clause) == "acl:relcl" or self.own_clause(clause)):
                clause = view.head(clause)
            if clause < 0 or position in view.subtree(clause):
                return False
        return True

    def own_clause(self, node: int) -> bool:
        """Whether ``node`` heads a coordinated clause with a subject of its own: "..., а его адвокат обвинил"
        (not "задержан в Германии и экстрадирован", whose conjuncts share the one subject)."""
        view = self.view
        return view.rel(node) == "conj" and bool(view.kids(node, "nsubj", "nsubj:pass"))

    def unknown_agent(self, position: int, rule: TriggerRule, targets: list[Entity] | None = None) -> bool:
        """A violent act whose subject the text leaves unidentified ("неизвестные открыли огонь по патрулю"), or
        undergone by ``targets`` from no named side."""
        view = self.view
        if self.released_by_captors(position, rule):
            return True
        if rule.root in UNKNOWN_AGENT_ROOTS and undergone(rule) and targets:
            # "колонна попала под обстрел", "патруль подвергся нападению": people or a unit undergo an attack whose
            # attacker the text does not name: unknown ("---"), not the state of the place. (A town under fire is
            # a side's target in a war the story tells: "обстрелу подвергся Краматорск" is the other side's.)
            return all(target.type != "LOC" for target in targets)
        if rule.root not in UNKNOWN_AGENT_ROOTS or view.rel(position) == "acl":
            # "неизвестные преступники, похитившие ...": a participle names them by an act told in its own clause
            return False
        subjects = view.kids(position, "nsubj")
        if not subjects and view.rel(position) in SUPPORTED and view.head(position) >= 0:
            subjects = view.kids(view.head(position), "nsubj")  # "неизвестные открыли огонь"
        if not subjects:
            subjects = self.inherited_subject(position)  # "нападавшему удалось убить"
        # "неизвестный мужчина ранил ...": the person is unknown, not a civilian of the place
        return any(
            any(view.lemma(word) in self.lexicon.unknown_agents for word in [subject, *view.kids(subject, "amod")])
            and not self.actors_at(subject)
            for subject in subjects
        )

    def attacker_of_told_attack(self, position: int) -> list[Entity]:
        """"Боевики похитили двух французов. При нападении был убит гражданин Германии": an agentless violent act
        told as happening in an attack ("при нападении", "в ходе нападения") that names no attacker of its own is
        done by the agents of the latest violent act (18-20) the article told before, when they are of one country."""
        view = self.view
        attack_nouns = self.lexicon.word_classes["told_attack"]
        attacks = []
        for child in view.kids(position, "obl"):
            lemma = view.lemma(child)
            if lemma in attack_nouns and any(view.has_preposition(child, word) for word in TOLD_ATTACK_PREPOSITIONS):
                attacks.append(child)
            elif lemma in TOLD_ATTACK_FRAMES and view.has_preposition(child, "в"):
                attacks += [noun for noun in view.kids(child, "nmod") if view.lemma(noun) in attack_nouns]
        if not attacks or any(self.actors_at(kid) for noun in attacks for kid in view.kids(noun, "nmod", "amod")):
            return []  # ("при нападении боевиков": the attack names its own attacker)
        for act in self.acts_before():
            if act.cameo[:2] in UNKNOWN_AGENT_ROOTS:
                agents = [agent for agent in act.agents if actor_code(agent)]
                return agents if len(countries_of(agents)) == 1 else []
        return []

    def released_by_captors(self, position: int, rule: TriggerRule) -> bool:
        """A release (084) by captors the text does not name (word class captor): "заложники были отпущены
        похитителями", "похитители освободили журналистов" (EVENTS.md: unknown kidnappers are "---"), not an act of
        the state of the place."""
        return any(not group for _word, group in self.captors(position, rule))

    def captors(self, position: int, rule: TriggerRule) -> list[tuple[int, list[Entity]]]:
        """The unnamed captors who make a release (084), each with the group the text says they are of
        ("своими похитителями из группировки «Исламская армия в Ираке»": that group), or none."""
        view = self.view
        if not rule.cameo.startswith(RELEASE_CODE):
            return []
        agents = view.kids(position, "nsubj") + [
            word for word in view.kids(position, "obl") if view.case(word) == "Ins" and not view.preposition(word)
        ]
        captors = self.lexicon.word_classes["captor"]
        found = []
        for word in agents:
            if view.lemma(word) not in captors or self.actors_at(word):
                continue
            # (the parser may hang the "из" phrase on the verb: "отпущены своими похитителями из группировки X")
            adjacent = [kid for kid in view.kids(position, "obl")
                        if kid > word and all(view.head(between) == kid for between in range(word + 1, kid))]
            group = next(
                (
                    actors
                    for kid in view.kids(word, "nmod") + adjacent
                    if view.preposition(kid) == "из"
                    for node in [kid, *view.kids(kid, "nmod", "appos", "flat", "flat:name")]
                    for actors in [self.actors_at(node)]
                    if actors
                ),
                [],
            )
            found.append((word, group))
        return found

    def context_target(
        self,
        position: int,
        slots: list[Slot],
        passive: bool,
        anchors: list[int],
        sources: list[Entity],
        detained: bool = False,
    ) -> tuple[list[Entity], list[int]]:
        """A person the text does not link is of the country where it happens, else of the acting state:
        "полиция задержала стрелка" in Texas, "в КНДР казнён чиновник". With ``detained``, so are people named by a
        participle of holding them (word class detained: "отпустили семерых задержанных")."""
        places = [place.actor.code for place in self.place_actor(position)[0] if place.actor]
        acting = [source.actor.code for source in sources if source.actor]
        if acting and all((code or "")[3:] in ARMED_GROUP_ROLES for code in acting):
            # an armed group strikes wherever the story is: "сторонник ИГ убил одного человека" in a story of
            # Paris kills a Frenchman, not a Syrian (its own country is only the one it fights in at home)
            acting = [self.context_country or "", *acting]
        found = [country_part(code) for code in places + acting]
        country = next((code for code in found if code), None) or self.context_country
        if country is None:
            return [], []
        quantity = self.lexicon.word_classes["quantity"]
        for slot in slots:
            for found in self.slot_words(position, slot, passive, anchors):
                # "задержала десятки сторонников оппозиционного кандидата": a number noun stands for its genitive
                counted = [
                    child for child in self.view.kids(found, "nmod")
                    if self.view.case(child) == "Gen" and not self.view.preposition(child)
                ] if self.view.lemma(found) in quantity else []
                word = next(iter(counted), found)
                token = self.view.tokens[word]
                # a named person the knowledge base does not know may be a foreigner ("в Нидерландах был
                # арестован Владимир Дринкман"): only a common noun ("стрелка", "чиновник") takes the place
                if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and self.foreigner(word):
                    return [UNKNOWN_PERSON], [word]  # "пригрозили убивать иностранцев": of no country the text names
                if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim":
                    # a person no role noun or name codes ("стрелка", "пять человек") is a civilian (EVENTS.md CVL)
                    return [context_actor(country, "CVL")], [word]
                if detained and token.feats.get("VerbForm") == "Part" and (
                    self.view.lemma(word) in self.lexicon.word_classes["detained"]
                ):
                    return [context_actor(country, "CVL")], [word]  # "освободили семерых задержанных"
        return [], []

    def private_person(
        self,
        position: int,
        slots: list[Slot],
        passive: bool,
        anchors: list[int],
        others: list[Entity],
        gatherings: bool = False,
    ) -> tuple[list[Entity], list[int]]:
        """An argument naming a private person the knowledge base does not know ("Мирзаев", "мужчина", "его"
        for such a person) is a civilian of the country where it happens, when the other side is of that
        country: a foreigner is often not named as one, and no actor is better than a wrong one. With ``gatherings``, a
        rally stands for the people in it, as what is acted on ("разогнала акцию протеста"), never as who acts."""
        country = self.scene_country(position) or self.context_country
        if country is None:
            return [], []
        if others and all(country_part(actor_code(other)) != country for other in others):
            return [], []
        view = self.view
        for slot in slots:
            for found in self.slot_words(position, slot, passive, anchors):
                # "в квартире блогера", "в доме Чарли Роули": a person's home stands for him
                owners = [
                    child for child in view.kids(found, "nmod")
                    if view.case(child) == "Gen" and not view.preposition(child)
                ] if view.lemma(found) in self.lexicon.word_classes["home"] else []
                for word in [found, *owners]:
                    if self.foreigner(word):
                        continue  # "задержали иностранцев": not the place's civilians
                    if view.tokens[word].pos == "NOUN" and view.lemma(word) in self.lexicon.private_people:
                        return [context_actor(country, "CVL")], [word]
                    gathering = view.lemma(word) in self.lexicon.word_classes["gathering"]
                    if gatherings and gathering and view.tokens[word].pos == "NOUN":
                        return [context_actor(country, "CVL")], [word]  # "разогнала акцию протеста": its people
                    # a named person may be the foreign national the article names as one elsewhere
                    # ("гражданин Беларуси Мардахаев ... суд приговорил Мардахаева")
                    if not (self.nationalities - {country}) and self.means_unknown_person(word):
                        return [context_actor(country, "CVL")], [word]
        return [], []

    def foreigner(self, word: int) -> bool:
        """"иностранцев", "иностранных туристов": a person the text makes a foreigner where he is."""
        foreign = self.lexicon.word_classes["foreigner"]
        return any(self.view.lemma(node) in foreign for node in [word, *self.view.kids(word, "amod")])

    def scene_country(self, position: int) -> str | None:
        """The country of the place where the event at ``position`` happens, or of the place of a rally it
        governs ("приняли участие в марше протеста в Белграде": the place of the rally is the crowd's)."""
        view = self.view
        scenes = [position, *(
            child for child in view.children[position] if view.lemma(child) in self.lexicon.word_classes["gathering"]
        )]
        places = [
            country_part(actor_code(place))
            for scene in scenes
            for place in self.place_actor(scene)[0] + self.venue_city(scene)
        ]
        return next((code for code in places if code), None)

    def crowd(
        self,
        position: int,
        slots: list[Slot],
        anchors: list[int],
        passive: bool = False,
        home: str | None = None,
        opposed: frozenset[str] = frozenset(),
    ) -> tuple[list[Entity], list[int]]:
        """An unnamed crowd that protests ("тысячи людей вышли на акцию протеста в Москве", "в Москве прошла акция
        протеста") is the civilians of the country of the place named in the sentence; with no place, nothing
        (the article's country is too weak a guess for who protests). A crowd acted on ("задержаны более 600
        человек", ``passive``) is, with no place named, the civilians of the ``home`` of the state that acts."""
        view = self.view
        country = self.scene_country(position)
        if country is None:
            # "прошли по улицам Сеула в знак протеста": the place of the march the protest is told by
            verb = next((node for node in view.ancestors(position, 3) if view.tokens[node].pos == "VERB"), -1)
            country = self.scene_country(verb) if verb >= 0 else None
        country = country or home
        if country is None:
            # "тысячи мусульман в Пакистане протестовали": the place in the crowd's own phrase
            country = self.crowd_place(position, slots, passive, anchors)
        if country is None and not passive:
            # "начали пикетирование эстонского посольства в Москве": where the mission they stand before is
            country = self.mission_place()
        story, from_story = getattr(self, "story_country", None), False
        festive = any(view.lemma(node) in self.lexicon.word_classes["celebration"] for node in range(len(view.tokens)))
        # "Протестующие собрались у посольства США" in a story of the USA: a country named only as a mission's or
        # visitor's owner is abroad where the crowd is
        if country is None and not passive and story and story not in opposed | self.countries_abroad() and not festive and not (
            self.named_countries() - {story} - opposed
        ):
            # "десятки тысяч человек вышли на Октябрьскую площадь" in a story of Minsk: a sentence that names no
            # other country than the story's tells of a crowd where the story is (not one out to celebrate: "вышли на
            # улицы городов, где проходят торжественные парады")
            country, from_story = story, True
        if country is None or country in opposed:
            return [], []
        crowd = self.lexicon.word_classes["crowd"]
        if view.lemma(position) in self.lexicon.word_classes["gathering"] and view.rel(position) == "nsubj":
            if from_story:
                return [], []  # "проходил пикет": whose, a place of its own would tell
            return [context_actor(country, "CVL")], [position]  # "в Москве прошла акция протеста": its people
        for slot in slots:
            for found in self.slot_words(position, slot, passive, anchors):
                if view.tokens[found].pos not in ("NOUN", "PROPN", "ADV") or (self.named(found) and not opposed):
                    continue
                # "тысячи людей", "сотни участников акции", "десятки тысяч человек": a number noun stands for its
                # genitive; "более 10 тысяч человек": the parser makes the adverb the subject, the people its oblique
                words = [found]
                for level in range(3):
                    words += [
                        child for child in view.kids(words[level], "nmod", "obl")
                        if view.case(child) == "Gen" and not view.preposition(child)
                    ] if level < len(words) else []
                counted = view.lemma(found) in self.lexicon.word_classes["quantity"] or view.tokens[found].pos == "ADV"
                for word in words:
                    # "тысячи курдов": any people counted by the thousand are a crowd
                    people = counted and word != found and view.tokens[word].feats.get("Animacy") == "Anim"
                    # "заключённые-курды", "горняки-албанцы": the first noun of a hyphenated pair says who they are
                    # (with ``opposed``, the crowd the linker named with the opposed state's country is re-placed)
                    if (view.lemma(word).split("-")[0] in crowd or people) and (opposed or not self.named(word)):
                        return [context_actor(country, "CVL")], [word]
        return [], []

    def foreign_presence_of(self, words: list[int]) -> bool:
        """Whether every word is the agent of a foreign presence a protest opposes ("против визита президента США",
        "против присутствия американских войск") or the owner of a mission or envoy, abroad by what it is ("у
        посольства США", "против посла Франции"): a word under a noun of word class foreign_presence, mission or
        envoy."""
        view = self.view
        classes = self.lexicon.word_classes
        presence = classes["foreign_presence"] | classes["mission"] | classes["envoy"]
        return bool(words) and all(
            any(view.lemma(node) in presence for node in [word, *view.ancestors(word, 3)]) for word in words
        )

    def named_countries(self, present: bool = True) -> set[str]:
        """The countries of the actors the sentence names (places, states, bodies, people linked), but a foreign
        visitor's, force's or mission's in the protesters' land; with ``present`` false, only those."""
        return {
            country_part(actor_code(covering[1])) or ""
            for node, covering in enumerate(self.view.covering)
            # "против визита президента США", "у посольства США": a visitor's country names no place of the crowd
            if covering is not None and self.foreign_presence_of([node]) != present
        } - {""}

    def mission_place(self) -> str | None:
        """The one country of the places the sentence names as where a mission is ("посольства Эстонии в Москве")."""
        view = self.view
        missions = self.lexicon.word_classes["mission"]
        countries = {
            country_part(actor_code(view.covering[node][1]))
            for mission in range(len(view.tokens))
            if view.lemma(mission) in missions
            for child in view.kids(mission, "nmod")
            if self.place_phrase(child)
            for node in view.subtree(child)
            if view.names_place(node) and self.located_under(node, child)
        } - {None}
        return countries.pop() if len(countries) == 1 else None

    def countries_abroad(self) -> set[str]:
        """The countries the sentence names only as the owners of a mission, an envoy or a foreign presence ("у
        посольства США", "против визита президента США"): abroad, not where the sentence happens."""
        return self.named_countries(present=False) - self.named_countries()

    def mission_beside_home(self, countries: set[str]) -> bool:
        """Whether every word naming ``countries`` is the owner of a mission joined as a conjunct to a building or
        body that is no mission ("у здания мэрии и французского посольства")."""
        view = self.view
        missions = self.lexicon.word_classes["mission"]
        words = [
            node for node, covering in enumerate(view.covering)
            if covering is not None and country_part(actor_code(covering[1])) in countries
        ]

        def beside_home(word: int) -> bool:
            mission = next((node for node in [word, *view.ancestors(word, 2)] if view.lemma(node) in missions), -1)
            return mission >= 0 and view.rel(mission) == "conj" and view.lemma(view.head(mission)) not in missions

        return bool(words) and all(beside_home(word) for word in words)

    def crowd_place(self, position: int, slots: list[Slot], passive: bool, anchors: list[int]) -> str | None:
        """The country of a place named "в X" inside the phrase of the people a protest's slot names, when only one
        country is so named ("тысячи мусульман в Пакистане", "сотни рабочих на заводах Кузбасса")."""
        view = self.view
        countries = {
            country_part(actor_code(view.covering[node][1]))
            for slot in slots
            for found in self.slot_words(position, slot, passive, anchors)
            if not self.named(found)
            for node in view.subtree(found)
            if node != found and view.names_place(node) and view.preposition(node) in ("в", "на")
        } - {None}
        return countries.pop() if len(countries) == 1 else None

    def venue_city(self, position: int) -> list[Entity]:
        """"вышли на улицы Бухареста", "прошли по улицам Сеула": the city of the public space a crowd goes out to or
        marches through is where it protests."""
        view = self.view
        for child in view.children[position]:
            if view.lemma(child) not in self.lexicon.word_classes["venue"] or view.preposition(child) not in ("на", "по"):
                continue
            for node in view.kids(child, "nmod"):
                if view.names_place(node):
                    return [view.covering[node][1]]
        return []

    def in_circumstance(self, position: int) -> bool:
        """Whether ``position`` is in a clause of time or cause ("после того, как ...")."""
        view = self.view
        for node in [position, *view.ancestors(position, 6)]:
            if view.tokens[node].pos == "VERB" and {view.lemma(m) for m in view.kids(node, "mark")} & CIRCUMSTANCE_MARKS:
                return True
        return False

    def means_unknown_person(self, word: int) -> bool:
        view = self.view
        token = view.tokens[word]
        if token.pos == "PRON" and view.lemma(word) in PERSONAL:
            # a pronoun that means a person with no actor code
            return resolve_pronoun(view, word, self.referents_before(word), self.previous.get()) == []
        return self.names_unknown_person(word)

    def earlier_agent(self, cameo: str) -> list[Entity]:
        """The agent of the same act told before in the text, when it is one state and that of the sentence's
        place or story (an act told again without its agent is the same body's again); else nothing."""
        codes = {actor_code(agent) for agent in self.acts.get(cameo, [])}
        countries = {country_part(code) for code in codes}
        if len(countries) != 1 or None in countries or self.context_country not in countries:
            return []  # no agent, several, or one of another country: no actor is better than a wrong one
        return [context_actor(countries.pop() or "---")]

    def domestic_body(
        self, position: int, slots: list[Slot], passive: bool, anchors: list[int], sources: list[Entity]
    ) -> tuple[list[Entity], list[int]]:
        """A body of a country's own politics named with no country ("разрешил деятельность политических партий",
        "запретил профсоюзы") is of the source's country, when that is the only country the sentence names: no
        state licenses or bans another's parties without naming it."""
        home = {country_part(actor_code(source)) for source in sources}
        if len(home) != 1 or None in home:
            return [], []
        country = home.pop() or ""
        named = {country_part(actor_code(covering[1])) for covering in self.view.covering if covering is not None}
        if named - {country, None}:
            return [], []
        bodies = self.lexicon.word_classes["domestic_body"]
        for slot in slots:
            for word in self.slot_words(position, slot, passive, anchors):
                if self.view.tokens[word].pos == "NOUN" and self.view.lemma(word) in bodies and not self.named(word):
                    return [context_actor(country)], [word]
        return [], []

    def reacted_to_told_act(
        self, position: int, slots: list[Slot], passive: bool, anchors: list[int], sources: list[Entity]
    ) -> list[Entity]:
        """"Бэсеску назвал высылку «провокацией»", "Москва назвала обвинения безосновательными", "осудил такие
        заявления": a reaction whose object is an act no actor is named with is aimed at the agents of the latest
        act of that kind the text told before (``act_nouns.tsv``; a noun with trigger rows of its own names the
        acts of its rows' codes)."""
        if passive or not (self.told or self.told_here):
            return []
        view = self.view
        own = {actor_code(source) for source in sources}
        for slot in slots:
            for word in self.slot_words(position, slot, passive, anchors):
                token = view.tokens[word]
                if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim" or self.named(word):
                    continue
                lemma = view.lemma(word)
                prefixes = self.act_codes(lemma)
                reach = PLURAL_REACH if self.plural_demonstrative(word) else 0
                agents = self.latest_told(prefixes, own, reach) if prefixes else []
                if agents:
                    return agents
        return []

    def retaliated_act(self, position: int, passive: bool, sources: list[Entity]) -> list[Entity]:
        """"Лондон объявил о высылке 23 российских дипломатов. В МИД России пообещали ответные меры.": a threat of
        retaliation (word class ``retaliation`` in the threat's phrase: "ответ", "ответные меры", "зеркальные
        шаги") that names no target is aimed at the agents of the latest act done to the threatening side's country,
        told earlier in its sentence or in any sentence before (the lead is often paragraphs before); none when
        those agents are of several countries or of the threatening side's own."""
        view = self.view
        retaliation = self.lexicon.word_classes["retaliation"]
        phrase = [view.lemma(word) for word in view.subtree(position)]
        if passive or not any(lemma in retaliation for lemma in phrase) or any(lemma in ANY_ACT for lemma in phrase):
            return []  # (a retaliation for "любое вмешательство" answers any future act, none told)
        own = countries_of(sources)
        if not own:
            return []
        answered = [
            view.lemma(kid) for word in view.subtree(position) if view.lemma(word) == "ответ"
            for kid in view.kids(word, "nmod") if view.preposition(kid) == "на"
        ]
        if answered and not any(
            lemma in self.lexicon.event_anaphors or any(lemma in act.nouns for act in (*self.told_here, *self.told))
            for lemma in answered
        ):
            # "хунта в ответ на поражения на фронте пригрозила «решительными действиями»": what is answered is named
            # and is no act told, so no earlier act's agents are the addressee
            return []
        # nearest first: earlier in its sentence, then back to the story's lead (the act retaliated for is often
        # the lead, several sentences before)
        candidates = [act for act in self.told_here if act.sentence == self.index]
        candidates += self.acts_before()
        for act in candidates:
            if not countries_of(act.targets) & own:
                continue  # an act done to others is no cause of this side's retaliation
            agents = [agent for agent in act.agents if actor_code(agent)]
            countries = {country_part(actor_code(agent)) for agent in agents}
            if len(countries) == 1 and not countries & own:
                return [agent for number, agent in enumerate(agents) if agent not in agents[:number]]
        return []

    def reacted_to_act_before(
        self, position: int, rule: TriggerRule, slots: list[Slot], passive: bool, anchors: list[int], sources: list[Entity]
    ) -> list[Entity]:
        """"Израиль нанёс удар по Газе. МИД Турции выступил с резкой критикой.", "Россия выслала двух дипломатов.
        Посольство США выразило протест.": a reaction told in the active voice that names nothing it reacts to is
        aimed at the agents of the act told just before it, earlier in its sentence or in the sentence right before
        in the same block of lines (not the headline); none when it names its object with no actor ("обеспокоенность
        эскалацией"), when those acts are reactions, statements, appeals or demands (``UNREACTED_ROOTS``), when their
        agents are of several countries, or of the reacting side's own."""
        view = self.view
        # a bare act noun of any act stands for the act just told ("осудил решение", "приветствовал шаг")
        bare = [
            word for slot in slots for word in self.slot_words(position, slot, passive, anchors)
            if self.bare_event_anaphor(word)
        ]
        if passive or any(
            word not in bare for slot in slots for word in self.slot_words(position, slot, passive, anchors)
        ):
            return []
        # the reaction's words, its support verb and its own noun ("выразило обеспокоенность", "выступил с критикой")
        own_words = [position, *(child for child in view.children[position] if any(
            other.cameo[:2] == rule.cameo[:2] for other in self.rules_for(child)
        )), *bare]
        holders = own_words + ([view.head(position)] if view.tokens[position].pos == "NOUN" and view.head(position) >= 0 else [])
        if any(self.names_object(child) for holder in holders for child in view.children[holder] if child not in own_words):
            # "выразил протест в связи с инцидентом", "обеспокоенность эскалацией", "отказался отменить приговор": it
            # names what it reacts to, though no actor
            return []
        # (not an act of the main clause for a reaction told as its circumstance: "понизила уровень отношений после
        # того, как Тегеран отказался ...")
        acts = [] if self.in_circumstance(position) else [act for act in self.told_here if act.sentence == self.index]
        if not acts and self.index - 1 >= max(self.block_start, 1):
            acts = [act for act in self.told if act.sentence == self.index - 1]
        own = countries_of(sources)
        if not acts:
            # "Япония протестует против визита Медведева на Курилы" over "... Токио немедленно выразил протест.": the
            # reaction of the same side that the headline tells, told again
            return self.headline_reaction(own)
        if any(act.cameo[:2] in UNREACTED_ROOTS or act.cameo.startswith(CONCERN_CODES) for act in acts):
            return []
        agents = [agent for act in acts for agent in act.agents if actor_code(agent)]
        countries = {country_part(actor_code(agent)) for agent in agents}
        if len(countries) != 1 or countries & own:
            return []
        return [agent for number, agent in enumerate(agents) if agent not in agents[:number]]

    def reacted_to_happening(self, position: int, sources: list[Entity]) -> list[Entity]:
        """"Военные задержали президента. Африканский союз назвал произошедшее «переворотом». Франция осудила
        случившееся.": a reaction whose object is a participle of happening (word class ``happening``) is aimed at the
        agents of the latest incident told in an earlier sentence (``HAPPENING_ROOTS``, past any reactions told in
        between), when they are of one country and not the reacting side's."""
        view = self.view
        happening = self.lexicon.word_classes["happening"]
        if not any(
            view.lemma(child) in happening and view.tokens[child].feats.get("VerbForm") == "Part"
            for child in view.children[position]
        ):
            return []
        agents = self.latest_told(HAPPENING_ROOTS, {actor_code(source) for source in sources})
        countries = {country_part(actor_code(agent)) for agent in agents}
        if len(countries) != 1 or countries & countries_of(sources):
            return []
        return agents

    def headline_reaction(self, own: set[str]) -> list[Entity]:
        """The targets, other than of the reacting side's own country, of the reactions (a protest among them) of that
        side the headline tells, when they are of one country."""
        if not own:
            return []  # an international body's: its country is none to match
        targets = [
            target
            for act in self.told
            if act.sentence == 0 and (act.cameo[:2] in HEADLINE_REACTION_ROOTS or act.cameo.startswith(CONCERN_CODES))
            and countries_of(act.agents) == own
            for target in act.targets
            if actor_code(target) and country_part(actor_code(target)) not in own
        ]
        countries = {country_part(actor_code(target)) for target in targets}
        return [target for number, target in enumerate(targets) if target not in targets[:number]] if len(countries) == 1 else []

    def bare_event_anaphor(self, word: int) -> bool:
        """A noun of any act (``event_anaphors.txt``: "решение", "шаг", "действия") with no word that names or
        describes whose act it is."""
        view = self.view
        return (
            view.tokens[word].pos == "NOUN"
            and view.lemma(word) in self.lexicon.event_anaphors
            and not self.named(word)
            and not view.kids(word, "nmod", "amod", "nmod:poss", "acl", "acl:relcl", "appos")
        )

    def names_object(self, word: int) -> bool:
        """Whether a dependent of a reaction names what it reacts to: a content clause, a noun in a bare oblique case
        ("эскалацией", "решения") or after a preposition of aim ("в связи с инцидентом"); not a time ("в пятницу")."""
        view = self.view
        if view.rel(word) in ("xcomp", "ccomp"):
            return True
        if view.rel(word) not in ("obj", "iobj", "obl", "nmod") or view.tokens[word].pos not in ("NOUN", "PROPN", "PRON"):
            return False
        preposition = view.preposition(word)
        return preposition in AIMED_AT if preposition else view.case(word) in ("Ins", "Gen", "Dat", "Acc")

    def patient_act_nouns(self, position: int, slots: list[Slot], passive: bool, anchors: list[int]) -> list[int]:
        """A reaction's object nouns that name an act done to someone (``PATIENT_ACT_ROOTS``: "задержание
        российского журналиста", "высылку дипломата"), whose phrase names its victim, not its agent."""
        view = self.view
        found = []
        for slot in slots:
            for word in self.slot_words(position, slot, passive, anchors):
                token = view.tokens[word]
                if token.pos != "NOUN" or token.feats.get("Animacy") == "Anim" or self.named(word):
                    continue
                codes = self.act_codes(view.lemma(word))
                if codes and all(code.startswith(PATIENT_ACT_ROOTS) for code in codes):
                    found.append(word)
        return found

    def reacts_to_patient_act(
        self, position: int, slots: list[Slot], passive: bool, anchors: list[int], targets: list[Entity]
    ) -> bool:
        """Whether a reaction's object is a noun of an act done to someone ("осудил задержание российского журналиста",
        "раскритиковал высылку дипломата") and the actors its phrase names are the victims of such an act told
        before: they are not the reaction's aim (not "осудил заявление Лаврова", whose genitive is the act's agent,
        nor "осудил удары США", an agent the act told before did not have)."""
        victims = {
            country_part(actor_code(target))
            for act in self.acts_before() if act.cameo.startswith(PATIENT_ACT_ROOTS)
            for target in act.targets
        }
        return bool(targets) and all(country_part(actor_code(target)) in victims - {None} for target in targets) \
            and bool(self.patient_act_nouns(position, slots, passive, anchors))

    def patient_act_state(
        self, position: int, slots: list[Slot], passive: bool, anchors: list[int], sources: list[Entity]
    ) -> list[Entity]:
        """"Евросоюз осудил задержание журналиста в Минске", "протест в связи с арестом журналиста в Душанбе",
        "осудила высылку дипломата из России": a reaction to an arrest or expulsion its own phrase places, told in
        no earlier sentence, is aimed at the state that did it there, in the role of its act (the police of an
        arrest), not at its victim; none when that state is the reacting side's own."""
        view = self.view
        own = countries_of(sources)
        for word in self.patient_act_nouns(position, slots, passive, anchors):
            places = self.origin_actor(word)[0] or [
                view.covering[node][1] for node in view.subtree(word)
                if node != word and view.names_place(node) and self.placed_under(node, word)
            ]
            country = next((country_part(actor_code(place)) for place in places), None)
            if country and country not in own:
                rows = [rule.cameo for rule in self.lexicon.triggers.get(view.lemma(word), [])]
                codes = [*rows, *self.act_codes(view.lemma(word))]
                code = next(cameo for cameo in codes if cameo.startswith(PATIENT_ACT_ROOTS))
                return [context_actor(country, role_for("implied", code))]
        return []

    def plural_demonstrative(self, word: int) -> bool:
        """"эти заявления", "такие шаги", "подобные действия": a plural act noun pointed back to stands for all
        the acts of its kind the sentences just before told, not only the latest sentence's."""
        view = self.view
        return view.tokens[word].feats.get("Number") == "Plur" and any(
            view.lemma(child) in POINTING_BACK for child in view.kids(word, "det", "amod")
        )

    def act_codes(self, lemma: str) -> tuple[str, ...]:
        """The code prefixes of the acts a noun may name (``act_nouns.tsv``; else its own trigger rows' codes)."""
        return self.lexicon.act_nouns.get(lemma) or tuple({rule.cameo for rule in self.lexicon.triggers.get(lemma, [])})

    def acts_before(self) -> Iterator[ToldAct]:
        """The acts told in the sentences before this one, the latest first: the one walk shared by the reactions,
        demands and retaliations that answer an act told before. ``told`` is the article's list, which grows as its
        sentences are coded, so it may hold acts of this sentence or after it: never these (the acts of this
        sentence found so far are ``told_here``)."""
        return (act for act in reversed(self.told) if act.sentence < self.index)

    def latest_told(self, prefixes: tuple[str, ...], own: set[str | None], reach: int = 0) -> list[Entity]:
        """The agents, other than the reacting side ``own``, of the latest act told in an earlier sentence whose
        code begins with one of ``prefixes``, with those of the other such acts of that sentence (the act
        reacted to is often the story's lead, many sentences before); with ``reach``, also those of such acts
        told in the ``reach`` sentences before the current one ("эти заявления" after two sides' statements)."""
        found: list[Entity] = []
        for act in reversed(self.told_here):  # an act told earlier in the sentence ("арестован ..., и Лондон осудил его арест")
            if act.cameo.startswith(prefixes):
                found += [agent for agent in act.agents_besides(own) if agent not in found]
        if found:
            return found
        sentence = None
        for act in self.acts_before():
            if sentence is not None and act.sentence != sentence and act.sentence < self.index - reach:
                break
            if not act.cameo.startswith(prefixes):
                continue
            others = act.agents_besides(own)
            if others:
                found += [agent for agent in others if agent not in found]
                sentence = act.sentence
        return found

    def told_nouns(self, candidate: Candidate) -> frozenset[str]:
        """The nouns an act is told with and on: its trigger, its support word, their objects and the nouns these
        govern ("закрыли телекомпанию «Имеди»", "ввёл блокаду сектора Газа", "ввели войска"), to match the act a
        demand asks to undo ("возобновить вещание телекомпании", "снять блокаду")."""
        view = self.view
        words = [candidate.trigger, *candidate.companions, *self.act_words(candidate.trigger), *candidate.target_tokens]
        found: set[str] = set()
        for word in words:
            # (and its phrases: "захватили в заложники")
            for node in [word, *self.object_nouns(word), *view.kids(word, "obl")]:
                if view.tokens[node].pos == "NOUN":
                    found.add(view.lemma(node))
        return frozenset(found)

    def object_nouns(self, word: int) -> list[int]:
        """The object of an act word and the nouns its object governs ("вещание телекомпании", "блокаду Газы")."""
        view = self.view
        objects = view.kids(word, "obj", "nmod")
        return objects + [grand for thing in objects for grand in view.kids(thing, "nmod")]

    def demanded_undoing(self, position: int, sources: list[Entity]) -> list[Entity]:
        """"потребовал освободить Тимошенко" after "суд приговорил Тимошенко", "призвал снять блокаду" after
        "Израиль ввёл блокаду": a demand or appeal with no addressee, whose content undoes an act told before
        (``undone_acts.tsv``) on the same object (the same entity or noun), is aimed at that act's agents."""
        view = self.view
        own = {actor_code(source) for source in sources}
        contents = [
            word
            for holder in self.act_words(position)
            for word in view.kids(holder, "xcomp", "ccomp", "obj", "obl")
        ]
        contents += [word for content in contents for word in view.kids(content, "obj")]  # "провести расследование"
        for content in contents:
            prefixes = self.lexicon.undone_acts.get(view.lemma(content))
            if not prefixes:
                continue
            objects = self.object_nouns(content)
            if view.lemma(content) in self.lexicon.investigations:
                # "потребовал расследования гибели людей": the act its object names; with none, the latest told
                named = [
                    codes
                    for word in objects
                    if view.tokens[word].pos == "NOUN"
                    for codes in [self.act_codes(view.lemma(word))]
                    if codes
                ]
                agents = self.latest_told(named[0] if named else prefixes, own)
                if agents:
                    return agents
                continue
            nouns = {view.lemma(word) for word in objects if view.tokens[word].pos == "NOUN"}
            entities = [entity for word in objects for entity in self.actors_at(word)]
            # "арестовала Казеса ... потребовали выдачи преступника": a person described, not named, is the one the
            # act told before was done to
            described = any(
                view.tokens[word].pos == "NOUN" and view.tokens[word].feats.get("Animacy") == "Anim" and not self.named(word)
                for word in objects
            )
            # the same noun or entity first, in any act told before; only then a person described
            for loose in (False, True):
                if loose and (entities or not described):
                    break
                for act in self.acts_before():
                    if not act.cameo.startswith(prefixes):
                        continue
                    if loose:
                        matched = any(target.type == "PER" for target in act.targets)
                    else:
                        matched = bool(nouns & act.nouns) or any(
                            entity is target for entity in entities for target in act.targets
                        )
                    others = act.agents_besides(own)
                    if matched and others:
                        return others
        return []

    def joined_reaction(self, position: int, cameo: str, sources: list[Entity]) -> list[Entity]:
        """"С критикой выступили также Германия и Франция", "Министр Франции тоже осудил вторжение": a reaction told
        as one more party's (word class ``likewise`` on the trigger, a noun's support verb or their subject) with no target named is aimed at
        the target, other than the reacting side, of the latest reaction told in an earlier sentence, when that is of
        its root (word class ``likewise`` also holds verbs of joining and adjectives of a like statement: "к осуждению
        присоединился Иран", "аналогичное заявление сделал МИД Ирана")."""
        view = self.view
        likewise = self.lexicon.word_classes["likewise"]
        holders = [position]
        if view.tokens[position].pos == "NOUN" and view.heads[position] >= 0:
            holders.append(view.heads[position])  # "Также с осуждением выступил Лондон": on the support verb
        words = [*holders, *(subject for holder in holders for subject in view.kids(holder, "nsubj"))]
        if view.lemma(position) not in likewise and not any(
            view.lemma(child) in likewise for word in words for child in view.kids(word, "advmod", "amod")
        ):
            return []
        own = {actor_code(source) for source in sources}
        for act in self.acts_before():
            if act.cameo[:2] not in REACTION_ROOTS:
                continue
            if not act.cameo.startswith(cameo[:2]):
                return []  # the latest reaction told is of another kind ("приветствовал ... Аналогичное заявление")
            targets = [target for target in act.targets if actor_code(target) and actor_code(target) not in own]
            if targets:
                return targets
        return []

    def criticised_vote(
        self, position: int, slots: list[Slot], passive: bool, anchors: list[int], sources: list[Entity]
    ) -> list[Entity]:
        """"Лидер оппозиции назвал выборы «фарсом»", "коммунисты осудили итоги референдума": a criticism of a vote
        (word class ``vote``, or what a vote's genitive governs) no actor is named with, by a party of one country
        other than its state, when the sentence names no other country, is aimed at the government of that country,
        which held the vote."""
        codes = [actor_code(source) or "" for source in sources]
        countries = {country_part(code) for code in codes}
        if passive or len(countries) != 1 or None in countries or any(code[3:6] in STATE_ROLES | {""} for code in codes):
            return []
        country = countries.pop() or ""
        view = self.view
        named = {country_part(actor_code(covering[1])) for covering in view.covering if covering is not None}
        if named - {country, None}:
            return []
        votes = self.lexicon.word_classes["vote"]
        for slot in slots:
            for word in self.slot_words(position, slot, passive, anchors):
                if view.tokens[word].pos != "NOUN" or self.named(word):
                    continue
                nouns = [word, *(child for child in view.kids(word, "nmod") if view.case(child) == "Gen")]
                if any(view.lemma(noun) in votes and not self.named(noun) for noun in nouns):
                    return [context_actor(country, "GOV")]
        return []

    def reacted_to_story(
        self, position: int, slots: list[Slot], passive: bool, anchors: list[int], sources: list[Entity]
    ) -> list[Entity]:
        """"Кэтрин Эштон осудила применение силы", "Вестервелле назвал вердикт «шагом назад»": a criticism whose
        object is an act no actor is named with is aimed at the state of the country the story is about, when the
        critic is of another country (a domestic critic's target is not told by the story's place)."""
        country = self.foreign_story_country(passive, sources)
        if country is None:
            return []
        view = self.view
        for slot in slots:
            for word in self.slot_words(position, slot, passive, anchors):
                token = view.tokens[word]
                if token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" and not self.named(word):
                    return [context_actor(country, "GOV")]
        return []

    def foreign_story_country(self, passive: bool, sources: list[Entity]) -> str | None:
        """The country the story is about, when a foreign state or an international body reacts to it in the active
        voice and the sentence names no third country the act may be of; else None."""
        country = self.story_country
        codes = [actor_code(source) or "---" for source in sources]
        if passive or not country or any(
            country_part(code) == country or not (code.startswith("IGO") or code[3:6] in STATE_ROLES | {""}) for code in codes
        ):
            return None  # a state's or an international body's reaction, told in the active voice
        own = {country_part(code) for code in codes}
        named = {country_part(actor_code(covering[1])) for covering in self.view.covering if covering is not None}
        if named - own - {country, None}:
            return None  # "раскритиковал Израиль за ..., назвав эти действия ...": another country the act may be of
        return country

    def demanded_of_story(self, position: int, passive: bool, sources: list[Entity]) -> list[Entity]:
        """"Госдепартамент потребовал освободить оппозиционера", "генсек ООН потребовал провести расследование",
        "комиссар потребовала независимого расследования": a foreign state's or an international body's demand of
        an act with no addressee named is made of the government of the country the story is about."""
        country = self.foreign_story_country(passive, sources)
        if country is None:
            return []
        view = self.view
        for child in view.kids(position, "xcomp", "ccomp", "obj", "obl"):
            token = view.tokens[child]
            if token.feats.get("VerbForm") == "Inf" and view.rel(child) in ("xcomp", "ccomp"):
                return [context_actor(country, "GOV")]
            if (
                token.pos == "NOUN"
                and token.feats.get("Animacy") == "Inan"
                and token.feats.get("Case") == "Gen"  # the act asked for, not the demand ("выдвинул ряд условий")
                and not view.preposition(child)
                and not self.named(child)
            ):
                return [context_actor(country, "GOV")]  # "потребовала расследования", "затребовали выдачи"
        return []

    def other_named_country(self, position: int, sources: list[Entity]) -> list[Entity]:
        """The one country the sentence names besides its sources' one country: what people protest against in a
        sentence naming another state ("палестинские заключённые в израильских тюрьмах объявили голодовку"); not
        one named inside a demand, which asks the protesters' own state to act ("демонстрации с требованиями
        разорвать договор с Израилем")."""
        homes = {country_part(actor_code(source)) for source in sources}
        if len(homes) != 1 or None in homes:
            return []
        view = self.view
        named = {
            country_part(actor_code(covering[1]))
            for index, covering in enumerate(view.covering)
            if covering is not None and not self.inside_demand(index, position)
        }
        others = named - homes - {None, "---"}
        others = {code for code in others if code[:3] not in ("IGO", "NGO")}
        if len(others) == 1 and self.mission_beside_home(others):
            # "собрались у здания мэрии и французского посольства": a crowd at a home building and a mission beside
            # it protests at home, not against the mission's state
            return []
        return [context_actor(others.pop())] if len(others) == 1 else []

    def inside_demand(self, index: int, position: int) -> bool:
        """Whether the word at ``index`` is in what a demand word between it and the trigger at ``position`` asks."""
        for node in [index, *self.view.ancestors(index)]:
            if node == position:
                return False
            if any(rule.root == DEMAND_ROOT for rule in self.rules_for(node)):
                return True
        return False

    def guess_of_named_state(
        self, position: int, cameo: str, guessed: list[Entity], named: list[Entity], named_words: list[int]
    ) -> list[Entity]:
        """"Правительство осудило Кению", "МИД обвинил Францию", "по словам посла, США вмешиваются", "Россия вызвала
        посла": a state body or official whose country the linker only guessed from its context (the sentence naming
        no other) is not of the state the act names by name as its other side. It is the one other country the
        sentence names, else the story's state, else unknown. Returns the ``guessed`` side re-placed, or [] when it
        stands."""
        if not guessed or not named or not all(names_state(actor) for actor in named) or is_domestic(cameo):
            return []  # a protest is at home, whatever it is against
        view = self.view
        if not named_words or any(
            view.covering[word] is None or view.head(word) != position or self.placed_under(word, position)
            or not names_country(view.covering[word][1])
            for word in named_words
        ):
            # "в столице Непала был отменён комендантский час", "окружили парк в 40 километрах от Парижа", "по статье УК
            # РФ": where it happened or whose a thing is, not the state the act is aimed at or made by
            return []
        opposed = countries_of(named)
        codes = [actor_code(actor) or "" for actor in guessed]
        if not all(guessed_owner(actor) and code[3:] in STATE_ROLES and code[:3] in opposed
                   for actor, code in zip(guessed, codes)):
            return []
        story = getattr(self, "story_country", None)
        others = self.named_countries() - opposed - {"---"}
        others = {code for code in others if not code.startswith(("IGO", "NGO"))}
        country = others.pop() if len(others) == 1 else story if story and story not in opposed else "---"
        return [context_actor(country, code[3:]) for code in dict.fromkeys(codes)]

    def own_country(self, sources: list[Entity]) -> list[Entity]:
        return [context_actor(country) for country in sorted(countries_of(sources))]

    def place_actor(self, position: int) -> tuple[list[Entity], list[int]]:
        """The country of the place a trigger is located in: "арестован в Нью-Йорке" -> USA."""
        view = self.view
        # the parser may hang the place on a circumstance of the trigger: "по запросу ФБР в Испании был задержан"
        nearby = list(view.children[position]) + [
            grand
            for child in view.kids(position, "obl")
            if view.preposition(child) and view.preposition(child) not in CIRCUMSTANCE_PREPOSITIONS
            for grand in view.kids(child, "nmod")  # but "депортировал после участия в прорыве блокады Газы"
        ]
        head = view.head(position)
        if view.tokens[position].pos == "NOUN" and head >= 0 and view.tokens[head].pos == "VERB" and (
            view.rel(position) in ("nsubj", "nsubj:pass", "obj")
        ):
            # "в Кабуле совершено нападение": the place of a nominal event hangs on its verb of happening
            nearby += [child for child in view.children[head] if child != position]
        if view.tokens[position].pos == "NOUN" and self.claimed(position):
            # "взяла ответственность за нападение на ... в торговом центре в Найроби": the parser hangs the
            # attack's place on the verb of the claim
            nearby += [child for child in view.children[view.head(head)] if child != head]
        for child in nearby:
            if not self.place_phrase(child):
                continue  # "депортирован в Нидерланды" names where to, not where
            for node in view.subtree(child):
                if view.names_place(node) and self.located_under(node, child):
                    return [view.covering[node][1]], [node]
        return [], []

    def origin_actor(self, position: int) -> tuple[list[Entity], list[int]]:
        """The country a trigger sends someone out of: "выслан из Мали", "депортирован из США", "выдворен из
        британской столицы" -> that state."""
        view = self.view
        for child in view.children[position]:
            if view.preposition(child) != "из":
                continue
            for node in view.subtree(child):
                covering = view.covering[node]
                if covering is not None and covering[1].type == "LOC" and self.located_under(node, child):
                    return [covering[1]], [node]
        return [], []

    def placed_under(self, node: int, top: int) -> bool:
        """Whether ``node`` is where the act ``top`` happened: every phrase between them is a place and one at least
        is told as one ("задержание журналиста в Минске"; not "арест гражданина России", whose country it is)."""
        view = self.view
        if not self.located_under(node, top):
            return False
        while node != top and node >= 0:
            if self.place_phrase(node):
                return True
            node = view.head(node)
        return False

    def located_under(self, node: int, top: int) -> bool:
        """Whether every phrase between ``node`` and ``top`` is a place ("в провинции Хомс на западе Сирии"), not
        a beneficiary or an addressee: "обвинения в шпионаже в пользу Китая" names no place in China."""
        view = self.view
        while node != top and node >= 0:
            if view.preposition(node) and not self.place_phrase(node):
                return False
            node = view.head(node)
        return True

    def place_phrase(self, node: int) -> bool:
        """"в Кабуле", "на западе", "под Москвой": a phrase of where (в/на with the locative, под with the
        instrumental), not of where to or for whom."""
        # "под Москвой": near a city is there too
        return (self.view.preposition(node) in ("в", "на") and self.view.case(node) in ("Loc", "")) or (
            self.view.preposition(node) == "под" and self.view.case(node) == "Ins"
        )

    def places_named_as_scene(self, actors: list[Entity]) -> bool:
        """Whether every actor is a place this sentence names only as where something is ("участников форума в
        Москве"), never as a party ("поблагодарил Москву")."""
        view = self.view
        if not all(actor.type == "LOC" for actor in actors):
            return False
        words = {actor.id: [] for actor in actors}
        for word, covering in enumerate(view.covering):
            if covering is not None and covering[1].id in words:
                words[covering[1].id].append(word)
        return all(
            found and any(self.place_phrase(word) for word in found)
            and all(self.place_phrase(word) or view.head(word) in found for word in found)
            for found in words.values()
        )

    def names_unknown_person(self, position: int) -> bool:
        view = self.view
        words = [position, *view.kids(position, "appos", "flat:name", "flat")]
        return any(
            start <= view.tokens[word].start < stop for word in words for start, stop in self.unknown_people
        )


def undergone(rule: TriggerRule) -> bool:
    """A frame whose subject undergoes the act ("попасть под обстрел", "подвергнуться нападению"): its target is the
    subject (of the verb, or of the support verb of a noun row) and no source slot lets the implied agent act."""
    return bool(rule.target) and rule.target[0].kind in ("subj", "head") and bool(rule.source) and all(
        slot.kind != "none" for slot in rule.source
    )

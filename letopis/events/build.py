"""Events from a coded candidate: one per source-target dyad, with attributes and evidence."""

from __future__ import annotations

import logging

from letopis.events.attributes import (
    attribution_of,
    date_of,
    is_background,
    is_habit,
    is_trend,
    location_of,
    quantity_of,
    recalls_last_year,
    told_as_earlier_practice,
    told_as_practice,
    told_as_standing,
    told_at_age,
)
from letopis.events.cameo import cameo_table
from letopis.events.candidate import Candidate, actor_code, country_part
from letopis.events.code_classes import (
    AERIAL_CODE,
    AGREE_TYPE,
    CONVENTIONAL_FORCE_CODE,
    DEMAND_ROOT,
    DENIAL_CODE,
    DOMESTIC_CODES,
    DOMESTIC_VOW_CODES,
    FORMAL_AGREEMENT_CODE,
    GROUP_KILLING_CODE,
    HIJACKING_CODE,
    MEETING_INTENT_CODE,
    NONSTATE_KILLER_ROLES,
    OWN_SIDE_CODES,
    OWN_SIDE_ROOTS,
    OWN_STATE_ROLES,
    POPULATION_CODES,
    PRIVATE_AGENT_ROLES,
    PRIVATE_EXCHANGE_ROOTS,
    PRIVATE_PERSON_ROLES,
    PRIVATE_ROLES,
    REPRESSION_CODE,
    SEARCH_CODES,
    SEIZURE_CODE,
    STATEMENT_ROOT,
    SYMMETRIC_ROOTS,
    TARGETED_ROOTS,
    TRAVEL_CODES,
    UNTARGETED_CODES,
    pairs_coordinated_sources,
)
from letopis.events.lexicon import load_lexicon
from letopis.events.roles import state_code
from letopis.events.syntax import SentenceView
from letopis.events.target_codes import assault_code, eased_sanctions_code, refined_code
from letopis.model import Article, Entity, Event, EventMention

log = logging.getLogger(__name__)


def build_events(article: Article, view: SentenceView, candidate: Candidate) -> list[Event]:
    table = cameo_table()
    root = candidate.cameo[:2]
    pairs: list[tuple[Entity | None, Entity | None]] = []
    exchange = view.lemma(candidate.trigger) in load_lexicon().word_classes["exchange"]
    paired = pairs_coordinated_sources(candidate.cameo, candidate.reciprocal) or exchange
    if exchange and not candidate.targets and len(candidate.sources) < 2:
        # "Россия провела обмен пленными", "предложила Украине обмен пленными": an exchange told with one side only
        # does not say to whom it releases (a target "---" would be a wrong tuple, not a missing one)
        return []
    if not candidate.targets and len(candidate.sources) > 1 and paired and not candidate.act_on_object:
        # each pair once, in the order the text names them ("Путин и Рахмон обсудили": Путин first); a joint
        # intent (03) too, the first-named side its source, as EVENTS.md's seed codes "Путин и Рахмон выразили
        # взаимный настрой" (the reverse is optional there, absent from most article golds); an exchange is made by
        # both, so both directions; so is a one-way act told with a reciprocal object ("обвинили друг друга")
        both_ways = exchange or (candidate.reciprocal and root not in SYMMETRIC_ROOTS)
        for number, first in enumerate(candidate.sources):
            for other, second in enumerate(candidate.sources):
                if number != other and (both_ways or number < other):
                    pairs.append((first, second))
    else:
        for source in candidate.sources or [None]:
            for target in candidate.targets or [None]:
                pairs.append((source, target))
    words = [view.tokens[index] for index in [candidate.trigger, *candidate.companions]]
    start, stop = min(word.start for word in words), max(word.stop for word in words)
    sentence = view.sentence
    mention = EventMention(
        sentence_start=sentence.start,
        sentence_stop=sentence.stop,
        trigger_start=start,
        trigger_stop=stop,
        text=sentence.text,
        trigger=article.text[start:stop],
    )
    location, location_name = location_of(article, view, candidate)
    date, precision = date_of(article, view, candidate)
    if (
        is_background(article, date, view.sentence.paragraph)
        or is_trend(view)
        or is_habit(view, candidate.trigger)
        or told_at_age(view, candidate.trigger)
        or recalls_last_year(article, view, candidate)
        or told_as_practice(view, candidate.trigger, precision)
        or told_as_standing(view, candidate, precision)
        or told_as_earlier_practice(view, candidate.trigger, precision)
    ):
        log.debug("sentence %d, trigger %r (%s): background or trend", view.index, mention.trigger, candidate.cameo)
        return []
    quantity = quantity_of(article, view, candidate)
    attribution = attribution_of(article, view, candidate)
    # the place of a search's implied agent ("в квартире блогера в Кемерово проходят обыски") is the scene, not a
    # participant inside the target's phrase
    scene = candidate.implied_source and candidate.cameo in SEARCH_CODES
    # (a crowd implied by its gathering, "в Каракасе прошли демонстрации против президента", stands on the trigger
    # itself: no phrase of a participant that could hold the target)
    source_phrases = [word for word in candidate.source_tokens if word != candidate.trigger]
    nested = (
        not scene
        and not candidate.between_sides
        and one_phrase(view, source_phrases, [word for word in candidate.target_tokens if not other_side(view, candidate, word)])
    )
    # "кенийская полиция, задержавшая 200 сторонников оппозиции": the object of a participle on its agent is a
    # participant of its own, when the two are distinct roles of one country ("Бразилия, признавшая правительство
    # Анголы" read as Brazil's own is no act on itself)
    in_clause = nested and participle_object(view, candidate)
    events = []
    # "в Бангкоке введён комендантский час": the state the place implies restricts the place itself
    restricts_place = candidate.implied_source and candidate.cameo.startswith(DOMESTIC_CODES)
    for source, target in pairs:
        if source is not None and source is target and not restricts_place:
            continue  # an actor does not act on itself unless the text names it twice
        if (
            nested and not restricts_place and source and target
            and country_part(actor_code(source)) == country_part(actor_code(target))
            and not (in_clause and distinct_roles(actor_code(source), actor_code(target)))
        ):
            # "с министром Таджикистана Мухриддином": the minister and his country are one participant
            log.debug("sentence %d, trigger %r (%s): source and target in one phrase, one country",
                      view.index, mention.trigger, candidate.cameo)
            continue
        if source is None and target is None:
            continue
        target_code = participant_code(view, candidate, target, "target")
        if candidate.cameo.startswith(DENIAL_CODE) and source and target and country_part(actor_code(source)) == country_part(target_code):
            # "Песков отверг обвинения в причастности России": the side accused is the denier's own, not a target
            # (left with no counterpart, the denial is dropped as a statement just below)
            target, target_code = None, None
        if candidate.cameo.startswith(STATEMENT_ROOT) and target is None:
            # "Младич вину отрицал", "МЧС опровергло эту информацию": a statement addressed to and aimed at no one
            # named is no interaction between actors (EVENTS.md); the gold holds such statements optional at best
            log.debug("sentence %d, trigger %r (%s): a statement with no counterpart", view.index, mention.trigger, candidate.cameo)
            continue
        if candidate.cameo.startswith(TARGETED_ROOTS) and not candidate.cameo.startswith(UNTARGETED_CODES) and target is None:
            log.debug("sentence %d, trigger %r (%s): relations reduced with no one", view.index, mention.trigger, candidate.cameo)
            continue
        named = any(view.tokens[word].pos == "PROPN" for word in candidate.target_tokens)
        cameo = refined_code(candidate.cameo, target, target_code, named)
        entry = table.lookup(cameo)
        source_code = participant_code(view, candidate, source, "source", cameo)
        cameo = aerial_code(view, candidate, cameo)
        cameo = nonstate_code(view, candidate, cameo, source_code)
        cameo = eased_sanctions_code(cameo, source_code, target_code, target, restriction_eased(view, candidate))
        entry = table.lookup(cameo)
        assault = assault_code(cameo, source_code, target_code, candidate.between_sides)
        if assault != cameo:
            # "неизвестный открыл огонь по зданию суда", "студент напал на милиционера": fire a private person or an
            # unknown attacker opens on people or offices of a state is an assault (18), not a battle (19)
            cameo, entry = assault, table.lookup(assault)
        if private_exchange(cameo, source_code, target_code):
            log.debug("sentence %d, trigger %r (%s): between private people", view.index, mention.trigger, candidate.cameo)
            continue
        if private_trip(cameo, source_code, target_code):
            log.debug("sentence %d, trigger %r (%s): a private trip", view.index, mention.trigger, candidate.cameo)
            continue
        domestic_vow = own_side_target(cameo, source_code, target_code) and cameo.startswith(DOMESTIC_VOW_CODES)
        if domestic_vow and target is not None and target.type != "PER":
            # "власти Египта пообещали отменить режим чрезвычайного положения": a vow made at home, to no one
            target, target_code = None, None
        if own_side_target(cameo, source_code, target_code) and not domestic_vow and not meeting_at_home(view, candidate, cameo):
            log.debug("sentence %d, trigger %r (%s): a promise or aid to its own side", view.index, mention.trigger, cameo)
            continue
        if own_obligation(view, candidate, source_code, target_code):
            log.debug("sentence %d, trigger %r (%s): what the own side must do", view.index, mention.trigger, cameo)
            continue
        if own_country_among_sides(source_code, target_code, candidate.targets):
            continue  # "Путин ратифицировал соглашение между Россией и Абхазией": the other side is the target
        events.append(
            Event(
                cameo=cameo,
                source=source_code,
                target=target_code,
                source_name=_name(view, source),
                target_name=_name(view, target),
                source_entity=source.id if source else None,
                target_entity=target.id if target else None,
                plover=plover_of_event(view, candidate, cameo, entry.plover if entry else None),
                plover_mode=entry.plover_mode if entry else None,
                goldstein=entry.goldstein if entry else None,
                quad_class=entry.quad_class if entry else None,
                date=date,
                date_precision=precision,
                location=location,
                location_name=location_name,
                quantity=quantity,
                attribution=attribution,
                negated=candidate.negated,
                modality=candidate.modality,
                evidence=sentence.text,
                mentions=[mention],
            )
        )
    return events


def plover_of_event(view: SentenceView, candidate: Candidate, cameo: str, plover: str | None) -> str | None:
    """The PLOVER type of an event: its code's, but a formal agreement told by a verb of agreeing ("договорились о
    разделе власти": 057 for the article golds) is an agreement reached, AGREE, as the PLOVER golds code it; only a
    signed or ratified one is SUPPORT."""
    if cameo.startswith(FORMAL_AGREEMENT_CODE) and view.lemma(candidate.trigger) in load_lexicon().word_classes["accord"]:
        return AGREE_TYPE
    return plover


def participant_code(
    view: SentenceView, candidate: Candidate, entity: Entity | None, side: str, cameo: str | None = None
) -> str | None:
    """The actor code of a participant; a state the text names by its country or capital takes the role of
    the event ``cameo`` (the candidate's by default; ``roles.py``), and only when it is the argument itself:
    "по районам Ливана" is a place."""
    cameo = cameo or candidate.cameo
    code = actor_code(entity)
    if entity is None or code is None:
        return code
    if side == "target" and cameo.startswith(POPULATION_CODES) and entity.type == "LOC" and country_part(code):
        return country_part(code) + "CVL"  # "ввёл комендантский час в Оше": the people of the place
    if side == "source" and candidate.implied_source:
        charge = view.lemma(candidate.trigger) in load_lexicon().word_classes["charge"]
        return state_code(entity, "charge" if charge else "implied", cameo, place=True) or code
    # the pair of a joint event is one list; "Москва и Тегеран": the conjuncts are arguments too
    words = [node for word in candidate.source_tokens + candidate.target_tokens for node in view.conjuncts(word)]
    # "выразил сожаление решением Вашингтона", "раскритиковал действия Франции": the state whose act an argument
    # names is its agent, as much a participant as the argument itself
    acts = load_lexicon().word_classes["agent_act"]
    words += [
        agent for word in words if view.lemma(word) in acts
        for agent in view.kids(word, "nmod") if view.case(agent) == "Gen" and not view.preposition(agent)
    ]
    named = any(
        view.covering[word] is not None
        and view.covering[word][1] is entity
        and view.covering[word][0].kind != "adjective"
        for word in words
    )
    kinds = {
        view.covering[word][0].kind
        for word in words
        if view.covering[word] is not None and view.covering[word][1] is entity
    }
    if kinds == {"demonym"} and len(code) == 3:
        return code + "CVL"  # "американец арестован": a citizen, not his state
    return (state_code(entity, side, cameo) if named else None) or code


def aerial_code(view: SentenceView, candidate: Candidate, cameo: str) -> str:
    """Military force (190) an air force or its aircraft uses is aerial weapons (195): "израильские истребители
    нанесли удары по Газе", "турецкие ВВС сбили бомбардировщик", "удар американского беспилотника"."""
    if cameo != CONVENTIONAL_FORCE_CODE:
        return cameo
    aircraft = load_lexicon().word_classes["aircraft"]
    words = [node for word in candidate.source_tokens for node in view.conjuncts(word)]
    return AERIAL_CODE if any(view.lemma(word) in aircraft for word in words) else cameo


def nonstate_code(view: SentenceView, candidate: Candidate, cameo: str, source: str | None) -> str:
    """An execution or a shooting of people (175) by an armed group, a private person or an unknown killer is a
    killing (1823, ASSAULT): "боевики ИГ казнили 20 заложников", "исламисты расстреляли пассажиров автобуса"; their
    seizure of a ship (171) is a hijacking (181): "сомалийские пираты захватили танкер". A state's stay repression
    ("в КНДР казнён чиновник") and a seizure of property ("иранские военные захватили танкер")."""
    classes = load_lexicon().word_classes
    if cameo == REPRESSION_CODE and view.lemma(candidate.trigger) in classes["execution"]:
        refined = GROUP_KILLING_CODE
    elif cameo == SEIZURE_CODE and any(
        view.lemma(word) in classes["vessel"]
        for child in view.kids(candidate.trigger, "obj", "nsubj:pass")
        for word in view.conjuncts(child)
    ):
        refined = HIJACKING_CODE
    else:
        return cameo
    if source is None or source.startswith("NGO") or source[3:] in NONSTATE_KILLER_ROLES | PRIVATE_PERSON_ROLES:
        return refined
    return cameo


def restriction_eased(view: SentenceView, candidate: Candidate) -> bool:
    """Whether the act eases restrictions (word class foreign_restriction): the trigger is such a noun, or one hangs
    on it ("сняла ограничения", "ограничения были отменены", "о смягчении ограничений")."""
    words = load_lexicon().word_classes["foreign_restriction"]
    return view.lemma(candidate.trigger) in words or any(
        view.lemma(node) in words
        for child in view.kids(candidate.trigger, "obj", "nsubj:pass", "nmod")
        for node in view.conjuncts(child)
    )


def private_exchange(cameo: str, source: str | None, target: str | None) -> bool:
    """A statement, appeal or promise of a private person or a company to no one or to a private person."""
    def private(code: str | None, roles: set[str]) -> bool:
        return code is not None and len(code) > 3 and code[3:] in roles

    return (
        cameo[:2] in PRIVATE_EXCHANGE_ROOTS
        and private(source, PRIVATE_AGENT_ROLES)
        and (target is None or private(target, PRIVATE_PERSON_ROLES))
    )


def private_trip(cameo: str, source: str | None, target: str | None) -> bool:
    """A trip of a private person (a role the source takes only here, from its noun: "известный россиянин") to a
    place, no state's people ("россиянин прилетел в Тель-Авив"): no state visit (as the coder's "a private trip")."""
    return (
        cameo.startswith(TRAVEL_CODES)
        and source is not None and source[3:] in PRIVATE_ROLES
        and target is not None and len(target) == 3
    )


def own_side_target(cameo: str, source: str | None, target: str | None) -> bool:
    """A promise (03) announces its source's own act: made to the source itself or to its bare country ("Сурков
    заверил Путина, что правительство сделает все необходимое", "новый министр заявил, что готов принимать
    нелегкие решения") it is a domestic pledge, no interaction; to another side of the same country it may be one
    ("пообещал чехам повысить зарплату": the government to its citizens). (A threat of martial law at home is
    aimed at the own country: "объявило, что готово ввести военное положение".) So is aid (07) to the own bare
    country: the state's own spending ("король профинансировал строительство метро в Эр-Рияде"). And a visit called
    off to a place of the own country ("королева отменила поездку в Уэльс") refuses to meet no one."""
    if (cameo[:2] not in OWN_SIDE_ROOTS and cameo not in OWN_SIDE_CODES) or not source or not target:
        return False
    return target in (source, country_part(source))


def meeting_at_home(view: SentenceView, candidate: Candidate, cameo: str) -> bool:
    """"Эмир встретится с членами королевской семьи и чиновниками страны": a meeting to come (036) with people of
    the source's own side, named as its partner ("с" ...), is a meeting as one held (04) is, not a pledge to itself
    (but "делегацию на переговорах возглавит министр" names no partner)."""
    return cameo.startswith(MEETING_INTENT_CODE) and any(
        view.has_preposition(word, "с") for word in candidate.target_tokens
    )


def own_obligation(view: SentenceView, candidate: Candidate, source: str | None, target: str | None) -> bool:
    """An obligation told under a speech verb ("заявил, что X должен ...", a row whose source is the speaker, or
    one built on a word of obligation: "напомнил X о необходимости ...") is a demand of another side; what a
    state's speaker says his own state, its forces or people must do ("министр заявил, что Россия должна укрепить
    свою армию") is his side's policy, no demand."""
    obligations = load_lexicon().word_classes["obligation"]
    if not source or not target or candidate.rule.root != DEMAND_ROOT or not (
        any(slot.kind == "speaker" for slot in candidate.rule.source)
        or view.lemma(candidate.trigger) in obligations
        # "напомнил правительству о необходимости ...": a row built on an obligation word it requires
        or any(
            not requirement.absent and not requirement.lemmas.isdisjoint(obligations)
            for requirement in candidate.rule.requires
        )
    ):
        return False
    if source == target:
        return True
    country = country_part(source)
    return (
        country is not None
        and country == country_part(target)
        and source[3:] in OWN_STATE_ROLES
        and target[3:] in OWN_STATE_ROLES
    )


def own_country_among_sides(source: str | None, target: str | None, targets: list[Entity]) -> bool:
    """A target that is the source's own bare country among other targets of other countries: the sides of a
    "между X и Y" phrase the source belongs to ("Путин ратифицировал соглашение между Россией и Абхазией")."""
    if not source or not target or target != country_part(source) or len(targets) < 2:
        return False
    return any(country_part(actor_code(other)) not in (None, target) for other in targets)


def participle_object(view: SentenceView, candidate: Candidate) -> bool:
    """Whether the trigger is a participle on its source's noun and its targets are the participle's own objects,
    or words inside its own phrase ("Власти Боливии, уступившие требованиям участников протестов, ...")."""
    trigger = candidate.trigger
    return (
        view.tokens[trigger].feats.get("VerbForm") == "Part"
        and view.rel(trigger) == "acl"
        and view.head(trigger) in candidate.source_tokens
        and bool(candidate.target_tokens)
        and all(
            (view.head(word) == trigger and view.rel(word) == "obj") or trigger in view.ancestors(word, 3)
            for word in candidate.target_tokens
        )
    )


def distinct_roles(source: str | None, target: str | None) -> bool:
    """Two codes with two different roles ("KENCOP", "KENOPP")."""
    return bool(source and target and len(source) > 3 and len(target) > 3 and source[3:] != target[3:])


def other_side(view: SentenceView, candidate: Candidate, word: int) -> bool:
    """"перестрелка индонезийских солдат с сепаратистами", "столкновения полиции с демонстрантами": a target in
    the "с" phrase of the row's own slot is the other side, wherever the parser hung it (on the first side's noun
    too): not a part of the source's phrase."""
    return view.preposition(word) == "с" and view.case(word) == "Ins" and any(
        slot.kind == "prep" and slot.preposition == "с" and slot.case == "Ins" for slot in candidate.rule.target
    )


def one_phrase(view: SentenceView, sources: list[int], targets: list[int]) -> bool:
    """Whether the source and the target were found in one noun phrase, one inside the other."""
    for source in sources:
        inside = set(view.subtree(source))
        for target in targets:
            if target in inside or source in view.subtree(target):
                return True
    return False


def _name(view: SentenceView, entity: Entity | None) -> str | None:
    if entity is None:
        return None
    for covering in view.covering:
        if covering is not None and covering[1] is entity:
            return covering[0].text
    return entity.name

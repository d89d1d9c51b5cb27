"""One event per real-world event: repeated reports in an article merge into one Event."""

from __future__ import annotations

from collections.abc import Callable

from letopis.events.candidate import IMPLIED_ENTITY
from letopis.events.code_classes import FORMAL_AGREEMENT_CODE, SYMMETRIC_ROOTS, UNKNOWN_AGENT_ROOTS
from letopis.model import Event


def event_key(event: Event) -> tuple:
    """Same root, same participants (by entity, unordered for symmetric roots), same polarity; and for root 05 the
    same PLOVER type: an agreement reached and one signed ("договорились о поставках и подписали соглашение") are
    both 057, but AGREE and SUPPORT, two events."""
    source = event.source_entity or event.source or ""
    target = event.target_entity or event.target or ""
    root = event.cameo[:2]
    if root in SYMMETRIC_ROOTS and target < source:
        source, target = target, source
    kind = event.plover if root == FORMAL_AGREEMENT_CODE[:2] else None
    return (root, kind, source, target, event.negated)


def specificity(code: str) -> tuple[int, int]:
    """041 is more specific than 040, and 0331 than 033."""
    return (len(code.rstrip("0")), len(code))


def _has_target_twin(event: Event, events: list[Event]) -> bool:
    """A targetless report of an event the same sentence also reports with its target."""
    if event.target is not None:
        return False
    sentence = event.mentions[0].sentence_start if event.mentions else None
    return any(
        other.target is not None
        and other.cameo[:2] == event.cameo[:2]
        and other.source_entity == event.source_entity
        and other.negated == event.negated
        and other.mentions
        and other.mentions[0].sentence_start == sentence
        for other in events
    )


def refines(specific: str, general: str) -> bool:
    """Whether ``specific`` is ``general`` or a code under it: 041 under 040, every 10x under 100 (and not 19x:
    the root bounds the prefix)."""
    return specific[:2] == general[:2] and specific.startswith(general.rstrip("0"))


def _covers(general: str | None, specific: str | None) -> bool:
    """``specific`` names the same participant more precisely: USA -> USACVL (the country, then its citizen)."""
    if general == specific:
        return True
    return bool(general and specific and len(general) == 3 and specific.startswith(general))


def _subsumed(event: Event, events: list[Event]) -> Event | None:
    """Another report of the same event that names a participant with its role where this one names only the
    country ("арест гражданина США" in the headline and "арест американца Бэ" in the body): one event, when the
    other's code is this one's or a refinement of it (040 -> 041): "прибыл в ЮАР" (042, the country visited) is
    no vaguer report of "поговорил по телефону с членами семьи Манделы" (041)."""
    for other in events:
        if (
            other is not event
            and refines(other.cameo, event.cameo)
            and other.negated == event.negated
            and (other.source, other.target) != (event.source, event.target)
            and _covers(event.source, other.source)
            and _covers(event.target, other.target)
        ):
            return other
    return None


def merge_events(events: list[Event]) -> list[Event]:
    merged = _merge_implied(_merge_subsumed(_merge_into_twins(_merge_same(events), _same_report)))
    _date_headline_by_body(merged)
    return merged


def _country_key(event: Event) -> tuple:
    """Root and the participants' countries (unordered for symmetric roots): the act whatever the roles."""
    source, target = (event.source or "")[:3], (event.target or "")[:3]
    if event.cameo[:2] in SYMMETRIC_ROOTS and target < source:
        source, target = target, source
    return (event.cameo[:2], source, target, event.negated)


def _date_headline_by_body(events: list[Event]) -> None:
    """"Убит муфтий Кабардино-Балкарии" over "в Нальчике вечером 15 декабря был убит председатель ДУМ": a headline
    that tells its act with no time of its own (dated as published) sums up the body, which dates it; it takes the
    date the body gives the same act (same root and countries), when every report of it there gives that one date
    (another undated one may tell another act)."""
    for event in events:
        if event.date_precision != "published" or not all(mention.sentence_start == 0 for mention in event.mentions):
            continue
        key = _country_key(event)
        dates = {
            (other.date, other.date_precision) for other in events if other is not event and _country_key(other) == key
        }
        if len(dates) == 1:
            date, precision = dates.pop()
            if date and precision not in (None, "published"):
                event.date, event.date_precision = date, precision


def _same_report(event: Event, events: list[Event]) -> Event | None:
    """An earlier event of the same codes told by the same trigger: two words of one participant ("ордер на арест
    президента Судана": the president and his country) are one participant."""
    triggers = {(mention.trigger_start, mention.trigger_stop) for mention in event.mentions}
    for other in events:
        if other is event:
            return None
        if (other.cameo, other.source, other.target, other.negated) == (
            event.cameo, event.source, event.target, event.negated
        ) and triggers & {(mention.trigger_start, mention.trigger_stop) for mention in other.mentions}:
            return other
    return None


def _implied_source(event: Event) -> bool:
    """A source the text does not name, implied by the place's state ("осуждён" -> the country's court)."""
    return (event.source_entity or "").startswith(IMPLIED_ENTITY)


def _named_twin(event: Event, events: list[Event]) -> Event | None:
    """Another report of the same act to the same target that names who did it ("Младич приговорён" in the
    headline, "трибунал приговорил Младича" in the body): the implied source was only a guess."""
    if not _implied_source(event):
        return None
    for other in events:
        if (
            other is not event
            and not _implied_source(other)
            and other.source is not None
            and other.cameo == event.cameo
            and other.target == event.target
            and other.negated == event.negated
        ):
            return other
    return None


def _merge_implied(events: list[Event]) -> list[Event]:
    return _merge_into_twins(_merge_into_twins(events, _named_twin), _attacker_twin)


def _attacker_twin(event: Event, events: list[Event]) -> Event | None:
    """An attack told without its attacker ("Теракт в Иерусалиме: убиты двое полицейских", "Назаров был убит") and
    told again with him ("трое жителей Умм эль-Фахма совершили нападение на полицейских"): one attack, whose
    attacker the other report names; the unknown source (`---`) was only for want of a name."""
    if event.source is not None or event.target is None or event.cameo[:2] not in UNKNOWN_AGENT_ROOTS:
        return None
    for other in events:
        if (
            other is not event
            and other.source is not None
            and other.target is not None
            and other.cameo[:2] == event.cameo[:2]
            and other.target[:3] == event.target[:3]
            and other.negated == event.negated
        ):
            return other
    return None


def _merge_subsumed(events: list[Event]) -> list[Event]:
    return _merge_into_twins(events, _subsumed)


def _merge_into_twins(events: list[Event], twin_of: Callable[[Event, list[Event]], Event | None]) -> list[Event]:
    """The events that have no twin by ``twin_of``; the others' mentions go to their twins."""
    kept = []
    for event in events:
        twin = twin_of(event, events)
        if twin is None:
            kept.append(event)
            continue
        for mention in event.mentions:
            if mention not in twin.mentions:
                twin.mentions.append(mention)
    return kept


def _merge_same(events: list[Event]) -> list[Event]:
    merged: dict[tuple, Event] = {}
    for event in events:
        if _has_target_twin(event, events):
            continue
        key = event_key(event)
        kept = merged.get(key)
        if kept is None:
            merged[key] = event
            continue
        if specificity(event.cameo) > specificity(kept.cameo):
            kept.cameo, kept.plover, kept.plover_mode = event.cameo, event.plover, event.plover_mode
            kept.goldstein, kept.quad_class = event.goldstein, event.quad_class
        for name in (
            "date",
            "date_precision",
            "location",
            "location_name",
            "quantity",
            "attribution",
            "modality",
        ):
            if getattr(kept, name) is None and getattr(event, name) is not None:
                setattr(kept, name, getattr(event, name))
        if kept.date_precision == "published" and event.date_precision not in (None, "published"):
            kept.date, kept.date_precision = event.date, event.date_precision
        for mention in event.mentions:
            if mention not in kept.mentions:
                kept.mentions.append(mention)
    return list(merged.values())

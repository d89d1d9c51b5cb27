"""An event's attributes: date, location, quantity and attribution, from the sentence and its context."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from letopis.events.lexicon import load_lexicon
from letopis.events.syntax import SentenceView
from letopis.kb.link import JUDICIARY
from letopis.model import Article, Sentence, TimeExpression
from letopis.nlp.times import bare_weekday

if TYPE_CHECKING:
    from letopis.events.candidate import Candidate

# prepositions that place an event somewhere: "в Кабуле", "на территории", "близ Газиантепа"
PLACE_PREPOSITIONS = {"в", "на", "у", "близ", "вблизи", "около", "под", "возле", "в район"}
# words that mark a sentence as background, older than the article's news
BACKGROUND = {"ранее", "прежде", "раньше", "некогда"}
# a blank line between two sentences: they belong to different blocks of lines
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def blank_line_between(article: Article, earlier: Sentence, later: Sentence) -> bool:
    """Whether a blank line parts two sentences: a block of lines (a paragraph of its own) ends there."""
    return bool(BLANK_LINE.search(article.text[earlier.stop : later.start]))
# a word that points back to a time named before the sentence: "Тогда же был отправлен в отставку ..."
BACK_REFERENCE = "тогда"
# a time of last year dates an act the article recalls (the gold sets mark each such act optional)
LAST_YEAR = ("прошлого года", "прошлом году", "прошлый год", "позапрошлого года", "позапрошлом году")
# a span of years is a trend the article recalls, not one event: "за последние годы были арестованы ..."
TREND_SPANS = ("последние годы", "последних лет", "многих лет", "долгие годы", "на протяжении лет")
# modalities of an act still to come (qualifiers.py)
UPCOMING = {"future", "intent"}
# "near the border / coast of X" is outside X
NEAR = {"у", "близ", "вблизи", "возле", "около"}
EDGES = {"граница", "берег", "побережье", "рубеж"}
VIOLENT_FROM = "14"  # from this root on, any place named in the sentence is where it happened
# acts a state does on its own ground: arrests, trials, seizures (17). (Summons of envoys 114, expulsions 166 and
# releases 084 were tried too: the read NEREL sets gain 2, the blind sets lose 6, whose gold leaves such
# cross-border acts without a place.)
AT_HOME_CODES = ("17",)
# harm done to people (killings, assaults, abductions 18; violent repression 175): a target of single persons counts them
HARM_CODES = ("18", "175")
PERSONAL_PRONOUNS = {"он", "она"}
# a visit (042) happens in the country of whom or what is visited: "посетил Москву", "посетил президента Китая"
VISIT_CODE = "042"
# an event dated this long before publication is background history, not the article's news (eight months: a news
# story recalls older acts, "в 2018 году стороны заключили мирный договор" in an October 2019 report; the gold
# sets mark them optional, but for an act of July revealed as news in March: the end of its month is 236 days old)
BACKGROUND_AGE = timedelta(days=243)
# cooperation that a present tense may tell as a standing relation ("сотрудничает с Францией": told_as_standing)
STANDING_ROOTS = ("050", "06")
# a sentence with no time of its own continues the news dated just before it when that date is this recent; an
# older one opens the history behind the news
CONTINUATION_AGE = timedelta(days=31)


def country_of(code: str | None) -> str | None:
    if not code or code.startswith("---"):
        return None
    if code.startswith(("IGO", "NGO")):
        return None
    return code[:3]


def location_of(article: Article, view: SentenceView, candidate: Candidate) -> tuple[str | None, str | None]:
    """Country code and place name: a place the trigger governs, else (violent events) any place in the sentence."""
    participants = {id(entity) for entity in candidate.sources + candidate.targets}
    nodes = [candidate.trigger, *view.kids(candidate.trigger, "obj", "nsubj", "nsubj:pass")]
    # "в Шанхае начались совместные учения", "переговоры прошли в Москве": a noun trigger's place hangs on the verb
    # it is the subject of
    head = view.head(candidate.trigger)
    if view.tokens[candidate.trigger].pos == "NOUN" and view.rels[candidate.trigger] in ("nsubj", "nsubj:pass") \
            and head >= 0 and view.tokens[head].pos == "VERB":
        nodes.append(head)
    for node in nodes:
        places = [(child, view.preposition(child)) for child in view.children[node]]
        # "на территорию Таджикистана": the place is the genitive under the preposition's noun
        places += [(grand, prep) for child, prep in places if prep for grand in view.kids(child, "nmod")]
        for child, preposition in places:
            if preposition in NEAR and view.head(child) >= 0 and view.lemma(view.head(child)) in EDGES:
                continue  # "учения у границ Финляндии" take place outside Finland
            covering = view.covering[child]
            if covering is None or covering[1].type != "LOC" or preposition not in PLACE_PREPOSITIONS:
                continue
            if covering[0].kind == "adjective":
                continue
            country = country_of(covering[1].actor.code if covering[1].actor else None)
            if country:
                return country, covering[0].text
    if candidate.cameo[:2] >= VIOLENT_FROM:
        # a place inside the source's phrase names the actor, not the scene: "суд Казахстана"; the target's may
        # be the scene ("ракеты по районам Ливана")
        inside = [view.span(word) for word in candidate.source_tokens]
        # a target named by a place inside a place noun is the scene ("ракеты по районам Ливана"); a target
        # country ("санкции против Ирана", "граждан Украины") is not
        scenes = [
            view.span(word)
            for word in candidate.target_tokens
            if view.covering[word] is None and view.lemma(word) not in EDGES
        ]
        # a place in a clause of another act is that act's ("по ордеру, выданному в США", "который бежал в Сирию")
        foreign = clauses_without(view, candidate.trigger)
        for covering in view.covering:
            if covering is None or covering[1].type != "LOC":
                continue
            if any(start <= covering[0].start < stop for start, stop in foreign):
                continue
            in_scene = any(start <= covering[0].start < stop for start, stop in scenes)
            in_target = any(start <= covering[0].start < stop for start, stop in map(view.span, candidate.target_tokens))
            if (id(covering[1]) in participants or in_target) and not in_scene:
                continue  # "арестовали гражданина Франции": the target's country is not the scene
            if any(start <= covering[0].start < stop for start, stop in inside):
                continue
            if covering[0].kind == "adjective":
                continue
            country = country_of(covering[1].actor.code if covering[1].actor else None)
            if country:
                return country, covering[0].text
    # an act between actors of one country ("полиция задержала", "министр подал в отставку") happens there
    countries = {country_of(entity.actor.code if entity.actor else None) for entity in participants_of(candidate)}
    if len(countries) == 1 and None not in countries:
        return countries.pop(), None
    # arrests, trials, seizures (17) are acts of a state on its own ground: "КНДР подтвердила арест гражданина США";
    # so is whatever a country's court does ("Итальянский суд приговорил украинского солдата"), and what the state
    # of a place is implied to have done ("Гражданину Германии, задержанному в Стамбуле, предъявлено обвинение")
    homes = {country_of(entity.actor.code if entity.actor else None) for entity in candidate.sources}
    courts = candidate.sources and all(
        entity.actor is not None and (entity.actor.code or "")[3:] == JUDICIARY for entity in candidate.sources
    )
    at_home = candidate.cameo.startswith(AT_HOME_CODES) or courts or candidate.implied_source
    if at_home and len(homes) == 1 and None not in homes:
        return homes.pop(), None
    visited = {country_of(entity.actor.code if entity.actor else None) for entity in candidate.targets}
    if candidate.cameo.startswith(VISIT_CODE) and len(visited) == 1 and None not in visited and visited != homes:
        return visited.pop(), None
    return None, None


def participants_of(candidate: Candidate) -> list:
    return [entity for entity in candidate.sources + candidate.targets if entity.actor is not None]


def date_of(article: Article, view: SentenceView, candidate: Candidate) -> tuple[str | None, str | None]:
    """The sentence's time expression nearest the trigger, else the publication date unless the sentence is background."""
    best = event_time(article, view, candidate)
    if best is not None and best.value and article.published is not None and bare_weekday(best.text) \
            and candidate.modality in UPCOMING and best.value < article.published.isoformat() \
            and not dates_past_verb(view, best):
        # a weekday alone is the last one, unless the act is still to come: "встретится в понедельник"
        return (date.fromisoformat(best.value) + timedelta(days=7)).isoformat(), best.precision
    if best is not None:
        return enclosing_period(best), best.precision if best.value else None
    if any(view.lemma(position) in BACKGROUND for position in range(len(view.tokens))):
        return None, None
    earlier = continued_time(article, view, candidate)
    if earlier is not None:
        return enclosing_period(earlier), earlier.precision
    if article.published is not None:
        return article.published.isoformat(), "published"
    return None, None


def enclosing_period(time: TimeExpression) -> str | None:
    """The ISO value of a time that spans days: the shortest period EVENTS.md can write that holds it all ("в
    начале июля 2021 года" -> "2021-07", "в начале 2010 года" -> "2010", "на прошлой неделе" within one month ->
    that month); a week across two months names no month (None). A range of several years keeps its first day:
    its start dates the history it recalls."""
    if time.precision not in ("range", "week") or not time.value or not time.end:
        return time.value
    first, last = period_start(time.value), period_end(time.end)
    if first is None or last is None:
        return time.value
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    if time.precision == "week":
        return None
    if first.year == last.year:
        return f"{first.year:04d}"
    return time.value


def dates_past_verb(view: SentenceView, time: TimeExpression) -> bool:
    """"В понедельник Керри заявил, что США не будут возражать": the weekday dates the past verb of saying, not the
    act still to come below it."""
    for position, token in enumerate(view.tokens):
        if time.start <= token.start < time.stop:
            head = view.head(position)
            return head >= 0 and view.tokens[head].feats.get("Tense") == "Past"
    return False


def continued_time(article: Article, view: SentenceView, candidate: Candidate) -> TimeExpression | None:
    """"В понедельник самолёты выпустили ракеты по Ливану. США назвали этот шаг эскалацией.": a past act told in a
    sentence that names no time goes on with what its block of lines dated just before, the last time of the nearest
    earlier sentence that names one, if that time dates the sentence's verb and is recent news (an older one opens
    history, "В 2010 году его мать получила гражданство. Родители задержаны для допроса.")."""
    if article.published is None:
        return None  # an undated article's events keep no date but their own
    if any(time.sentence == view.index for time in article.times):
        return None  # a time of its own left out (another clause's, a plan's): the sentence is not a continuation
    if told_in_present(view, candidate.trigger):
        return None  # "Иран поддерживает Асада", "полиция хочет допросить": the present, not the act told before
    following = view.sentence
    for index in range(view.index - 1, 0, -1):  # never from the headline
        sentence = article.sentences[index]
        if blank_line_between(article, sentence, following):
            return None  # a block of lines ends at a blank line (each line is a paragraph of its own)
        following = sentence
        times = [time for time in article.times if time.sentence == index and not scheduled_for(article, time)]
        if not times:
            continue
        last = max(times, key=lambda time: time.start)
        if last.value is None or not dates_predicate(sentence, last):
            return None
        begins = period_start(last.value)
        if begins is None or not article.published - CONTINUATION_AGE <= begins <= article.published:
            return None
        return last
    return None


def told_in_present(view: SentenceView, word: int) -> bool:
    """Whether the word or a verb above it is in the present tense."""
    seen = set()
    while 0 <= word < len(view.tokens) and word not in seen:
        if view.tokens[word].feats.get("Tense") == "Pres":
            return True
        seen.add(word)
        word = view.head(word)
    return False


def dates_predicate(sentence: Sentence, time: TimeExpression) -> bool:
    """Whether the time hangs on the sentence's main verb ("Акция состоялась 12 июня"), not on a noun
    ("в связи с акцией протеста 14 июля") or a subordinate clause: only then it dates what the sentence tells."""
    tokens = sentence.tokens
    for token in tokens:
        if not time.start <= token.start < time.stop or not 0 <= token.head < len(tokens):
            continue
        head = tokens[token.head]
        if bare_weekday(head.text) and 0 <= head.head < len(tokens):
            head = tokens[head.head]  # "В пятницу 7 декабря ... прошли выборы": the date hangs on its weekday
        # a verb: a photo caption ("Митинг 12 марта 2011 года в Москве") names no act
        if head.head == -1 and head.pos == "VERB":
            return True
    return False


def scheduled_for(article: Article, time: TimeExpression) -> bool:
    """"Визит запланирован на следующую неделю", "перенёс казнь на 3 апреля": "на" with an accusative time names
    the date set for what is planned, not when the planning happened ("на прошлой неделе", locative, does)."""
    before = article.text[: time.start].rstrip().lower()
    if not (before.endswith(" на") or before == "на"):
        return False
    if not 0 <= time.sentence < len(article.sentences):
        return False
    words = [token for token in article.sentences[time.sentence].tokens if time.start <= token.start < time.stop]
    return not any(token.feats.get("Case") == "Loc" for token in words)


def recalls_last_year(article: Article, view: SentenceView, candidate: Candidate) -> bool:
    """"В июне прошлого года суд приговорил ...": an act of last year is recalled background, dated or not."""
    time = event_time(article, view, candidate)
    text = time.text.lower() if time is not None else ""
    return any(words in text for words in LAST_YEAR)


def event_time(article: Article, view: SentenceView, candidate: Candidate) -> TimeExpression | None:
    """The sentence's time expression nearest the trigger outside other acts' clauses, else the one a "тогда"
    points back to."""
    trigger = view.tokens[candidate.trigger].start
    best = None
    foreign = clauses_without(view, candidate.trigger)
    for time in article.times:
        inside = time.sentence == view.index or view.sentence.start <= time.start < view.sentence.stop
        if inside and scheduled_for(article, time):
            continue  # the date set for a plan: the event is the planning, dated as reported
        if inside and any(start <= time.start < stop for start, stop in foreign):
            continue  # "реабилитировал Берлускони, который в 2013 году был приговорён": the time of another act
        if inside and (best is None or abs(time.start - trigger) < abs(best.start - trigger)):
            best = time
    if best is None:
        best = caption_time(article, view)
    if best is None and refers_back(view):
        earlier = [time for time in article.times if time.value and time.start < view.sentence.start]
        best = max(earlier, key=lambda time: time.start, default=None)
    return best


def caption_time(article: Article, view: SentenceView) -> TimeExpression | None:
    """"Полицейские обыскивают дом в Варшаве. Ноябрь 1939 года.": a paragraph that ends in a bare date is a
    photo caption (or a dated note), and the date is that of what it shows."""
    following = view.index + 1
    sentences = article.sentences
    if following >= len(sentences) or sentences[following].paragraph != view.sentence.paragraph:
        return None
    if following + 1 < len(sentences) and sentences[following + 1].paragraph == view.sentence.paragraph:
        return None  # the date must close the paragraph
    bare = sentences[following].text.strip(" .")
    for time in article.times:
        if time.value and time.sentence == following and time.text.strip(" .") == bare:
            return time
    return None


def clauses_without(view: SentenceView, trigger: int) -> list[tuple[int, int]]:
    """Character spans of the relative clauses and participle phrases of the sentence that do not hold
    ``trigger``: a time named inside one dates the act told there, not the trigger's. An imperfective past
    ("выступал в поддержку Альенде, который погиб в 1973 году") tells a habit of the same years: it keeps them.
    A participle on the trigger noun itself tells that very act ("в договоре, заключённом в июне 2015 года"): its
    time is the trigger's. A claim told in the present ("оппозиция утверждает, что администрация нарушила закон
    перед выборами 2014 года") is made now: the time of its content clause dates the content, not the claim."""
    spans = []
    feats = view.tokens[trigger].feats
    if feats.get("Tense") == "Pres" and feats.get("VerbForm") == "Fin":
        for node in view.kids(trigger, "ccomp"):
            words = view.subtree(node)
            spans.append((view.tokens[min(words)].start, view.tokens[max(words)].stop))
    if feats.get("Aspect") == "Imp":
        return spans
    first_conjunct = view.head(trigger) if view.rels[trigger] == "conj" else trigger
    for node, rel in enumerate(view.rels):
        if rel != "acl:relcl" and not (rel == "acl" and view.tokens[node].pos == "VERB"):
            continue
        if rel == "acl" and view.tokens[trigger].pos == "NOUN" and view.head(node) in (trigger, first_conjunct):
            continue  # on the trigger noun, or on the nouns it is coordinated with ("изнасилование и убийство, совершённые")
        words = view.subtree(node)
        if trigger not in words:
            spans.append((view.tokens[min(words)].start, view.tokens[max(words)].stop))
    return spans


def refers_back(view: SentenceView) -> bool:
    """"Тогда же ...", "как сообщила тогда ...": the sentence happens at the time named before it; but not "тогда
    как" (whereas) nor the "тогда" of a condition ("если ..., тогда ...")."""
    lemmas = [view.lemma(position) for position in range(len(view.tokens))]
    if "если" in lemmas:
        return False
    return any(
        lemma == BACK_REFERENCE and (position + 1 == len(lemmas) or lemmas[position + 1] != "как")
        for position, lemma in enumerate(lemmas)
    )


def quantity_of(article: Article, view: SentenceView, candidate: Candidate) -> float | None:
    """A number that counts an argument: "задержали 11 военнослужащих", "отступили более тысячи военных"."""
    spans = [view.span(word) for word in candidate.target_tokens + candidate.source_tokens]
    # a number in a clause of another act counts what that act did ("открывший стрельбу, в результате которой
    # пострадали 20 человек"): not this event's participants
    foreign = clauses_without(view, candidate.trigger)
    for start, stop in spans:
        for quantity in article.quantities:
            if any(begin <= quantity.start < end for begin, end in foreign):
                continue
            if start <= quantity.start and quantity.stop <= stop:
                return quantity.value
    if candidate.cameo.startswith(HARM_CODES):
        return persons_named(view, candidate.target_tokens)
    return None


def persons_named(view: SentenceView, words: list[int]) -> float | None:
    """How many people the phrases name one by one: "убит глава города" 1, "застрелены имам Аконджио и Тхара Уддин"
    2, "его застрелила полиция" 1; None when a phrase names a group, a plural or a thing ("граждан", "группу",
    "колонну")."""
    people = [node for word in words for node in view.conjuncts(word)]
    # "имама мечети и его помощника": a person the parser coordinated with a thing's genitive below the target
    people += [
        node
        for word in words
        for child in view.kids(word, "nmod")
        if view.tokens[child].feats.get("Animacy") == "Inan"
        for node in view.conjuncts(child)[1:]
        if view.tokens[node].feats.get("Animacy") == "Anim"
    ]
    for node in people:
        feats = view.tokens[node].feats
        if feats.get("Number") != "Sing":
            return None
        if view.tokens[node].pos == "PRON":
            if feats.get("Person") != "3" or view.lemma(node) not in PERSONAL_PRONOUNS:
                return None
        elif view.tokens[node].pos not in ("NOUN", "PROPN") or feats.get("Animacy") != "Anim":
            return None
    return float(len(people)) if people else None


def attribution_of(article: Article, view: SentenceView, candidate: Candidate) -> str | None:
    """Who says so: the speaker of the quote around the trigger, else the subject of a verb of saying."""
    trigger = view.tokens[candidate.trigger].start
    for quote in article.quotes:
        if quote.start <= trigger < quote.stop and quote.speaker is not None:
            chain = [quote.speaker.text] + [source.text for source in quote.via]
            return " / ".join(chain)
    speech = load_lexicon().speech_verbs
    for position in range(len(view.tokens)):
        if view.lemma(position) in speech and position != candidate.trigger:
            for subject in view.kids(position, "nsubj"):
                start, stop = view.span(subject)
                return article.text[start:stop]
    return None


def period_start(value: str) -> date | None:
    """The first day of an ISO date, month or year: "2009-07" -> 2009-07-01."""
    end = period_end(value)
    if end is None:
        return None
    parts = value.split("-")
    return end.replace(month=1, day=1) if len(parts) == 1 else end.replace(day=1) if len(parts) == 2 else end


def period_end(value: str) -> date | None:
    """The last day of an ISO date, month or year: "2009" -> 2009-12-31."""
    try:
        parts = [int(part) for part in value.split("-")[:3]]
    except ValueError:
        return None
    if not parts or not 1000 <= parts[0] <= 9999:
        return None
    try:
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def is_trend(view: SentenceView) -> bool:
    text = view.sentence.text.lower()
    return any(span in text for span in TREND_SPANS)


def is_habit(view: SentenceView, trigger: int) -> bool:
    """"Одзава и Хатояма неоднократно выступали с критикой Кана": an adverb of repetition on a past verb that is the
    trigger or above it makes the act a habit the article recalls, not one event."""
    repeated = load_lexicon().word_classes["repeated"]
    governing = {trigger, *view.ancestors(trigger)}
    return any(
        (view.lemma(position) in repeated or lasting_span(view, position))
        and view.head(position) in governing
        and told_in_past(view, view.head(position))
        for position in range(len(view.tokens))
    )


def told_as_practice(view: SentenceView, trigger: int, precision: str | None) -> bool:
    """"Суд признал его виновным — подчиненные шерифа задерживали людей, которых ...": an imperfective past
    verb the text gives no date (``precision`` of ``date_of``: none, or only the article's) in a clause below
    another, after the lead paragraph, tells a practice that explains the news, not an act of its own (a main
    clause's imperfective "Байден просил ..." reports one)."""
    token = view.tokens[trigger]
    return (
        precision in (None, "published")
        and view.sentence.paragraph > 0
        and token.feats.get("Aspect") == "Imp"
        and token.feats.get("Tense") == "Past"
        and token.feats.get("VerbForm") == "Fin"
        and view.head(trigger) >= 0
    )


def told_as_standing(view: SentenceView, candidate: Candidate, precision: str | None) -> bool:
    """"Индия активно сотрудничает с Францией", "Бразилия традиционно сотрудничает с Аргентиной": cooperation
    (roots 05 and 06, ``STANDING_ROOTS``) told by a present imperfective verb the text gives no date of its own
    (``precision`` of ``date_of``) after the headline and the lead describes a standing relation between states,
    not an act of the news (a headline's or lead's present tells the news: "Богота получает от Бразилии данные")."""
    token = view.tokens[candidate.trigger]
    return (
        candidate.cameo.startswith(STANDING_ROOTS)
        and view.sentence.paragraph > 1
        and precision in (None, "published")
        and token.pos == "VERB"
        and token.feats.get("Aspect") == "Imp"
        and token.feats.get("Tense") == "Pres"
        and token.feats.get("VerbForm") == "Fin"
    )


def told_in_past(view: SentenceView, word: int) -> bool:
    """A past verb, or a predicate noun with a past copula ("долгое время был шерифом")."""
    return any(view.tokens[node].feats.get("Tense") == "Past" for node in (word, *view.kids(word, "cop")))


def lasting_span(view: SentenceView, position: int) -> bool:
    """"Арпайо долгое время был шерифом ... и запретил": a long stretch of time on a past verb is a habit too."""
    classes = load_lexicon().word_classes
    return view.lemma(position) in classes["time_span"] and any(
        view.lemma(child) in classes["lasting"] for child in view.kids(position, "amod")
    )


def told_as_earlier_practice(view: SentenceView, trigger: int, precision: str | None) -> bool:
    """"Ранее с призывом к отставке выступали активисты", "Ранее он пытался вести переговоры с Асадом": an
    imperfective past verb (the trigger or the first finite verb above it) that "ранее", "прежде", "раньше" set
    before the news, with no time of its own (``precision`` of ``date_of``), tells a practice or an effort the
    article recalls, not an act of its news ("Ранее в понедельник МИД обвинял ..." names its day; a perfective
    "Ранее Россия выслала дипломатов" tells one act)."""
    if precision not in (None, "published"):
        return False
    for node in (trigger, *view.ancestors(trigger)):
        feats = view.tokens[node].feats
        if feats.get("VerbForm") != "Fin":
            continue
        return (
            feats.get("Tense") == "Past"
            and feats.get("Aspect") == "Imp"
            and any(
                view.lemma(child) in BACKGROUND or view.tokens[child].text.lower() in BACKGROUND
                for child in view.kids(node, "advmod")
            )  # (the tagger reads "раньше" as the comparative of "ранний")
        )
    return False


def told_at_age(view: SentenceView, trigger: int) -> bool:
    """"В 23 года он стал одним из организаторов протестов, которые были подавлены": a time told by the actor's age
    on a verb governing the trigger is a biography the article recalls, not its news."""
    governing = {trigger, *view.ancestors(trigger)}
    age = load_lexicon().word_classes["age"]
    for position in range(len(view.tokens)):
        if view.head(position) not in governing or view.lemma(position) not in age:
            continue
        if not view.has_preposition(position, "в"):
            continue
        numbers = view.children[position]  # (the parser may tag the number an adjective)
        if view.lemma(position) == "возраст":  # "в возрасте 23 лет"
            numbers = [child for year in numbers if view.lemma(year) == "год" for child in view.children[year]]
        if any(view.tokens[number].text.isdigit() and int(view.tokens[number].text) < 120 for number in numbers):
            return True
    return False


def is_background(article: Article, value: str | None, paragraph: int = 0) -> bool:
    """"В 2009 году КНДР арестовала ..." in a 2013 article: history the article recalls."""
    if not value:
        return False
    end = period_end(value)
    if end is None:
        return False
    if article.published is not None:
        return end < article.published - BACKGROUND_AGE
    # undated article: its news is in the latest year it names; an earlier year is history it recalls
    latest = latest_date(article)
    if latest is not None and end.year < latest.year:
        return True
    # a writer leaves the current year unnamed: an article that dates its news without a year ("случился
    # 2 февраля", "в пятницу") and has named no year up to there recalls history when a later paragraph names one
    # ("вышел из тюрьмы в декабре 2018 года"); a year named up to the news is the news's own ("в начале 2010
    # года ... 20 января", "8 мая 2013 года ... вчера")
    news = news_paragraph(article)
    if news is None or paragraph <= news:
        return False
    return not any(
        time.value and 0 <= time.sentence < len(article.sentences) and article.sentences[time.sentence].paragraph <= news
        for time in article.times
    )


def news_paragraph(article: Article) -> int | None:
    """The first paragraph of an undated article that dates an event without naming its year."""
    paragraphs = [
        article.sentences[time.sentence].paragraph
        for time in article.times
        if time.value is None and time.precision in ("day", "week") and 0 <= time.sentence < len(article.sentences)
    ]
    return min(paragraphs, default=None)


def latest_date(article: Article) -> date | None:
    """Without a publication date, the article's context is its latest date."""
    ends = [period_end(time.value) for time in article.times if time.value]
    return max((end for end in ends if end is not None), default=None)

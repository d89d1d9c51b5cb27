"""Meetings, talks and summits told the way articles tell them (helper "consult", session 22).

- a meeting noun whose sides are its genitives is held when the verb it is the subject of says it took place, lasted
  or ended ("Встреча Путина и Эрдогана продлилась четыре часа"); in the future those verbs make it intended (036);
- "они" with no plural antecedent means a person and the partner named with "с" before it ("встретился с Рахмоном.
  Они договорились ...", "во время встречи с Медведевым они договорились");
- the leaders who took part in a summit ("в саммите приняли участие лидеры X, Y и Z") meet each other."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Встреча Путина и Эрдогана в Сочи продлилась четыре часа.", ("RUS", "TUR")),
        ("Встреча президентов Азербайджана и Армении в Казани не принесла прорыва.", ("AZE", "ARM")),
        ("Встреча министров иностранных дел Индии и Китая закончилась без совместного заявления.",
         ("IND", "CHN")),
        ("Встреча Макрона и Шольца в Париже длилась около трех часов.", ("FRA", "DEU")),
    ],
)
def test_meeting_told_by_its_course_is_held(code, text, pair):
    found = dyads(code("Встреча\n" + text))
    assert ("04", *pair) in found or ("04", *reversed(pair)) in found


@pytest.mark.parametrize(
    "text",
    [
        "Встреча Путина и Эрдогана продлится четыре часа.",
        "Встреча министров иностранных дел Индии и Китая закончится подписанием заявления.",
    ],
)
def test_meeting_told_by_its_future_course_is_intended(code, text):
    events = code("Встреча\n" + text)
    assert events and all(event.cameo == "036" for event in events)


def test_they_after_a_meeting_means_both_sides(code):
    events = code("Визит\nПутин встретился с Рахмоном в Москве. Они договорились о поставках оружия.")
    agreed = [event for event in events if event.cameo == "057"]
    assert agreed and {(agreed[0].source[:3], agreed[0].target[:3])} <= {("RUS", "TJK"), ("TJK", "RUS")}


def test_they_inside_the_clause_of_a_meeting_means_the_speaker_and_his_partner(code):
    events = code("Переговоры\nЛукашенко рассказал, что в ходе переговоров с Путиным они обсудили поставки газа.")
    found = dyads(events)
    assert ("04", "BLR", "RUS") in found or ("04", "RUS", "BLR") in found


def test_they_after_a_telephone_talk_means_both_sides(code):
    events = code("Разговор\nПрезидент Франции поговорил по телефону с канцлером Германии. Они договорились о "
                  "совместной позиции по Ирану.")
    assert ("05", "FRA", "DEU") in dyads(events)


def test_they_with_a_plural_antecedent_keeps_it(code):
    # a plural actor named before wins over the pair: "они" are the ministers of both states
    events = code("Визит\nМинистры обороны Индии и Пакистана встретились в Дели. Они обсудили ситуацию в Кашмире.")
    found = dyads(events)
    assert ("04", "IND", "PAK") in found or ("04", "PAK", "IND") in found
    assert all(event.source[:3] in ("IND", "PAK") for event in events)


def test_leaders_taking_part_in_a_summit_meet_each_other(code):
    found = dyads(code("Саммит\nВ саммите в Шанхае приняли участие лидеры России, Китая и Индии."))
    for pair in (("RUS", "CHN"), ("RUS", "IND"), ("CHN", "IND")):
        assert ("04", *pair) in found or ("04", *reversed(pair)) in found


def test_leaders_taking_part_in_an_organisations_summit_meet_it(code):
    found = dyads(code("Саммит\nПрезидент Казахстана принял участие в саммите НАТО в Вильнюсе."))
    assert ("04", "KAZ", "IGO") in found


def test_a_declaration_adopted_at_a_summit_is_no_meeting(code):
    events = code("Саммит\nНа саммите в Брюсселе лидеры ЕС приняли декларацию о миграции.")
    assert not [event for event in events if event.cameo.startswith("04")]


# Praise, thanks and congratulation are addressed to someone: a place named inside the object as where the people
# addressed are is no party; a place named as the object itself is.


@pytest.mark.parametrize(
    "text",
    [
        "Президент поблагодарил участников форума в Москве.",
        "Премьер-министр приветствовал участников конференции в Нижнем Новгороде.",
        "Канцлер поздравил участников марафона в Берлине.",
    ],
)
def test_place_of_the_people_addressed_is_no_target(code, text):
    events = code("Форум\n" + text)
    assert not [event for event in events if event.cameo.startswith("05")]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Президент Турции поблагодарил Россию за помощь.", ("TUR", "RUS")),
        ("Президент России поблагодарил жителей Казахстана за гостеприимство.", ("RUS", "KAZ")),
        ("Президент России поздравил Токаева в Астане с победой на выборах.", ("RUS", "KAZ")),
    ],
)
def test_party_addressed_stays_the_target(code, text, pair):
    assert ("05", *pair) in dyads(code("Поздравление\n" + text))


# A meeting of several sides ("трехсторонняя встреча") with one participant named meets the sides the sentence before
# names; a meeting noun with no such adjective does not look back.


def test_three_sided_meeting_meets_the_sides_named_before(code):
    found = dyads(code("Саммит\nПремьер-министры Сербии и Косово в понедельник не смогли договориться о статусе "
                       "северных общин. Трехсторонняя встреча с участием главы дипломатии ЕС прошла в Брюсселе."))
    assert ("04", "IGO", "SRB") in found or ("04", "SRB", "IGO") in found
    assert ("04", "IGO", "XKX") in found or ("04", "XKX", "IGO") in found


def test_four_sided_meeting_after_two_leaders(code):
    found = dyads(code("Переговоры\nПрезиденты Армении и Азербайджана прибыли в Брюссель. Четырехсторонняя встреча "
                       "с участием президента Франции продлилась пять часов."))
    assert ("04", "FRA", "ARM") in found or ("04", "ARM", "FRA") in found
    assert ("04", "FRA", "AZE") in found or ("04", "AZE", "FRA") in found


def test_meeting_of_no_named_sides_does_not_look_back(code):
    found = dyads(code("Переговоры\nПрезиденты Армении и Азербайджана прибыли в Брюссель. Встреча с участием "
                       "президента Франции прошла за закрытыми дверями."))
    assert ("04", "FRA", "ARM") not in found and ("04", "ARM", "FRA") not in found


# A conjunct the parser hung on a word after it, across the finite verb, is coordinated with the name before it.


@pytest.mark.parametrize(
    "text, sources, targets",
    [
        ("Барак Обама и Николя Саркози позвонили Алиеву и Саргсяну.", {"USA", "FRA"}, {"AZE", "ARM"}),
        ("Ангела Меркель и Франсуа Олланд позвонили Путину и Порошенко.", {"DEU", "FRA"}, {"RUS", "UKR"}),
    ],
)
def test_second_caller_is_a_source_not_an_addressee(code, text, sources, targets):
    found = {(event.source[:3], event.target[:3]) for event in code("Звонок\n" + text) if event.cameo == "041"}
    assert {source for source, _ in found} == sources
    assert {target for _, target in found} == targets


def test_repair_moves_only_a_conjunct_before_its_head():
    from letopis.events.repairs import repair_backward_conjuncts
    from letopis.model import Token

    words = [("Обама", "PROPN", "Nom", 3, "nsubj"), ("и", "CCONJ", None, 2, "cc"),
             ("Саркози", "PROPN", "Nom", 4, "conj"), ("позвонили", "VERB", None, -1, "root"),
             ("Алиеву", "PROPN", "Dat", 3, "iobj")]
    tokens = []
    for text, pos, case, _, _ in words:
        feats = {"Case": case} if case else {}
        if pos == "VERB":
            feats = {"VerbForm": "Fin"}
        tokens.append(Token(0, 0, text, text.lower(), pos, feats))
    heads = [head for *_, head, _ in words]
    rels = [rel for *_, rel in words]
    repair_backward_conjuncts(tokens, heads, rels)
    assert heads == [3, 2, 0, -1, 3]


# A meeting named as the time before which something else is done is not told as held; after it, it was.


@pytest.mark.parametrize(
    "text",
    [
        "Профсоюз потребовал освободить заключенных до начала переговоров с правительством.",
        "Перед переговорами с президентом России канцлер Германии заявил журналистам о надежде на прогресс.",
        "Накануне встречи с премьером Индии президент Франции дал интервью газете.",
    ],
)
def test_meeting_as_a_time_before_is_not_held(code, text):
    events = code("Переговоры\n" + text)
    assert not [event for event in events if event.cameo.startswith("04")]


def test_meeting_as_a_time_after_was_held(code):
    found = dyads(code("Переговоры\nПосле переговоров с президентом России канцлер Германии заявил журналистам о "
                       "прогрессе."))
    assert ("04", "DEU", "RUS") in found or ("04", "RUS", "DEU") in found


# A trip at home whose purpose clause names the traveller's own people meets no other side; a trip whose purpose
# names a foreign partner is a visit to him.


def test_trip_at_home_to_talk_to_own_people_is_no_visit(code):
    events = code("Мятеж\nПрезидент Эквадора приехал в казармы, чтобы поговорить с протестующими.")
    assert not [event for event in events if event.cameo.startswith("04")]


def test_trip_to_meet_a_foreign_leader_is_a_visit(code):
    found = dyads(code("Визит\nПрезидент Эквадора приехал, чтобы встретиться с президентом США."))
    assert ("04", "ECU", "USA") in found


# Praise told by an adjective of gratitude or by naming a state a partner or an ally.


@pytest.mark.parametrize(
    "text, pair",
    [
        ("«Я благодарен президенту России за поддержку», — заявил президент Белоруссии.", ("BLR", "RUS")),
        ("Премьер-министр Индии признателен Японии за помощь после землетрясения.", ("IND", "JPN")),
        ("Президент Сербии назвал Россию стратегическим партнером.", ("SRB", "RUS")),
        ("Президент Армении назвал Россию главным союзником страны.", ("ARM", "RUS")),
    ],
)
def test_gratitude_and_partnership_are_praise(code, text, pair):
    assert ("05", *pair) in dyads(code("Заявление\n" + text))


def test_naming_an_adversary_is_no_praise(code):
    events = code("Заявление\nПрезидент Ирана назвал США главным противником страны.")
    assert not [event for event in events if event.cameo.startswith("05")]

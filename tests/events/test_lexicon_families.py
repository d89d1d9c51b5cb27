"""Trigger families of political news (verb, aspect pair, nominalisation, light-verb phrase) added to the lexicon
for unseen articles (fourteenth round), each checked on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "отношения" is lemmatised "отношение": the relation rows read both
        ("Правительство Молдавии разорвало дипломатические отношения с Ираном.", ("16", "MDA", "IRN")),
        ("Армения восстановила дипломатические отношения с Турцией.", ("05", "ARM", "TUR")),
        # calling someone names: praise or criticism by the evaluative word
        ("Премьер-министр Венгрии назвал президента Польши «великим лидером».", ("05", "HUN", "POL")),
        ("Президент Бразилии назвал министра финансов Аргентины лжецом.", ("11", "BRA", "ARG")),
        # charges and suspicions dropped
        ("Прокуратура Италии сняла все подозрения с мэра Рима.", ("08", "ITA", "ITA")),
        # an investigation announced
        ("Прокуратура Германии объявила о начале расследования гибели гражданина России.", ("09", "DEU", "RUS")),
        # protest actions under way
        ("В Тбилиси продолжаются акции протеста оппозиции Грузии.", ("14", "GEO", "GEO")),  # against its own state
        # leaving a party
        ("Депутат Верховной Рады Украины вышел из Партии регионов.", ("16", "UKR", "UKR")),
        # hostage-taking and shootings with a named gunman
        ("Боевики в Ираке захватили в заложники двух граждан Германии.", ("18", "IRQ", "DEU")),
        ("Житель Техаса открыл стрельбу по полицейским США.", ("18", "USA", "USA")),
        # storming with a support verb
        ("Спецназ ФСБ провёл штурм здания в Махачкале.", ("19", "RUS", "RUS")),
    ],
)
def test_family_member_codes_its_event(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_hunger_strike_held_is_a_hunger_strike(code):
    assert [e.cameo for e in code("Российский оппозиционер проводит голодовку.")] == ["142"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Журнал назвал основателя компании Человеком года.",  # a title, not praise of a political actor
        "Российские спортсмены заняли третье место в соревнованиях по стрельбе.",  # sports shooting
    ],
)
def test_neutral_uses_code_nothing(code, sentence):
    assert not [e for e in code(sentence) if e.cameo[:2] in {"05", "11", "18", "19"}]


def test_a_protest_named_as_a_circumstance_is_no_protest(code):
    events = code("В Минске сотрудники милиции задержали участников акции протеста.")
    assert ("17", "BLR", "BLR") in dyads(events)
    assert not [e for e in events if e.cameo.startswith("14")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a petition handed to someone is an appeal to him
        ("Жители Киева передали мэру Киева петицию.", ("02", "UKR", "UKR")),
        # a demand not accepted
        ("Правительство Ирана не приняло требования США.", ("12", "IRN", "USA")),
        # "беспорядки" is lemmatised "беспорядок"
        ("Сторонники оппозиции Кении устроили беспорядки в Найроби.", ("14", "KEN", "KEN")),
        # "задержанного" is lemmatised as the participle of "задержать"
        ("Власти Турции передали Бельгии задержанного гражданина Бельгии.", ("06", "TUR", "BEL")),
    ],
)
def test_appeals_rejections_and_lemma_variants(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_letter_of_resignation_is_a_resignation_not_an_appeal(code):
    events = code("Министр финансов Польши направил премьер-министру Польши заявление об отставке.")
    assert [e.cameo for e in events] == ["0831"]


# fifteenth round: criminal justice, release on bail, street protest, repression, telephone contact
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a prosecutor asking the court for a sentence accuses the defendant; he does not appeal to the court
        ("Прокурор Молдавии попросил суд приговорить бывшего премьер-министра Молдавии к десяти годам тюрьмы.",
         ("11", "MDA", "MDA")),
        ("Прокуратура Казахстана запросила для бывшего министра Казахстана семь лет колонии.", ("11", "KAZ", "KAZ")),
        ("Полиция Белоруссии составила протокол об административном правонарушении в отношении "
         "оппозиционного политика Белоруссии.", ("11", "BLR", "BLR")),
        # a court rules that a state violated a convention: the state of the content clause
        ("Европейский суд по правам человека постановил, что Турция нарушила право на свободу слова.",
         ("11", "IGO", "TUR")),
        # released on bail: by the state when no one is named
        ("Американский студент был выпущен под залог в Нью-Йорке.", ("08", "USA", "USA")),
        # a notice of a rally, a rally that takes place
        ("Оппозиционер Навальный подал в мэрию Москвы уведомление о проведении митинга против закона.",
         ("14", "RUS", "RUS")),
        # riot police disperse demonstrators
        ("Полиция Армении применила слезоточивый газ для разгона демонстрантов.", ("17", "ARM", "ARM")),
        # a call by telephone
        ("Президент Франции связался по телефону с канцлером Германии.", ("04", "FRA", "DEU")),
    ],
)
def test_justice_release_protest_repression_and_phone_families(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_prosecutors_request_for_a_sentence_is_no_appeal_to_the_court(code):
    events = code("Прокурор Грузии попросил суд признать виновным бывшего президента Грузии.")
    assert [e.cameo for e in events] == ["1121"]


@pytest.mark.parametrize(
    "sentence",
    [
        "В России школьники получили пять лет бесплатного обучения.",  # years received, not a prison term
        "Полиция Франции применила новую тактику против футбольных хулиганов Англии.",  # no riot-control weapon
    ],
)
def test_family_words_in_other_senses_code_nothing(code, sentence):
    assert not [e for e in code(sentence) if e.cameo[:2] in {"11", "17"}]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a court's order to pay is a finding of liability
        ("Федеральный суд США обязал американскую компанию выплатить компенсацию.", ("11", "USA", "USA")),
        # a march held, an amnesty declared
        ("В Минске прошёл марш оппозиции Белоруссии против реформы.", ("14", "BLR", "BLR")),
        ("Президент Узбекистана объявил амнистию для политических заключённых.", ("08", "UZB", "UZB")),
        # "протестующих" is lemmatised as the verb "протестовать"
        ("Полиция Греции применила водомёты против протестующих.", ("17", "GRC", "GRC")),
    ],
)
def test_shooting_liability_march_amnesty_families(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_release_after_a_march_is_no_march(code):
    events = code("Белорусский оппозиционер Статкевич вышел на свободу после ареста за участие в Марше свободы.")
    assert not [e for e in events if e.cameo.startswith("14")]


def test_a_gunmans_shooting_is_an_assault_by_an_unknown_agent(code):
    events = code("Неизвестный расстрелял главу администрации города в России.")
    assert [(e.cameo, e.source, (e.target or "")[:3]) for e in events] == [("186", None, "RUS")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a wanted list, a prosecution
        ("МВД России объявило бывшего министра Украины в международный розыск.", ("17", "RUS", "UKR")),
        ("Прокуратура Италии привлекла бывшего премьера Италии к уголовной ответственности.", ("17", "ITA", "ITA")),
        # fire subjected to
        ("Армия Азербайджана подвергла обстрелу позиции армии Армении.", ("19", "AZE", "ARM")),
    ],
)
def test_wanted_list_prosecution_and_shelling_families(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_state_admitting_its_own_violation_is_no_court_ruling(code):
    assert not [e for e in code("Правительство Польши признало, что нарушило договор.") if e.cameo.startswith("11")]


def test_a_past_prosecution_told_as_background_is_no_event(code):
    events = code("По данным полиции России, мужчина и ранее неоднократно привлекался к административной ответственности.")
    assert not [e for e in events if e.cameo.startswith("17")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fire opened on demonstrators is repression; on a crowd of passers-by, an assault; on troops, fighting
        ("Полиция Кении открыла огонь по демонстрантам в Найроби.", "175"),
        ("Мужчина открыл огонь по посетителям торгового центра в Техасе.", "180"),
        ("Боевики открыли огонь по позициям армии Сирии.", "193"),
    ],
)
def test_fire_opened_is_coded_by_whom_it_hits(code, sentence, expected):
    assert [e.cameo for e in code(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Палестинские демонстранты бросали камни в израильских солдат.", ("14", "PSE", "ISR")),
        ("Протестующие забросали камнями здание посольства США в Каире.", ("14", "EGY", "USA")),
    ],
)
def test_stones_thrown_are_a_violent_protest(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a sentence received: the court is the state of the place
        ("В Иллинойсе американский студент получил пожизненный срок за убийство.", ("11", "USA", "USA")),
        ("В Москве бывший министр получил восемь лет колонии.", ("11", "RUS", "RUS")),
    ],
)
def test_a_sentence_received_is_a_finding_of_guilt_by_the_state_of_the_place(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_custody_extended_is_a_detention(code):
    assert ("17", "RUS", "RUS") in dyads(code("Басманный суд Москвы продлил арест бывшего губернатора Кировской области."))

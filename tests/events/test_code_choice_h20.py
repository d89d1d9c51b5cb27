"""The right type and side for the right pair (session 20, code choice).

- People of one country serving an international organisation act for it: "американских инспекторов ООН" is the
  UN (IGOUN), not the United States' civilians.
- "объявить персоной нон грата": the parser takes the Latin "нон", "грата" for the object or hangs the person
  declared on them; the person declared (of any case the tagger gives a counted or animate plural) is the target.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import codes


def pairs(events):
    return {(cameo[:2], source[:3], target) for cameo, source, target in codes(events)}


@pytest.mark.parametrize("sentence, pair", [
    ("Ирак выслал американских инспекторов ООН.", ("16", "IRQ", "IGOUN")),
    ("Ирак приказал американским членам группы инспекторов ООН покинуть страну.", ("16", "IRQ", "IGOUN")),
    ("Власти Зимбабве выслали британских наблюдателей Евросоюза.", ("16", "ZWE", "IGOEU")),
    ("Багдад пригрозил выслать американских инспекторов ООН по вооружениям.", ("13", "IRQ", "IGOUN")),
    ("Сирийские военные задержали турецких сотрудников ООН.", ("17", "SYR", "IGOUN")),
])
def test_people_of_a_country_serving_an_organisation_act_for_it(code, sentence, pair):
    assert pair in pairs(code(sentence))


@pytest.mark.parametrize("sentence, pair", [
    # no organisation: the nationality stays
    ("Ирак выслал американских журналистов.", ("17", "IRQ", "USA")),
    ("Россия выслала сотрудников посольства Польши.", ("16", "RUS", "POL")),
])
def test_people_of_a_country_without_an_organisation_keep_their_country(code, sentence, pair):
    root, source, target = pair
    assert any(c[:2] == root and s[:3] == source and (t or "")[:3] == target for c, s, t in codes(code(sentence)))


@pytest.mark.parametrize("sentence, target", [
    ("Власти Молдавии объявили персонами нон грата трех российских дипломатов.", "RUS"),
    ("Грузия объявила персонами нон грата сотрудников посольства России.", "RUS"),
    ("МИД Эстонии объявил персонами нон грата двух российских дипломатов.", "RUS"),
    ("Латвия объявила персоной нон грата российского дипломата.", "RUS"),
    ("Эстония объявила российского дипломата персоной нон грата.", "RUS"),
])
def test_the_person_declared_persona_non_grata_is_the_target(code, sentence, target):
    assert any(c == "166" and (t or "")[:3] == target for c, s, t in codes(code(sentence)))


@pytest.mark.parametrize("sentence, pair", [
    ("Государственный департамент объявил о приостановке военной помощи Гватемале в связи с нарушениями прав "
     "человека армией этой страны.", ("16", "USA", "GTM")),
    ("Вашингтон объявил о сокращении помощи Египту в связи с подавлением протестов армией.", ("16", "USA", "EGY")),
    ("Госдеп объявил о прекращении финансовой помощи Никарагуа из-за преследования оппозиции правительством Ортеги.",
     ("16", "USA", "NIC")),
])
def test_an_instrumental_past_a_nearer_verbal_noun_is_not_the_agent(code, sentence, pair):
    root, source, target = pair
    found = {(c[:2], s[:3], (t or "")[:3]) for c, s, t in codes(code(sentence))}
    assert (root, source, target) in found
    assert not any(r == root and s == target for r, s, _ in found)


@pytest.mark.parametrize("sentence, pair", [
    ("Дания отменила помощь Никарагуа.", ("16", "DNK", "NIC")),
    ("Всемирный банк отменил кредит Узбекистану.", ("16", "IGO", "UZB")),
    ("США отменили военную помощь Пакистану после выборов.", ("16", "USA", "PAK")),
    ("Германия замораживает кредиты Кении.", ("16", "DEU", "KEN")),
    ("Япония прекращает поставки оружия Индонезии.", ("16", "JPN", "IDN")),
])
def test_aid_or_funds_called_off_reduce_relations(code, sentence, pair):
    root, source, target = pair
    assert any(c[:2] == root and s[:3] == source and (t or "")[:3] == target for c, s, t in codes(code(sentence)))


@pytest.mark.parametrize("sentence, cameo", [
    ("Россия отменила запрет на ввоз грузинского вина.", "085"),
    ("Власти Таиланда отменили ограничения для оппозиционных партий.", "081"),
    ("Дания отменила визит в Никарагуа.", "125"),
])
def test_other_things_called_off_keep_their_codes(code, sentence, cameo):
    assert cameo in {c for c, _, _ in codes(code(sentence))}


@pytest.mark.parametrize("sentence", [
    "Россия предупредила Украину о возможном прекращении поставок газа.",
    "Евросоюз предупредил Белоруссию о введении эмбарго.",
    "Россия предупредила Молдавию о возможной высылке дипломатов.",
    "Турция предупредила Ирак о закрытии границы.",
    "Китай предупредил Японию о приостановке переговоров.",
])
def test_a_warning_of_a_coercive_act_is_a_threat(code, sentence):
    roots = {c[:2] for c, _, _ in codes(code(sentence))}
    assert "13" in roots and "06" not in roots


@pytest.mark.parametrize("sentence", [
    "Синоптики предупредили о закрытии аэропорта из-за тумана.",
    "Представители ООН предупредили о прекращении огня в Сирии.",
])
def test_a_warning_with_no_addressee_stays_uncoded(code, sentence):
    assert not any(c[:2] == "13" for c, _, _ in codes(code(sentence)))


@pytest.mark.parametrize("sentence, pair", [
    ("Об освобождении британских моряков объявил Иран.", ("08", "IRN", "GBR")),
    ("О высылке американских дипломатов объявил МИД России.", ("16", "RUS", "USA")),
    ("О задержании российских журналистов сообщила полиция Украины.", ("17", "UKR", "RUS")),
    ("Об аресте оппозиционного политика объявила прокуратура Белоруссии.", ("17", "BLR", "BLR")),
])
def test_a_fronted_event_noun_keeps_its_genitive(code, sentence, pair):
    root, source, target = pair
    assert any(c[:2] == root and s[:3] == source and (t or "")[:3] == target for c, s, t in codes(code(sentence)))


def test_a_fronted_person_on_a_place_noun_is_still_the_object(code):
    assert ("05", "USA", "GBR") in {
        (c[:2], s[:3], (t or "")[:3]) for c, s, t in codes(code("В Букингемском дворце Дэвида Камерона поздравил Барак Обама."))
    }


@pytest.mark.parametrize("sentence, pair", [
    ("Об освобождении таиландских рыбаков, удерживавшихся в Бирме с марта, объявило военное правительство в Рангуне.",
     ("08", "MMR", "THA")),
    ("О высылке американских дипломатов, обвиненных в шпионаже, объявил МИД России.", ("16", "RUS", "USA")),
    ("О прекращении поставок газа Украине, задолжавшей два миллиарда, объявил Газпром.", ("16", "RUS", "UKR")),
    ("Об отзыве посла из Израиля, совершившего рейд на Газу, объявила Турция.", ("16", "TUR", "ISR")),
])
def test_a_fronted_topic_told_after_a_participle_phrase(code, sentence, pair):
    root, source, target = pair
    assert any(c[:2] == root and s[:3] == source and (t or "")[:3] == target for c, s, t in codes(code(sentence)))


def test_a_fronted_person_on_an_event_noun_of_time_is_still_the_object(code):
    found = codes(code("Сразу после выборов Эммануэля Макрона с победой поздравил президент России Владимир Путин."))
    assert any(c[:2] == "05" and s[:3] == "RUS" and (t or "")[:3] == "FRA" for c, s, t in found)

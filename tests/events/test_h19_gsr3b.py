"""Session 19, helper gsr3b: wrong codes of translated wire copy (refusals of one's own acts, acts ruled out,
warnings of one's own coercive acts). Sentences written here."""

import pytest

from letopis.events.repairs import repair_described_names
from tests.events.conftest import dyads
from tests.events.test_repairs import tree


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("Россия отказалась от вывода своих войск из Приднестровья.", "RUS", "MDA"),
    ("Израиль отказался от вывода войск из сектора Газа, сообщило армейское радио.", "ISR", "PSE"),
    ("Вашингтон отказывается от вывода американских военных из Ирака, заявил представитель Пентагона.", "USA", "IRQ"),
    ("Москва исключила вывод своих войск из Приднестровья.", "RUS", "MDA"),
])
def test_a_refused_withdrawal_is_aimed_at_whom_the_withdrawal_is_for_not_at_the_own_troops(code, text, source, target):
    # the slot "от" + Gen names the act noun, whose genitive is the refuser's own troops
    found = dyads(code(text))
    assert ("12", source, target) in found
    assert ("12", source, source) not in found


@pytest.mark.slow
def test_a_refused_withdrawal_from_nowhere_named_has_no_target(code):
    assert dyads(code("Россия отказалась от вывода войск.")) == {("12", "RUS", None)}


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("Куба отказалась от помощи США.", "CUB", "USA"),
    ("Иран отказался от переговоров с США.", "IRN", "USA"),
    # rebels of the refuser's country are another side
    ("Правительство Непала отвергло требование маоистских повстанцев о выводе армии из деревень.", "NPL", "NPL"),
])
def test_a_refusal_whose_act_names_another_side_keeps_it(code, text, source, target):
    assert ("12", source, target) in dyads(code(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("Президент Сербии исключил признание независимости Косово.", "SRB", "XKX"),
    ("Правительство Грузии исключает признание независимости Абхазии, заявил министр.", "GEO", "XAB"),
    ("Премьер-министр Израиля исключил вывод войск с Голанских высот.", "ISR", "SYR"),
    ("Китай исключил применение силы против Тайваня.", "CHN", "TWN"),
])
def test_an_act_ruled_out_is_refused_not_done(code, text, source, target):
    found = dyads(code(text))
    assert ("12", source, target) in found
    assert not {dyad for dyad in found if dyad[0] != "12"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Партия исключила депутата из своих рядов.",
    "Министр исключил повышение налогов в следующем году.",
])
def test_exclusion_and_ruling_out_no_political_act_code_no_refusal(code, text):
    assert not {dyad for dyad in dyads(code(text)) if dyad[0] == "12"}


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("Президент Турции предупредил Ирак, что Анкара может закрыть границу.", "TUR", "IRQ"),
    ("Премьер Японии предупредил Китай, что Токио может отозвать своего посла.", "JPN", "CHN"),
    ("Президент Франции предупредил Ливию, что Париж может разорвать дипломатические отношения.", "FRA", "LBY"),
    ("Канцлер Германии предупредила Россию, что Берлин готов заморозить сотрудничество.", "DEU", "RUS"),
    ("Россия предупреждает Украину, что прекратит поставки газа, сообщил «Газпром».", "RUS", "UKR"),
])
def test_a_warning_of_ones_own_coercive_act_is_a_threat(code, text, source, target):
    found = dyads(code(text))
    assert ("13", source, target) in found
    assert ("06", source, target) not in found


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("Израиль предупредил США, что Иран может нанести удар.", "ISR", "USA"),
    ("Президент Турции предупредил Ирак, что курдские боевики могут закрыть границу.", "TUR", "IRQ"),
])
def test_a_warning_of_another_sides_act_shares_information(code, text, source, target):
    found = dyads(code(text))
    assert ("06", source, target) in found
    assert ("13", source, target) not in found


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("Министр обороны Израиля выступил с угрозой в адрес Ливана нанести удар по позициям «Хезболлы».", "ISR", "LBN"),
    ("Премьер Турции выступил с угрозой в адрес Сирии нанести удары по курдским отрядам.", "TUR", "SYR"),
    ("Руководство КНДР выступило с угрозой в адрес Сеула обстрелять южнокорейские острова.", "PRK", "KOR"),
])
def test_the_infinitive_of_a_threat_noun_hung_on_its_support_verb_is_threatened_not_done(code, text, source, target):
    # the parser hangs "нанести" on "выступил" (xcomp), not on "угрозой": it is still the threat's content
    found = dyads(code(text))
    assert ("13", source, target) in found
    assert not {dyad for dyad in found if dyad[0] in ("18", "19")}


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("Турция выступила с угрозой ввести войска в Ирак, сообщило агентство.", "TUR", "IRQ"),
    ("Правительство Эфиопии выступило с требованием к Эритрее вывести войска из пограничного района.", "ETH", "ERI"),
    ("Оппозиция выступила с требованием к властям Грузии освободить политических заключенных.", "GEO", "GEO"),
    ("Китай выступил с требованием к США прекратить продажу оружия Тайваню.", "CHN", "USA"),
])
def test_a_demand_or_threat_noun_keeps_its_phrases_from_the_infinitive_the_parser_hung_them_on(
    code, text, source, target
):
    # "угрозой ввести войска в Ирак": the infinitive (nmod of the noun) is no genitive owner of the threat;
    # "требованием к Эритрее вывести": the "к" phrase before the infinitive is the noun's addressee
    found = dyads(code(text))
    assert any(dyad[0] in ("10", "13") and dyad[1:] == (source, target) for dyad in found)
    assert not any(dyad[1:] == (target, source) for dyad in found if source != target)


def test_a_comma_description_after_a_name_hung_as_conj_becomes_an_apposition():
    # "Президент Белоруссии Александр Лукашенко, верный союзник Москвы, встретился": no "и", set off by commas
    tokens, heads, rels = tree([
        ("Президент", "NOUN", 9, "nsubj"), ("Белоруссии", "PROPN", 0, "nmod"), ("Александр", "PROPN", 0, "appos"),
        ("Лукашенко", "PROPN", 2, "flat:name"), (",", "PUNCT", 6, "punct"), ("верный", "ADJ", 6, "amod"),
        ("союзник", "NOUN", 0, "conj"), ("Москвы", "PROPN", 6, "nmod"), (",", "PUNCT", 6, "punct"),
        ("встретился", "VERB", -1, "root"),
    ])
    repair_described_names(tokens, heads, rels)
    assert rels[6] == "appos"


def test_an_enumeration_with_a_conjunction_stays_coordinated():
    # "Министр Иванов, депутат Петров и сенатор Сидоров осудили": people listed, not one described
    tokens, heads, rels = tree([
        ("Министр", "NOUN", 9, "nsubj"), ("Иванов", "PROPN", 0, "appos"), (",", "PUNCT", 3, "punct"),
        ("депутат", "NOUN", 0, "conj"), ("Петров", "PROPN", 3, "appos"), ("и", "CCONJ", 6, "cc"),
        ("сенатор", "NOUN", 0, "conj"), ("Сидоров", "PROPN", 6, "appos"), (",", "PUNCT", 6, "punct"),
        ("осудили", "VERB", -1, "root"),
    ])
    repair_described_names(tokens, heads, rels)
    assert rels[3] == "conj" and rels[6] == "conj"


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Президент Белоруссии Александр Лукашенко, верный союзник Москвы, встретился с президентом Китая.",
     {("04", "BLR", "CHN")}),
    ("Президент Венесуэлы Уго Чавес, давний критик Вашингтона, обвинил США в подготовке переворота, сообщило "
     "государственное телевидение.", {("11", "VEN", "USA")}),
    ("Движение ХАМАС, главный соперник ФАТХ, обстреляло Израиль ракетами.", {("19", "PSE", "ISR")}),
])
def test_a_description_set_off_after_a_name_adds_no_second_actor(code, text, expected):
    # the genitive of "союзник Москвы", "критик Вашингтона" names whom the person is described by, not a second agent
    events = [event for event in code(text) if not event.negated]
    assert dyads(events) == expected
    assert all(event.source[3:] not in ("CVL",) for event in events)


@pytest.mark.slow
def test_a_described_envoy_with_no_name_keeps_the_description_country(code):
    assert ("11", "IRN", "USA") in dyads(code("Его представитель, посол Ирана в ООН, осудил санкции США."))

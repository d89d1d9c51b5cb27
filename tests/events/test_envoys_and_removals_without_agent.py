"""Session 14: an envoy's recall or expulsion told without its agent, on sentences written for these tests.
A recalled envoy is his own state's act; one expelled "из X" is the act of the state he is sent out of."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, source, target", [
    ("Посол Германии отозван из Турции.", "DEU", "TUR"),
    ("Посол Германии в Турции отозван для консультаций.", "DEU", "TUR"),
    ("Российский посол был отозван из Грузии.", "RUS", "GEO"),
    ("Российских дипломатов отозвали из Грузии.", "RUS", "GEO"),
    ("Из Эстонии отозван посланник Латвии.", "LVA", "EST"),
])
def test_a_recalled_envoy_is_recalled_by_his_own_state(code, source, target, text):
    assert ("16", source, target) in dyads(code(text))


@pytest.mark.parametrize("text, source, target", [
    ("Посол Франции был выслан из Мали.", "MLI", "FRA"),
    ("Российского дипломата выслали из Чили.", "CHL", "RUS"),
    ("Из Перу высланы двое венесуэльских дипломатов.", "PER", "VEN"),
    ("Консула Польши выдворили из Белоруссии.", "BLR", "POL"),
])
def test_an_expelled_envoy_is_expelled_by_the_state_he_leaves(code, source, target, text):
    assert ("16", source, target) in dyads(code(text))


def test_a_deportation_from_a_country_described_by_its_adjective(code):
    events = code("Гражданин Армении был депортирован из британской столицы.")
    assert ("17", "GBR", "ARM") in dyads(events)


def test_no_state_expels_its_own_envoys(code):
    events = code("В Тегеране сообщили, что двух иранских дипломатов выслали из страны.")
    assert not any(e.cameo.startswith("16") and e.source[:3] == e.target[:3] for e in events)


@pytest.mark.parametrize("text, source, target", [
    ("В Минске оппозиционеру назначен штраф в размере 10 тысяч рублей.", "BLR", "BLR"),
    ("Суд в Киеве назначил журналисту штраф в 50 тысяч гривен.", "UKR", "UKR"),
    ("Казахстанский суд присудил активисту штраф в 200 тысяч тенге.", "KAZ", "KAZ"),
    ("Штраф назначили лидеру оппозиции в Ереване.", "ARM", "ARM"),
])
def test_a_fine_set_by_a_court_or_with_no_agent(code, source, target, text):
    assert ("17", source, target) in dyads(code(text))


@pytest.mark.parametrize("text, target", [
    ("Германия выделила кредит Греции.", "GRC"),
    ("МВФ выделил кредит Грузии.", "GEO"),
    ("Германия выделила грант Эстонии.", "EST"),
    ("Германия выделяла кредиты Греции.", "GRC"),
    ("МВФ выдал кредит Армении.", "ARM"),
])
def test_a_country_s_genitive_that_is_also_its_dative_is_the_recipient(code, target, text):
    assert any(e.cameo == "071" and e.target[:3] == target for e in code(text))


@pytest.mark.parametrize("text, cameo, target", [
    ("Япония приостановила помощь в целях развития Мьянмы.", "162", "MMR"),
    ("Германия выделила 10 миллионов евро на восстановление Сирии.", "071", "SYR"),
    ("Канада выделила 5 миллионов долларов на реконструкцию Ирака.", "071", "IRQ"),
    ("Швеция заморозила кредиты на развитие Танзании.", "162", "TZA"),
])
def test_the_place_whose_development_aid_is_for_is_its_recipient(code, cameo, target, text):
    events = code(text)
    assert any(e.cameo == cameo and e.target == target + "GOV" for e in events)


@pytest.mark.parametrize("text, source", [
    ("Военные Мьянмы задержали сотни монахов.", "MMR"),
    ("Полиция Того задержала десятки сторонников оппозиционного кандидата.", "TGO"),
    ("Армия Мали задержала сотни местных жителей.", "MLI"),
])
def test_people_counted_by_a_number_noun_are_the_place_s_civilians(code, source, text):
    assert ("17", source, source) in dyads(code(text))


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Санкции были введены против Ирана Евросоюзом.", "163", "IGOEU", "IRN"),
    ("Ультиматум предъявлен Ираку Соединёнными Штатами.", "139", "USA", "IRQ"),
    ("Ультиматум был предъявлен Сербии Евросоюзом.", "139", "IGOEU", "SRB"),
    ("Требование было предъявлено Сирии Турцией.", "100", "TUR", "SYR"),
])
def test_a_named_agent_in_the_instrumental_of_a_passive_support_verb(code, cameo, source, target, text):
    assert any(
        e.cameo == cameo and e.source.startswith(source) and e.target.startswith(target) for e in code(text)
    )


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Соболезнования были выражены Японии Россией.", "018", "RUS", "JPN"),
    ("Поддержка была выражена Грузии Литвой.", "051", "LTU", "GEO"),
    ("Благодарность была выражена Германии Польшей.", "051", "POL", "DEU"),
])
def test_a_country_tagged_in_a_case_its_form_never_has_takes_the_dative(code, cameo, source, target, text):
    assert any(
        e.cameo == cameo and e.source.startswith(source) and e.target.startswith(target) for e in code(text)
    )


@pytest.mark.parametrize("text", [
    "В Новосибирске суд освободил из-под стражи физика.",
    "В Сочи полиция отпустила математика.",
    "В Уфе суд освободил инженера из-под стражи.",
])
def test_a_person_named_by_an_occupation_is_a_civilian_released(code, text):
    assert any(e.cameo.startswith("08") and e.source.startswith("RUS") and e.target == "RUSCVL" for e in code(text))


def test_glory_stolen_is_no_abduction(code):
    assert not any(e.cameo.startswith("18") for e in code("В Москве он хотел похитить славу музыканта."))


@pytest.mark.parametrize("text, cameo, source", [
    ("США пригрозили Того санкциями.", "130", "USA"),
    ("Франция пригрозила Того военным вмешательством.", "130", "FRA"),
    ("Нигерия пригрозила Того закрытием границы.", "130", "NGA"),
    ("Китай предоставил Того кредит.", "071", "CHN"),
])
def test_a_dative_the_parser_calls_the_object_is_the_dative(code, cameo, source, text):
    assert any(e.cameo == cameo and e.source.startswith(source) and e.target == "TGOGOV" for e in code(text))

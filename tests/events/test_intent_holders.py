"""Who holds an announced intent, and what one reaches agreement on."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the speakers announce their own readiness: the talks they intend are theirs
        ("Сирийские повстанцы объявили о готовности к переговорам с правительством.", ("03", "SYR", "SYR")),
        # a spokesman reports another's intent: the holder named in the genitive intends it
        ("Кремль сообщил о готовности Путина к встрече с Байденом.", ("03", "RUS", "USA")),
        ("Президент Франции выразил готовность к диалогу с Россией.", ("03", "FRA", "RUS")),
    ],
)
def test_an_announced_intent_is_its_holders(code, sentence, expected):
    found = dyads(code(sentence))
    assert expected in found, found


def test_a_reported_intent_is_not_the_reporters(code):
    # the Kremlin reports Putin's readiness: no event of the Kremlin's own with Biden beside Putin's
    found = {event.source_name for event in code("Кремль сообщил о готовности Путина к встрече с Байденом.")}
    assert found and all("Кремль" not in (name or "") for name in found), found


@pytest.mark.parametrize(
    "sentence, pair",
    [
        ("Индия и Пакистан достигли договора о торговле.", ("IND", "PAK")),
        ("Израиль и ООН достигли понимания по вопросу о границе.", ("ISR", "IGO")),
    ],
)
def test_agreement_reached_on_any_of_its_names(code, sentence, pair):
    found = dyads(code(sentence))
    assert any(item[0] == "03" and {item[1], item[2]} == set(pair) for item in found), found


def test_no_agreement_between_people_of_no_state(code):
    assert not dyads(code("Спортсмены достигли согласия с тренером."))


def test_the_holder_of_an_intent_does_what_it_intends(code):
    # the agency reports Iran's intent: Iran would start the talks, not the agency
    found = dyads(code("ТАСС сообщило о намерении Ирана начать переговоры с США."))
    assert ("03", "IRN", "USA") in found and not any(item[1] == "RUS" for item in found), found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Египет предложил Израилю и палестинцам новый мирный план.", ("03", "EGY", "ISR")),
        ("Франция предложила Ирану компромисс по ядерной программе.", ("03", "FRA", "IRN")),
        ("Россия предложила Украине перемирие.", ("03", "RUS", "UKR")),
    ],
)
def test_an_offer_to_another_party_is_an_agreement_offered(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    ["Правительство предложило новый законопроект о налогах.", "Компания предложила клиентам выгодную сделку."],
)
def test_a_bill_or_a_sale_offered_is_no_event(code, sentence):
    assert not dyads(code(sentence))

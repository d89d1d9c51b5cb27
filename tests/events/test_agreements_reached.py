"""Agreements reached (round h22 agree): "договорились о + noun" / "договорились, что ..." is the agreement itself,
a formal agreement (CAMEO 057) of PLOVER type AGREE, while "договорились + infinitive" stays an intent (030); the
co-subjects of a verb of accord are its sides, whatever place the agreed act names; and an agreement reached and
one signed between the same sides stay two events. Sentences written for these tests."""

import pytest

from letopis.events.dedup import event_key
from letopis.model import Event
from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Никарагуа и Коста-Рика договорились о совместном патрулировании реки Сан-Хуан.", {"NIC", "CRI"}),
        ("Президент Бразилии договорился с президентом Парагвая о поставках электроэнергии.", {"BRA", "PRY"}),
        ("Малайзия и Таиланд договорились о том, что пограничный переход откроется в марте.", {"MYS", "THA"}),
    ],
)
def test_an_agreement_reached_is_a_formal_agreement_of_type_agree(code, sentence, sides):
    events = [e for e in code(sentence) if not e.negated]
    reached = [e for e in events if e.cameo == "057"]
    assert reached, events
    assert all(e.plover == "AGREE" for e in reached)
    assert {reached[0].source[:3], reached[0].target[:3]} == sides
    assert not any(e.cameo.startswith("03") for e in events)


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Мьянма и Бангладеш договорились возобновить возвращение беженцев.", ("MMR", "BGD")),
        ("Гана и Того договорились открыть общий пограничный пост.", ("GHA", "TGO")),
    ],
)
def test_an_agreement_to_act_stays_an_intent(code, sentence, sides):
    found = dyads(code(sentence))
    assert ("03", *sides) in found or ("03", *reversed(sides)) in found
    assert not any(root == "05" for root, _, _ in found)


def test_negotiating_is_no_agreement_reached(code):
    # the imperfective tells talks under way, not an agreement
    assert not any(e.cameo == "057" for e in code("Монголия и Китай договариваются о строительстве газопровода."))


def test_a_signed_agreement_stays_support(code):
    signed = [e for e in code("Перу и Чили подписали соглашение о свободной торговле.") if e.cameo == "057"]
    assert signed and all(e.plover == "SUPPORT" for e in signed)


@pytest.mark.parametrize(
    ("sentence", "sides", "place"),
    [
        ("Египет, Иордания и Ирак договорились создать в Сирии гуманитарный коридор.", {"EGY", "JOR", "IRQ"}, "SYR"),
        ("Франция и Италия договорились открыть в Ливии совместный госпиталь.", {"FRA", "ITA"}, "LBY"),
    ],
)
def test_the_sides_of_an_accord_are_its_co_subjects_not_the_place_of_the_act(code, sentence, sides, place):
    found = dyads(code(sentence))
    pairs = {(source, target) for root, source, target in found if root == "03"}
    assert pairs and all(source in sides and target in sides for source, target in pairs)
    assert not any(place in (source, target) for _, source, target in found)


def test_an_agreement_reached_and_one_signed_are_two_events():
    reached = Event(cameo="057", source="PERGOV", target="CHLGOV", plover="AGREE")
    signed = Event(cameo="057", source="PERGOV", target="CHLGOV", plover="SUPPORT")
    assert event_key(reached) != event_key(signed)
    # other roots merge whatever their codes' PLOVER types ("ввёл эмбарго" 163 and a 162 of the same sides)
    embargo = Event(cameo="163", source="IGOEU", target="NGA", plover="COERCE")
    suspended = Event(cameo="162", source="IGOEU", target="NGA", plover="SANCTION")
    assert event_key(embargo) == event_key(suspended)


@pytest.mark.parametrize(
    "sentence",
    [
        "Президенты Эквадора и Колумбии договорились о встрече в Кито.",
        "Судан и Южный Судан договорились о проведении переговоров по нефти.",
    ],
)
def test_a_meeting_agreed_is_an_intent_to_meet_not_a_formal_agreement(code, sentence):
    found = dyads(code(sentence))
    assert any(root == "03" for root, _, _ in found)
    assert not any(root == "05" for root, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Между Кенией и Танзанией подписан меморандум о торговле.", {"KEN", "TZA"}),
        ("Между Перу и Эквадором подписан договор о границе.", {"PER", "ECU"}),
        ("Между Китаем и Лаосом была подписана декларация о дружбе.", {"CHN", "LAO"}),
    ],
)
def test_a_pact_signed_between_two_sides_told_by_the_passive(code, sentence, sides):
    signed = [e for e in code(sentence) if e.cameo == "057"]
    assert signed and {signed[0].source[:3], signed[0].target[:3]} == sides
    assert signed[0].plover == "SUPPORT"


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Эфиопия и Эритрея подтвердили приверженность мирному соглашению.", {"ETH", "ERI"}),
        ("Президент Киргизии подтвердил приверженность сотрудничеству с Турцией.", {"KGZ", "TUR"}),
    ],
)
def test_commitment_affirmed_is_an_intent_to_cooperate(code, sentence, sides):
    found = dyads(code(sentence))
    assert any(root == "03" and {source, target} == sides for root, source, target in found)


def test_commitment_with_no_other_side_codes_nothing(code):
    assert not code("Бельгия подтвердила приверженность Киотскому протоколу.")


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Эквадор пообещал не применять силу против Перу.", ("ECU", "PER")),
        ("Таиланд обязался не нападать на Камбоджу.", ("THA", "KHM")),
    ],
)
def test_a_vow_not_to_use_force_is_an_intent_to_de_escalate(code, sentence, sides):
    assert ("03", *sides) in dyads(code(sentence))
    assert not any(root == "13" for root, _, _ in dyads(code(sentence)))


def test_force_not_used_told_as_done_is_no_vow(code):
    assert not [e for e in code("Эквадор не применял силу против Перу.") if e.cameo.startswith("03")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Бразилия открыла посольство в Анголе.", ("05", "BRA", "AGO")),
        ("Казахстан намерен открыть генконсульство в Стамбуле.", ("03", "KAZ", "TUR")),
    ],
)
def test_an_embassy_opened_abroad_is_diplomatic_cooperation(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_an_office_a_company_opens_is_no_event(code):
    assert not code("Компания открыла представительство в Китае.")


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Парагвай дал согласие на экстрадицию наркобарона в Бразилию.", ("PRY", "BRA")),
        ("Правительство Чехии согласилось на экстрадицию хакера в США.", ("CZE", "USA")),
    ],
)
def test_an_extradition_consented_to_is_intended_judicial_cooperation(code, sentence, sides):
    found = dyads(code(sentence))
    assert ("03", *sides) in found
    assert not any(root == "13" for root, _, _ in found)

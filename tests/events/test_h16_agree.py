"""Session 16 (helper "agree"): how agency Russian says an intent to cooperate (CAMEO 03x, PLOVER AGREE).
Sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


def agreed(events, source, target):
    return any(
        e.cameo.startswith("03") and not e.negated and e.source == source and e.target == target for e in events
    )


@pytest.mark.parametrize(
    "text, source, target",
    [
        # the short adjective of consent is a word of intent, as "согласился"
        ("Иран согласен на переговоры с США.", "IRNGOV", "USAGOV"),
        ("Премьер-министр Греции согласен встретиться с президентом Турции.", "GRCGOV", "TURGOV"),
        ("Власти Судана согласны на размещение миротворцев ООН в Дарфуре.", "SDNGOV", "IGOUN"),
        ("Израиль был согласен вывести войска из Ливана.", "ISRGOV", "LBNGOV"),
    ],
)
def test_consent_told_by_the_short_adjective_is_an_intent(code, text, source, target):
    assert agreed(code(text), source, target)


def test_consent_to_talks_is_no_talks_held(code):
    events = code("Иран согласен на переговоры с США.")
    assert not [e for e in events if e.cameo.startswith("04")]


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Сеул готов поставить рис Северной Корее.", "KORGOV", "PRKGOV"),
        ("Туркмения согласна поставлять газ Украине.", "TKMGOV", "UKRGOV"),
        ("Армения пообещала поставлять Грузии электроэнергию.", "ARMGOV", "GEOGOV"),
        ("Казахстан пообещал продать Киргизии зерно по льготной цене.", "KAZGOV", "KGZGOV"),
        ("Китай пообещал предоставить Пакистану доступ к своим портам.", "CHNGOV", "PAKGOV"),
    ],
)
def test_goods_promised_or_offered_to_an_addressee_are_an_intent_to_cooperate(code, text, source, target):
    assert agreed(code(text), source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Россия поставляет газ Украине.",  # trade going on is no intent
        "Россия поставила Китаю нефть.",  # nor a delivery done
        "Оппозиция предложила поставлять газ Белоруссии.",  # a proposal asks it of others
    ],
)
def test_goods_supplied_or_proposed_are_no_intent(code, text):
    assert not [e for e in code(text) if e.cameo.startswith("03")]


@pytest.mark.parametrize(
    "text, source, targets",
    [
        # a go-between's act names the two sides in "между X и Y": they are its targets, not each other's
        ("Норвегия выступила с предложением о посредничестве между Израилем и палестинцами.", "NORGOV", {"ISR", "PSE"}),
        ("Турция выступила с инициативой о посредничестве между Арменией и Азербайджаном.", "TURGOV", {"ARM", "AZE"}),
        ("Посредничество Катара между США и талибами помогло освободить заложников.", "QATGOV", {"USA", "AFG"}),
    ],
)
def test_mediation_between_two_sides_is_the_go_betweens_act(code, text, source, targets):
    events = [e for e in code(text) if e.cameo.startswith(("03", "04")) and not e.negated]
    assert {e.target[:3] for e in events if e.source == source} >= targets
    assert not [e for e in events if e.source[:3] in targets and e.target and e.target[:3] in targets]


def test_an_initiative_of_mediation_is_an_offer_to_mediate(code):
    events = code("Турция выступила с инициативой о посредничестве между Арменией и Азербайджаном.")
    assert ("039", "TURGOV", "ARMGOV") in codes(events)


def test_talks_between_two_sides_stay_their_own(code):
    assert ("046", "RUSGOV", "UKRGOV") in codes(code("Переговоры между Россией и Украиной прошли в Минске."))


@pytest.mark.parametrize(
    "text, source, target",
    [
        # what is given back goes to whom a participle on the object says it was taken from
        ("Правительство Японии пообещало вернуть суда, конфискованные у российских рыбаков.", "JPNGOV", "RUSCVL"),
        ("Вьетнам вернет рыболовецкие суда, задержанные у китайских рыбаков.", "VNMGOV", "CHNCVL"),
        ("Правительство Ирака обещает вернуть имущество, изъятое у кувейтских граждан.", "IRQGOV", "KWTCVL"),
    ],
)
def test_a_thing_returned_goes_back_to_whom_it_was_taken_from(code, text, source, target):
    assert agreed(code(text), source, target)


def test_a_dative_still_names_whom_a_thing_is_returned_to(code):
    events = code("Иракские власти вернули Кувейту имущество, вывезенное в 1990 году.")
    assert ("0842", "IRQGOV", "KWTGOV") in codes(events)


@pytest.mark.parametrize(
    "text, source, target",
    [
        # a promise with no addressee made at talks or a meeting is made to the other side
        ("В ходе переговоров с президентом Казахстана глава Китая пообещал увеличить инвестиции.", "CHNGOV", "KAZGOV"),
        ("Встретившись с президентом Египта, король Иордании пообещал продолжить координацию.", "JORGOV", "EGYGOV"),
        ("Президент Франции провел переговоры с королем Марокко и пообещал расширять торговлю.", "FRAGOV", "MARGOV"),
    ],
)
def test_a_promise_made_at_talks_is_made_to_the_other_side(code, text, source, target):
    assert agreed(code(text), source, target)


def test_a_reform_promised_at_talks_stays_a_vow_at_home(code):
    events = code("В ходе переговоров с президентом Казахстана глава Китая пообещал провести реформы.")
    assert ("034", "CHNGOV", None) in codes(events)
    assert not agreed(events, "CHNGOV", "KAZGOV")


@pytest.mark.parametrize(
    "text, source, targets",
    [
        # talks of two sides that a third party intends are its offer to mediate or host them, made to both
        ("Турция выразила готовность стать площадкой для переговоров между Россией и Украиной.", "TURGOV", {"RUS", "UKR"}),
        ("Египет готов выступить посредником в переговорах Израиля и ХАМАС.", "EGYGOV", {"ISR", "PSE"}),
        ("Катар выступил с предложением провести переговоры между США и талибами.", "QATGOV", {"USA", "AFG"}),
        ("ООН намерена провести переговоры между правительством Судана и повстанцами.", "IGOUN", {"SDN"}),
    ],
)
def test_talks_of_others_intended_by_a_third_party_are_its_offer(code, text, source, targets):
    events = [e for e in code(text) if not e.negated]
    assert {e.target[:3] for e in events if e.cameo == "039" and e.source == source} == targets
    assert not [e for e in events if e.source[:3] in targets and e.cameo.startswith(("03", "04"))]


@pytest.mark.parametrize(
    "text",
    [
        "Президент России заявил о готовности к переговорам между Москвой и Киевом.",  # his own country's talks
        "Лидеры Индии и Пакистана намерены провести переговоры в Исламабаде.",
    ],
)
def test_talks_intended_by_their_own_sides_stay_theirs(code, text):
    events = code(text)
    assert not [e for e in events if e.cameo == "039"]
    assert [e for e in events if e.cameo == "036"]


def test_conditions_set_stay_a_demand_under_the_supply_row(code):
    events = code("Китай поставил Тайваню жесткие условия возобновления диалога.")
    assert any(e.cameo.startswith("10") and e.source == "CHNGOV" and e.target.startswith("TWN") for e in events)


@pytest.mark.parametrize(
    "text, source, target",
    [
        # relations to be established or restored, under a word of intent
        ("Грузия готова к восстановлению дипломатических отношений с Россией.", "GEOGOV", "RUSGOV"),
        ("Президент Египта выразил готовность к восстановлению отношений с Ираном.", "EGYGOV", "IRNGOV"),
        ("Власти Марокко заявили о намерении к установлению отношений с Израилем.", "MARGOV", "ISRGOV"),
    ],
)
def test_relations_to_be_restored_are_an_intent_to_cooperate(code, text, source, target):
    assert agreed(code(text), source, target)


def test_relations_restored_are_no_intent(code):
    events = code("Египет и Иран восстановили дипломатические отношения.")
    assert not [e for e in events if e.cameo.startswith("03")]


@pytest.mark.parametrize(
    "text, source, target",
    [
        # relations "между X и Y" under a verb of relations: the side other than the subject's is the partner
        ("Президент Казахстана пообещал укреплять связи между Казахстаном и Турцией.", "KAZGOV", "TURGOV"),
        ("Премьер Индии намерен развивать сотрудничество между Индией и Японией в сфере обороны.", "INDGOV", "JPNGOV"),
        ("Министр иностранных дел Сирии подтвердил решимость развивать отношения между Сирией и Ираном.", "SYRGOV", "IRNGOV"),
    ],
)
def test_relations_between_the_subjects_country_and_another_name_the_partner(code, text, source, target):
    events = code(text)
    assert agreed(events, source, target)
    assert not agreed(events, source, source)


def test_talks_between_others_under_a_verb_are_no_partner(code):
    events = code("Казахстан предложил провести на своей территории переговоры между Арменией и Азербайджаном.")
    assert not [e for e in events if e.source == "KAZGOV" and e.target == "KAZGOV"]

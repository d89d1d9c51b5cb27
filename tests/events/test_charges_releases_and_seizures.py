"""Lexicon families of the sixteenth round (data files only): charges, releases, shootings told by their victims,
confiscation, awards, criticism nominals and demands for explanations; each on sentences written for these tests,
with controls that must code nothing."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow



def roots(events):
    return {e.cameo[:2] for e in events if not e.negated}


# ---------------------------------------------------------------- charges brought with no agent named, by the
# judiciary of the place (state_acts.tsv, country_roles.tsv side "charge"): a charge is an accusation of a crime
# (1121, as the PLOVER gold codes "indicted"), and so is a case opened against someone "по обвинению в ..." (1121, as
# the article sets code it; session 14); a case opened with no charge named is legal action (173)
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Суд в Техасе\n\nВ Техасе двум жителям Далласа предъявлены обвинения в мошенничестве.",
            ("1121", "USAJUD", "USACVL"),
        ),
        (
            "В Москве в отношении губернатора Тульской области возбуждено уголовное дело по обвинению в получении "
            "взятки.",
            ("1121", "RUSJUD", "RUSGOV"),
        ),
        (
            "Следственный комитет России возбудил уголовное дело в отношении депутата по обвинению в растрате.",
            ("1121", "RUSJUD", "RUSLEG"),
        ),
        (
            "Следственный комитет России возбудил уголовное дело в отношении депутата Государственной думы.",
            ("173", "RUSJUD", "RUSLEG"),
        ),
    ],
)
def test_a_charge_with_no_agent_is_the_judiciarys(code, text, expected):
    assert expected in codes(code(text))


def test_a_formal_charge_is_legal_action(code):
    events = code("В Бостоне\n\nВ Бостоне жителю Кембриджа предъявлены официальные обвинения.")
    assert {e.cameo for e in events} == {"173"}


def test_a_case_on_a_fact_is_no_charge(code):
    events = code("Следственный комитет России возбудил уголовное дело по факту убийства.")  # an investigation
    assert not {e.cameo for e in events if not e.negated} & {"1121", "173"}


def test_a_case_against_a_named_person_is_legal_action_though_no_charge_followed(code):
    text = "Против бывшего мэра Казани было возбуждено уголовное дело, однако обвинения ему предъявлено не было."
    assert {e.cameo for e in code(text) if not e.negated} == {"173"}


# ---------------------------------------------------------------- a prisoner freed from custody with no agent named:
# the state that held him, whoever he is (0841 in state_acts.tsv: not only private persons)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("В России из колонии освобождён 70-летний полковник Иван Петров.", ("0841", "RUSJUD", "RUSMIL")),
        ("Из колонии освобождён бывший мэр Томска.", ("0841", "RUSJUD", "RUSGOV")),
    ],
)
def test_a_prisoner_freed_is_released_by_the_state_that_held_him(code, text, expected):
    assert expected in codes(code(text))


def test_prisoners_excused_from_work_are_not_freed(code):
    # "колонии" two levels down names where they are held, not what they are freed from
    assert not [e for e in code("В России заключённых колонии освободили от работы.") if e.cameo.startswith("08")]


# ---------------------------------------------------------------- a shot at someone by an unknown attacker (180)
def test_an_unknown_shooter_assaults_his_target(code):
    events = code("Неизвестный выстрелил в спину депутату Верховной Рады Украины.")
    assert ("180", None, "UKRLEG") in codes(events)


def test_a_shot_in_the_air_is_no_assault(code):
    assert "18" not in roots(code("Полицейский Киева выстрелил в воздух."))


# ---------------------------------------------------------------- confiscation (1711), of an owner or of no actor
def test_confiscated_goods_are_a_confiscation_with_no_target(code):
    events = code("Власти Китая конфисковали партию оружия.")
    assert ("1711", "CHNGOV", None) in codes(events)


def test_evidence_collected_is_no_confiscation(code):
    assert "17" not in roots(code("При осмотре места преступления следователями Москвы изъяты гильзы."))


# ---------------------------------------------------------------- a request for explanations (020)
def test_awaiting_explanations_is_a_request(code):
    assert ("020", "CHNGOV", "JPNGOV") in codes(code("МИД Китая ждёт от Японии объяснений по поводу инцидента."))


def test_awaiting_a_decision_is_no_request(code):
    assert "02" not in roots(code("МИД Китая ждёт от Японии решения по поводу инцидента."))


# ---------------------------------------------------------------- an award by decree (051), not a festival's prize
def test_a_decree_of_award_is_the_signers_praise(code):
    events = code("Президент России Владимир Путин подписал указ о награждении журналиста Ивана Петрова.")
    assert ("051", "RUSGOV", "RUSMED") in codes(events)


def test_an_award_ceremony_is_no_event(code):
    assert not code("Церемония награждения победителей фестиваля прошла в Москве.")


# ---------------------------------------------------------------- an acquittal is no finding of guilt
def test_an_acquittal_is_no_conviction(code):
    assert "116" not in {e.cameo for e in code("Суд Москвы вынес оправдательный приговор журналисту Ивану Петрову.")}


def test_a_conviction_is_a_finding_of_guilt(code):
    events = code("Суд Москвы вынес обвинительный приговор журналисту Ивану Петрову.")
    assert ("116", "RUSJUD", "RUSMED") in codes(events)


# ---------------------------------------------------------------- pickets put up (141)
def test_pickets_put_up_are_a_protest(code):
    assert "14" in roots(code("Коммунисты Москвы выставили одиночные пикеты у здания мэрии."))


# ---------------------------------------------------------------- giving up one's citizenship is no rejection
def test_giving_up_citizenship_is_no_rejection(code):
    assert "12" not in roots(code("Драматург из Азербайджана отказался от российского гражданства."))


def test_a_refused_proposal_is_still_a_rejection(code):
    assert "12" in roots(code("Правительство Азербайджана отказалось от предложения России."))


# ---------------------------------------------------------------- a building taken by storm (190)
def test_a_building_taken_by_storm_is_a_fight(code):
    events = code("Спецназ России взял штурмом здание, захваченное боевиками в Махачкале.")
    assert ("190", "RUSMIL", "RUS") in codes(events)


# ---------------------------------------------------------------- a bounty is no offer of cooperation
def test_a_bounty_offered_is_no_intent_to_cooperate(code):
    # "за помощь" would otherwise make it an offer of aid
    events = code("Правительство США предложило Ираку награду за помощь в поимке террористов.")
    assert "03" not in roots(events)


# ---------------------------------------------------------------- an acquittal or rehabilitation eases a sanction (081)
@pytest.mark.parametrize(
    "text",
    ["Суд Москвы оправдал журналиста Ивана Петрова.", "Журналист Иван Петров был оправдан судом Москвы."],
)
def test_an_acquittal_by_a_court_eases_a_sanction(code, text):
    assert ("081", "RUSJUD", "RUSMED") in codes(code(text))


def test_hopes_justified_are_no_acquittal(code):
    assert not code("Президент России оправдал надежды избирателей.")


def test_placed_in_a_detention_centre_is_a_detention(code):
    assert ("173", "RUSCOP", "RUSCVL") in codes(code("Полиция Москвы поместила активиста Ивана Петрова в спецприёмник."))

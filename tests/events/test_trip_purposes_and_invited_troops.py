"""Session 17 (codechoice): which of two acts of one sentence is the event — a trip made for a cooperative act
is told for that act, and troops a host asked for protect it; sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def codes(events) -> set[tuple[str, str, str]]:
    return {(e.cameo, e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated}


def roots(events) -> set[str]:
    return {e.cameo[:2] for e in events if not e.negated}


@pytest.mark.parametrize(
    "text, cameo, source, target",
    [
        # a purpose clause with "чтобы" and a support noun
        ("Российские военные корабли прибыли в Циндао, чтобы принять участие в совместных российско-китайских "
         "учениях.", "062", "RUS", "CHN"),
        # a "с целью" phrase, another verb of arrival, another pair of countries
        ("Военные Казахстана прибыли в Киргизию с целью участия в совместных учениях.", "062", "KAZ", "KGZ"),
        # a signing as the purpose, with the partner named in the purpose itself
        ("Министр иностранных дел Японии прибыл в Сеул, чтобы подписать соглашение о военном сотрудничестве с "
         "Южной Кореей.", "057", "JPN", "KOR"),
        # a purpose with no partner of its own: the host of the trip
        ("Министр обороны Франции прилетел в Абу-Даби, чтобы подписать контракт на поставку истребителей.",
         "057", "FRA", "ARE"),
        # an apology as the purpose, "посетить" instead of "прибыть"
        ("Германская делегация посетила Намибию, чтобы принести извинения за колониальные преступления.",
         "055", "DEU", "NAM"),
    ],
)
def test_a_trip_made_for_a_cooperative_act_is_that_act(code, text, cameo, source, target):
    events = code(text)
    assert (cameo, source, target) in codes(events)
    assert "04" not in roots(events)  # the trip is its means, no visit of its own


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр Италии приехал в Ливию, чтобы провести переговоры с правительством Триполи.",
        "Премьер-министр Индии прибыл в Токио на переговоры с японским коллегой.",
        "Президент Франции прибыл с государственным визитом в Китай.",
    ],
)
def test_a_trip_for_talks_or_with_no_purpose_stays_a_visit(code, text):
    assert "04" in roots(code(text))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Премьер-министр Индии направил на Мальдивы 1600 десантников по просьбе президента страны.", "IND", "MDV"),
        ("Франция отправила войска в Мали по просьбе малийского правительства.", "FRA", "MLI"),
        # another verb (an entry of troops, else an occupation) and an invitation
        ("Россия ввела войска в Казахстан по приглашению президента Токаева.", "RUS", "KAZ"),
        # the request after a purpose phrase
        ("Саудовская Аравия ввела войска в Бахрейн по просьбе королевской семьи для охраны стратегических объектов.",
         "SAU", "BHR"),
    ],
)
def test_troops_a_host_asked_for_protect_it(code, text, source, target):
    events = code(text)
    assert ("074", source, target) in codes(events)
    assert not roots(events) & {"02", "15", "19"}  # the request is what the deployment answers, not a request


@pytest.mark.parametrize(
    "text, root",
    [
        ("США направили в Польшу дополнительные войска.", "15"),
        # against the request: no protection asked for
        ("Вопреки просьбам ООН Эфиопия ввела войска в Сомали.", "19"),
    ],
)
def test_troops_sent_unasked_keep_their_code(code, text, root):
    events = code(text)
    assert root in roots(events) and "07" not in roots(events)


@pytest.mark.parametrize(
    "text",
    [
        "Правительство Ливана обратилось к Совету Безопасности ООН с просьбой о помощи.",
        "Правительство Ливана обратилось к ООН с просьбой по поводу беженцев.",
    ],
)
def test_a_request_made_is_still_a_request(code, text):
    assert ("020", "LBN", "IGO") in codes(code(text))

"""Legal charges in articles: a present passive participle of a charge on the accused tells the charge (1121, the
state of the place as its agent), and a relative clause's "который" is the person it hangs on, never an actor
remembered from the sentence before. Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def charges(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo == "1121"}


@pytest.mark.parametrize(
    "text, pair",
    [
        ("В Иране французский исследователь, обвиняемый в шпионаже, объявил голодовку.", ("IRN", "FRA")),
        ("В Турции мать немецкого журналиста, подозреваемого в терроризме, обратилась к властям с письмом.",
         ("TUR", "DEU")),
    ],
)
def test_a_passive_participle_of_a_charge_is_the_charge(code, text, pair):
    assert pair in charges(code(text, published="2019-05-14"))


def test_an_active_participle_of_accusing_still_names_people(code):
    text = "Активисты, обвиняющие власти Сербии в коррупции, вышли на митинг в Белграде."
    assert not charges(code(text, published="2019-05-14"))


def test_a_relative_clause_is_the_titled_person_it_hangs_on(code):
    text = (
        "Глава МИД Бразилии Мауро Виейра призвал стороны к диалогу. Накануне полиция Венесуэлы задержала координатора "
        "оппозиционной партии Хосе Перальту, которому предъявлено обвинение в государственной измене."
    )
    assert charges(code(text, published="2019-05-14")) == {("VEN", "VEN")}


def test_an_unknown_name_in_a_relative_clause_is_no_one_remembered(code):
    text = (
        "Глава МИД Бразилии Мауро Виейра призвал стороны к диалогу. Накануне полиция Венесуэлы задержала Хосе "
        "Перальту, которому предъявлено обвинение в государственной измене."
    )
    assert ("VEN", "BRA") not in charges(code(text, published="2019-05-14"))


def test_an_arrest_asked_of_a_court_is_an_accusation(code):
    events = code("Прокуратура Украины попросила суд арестовать бывшего министра обороны Украины.", published="2019-05-14")
    assert ("UKR", "UKR") in charges(events)


def test_an_arrest_asked_of_a_state_stays_a_request(code):
    events = code("Прокуратура Украины попросила Германию арестовать бывшего министра обороны Украины.",
                  published="2019-05-14")
    assert not charges(events)
    assert any(e.cameo.startswith("02") and (e.target or "")[:3] == "DEU" for e in events if not e.negated)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Президент Франции Эммануэль Макрон прибыл в Ниццу. Накануне в городе был задержан мужчина, который напал с "
         "ножом на прохожих.", "FRAGOV"),
        ("Премьер-министр Индии Нарендра Моди прибыл в Мумбаи. Полиция арестовала мужчину, которого обвиняют в "
         "убийстве журналиста.", "INDGOV"),
    ],
)
def test_a_relative_clause_on_a_plain_noun_is_no_one_remembered(code, text, absent):
    events = [e for e in code(text, published="2019-05-14") if not e.negated]
    assert not any(absent in (e.source, e.target) for e in events if e.cameo[:2] in ("11", "18"))

"""Session 19 (helper "accnorow"): the post-posed object of a coordinated verb that the parser reads as the verb's
own subject ("... и обвинил в нем Вашингтон") is its object; and naming an act or a party unlawful, unconstitutional
or biased ("назвала референдум незаконным", "назвал решение неправомерным") is a criticism (111)."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Президент Венесуэлы сообщил, что раскрыт заговор, и обвинил в нем Вашингтон.", ("112", "VENGOV", "USAGOV")),
        ("Президент Боливии заявил, что раскрыт заговор, и обвиняет в нем Вашингтон.", ("112", "BOLGOV", "USAGOV")),
        (
            "Министр обороны Турции заявил, что границу нарушили самолеты, и обвинил в этом Дамаск.",
            ("112", "TURGOV", "SYRGOV"),
        ),
    ],
)
def test_object_of_a_coordinated_verb_read_as_its_subject(code, text, expected):
    assert expected in codes(code(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ОБСЕ назвала референдум о статусе Крыма незаконным.", ("111", "IGOOSCE", "UKR")),
        ("Москва назвала удары США по Сирии неправомерными.", ("111", "RUSGOV", "USA")),
        ("Генсек ООН назвал действия Израиля противоправными.", ("111", "IGOUN", "ISRGOV")),
        ("Лидер оппозиции Зимбабве называет выборы неконституционными.", ("111", "ZWEOPP", "ZWEGOV")),
        ("Пекин охарактеризовал доклад Госдепартамента США как предвзятый.", ("111", "CHNGOV", "USAGOV")),
    ],
)
def test_naming_an_act_unlawful_is_a_criticism(code, text, expected):
    assert expected in codes(code(text))


def test_a_lawful_name_is_no_criticism(code):
    assert not [c for c in codes(code("Москва назвала референдум в Крыму законным.")) if c[0].startswith("11")]

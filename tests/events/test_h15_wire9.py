"""Session 15, helper wire9: hyphenated group nouns NER takes for places, a participle between a preposition and
its noun, and loans approved by their lender; on sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Повстанцы-хуту": the indeclinable second part makes the word look like a name NER cannot place
        ("Боевики-хуту атаковали лагерь беженцев в Бурунди.", ("19", "BDI", "BDI")),
        ("Повстанцы-хуту обстреляли казармы армии Бурунди.", ("19", "BDI", "BDI")),
        ("Повстанцы-хуту в Бурунди пригрозили атаковать столицу Бужумбуру.", ("13", "BDI", "BDI")),
    ],
)
def test_hyphenated_group_noun_is_an_actor(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Президент Сирии провел в Дамаске переговоры с находящимся там с визитом королем Иордании.",
         ("04", "SYR", "JOR")),
        ("Канцлер Германии провела в Берлине консультации с находящимся там с рабочим визитом премьером Польши.",
         ("04", "DEU", "POL")),
        ("Президент Сирии Хафез Асад провел в понедельник в Дамаске переговоры о мирном процессе с находящимся "
         "там с визитом королем Иордании Хусейном.", ("04", "SYR", "JOR")),
    ],
)
def test_participle_between_preposition_and_partner(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("МВФ одобрил кредит Грузии в размере 200 млн долларов.", ("071", "IGOIMF", "GEO")),
        ("Кредит Украине был одобрен Международным валютным фондом в пятницу.", ("071", "IGOIMF", "UKRGOV")),
        ("Всемирный банк утвердил заем Армении на 50 млн долларов.", ("071", "IGOWB", "ARM")),
        ("Совет директоров Азиатского банка развития утвердил грант Монголии.", ("071", "IGOADB", "MNG")),
    ],
)
def test_loan_approved_by_its_lender_is_aid(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_approving_a_plan_stays_praise(code):
    assert ("05", "IGO", "GEO") in dyads(code("МВФ одобрил план реформ правительства Грузии."))


@pytest.mark.parametrize(
    ("sentence", "expected", "mediator"),
    [
        # (an agreement reached on a noun is a formal agreement, 05, since round h22 agree)
        ("Армения и Азербайджан договорились о прекращении огня при посредничестве России.",
         ("05", "ARM", "AZE"), "RUS"),
        ("Эфиопия и Эритрея договорились об обмене военнопленными при посредничестве Алжира.",
         ("05", "ETH", "ERI"), "DZA"),
        ("Израиль и Сирия согласились начать переговоры при посредничестве Турции.", ("03", "ISR", "SYR"), "TUR"),
    ],
)
def test_mediator_is_no_party_to_the_agreement(code, sentence, expected, mediator):
    found = dyads(code(sentence))
    assert expected in found
    assert not {dyad for dyad in found if dyad[0] == expected[0] and mediator in dyad[1:]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Власти Боливии уступили требованиям участников уличных протестов.", ("08", "BOL", "BOL")),
        ("Правительство Бангладеш пошло на уступки участникам многодневной всеобщей забастовки.", ("08", "BGD", "BGD")),
        ("Власти Сербии уступили давлению участников многотысячных студенческих протестов.", ("08", "SRB", "SRB")),
        ("Король Непала уступил требованиям участников общенациональной забастовки.", ("08", "NPL", "NPL")),
    ],
)
def test_participants_of_a_protest_with_adjectives_are_its_civilians(code, sentence, expected):
    assert expected in dyads(code(sentence))

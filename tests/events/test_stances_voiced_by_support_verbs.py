"""A stance noun after a verb that voices it is the speaker's act, whichever aspect the support verb has
(word class "voicing": выразить / выражать / высказать / высказывать): disapproval, condemnation, indignation,
criticism, protest; accusations repeated or voiced, complaints brought to a body, a document carrying a demand,
a harsh assessment given, aid handed over or supplied; a content clause that judges a party's act unlawful or
unjust is criticism of its agent (word class "reproach"). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Министр иностранных дел Бразилии не раз высказывал неодобрение позиции Вашингтона.", ("11", "BRA", "USA")),
        ("Премьер-министр Венгрии Виктор Орбан выражал недовольство решением Брюсселя.", ("11", "HUN", "BEL")),
        ("Министерство иностранных дел Эстонии высказало осуждение действий Москвы.", ("11", "EST", "RUS")),
        ("Президент Аргентины выражал возмущение позицией Лондона.", ("11", "ARG", "GBR")),
        ("Глава МИД Ирана высказал резкую критику в адрес Лондона.", ("11", "IRN", "GBR")),
        ("С критикой в адрес Токио выступает и министерство иностранных дел Китая.", ("11", "CHN", "JPN")),
        ("МИД Сербии заявлял протест Хорватии в связи с задержанием граждан.", ("11", "SRB", "HRV")),
        ("Президент Турции повторил обвинения в адрес Греции.", ("11", "TUR", "GRC")),
        ("Литва обратилась в Еврокомиссию с жалобой на Польшу.", ("11", "LTU", "POL")),
        ("Президент Белоруссии дал негативную оценку действиям Варшавы.", ("11", "BLR", "POL")),
    ],
)
def test_a_stance_voiced_by_a_support_verb(code, text, dyad):
    assert dyad in dyads(code(text, published="2021-03-10"))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Совет Безопасности ООН принял резолюцию с требованием к Израилю прекратить огонь.", ("10", "IGO", "ISR")),
        ("Правительство Японии передало Филиппинам гуманитарную помощь.", ("07", "JPN", "PHL")),
        ("Германия поставила Украине военную помощь.", ("07", "DEU", "UKR")),
    ],
)
def test_a_demand_in_a_document_and_aid_handed_over(code, text, dyad):
    assert dyad in dyads(code(text, published="2021-03-10"))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Министр иностранных дел Польши заявил, что действия Минска являются противозаконными.", ("11", "POL", "BLR")),
        ("Глава МИД Венгрии заявил, что санкции Евросоюза несправедливы.", ("11", "HUN", "IGO")),
    ],
)
def test_an_act_judged_unlawful_or_unjust(code, text, dyad):
    assert dyad in dyads(code(text, published="2021-03-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел Бразилии высказал поддержку позиции Вашингтона.",
        "Президент Белоруссии дал высокую оценку действиям Пекина.",
        "Министр иностранных дел Японии выразил надежду на скорое возобновление переговоров с Сеулом.",
    ],
)
def test_support_praise_and_hope_are_no_disapproval(code, text):
    assert not {dyad for dyad in dyads(code(text, published="2021-03-10")) if dyad[0] == "11"}

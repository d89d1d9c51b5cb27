"""An act declared inadmissible ("заявил о недопустимости действий Минска", "указал на недопустимость вмешательства
Вашингтона") is criticism of its agent; a rule of conduct with no agent ("подчеркнул недопустимость применения силы")
criticises no one. Judging an act "как" anything of contempt or reproach (classes disparaging and reproach) is a
criticism: "расценил решение Брюсселя как грубое давление". Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Глава МИД Литвы заявил о недопустимости действий Минска.", ("11", "LTU", "BLR")),
        ("МИД России указал на недопустимость вмешательства Вашингтона во внутренние дела Венесуэлы.",
         ("11", "RUS", "USA")),
        ("Министр иностранных дел Венгрии расценил решение Еврокомиссии как грубое давление.", ("11", "HUN", "IGO")),
        ("Москва расценила высылку российских дипломатов из Польши как недружественный шаг.", ("11", "RUS", "POL")),
    ],
)
def test_an_act_judged_inadmissible_or_hostile(code, text, dyad):
    assert dyad in dyads(code(text, published="2021-06-02"))


def test_a_rule_of_conduct_with_no_agent_criticises_no_one(code):
    text = "Министр иностранных дел Индии подчеркнул недопустимость применения силы для решения споров."
    assert not {dyad for dyad in dyads(code(text, published="2021-06-02")) if dyad[0] == "11"}

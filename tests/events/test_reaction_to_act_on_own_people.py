"""A reaction (11, 12, 05) to an act told before, whose object is a role noun given only a country from its context
("посла", "дипломатов", "журналистов") or one of the reacting side's own country ("своих дипломатов", "румынского
посла"), is aimed at the agents of that act, not at the role noun: "Бэсеску назвал высылку посла «провокацией»"
after "Молдавия выслала посла Румынии" is ROU -> MDA, not ROU -> ROU."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow

EXPELLED = "Молдавия выслала посла Румынии и ввела визы для румын."
ARRESTED = "Власти Ирана арестовали пятерых британских дипломатов в Тегеране."
DETAINED = "Полиция Белоруссии задержала литовских журналистов в Минске."


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare role noun that took the sentence's country (Romania's) as the genitive of the act noun
        (EXPELLED + " Президент Румынии Траян Бэсеску назвал высылку посла «провокацией».", ("11", "ROU", "MDA")),
        # another speaker, another verb of condemning
        (EXPELLED + " Глава МИД Румынии осудил высылку посла.", ("11", "ROU", "MDA")),
        # another act noun of the same meaning (act_nouns.tsv: изгнание)
        (
            EXPELLED + " Министр иностранных дел Румынии назвал изгнание посла недружественным шагом.",
            ("11", "ROU", "MDA"),
        ),
        # the reacting side's own ambassador, by "свой" and by a country adjective
        (EXPELLED + " Румыния осудила высылку своего посла.", ("11", "ROU", "MDA")),
        (EXPELLED + " Бухарест назвал выдворение румынского посла провокацией.", ("11", "ROU", "MDA")),
        # other actors and acts: an arrest, a detention
        (ARRESTED + " Глава МИД Великобритании Уильям Хейг решительно осудил арест дипломатов.", ("11", "GBR", "IRN")),
        (ARRESTED + " Лондон назвал задержание своих дипломатов недопустимым.", ("11", "GBR", "IRN")),
        (DETAINED + " Премьер-министр Литвы раскритиковал задержание журналистов.", ("11", "LTU", "BLR")),
    ],
)
def test_a_reaction_to_an_act_on_ones_own_people_is_aimed_at_its_agent(code, text, expected):
    found = dyads(code(text))
    assert expected in found
    source = expected[1]
    assert ("11", source, source) not in found


def test_a_named_target_of_another_country_is_kept(code):
    # control: the reaction names whom it is aimed at
    found = dyads(code(EXPELLED + " Президент Румынии осудил Молдавию за высылку посла."))
    assert ("11", "ROU", "MDA") in found


def test_with_no_act_told_before_the_role_noun_stays(code):
    # control: no expulsion told before, nothing to aim at but the fallback
    found = dyads(code("Глава МИД Франции назвал высылку посла ошибкой."))
    assert ("11", "FRA", "FRA") in found


def test_the_reacting_sides_own_act_is_not_reacted_against(code):
    # control: the act was the reacting side's own; it is not aimed at itself for it
    found = dyads(code("Россия выслала посла Эстонии. Глава МИД России назвал высылку посла вынужденной мерой."))
    assert ("16", "RUS", "EST") in found
    assert ("11", "RUS", "RUS") not in found

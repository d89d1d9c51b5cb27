"""Whose a group is when its sentence names no country of its own (kb/roles.py): a group that carries no arms
does not take a country the sentence names only after it (the other side's, as for an office); an armed group or
a force keeps it.  A crowd attacking or entering a foreign diplomatic mission named by any of its words
("дипмиссия", "диппредставительство", "генконсульство") is not of the mission's country.  Sentences written for
these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow

OTHER_SIDE_AFTER = [
    ("Протест в Минске\n\nБелорусская оппозиция провела митинг. Правозащитники осудили действия Москвы в отношении "
     "беженцев.", ("11", "BLR", "RUS")),
    ("Митинг в Сеуле\n\nВ Южной Корее прошли многотысячные акции. Демонстранты потребовали от Японии официальных "
     "извинений.", ("10", "KOR", "JPN")),
    ("Кризис в Каракасе\n\nВ Венесуэле продолжается противостояние. Депутаты осудили вмешательство Вашингтона во "
     "внутренние дела страны.", ("11", "VEN", "USA")),
    ("Забастовка в Афинах\n\nВ Греции продолжаются акции протеста. Профсоюзы обвинили Германию в навязывании мер "
     "жесткой экономии.", ("11", "GRC", "DEU")),
]


@pytest.mark.parametrize("text, dyad", OTHER_SIDE_AFTER)
def test_acting_group_does_not_take_the_country_named_after_it(code, text, dyad):
    found = dyads(code(text, published="2012-05-10"))
    assert dyad in found, found
    assert (dyad[0], dyad[2], dyad[2]) not in found


def test_armed_group_keeps_the_country_of_those_it_fights(code):
    found = dyads(code("Обстрел в Кандагаре\n\nОбстановка в Афганистане остается напряженной. Боевики атаковали "
                       "позиции афганской армии.", published="2012-05-10"))
    assert ("19", "AFG", "AFG") in found


MISSIONS = [
    ("Протесты в Дакке\n\nВ Бангладеш продолжаются волнения. Толпа демонстрантов атаковала дипмиссию Мьянмы и "
     "забросала здание камнями.", ("14", "BGD", "MMR")),
    ("Протесты в Каире\n\nВ Египте продолжаются акции. Демонстранты ворвались в диппредставительство Израиля.",
     ("14", "EGY", "ISR")),
]


@pytest.mark.parametrize("text, dyad", MISSIONS)
def test_crowd_at_a_mission_named_otherwise_is_not_the_missions(code, text, dyad):
    found = dyads(code(text, published="2012-05-10"))
    assert dyad in found, found
    assert (dyad[0], dyad[2], dyad[2]) not in found


def test_crowd_attacking_a_mission_by_its_adjective_is_not_the_missions(code):
    found = dyads(code("Беспорядки в Тегеране\n\nИранская полиция задержала десятки человек. Совет Безопасности ООН "
                       "осудил нападение демонстрантов на британскую дипмиссию.", published="2012-05-10"))
    assert ("11", "IGO", "IRN") in found, found
    assert not any(target == "GBR" and root == "11" for root, _, target in found)

"""Places the gazetteers used to lack (islands, disputed regions, river deltas, historical state names),
and what a bare role noun does when its sentence names a place nothing places: never the country of
the publication, nor the namesake state of a river."""

from tests.kb.conftest import actor_of


def test_an_island_places_the_government_troops_there(link):
    article = link("Правительственные войска в воскресенье начали наступление на мусульманских повстанцев "
                   "на южном острове Минданао, сообщили военные.", None)
    assert actor_of(article, "Минданао").code == "PHL"
    assert actor_of(article, "Правительственные войска").code == "PHLMIL"


def test_a_river_delta_is_not_the_state_of_the_rivers_name(link):
    article = link("Нигерийские солдаты открыли огонь по жителям деревни в дельте Нигера, сообщили "
                   "местные лидеры.", None)
    assert actor_of(article, "Нигера").code == "NGA"
    assert actor_of(article, "жителям").code == "NGACVL"
    # the state itself, named without a river noun, stays Niger
    assert actor_of(link("Власти Нигера арестовали лидера оппозиции.", None), "Нигера").code == "NER"


def test_a_river_without_a_listed_place_gives_no_country(link):
    article = link("Израильские войска вошли в долину реки Иордан.", None)
    assert actor_of(article, "Иордан").code == "---"


def test_an_unplaced_place_makes_no_domestic_role(link):
    # a place nothing places: the police may be anywhere, not the publication's country
    article = link("Полиция в субботу арестовала десятки демонстрантов в провинции Шабва.", None)
    assert not any(entity.actor and entity.actor.code.startswith("RUS") for entity in article.entities)
    # a placed one still says whose the police is
    article = link("Полиция в субботу задержала двух подозреваемых в Подмосковье.", None)
    assert actor_of(article, "Полиция").code == "RUSCOP"


def test_a_disputed_region_links_only_beside_one_of_its_countries(link):
    article = link("Индийские войска арестовали демонстрантов в Кашмире.", None)
    assert actor_of(article, "Кашмире").code == "IND"
    assert actor_of(link("Демонстранты собрались в Кашмире.", None), "Кашмире").code == "---"


def test_historical_state_names_link_to_their_states(link):
    assert actor_of(link("Власти Западной Германии выслали двух советских дипломатов.", None),
                    "Западной Германии").code == "DEU"
    assert actor_of(link("Восточная Германия осудила решение НАТО.", None), "Восточная Германия").code == "DDR"
    assert actor_of(link("Вьетнамские войска атаковали партизан в Кампучии.", None), "Кампучии").code == "KHM"
    assert actor_of(link("Правительство Родезии закрыло границу с Замбией.", None), "Родезии").code == "ZWE"

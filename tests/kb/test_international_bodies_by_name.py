"""International bodies NER used to miss or leave unlinked: UN agencies and NGOs by their own Russian
names, and bodies named after the organisation they belong to."""

from tests.kb.conftest import actor_of


def test_agencies_and_ngos_by_their_russian_names(link):
    article = link("Всемирная продовольственная программа в среду доставила продовольствие в Руанду.", None)
    assert actor_of(article, "Всемирная продовольственная программа").code == "IGOWFP"
    article = link("Врачи без границ осудили бомбардировку больницы в Кабуле.", None)
    assert actor_of(article, "Врачи без границ").code == "NGOMSF"
    assert not any(entity.actor and entity.actor.code == "AFGHLH" for entity in article.entities)
    article = link("Международная амнистия осудила массовые казни в Иране.", None)
    assert actor_of(article, "Международная амнистия").code == "NGOAI"


def test_a_body_named_after_its_organisation_is_that_organisation(link):
    article = link("Специальная комиссия ООН потребовала от Ирака допустить инспекторов на военные объекты.", None)
    assert actor_of(article, "Специальная комиссия ООН").code == "IGOUN"


"""Countries named inside organisation names, adjectives of "all-Russia" bodies, and country names NER
left out (sentences written for these tests)."""

from __future__ import annotations


def country_mentions(article, iso3):
    return [(m.text, m.kind) for e in article.entities if e.actor and e.actor.code == iso3 for m in e.mentions]


def test_a_country_inside_an_organisation_name_is_a_nested_mention(analyzer):
    article = analyzer("Партия «Движение за возрождение Мали» выдвинула своего кандидата на выборах.",
                       published="2021-07-05")
    assert ("Мали", "nested") in country_mentions(article, "MLI")
    party = [e for e in article.entities if e.type == "ORG"]
    assert party and any("Мали" in m.text for m in party[0].mentions)


def test_a_country_that_heads_the_name_is_not_taken_out_of_it(analyzer):
    # "Единая Россия" names the party: its head word must keep naming the party for the event coder
    article = analyzer("Депутаты «Единой России» поддержали законопроект во втором чтении.", published="2021-07-05")
    assert not [kind for _, kind in country_mentions(article, "RUS") if kind == "nested"]


def test_all_russian_adjective_names_russia(analyzer):
    article = analyzer("В Барнауле открылся Всероссийский фестиваль народного танца.", published="2021-07-05")
    assert ("Всероссийский", "adjective") in country_mentions(article, "RUS")


def test_a_country_name_ner_leaves_out_is_recovered(analyzer):
    article = analyzer("Выходя из зала суда, он крикнул: «Слава Украине!»", published="2021-07-05")
    assert ("Украине", "name") in country_mentions(article, "UKR")


def test_a_latin_country_word_that_heads_a_name_stays_in_it(analyzer):
    # the parser makes the first foreign word the head ("Russia" of "Russia Today"): it names the channel
    article = analyzer("Телеканал Russia Today сообщил о задержании журналиста.", published="2021-07-05")
    assert not [kind for _, kind in country_mentions(article, "RUS") if kind == "nested"]

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


def test_a_country_that_heads_the_name_is_nested_and_the_party_still_acts(analyzer):
    # "Единая Россия" names the party and, inside it, Russia (NEREL marks both); the event is the party's
    article = analyzer("Новости\n\n«Единая Россия» поддержала законопроект правительства Таджикистана.",
                       published="2021-07-05")
    assert ("России", "nested") in country_mentions(article, "RUS") or ("Россия", "nested") in country_mentions(
        article, "RUS")
    assert [event.source_name for event in article.events] == ["Единая Россия"]


def test_all_russian_adjective_names_russia(analyzer):
    article = analyzer("В Барнауле открылся Всероссийский фестиваль народного танца.", published="2021-07-05")
    assert ("Всероссийский", "adjective") in country_mentions(article, "RUS")


def test_a_country_name_ner_leaves_out_is_recovered(analyzer):
    article = analyzer("Выходя из зала суда, он крикнул: «Слава Украине!»", published="2021-07-05")
    assert ("Украине", "name") in country_mentions(article, "UKR")


def test_a_latin_country_word_inside_a_name_is_nested_and_the_channel_acts(analyzer):
    article = analyzer("Новости\n\nТелеканал Russia Today обвинил Великобританию в цензуре.", published="2021-07-05")
    assert ("Russia", "nested") in country_mentions(article, "RUS")
    assert [(event.source, event.source_name) for event in article.events] == [("RUSMED", "Russia Today")]

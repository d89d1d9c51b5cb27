"""Whose a group, a building or an addressee is: owners before places, the adjective's country of a role, the
addressee of a permission, a people named by the state it lives in. Sentences written for these tests."""

import pytest

from letopis.pipeline import make_article
from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


def test_a_searched_office_stands_for_its_owner_not_its_city(code):
    events = code("Французские следователи во вторник провели обыски в офисах итальянской компании «Фиат» в Париже, "
                  "сообщила прокуратура.", published="1994-03-15")
    assert dyads(events) == {("09", "FRA", "ITA")}


def test_a_searched_home_of_a_foreign_diplomat_is_his_country(code):
    events = code("Полиция провела обыск в доме американского дипломата в Москве.", published="1994-03-15")
    assert dyads(events) == {("09", "RUS", "USA")}
    events = code("Итальянская полиция провела обыски в резиденции ливийского посла в Риме.", published="1994-03-15")
    assert dyads(events) == {("09", "ITA", "LBY")}


def test_a_role_keeps_the_adjective_opening_the_sentence_over_a_later_country(code):
    # the tagger takes a capitalised adjective opening a sentence for a name ("Ангольские"/PROPN)
    events = code("Ангольские власти в понедельник освободили 12 португальских моряков при посредничестве Франции.",
                  published="1994-03-15")
    assert {(root, source) for root, source, _ in dyads(events)} == {("08", "AGO")}


def test_the_act_a_permission_allows_is_no_event_of_its_own(code):
    events = code("Власти Китая разрешили американскому послу посетить Тибет.", published="1994-03-15")
    assert not any(root == "04" for root, _, _ in dyads(events))  # no visit, and never China visiting Tibet


def test_a_people_named_by_its_state_is_of_that_state(code):
    events = code("Силы боснийских сербов в среду обстреляли позиции миротворцев ООН.", published="1994-03-15")
    assert ("19", "BIH", "IGO") in dyads(events)
    events = code("Иракские курды провели демонстрацию у посольства Турции.", published="1994-03-15")
    assert ("14", "IRQ", "TUR") in dyads(events)


def test_the_adjective_of_a_language_names_no_state(analyzer):
    article = analyzer.run([make_article("Сейм Литвы сделал литовский язык единственным государственным, а "
                                         "литовские депутаты поддержали закон.", published="1994-03-15")])[0]
    mentions = {mention.text for entity in article.entities if entity.type == "LOC" for mention in entity.mentions}
    assert "литовский" not in mentions and "литовские" in mentions

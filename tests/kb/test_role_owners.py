"""Role nouns whose country is that of a place or an organisation after them, on sentences written for
the tests: "полиция Техаса", "жители штата Огайо", "сотрудники ФСБ", "командующий войсками Франции"."""

from __future__ import annotations

import pytest

from tests.kb.conftest import actor_of

pytestmark = pytest.mark.slow


def test_role_of_a_region_or_city_is_its_countrys(link):
    article = link("Полиция Бостона задержала двоих жителей штата Огайо. Губернатор Техаса объявил траур.")
    assert actor_of(article, "Полиция Бостона").code == "USACOP"
    assert actor_of(article, "жителей штата Огайо").code == "USACVL"
    assert actor_of(article, "Губернатор Техаса").code == "USAGOV"


def test_city_police_is_no_national_body(link):
    actor = actor_of(link("Полиция Бостона задержала подозреваемого."), "Полиция Бостона")
    assert actor.id == "USACOP" and not actor.wikidata


def test_office_of_a_region_is_no_head_of_state(link):
    article = link("Президент Татарстана встретился с фермерами.")
    for entity in article.entities:
        assert not (entity.actor and entity.actor.id == "putin_vladimir"), entity


def test_members_of_an_organisation_take_its_code(link):
    article = link("Сотрудники ФСБ задержали шпиона, а члены КПРФ провели митинг.")
    assert actor_of(article, "Сотрудники ФСБ").code == "RUSSPY"
    assert actor_of(article, "члены КПРФ").code.startswith("RUS")


def test_role_noun_with_its_own_role_takes_the_organisations_country(link):
    assert actor_of(link("Следователи Пентагона закрыли дело."), "Следователи Пентагона").code == "USAJUD"


def test_linking_noun_between_role_and_country(link):
    article = link("Командующий войсками Франции в Мали прибыл в Бамако.")
    assert actor_of(article, "Командующий войсками Франции").code == "FRAMIL"


def test_group_before_an_organisation_stays_that_organisation(link):
    article = link("Боевики «Хезболлы» обстреляли север страны.")
    assert all(entity.actor.code != "LBNCVL" for entity in article.entities if entity.actor)


def test_country_adjective_in_a_district_name_is_no_country(link):
    article = link("Полиция задержала троих жителей Косовского района Тульской области.")
    codes = [entity.actor.code for entity in article.entities if entity.actor]
    assert not any(code.startswith("XKX") for code in codes if code != "XKX"), codes


def test_role_noun_taken_for_an_organisation_name(link):
    article = link("Федеральный судья-магистрат в Бостоне постановил держать обвиняемых под арестом.")
    assert actor_of(article, "Федеральный судья-магистрат").code == "USAJUD"


def test_a_city_in_the_sentence_places_a_bare_role(link):
    article = link("Власти Египта выразили протест. В Сан-Франциско полиция задержала двоих демонстрантов.")
    assert actor_of(article, "полиция").code == "USACOP"


def test_management_of_private_premises_is_no_government(link):
    for text in ("В Москве администрация отеля отказала туристам.", "Руководство частной клиники в Казани уволило врача."):
        governments = [e.name for e in link(text).entities if e.actor and (e.actor.code or "").endswith("GOV")]
        assert not governments, (text, governments)
    article = link("В Москве администрация президента России опровергла слухи.")
    assert any(e.actor and e.actor.code == "RUSGOV" for e in article.entities)


def test_visitors_are_not_of_the_place_they_are_in(link):
    article = link("Туристы в Каире и миротворцы на юге Ливана ждут эвакуации. Туристы из России вернулись домой.")
    codes = sorted((mention.start, mention.text, entity.actor.code) for entity in article.entities if entity.actor
                   for mention in entity.mentions)
    visitors = [(start, code) for start, text, code in codes if text.lower().startswith(("турист", "миротвор"))]
    # only the tourists "из России" have a country: the place names none of the others'
    assert [code for _, code in visitors] == ["RUSCVL"], codes


def test_outsiders_take_a_country_the_sentence_names_not_their_place(link):
    assert actor_of(link("Москва отозвала своего посла в Таллине."), "посла").code == "RUSGOV"
    assert actor_of(link("Германия не держит войск в Ираке, где воюют США."), "войск").code == "DEUMIL"
    # with no other country named, the place's country is still the best guess
    assert actor_of(link("Военные в Мали захватили власть."), "Военные").code == "MLIMIL"


def test_locals_take_the_country_of_their_place(link):
    article = link("Полиция в Техасе задержала двоих подозреваемых. Боевики в Идлибе обстреляли турецкий патруль, а "
                   "протестующие в Каире потребовали отставки правительства.")
    assert actor_of(article, "Полиция").code == "USACOP"
    assert actor_of(article, "Боевики").code == "SYRINS"
    assert actor_of(article, "протестующие").code == "EGYCVL"

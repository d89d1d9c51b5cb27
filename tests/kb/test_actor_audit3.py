"""Actor audit, third round (docs/linking.md, "Actor audit on unseen articles", third round): sentences
written for these tests."""

from __future__ import annotations

from tests.kb.conftest import actor_of


def test_a_role_the_person_owns_keeps_its_country(link):
    article = link("Театр на гастролях\n\nТеатр много лет работал под руководством Олега Смирнова. Россия гордится "
                   "своим театром, а Москва ждёт его возвращения.", "2012-05-01")
    assert actor_of(article, "Олега Смирнова").code == "RUSCVL"


def test_a_vice_president_of_a_company_is_a_civilian_of_the_story(link):
    article = link("Сделка в Москве\n\nСергей Волков, вице-президент компании, сообщил о сделке в Москве.", "2012-05-01")
    assert actor_of(article, "Сергей Волков").code == "RUSCVL"


def test_a_candidate_of_a_party_takes_the_party(link):
    article = link("Кандидаты в мэры\n\nДокументы подали: от партии «Яблоко» — Сергей Петров, а также другие "
                   "кандидаты в Москве.", "2013-06-20")
    assert actor_of(article, "Сергей Петров").code == "RUSOPP"


def test_a_dissolved_state_of_a_person_is_its_successor_the_article_is_about(link):
    text = ("Юбилей полёта\n\nПервый чехословацкий космонавт Владимир Новак посетил Прагу. Чехия отмечает "
            "юбилей, а президент Чехии поздравил его.")
    assert actor_of(link(text, "2013-03-02"), "Владимир Новак").code == "CZECVL"
    assert actor_of(link(text, "1980-03-02"), "Владимир Новак").code == "CSKCVL"


def test_a_former_republic_names_no_dissolved_state_and_legislators_are_of_the_body_named(link):
    article = link("Комитет Сената США поддержал Черногорию\n\nКомитет Сената США одобрил прием Черногории в НАТО. "
                   "Это вторая попытка законодателей поддержать заявку бывшей югославской республики. Черногория "
                   "ждёт решения, Черногория готова.", "2017-03-01")
    assert actor_of(article, "законодателей").code == "USALEG"


def test_without_a_date_the_role_the_text_names_wins_over_the_latest_kb_role(link):
    article = link("Скандал в Думе\n\nДепутат Госдумы Александр Хинштейн раскритиковал законопроект.", None)
    assert actor_of(article, "Александр Хинштейн").code == "RUSLEG"


def test_without_a_date_a_former_role_does_not_replace_the_kb_role(link):
    bare = link("Съезд палаты\n\nМихаил Фрадков выступил на съезде.", None)
    former = link("Съезд палаты\n\nБывший премьер-министр России Михаил Фрадков выступил на съезде.", None)
    assert actor_of(former, "Михаил Фрадков").code == actor_of(bare, "Михаил Фрадков").code


def test_the_head_of_a_country_is_its_government(link):
    article = link("Звонок\n\nПрезидент России поговорил с новым главой Кубы.", "2018-04-20")
    assert actor_of(article, "главой Кубы").code == "CUBGOV"


def test_the_head_of_a_company_of_a_country_is_no_government(link):
    article = link("Газ\n\nГлава российского газового холдинга заявил о новых поставках.", "2018-04-20")
    actor = next(entity.actor for entity in article.entities if entity.name.lower().startswith("глава"))
    assert actor is None or not actor.code.endswith("GOV")


def test_a_city_beside_a_region_of_another_country_is_there(link):
    article = link("Арест студентов\n\nОба учились в Дартмуте, штат Массачусетс. Полиция США задержала их.",
                   "2013-05-01")
    assert actor_of(article, "Дартмуте").code == "USA"


def test_karabakh_is_a_region_of_azerbaijan(link):
    article = link("Перемирие\n\nВ Нагорном Карабахе возобновились бои.", "2020-10-01")
    assert actor_of(article, "Нагорном Карабахе").code == "AZE"


def test_bodies_of_the_armed_and_security_forces(link):
    article = link("Удары\n\nВВС Израиля нанесли удар. Афганские силы безопасности задержали боевиков. ОМОН "
                   "задержал протестующих в Москве.", "2020-10-01")
    assert actor_of(article, "ВВС Израиля").code == "ISRMIL"
    assert actor_of(article, "Афганские силы безопасности").code == "AFGCOP"
    assert actor_of(article, "ОМОН").code == "RUSCOP"


def test_a_role_in_the_predicate_is_the_subjects(link):
    article = link("Помилование\n\nДжон Смит долгое время был шерифом округа Марикопа, штат Аризона.", "2017-08-26")
    assert actor_of(article, "Джон Смит").code == "USACOP"

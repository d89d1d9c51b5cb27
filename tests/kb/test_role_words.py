"""Words around a role phrase that change whose the role is (letopis/kb/role_words.py; docs/linking.md,
"Actor audit", second round): sentences written for these tests."""

from __future__ import annotations

from tests.kb.conftest import actor_of


def test_genitive_name_after_a_role_noun_is_its_owner_not_its_holder(link):
    article = link("Передача закрыта\n\nПрограмма выходила под руководством Джона Уэстина в Нью-Йорке.", "2010-05-01")
    assert not actor_of(article, "Джона Уэстина").code.endswith("GOV")


def test_a_government_named_after_its_head_gives_him_its_role(link):
    article = link("Выборы в Чехии\n\nМартин Пецин был министром в правительстве Яна Фишера. Чехия выбирает "
                   "парламент.", "2013-07-10")
    assert actor_of(article, "Яна Фишера").code == "CZEGOV"


def test_a_title_agrees_with_its_name_in_the_accusative(link):
    article = link("Отставка в Болгарии\n\nПремьер Болгарии уволил министра финансов Симеона Петрова.", "2013-02-19")
    assert actor_of(article, "Симеона Петрова").code.startswith("BGR")


def test_honorary_title_gives_no_country(link):
    article = link("Актёра задержали в Москве\n\nНародный артист СССР Армен Петросян задержан полицией Москвы. "
                   "В России актёра знают все.", "2017-10-30")
    assert actor_of(article, "Армен Петросян").code == "RUSCVL"


def test_people_deputy_is_no_honorary_title(link):
    article = link("Депутат задержан\n\nНародный депутат Украины Иван Петренко задержан в Киеве.", "2017-10-30")
    assert actor_of(article, "Иван Петренко").code.startswith("UKR")


def test_animals_are_no_civilians_of_a_country(link):
    article = link("Фермер и свиньи\n\nФермер вырастил тамбовских свиней на продажу.", "2012-05-01")
    assert not any(entity.actor and entity.actor.code.endswith("CVL") for entity in article.entities
                   if any("свиней" in mention.text for mention in entity.mentions))


def test_local_police_is_of_the_place_of_the_story(link):
    article = link("Арест в Таиланде\n\nВ Бангкоке задержан канадец Алекс Кейз. Местная полиция арестовала его "
                   "по ордеру, выданному в США.", "2017-07-05")
    assert actor_of(article, "полиция").code == "THACOP"


def test_origin_after_a_person_noun(link):
    article = link("Студента могут выслать\n\nСтудент из Каира предстал перед судом в Лос-Анджелесе. Суд США "
                   "рассмотрит его дело.", "2016-03-04")
    assert actor_of(article, "Студент").code.startswith("EGY")


def test_apposition_with_adjectives_and_origin(link):
    article = link("Студента могут выслать\n\nЭмадельдин Салех, 23-летний студент из Каира, предстал перед судом "
                   "в Лос-Анджелесе.", "2016-03-04")
    assert actor_of(article, "Эмадельдин Салех").code.startswith("EGY")


def test_an_apposition_followed_by_a_name_is_that_names_title(link):
    article = link("Суд в Каире\n\nНа скамье подсудимых оказался Гамаль Салех, бывший глава МВД Египта Хабиб "
                   "аль-Адли и офицеры.", "2011-08-03")
    assert not actor_of(article, "Гамаль Салех").code.endswith("GOV")


def test_an_office_of_an_organisation_after_a_name(link):
    article = link("Новый президент\n\nДжанни Бертони — новый президент ФИФА. Швейцария приветствует выбор.",
                   "2016-02-26")
    assert not actor_of(article, "Джанни Бертони").code.startswith("CHE")


def test_bare_body_of_a_country_the_article_barely_names(link):
    article = link("Кризис в Венесуэле\n\nОппозиция Венесуэлы обратилась в Верховный суд. Правительство Венесуэлы "
                   "молчит. В Венесуэле идут протесты. Венесуэла ждёт решения, сообщает «Голос Америки».", "2013-01-09")
    assert actor_of(article, "Верховный суд").code == "VENJUD"


def test_chamber_of_commerce_is_business(link):
    article = link("Отставка\n\nПрезидент Торгово-промышленной палаты России объявил об отставке.", "2011-01-14")
    assert actor_of(article, "Торгово-промышленной палаты России").code == "RUSBUS"


def test_short_name_in_the_headline_takes_the_full_name_after_it(link):
    article = link("Комитет Сената поддержал Черногорию\n\nКомитет Сената США по иностранным делам поддержал заявку "
                   "Черногории на вступление в НАТО.", "2017-03-10")
    assert actor_of(article, "Комитет Сената").code == "USALEG"


def test_a_city_in_the_locative_is_the_place_of_a_bare_group(link):
    article = link("Удары в Сирии\n\nРоссийская авиация нанесла удары по позициям боевиков в Идлибе.", "2017-05-10")
    assert actor_of(article, "боевиков").code.startswith("SYR")


def test_members_of_united_russia_are_its_group():
    from letopis.pipeline import default_analyzer, make_article

    article = default_analyzer().run([make_article("Единороссы осудили действия правительства Франции.",
                                                   published="2015-01-01")])[0]
    assert [(event.cameo, event.source, event.target) for event in article.events] == [("111", "RUSGOV", "FRAGOV")]

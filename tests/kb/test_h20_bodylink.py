"""Session 20: a bare state body takes the other side's country when it is the object of a state's act, and
not the country it acts on.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from letopis.pipeline import make_article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    from letopis.pipeline import default_analyzer

    analyzer = default_analyzer()
    return lambda text: analyzer(make_article(text, published="2020-01-01"))


def body_actor(article, body: str):
    """The actor of the entity with a mention written ``body``."""
    return next(entity.actor for entity in article.entities if any(mention.text == body for mention in entity.mentions))


def events(article) -> set[tuple[str, str | None, str | None]]:
    return {(event.cameo[:2], event.source, event.target) for event in article.events if not event.negated}


# (a) a bare body that is the object of an act whose subject is one country, in a sentence naming one other
# country, is the other country's
@pytest.mark.parametrize("text, event", [
    ("Норвегия приостановила финансирование Уганды, обвинив правительство в нарушениях прав человека.",
     ("11", "NORGOV", "UGAGOV")),
    ("Франция ввела санкции против Никарагуа и обвинила правительство в репрессиях.", ("11", "FRAGOV", "NICGOV")),
    ("Япония выразила протест Пекину, обвинив военных в нарушении воздушного пространства.",
     ("11", "JPNGOV", "CHNMIL")),
    ("Германия отозвала посла из Мали, раскритиковав военных за переворот.", ("11", "DEUGOV", "MLIMIL")),
    ("Австралия выслала дипломатов Ирана, обвинив спецслужбы в подготовке терактов.", ("11", "AUSGOV", "IRNSPY")),
    ("Дания осудила Эфиопию, а также раскритиковала полицию за разгон демонстрантов.", ("11", "DNKGOV", "ETHCOP")),
])
def test_a_bare_body_object_of_another_state_is_the_other_side(run, text, event):
    found = events(run(text))
    assert event in found, found


def test_two_subject_countries_name_no_other_side(run):
    # both countries are the subject: the object is neither's by this rule ("США и Канада")
    found = events(run("США и Канада обвинили военных в репрессиях."))
    assert not any(target and target.startswith("CAN") for _root, _source, target in found), found


# (b) a bare KB body ("Генштаб", "МИД") of an article about two countries is not the body of the country its act
# is done to or with in its own sentence
@pytest.mark.parametrize("text, body, code", [
    ("Турецкие самолёты сбили российский бомбардировщик над Сирией. Турция заявила, что самолёт нарушил её "
     "границу. Генштаб объявил о прекращении военных контактов с Анкарой.", "Генштаб", "RUSMIL"),
    ("Украинские пограничники задержали российское судно в Азовском море. Украина обвинила Россию в провокации. "
     "МИД вызвал временного поверенного Украины.", "МИД", "RUSGOV"),
    ("Китай провёл учения у берегов Японии. Китайские корабли вошли в японские воды. Минобороны направило "
     "протест Пекину.", "Минобороны", "JPN"),
    ("Грузинские военные обстреляли позиции российских миротворцев. Грузия обвинила Россию в агрессии. "
     "Минобороны предупредило Тбилиси о последствиях.", "Минобороны", "RUS"),
    ("Польша закрыла границу с Белоруссией. Польские власти обвинили Белоруссию в провокациях. МИД вручил ноту "
     "протеста послу Польши.", "МИД", "BLRGOV"),
])
def test_a_bare_body_is_not_of_the_country_it_acts_on(run, text, body, code):
    actor = body_actor(run(text), body)
    assert actor.code.startswith(code), actor


@pytest.mark.parametrize("text, body, code", [
    # the country a reported clause names is not whom the body acts on
    ("Россия и Украина провели переговоры в Минске. Россия обвинила Украину в срыве договорённостей. МИД заявил, "
     "что Россия выполняет все условия.", "МИД", "RUSGOV"),
    # a reaction to the country the sentence before names as its subject stays the article's own body
    ("Президент России Владимир Путин провёл совещание в Кремле. Российские власти обсудили ответ на давление "
     "Запада. США ввели новые санкции. МИД пообещал ответить.", "МИД", "RUSGOV"),
])
def test_a_bare_body_keeps_the_main_owner(run, text, body, code):
    actor = body_actor(run(text), body)
    assert actor.code == code, actor

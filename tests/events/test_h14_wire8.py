"""Session 14, helper wire8: fixes the ninth wire probe (probe-wire8) showed, on sentences written for them."""

import pytest

from letopis.events.evaluate import actor_key
from letopis.pipeline import make_article


def tuples(analyzer, text: str) -> set[tuple[str, str, str]]:
    article = analyzer.run([make_article(text, published="2005-06-01")])[0]
    return {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in article.events if not e.negated}


# A neuter (or masculine inanimate) organisation before a verb with no subject, tagged nominative but hung as the
# verb's object by the parser, is its subject (repairs.repair_nominative_objects).
NOMINATIVE_SUBJECTS = [
    ("Зимбабвийское оппозиционное Движение за демократические перемены в понедельник потребовало от правительства "
     "президента Роберта Мугабе провести новые президентские выборы.", "10", "ZWE", "ZWE"),
    ("Оппозиционное движение «Мусават» потребовало от властей Азербайджана провести повторные выборы, сообщили "
     "в штабе партии.", "10", "AZE", "AZE"),
    ("Сенегальское Движение демократических сил Казаманса пообещало правительству соблюдать перемирие.",
     "03", "SEN", "SEN"),
    # coordinated, with a plural verb
    ("«Хезболла» и её союзники потребовали в четверг от правительства премьер-министра Фуада Синьоры отставки "
     "кабинета.", "10", "LBN", "LBN"),
    ("«Хамас» и «Исламский джихад» в среду пригрозили Израилю новыми терактами.", "13", "PSE", "ISR"),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), NOMINATIVE_SUBJECTS)
def test_a_nominative_read_as_object_is_the_subject(analyzer, text, root, source, target):
    found = tuples(analyzer, text)
    assert (root, source, target) in found, found


def test_a_fronted_accusative_object_keeps_its_reading(analyzer):
    # the accusative "Кандидатуру" is not the subject: no support by the candidacy itself
    found = tuples(analyzer, "Кандидатуру премьер-министра поддержало большинство депутатов парламента Грузии.")
    assert not any(key[0] == "05" and key[1] == "---" for key in found), found


# Foreign teams a state lets in (word class "admitted"): 086, allowing international involvement (RETREAT).
ADMITTED = [
    ("Военное правительство Мьянмы допустило гуманитарные группы ООН в дельту Иравади.", "MMR", "IGOUN"),
    ("Сербские военные пропустили в Сребреницу гуманитарный конвой ООН.", "SRB", "IGOUN"),
    ("Израиль пропустил в сектор Газа медиков Красного Креста.", "ISR", "NGOICRC"),
    ("Северная Корея вновь допустила инспекторов МАГАТЭ на ядерный объект в Йонбёне.", "PRK", "IGOIAEA"),
]


@pytest.mark.parametrize(("text", "source", "target"), ADMITTED)
def test_teams_let_in_are_international_involvement_allowed(analyzer, text, source, target):
    found = tuples(analyzer, text)
    assert ("08", source, target) in found, found


def test_a_mistake_made_is_no_admission(analyzer):
    assert not tuples(analyzer, "Президент Ирака допустил ошибку, признал министр.")


# Self-rule granted or offered (triggers.tsv: предоставить/дать/даровать автономию, самоуправление, независимость:
# 0833, intent 0343); an offer made on terms stays an offer (qualifiers: "готова ..., если ..." is no condition
# that cancels an intent word's event, only a plain future's).
SELF_RULE = [
    ("Молдавия заявила в субботу, что готова предоставить Приднестровью широкую автономию в составе единого "
     "государства, если Тирасполь откажется от требований независимости.", "MDA", "MDA"),
    ("Грузия заявила во вторник, что готова предоставить Абхазии широкую автономию, если Сухуми вернётся за стол "
     "переговоров.", "GEO", "XAB"),
    ("Индонезия готова предоставить Восточному Тимору особый статус и широкую автономию, заявил министр "
     "иностранных дел Али Алатас.", "IDN", "TLS"),
]


@pytest.mark.parametrize(("text", "source", "target"), SELF_RULE)
def test_self_rule_offered_is_an_intent_to_provide_rights(analyzer, text, source, target):
    article = analyzer.run([make_article(text, published="1999-06-01")])[0]
    found = {(e.cameo, actor_key(e.source), actor_key(e.target)) for e in article.events if not e.negated}
    assert ("0343", source, target) in found, found


def test_a_plain_future_under_a_condition_is_still_no_event(analyzer):
    found = tuples(analyzer, "Если парламент одобрит закон, Россия выведет войска из Приднестровья.")
    assert not found, found


# Mediation halted (triggers.tsv: прекратить/приостановить/прервать/свернуть посредничество: 165, SANCTION); the
# mediator is the genitive when another side ends it.
HALTED_MEDIATION = [
    ("Президент Колумбии Альваро Урибе прекратил посредничество венесуэльского лидера Уго Чавеса в переговорах с "
     "ФАРК.", "COL", "VEN"),
    ("Правительство Судана прервало посредничество Ливии в переговорах с повстанцами Дарфура.", "SDN", "LBY"),
    ("Египет прекращает посредничество между ХАМАС и ФАТХ, заявил представитель МИД.", "EGY", "---"),
    ("Катар свернул посредничество в ливанском кризисе.", "QAT", "---"),
]


@pytest.mark.parametrize(("text", "source", "target"), HALTED_MEDIATION)
def test_mediation_halted_is_a_sanction(analyzer, text, source, target):
    found = tuples(analyzer, text)
    assert ("16", source, target) in found, found

"""Which actor stands on each side when a sentence names several states (session 24, helper "sides"): a verb
coordinated after a told clause continues the verb of speaking (``repairs.repair_conjuncts_of_told_clauses``) and
shares its speaker, a capital included ("В Пекине заявили, что ..., и призвали Нью-Дели"); a country named only by a
border is no role's near it (``kb/link.py`` ``border_countries``); captors "из группировки X" and fighters "из
группировки X" are that group's. Sentences written for these tests."""

import pytest

from letopis.events.evaluate import actor_key
from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad, wrong",
    [
        (
            "В Токио заявили, что решение Сеула является ошибкой, и потребовали от Южной Кореи пересмотреть его.",
            ("10", "JPN", "KOR"), None,
        ),
        (
            "В Анкаре заявили, что операция армии завершена, и призвали Вашингтон прекратить поддержку курдских отрядов.",
            ("02", "TUR", "USA"), None,
        ),
        (
            "Министр иностранных дел России заявил, что армия Грузии отступила, и призвал Тбилиси сесть за стол "
            "переговоров.",
            ("02", "RUS", "GEO"), ("02", "GEO", "GEO"),
        ),
    ],
)
def test_verb_after_a_told_clause_is_the_speakers(code, text, dyad, wrong):
    found = dyads(code(text))
    assert dyad in found
    assert wrong not in found


def test_second_predicate_of_the_told_clause_stays_with_its_subject(code):
    # "провели ... и договорились": same number as the clause's verb, so the clause's own
    found = dyads(code("Президент Франции заявил, что Россия и Турция провели переговоры и договорились о перемирии."))
    assert {("04", "RUS", "TUR"), ("05", "RUS", "TUR")} <= found
    assert not any(source == "FRA" for _root, source, _target in found)


@pytest.mark.parametrize(
    "text, dyad, wrong",
    [
        ("Сирийские повстанцы обстреляли позиции армии у турецкой границы.", ("19", "SYR", "SYR"), "TUR"),
        ("Пакистанские талибы напали на пост армии вблизи границы с Афганистаном.", ("19", "PAK", "PAK"), "AFG"),
    ],
)
def test_a_country_named_by_its_border_is_no_roles(code, text, dyad, wrong):
    found = dyads(code(text))
    assert dyad in found
    assert not any(wrong in (source, target) for _root, source, target in found)


@pytest.mark.parametrize(
    "text",
    [
        "Заложники были освобождены боевиками из группировки «Абу Сайяф», сообщил министр иностранных дел Малайзии.",
        "Боевики из группировки «Абу Сайяф» освободили заложников, сообщил министр иностранных дел Малайзии.",
    ],
)
def test_fighters_from_a_named_group_are_the_groups(code, text):
    found = dyads(code(text))
    assert any(root == "08" and source == "PHL" for root, source, _target in found)
    assert not any(source == "MYS" for _root, source, _target in found)


def test_captors_from_a_group_the_verb_holds_release_for_it(code):
    events = code(
        "Двое французских журналистов, похищенных в прошлом месяце в Ираке, были отпущены на свободу своими "
        "похитителями из группировки «Исламская армия в Ираке», сообщил министр иностранных дел Франции."
    )
    assert ("08", "IRQ", "FRA") in dyads(events)
    assert ("08", "FRA", "FRA") not in dyads(events)


@pytest.mark.parametrize(
    "text, published, dyad, wrong",
    [
        ("Председатель ОБСЕ Александр Стубб посетил Тбилиси.", "2008-08-13", ("04", "IGOOSCE", "GEO"), "FIN"),
        (
            "Спецпредставитель ЕС Мирослав Лайчак встретился с президентом Сербии Александром Вучичем.",
            "2021-03-10", ("04", "IGOEU", "SRB"), "SVK",
        ),
    ],
)
def test_national_figure_titled_officer_of_an_international_body_acts_for_it(code, text, published, dyad, wrong):
    found = {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in code(text, published=published) if not e.negated}
    assert dyad in found
    assert not any(source.startswith(wrong) for _root, source, _target in found)


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Боевики военного крыла ХАМАС обстреляли израильский город Сдерот.", ("19", "PSE", "ISR")),
        ("Боевики вооружённого крыла «Хезболлы» обстреляли израильский город Кирьят-Шмона.", ("19", "LBN", "ISR")),
    ],
)
def test_fighters_of_a_wing_of_an_organisation_are_the_organisations(code, text, dyad):
    found = dyads(code(text, published="2006-07-12"))
    assert dyad in found
    assert not any(source == "ISR" for _root, source, _target in found)


@pytest.mark.parametrize(
    "text, dyad",
    [
        (
            "Как сообщил министр иностранных дел Италии Луиджи Ди Майо, Рим и Париж договорились провести "
            "консультации в сентябре.",
            ("03", "ITA", "FRA"),
        ),
        (
            "Как сообщил официальный представитель МИД Китая, Пекин и Москва подписали соглашение о торговле.",
            ("05", "CHN", "RUS"),
        ),
        (
            "По данным министерства обороны Сирии, Россия и Турция провели совместное патрулирование.",
            ("06", "RUS", "TUR"),
        ),
        ("Как сообщили в МИД Японии, Токио, Пекин и Сеул договорились возобновить диалог.", ("03", "JPN", "KOR")),
    ],
)
def test_coordinated_subject_after_a_fronted_attribution_is_the_main_verbs(code, text, dyad):
    found = dyads(code(text, published="2020-07-01"))
    assert dyad in found or (dyad[0], dyad[2], dyad[1]) in found
    assert not any(source == "---" for _root, source, _target in found)


def test_list_inside_the_attribution_stays_there(code):
    found = dyads(code("По словам министров Франции, Германии и Италии, Евросоюз готов ввести новые санкции против Ирана."))
    assert not any(source in ("DEU", "ITA") for _root, source, _target in found)

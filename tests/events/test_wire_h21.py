"""Translated-wire constructions of probe-gsr4's kinds (RETREAT, PROTEST, REJECT, CONCEDE, SANCTION). Sentences
written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


def _roots(events):
    return {cameo[:2] for cameo, _source, _target in codes(events)}


# ---- a noun of lifting or ending ends its genitive: the restriction lifted is no new imposition
@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("Правительство Японии приняло решение о снятии санкций против Индии, введенных после ядерных испытаний.", "2001-09-10"),
        ("Правительство Японии приняло решение о снятии санкций против Пакистана, наложенных после ядерных испытаний.", "2001-09-10"),
        ("Совет Безопасности проголосовал за отмену санкций против Ирака, введенных в 1990 году.", None),
    ],
)
def test_what_a_noun_of_lifting_ends_is_not_imposed(code, sentence, published):
    assert not [cameo for cameo, _s, _t in codes(code(sentence, published)) if cameo.startswith("163")]


def test_the_lifting_itself_is_still_coded(code):
    events = code("Правительство Японии приняло решение о снятии санкций против Индии, введенных после ядерных испытаний.", "2001-09-10")
    assert ("08", "JPN", "IND") in dyads(events)


# ---- who ordered a passive or agentless act is its agent ("по распоряжению", "по приказу", "по указу", "по решению")
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Пятнадцать британских моряков были освобождены по распоряжению президента Ирана.", ("08", "IRN", "GBR")),
        ("Двое американских журналистов освобождены по указу президента КНДР.", ("08", "PRK", "USA")),
        ("Французских дипломатов выслали из страны по решению правительства Руанды.", ("16", "RWA", "FRA")),
        ("Британские моряки в четверг были отпущены по приказу иранского президента.", ("08", "IRN", "GBR")),
    ],
)
def test_who_ordered_a_passive_act_did_it(code, sentence, expected):
    assert expected in dyads(code(sentence, "2007-04-05"))


# ---- a concession made under pressure yields to whoever pressed ("под давлением X")
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Президент Киргизии Аскар Акаев ушел в отставку под давлением оппозиции.", ("0831", "KGZ", "KGZ")),
        ("Премьер-министр Украины сложил полномочия под давлением парламента.", ("0831", "UKR", "UKR")),
        ("Правительство Аргентины под давлением профсоюзов отказалось от повышения налогов.", ("0832", "ARG", "ARG")),
        ("Под давлением Вашингтона Израиль заморозил законопроект о поселениях.", ("0832", "ISR", "USA")),
        ("Под давлением профсоюзов кабинет министров Франции отозвал закон о найме молодежи.", ("0832", "FRA", "FRA")),
    ],
)
def test_a_concession_under_pressure_yields_to_who_pressed(code, sentence, expected):
    events = codes(code(sentence, "2006-04-10"))
    assert expected in {(cameo, source[:3], (target or "")[:3] or None) for cameo, source, target in events}


def test_a_law_repealed_without_pressure_is_no_concession(code):
    assert not [c for c, _s, _t in codes(code("Правительство отменило закон о пенсиях.", "2006-04-10")) if c.startswith("083")]


# ---- acting "вопреки" a demand, warning, protest or resolution defies whoever made it (128)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Вопреки протестам Пекина Тайвань провел военные учения.", ("12", "TWN", "CHN")),
        ("Израиль, вопреки призывам Вашингтона, продолжил строительство поселений.", ("12", "ISR", "USA")),
        ("Правительство Ирака вопреки предупреждениям американских военных начало наступление.", ("12", "IRQ", "USA")),
        ("КНДР провела ядерное испытание вопреки резолюции Совета Безопасности ООН.", ("12", "PRK", "IGO")),
    ],
)
def test_acting_against_a_demand_defies_its_maker(code, sentence, expected):
    assert expected in dyads(code(sentence, "2006-10-10"))


def test_against_a_forecast_is_no_defiance(code):
    assert not [c for c, _s, _t in codes(code("Вопреки прогнозам аналитиков, рубль вырос.", "2006-10-10")) if c.startswith("12")]


# ---- a decision not taken decides nothing: the act it names is denied
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Министр обороны Польши заявил, что решение о выводе польского контингента из Ирака пока не принято.", ("08", "POL", "IRQ")),
        ("Правительство Японии не приняло решения о высылке российских дипломатов.", ("16", "JPN", "RUS")),
        ("Кабинет министров Италии так и не принял решение о выводе войск из Ирака.", ("08", "ITA", "IRQ")),
    ],
)
def test_an_act_of_a_decision_not_taken_is_denied(code, sentence, expected):
    events = code(sentence, "2004-05-10")
    assert expected not in dyads(events)


def test_an_act_of_a_decision_taken_still_happens(code):
    assert ("16", "JPN", "RUS") in dyads(code("Правительство Японии приняло решение о высылке российских дипломатов.", "2004-05-10"))


# ---- a meeting declined is aimed at whoever the "от" phrase names as offering it
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Министр иностранных дел Индии отказался от предложенной пакистанской стороной встречи.", ("12", "IND", "PAK")),
        ("Индия отказалась от встречи, предложенной пакистанской стороной.", ("12", "IND", "PAK")),
        ("Президент Армении отказывается от предложенной Баку встречи в Москве.", ("12", "ARM", "AZE")),
    ],
)
def test_a_meeting_declined_is_aimed_at_who_offered_it(code, sentence, expected):
    assert expected in dyads(code(sentence, "2002-01-10"))


# ---- a petition drive against someone or demanding something is dissent (140), as "начали сбор подписей"
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Оппозиционный Народный альянс за демократию собрал более миллиона подписей под петицией с требованием "
         "отставки премьер-министра Таиланда.", ("14", "THA", "THA")),
        ("Профсоюзы Франции собрали 200 тысяч подписей с требованием отставки министра труда.", ("14", "FRA", "FRA")),
        ("Студенты Сербии собирают подписи под петицией против президента Милошевича.", ("14", "SRB", "SRB")),
    ],
)
def test_a_petition_drive_is_dissent(code, sentence, expected):
    assert expected in dyads(code(sentence, "2006-02-10"))


def test_signatures_for_a_nomination_are_no_dissent(code):
    events = code("Сторонники партии собрали 100 тысяч подписей за выдвижение ее лидера на выборах.", "2006-02-10")
    assert "14" not in _roots(events)


# ---- a strike or rally told as "направлена против X" is happening and aimed at X
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Забастовка шахтеров, парализовавшая добычу угля в Кузбассе, направлена против правительства России.", ("14", "RUS", "RUS")),
        ("Забастовка учителей Польши направлена против реформы, предложенной правительством.", ("14", "POL", "POL")),
        ("Забастовка австралийских докеров направлена против приватизации портов.", ("14", "AUS", "AUS")),
    ],
)
def test_a_strike_aimed_against_someone_happens(code, sentence, expected):
    assert expected in dyads(code(sentence, "1998-06-10"))


# ---- the object the parser hung on a prepositional phrase between it and its verb is still the verb's
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Литва в четверг отозвала для консультаций своего посла в Минске.", ("16", "LTU", "BLR")),
        ("Франция отозвала для консультаций своего посла в Дамаске.", ("16", "FRA", "SYR")),
        ("Вашингтон отозвал для консультаций своего посла в Каракасе.", ("16", "USA", "VEN")),
    ],
)
def test_an_ambassador_recalled_for_consultations(code, sentence, expected):
    assert expected in dyads(code(sentence, "2008-09-10"))


def test_a_demand_defied_is_no_concession_but_defiance(code):
    # (moved from test_lexicon_by_meaning: "пошел вопреки требованиям" concedes nothing, and now codes the defiance)
    found = dyads(code("Израиль пошел вопреки требованиям США."))
    assert not {d for d in found if d[0] == "08"} and ("12", "ISR", "USA") in found

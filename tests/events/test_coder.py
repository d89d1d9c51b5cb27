"""The coder's mechanisms on sentences written for these tests (actors from the knowledge base)."""

import pytest

from letopis.events.tsv import events_tsv
from letopis.pipeline import make_article
from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def code(analyzer):
    def run(text, published="2023-03-15"):
        article = analyzer.run([make_article(text, published=published)])[0]
        return article, article.events

    return run


def test_passive_agent_is_source(code):
    _, events = code("Вопросы энергетики были обсуждены Путиным и Макроном.")
    assert {(root, *sorted([s, t])) for root, s, t in dyads(events)} == {("04", "FRA", "RUS")}


def test_coordination_expands_into_dyads(code):
    _, events = code("Шольц провёл переговоры с президентами Польши, Чехии и Словакии.")
    assert {t for _, _, t in dyads(events)} == {"POL", "CZE", "SVK"}


def test_nominal_event_participants(code):
    _, events = code("В ходе телефонного разговора Путина и Макрона стороны обсудили ситуацию в Сирии.")
    assert [e.cameo for e in events] == ["041"]  # the phone call, not a second generic consultation
    assert {events[0].source[:3], events[0].target[:3]} == {"RUS", "FRA"}


def test_negation_is_kept_and_flagged(code):
    _, events = code("Министры иностранных дел России и Китая не обсуждали пограничный конфликт.")
    assert events and all(e.negated for e in events)


def test_intent_takes_the_03_code(code):
    _, events = code("Франция готова оказать Украине военную помощь.")
    assert [(e.cameo, e.modality) for e in events] == [("033", "intent")]


def test_condition_is_not_an_event(code):
    _, events = code("В случае провокации Северная Корея может атаковать Южную Корею.")
    assert not [e for e in events if e.cameo.startswith("19")]


def test_date_from_sentence_else_publication(code):
    _, events = code("Президент Франции Эммануэль Макрон 12 марта посетил Германию.")
    assert [(e.date, e.date_precision) for e in events] == [("2023-03-12", "day")]
    _, events = code("Президент Франции Эммануэль Макрон посетил Германию.")
    assert [(e.date, e.date_precision) for e in events] == [("2023-03-15", "published")]


def test_a_weekday_alone_is_the_coming_one_for_an_act_still_to_come(code):
    # published on a Wednesday: "в понедельник" is the Monday before, unless the act is future or intended
    _, events = code("Президент Франции встретится в понедельник с канцлером Германии.")
    assert [e.date for e in events] == ["2023-03-20"]
    _, events = code("Президент Франции встретился в понедельник с канцлером Германии.")
    assert [e.date for e in events] == ["2023-03-13"]
    _, events = code("Министр иностранных дел Италии намерен в пятницу посетить Египет.")
    assert [e.date for e in events] == ["2023-03-17"]  # the coming Friday, not the last one


def test_a_courts_act_happens_in_its_country(code):
    _, events = code("Итальянский суд приговорил украинского солдата к 24 годам тюрьмы.")
    assert [(e.source, e.location) for e in events] == [("ITAJUD", "ITA")]
    _, events = code("Министр иностранных дел Италии раскритиковал Украину.")  # no court: no place
    assert [e.location for e in events] == [None]


def test_repeated_reports_merge(code):
    article, events = code(
        "Владимир Путин встретился с Эммануэлем Макроном в Москве. Владимир Путин и Эммануэль Макрон "
        "обсудили поставки газа. Как сообщил Кремль, Владимир Путин встретился с Эммануэлем Макроном впервые за год."
    )
    consultations = [e for e in events if e.cameo.startswith("04")]
    assert len(consultations) == 1
    assert len(consultations[0].mentions) >= 2
    for mention in consultations[0].mentions:
        assert article.text[mention.trigger_start : mention.trigger_stop] == mention.trigger


def test_sports_article_codes_nothing(code):
    _, events = code(
        "«Спартак» разгромил «Зенит» в матче чемпионата России. Нападающий атаковал ворота соперника, "
        "тренер доволен игрой. Болельщики праздновали победу в турнире, матч завершился голом."
    )
    assert events == []


def test_tsv_has_one_line_per_event(code):
    article, events = code("Президент Франции Эммануэль Макрон посетил Германию.")
    lines = list(events_tsv([article]))
    assert len(lines) == 1 + len(events)
    assert all(line.count("\t") == lines[0].count("\t") for line in lines)


def test_the_management_of_private_premises_acts_for_no_state(code):
    _, events = code("В Москве администрация отеля отказала туристам в заселении.")
    assert not events
    _, events = code("В Москве администрация президента отказала журналистам в аккредитации.")
    assert [(e.cameo[:2], e.source) for e in events] == [("12", "RUSGOV")]


def test_a_states_refusal_to_an_unknown_person_is_aimed_at_a_civilian_of_the_place(code):
    _, events = code("В Перми краевой суд отказал Ивану Петрову в удовлетворении жалобы.")
    assert [(e.cameo[:2], e.source, e.target) for e in events] == [("12", "RUSJUD", "RUSCVL")]


def test_money_given_is_no_metaphor(code):
    _, events = code("Япония пожертвовала Украине 10 млн долларов.")
    assert [(e.cameo[:2], e.source[:3], e.target[:3]) for e in events] == [("07", "JPN", "UKR")]
    _, events = code("Хакеры из России атаковали рубль.")  # a currency attacked is a metaphor
    assert not events


def test_an_event_called_off_did_not_happen(code):
    for text in ("Президент Франции отложил визит в Россию.", "Переговоры России и Украины были отложены.",
                 "Встречу министров иностранных дел России и США перенесли на осень."):
        _, events = code(text)
        assert not events, text
    # only what the verb calls off: a clause joined to it is told as it is
    _, events = code("Слушания в Сенате были отложены, но президент США по-прежнему поддерживает генерала Аллена.")
    assert [e.cameo[:2] for e in events] == ["05"]
    # a row about that very head: a stay of execution is an event
    _, events = code("Суд в Техасе перенёс казнь Кимберли Маккарти на апрель.")
    assert [(e.cameo, e.modality) for e in events] == [("081", None)]


def test_peacekeepers_are_not_the_army_of_where_they_serve(code):
    _, events = code("Боевики обстреляли патруль миротворцев на юге Ливана.")
    assert not [e for e in events if (e.target or "").startswith("LBN")]


def test_a_protest_against_an_act_is_aimed_at_its_agent(code):
    _, events = code("Тысячи косовских албанцев провели в Приштине акцию протеста против ареста своего лидера "
                     "сербской полицией.")
    assert ("141", "SRBCOP") in {(e.cameo, e.target) for e in events}


def test_a_warning_that_an_act_will_bring_sanctions_or_force_is_a_threat(code):
    _, events = code("Вашингтон предупредил Пхеньян, что любые новые ядерные испытания приведут к ужесточению санкций.")
    assert [(e.plover, e.source[:3], e.target[:3]) for e in events] == [("THREATEN", "USA", "PRK")]
    _, events = code("Метеорологи предупредили, что дожди приведут к наводнениям.")
    assert not events


def test_who_welcomes_or_condemns_an_act_did_not_do_it(code):
    _, events = code("Россия приветствовала отзыв американского посла из Ирака.")
    assert {(e.cameo, e.source[:3], e.target[:3]) for e in events} == {("051", "RUS", "USA"), ("161", "USA", "IRQ")}
    _, events = code("Россия отозвала посла из Ирака.")  # the support of its own act stays
    assert [(e.cameo, e.source[:3]) for e in events] == [("161", "RUS")]

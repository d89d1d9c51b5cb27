"""Acts an article recalls rather than reports: the cause or the time of another act, named by a noun."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, kept, recalled_root",
    [
        # protested: the arrest came before the protest
        ("Студенты вышли на митинг в знак протеста против ареста лидера оппозиции полицией.", None, "17"),
        # answered: the expulsion answered came before the one reported
        ("Россия выслала дипломатов в ответ на высылку российских дипломатов из Эстонии.", "16", None),
        # the occasion of a protest note
        ("МИД России заявил протест в связи с задержанием гражданина России в Польше.", "11", "17"),
        # the time before: the clashes came before the curfew
        ("Правительство Шри-Ланки ввело комендантский час после столкновений между армией и повстанцами.", "17", "19"),
    ],
)
def test_an_act_named_as_cause_or_time_is_recalled(code, text, kept, recalled_root):
    roots = {root for root, _, _ in dyads(code(text))}
    if kept:
        assert kept in roots
    if recalled_root:
        assert recalled_root not in roots


def test_the_protest_itself_is_not_recalled(code):
    # "в знак протеста": the protest is the act's purpose, stated by its own actors; only what it is against
    # through a preposition is recalled
    events = code("Оппозиционные депутаты парламента Грузии объявили голодовку в знак протеста.")
    assert "14" in {root for root, _, _ in dyads(events)}


def test_a_noun_event_outside_such_a_phrase_is_reported(code):
    assert "17" in {root for root, _, _ in dyads(code("Польша сообщила о задержании гражданина России."))}


CAPTIONED = """Полиция задержала активиста оппозиции в Москве

Полицейские обыскивают дом в Варшаве. {date}

13 сентября 2017 года полиция Москвы задержала активиста оппозиции Ивана Петрова."""


def test_a_photo_caption_takes_the_date_that_closes_it(code):
    # an old photograph shows history; the article's news is still coded
    old = dyads(code(CAPTIONED.format(date="Ноябрь 1939 года."), published="2017-09-13"))
    assert ("09", "POL", "POL") not in old and ("17", "RUS", "RUS") in old
    # a caption of the same days shows the news
    recent = dyads(code(CAPTIONED.format(date="Сентябрь 2017 года."), published="2017-09-13"))
    assert ("09", "POL", "POL") in recent


@pytest.mark.parametrize(
    "text",
    [
        "Итальянские СМИ сообщили о похищении трёх иностранных инженеров в Сирии.",
        "Газета «Коммерсантъ» сообщила о задержании губернатора.",
    ],
)
def test_the_media_report_an_act_named_by_a_noun_they_did_not_do_it(code, text):
    assert not any(source and source.endswith("MED") for _, source, _ in codes(code(text)))


def test_a_state_body_reporting_its_own_act_still_did_it(code):
    assert ("17", "RUS", "UKR") in dyads(code("МВД России сообщило о задержании гражданина Украины."))

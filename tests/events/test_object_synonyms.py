"""Object lists of rows missing a general synonym that a sibling row of the same code already reads, or the word
news use beside the listed ones ("провёл разговор" beside "беседу", "опасения" beside "озабоченность"); found by
comparing rows of one code and by the rows that failed only on their object list (objsim, twelfth session).
Sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 040: a talk held, as a conversation held
        ("Президент Франции провёл разговор с канцлером Германии.", ("040", "FRAGOV", "DEUGOV")),
        # 012: apprehension voiced, as concern voiced
        (
            "Министр иностранных дел Японии выразил опасения в связи с ракетными испытаниями КНДР.",
            ("012", "JPNGOV", "PRKGOV"),
        ),
        # 020: a petition handed in, as a statement or an appeal
        ("Губернатор Техаса направил президенту США прошение о выделении средств.", ("020", "USAGOV", "USAGOV")),
        # 181: the hijacking of a helicopter, as "угнать вертолёт"
        ("Боевики в Ираке совершили угон вертолета армии Ирака.", ("181", "IRQINS", "IRQMIL")),
        # 0841: a release from a detention centre, as from custody
        ("Суд Москвы принял решение об освобождении бизнесмена из СИЗО.", ("0841", "RUSJUD", "RUSBUS")),
        # 161: the closing of a consulate general, as "закрыть генконсульство"
        ("Россия объявила о закрытии генконсульства США.", ("161", "RUSGOV", "USAGOV")),
        # 192: servicemen sent in, as "войти" reads them
        ("Россия начала ввод военнослужащих в Казахстан.", ("192", "RUSMIL", "KAZ")),
        # 145: rioters clashing with the police, as protesters do
        ("Во Франции погромщики столкнулись с полицией.", ("145", "FRACVL", "FRACOP")),
        ("В Лондоне бунтовщики столкнулись с полицией.", ("145", "GBRCVL", "GBRCOP")),
    ],
)
def test_synonym_in_the_object_list_codes_the_event(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_petition_to_resign_stays_a_resignation(code):
    events = codes(code("Министр обороны Перу подал президенту прошение об отставке."))
    assert {cameo for cameo, _, _ in events} == {"0831"}

"""Session 18 (frames), on sentences written for these tests: frames whose required argument is reached by another
path than the one the row names.

An event noun that is the subject of the intransitive form of a phase verb ("возобновились удары", "поставки
продолжились", "участились обстрелы") is supported by it as the object of the transitive form is ("возобновил
удары"); its agent is its own instrumental or genitive actor, and the verb's negation denies it."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Удары Израиля по сектору Газа возобновились во вторник.", ("19", "ISR", "PSE")),
        ("Во вторник возобновились удары Израиля по сектору Газа.", ("19", "ISR", "PSE")),
        ("Участились удары турецкой артиллерии по позициям курдов в Сирии, сообщил Дамаск.", ("19", "TUR", "SYR")),
        ("Поставки американского оружия Израилю продолжились несмотря на протесты.", ("07", "USA", "ISR")),
        ("Продолжаются поставки американского оружия Израилю.", ("07", "USA", "ISR")),
    ],
)
def test_an_act_resumed_as_the_subject_of_its_phase_verb(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.slow
def test_a_phase_verb_denied_denies_its_subject_act(code):
    events = code("Удары Израиля по сектору Газа не возобновились.")
    assert ("19", "ISR", "PSE") in dyads(events, negated=True)
    assert ("19", "ISR", "PSE") not in dyads(events)


# The noun a passive participle set off after it modifies is what the participle's verb acts on: a verb row that
# needs an object holds for "кредит, выделенный Китаем Пакистану" as for "Китай выделил Пакистану кредит".
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Кредит, выделенный Китаем Пакистану в марте, пойдёт на строительство дороги.", ("07", "CHN", "PAK")),
        ("Оружие, поставленное Ирану Россией, уже развернуто.", ("07", "RUS", "IRN")),
        ("Военная база Вазиани, переданная Россией Грузии в прошлом месяце, станет главной базой грузинской армии.",
         ("08", "RUS", "GEO")),
    ],
)
def test_the_noun_of_a_passive_participle_is_its_object(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.slow
def test_an_event_noun_keeps_the_participle_of_its_own_support_verb(code):
    # "санкции, введённые против Индии": the sanctions' own row reads the participle (as background here); the
    # participle's verb does not code a second imposition of its own
    events = code("Соединенные Штаты решили снять санкции, введенные против Индии после ядерных испытаний.")
    assert not {d for d in dyads(events) if d[0] == "16"}

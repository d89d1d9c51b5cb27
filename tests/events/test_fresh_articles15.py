"""Rules found on the fifteenth fresh article set (heldout-articles15), on sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a trial ("процесс над X", "суд над X") accuses its defendant; the court of the place tries him
        ("В Минске начался процесс над бывшим министром обороны Белоруссии.", ("1121", "BLRJUD", "BLRGOV")),
        ("В Тегеране начался суд над группой иранских оппозиционеров.", ("1121", "IRNJUD", "IRNOPP")),
    ],
)
def test_a_trial_over_a_defendant_is_an_accusation_by_the_court_of_the_place(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_trial_in_the_hague_of_a_story_of_the_tribunal_is_the_tribunals(code):
    text = (
        "Международный трибунал по бывшей Югославии рассматривает дело боснийского генерала. "
        "В Гааге начался процесс над бывшим командующим армии боснийских сербов."
    )
    events = code(text)
    assert ("1121", "IGOICTY", "BIHMIL") in codes(events)
    assert not {dyad for dyad in dyads(events) if dyad[1] == "NLD"}


def test_a_process_between_two_states_is_no_trial(code):
    assert not {dyad for dyad in dyads(code("Переговорный процесс между Арменией и Азербайджаном зашёл в тупик.")) if dyad[0] == "11"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a long чтобы-clause the parser hangs under a later word is still the demand's content: its subject is
        # the one addressed
        (
            "Однако лидер боливийской оппозиции Самуэль Дориа требует, чтобы правительство придерживалось конституции, "
            "в которой сказано, что, если президент скончается или будет объявлен абсолютно недееспособным, необходимо "
            "провести новые выборы в ближайшие 30 дней.",
            ("10", "BOL", "BOL"),
        ),
        (
            "Однако лидер эквадорской оппозиции требует, чтобы правительство придерживалось конституции, в которой "
            "сказано, что, если президент скончается или будет объявлен недееспособным, необходимо провести выборы в "
            "течение месяца.",
            ("10", "ECU", "ECU"),
        ),
    ],
)
def test_a_demand_addresses_the_subject_of_the_chtoby_clause_after_it(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a demand to remove someone from office is a demand for a change in leadership aimed at him
        ("Оппозиция Грузии требует уволить министра внутренних дел Грузии.", ("1041", "GEOOPP", "GEOGOV")),
        ("Депутаты Госдумы потребовали снять губернатора Приморья с должности.", ("1041", "RUSLEG", "RUSGOV")),
    ],
)
def test_a_demand_to_remove_someone_from_office_is_aimed_at_him(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_demand_to_free_someone_is_no_demand_for_his_removal(code):
    assert not {event for event in codes(code("Премьер Израиля потребовал освободить похищенных израильских солдат.")) if event[0] == "1041"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Что будет, если оппозиция Грузии призовёт граждан выйти на улицы Тбилиси?",
        "Если оппозиция Армении призовёт сторонников выйти на митинг, полиция будет готова.",
    ],
)
def test_what_a_supposed_appeal_asks_for_is_not_done(code, sentence):
    assert not {dyad for dyad in dyads(code(sentence)) if dyad[0] == "14"}


def test_what_a_reported_appeal_asks_for_may_still_be_told_as_done(code):
    events = code("Оппозиция Грузии призвала граждан выйти на улицы Тбилиси, и тысячи людей вышли на акцию протеста.")
    assert ("02", "GEO", "GEO") in dyads(events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an announced or intended resignation is coded as the resignation (as the article gold codes "покинет
        # свой пост"), not as an intent to yield
        ("Министр финансов Японии объявил, что покинет свой пост в марте.", ("0831", "JPNGOV", None)),
        ("Премьер-министр Италии намерен уйти в отставку в конце года.", ("0831", "ITAGOV", None)),
        # agreeing to resign stays an intent to yield (PLOVER AGREE)
        ("Президент Киргизии согласился уйти в отставку.", ("035", "KGZGOV", None)),
        # and asking for one's own resignation an appeal to yield
        ("Губернатор попросил президента России о досрочной отставке.", ("025", "RUSGOV", "RUSGOV")),
    ],
)
def test_a_planned_resignation_is_the_resignation_but_an_agreed_one_an_intent(code, sentence, expected):
    assert expected in codes(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # suspecting or accusing someone of a crime is 1121, a state act: told with no subject, the judiciary of
        # the place makes it
        ("В Москве чиновника Роскомнадзора подозревают в мошенничестве.", ("1121", "RUSJUD", "RUSGOV")),
        ("В Киеве бывшего министра обороны Украины обвиняют во взятке.", ("1121", "UKRJUD", "UKRGOV")),
        ("Прокуратура Украины обвинила бывшего министра в растрате.", ("1121", "UKRJUD", "UKRGOV")),
        # a political accusation stays 112
        ("Президент Польши обвинил Россию в агрессии.", ("112", "POLGOV", "RUSGOV")),
    ],
)
def test_an_accusation_of_a_crime_is_the_states_legal_accusation(code, sentence, expected):
    assert expected in codes(code(sentence))

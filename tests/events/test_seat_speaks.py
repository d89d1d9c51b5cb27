"""A government named by the place it sits in: an indefinite plural verb of speaking (a demand, a rejection, a
threat, an appeal, a promise, praise) said "in" a capital or a seat of power has that government as its source
("В Вашингтоне потребовали от Ирака ...", "в Белом доме приветствовали ..."); a physical act or a crowd's protest
told so does not (``ArgumentFinder.seat_speaker``). Sentences written for these tests."""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("В Вашингтоне потребовали от Ирака немедленно допустить инспекторов.", ("10", "USA", "IRQ")),
        ("В Пекине потребовали от Японии прекратить провокации.", ("10", "CHN", "JPN")),
        ("Немедленно прекратить обстрелы требуют от Израиля в Анкаре.", ("10", "TUR", "ISR")),
        ("В Елисейском дворце заявили, что Германия должна поддержать санкции.", ("10", "FRA", "DEU")),
    ],
)
def test_a_demand_said_in_a_capital_or_seat_is_its_governments(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("В Кремле отвергли обвинения Лондона.", ("12", "RUS", "GBR")),
        ("В Тегеране отклонили требования МАГАТЭ.", ("12", "IRN", "IGO")),
        ("Решительно отвергли в Тегеране требования МАГАТЭ.", ("12", "IRN", "IGO")),
        ("В Сеуле отвергли предложение Пхеньяна о переговорах.", ("12", "KOR", "PRK")),
        ("В Тегеране пригрозили Израилю ответным ударом.", ("13", "IRN", "ISR")),
        ("В Анкаре пригрозили Греции военными мерами.", ("13", "TUR", "GRC")),
        ("В Белом доме приветствовали решение Ирана освободить заложников.", ("05", "USA", "IRN")),
        ("В Елисейском дворце одобрили решение Германии.", ("05", "FRA", "DEU")),
        ("В Вашингтоне пообещали Украине новую военную помощь.", ("03", "USA", "UKR")),
        ("В Киеве призвали Германию ускорить поставки танков.", ("02", "UKR", "DEU")),
    ],
)
def test_other_spoken_acts_said_in_a_capital_or_seat(code, text, dyad):
    assert dyad in dyads(code(text))


def test_the_capital_speaks_for_the_government(code):
    assert ("100", "CHNGOV", "JPNGOV") in codes(code("В Пекине потребовали от Японии прекратить провокации."))


@pytest.mark.parametrize(
    "text",
    [
        "В Лондоне протестовали против войны в Ираке.",  # a crowd's protest, not the government's
        "В Москве призвали резервистов на военные сборы.",  # a call-up, no speech
        "В Нью-Йорке потребовали от Ирана освободить заложников.",  # not a capital: who demands is unknown
        "В Москве потребовали от российских властей отменить закон.",  # the place's own state is spoken to
        "В Брюсселе потребовали от Польши соблюдать решения суда.",  # the EU's seat, not Belgium's government
    ],
)
def test_no_seat_speaks_for_a_crowd_a_physical_act_or_another_town(code, text):
    assert not any(source and source[:3] in ("GBR", "RUS", "USA", "BEL") for _, source, _ in codes(code(text)))


def test_a_verdict_in_a_capital_stays_the_courts(code):
    assert ("116", "RUSJUD", "UKRCVL") in codes(code("В Москве осудили на пять лет гражданина Украины."))


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("В штаб-квартире НАТО потребовали от России вывести войска.", ("10", "IGO", "RUS")),
        ("В штаб-квартире ООН осудили действия Израиля.", ("11", "IGO", "ISR")),
        ("В резиденции премьер-министра Японии потребовали от Китая извинений.", ("10", "JPN", "CHN")),
    ],
)
def test_the_owner_of_a_seat_speaks_for_what_is_said_in_it(code, text, dyad):
    assert dyad in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "В штаб-квартире НАТО задержали журналиста из России.",  # an arrest there is no saying of NATO's
        "В резиденции президента Франции прошли переговоры с Германией.",  # talks held there
    ],
)
def test_a_seat_is_only_where_an_act_is_not_spoken(code, text):
    assert not any(source and source[:3] in ("IGO", "FRA") for _, source, _ in codes(code(text)))

"""Aid sent on a carrier of the giver's own body ("направила в Киргизию самолёт МЧС с гуманитарной помощью"): the
indeclinable owner after the object reads as a dative, but a body of the giver's own country is the carrier's owner,
not the receiver; the next target slot names whom the aid is for (``SentenceCoder.own_carrier``). Sentences written
for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, event",
    [
        ("Россия направила в Киргизию самолет МЧС с гуманитарной помощью.", ("073", "RUSGOV", "KGZGOV")),
        ("Россия направила в Бишкек самолет МЧС с гуманитарной помощью.", ("073", "RUSGOV", "KGZGOV")),
        ("Россия отправила в Сирию колонну Минобороны России с гуманитарным грузом.", ("073", "RUSGOV", "SYRGOV")),
        ("Китай направил в Непал борт МЧС Китая с палатками и одеялами.", ("073", "CHNGOV", "NPLGOV")),
    ],
)
def test_aid_on_own_carrier_goes_to_the_place(code, text, event):
    assert event in codes(code(text))


@pytest.mark.parametrize(
    "text, event",
    [
        ("Россия направила помощь КНДР.", ("073", "RUSGOV", "PRKGOV")),
        ("Япония предоставила помощь Малави.", ("073", "JPNGOV", "MWIGOV")),
    ],
)
def test_indeclinable_foreign_receiver_stays(code, text, event):
    assert event in codes(code(text))

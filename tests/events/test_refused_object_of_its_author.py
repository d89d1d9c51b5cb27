"""What one refuses or threatens to do to a thing another side made is aimed at that side: the agent of a passive
participle on the refused act's object owns it, as its genitive would ("отказался подписать разработанный Москвой
план" as "план Москвы"; ``ContentRules.infinitive_object``). Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, dyad",
    [
        ("Президент Молдавии отказался подписать разработанный Москвой план.", ("12", "MDA", "RUS")),
        ("Президент Молдавии отказался подписать план, разработанный Москвой.", ("12", "MDA", "RUS")),
        ("Правительство Сербии отказалось принять предложенные Евросоюзом условия.", ("12", "SRB", "IGO")),
        ("Киев отказался выполнять навязанное Россией соглашение.", ("12", "UKR", "RUS")),
        ("Иран пригрозил отвергнуть выдвинутые Вашингтоном требования.", ("13", "IRN", "USA")),
    ],
)
def test_refused_thing_names_its_author(code, text, dyad):
    assert dyad in dyads(code(text))

"""Session 16 (helper "frames"): one word class of military formations and their soldiers ("troops") shared by every
row that moves, withdraws or posts forces, so a garrison, a battalion, marines or a company are troops to each of
them; "вывести" is also "bring out", so a formation it takes that the older row does not list is withdrawn only
from a place ("из", "с")."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Россия вывела свой гарнизон из Приднестровья.", ("08", "RUS", "MDA")),
        ("США выводят морских пехотинцев из Сомали, сообщил Пентагон.", ("08", "USA", "SOM")),
        ("Франция в понедельник вывела из Чада два парашютных батальона.", ("08", "FRA", "TCD")),
        ("Вашингтон отозвал из Гондураса роту десантников.", ("08", "USA", "HND")),
        ("Отряды повстанцев покинули территорию Уганды.", ("08", "UGA", "UGA")),
        ("Турция перебросила к границе с Ираком ещё две бригады.", ("15", "TUR", "IRQ")),
        ("Индия сосредоточила на границе с Пакистаном несколько дивизий.", ("15", "IND", "PAK")),
    ],
)
def test_formations_are_troops_to_every_force_row(code, text, expected):
    assert expected in dyads(code(text))


def test_formations_brought_out_are_no_withdrawal(code):
    events = code("Власти Египта вывели морских пехотинцев на улицы Каира.")
    assert not [e for e in events if e.cameo.startswith("087")]

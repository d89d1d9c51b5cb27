"""Argument slots reached through the syntax around a trigger (session 16, "subtree"), on sentences written for
these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of starting whose act follows "к" supports the act noun as "начать" does: its subject acts, and
        # the phrases it hangs on the verb are the noun's
        ("Израильская армия приступила к штурму позиций Хезболлы.", ("19", "ISR", "LBN")),
        ("Турецкие войска приступили к наступлению на позиции курдских боевиков в Ираке.", ("19", "TUR", "IRQ")),
        ("Сирийская артиллерия приступает к обстрелу турецких пограничных постов, сообщили военные.", ("19", "SYR", "TUR")),
        ("Эфиопская армия перешла к штурму позиций эритрейских войск.", ("19", "ETH", "ERI")),
        (
            "Всемирная продовольственная программа приступила к доставке продовольствия в пострадавшие от засухи районы Эфиопии.",
            ("07", "IGO", "ETH"),
        ),
        # joint manoeuvres begun are the joint act of both sides, not one side's show of force
        ("Армии Египта и США начали совместные военные манёвры в пустыне.", ("06", "EGY", "USA")),
        ("Армии Египта и США приступили к совместным военным манёврам в пустыне.", ("06", "EGY", "USA")),
    ],
)
def test_act_begun_after_k_takes_the_verbs_arguments(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Новый министр обороны Египта приступил к исполнению своих обязанностей.",
        "Египетская армия перешла к обороне на всех участках фронта.",
    ],
)
def test_a_duty_or_a_posture_begun_is_no_act(code, sentence):
    assert not {dyad for dyad in dyads(code(sentence)) if dyad[0] in ("06", "07", "15", "18", "19")}

"""Acts whose victim is named outside the trigger's own clause: the noun a passive participle modifies, the subject
of the clause an arrest is the circumstance of. Sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the actor a passive participle clause modifies is whom the act befell; the state of the place acts
        (
            "Среди обвиняемых — гражданин Украины, задержанный в прошлом месяце в Польше.",
            ("173", "POLCOP", "UKRCVL"),
        ),
        (
            "Гражданин России, арестованный испанской полицией, отказался давать показания.",
            ("173", "ESPCOP", "RUSCVL"),
        ),
    ],
)
def test_a_passive_participle_befalls_the_actor_it_modifies(code, sentence, expected):
    assert expected in codes(code(sentence, published="2018-01-17"))


def test_a_participle_on_the_argument_of_another_act_only_describes_it(code):
    # the journalists' arrest is the background of their release, not a second event
    events = codes(code("Правительство Турции освободило журналистов, арестованных в прошлом году.", "2018-01-17"))
    assert not [event for event in events if event[0] == "173"]


def test_a_participle_that_does_not_agree_with_the_noun_it_hangs_on_is_not_about_it(code):
    events = codes(
        code(
            "Палестинские демонстранты забросали камнями израильских солдат после похорон убитого накануне подростка.",
            "1990-01-01",
        )
    )
    assert not [event for event in events if event[0].startswith("18") and event[2] == "ISRMIL"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who dies or takes their own life in an arrest is the arrested; the state of the place arrests
        (
            "Бывший министр обороны Армении застрелился при задержании.",
            ("173", "ARMCOP", "ARMGOV"),
        ),
        (
            "Бывший министр Перу скончался в больнице в Лиме после того, как предпринял попытку самоубийства во время ареста.",
            ("173", "PERCOP", "PERGOV"),
        ),
    ],
)
def test_who_dies_in_an_arrest_is_the_arrested(code, sentence, expected):
    assert expected in codes(code(sentence, published="2019-04-17"))


def test_a_policeman_killed_in_an_arrest_is_not_its_target(code):
    # (the policeman is no arrested: "погиб" is not among the row's verbs)
    events = codes(code("При задержании преступника в Москве погиб полицейский.", "2019-04-17"))
    assert not [event for event in events if event[0] == "173" and event[2] == "RUSCOP"]


def test_a_participle_before_its_noun_is_an_attribute_not_an_act(code):
    # "убитого накануне студента": the killing is the background of the funeral, told as an attribute
    events = code("Косовские албанцы забросали камнями сербских полицейских после похорон убитого накануне студента.")
    assert not [event for event in events if event.cameo.startswith("18")]

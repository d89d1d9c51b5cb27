"""Rules found on the seventeenth fresh article set (heldout-articles17), on sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # leaving "at one's own request" is a resignation, like "ушёл в отставку"
        ("Министр финансов Эстонии Мартин Кукк ушёл по собственному желанию.", ("0831", "ESTGOV", None)),
        # leaving an agency or the government (not a building) is a resignation, like "покинул пост"
        ("Заместитель генерального прокурора Эстонии Андрес Пярн покинул надзорное ведомство.", ("0831", "ESTJUD", None)),
        ("Министр обороны Латвии Артис Пабрикс покинул правительство.", ("0831", "LVAGOV", None)),
    ],
)
def test_ways_of_leaving_office_are_resignations(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_leaving_a_building_of_a_ministry_is_no_resignation(code):
    events = code("Министр обороны Латвии Артис Пабрикс покинул здание министерства после совещания.")
    assert not {c for c in codes(events) if c[0] == "0831"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person the KB does not know, set off by a comma and a participle of leading, is of the body he leads
        (
            "58-летний Игорь Ковалёв, возглавлявший Федеральную таможенную службу с 2010 года, ушёл в отставку.",
            ("0831", "RUSGOV", None),
        ),
        (
            "Пётр Сидоров, руководивший Министерством обороны Украины, подал в отставку.",
            ("0831", "UKRGOV", None),
        ),
    ],
)
def test_a_participle_of_leading_in_apposition_gives_the_body(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_participle_of_another_verb_gives_no_body(code):
    events = code("Игорь Ковалёв, критиковавший Федеральную таможенную службу, ушёл в отставку.")
    assert ("0831", "RUSGOV", None) not in codes(events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # good wishes to a party are praise, like congratulations
        ("Премьер-министр Дании Ларс Расмуссен признал поражение и пожелал успехов новому правительству.", ("051", "DNKGOV", "DNKGOV")),
        ("Президент Финляндии пожелал удачи премьер-министру Швеции.", ("051", "FINGOV", "SWEGOV")),
    ],
)
def test_good_wishes_to_a_party_are_praise(code, sentence, expected):
    assert expected in codes(code(sentence))


def test_a_pronoun_chain_of_a_private_person_keeps_its_subject(code):
    # "он" of the last sentence is the teenager the second sentence's "Он" means, not the IS supporter he talked to
    events = code(
        "Во Франции 15-летний подросток хотел устроить взрыв на транспорте с помощью дрона. Он получал инструкции "
        "в чате от сторонника Исламского государства (ИГ).\n\nСейчас он арестован и содержится в тюрьме в Лионе, "
        "сообщили французские СМИ."
    )
    arrests = {c for c in codes(events) if c[0] == "173"}
    assert arrests == {("173", "FRACOP", "FRACVL")}


def test_a_private_persons_noun_is_a_pronouns_antecedent(code):
    # "он" means the man of the sentence before (a civilian of the place), not the deputy named earlier
    events = code(
        "Журналисты сообщили о встрече депутата Сейма Латвии с неким контрабандистом. Личность мужчины установлена. "
        "Как выяснилось, он был задержан полицией Литвы."
    )
    assert {c for c in codes(events) if c[0] == "173"} == {("173", "LTUCOP", "LTUCVL")}

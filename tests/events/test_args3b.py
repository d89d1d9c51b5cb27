"""Arguments in wire sentences (helper args3b): what "не допустить" prevents is no restriction at home."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Власти Грузии заявили, что не допустят эскалации конфликта.",
        "Министр обороны Ирана заявил, что Иран не допустит нарушения равновесия в регионе.",
    ],
)
def test_an_act_prevented_restricts_no_one_at_home(code, sentence):
    found = dyads(code(sentence))
    assert not any(root in ("13", "17") and source == target for root, source, target in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people and rallies barred stay restrictions
        ("Власти Молдавии не допустили российских журналистов на территорию страны.", ("17", "MDA", "RUS")),
        ("Правительство Армении не допустило проведения митинга оппозиции в центре Еревана.", ("17", "ARM", "ARM")),
    ],
)
def test_people_or_rallies_barred_are_restrictions(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_participle_phrase_after_a_preposition_is_one_phrase():
    # "доставили 30 тонн лекарств в охваченную эпидемией Гвинею" as slovnet parses it: the participle on "тонн",
    # the country on the participle
    from letopis.events.repairs import repair_participle_phrases
    from tests.events.test_repairs import tree

    acc = {"Case": "Acc", "Gender": "Fem", "Number": "Sing"}
    tokens, heads, rels = tree([
        ("Канада", "PROPN", 1, "nsubj"), ("направила", "VERB", -1, "root"), ("30", "NUM", 3, "nummod"),
        ("тонн", "NOUN", 1, "obj", {"Case": "Gen"}), ("лекарств", "NOUN", 3, "nmod", {"Case": "Gen"}),
        ("в", "ADP", 8, "case"), ("охваченную", "VERB", 3, "acl", {**acc, "VerbForm": "Part"}),
        ("эпидемией", "NOUN", 6, "obl", {"Case": "Ins", "Gender": "Fem", "Number": "Sing"}),
        ("Гвинею", "PROPN", 6, "obl", acc),
    ])
    repair_participle_phrases(tokens, heads, rels)
    assert (heads[8], rels[8]) == (1, "obl") and heads[6] == 8 and heads[5] == 8 and heads[7] == 6
    # a noun after a preposition inside the phrase is that preposition's, not the participle's noun
    tokens, heads, rels = tree([
        ("вместо", "ADP", 1, "case"), ("уходящего", "VERB", -1, "root", {"Case": "Gen", "Gender": "Masc",
                                                                         "Number": "Sing", "VerbForm": "Part"}),
        ("с", "ADP", 3, "case"), ("поста", "NOUN", 1, "obl", {"Case": "Gen", "Gender": "Masc", "Number": "Sing"}),
        ("Брауна", "PROPN", 3, "nmod", {"Case": "Gen", "Gender": "Masc", "Number": "Sing"}),
    ])
    repair_participle_phrases(tokens, heads, rels)
    assert heads[0] == 4 and heads[1] == 4 and heads[3] == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Канада направила 30 тонн лекарств в охваченную эпидемией Гвинею.", ("07", "CAN", "GIN")),
        ("Япония доставила палатки и одеяла в пострадавший от тайфуна Вьетнам.", ("07", "JPN", "VNM")),
        ("Премьер-министр Индии прибыл в охваченный беспорядками Пакистан с визитом.", ("04", "IND", "PAK")),
    ],
)
def test_the_place_of_a_participle_phrase_is_the_target(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # parties named with no country are the acting state's own, when the sentence names no other country
        ("Король Иордании разрешил деятельность политических партий.", ("08", "JOR", "JOR")),
        ("Военные власти Мьянмы распустили все политические партии.", ("17", "MMR", "MMR")),
    ],
)
def test_a_body_with_no_country_is_the_acting_states_own(code, sentence, expected):
    assert expected in dyads(code(sentence))


def test_a_body_with_no_country_is_not_the_actors_own_when_another_country_is_named(code):
    found = dyads(code("Правительство Германии осудило запрет политических партий в Турции."))
    assert not any(source == target == "DEU" for _, source, target in found), found

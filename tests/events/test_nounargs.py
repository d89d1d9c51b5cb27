"""The arguments of a nominal event: where the parser hangs them, and which word may not be both of its sides."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "dyad"),
    [
        # the instrumental agent hung on the noun's genitive object, or on the verb of happening
        ("Признание независимости Абхазии Россией вызвало протест Грузии.", ("05", "RUS", "XAB")),
        ("Признание независимости Косова Германией вызвало протест Сербии.", ("05", "DEU", "XKX")),
        ("Захват заложников чеченскими боевиками продолжался три дня.", ("18", "RUS", None)),
        ("Освобождение заложников афганскими военными прошло успешно.", ("08", "AFG", "AFG")),
    ],
)
def test_displaced_instrumental_agent(code, sentence, dyad):
    found = dyads(code(sentence))
    assert any(item[:2] == dyad[:2] and (dyad[2] is None or item[2] == dyad[2]) for item in found), found


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        ("Во вторник в Москве состоялось подписание договора между Россией и Казахстаном о сотрудничестве.",
         {"RUS", "KAZ"}),
        ("В Астане состоялось подписание соглашения между Казахстаном и Китаем о строительстве газопровода.",
         {"KAZ", "CHN"}),
    ],
)
def test_between_on_the_object_names_the_sides(code, sentence, sides):
    """"подписание договора между X и Y": the parser hangs the sides on the treaty; they sign it."""
    found = dyads(code(sentence))
    assert found and all(item[0] == "05" and {item[1], item[2]} == sides for item in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Убийство депутата было совершено в центре Киева.",  # the victim only: no agent, not the place's state
        "Захват заложников продолжался три дня.",  # the noun is the subject of its verb, not its own agent
        "В Египте прошло подписание договора о дружбе.",  # no sides named
    ],
)
def test_object_alone_gives_no_agent(code, sentence):
    assert not code(sentence)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        # a governing verb of another act: discussing a withdrawal or a recognition is not making it
        ("Президент Франции обсудил с канцлером Германии признание независимости Косова.", "054"),
        ("Парламент Грузии обсудил освобождение заложников.", "0841"),
        ("Совет Безопасности ООН обсудил разгон демонстрации в Минске.", "175"),
        # a verb that judges, learns of or looks into the act
        ("Представитель Госдепа США назвал убийство журналиста трагедией.", "186"),
        ("Правительство Японии узнало об убийстве журналиста в Сирии.", "186"),
        ("Власти Китая прокомментировали захват заложников в Пакистане.", "181"),
    ],
)
def test_a_verb_about_the_act_gives_it_no_agent(code, sentence, cameo):
    assert not any(e.cameo == cameo for e in code(sentence))


@pytest.mark.parametrize(
    ("sentence", "dyad"),
    [
        ("Президент Грузии объявил о помиловании оппозиционеров.", ("08", "GEO", "GEO")),  # announced by its agent
        ("Полиция Франции провела штурм здания в Париже.", ("19", "FRA", "FRA")),  # a support verb
    ],
)
def test_the_agent_of_a_support_verb_stays(code, sentence, dyad):
    found = dyads(code(sentence))
    assert any(item[:2] == dyad[:2] and (dyad[2] is None or item[2] == dyad[2]) for item in found), found

"""Force posture and troop movements (session 20, helper "force"): where troops go named on the troops themselves,
a border crossed by troops, troops pledged, troops leaving, and arms posted or pulled back. Sentences written for
these tests."""

import pytest

from tests.events.conftest import codes


def cameos(events):
    return {(cameo, source[:3], (target or "")[:3]) for cameo, source, target in codes(events)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the parser hangs "из X" on the troops, the genitive of the verbal noun or the verb's object
        ("Израиль завершил вывод войск из южного Ливана.", ("087", "ISR", "LBN")),
        ("Россия ускорила вывод войск из восточной Грузии.", ("087", "RUS", "GEO")),
        ("Эфиопия завершила вывод войск из западной Эритреи.", ("087", "ETH", "ERI")),
    ],
)
def test_direction_hung_on_the_moved_force_is_the_trigger_s(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
def test_a_force_of_an_unlinked_owner_gets_no_guessed_side(code):
    # "войск международной коалиции": the coalition is named but unknown; the sentence's country is not its owner
    text = (
        "Узбекистан приостановил членство в ОДКБ.\n\n"
        "Эксперты связывают шаг Ташкента с предстоящим выводом войск международной коалиции из Афганистана."
    )
    assert not any(cameo.startswith("08") for cameo, _, _ in cameos(code(text)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Войска Эфиопии пересекли границу с Сомали.", ("192", "ETH", "SOM")),
        ("Колонна российских танков перешла границу Украины.", ("192", "RUS", "UKR")),
        ("Подразделения армии Руанды перешли границу ДР Конго.", ("192", "RWA", "COD")),
        ("Пакистанские военные пересекают афганскую границу.", ("192", "PAK", "AFG")),
        ("Турецкие войска в понедельник пересекли границу с Ираком, сообщили военные источники.", ("192", "TUR", "IRQ")),
    ],
)
def test_troops_crossing_a_border_enter_the_neighbour(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Около 75 тысяч беженцев пересекли границу с Узбекистаном.",
        "Журналист пересек границу с Мексикой.",
        "Контрабандисты перешли границу Ирана ночью.",
    ],
)
def test_a_border_crossed_without_a_force_is_no_incursion(code, sentence):
    assert not any(cameo.startswith("19") for cameo, _, _ in cameos(code(sentence)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Великобритания дала обязательство направить войска в Афганистан.", ("0334", "GBR", "AFG")),
        ("Великобритания пообещала направить войска в Афганистан.", ("0334", "GBR", "AFG")),
        ("Франция взяла на себя обязательство отправить контингент в Мали.", ("0334", "FRA", "MLI")),
        ("Германия согласилась перебросить в Литву батальон.", ("0334", "DEU", "LTU")),
        ("Канада обязалась разместить в Латвии свои войска.", ("0334", "CAN", "LVA")),
    ],
)
def test_troops_pledged_are_protection_offered_not_a_threat(code, sentence, expected):
    found = cameos(code(sentence))
    assert expected in found
    assert not any(cameo.startswith("13") for cameo, _, _ in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Россия пригрозила ввести войска в Грузию.", ("138", "RUS", "GEO")),
        ("США намерены перебросить войска к границе с Мексикой.", ("138", "USA", "MEX")),
    ],
)
def test_troops_threatened_or_planned_stay_a_threat(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Американские военные начали покидать Ирак.", ("087", "USA", "IRQ")),
        ("Силы НАТО ушли из Афганистана.", ("087", "IGO", "AFG")),
        ("Российские военные вышли из Сирии.", ("087", "RUS", "SYR")),
        ("Сирийские войска оставили Бейрут.", ("0874", "SYR", "LBN")),
        ("Британская армия оставила Басру.", ("0874", "GBR", "IRQ")),
    ],
)
def test_soldiers_and_forces_leaving_a_country(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
@pytest.mark.parametrize("sentence", ["Генерал ушел с военной службы.", "Закон вышел в силу."])
def test_a_career_or_a_law_leaving_is_no_withdrawal(code, sentence):
    assert not any(cameo.startswith("08") for cameo, _, _ in cameos(code(sentence)))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Россия разместила в Белоруссии тактическое ядерное оружие.", ("154", "RUS", "BLR")),
        ("США развернули в Южной Корее дополнительные танки.", ("154", "USA", "KOR")),
        ("Северная Корея переместила артиллерию ближе к границе с Южной Кореей.", ("154", "PRK", "KOR")),
    ],
)
def test_arms_posted_or_moved_are_a_force_posture(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Индия привела свои войска в состояние повышенной готовности, обвинив Пакистан в обстрелах.", ("152", "IND", "PAK")),
        ("Северная Корея переместила танки ближе к демилитаризованной зоне, сообщили в Сеуле.", ("154", "PRK", "KOR")),
        ("Турция, подтянувшая бронетехнику ближе к линии фронта, предупредила Грецию.", ("154", "TUR", "GRC")),
    ],
)
def test_a_posture_with_no_addressee_faces_the_one_other_country_named(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, posture",
    [
        # reservists called up: the state's own mobilisation, whatever prompted it
        ("Армения объявила мобилизацию резервистов из-за действий Азербайджана.", ("154", "ARM", "")),
        # where the forces stand is not whom they face
        ("Грузинские войска в районе Абхазии приведены в боевую готовность.", ("152", "GEO", "")),
        # two other countries: none is the one faced
        ("Китай привел войска в готовность после заявлений США и Японии.", ("152", "CHN", "")),
    ],
)
def test_a_posture_faces_no_guessed_country(code, sentence, posture):
    found = cameos(code(sentence))
    assert posture in found
    assert not any(cameo.startswith("15") and target for cameo, _, target in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Турция завершила вывод своих войск с территории, на которую претендует Ирак.", ("087", "TUR", "IRQ")),
        ("Сирийские войска покинули долину Бекаа, сообщили в Ливане.", ("087", "SYR", "LBN")),
        ("Россия завершила отвод войск от границы, сообщили в Киеве.", ("087", "RUS", "UKR")),
    ],
)
def test_a_withdrawal_from_an_unlinked_place_leaves_the_one_other_country_named(code, sentence, expected):
    assert expected in cameos(code(sentence))


@pytest.mark.slow
def test_forces_of_no_one_state_are_paired_with_no_country(code):
    # "международных войск": the linker's guess of the sentence's country is no side
    text = (
        "Узбекистан приостановил членство в ОДКБ.\n\n"
        "Эксперты связывают шаг Ташкента с выводом международных войск из провинций, граничащих с Таджикистаном."
    )
    assert not any(cameo.startswith("08") for cameo, _, _ in cameos(code(text)))

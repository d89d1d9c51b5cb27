"""Two precision rules of articles: a street clash of a crowd with the police is a violent protest (145), not a
battle (190); an act hedged by a parenthetical ("якобы", "возможно", "как ожидается", "по всей видимости") is only
supposed, not reported."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        # supporters of a politician and the police, "между ... и ..."
        ("У здания суда в Киеве произошли столкновения между сторонниками Тимошенко и милицией.", ("14", "UKR", "UKR")),
        # the police after "с", a nominal in the genitive under a preposition
        ("Указ подписан после столкновений сторонников оппозиции с полицией в Ереване.", ("14", "ARM", "ARM")),
        # another noun and another side: activists and police
        ("В Тбилиси произошли стычки между активистами оппозиции и полицией.", ("14", "GEO", "GEO")),
        # a verb frame: "вступили в столкновение с милицией"
        ("Сторонники Тимошенко вступили в столкновение с милицией у здания суда в Киеве.", ("14", "UKR", "UKR")),
        ("Активисты оппозиции вступили в стычки с полицией у здания парламента Грузии.", ("14", "GEO", "GEO")),
    ],
)
def test_a_crowd_clashing_with_the_police_protests_violently(code, text, expected):
    found = dyads(code(text))
    assert expected in found
    assert not any(root == "19" for root, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "В Боливии продолжаются столкновения между сторонниками и противниками Моралеса.",
        "Вчера в Каире вспыхнули столкновения между сторонниками и противниками президента Мурси.",
    ],
)
def test_two_camps_of_citizens_fighting_is_no_battle(code, text):
    assert not any(root == "19" for root, _, _ in dyads(code(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        # armed sides still fight (190)
        ("Столкновения между армянскими и азербайджанскими военными продолжаются.", ("19", "ARM", "AZE")),
        ("Грузинские военные вступили в бой с абхазскими ополченцами.", ("19", "GEO", "XAB")),
    ],
)
def test_clashes_of_armed_sides_stay_battles(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, root",
    [
        ("На заседании Конгресса зачитали письмо, в котором президент Гондураса якобы подал в отставку.", "08"),
        ("Президент Венесуэлы Уго Чавес, видимо, выслал посла США.", "16"),
        ("Россия, возможно, направит войска в Киргизию.", "15"),
        ("По сообщениям СМИ, Израиль предположительно нанес удар по сирийскому аэропорту.", "19"),
        ("Как ожидается, президент США Барак Обама посетит ЮАР в воскресенье.", "04"),
        ("Как предполагается, Путин встретится с Си Цзиньпином в Пекине.", "04"),
    ],
)
def test_a_hedged_act_is_only_supposed(code, text, root):
    assert not any(found == root or found == "03" for found, _, _ in dyads(code(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Президент Венесуэлы Уго Чавес выслал посла США.", ("16", "VEN", "USA")),
        ("Израиль нанес удар по сирийскому аэропорту.", ("19", "ISR", "SYR")),
        # a hedge on the verb of saying above hedges the report, not the act
        ("Министр, по всей видимости, заявил, что Россия выслала посла Эстонии.", ("16", "RUS", "EST")),
    ],
)
def test_the_same_acts_unhedged_are_reported(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Россия и Китай выступают против иностранного вмешательства во внутренние дела Сирии.",
        "Лидеры двух стран высказались против вмешательства во внутренние дела Украины.",
        "МИД России выступил против вмешательства Запада в дела Белоруссии.",
        "Иран осудил любое вмешательство во внутренние дела Ирака.",
    ],
)
def test_opposing_interference_is_not_aimed_at_the_country_meddled_in(code, text):
    victims = {"SYR", "UKR", "BLR", "IRQ"}
    assert not any(target in victims for _, _, target in dyads(code(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the interferer named by its genitive or country adjective is the target
        ("Лавров осудил вмешательство США во внутренние дела Венесуэлы.", ("11", "RUS", "USA")),
        ("Россия выступила против американского вмешательства в дела Ирана.", ("12", "RUS", "USA")),
        # no affairs named: the noun's own argument
        ("Иран выступил против вмешательства США.", ("12", "IRN", "USA")),
        # opposing another act still aims at its object
        ("Россия выступает против санкций в отношении Ирана.", ("12", "RUS", "IRN")),
    ],
)
def test_the_interferer_named_is_the_target(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Пресс-секретарь Кремля отказался комментировать решение суда.",
        "Представитель Пентагона отказался прокомментировать заявление Ирана.",
        "Белый дом отказывается комментировать сообщения о переговорах с Москвой.",
    ],
)
def test_declining_comment_rejects_nothing(code, text):
    assert not any(root == "12" for root, _, _ in dyads(code(text)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Россия отказалась выполнять требования Украины.", ("12", "RUS", "UKR")),
        ("Иран отказался обсуждать ядерную программу с США.", ("12", "IRN", "USA")),
    ],
)
def test_refusing_an_act_is_still_a_rejection(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # the "-ии" of a name in "-ия" after a role noun is its genitive, whatever case the tagger gives it
        ("Молдавия выслала посла Румынии.", ("16", "MDA", "ROU")),
        ("Россия выслала посла Румынии.", ("16", "RUS", "ROU")),
        ("Кишинев объявил персоной нон грата посла Румынии.", ("16", "MDA", "ROU")),
    ],
)
def test_an_envoy_of_a_country_in_ija_is_of_that_country(code, text, expected):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state's own mission closed is aimed at the country it is in
        ("Уго Чавес распорядился закрыть посольство Венесуэлы в Боготе.", ("16", "VEN", "COL")),
        ("Правительство Эквадора закрыло посольство Эквадора в Боготе.", ("16", "ECU", "COL")),
        ("Венесуэла закрыла свое посольство в Боготе.", ("16", "VEN", "COL")),
        # another state's mission closed is aimed at that state
        ("Россия закрыла посольство Эстонии в Москве.", ("16", "RUS", "EST")),
    ],
)
def test_closing_ones_own_mission_is_aimed_at_its_host(code, text, expected):
    found = dyads(code(text))
    assert expected in found
    assert not any(root == "16" and source == target for root, source, target in found)

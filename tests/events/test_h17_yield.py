"""Round h17 yield: yielding and settling acts (RETREAT, CONCEDE, AGREE) on sentences written for these tests.

- a quantity word the parser hung on the verb as a number or modifier is the verb's object ("освободил сотню
  иракских военнопленных": the prisoners' side is the target);
- captives described by a participle of capture ("захваченных повстанцев", "похищенных инженеров") handed to a
  go-between are released to their own side;
- a mediator ("при посредничестве Кении") or a topic ("о Кении") is no place: a bare armed group in the sentence is
  not of the mediator's country;
- a rise in prices or fees called off is a restriction eased at home;
- a ceasefire or truce declared is aimed at the side named after "в отношении", "против", or at the place it
  spares ("объявил о прекращении огня в секторе Газа");
- a clause that opens with its topic ("Об освобождении рыбаков объявило правительство") has its agent after the
  verb: the noun the parser took for the object is the subject;
- consent and promises told by a support verb ("дал согласие на ...", "дал Индии обещание"; "дал заверения" has its row) code as the verbs do.
"""

import pytest

from tests.events.conftest import codes, dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Иран освободил сотню иракских военнопленных.", ("08", "IRN", "IRQ")),
        ("Марокко освободило сотню алжирских пленников.", ("08", "MAR", "DZA")),
        ("Алжир освободил сотню марокканских пленников.", ("08", "DZA", "MAR")),
        ("Иран освободил сотню иракских пленников.", ("08", "IRN", "IRQ")),
    ],
)
def test_a_quantity_hung_on_the_verb_is_what_is_released(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Армия Колумбии передала Красному Кресту двух захваченных повстанцев.", ("08", "COL", "COL")),
        ("Израиль передал Красному Кресту двух задержанных ливанских рыбаков.", ("08", "ISR", "LBN")),
        ("Правительство Шри-Ланки передало Красному Кресту четырех захваченных тамильских повстанцев.",
         ("08", "LKA", "LKA")),
    ],
)
def test_captives_of_a_capture_handed_to_a_go_between_are_released(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Правительство Судана и повстанцы договорились о прекращении огня при посредничестве Кении.",
         ("SDN", "SDN")),
        ("Правительство Сенегала и сепаратисты договорились о перемирии при посредничестве Гвинеи-Бисау.",
         ("SEN", "SEN")),
        ("Правительство Непала и маоисты договорились о прекращении огня при посредничестве Индии, сообщили "
         "официальные лица.", ("NPL", "NPL")),
    ],
)
def test_a_mediator_is_no_home_of_a_bare_armed_group(code, sentence, pair):
    found = dyads(code(sentence))
    assert ("05", *pair) in found  # an agreement reached on a noun: a formal agreement (round h22 agree)
    assert not any(side in ("KEN", "GNB", "IND") for _, source, target in found for side in (source, target))


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Правительство Египта отменило повышение цен на хлеб после беспорядков.", "EGY"),
        ("Власти Иордании в среду отменили повышение цен на топливо после протестов, сообщило агентство Петра.",
         "JOR"),
        ("Кабинет министров Индонезии отменил недавнее подорожание бензина.", "IDN"),
        ("Повышение цен на хлеб было отменено правительством Туниса после беспорядков.", "TUN"),
        ("Президент Киргизии отменил повышение тарифов на электроэнергию.", "KGZ"),
    ],
)
def test_a_price_rise_called_off_is_eased_at_home(code, sentence, country):
    assert ("08", country, country) in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Правительство Японии дало согласие на размещение американских войск.", ("0355", "JPN", "USA")),
        ("Египет дал согласие на инспекции МАГАТЭ.", ("0355", "EGY", "IGOIAEA")),
        ("Пакистан дал Индии обещание не поддерживать боевиков.", ("030", "PAK", "IND")),
        ("Ливия дала обещание США отказаться от программ создания оружия массового уничтожения.",
         ("030", "LBY", "USA")),
        ("Турция дала Европейскому союзу гарантии соблюдения прав курдов.", ("030", "TUR", "IGOEU")),
    ],
)
def test_consent_and_promises_given_code_as_their_verbs(code, sentence, expected):
    cameo, source, target = expected
    assert any(
        found[0] == cameo and found[1][:3] == source and (found[2] or "")[: len(target)] == target
        for found in codes(code(sentence))
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Правительство Шри-Ланки объявило о прекращении огня в отношении тамильских повстанцев.",
         ("08", "LKA", "LKA")),
        ("Израиль объявил о прекращении огня в секторе Газа.", ("08", "ISR", "PSE")),
        ("Россия объявила о прекращении огня на Украине на время Рождества.", ("08", "RUS", "UKR")),
        ("Правительство Филиппин объявило перемирие против исламских повстанцев на Минданао.", ("08", "PHL", "PHL")),
    ],
)
def test_a_ceasefire_declared_is_aimed_at_the_side_or_the_place_it_spares(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Об освобождении 20 таиландских рыбаков объявило во вторник военное правительство в Рангуне.",
         ("08", "MMR", "THA")),
        ("Об освобождении 12 вьетнамских рыбаков объявило в среду военное правительство в Бангкоке.",
         ("08", "THA", "VNM")),
        ("О прекращении огня в отношении повстанцев объявило в понедельник правительство в Коломбо.",
         ("08", "LKA", "LKA")),
    ],
)
def test_the_agent_after_a_verb_with_a_fronted_topic_is_its_subject(code, sentence, expected):
    assert expected in dyads(code(sentence))

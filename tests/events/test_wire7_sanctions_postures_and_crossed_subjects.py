"""Wire sentences of probe-wire7's kinds: talks suspended in the imperfective, leaving a regional community, a
build-up told as a reinforced grouping, a call-up with the state in the instrumental, and subjects the parser
crossed over a clause opener. Sentences written for these tests."""

import pytest

from tests.events.conftest import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the imperfective of "приостановить переговоры" halts the talks too (SANCTION 164)
        (
            "Представитель МИД Эквадора сообщил, что Кито приостанавливает переговоры с Перу о демаркации границы.",
            ("164", "ECU", "PER"),
        ),
        # a regional community one leaves is an organisation (161)
        (
            "Боливия в пятницу вышла из Андского сообщества, заявил министр иностранных дел.",
            ("161", "BOL", "IGOCAN"),
        ),
        # a grouping reinforced where it stands is a build-up (154)
        (
            "Министерство обороны Индии усилило группировку войск у границы с Китаем.",
            ("154", "IND", "CHN"),
        ),
        # a call-up of reserve divisions with the state in the instrumental (154)
        (
            "Призыв Египтом двух резервных дивизий встревожил соседей.",
            ("154", "EGY", None),
        ),
    ],
)
def test_wire7_vocabulary(code, sentence, expected):
    assert expected in {(cameo, _key(source), _key(target)) for cameo, source, target in codes(code(sentence, "2001-05-10"))}


def _key(actor):
    """The country part of an actor code, as the score keys it (an organisation keeps its whole code)."""
    if actor is None or actor.startswith("IGO"):
        return actor
    return actor[:3]


def test_subjects_crossed_over_a_clause_opener_go_back_to_their_own_verbs(code):
    # "Чили ... приостановила" and "Перу и Эквадор ... подписали": each subject acts in its own stretch of words
    events = codes(
        code(
            "Чили в четверг приостановила переговоры с Боливией после того, как Перу и Эквадор подписали соглашение о "
            "границе, сообщил министр.",
            published="2001-05-10",
        )
    )
    pairs = {(cameo, _key(source), _key(target)) for cameo, source, target in events}
    assert ("164", "CHL", "BOL") in pairs
    assert not any(cameo == "164" and _key(source) != "CHL" for cameo, source, _ in events)


def test_a_country_that_ner_took_for_a_person_in_the_instrumental_is_the_agent(code):
    # "Эритреей": a one-word "person" whose lemma is a country's name is the country
    events = codes(code("Предложение Евросоюза было в понедельник отвергнуто Эритреей, сообщил источник в Асмэре.", "2001-05-10"))
    assert ("120", "ERI", "IGOEU") in {(cameo, _key(source), _key(target)) for cameo, source, target in events}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what one receives from another, the other gives: the giver is the "от" phrase, the receiver the subject
        ("Египет получил от Саудовской Аравии кредит в 500 млн долларов.", ("071", "SAU", "EGY")),
        ("Египет получил от Саудовской Аравии гуманитарную помощь.", ("073", "SAU", "EGY")),
        # intelligence received, the object's modifiers coordinated ("радарные и разведывательные данные")
        (
            "Армия Эквадора получает от США радарные и разведывательные данные о полётах контрабандистов.",
            ("064", "USA", "ECU"),
        ),
        # relief handed out to those who need it
        ("Сотрудники ООН раздали продовольствие сомалийским беженцам в Кении.", ("073", "IGOUN", "SOM")),
    ],
)
def test_aid_received_and_handed_out(code, sentence, expected):
    assert expected in {(cameo, _key(source), _key(target)) for cameo, source, target in codes(code(sentence, "2001-05-10"))}


def test_each_of_coordinated_country_adjectives_opening_a_sentence_names_a_side(code):
    # the first adjective, opening the sentence, is tagged a name: both armies attack
    events = codes(code("Ангольские и намибийские войска атаковали базы повстанцев УНИТА.", "2001-05-10"))
    sources = {_key(source) for cameo, source, _ in events if cameo.startswith("19")}
    assert {"AGO", "NAM"} <= sources


def test_zairean_is_the_adjective_of_the_democratic_republic_of_the_congo(code):
    events = codes(code("Заирские солдаты обстреляли лагерь руандийских беженцев.", "1996-05-10"))
    assert ("COD", "RWA") in {(_key(source), _key(target)) for _, source, target in events}


def test_fire_aimed_by_a_po_phrase_hung_on_the_counted_munitions(code):
    # "по северу Израиля" on "ракет" (counted by "десятки") is where the firing verb aims
    events = codes(code("Боевики «Хезболлы» выпустили десятки ракет по северу Израиля.", "2006-07-20"))
    assert ("195", "LBN", "ISR") in {(cameo, _key(source), _key(target)) for cameo, source, target in events}


def test_a_pipeline_begun_by_several_states_is_their_economic_cooperation(code):
    events = codes(code("Туркмения, Узбекистан и Казахстан приступили к строительству газопровода в Китай.", "2008-07-20"))
    pairs = {(cameo, _key(source), _key(target)) for cameo, source, target in events}
    assert {("061", "TKM", "UZB"), ("061", "TKM", "KAZ"), ("061", "UZB", "KAZ")} <= pairs


def test_a_pipeline_one_state_builds_alone_is_no_cooperation(code):
    events = codes(code("Иран приступил к строительству нефтепровода к Персидскому заливу.", "2008-07-20"))
    assert not [event for event in events if event[0].startswith("06")]


def test_a_decision_met_with_satisfaction_is_welcomed(code):
    events = codes(code("Токио с удовлетворением встретил решение Сеула возобновить переговоры о рыболовстве.", "1999-03-02"))
    assert ("051", "JPN", "KOR") in {(cameo, _key(source), _key(target)) for cameo, source, target in events}


def test_student_leaders_counted_by_a_quantity_are_the_arrested(code):
    events = codes(code("Полиция Бирмы задержала в Рангуне десятки студенческих лидеров.", "1996-12-02"))
    assert ("173", "MMR", "MMR") in {(cameo, _key(source), _key(target)) for cameo, source, target in events}

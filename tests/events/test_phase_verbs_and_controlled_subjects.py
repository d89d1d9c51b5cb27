"""Session 15 (norow), checked on sentences written for these tests: a verb of starting, resuming, continuing or
stepping up an act (word class phase) stands for the support verb of the event noun it governs, and an infinitive
under a phase or intent verb sees that verb's subject in its row's requirements."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Германия возобновила гуманитарную помощь Сирии.", ("07", "DEU", "SYR")),
        ("Япония увеличила экономическую помощь Монголии.", ("07", "JPN", "MNG")),
        ("Евросоюз возобновил финансовую помощь Палестине.", ("07", "IGO", "PSE")),
        ("Израиль продолжил авиаудары по сектору Газа.", ("19", "ISR", "PSE")),
        ("Повстанцы возобновили атаки на правительственные войска Чада.", ("19", "TCD", "TCD")),
    ],
)
def test_a_phase_verb_stands_for_the_doing_verb_of_its_event_noun(code, expected, text):
    assert expected in dyads(code(text))


def test_a_bare_noun_after_a_phase_verb_is_no_act(code):
    assert not code("Венесуэла продолжит свой марш навстречу социализму в XXI веке.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Сирийские войска начали покидать восток Ливана.", ("08", "SYR", "LBN")),
        ("Израильские солдаты продолжают покидать сектор Газа, сообщила армия.", ("08", "ISR", "PSE")),
        ("Российские миротворцы решили покинуть Абхазию.", ("03", "RUS", "XAB")),
    ],
)
def test_an_infinitive_sees_the_subject_of_the_verb_it_depends_on(code, expected, text):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Армия Судана передала Красному Кресту пленных повстанцев.", ("08", "SDN", "SDN")),
        ("Хамас передал представителям ООН израильских заложников.", ("08", "PSE", "ISR")),
        ("Армения передала Азербайджану пленных военнослужащих.", ("08", "ARM", "AZE")),
        ("Россия передала Украине пленных украинских военных.", ("08", "RUS", "UKR")),
    ],
)
def test_captives_handed_to_a_go_between_are_released_to_their_own_side(code, expected, text):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Нигерия объявила о призыве резервистов в связи с обострением пограничного конфликта с Камеруном.",
         ("15", "NGA", "CMR")),
        ("Эквадор объявил мобилизацию резервистов из-за конфликта с Перу.", ("15", "ECU", "PER")),
        ("Армения привела армию в боевую готовность из-за напряжённости с Азербайджаном.", ("15", "ARM", "AZE")),
    ],
)
def test_a_force_posture_caused_by_a_dispute_is_aimed_at_the_other_side(code, expected, text):
    assert expected in dyads(code(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Израиль объявил о возобновлении авиаударов по сектору Газа.", ("19", "ISR", "PSE")),
        ("Евросоюз объявил о возобновлении финансовой помощи Палестине.", ("07", "IGO", "PSE")),
        ("Германия объявила о возобновлении гуманитарной помощи Сирии.", ("07", "DEU", "SYR")),
    ],
)
def test_the_noun_of_a_phase_announced_stands_for_the_act_it_names(code, expected, text):
    assert expected in dyads(code(text))

"""A nominal event and its support verb share their arguments: the parser hangs a word of one on the other."""

import pytest

from tests.events.conftest import dyads


@pytest.mark.parametrize(
    ("sentence", "dyad"),
    [
        # the verb's object read as a genitive of its dative or instrumental event noun
        ("Израильская артиллерия подвергла интенсивному обстрелу деревни на юге Ливана.", ("19", "ISR", "LBN")),
        ("Сирийская армия подвергла интенсивному обстрелу деревни на севере провинции Хама.", ("19", "SYR", "SYR")),
        # the event noun's genitive read as a second object of its support verb (after a mistyped adjective)
        ("Полиция Испании проводит штурм горный хижины в Каталонии, где укрывается преступник.", ("19", "ESP", "ESP")),
        # a dative read as an apposition of the accusative event noun
        ("Король Иордании направил поздравительную телеграмму Абдель Фаттаху ас-Сиси.", ("05", "JOR", "EGY")),
        # the addressee hung on the instrumental event noun the verb's row requires
        ("Премьер-министр Японии обратился с поздравлением к президенту Южной Кореи.", ("05", "JPN", "KOR")),
        ("Министр иностранных дел Японии обратился с поздравлением к министру иностранных дел Индии.", ("05", "JPN", "IND")),
    ],
)
def test_support_verb_and_noun_share_arguments(code, sentence, dyad):
    assert dyads(code(sentence)) == {dyad}


@pytest.mark.parametrize(
    "sentence",
    [
        "Армия Израиля воспользовалась помощью США.",  # the owner of a used aid is not what is acted on
        "Президент России обратился с поздравлением к участникам форума.",  # no actor addressed
    ],
)
def test_no_argument_from_the_other_word_without_an_actor(code, sentence):
    assert not code(sentence)


def test_purpose_of_aid_is_not_the_verb_addressee(code):
    """"выделит средства на помощь беженцам": the refugees the aid is for are not the recipients of the grant."""
    events = code("Германия выделит Иордании 50 миллионов евро на помощь беженцам.")
    assert {(e.source[:3], e.target[:3]) for e in events} == {("DEU", "JOR")}


@pytest.mark.parametrize(
    ("sentence", "dyad"),
    [
        ("Правительство Турции выступило с угрозами в адрес Греции.", ("13", "TUR", "GRC")),
        ("Президент Франции выступил с призывом к Ирану прекратить обогащение урана.", ("02", "FRA", "IRN")),
        ("МИД России выступил с обвинениями в адрес Грузии.", ("11", "RUS", "GEO")),
        ("Власти Китая выступили с протестом против визита премьера Японии.", ("11", "CHN", "JPN")),
        ("Президент Венесуэлы выступил с резкими нападками на США.", ("11", "VEN", "USA")),
        ("Премьер-министр Израиля обрушился с нападками на президента США.", ("11", "ISR", "USA")),
    ],
)
def test_speaking_out_with_an_event_noun_is_the_speaker_act(code, sentence, dyad):
    """"выступить с X": the subject of the support verb does what the noun names, to whom its phrase names."""
    assert dyads(code(sentence)) == {dyad}

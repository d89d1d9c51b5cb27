"""Words of a family the lexicon lacked in every aspect and form (session 16, candidates of
bench/lexicon_candidates.py reviewed by meaning): each family on sentences written for these tests, in several
wordings (verb and noun, aspect, other actors)."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # CONSULT: conferring verbs beside "побеседовать", "встречаться", "консультироваться"
        ("Президент Казахстана беседовал с премьер-министром Индии по телефону.", ("04", "KAZ", "IND")),
        ("Глава МИД Японии увиделся с министром иностранных дел Австралии на полях саммита.", ("04", "JPN", "AUS")),
        ("Президент Франции регулярно советуется с канцлером Германии.", ("04", "FRA", "DEU")),
        ("Министр иностранных дел Китая посоветовался с коллегой из Пакистана.", ("04", "CHN", "PAK")),
        ("Дипломаты Эфиопии переговаривались с представителями Египта всю ночь.", ("04", "ETH", "EGY")),
        ("Глава МИД Индии созванивается с госсекретарем США каждую неделю.", ("04", "IND", "USA")),
        # ACCUSE (disapprove): displeasure a party expresses, the frame of "выразил недовольство"
        ("Президент Турции выразил негодование Швеции.", ("11", "TUR", "SWE")),
        ("Министр иностранных дел Ирана высказал возмущение Великобританией.", ("11", "IRN", "GBR")),
        ("Премьер Венгрии выразил несогласие с Брюсселем.", ("11", "HUN", "BEL")),
        ("Президент Чехии высказал недовольство Польшей.", ("11", "CZE", "POL")),
        ("Канцлер Австрии сделал упрек Италии.", ("11", "AUT", "ITA")),
        # REJECT: the one-word veto
        ("США заветировали резолюцию, осуждающую Израиль.", ("12", "USA", "ISR")),
        ("Россия заветировала резолюцию по Сирии.", ("12", "RUS", "SYR")),
        # SANCTION: relations broken off, the colloquial verb
        ("Эквадор порвал дипломатические отношения с Мексикой.", ("16", "ECU", "MEX")),
        ("Никарагуа порвала отношения с Тайванем.", ("16", "NIC", "TWN")),
        # MOBILIZE: forces concentrated or redeployed
        ("Армия Эфиопии сконцентрировала войска у границы с Эритреей.", ("15", "ETH", "ERI")),
        ("Пакистан концентрирует войска вдоль границы с Индией.", ("15", "PAK", "IND")),
        ("Россия передислоцировала дивизию в Белоруссию.", ("15", "RUS", "BLR")),
        # SUPPORT: the perfective of "приветствовать"
        ("Бахрейн поприветствовал решение Саудовской Аравии.", ("05", "BHR", "SAU")),
        ("Президент Индонезии поприветствовал Австралию в связи с подписанием договора.", ("05", "IDN", "AUS")),
        # AGREE: assurances given
        ("Премьер Японии дал заверения Южной Корее.", ("03", "JPN", "KOR")),
        ("Премьер Японии дал Южной Корее заверения, что не будет пересматривать извинения.", ("03", "JPN", "KOR")),
        # PROTEST: the nominalised picket
        ("Российские активисты провели пикетирование посольства Латвии.", ("14", "RUS", "LVA")),
        ("Сторонники оппозиции организовали пикетирование здания правительства Армении.", ("14", "ARM", "ARM")),
        # CONCEDE: a party goes along with another's demands
        ("Израиль пошел на требования ХАМАС об освобождении заключенных.", ("08", "ISR", "PSE")),
        ("Правительство Колумбии пошло на требования повстанцев.", ("08", "COL", "COL")),
    ],
)
def test_widened_lexicon_codes_its_family(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a demand defied is no concession
        "Израиль пошел вопреки требованиям США.",
        # a meeting verb with no party named codes nothing
        "Они беседовали о погоде.",
    ],
)
def test_widened_lexicon_leaves_other_senses(code, sentence):
    assert not {d for d in dyads(code(sentence)) if d[0] in ("08", "04")}

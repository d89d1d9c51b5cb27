"""The wire vocabulary of assault, fight and mass violence (CAMEO 18-20, rows of triggers-assault.tsv): light verbs,
nominalisations and framed polysemous verbs, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # bombs set off and planted: the victim is the country of the place
        ("Сепаратисты взорвали бомбу у здания парламента в Анкаре.", ("18", "TUR", "TUR")),
        ("Курдские боевики привели в действие взрывное устройство в Стамбуле.", ("18", "TUR", "TUR")),
        ("Боевики заложили бомбу под автомобиль израильского дипломата в Нью-Дели.", ("18", "IND", "ISR")),
        # hijacking, killing by hand, human shields
        ("Иракские боевики угнали самолёт иорданской авиакомпании.", ("18", "IRQ", "JOR")),
        ("Солдаты армии Уганды зарубили мачете суданских крестьян.", ("18", "UGA", "SDN")),
        ("Иракские власти использовали британских заложников в качестве живого щита.", ("18", "IRQ", "GBR")),
        # attacks, raids and offensives carried by a light verb
        ("Афганские талибы предприняли нападение на пакистанский пограничный пост.", ("19", "AFG", "PAK")),
        ("Израильские войска совершили рейд на ливанскую деревню.", ("19", "ISR", "LBN")),
        ("Азербайджанская армия возобновила обстрел армянских сёл.", ("19", "AZE", "ARM")),
        ("Турецкая авиация продолжила бомбардировки иракского Курдистана.", ("19", "TUR", "IRQ")),
        ("Эфиопская армия разгромила сомалийские отряды.", ("19", "ETH", "SOM")),
        # occupation and siege
        ("Вьетнамские войска заняли несколько камбоджийских деревень.", ("19", "VNM", "KHM")),
        ("Сирийские войска установили контроль над ливанским городом Захле.", ("19", "SYR", "LBN")),
        # mass violence
        ("Индонезийская армия проводит этническую чистку в Восточном Тиморе.", ("20", "IDN", "TLS")),
        ("Руандийские солдаты вырезали сотни мирных жителей.", ("20", "RWA", "RWA")),
        ("Иракские войска изгнали курдов из их деревень на севере Ирака.", ("20", "IRQ", "IRQ")),
    ],
)
def test_wire_assault_vocabulary_codes_its_event(code, sentence, expected):
    assert expected in dyads(code(sentence, published="1995-06-01"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Молодой чиновник занимал пост мэра в этом городе с апреля 2011 года.",  # an office, not a town taken
        "Строители взорвали старое здание кинотеатра в центре Москвы.",  # a demolition is no bomb attack
        "Хирурги вырезали опухоль у пациента из Казани.",
        "Сборная Бразилии разгромила команду Аргентины со счётом 4:0.",
    ],
)
def test_framed_verbs_keep_their_other_senses_out(code, sentence):
    assert not {d for d in dyads(code(sentence)) if d[0] in ("18", "19", "20")}

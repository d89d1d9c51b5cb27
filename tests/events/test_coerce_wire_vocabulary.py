"""The wire vocabulary of CAMEO roots 15-17 (triggers-coerce.tsv), whose concepts follow the PETRARCH2 CAMEO verb
dictionary, on sentences written for these tests in the register of translated agency copy."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 15 mobilize: moving and sending units, reservists, airspace, border fences, alerts
        ("Сирия выдвинула танковые бригады к границе с Иорданией.", ("15", "SYR", "JOR")),
        ("Франция срочно направила в Кот-д'Ивуар батальон морских пехотинцев.", ("15", "FRA", "CIV")),
        ("Министерство обороны Израиля в среду призвало тысячи резервистов.", ("15", "ISR", None)),
        ("Китайские военные самолеты нарушили воздушное пространство Японии.", ("15", "CHN", "JPN")),
        ("Индия начала возводить заграждение вдоль границы с Бангладеш.", ("15", "IND", None)),
        # 16 sanction: talks, relations, membership, entry, flights, sanctions, assets, trade
        ("Палестинская делегация покинула переговоры с Израилем.", ("16", "PSE", "ISR")),
        ("Совет Европы приостановил членство Белоруссии.", ("16", "IGOCOE", "BLR")),
        ("Украина отказала во въезде российским журналистам.", ("16", "UKR", "RUS")),
        ("Турция прекратила авиасообщение с Ираком.", ("16", "TUR", "IRQ")),
        ("Европейский союз ужесточил санкции против Ирана.", ("16", "IGOEU", "IRN")),
        ("Вашингтон заморозил ливийские активы.", ("16", "USA", "LBY")),
        ("Соединенные Штаты запретили торговлю с Северной Кореей.", ("16", "USA", "PRK")),
        ("Канада отозвала дипломатов из Сирии.", ("16", "CAN", "SYR")),
        # 17 coerce: licences, broadcasters, parties, curfews, emergencies, embassies, annexation
        ("Власти Казахстана отозвали лицензию у оппозиционной газеты.", ("17", "KAZ", "KAZ")),
        ("Правительство Венесуэлы закрыло телекомпанию RCTV.", ("17", "VEN", "VEN")),
        ("Верховный суд Турции распустил Партию демократического общества.", ("17", "TUR", "TUR")),
        ("Власти Непала установили комендантский час в Катманду.", ("17", "NPL", "NPL")),
        ("Президент Перу продлил чрезвычайное положение в Лиме.", ("17", "PER", "PER")),
        ("Боевики захватили посольство Японии в Лиме.", ("17", None, "JPN")),
        ("Германия возобновила депортацию беженцев в Косово.", ("17", "DEU", None)),
    ],
)
def test_wire_vocabulary_codes_its_event(code, sentence, expected):
    root, source, target = expected
    found = dyads(code(sentence))
    assert any(
        r == root and (source is None or s == source[:3]) and (target is None or t == target[:3]) for r, s, t in found
    ), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Оппозиция выдвинула своего кандидата в президенты.",
        "Клуб отозвал заявку на участие в турнире.",
        "Строители возвели новый мост через реку.",
    ],
)
def test_frames_keep_polysemous_verbs_out(code, sentence):
    assert not {root for root, _, _ in dyads(code(sentence))} & {"15", "16", "17"}


def test_annexation_is_a_seizure(code):
    events = code("Ирак в среду аннексировал Кувейт.")
    assert "171" in {event.cameo for event in events}

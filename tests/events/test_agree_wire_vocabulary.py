"""The wire vocabulary of CAMEO roots 03, 04 and 06 (triggers-agree.tsv): how Russian translations of agency copy
say the acts of the PETRARCH2 CAMEO verb dictionary, on sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # reaching an agreement is an agreement to act (REACH DEAL), not the signing of one
        ("Вьетнам и Китай в среду достигли соглашения о демаркации сухопутной границы.", ("03", "VNM", "CHN")),
        ("Эквадор и Перу пришли к соглашению о прекращении пограничного конфликта.", ("03", "ECU", "PER")),
        ("Аргентина и Чили условились провести совместную демаркацию ледника.", ("03", "ARG", "CHL")),
        # guarantees (GUARANTEE)
        ("Египет гарантировал Израилю безопасность судоходства в Тиранском проливе.", ("03", "EGY", "ISR")),
        # accepting an invitation or another party's proposal (EMBRACE INVITATION / PROPOSAL)
        ("Президент Бразилии принял приглашение Португалии.", ("03", "BRA", "PRT")),
        ("Эритрея приняла американский план урегулирования пограничного спора.", ("03", "ERI", "USA")),
        ("Иордания предложила Сирии провести переговоры о водных ресурсах.", ("03", "JOR", "SYR")),
        # arms and commodities traded between states (SELL / PURCHASE &WEAPON, IMPORT, EXPORT)
        ("Франция продала Пакистану подводные лодки класса «Агоста».", ("06", "FRA", "PAK")),
        ("Малайзия закупила у России истребители МиГ-29.", ("06", "MYS", "RUS")),
        ("Украина начала импортировать нефть из Азербайджана.", ("06", "UKR", "AZE")),
        ("Казахстан экспортирует зерно в Иран.", ("06", "KAZ", "IRN")),
        # documents and intelligence handed over (RELEASE DOCUMENTS, SHARE)
        ("Германия передала Польше архивные документы о депортациях.", ("06", "DEU", "POL")),
        ("Иордания поделилась с Великобританией разведданными о террористах.", ("06", "JOR", "GBR")),
        # joint ventures and restored links (CONSTRUCT JOINT COMPANIES, RESTART FLIGHTS)
        ("Китай и Монголия открыли совместное предприятие по добыче меди.", ("06", "CHN", "MNG")),
        ("Армения возобновила авиасообщение с Грузией.", ("06", "ARM", "GEO")),
    ],
)
def test_wire_phrases_code_their_agreement_or_cooperation(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Конституция гарантирует гражданам свободу слова.",
        "Сбербанк продал Газпрому пакет акций.",
        "Губернатор распорядился принять предложение областной думы.",
    ],
)
def test_the_same_words_outside_their_political_sense_code_nothing_of_03_or_06(code, sentence):
    assert not {d for d in dyads(code(sentence)) if d[0] in ("03", "06")}

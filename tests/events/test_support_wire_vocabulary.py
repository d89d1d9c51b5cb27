"""The wire wording of CAMEO roots 05, 07 and 08 (letopis/events/data/triggers-support.tsv), one sentence per
group of concepts of the PETRARCH2 verb dictionary, written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 05: expand ties, side with, defend, praise, thank, apologize, forgive, sign
        ("Египет и Иордания расширили экономическое сотрудничество.", ("05", "EGY", "JOR")),
        ("Румыния встала на сторону Вашингтона в споре о ракетах.", ("05", "ROU", "USA")),
        ("Президент Белоруссии встал на защиту Сербии.", ("05", "BLR", "SRB")),
        ("Премьер-министр Италии высказался в поддержку предложения Германии.", ("05", "ITA", "DEU")),
        ("Президент Франции дал высокую оценку действиям Марокко.", ("05", "FRA", "MAR")),
        ("Король Иордании направил президенту Египта поздравительную телеграмму.", ("05", "JOR", "EGY")),
        ("Канцлер Австрии попросил прощения у Израиля.", ("05", "AUT", "ISR")),
        ("Министры Чили и Перу поставили подписи под соглашением о границе.", ("05", "CHL", "PER")),
        # 07: come to aid, grant money, airlift arms, supply, shelters, escort, refugees, debt relief
        ("Норвегия передала Эфиопии 10 миллионов долларов.", ("07", "NOR", "ETH")),
        ("Египет перебросил в Судан партию боеприпасов.", ("07", "EGY", "SDN")),
        ("Франция отправила в Алжир палатки и медикаменты.", ("07", "FRA", "DZA")),
        ("Франция взяла под охрану посольство Ливана.", ("07", "FRA", "LBN")),
        ("Бразилия пришла Боливии на помощь.", ("07", "BRA", "BOL")),
        ("Германия приняла беженцев из Косово.", ("07", "DEU", "XKX")),
        ("Россия простила Вьетнаму долги.", ("07", "RUS", "VNM")),
        # 08: comply, resign, repatriate, hand over, admit inspectors, pull out, lay down arms, halt hostilities
        ("Ливия подчинилась требованию Совета Безопасности ООН.", ("08", "LBY", "IGO")),
        ("Президент Перу объявил о своём уходе с поста.", ("08", "PER", None)),
        ("Россия репатриировала останки японских солдат.", ("08", "RUS", "JPN")),
        ("Португалия передала Китаю суверенитет над Макао.", ("08", "PRT", "CHN")),
        ("Иран разрешил инспекторам МАГАТЭ посетить завод.", ("08", "IRN", "IGO")),
        ("Кубинские войска покинули Анголу.", ("08", "CUB", "AGO")),
        ("Эфиопия прекратила боевые действия против Эритреи.", ("08", "ETH", "ERI")),
    ],
)
def test_wire_wording_codes_its_root(code, sentence, expected):
    assert expected in dyads(code(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Врачи не смогли спасти пострадавшего.",  # a patient saved or not is no rescue operation
        "Компания содействует развитию малого бизнеса в регионе.",  # an ongoing activity, not aid
        "Режиссёр снял новый фильм о войне.",
    ],
)
def test_everyday_senses_code_no_aid_or_concession(code, sentence):
    assert not {root for root, _, _ in dyads(code(sentence))} & {"07", "08"}

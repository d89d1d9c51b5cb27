"""Blame and reproach reported with "по словам X" / "по мнению X" (X is who blames), a side said to be behind an
attack or to meddle in another's affairs (accused of it), and a party that becomes "объектом критики" (the one
criticised), on sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("По словам президента Украины, ответственность за срыв переговоров лежит на России.", ("UKR", "RUS")),
        ("По мнению Киева, вина за срыв переговоров лежит на Москве.", ("UKR", "RUS")),
        ("Ответственность за срыв переговоров, по словам президента Украины, лежит на России.", ("UKR", "RUS")),
        ("По словам министра иностранных дел Польши, учения России носят провокационный характер.", ("POL", "RUS")),
        ("По мнению Вашингтона, у руководства КНДР не хватает воли.", ("USA", "PRK")),
        ("Премьер Израиля заявил, что Иран стоит за атакой.", ("ISR", "IRN")),
        ("Премьер Израиля заявил, что за атакой стоит Иран.", ("ISR", "IRN")),
        ("По словам министра внутренних дел Индии, за терактом стоят спецслужбы Пакистана.", ("IND", "PAK")),
        ("Китай заявил, что США вмешиваются во внутренние дела страны.", ("CHN", "USA")),
        ("Пекин утверждает, что Лондон вмешался в дела Гонконга.", ("CHN", "GBR")),
        ("Правительство Канады стало объектом критики со стороны Китая.", ("CHN", "CAN")),
        ("Власти Канады стали объектом жесткой критики со стороны Пекина.", ("CHN", "CAN")),
    ],
)
def test_blame_is_coded(code, text, dyad):
    assert dyad in disapprovals(code(text, published="2015-05-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Ответственность за срыв переговоров лежит на России.",
        "За атакой стоит Иран.",
        "Премьер Израиля заявил, что Иран не стоит за атакой.",
        "Премьер Израиля заявил, что Иран стоит за соглашением.",
        "МИД Китая заявил, что Пекин не будет вмешиваться в дела Гонконга.",
        "Россия заявила, что не вмешивалась в выборы в США.",
    ],
)
def test_no_blame_without_a_speaker_or_an_act(code, text):
    assert not disapprovals(code(text, published="2015-05-10"))


def test_a_demand_reported_with_po_slovam_stays_uncoded(code):
    # "по словам X" names the speaker of blame only: what X says must happen asks nothing of a party named
    events = code("По словам министра, референдум должен соответствовать конституции Украины.", published="2015-05-10")
    assert not any(e.cameo.startswith("10") for e in events)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Генассамблея ООН приняла резолюцию с осуждением действий России.", ("IGO", "RUS")),
        ("Евросоюз распространил заявление с осуждением действий России.", ("IGO", "RUS")),
        ("МИД Франции опубликовал заявление с резкой критикой политики Китая.", ("FRA", "CHN")),
        ("Совет Безопасности ООН выступил с заявлением с осуждением испытания, проведенного КНДР.", ("IGO", "PRK")),
    ],
)
def test_a_document_of_condemnation_is_its_issuers(code, text, dyad):
    assert dyad in disapprovals(code(text, published="2015-05-10"))


def test_a_document_received_is_not_the_receivers(code):
    assert not disapprovals(code("Посольство России получило письмо с осуждением действий Москвы.", published="2015-05-10"))

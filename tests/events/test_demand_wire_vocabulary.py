"""The wire vocabulary of demands, rejections and threats (triggers-demand.tsv): one sentence per concept group."""

import pytest

from letopis.events.evaluate import actor_key
from letopis.pipeline import make_article

CASES = [
    # (sentence, CAMEO root, source country, target country)
    ("Москва затребовала от Вашингтона разъяснений.", "10", "RUS", "USA"),
    ("Аргентина повторила свое требование к Великобритании вернуть острова.", "10", "ARG", "GBR"),
    ("Россия поставила Грузии условия возобновления переговоров.", "10", "RUS", "GEO"),
    ("Израиль исключил возможность переговоров с ООП.", "12", "ISR", "PSE"),
    ("Китай ответил отказом на просьбу ООН.", "12", "CHN", "IGOUN"),
    ("Израиль проигнорировал резолюцию Совета Безопасности ООН.", "12", "ISR", "IGOUN"),
    ("Куба бросила вызов американскому эмбарго.", "12", "CUB", "USA"),
    ("Греция заблокировала переговоры с Турцией.", "12", "GRC", "TUR"),
    ("США сохранят санкции против Кубы.", "12", "USA", "CUB"),
    ("Россия проголосовала против американской резолюции.", "12", "RUS", "USA"),
    ("Северная Корея предостерегла Японию от участия в блокаде.", "13", "PRK", "JPN"),
    ("Вашингтон выступил с предупреждением в адрес Багдада.", "13", "USA", "IRQ"),
    ("США поставили Ираку крайний срок.", "13", "USA", "IRQ"),
    ("Израиль готовит удар по Ливану.", "13", "ISR", "LBN"),
    ("Россия обещает адекватный ответ на размещение ПРО США.", "13", "RUS", "USA"),
    ("Евросоюз допускает возможность введения санкций против Белоруссии.", "13", "IGOEU", "BLR"),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), CASES)
def test_wire_vocabulary_codes_the_act(analyzer, text, root, source, target):
    article = analyzer.run([make_article(text, published="1995-06-01")])[0]
    found = {(e.cameo[:2], actor_key(e.source), actor_key(e.target)) for e in article.events if not e.negated}
    assert (root, source, target) in found, found


def test_revenge_is_a_threat_only_when_sworn(analyzer):
    sworn, done = analyzer.run(
        [
            make_article("Россия поклялась отомстить Грузии.", published="2008-08-10"),
            make_article("Боксер отомстил сопернику за поражение.", published="2008-08-10"),
        ]
    )
    assert any(e.cameo.startswith("13") for e in sworn.events)
    assert not done.events

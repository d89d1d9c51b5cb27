"""Constructions of translated wire copy (helper wire3b): a past participle carrying the event, the noun
"отказ" with its refuser in the genitive, a threat aimed at the agent of its condition phrase."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the tagger may call "пригрозившая" a present participle; its suffix -вш- says past: a reported act
        ("Япония, пригрозившая ввести санкции против Мьянмы, в среду отозвала своего посла.", ("13", "JPN", "MMR")),
        ("Ирак, пригрозивший нанести удар по Израилю, привёл армию в боевую готовность.", ("13", "IRQ", "ISR")),
        # a participle clause describing the subject of an accusation or demand is the subject's own act, not its content
        ("Ирак, отвергнувший резолюцию ООН, потребовал от Кувейта выплатить компенсацию.", ("12", "IRQ", "IGO")),
        # "отказ X сделать что-то": X's refusal, its target from what was refused
        ("Отказ Индии вывести свои войска из Шри-Ланки осложнил переговоры.", ("12", "IND", "LKA")),
        # a warning heard ("предупреждение X ... прозвучало") is X's threat, aimed at the target of what it warns of
        ("Предупреждение Китая о возможном применении силы против Тайваня прозвучало в среду.", ("13", "CHN", "TWN")),
        # a refusal's infinitive the parser hangs on the noun: the target is whom the refused act names
        ("Отказ Ирана принять резолюцию Совета Безопасности ООН вызвал критику.", ("12", "IRN", "IGO")),
        # the agent of the act a condition phrase names ("в случае <act> X-ом") is whom a threat is aimed at
        ("Китай пригрозил применить силу в случае провозглашения независимости Тайванем.", ("13", "CHN", "TWN")),
        ("Россия пригрозила ответными мерами в случае размещения Соединёнными Штатами ракет в Польше.",
         ("13", "RUS", "USA")),
    ],
)
def test_wire3b_codes_its_event(code, sentence, expected):
    root, source, target = expected
    found = dyads(code(sentence))
    assert any(r == root and s == source and t == target for r, s, t in found), found


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        # a present participle still names people by what they do, not a reported act
        ("Демонстранты, угрожающие полиции, собрались у парламента.", "13"),
        # a refusal with no refuser named is no event
        ("Отказ в регистрации партии вызвал недовольство.", "12"),
        # a warning of the weather is no threat
        ("Предупреждение синоптиков о сильном ветре прозвучало в понедельник.", "13"),
    ],
)
def test_wire3b_keeps_non_events_out(code, sentence, root):
    assert root not in {r for r, _, _ in dyads(code(sentence))}

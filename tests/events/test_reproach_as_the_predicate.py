"""A reproach that is the sentence's own predicate, its speaker in a closing or framing clause of saying ("«Решение
Израиля незаконно», — сказал министр", "Как заявил министр, ... незаконно"), criticises the subject's agent; on
sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def disapprovals(events):
    return {(e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated and e.cameo.startswith("11")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("«Решение Израиля незаконно», — сказал министр иностранных дел Турции.", ("TUR", "ISR")),
        ("«Действия России являются провокацией», — заявил министр иностранных дел Польши.", ("POL", "RUS")),
        ("Как заявил министр иностранных дел Турции, решение Израиля незаконно.", ("TUR", "ISR")),
        ("«Эти учения НАТО провокационны и безответственны», — подчеркнул глава МИД России.", ("RUS", "IGO")),
        ("«Санкции Евросоюза незаконны», — отметил Дмитрий Песков.", ("RUS", "IGO")),
        ("«Заявления Киева являются ложью», — сказал представитель Кремля.", ("RUS", "UKR")),
    ],
)
def test_a_reproach_with_a_closing_speaker_is_coded(code, text, dyad):
    assert dyad in disapprovals(code(text, published="2015-05-10"))


@pytest.mark.parametrize(
    "text",
    [
        "«Решение Израиля не является незаконным», — сказал министр иностранных дел Турции.",
        "«Решение Израиля законно», — сказал министр иностранных дел Турции.",
        "Решение Израиля незаконно.",
        "«Является ли решение Израиля незаконным?» — спросил журналист.",
    ],
)
def test_no_reproach_without_a_speaker_or_when_denied(code, text):
    assert not disapprovals(code(text, published="2015-05-10"))

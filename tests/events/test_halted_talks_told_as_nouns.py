"""Session 17 (codechoice): talks halted told by a noun of ending or by a delegation pulled out are halted talks
(164, SANCTION), not talks held (046). Sentences written for these tests."""

import pytest

pytestmark = pytest.mark.slow


def codes(events) -> set[tuple[str, str, str]]:
    return {(e.cameo, e.source[:3], (e.target or "---")[:3]) for e in events if not e.negated}


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Иран объявил о прекращении переговоров с Евросоюзом.", "IRN", "IGO"),
        # another noun of ending, another announcing verb
        ("Москва объявила о заморозке переговоров с Токио.", "RUS", "JPN"),
        # a delegation recalled from the talks
        ("Пакистан отозвал свою делегацию с переговоров с Индией.", "PAK", "IND"),
        # the imperfective, a negotiator
        ("Сеул отзывает своих переговорщиков с консультаций с Пхеньяном.", "KOR", "PRK"),
    ],
)
def test_talks_halted_are_no_talks_held(code, text, source, target):
    found = codes(code(text))
    assert ("164", source, target) in found
    assert not any(cameo.startswith("04") for cameo, _, _ in found)


def test_aid_halted_keeps_its_code(code):
    assert ("162", "IGO", "NER") in codes(code("Евросоюз объявил о прекращении помощи Нигеру."))

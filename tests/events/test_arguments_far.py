"""Arguments that sit far from the trigger: a plural pronoun meaning people named by a role noun, a conditional threat
of an international organisation told by its own official. Sentences written for these tests."""

import pytest

from tests.events.conftest import dyads

pytestmark = pytest.mark.slow

ARRESTED = "Полиция Таиланда задержала семерых лидеров оппозиции. "


@pytest.mark.parametrize("charge", [
    "Суд обвинил их в терроризме.",
    "Суд предъявил им обвинения в терроризме.",
])
def test_plural_pronoun_means_people_named_by_a_role_noun(code, charge):
    # "их" is the (plural) leaders, whose actor is the (singular) opposition of their genitive
    events = code(ARRESTED + charge)
    assert any(e.cameo.startswith("11") and e.source.startswith("THA") and e.target == "THAOPP" for e in events)


def test_singular_pronoun_does_not_mean_plural_people(code):
    events = code("Полиция Таиланда задержала семерых лидеров оппозиции. Суд обвинил его в терроризме.")
    assert not any(e.cameo.startswith("11") and e.target == "THAOPP" for e in events)


def test_conditional_sanctions_of_an_organisation_told_by_its_official_are_a_threat(code):
    events = code(
        "Глава дипломатии ЕС Кая Каллас заявила, что Евросоюз введет новые санкции, если Иран не изменит свою позицию."
    )
    assert any(e.cameo.startswith("13") and e.source.startswith("IGOEU") and e.target.startswith("IRN") for e in events)


def test_conditional_sanctions_told_by_another_side_stay_a_condition(code):
    events = code(
        "Министр иностранных дел Ирана заявил, что Евросоюз введет новые санкции, если Иран не изменит свою позицию."
    )
    assert not any(e.cameo.startswith("13") and e.source.startswith("IGOEU") for e in events)
    assert ("13", "IGO", "IRN") not in dyads(events)


@pytest.mark.parametrize("text", [
    "Делегация Китая прибыла в Москву. Глава делегации провел переговоры с министром иностранных дел России.",
    "Делегация Китая прибыла в Москву. Руководитель делегации провел переговоры с министром иностранных дел России.",
    "Делегация Китая прибыла в Москву, где глава делегации провел переговоры с министром иностранных дел России.",
])
def test_head_of_a_bare_body_heads_the_body_named_before(code, text):
    # "делегации" names no owner: it is the Chinese delegation just named, not a body of the story's country
    events = code(text)
    assert ("04", "CHN", "RUS") in dyads(events)
    assert ("04", "RUS", "RUS") not in dyads(events)

"""Session 19 linking faults: armed groups placed by their victims' country, officials of international bodies
whose title names a field, indeclinable owners, shared seats of power, named contingents, heads of named towns.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from letopis.pipeline import make_article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run():
    from letopis.pipeline import default_analyzer

    analyzer = default_analyzer()
    return lambda text: analyzer(make_article(text, published="2012-05-05"))


def events(article) -> set[tuple[str, str | None, str | None]]:
    return {(event.cameo[:2], event.source, event.target) for event in article.events if not event.negated}


def codes(article) -> set[str]:
    return {entity.actor.code for entity in article.entities if entity.actor is not None}


# (1) an armed group named without its country does not take the country of the visitors it attacks
@pytest.mark.parametrize("text, target", [
    ("Боевики обстреляли колонну ООН с непальскими миротворцами.", "NPLMIL"),
    ("В понедельник боевики атаковали лагерь индийских миротворцев, сообщает агентство.", "INDMIL"),
    ("Террористы похитили итальянских туристов.", "ITACVL"),
    ("Итальянские туристы были похищены боевиками.", "ITACVL"),
    ("Лагерь пакистанских миротворцев был обстрелян повстанцами.", "PAKMIL"),
    ("Смертник взорвал себя у здания посольства Франции.", "FRAGOV"),
])
def test_an_armed_group_is_not_of_the_visitors_it_attacks(run, text, target):
    article = run(text)
    found = events(article)
    assert any(event[2] == target for event in found), found
    assert all(event[1] is None for event in found if event[2] == target), found
    assert not any(code[3:] in ("INS", "REB") and code[:3] == target[:3] for code in codes(article))


@pytest.mark.parametrize("text, source", [
    ("Боевики атаковали афганских военных.", "AFGINS"),  # soldiers: mostly the country fought in
    ("Боевики обстреляли колонну с непальскими миротворцами в Дарфуре.", "SDNINS"),  # the place still places them
    ("Боевики напали на британских дипломатов в Судане.", "SDNINS"),
])
def test_an_armed_group_still_takes_the_place_or_the_soldiers_country(run, text, source):
    assert any(event[1] == source for event in events(run(text)))

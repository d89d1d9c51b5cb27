"""Legal markers: the kinds a parenthesis names, and the entity it is attached to."""

from __future__ import annotations

import pytest

from letopis.nlp.legal import label_kinds


@pytest.mark.parametrize(
    ("label", "kinds"),
    [
        ("запрещено в России", ["banned"]),
        ("запрещена в РФ", ["banned"]),
        ("запрещены на территории Российской Федерации", ["banned"]),
        ("деятельность запрещена", ["banned"]),
        ("признан иноагентом", ["foreign_agent"]),
        ("внесен в реестр иностранных агентов", ["foreign_agent"]),
        ("организация признана экстремистской и запрещена в РФ", ["extremist", "banned"]),
        ("признана террористической и запрещена в России", ["terrorist", "banned"]),
        ("признана нежелательной", ["undesirable"]),
        ("ИГ, запрещено в РФ", ["banned"]),
    ],
)
def test_label_kinds(label: str, kinds: list[str]) -> None:
    assert label_kinds(label) == kinds


@pytest.mark.parametrize("content", ["Yousef Ahmadi", "в 2015 году", "ОДКБ", "см. статью о запрете полетов в России в 2015 году"])
def test_other_parentheses_are_not_labels(content: str) -> None:
    assert label_kinds(content) == []


@pytest.mark.slow
def test_seed_taliban_is_banned(seed) -> None:
    (marker,) = seed.markers
    assert marker.kind == "banned"
    assert marker.text == "(запрещено в России)"
    assert seed.text[marker.start: marker.stop] == marker.text
    entity = seed.entity(marker.entity)
    assert entity is not None and "Талибан" in entity.name
    assert "banned" in entity.markers  # the knowledge base may add flags of its own
    assert len(entity.markers) == len(set(entity.markers))


@pytest.mark.slow
def test_each_kind_attaches_to_the_name_before(analyzer) -> None:
    article = analyzer(
        "Власти Сирии сообщили о боях.\n\n"
        "Ответственность взяла группировка «Исламское государство» (признана террористической и запрещена в России). "
        "Фонд борьбы с коррупцией (организация признана экстремистской и запрещена в РФ) опубликовал расследование. "
        "Об этом написал журналист Андрей Захаров (признан иноагентом). "
        "Ранее организация Greenpeace (признана нежелательной) провела акцию."
    )
    kinds = sorted((marker.kind, marker.entity is not None) for marker in article.markers)
    assert [kind for kind, _ in kinds] == ["banned", "banned", "extremist", "foreign_agent", "terrorist", "undesirable"]
    for marker in article.markers:
        assert article.text[marker.start: marker.stop] == marker.text
        assert marker.text.startswith("(") and marker.text.endswith(")")
    by_kind = {marker.kind: article.entity(marker.entity) for marker in article.markers if marker.entity}
    assert "Захаров" in by_kind["foreign_agent"].name
    assert "Исламское государство" in by_kind["terrorist"].name
    assert set(by_kind["terrorist"].markers) == {"terrorist", "banned"}


@pytest.mark.slow
def test_marker_without_entity_is_kept(analyzer) -> None:
    article = analyzer("Заголовок\n\nВ городе задержали сторонников движения (запрещено в России).")
    (marker,) = article.markers
    assert marker.kind == "banned"
    assert marker.entity is None

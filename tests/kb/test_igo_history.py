"""Organisations of 1945-2005 wire copy (igo.tsv, history_movements.tsv, media.tsv): gone or renamed IGOs,
the forces they ran, liberation fronts and the news agencies wire copy quotes link to their codes, and
short names other actors share link to nothing rather than to a wrong one."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from letopis.kb.load import packaged_sources, read_actors
from letopis.kb.normal import normalize
from letopis.pipeline import make_article
from tests.kb.conftest import actor_of

ORGANIZATIONS = Path(__file__).parents[2] / "letopis" / "kb" / "data" / "organizations"


def _rows(name: str) -> list[dict[str, str]]:
    with (ORGANIZATIONS / name).open(encoding="utf-8") as stream:
        lines = [line for line in stream if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_igo_forces_are_their_igo_with_role_mil():
    rows = [row for row in _rows("igo.tsv") if row["type"] == "igo"]
    igo_codes = {row["code"] for row in rows}
    forces = [row for row in rows if row["code"].endswith("MIL")]
    assert len(forces) >= 10
    for row in forces:
        assert row["code"] == row["country"] + "MIL" and row["country"] in igo_codes, row


def test_new_short_names_belong_to_one_actor():
    """An abbreviation shared with another actor (ОВД, СПС, ОАК, КОД) would take its mentions."""
    owners: dict[str, set[str]] = {}
    for source in packaged_sources():
        for actor in read_actors(source).values():
            for name in [actor.name, *actor.names]:
                owners.setdefault(normalize(name), set()).add(actor.id)
    for short in ("оае", "сбсе", "еэс", "сэв", "гатт", "эковас", "экомог", "садк", "юнита", "ина", "чтк", "аок"):
        assert len(owners[short]) == 1, (short, owners[short])
    for common in ("овд", "спс", "оак", "код", "петра", "содружество"):
        assert not (owners.get(common, set()) & {"igo_warsaw_pact", "igo_sfor", "rcd", "kla", "petra_jordan"}), common


@pytest.mark.parametrize(
    ("text", "mention", "published", "code"),
    [
        ("Лидеры ОАЕ собрались на саммит в Аддис-Абебе.", "ОАЕ", "1990-05-10", "IGOOAU"),
        ("Министры иностранных дел стран СБСЕ встретились в Хельсинки.", "СБСЕ", "1992-07-09", "IGOOSCE"),
        ("ЕЭС предоставило Польше кредит в размере 500 миллионов долларов.", "ЕЭС", "1990-05-10", "IGOEU"),
        ("Страны Варшавского договора провели учения в Чехословакии.", "Варшавского договора", "1984-09-01", "IGOWP"),
        ("Совет экономической взаимопомощи утвердил новую программу.", "Совет экономической взаимопомощи",
         "1988-03-01", "IGOCOMECON"),
        ("Переговоры в рамках ГАТТ зашли в тупик.", "ГАТТ", "1990-12-07", "IGOGATT"),
        ("Лидеры ЭКОВАС потребовали от повстанцев сложить оружие.", "ЭКОВАС", "1990-08-07", "IGOECOWAS"),
        ("Генеральный секретарь Содружества наций призвал Зимбабве провести выборы.", "Содружества наций",
         "2002-03-01", "IGOCWN"),
        ("Иракское информационное агентство ИНА сообщило, что Багдад отверг требования.", "ИНА", "1998-11-01",
         "IRQMED"),
        ("Как сообщило агентство МЕНА, Египет отозвал своего посла.", "МЕНА", "1982-06-08", "EGYMED"),
    ],
)
def test_organisations_of_the_period_link_to_their_codes(link, text, mention, published, code):
    actor = actor_of(link(text, published), mention)
    assert actor is not None and actor.code == code, actor


def test_movements_and_agencies_are_coded_by_date(link):
    sentence = "Агентство Танюг сообщило, что в Белграде прошли переговоры."
    assert actor_of(link(sentence, "1990-05-10"), "Агентство Танюг").code == "YUGMED"
    assert actor_of(link(sentence, "1999-05-10"), "Агентство Танюг").code == "SRBMED"
    sentence = "Представители ЮНИТА прибыли в Луанду на переговоры."
    assert actor_of(link(sentence, "1994-11-01"), "ЮНИТА").code == "AGOREB"
    assert actor_of(link(sentence, "2008-09-01"), "ЮНИТА").code == "AGOOPP"


def test_commonwealth_alone_links_to_nothing(link):
    """"Содружество" alone is the Commonwealth, or in Russian news the CIS: no country of either."""
    article = link("Генеральный секретарь Содружества заявил, что Австралия поддерживает санкции.", "1995-05-10")
    actor = actor_of(article, "Содружества")
    assert actor is None or actor.code == "---", actor


def test_an_igo_of_the_period_is_an_event_argument(analyzer):
    article = analyzer.run([make_article("Лидеры ОАЕ осудили нападение ЮНИТА на город Куито.", published="1993-02-10")])[0]
    assert [(e.plover, e.source, e.target) for e in article.events] == [("ACCUSE", "IGOOAU", "AGOREB")]


def test_congress_alone_is_the_party_of_an_indian_article_and_the_us_congress_elsewhere(link):
    article = link("Партия Конгресс победила на выборах в Индии. Конгресс сформирует правительство в Нью-Дели.",
                   "1991-07-01")
    assert actor_of(article, "Конгресс").code == "INDGOV"
    article = link("Конгресс одобрил выделение помощи Израилю, сообщили в Вашингтоне.", "1991-07-01")
    assert actor_of(article, "Конгресс").code == "USALEG"
    article = link("Лидер партии Конгресс выступил в Индии против правительства.", "1999-07-01")
    assert [entity.actor.code for entity in article.entities
            if any("Конгресс" in mention.text for mention in entity.mentions)] == ["INDOPP"]

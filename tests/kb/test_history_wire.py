"""persons/history_wire.tsv and the movements added with it: the political actors of 1975-2005 wire news
link in bare undated sentences by the names Russian translators write, and keep their namesakes apart."""

from __future__ import annotations

from datetime import date

import pytest

from letopis.kb import load_kb
from letopis.pipeline import make_article


@pytest.fixture(scope="module")
def kb():
    return load_kb([])


def linked_code(analyzer, text: str, name: str, published: str | None = None) -> str | None:
    article = analyzer.run([make_article(text, published=published)])[0]
    start = text.index(name)
    for entity in article.entities:
        if any(m.start <= start < m.stop for m in entity.mentions):
            return entity.actor.code if entity.actor else None
    return None


@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        ("Джохар Дудаев заявил, что не подпишет соглашение с Москвой.", "Джохар Дудаев", "RUSREB"),
        ("Джерри Адамс встретился с премьер-министром Ирландии.", "Джерри Адамс", "GBROPP"),
        ("Шинн Фейн осудила взрыв в Белфасте.", "Шинн Фейн", "GBROPP"),
        ("Лоран Кабила обвинил Руанду в агрессии.", "Лоран Кабила", "CODGOV"),
        ("Хасан ат-Тураби призвал к диалогу с оппозицией.", "Хасан ат-Тураби", "SDNOPP"),
        ("Пол Китинг прибыл в Джакарту с визитом.", "Пол Китинг", "AUSGOV"),
    ],
)
def test_wire_actors_link_undated(analyzer, sentence, name, code):
    assert linked_code(analyzer, sentence, name) == code


def test_roles_follow_the_date(kb):
    assert kb.code_on("maskhadov_aslan", date(1995, 6, 1)) == "RUSREB"
    assert kb.code_on("qurei_ahmed", date(2000, 1, 1)) == "PSELEG"
    assert kb.code_on("qurei_ahmed", date(2004, 1, 1)) == "PSEGOV"
    assert kb.code_on("rugova_ibrahim", date(1995, 1, 1)) == "SRBOPP"
    assert kb.code_on("rugova_ibrahim", date(2004, 1, 1)) == "XKXGOV"


def test_spelling_variants_reach_the_actors_already_known(kb):
    for name, actor_id in (
        ("Джеймс Каллаген", "callaghan_james"),
        ("Джон Ховард", "howard_john"),
        ("Ро Му Хён", "roh_moo_hyun"),
        ("Фронт исламского спасения", "fis"),
        ("Фронт национального освобождения Моро", "mnlf"),
    ):
        assert [actor.id for actor in kb.search(name)] == [actor_id], name


def test_a_modern_businessman_keeps_his_own_name(analyzer):
    # "Александр Лебедев" must not reach the 1990s general Александр Лебедь by an inflected form (so he is left out)
    text = "Суд вынес приговор бизнесмену Александру Лебедеву."
    article = analyzer.run([make_article(text, published="2013-06-29")])[0]
    ids = [e.actor.id for e in article.entities if e.actor]
    assert not any(actor_id.startswith("lebed") for actor_id in ids), ids

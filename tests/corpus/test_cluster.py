"""Analysis on a Dask LocalCluster stores the same rows as the local run."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from letopis.corpus import schema as s
from letopis.corpus.ingest import ingest
from letopis.corpus.store import Store
from tests.corpus.test_ingest import write_corpus


def rows(store):
    with store.engine.connect() as connection:
        articles = connection.execute(select(s.articles.c.name, s.articles.c.content_hash, s.articles.c.analysis)
                                      .order_by(s.articles.c.name)).all()
        events = connection.execute(
            select(s.articles.c.name, s.events.c.cameo, s.events.c.source, s.events.c.target, s.events.c.evidence)
            .join(s.articles, s.articles.c.id == s.events.c.article_id)
            .order_by(s.articles.c.name, s.events.c.position)).all()
        entities = connection.execute(
            select(s.articles.c.name, s.entities.c.key, s.entities.c.name, s.entities.c.actor_code)
            .join(s.articles, s.articles.c.id == s.entities.c.article_id)
            .order_by(s.articles.c.name, s.entities.c.key)).all()
    return [tuple(row) for row in articles], [tuple(row) for row in events], [tuple(row) for row in entities]


@pytest.mark.slow
def test_dask_cluster_stores_the_same_rows_as_a_local_run(tmp_path, analyzer):
    from distributed import Client, LocalCluster

    corpus = write_corpus(tmp_path / "in")
    local = Store.open(f"sqlite:///{tmp_path / 'local.db'}")
    ingest([str(corpus)], local, analyzer=analyzer, batch_size=1, published="2021-07-05")
    distributed = Store.open(f"sqlite:///{tmp_path / 'dask.db'}")
    # threads, not processes: two workers without two more interpreters loading the models
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        summary = ingest([str(corpus)], distributed, scheduler=client, batch_size=1, published="2021-07-05")
        loaded = client.run(lambda dask_worker: hasattr(dask_worker, "letopis_analyzer"))
    assert summary.stored == 3
    assert rows(distributed) == rows(local)
    assert rows(local)[1], "no events to compare"
    assert sum(loaded.values()) >= 1  # the workers keep their Analyzer for the next batch

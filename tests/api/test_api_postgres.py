"""The API on PostgreSQL: the queries whose SQL differs by backend (search, text filters, dates, aggregates)."""

from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.slow

DATABASE = "letopis_api_test"  # its own database: the corpus tests reset the schema of theirs


def fresh_database(server_url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{DATABASE}"'))
    admin.dispose()
    return url.set(database=DATABASE).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def pg_client(tmp_path_factory, analyzer, corpus_builder):
    from fastapi.testclient import TestClient

    from letopis.api import create_app

    server = os.environ.get("LETOPIS_TEST_PG_URL")
    if not server:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but LETOPIS_TEST_PG_URL is not set: source .ci/postgres.sh")
        pytest.skip("LETOPIS_TEST_PG_URL is not set (source .ci/postgres.sh to start a test server)")
    url = corpus_builder.build_store(tmp_path_factory.mktemp("api-pg"), analyzer, url=fresh_database(server),
                                     names=corpus_builder.ARTICLES[:6])
    with TestClient(create_app(url, analyzer=analyzer)) as client:
        yield client


def get(client, url: str, **params):
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_events_filters_on_postgres(pg_client):
    assert get(pg_client, "/api/health")["backend"] == "postgresql"
    everything = get(pg_client, "/api/events", limit=200)
    assert everything["total"] > 5
    by_actor = get(pg_client, "/api/events", actor="RUSGOV", limit=200)
    assert 0 < by_actor["total"] < everything["total"]
    assert all("RUSGOV" in (item["source"], item["target"]) for item in by_actor["items"])
    assert get(pg_client, "/api/events", country="RUS")["total"] >= by_actor["total"]
    found = get(pg_client, "/api/events", q="Таджикистан", limit=200)
    assert found["total"] > 0
    assert get(pg_client, "/api/events", q="таджикистану", limit=200)["items"] == found["items"]  # by lemma
    july = get(pg_client, "/api/events", since="2021-07-05", until="2021-07-05", limit=200)
    assert july["total"] > 0 and all(item["date"].startswith("2021-07") for item in july["items"])
    dates = [item["date"] for item in get(pg_client, "/api/events", sort="date", since="1900-01-01", limit=200)["items"]]
    assert dates == sorted(dates)
    assert pg_client.get("/api/events", params={"q": "'; DROP TABLE events; --"}).json()["total"] == 0
    assert pg_client.get("/api/events", params={"root": "77"}).status_code == 400


def test_search_and_article_on_postgres(pg_client):
    found = get(pg_client, "/api/articles", q="граница")
    seed = next(item for item in found["items"] if item["url"] == "https://example.org/seed")
    assert get(pg_client, "/api/articles", q="зюзюкалка")["total"] == 0
    assert get(pg_client, "/api/articles", q="a & b | !c:*")["total"] >= 0  # tsquery operators are quoted
    data = get(pg_client, f"/api/articles/{seed['id']}", tokens="false")
    assert data["article"]["id"] == "seed" and data["article"]["events"]
    assert all(item["id"] != seed["id"] for item in data["related"])


def test_aggregates_and_actor_on_postgres(pg_client):
    days = get(pg_client, "/api/aggregates/timeline")
    assert days and sum(day["total"] for day in days) == get(pg_client, "/api/events", since="1900-01-01")["total"]
    dyads = get(pg_client, "/api/aggregates/dyads", limit=5)
    top = dyads[0]
    assert get(pg_client, "/api/events", source=top["source"], target=top["target"])["total"] == top["events"]
    actor = get(pg_client, "/api/actors/RUSGOV")
    assert actor["events"] == get(pg_client, "/api/events", actor="RUSGOV")["total"] and actor["partners"]
    assert get(pg_client, "/api/stories")["total"] >= 1

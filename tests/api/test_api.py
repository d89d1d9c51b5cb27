"""The REST API through HTTP on a store filled by the real ingest (tests/api/corpus_fixture.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def events(client, **params) -> dict:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_health_and_openapi(client):
    health = client.get("/api/health").json()
    assert health["store"] is True and health["allow_write"] is False
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/articles", "/api/articles/{article_id}", "/api/actors/{code}",
                 "/api/stories", "/api/aggregates/timeline", "/api/aggregates/dyads", "/api/analyze"):
        assert path in spec["paths"], path
    assert "EventOut" in spec["components"]["schemas"]


def test_events_page_and_paging(client):
    first = events(client, limit=5, sort="id")
    assert first["total"] >= 20 and len(first["items"]) == 5
    second = events(client, limit=5, offset=5, sort="id")
    ids = [int(item["id"]) for item in first["items"] + second["items"]]
    assert ids == sorted(ids) and len(set(ids)) == 10
    item = first["items"][0]
    assert item["cameo"].startswith(item["root"]) and item["article_id"]


def test_events_filters(client):
    everything = events(client, limit=200)["total"]
    by_actor = events(client, actor="RUSGOV", limit=200)
    assert 0 < by_actor["total"] < everything
    assert all("RUSGOV" in (item["source"], item["target"]) for item in by_actor["items"])
    by_country = events(client, country="rus", limit=200)
    assert by_country["total"] >= by_actor["total"]
    assert all((item["source"] or "").startswith("RUS") or (item["target"] or "").startswith("RUS")
               for item in by_country["items"])
    root = by_actor["items"][0]["root"]
    assert all(item["root"] == root for item in events(client, root=root, limit=200)["items"])
    assert all(item["cameo"].startswith(root) for item in events(client, cameo=root, limit=200)["items"])
    for quad in ("1", "4"):
        assert all(item["quad_class"] == int(quad) for item in events(client, quad=quad, limit=200)["items"])
    plover = next(item["plover"] for item in by_actor["items"] if item["plover"])
    assert all(item["plover"] == plover for item in events(client, plover=plover.lower(), limit=200)["items"])
    july = events(client, since="2021-07-05", until="2021-07-05", limit=200)
    assert july["total"] > 0 and all(item["date"].startswith("2021-07") for item in july["items"])


def test_events_text_and_sort(client):
    found = events(client, q="таджикистан", limit=200)  # Cyrillic case folding on SQLite too
    assert found["total"] > 0
    assert all("таджикистан" in (item["evidence"] + (item["source_name"] or "") + (item["target_name"] or "")).lower()
               for item in found["items"])
    # by lemma: any form of the word finds the same events
    assert events(client, q="Таджикистану", limit=200)["items"] == found["items"]
    assert events(client, q="таджикистан зюзюкалка")["total"] == 0  # every word must be there
    scores = [item["goldstein"] for item in events(client, sort="-goldstein", limit=200)["items"]
              if item["goldstein"] is not None]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("params, fragment", [
    ({"limit": 1000}, "limit"),
    ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"root": "99"}, "root"),
    ({"root": "x1"}, "root"),
    ({"cameo": "abc"}, "cameo"),
    ({"quad": "7"}, "quad"),
    ({"quad": "one"}, "quad"),
    ({"since": "2021-13-01"}, "since"),
    ({"since": "2021-07-10", "until": "2021-07-01"}, "after"),
    ({"sort": "evidence; DROP TABLE events"}, "sort"),
    ({"actor": "<script>"}, "actor"),
    ({"country": "RU"}, "country"),
    ({"plover": "a b"}, "plover"),
    ({"q": "x" * 500}, "q"),
])
def test_bad_event_parameters_are_400_with_a_message(client, params, fragment):
    response = client.get("/api/events", params=params)
    assert response.status_code == 400
    assert fragment in response.json()["error"]


@pytest.mark.parametrize("url, status", [
    ("/api/articles/999999", 404), ("/api/articles/abc", 400), ("/api/stories/999999", 404),
    ("/api/actors/ZZZZZZ", 404), ("/api/actors/%3Cscript%3E", 400), ("/api/aggregates/dyads?limit=100000", 400),
    ("/api/articles?since=yesterday", 400), ("/api/nothing", 404),
])
def test_errors_are_json(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert isinstance(response.json()["error"], str) and response.json()["error"]


def test_sql_goes_through_parameters(client):
    before = events(client)["total"]
    hostile = "'; DROP TABLE events; --"
    assert events(client, q=hostile)["total"] == 0
    assert client.get("/api/articles", params={"q": hostile}).status_code == 200
    assert client.get("/api/actors", params={"q": "%' OR 1=1 --"}).json() == []
    assert events(client)["total"] == before


def test_article_with_its_analysis_and_related(client):
    listing = client.get("/api/articles", params={"limit": 200}).json()
    seed = next(item for item in listing["items"] if item["url"] == "https://example.org/seed")
    data = client.get(f"/api/articles/{seed['id']}").json()
    article = data["article"]
    assert article["id"] == "seed" and article["events"] and article["entities"] and article["quotes"]
    for entity in article["entities"]:
        for mention in entity["mentions"]:
            assert article["text"][mention["start"]:mention["stop"]] == mention["text"]
    for event in article["events"]:
        for mention in event["mentions"]:
            assert article["text"][mention["trigger_start"]:mention["trigger_stop"]] == mention["trigger"]
    assert any(sentence["tokens"] for sentence in article["sentences"])
    light = client.get(f"/api/articles/{seed['id']}", params={"tokens": "false"}).json()["article"]
    assert not any("tokens" in sentence for sentence in light["sentences"]) and light["events"] == article["events"]
    assert data["related"] and all(item["id"] != seed["id"] for item in data["related"])
    by_article = events(client, article=seed["id"], limit=200)
    assert by_article["total"] == len(article["events"])
    assert sorted(item["position"] for item in by_article["items"]) == list(range(len(article["events"])))


def test_article_search_understands_morphology(client):
    # the seed says "на таджикско-афганской границе"; the query names the lemma
    found = client.get("/api/articles", params={"q": "граница"}).json()
    assert any(item["url"] == "https://example.org/seed" for item in found["items"])
    assert client.get("/api/articles", params={"q": "пограничниками"}).json()["total"] >= 0
    nothing = client.get("/api/articles", params={"q": "зюзюкалка"}).json()
    assert nothing["total"] == 0 and nothing["items"] == []


def test_actors(client):
    found = client.get("/api/actors", params={"q": "RUS"}).json()
    assert found and all(actor["code"].startswith("RUS") or "рус" in (actor["name"] or "").lower() for actor in found)
    actor = client.get("/api/actors/rusgov").json()
    assert actor["code"] == "RUSGOV" and 0 < actor["events"] <= actor["as_source"] + actor["as_target"]
    assert actor["events"] == events(client, actor="RUSGOV")["total"]
    assert actor["kb"] and all(any(role["code"] == "RUSGOV" for role in holder["roles"]) for holder in actor["kb"])
    assert actor["partners"] and all(partner["code"] != "RUSGOV" for partner in actor["partners"])
    top = actor["partners"][0]
    pair = events(client, source="RUSGOV", target=top["code"])["total"] + events(
        client, source=top["code"], target="RUSGOV")["total"]
    assert pair == top["events"]
    assert sum(day["total"] for day in actor["timeline"]) <= actor["events"]


def test_aggregates(client):
    days = client.get("/api/aggregates/timeline").json()
    assert days and [day["day"] for day in days] == sorted(day["day"] for day in days)
    for day in days:
        assert day["total"] == sum(day["by_quad"].values())
    dated = events(client, since="1900-01-01")["total"]
    assert sum(day["total"] for day in days) == dated
    one = days[-1]["day"]
    assert events(client, since=one, until=one)["total"] == days[-1]["total"]
    dyads = client.get("/api/aggregates/dyads", params={"limit": 10}).json()
    assert dyads and dyads[0]["events"] >= dyads[-1]["events"]
    top = dyads[0]
    assert events(client, source=top["source"], target=top["target"])["total"] == top["events"]
    filtered = client.get("/api/aggregates/dyads", params={"actor": "RUSGOV"}).json()
    assert all("RUSGOV" in (dyad["source"], dyad["target"]) for dyad in filtered)


def test_stories(client):
    page = client.get("/api/stories", params={"limit": 100}).json()
    assert page["total"] >= 1
    story = client.get(f"/api/stories/{page['items'][0]['id']}").json()
    assert len(story["members"]) == story["articles"]


def test_analyze_does_not_write_by_default(client):
    count = client.get("/api/articles").json()["total"]
    text = "Лавров провёл переговоры с Мухриддином\n\nМинистр иностранных дел России Сергей Лавров провёл переговоры в Москве."
    response = client.post("/api/analyze", json={"text": text, "published": "2021-07-05"})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["stored"] is False and data["article"]["text"] == text and data["article"]["entities"]
    assert client.get("/api/articles").json()["total"] == count


@pytest.mark.parametrize("body, status, fragment", [
    ({"text": ""}, 400, "text"),
    ({}, 400, "text"),
    ({"text": "Текст", "published": "5 июля"}, 400, "published"),
    ({"text": "Hello world, this is plain English news."}, 400, "Russian"),
    ({"text": "я" * 200_001}, 400, "text"),
])
def test_analyze_bad_input(client, body, status, fragment):
    response = client.post("/api/analyze", json=body)
    assert response.status_code == status
    assert fragment in response.json()["error"]


def test_analyze_limits_and_bad_json(client):
    too_big = client.post("/api/analyze", content=b"{" + b" " * 3_000_000 + b"}",
                          headers={"content-type": "application/json"})
    assert too_big.status_code == 413 and "limit" in too_big.json()["error"]
    broken = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert broken.status_code == 400 and broken.json()["error"]


def test_analyze_writes_with_allow_write(tmp_path, analyzer):
    from fastapi.testclient import TestClient

    from letopis.api import create_app

    text = "Путин провёл переговоры с Рахмоном\n\nПрезидент России Владимир Путин провёл переговоры с президентом Таджикистана."
    with TestClient(create_app(f"sqlite:///{tmp_path / 'w.db'}", allow_write=True, analyzer=analyzer)) as writer:
        first = writer.post("/api/analyze", json={"text": text, "published": "2021-07-05"}).json()
        assert first["stored"] is True
        again = writer.post("/api/analyze", json={"text": text, "published": "2021-07-05"}).json()
        assert again["stored_id"] == first["stored_id"]  # the same text is stored once
        stored = writer.get(f"/api/articles/{first['stored_id']}").json()["article"]
        assert stored["text"] == text
        assert writer.get("/api/articles").json()["total"] == 1


def test_dashboard_is_served_offline(client):
    page = client.get("/")
    assert page.status_code == 200 and "Летопись" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/charts.js", "/static/app.css"):
        body = client.get(asset)
        assert body.status_code == 200
        assert "http://" not in body.text.replace("http://www.w3.org/2000/svg", "") and "https://" not in body.text

"""The dashboard in real headless Chromium (Debian's package, driven by Playwright): screenshots in artifacts/."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
# the system browser, offline and quiet; never `playwright install`, which downloads
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
READY = "body[data-ready]:not([data-ready=''])"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_url, analyzer):
    import uvicorn

    from letopis.api import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(corpus_url, analyzer=analyzer), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(200):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server, tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("no system chromium (.ci/browser.sh installs it)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="ru-RU")
        tab = context.new_page()
        tab.errors = []
        tab.on("pageerror", lambda error: tab.errors.append(str(error)))
        yield tab
        context.close()
        browser.close()


def open_view(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(READY, timeout=20000)


def follow(page, action) -> None:
    """Run a click or submit that changes the route, and wait for the new view."""
    page.evaluate("document.body.dataset.ready = ''")
    action()
    page.wait_for_selector(READY, timeout=20000)


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"dashboard-{name}.png"))


def test_events_table_and_actor_filter(page, server):
    open_view(page, server + "/")
    assert page.locator("table.events tbody tr").count() > 5
    assert page.locator("#timeline svg .bar").count() > 0
    shot(page, "events")
    follow(page, lambda: (page.fill("input[name=actor]", "RUSGOV"), page.press("input[name=actor]", "Enter")))
    assert "actor=RUSGOV" in page.url
    rows = page.locator("table.events tbody tr")
    assert rows.count() > 0
    for index in range(rows.count()):
        source, target = rows.nth(index).locator("td").nth(1).inner_text(), rows.nth(index).locator("td").nth(3).inner_text()
        assert "RUSGOV" in source or "RUSGOV" in target
    shot(page, "events-rusgov")
    # a click on a timeline bar narrows the period
    follow(page, lambda: page.locator("#timeline svg .bar").last.click())
    assert "since=" in page.url and "until=" in page.url and "actor=RUSGOV" in page.url
    assert page.locator("table.events tbody tr").count() > 0
    assert not page.errors


def test_article_view_shows_highlighted_evidence(page, server):
    open_view(page, server + "/#/events?actor=RUSGOV&sort=-date")
    follow(page, lambda: page.locator("table.events tbody tr td:last-child a").first.click())
    assert "#/article/" in page.url
    page.wait_for_selector(".article-text .ev")  # the event chosen in the table, its sentence marked
    text = page.locator(".article-text")
    assert text.locator(".ent").count() > 0 and text.locator(".trg").count() > 0
    assert page.locator(".event-card.selected blockquote").count() >= 1
    marked = "".join("".join(text.locator(".ev").all_inner_texts()).split())
    evidence = "".join(page.locator(".event-card.selected blockquote").first.inner_text().split())
    assert marked.startswith(evidence[:20]) and evidence in marked  # the sentence marked, from its start
    assert page.locator("section.related li a").count() > 0  # Читайте также
    shot(page, "article")
    # another event's button moves the mark
    cards = page.locator(".event-card")
    if cards.count() > 1:
        cards.nth(1).locator("button").click()
        assert "selected" in (cards.nth(1).get_attribute("class") or "")
    assert not page.errors


def test_injected_script_is_shown_as_text(page, server):
    open_view(page, server + "/#/articles")
    link = page.locator("a", has_text="<script>").first
    follow(page, lambda: link.click())
    title = page.locator("main h1").inner_text()
    assert "<script>window.__letopis_injected = 1</script>" in title
    assert "<img src=x" in page.locator(".article-text").inner_text()
    assert page.locator("main script, main img").count() == 0
    assert page.evaluate("window.__letopis_injected") is None
    shot(page, "injected")
    open_view(page, server + "/#/events")  # the title also sits in the events table
    assert page.evaluate("window.__letopis_injected") is None


def test_network_view(page, server):
    open_view(page, server + "/")
    follow(page, lambda: page.click("nav a[data-view=network]"))
    nodes = page.locator("#graph svg .node")
    assert nodes.count() >= 3 and page.locator("#graph svg .edge").count() >= 2
    assert page.locator("#graph svg .node[data-code=RUSGOV]").count() == 1
    shot(page, "network")
    page.locator("#graph svg .node[data-code=RUSGOV]").focus()
    follow(page, lambda: page.keyboard.press("Enter"))  # nodes work from the keyboard
    assert page.url.endswith("#/actor/RUSGOV")
    assert page.locator("main h1").inner_text().startswith("RUSGOV")
    shot(page, "actor")
    assert not page.errors


def test_analyse_page(page, server):
    open_view(page, server + "/#/analyze")
    page.fill("#analyze-text", "Путин провёл переговоры с Рахмоном\n\nПрезидент России Владимир Путин 5 июля провёл "
              "телефонные переговоры с президентом Таджикистана Эмомали Рахмоном. Стороны обсудили ситуацию на границе.")
    page.fill("input[name=published]", "2021-07-05")
    page.click("form button[type=submit]")
    page.wait_for_selector("#analysis .article-text", timeout=60000)
    assert page.locator("#analysis .article-text .ent").count() >= 3
    assert "Готово" in page.locator("[role=status]").inner_text()
    shot(page, "analyze")
    assert not page.errors

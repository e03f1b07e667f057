"""Every page in real headless Chromium (Debian's package, driven by Playwright): load each page, click
a quote and a dispute edge, and save a screenshot of each. Screenshots go to a temporary folder, or to
``docs/screenshots/`` for the README when ``FAULTLINES_SCREENSHOTS=1`` (``make screenshots``), so a test
run leaves the tracked files alone."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

SHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("FAULTLINES_SCREENSHOTS") == "1"
    else Path(tempfile.gettempdir()) / "faultlines-screenshots"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(
        "no Chromium on this machine (apt-get install chromium; `make test` installs it as root): browser tests skipped"
    )


@pytest.fixture(scope="module")
def page(server):
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed: browser tests skipped"
    )
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.errors = errors
        yield page
        browser.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


@pytest.mark.parametrize(
    ("path", "name", "expect"),
    [
        ("/", "overview", "Top speakers"),
        ("/documents", "documents", "Documents"),
        ("/actors/ines-darrow", "actor", "Quotes over time"),
        ("/timeline", "timeline", "Disputes by month"),
        ("/quotes?speaker=ines-darrow", "quotes", "Ines Darrow"),
        ("/actors", None, "Actors"),
        ("/docs", None, "/api/analyze"),
    ],
)
def test_browser_loads_every_page(page, server, path, name, expect):
    answer = page.goto(server + path)
    assert answer.status == 200
    assert expect in page.content()
    if name:
        _shot(page, name)
    assert page.errors == []


def test_browser_click_on_a_quote_shows_its_speaker(page, server):
    page.goto(server + "/documents/demo-01-velsbury-dock-strike")
    detail = page.locator("#detail")
    assert detail.is_hidden()
    page.locator('mark.q[data-speaker="Ines Darrow"]').first.click()
    assert detail.is_visible()
    assert detail.locator('[data-field="speaker"]').inner_text() == "Ines Darrow"
    assert page.locator("mark.active").count() >= 1
    _shot(page, "document")
    assert page.errors == []


def test_browser_click_on_a_dispute_edge_shows_the_evidence(page, server):
    page.goto(server + "/disputes")
    edge = page.locator(".edge.dispute").first
    evidence = page.locator(".history:visible")
    assert evidence.count() == 0
    edge.click()
    assert evidence.count() >= 1 and evidence.first.locator("q").count() >= 1
    _shot(page, "disputes")
    assert page.errors == []


def test_browser_paste_box_shows_the_analysed_article(page, server):
    page.goto(server + "/")
    page.fill("textarea[name=text]", '"We will rebuild the pier by spring," Mayor Ola Berg said on Monday.')
    page.click("form.paste button")
    page.wait_for_selector("#article")
    assert page.locator('mark.q[data-speaker="Ola Berg"]').count() >= 1
    assert "pasted, not stored" in page.content()
    assert page.errors == []


def test_browser_escaped_article_runs_no_script(page, server):
    from tests.web.conftest import ESCAPE_PATH

    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + ESCAPE_PATH)
    assert "<script>alert(1)</script>" in page.locator("#article").inner_text()
    assert dialogs == []

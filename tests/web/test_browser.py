"""The journeys councillors and officers take, in a real browser (Debian's chromium via Playwright).

The app is served by waitress on a free 127.0.0.1 port over the shared test index
(tests/conftest_web.py). Every page visited leaves a screenshot in tests/screenshots/.
Without /usr/bin/chromium these tests skip, except under CI=true, where they fail.
"""
from __future__ import annotations

import csv
import os
import threading
from pathlib import Path

import pytest
from conftest_web import MARCH_MEETING, SCRIPT, SCRIPT_MEETING, make_app, web_index

from indexer.store import CSV_FIELDS

playwright_api = pytest.importorskip("playwright.sync_api")
expect, sync_playwright = playwright_api.expect, playwright_api.sync_playwright

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
QUESTION = "What was the vote on the transport policy?"
CITE_13_8 = "Norfolk County Council, Adult Social Care Committee, 6 March 2017, paragraph 13.8"
VOTE_13_8 = "9 for, 2 against, 4 abstentions"
TARGET_BACKGROUND = "rgb(255, 246, 204)"  # --target in minutebook.css


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is not installed (apt-get install chromium); the browser journeys need it"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """Base URL of the app served by waitress in a background thread."""
    require_chromium()
    from waitress.server import create_server

    index = web_index(tmp_path_factory)
    srv = create_server(make_app(index), host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{srv.effective_port}", "script_doc": index["script_doc"]}
    srv.task_dispatcher.shutdown()
    srv.close()


@pytest.fixture(scope="module")
def browser():
    require_chromium()

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    """A fresh desktop-sized tab that records dialogs and console errors; both must stay empty."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB",
                                  accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server["url"])
    tab = context.new_page()
    tab.dialogs, tab.errors = [], []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    assert tab.dialogs == [] and tab.errors == []
    context.close()


def shot(page, name: str, full_page: bool = True) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_ask_a_question_and_follow_the_citation_to_the_paragraph(page, server):
    page.goto(server["url"] + "/")
    shot(page, "01-home")
    page.get_by_label("Question or search words").fill(QUESTION)
    page.keyboard.press("Enter")
    expect(page.locator(".hit").first).to_be_visible()  # the passages come with the page
    card = page.locator(".answer-card:not(.loading)")  # the answer card is fetched into it
    card.wait_for()
    assert page.locator("#answer-slot").get_attribute("aria-busy") == "false"
    assert "q=What+was+the+vote" in page.url
    assert card.locator("mark").count() == 1
    link = card.locator(".answer-cite a")
    assert link.inner_text() == CITE_13_8
    shot(page, "02-search-answer")
    link.click()
    page.wait_for_url("**/documents/*#p*")
    anchor = page.url.rsplit("#", 1)[1]
    target = page.locator(":target")
    assert target.get_attribute("id") == anchor
    assert "With 9 votes in favour, 2 votes against and 4 abstentions" in target.inner_text()
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") == TARGET_BACKGROUND
    assert target.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
    shot(page, "03-document-cited-paragraph", full_page=False)
    button = target.locator("button.copy-link")
    button.click()
    expect(button).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == page.url


def test_filter_the_decisions_register_and_download_the_csv(page, server):
    page.goto(server["url"] + "/decisions")
    page.get_by_label("Committee").select_option("Adult Social Care Committee")
    page.get_by_label("Since").fill("2017-03-06")
    page.get_by_label("Until").fill("2017-03-06")
    page.get_by_label("Verb").select_option("AGREED")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/decisions?*verb=AGREED*")
    rows = page.locator("table.register tbody tr")
    assert rows.count() >= 2
    assert VOTE_13_8 in rows.filter(has_text="With 9 votes in favour").inner_text()
    shot(page, "04-decisions-filtered")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    download = info.value
    assert download.suggested_filename == "decisions.csv"
    with open(download.path(), newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    assert table[0] == CSV_FIELDS
    row = next(r for r in (dict(zip(table[0], x)) for x in table[1:]) if r["paragraph"] == "13.8")
    assert (row["verbs"], row["votes_for"], row["votes_against"], row["votes_abstain"]) == ("AGREED", "9", "2", "4")
    assert {r[1] for r in table[1:]} == {"2017-03-06"} and len(table) - 1 == rows.count()


def test_open_a_meeting_and_see_the_vote(page, server):
    page.goto(server["url"] + "/meetings")
    shot(page, "05-meetings")
    page.get_by_role("link", name="6 March 2017").click()
    page.wait_for_url(f"**/meetings/{MARCH_MEETING}")
    item = page.locator("section.item", has_text="Transport Update")
    assert f"Vote: {VOTE_13_8} (carried)" in item.inner_text()
    assert "Mr B Borrett" in page.locator("#attendance-h + .columns").inner_text()
    shot(page, "06-meeting-6-march-2017")


def test_open_a_figure_trail_and_its_chart(page, server):
    page.goto(server["url"] + "/figures")
    page.get_by_role("link", name="Total Net Expenditure", exact=True).click()
    page.wait_for_url("**/figures/trail?label=Total+Net+Expenditure")
    chart = page.locator("svg.chart-svg").first
    assert chart.is_visible()
    dots = chart.locator("a circle")
    assert dots.count() >= 3
    assert chart.bounding_box()["height"] > 200
    shot(page, "07-figure-trail")
    href = chart.locator("a").first.get_attribute("href")
    chart.locator("a").first.click()
    page.wait_for_url("**" + href)
    assert page.locator(":target").count() == 1
    shot(page, "08-figure-point-paragraph", full_page=False)


def test_a_script_in_a_paper_shows_as_text_and_never_runs(page, server):
    page.goto(server["url"] + f"/documents/{server['script_doc']}")
    shown = page.get_by_text(SCRIPT, exact=False)
    assert shown.count() == 1 and shown.is_visible()
    assert page.evaluate("window.__xss === undefined && document.querySelectorAll('main script').length === 0")
    shot(page, "09-script-paper")
    page.goto(server["url"] + "/search?q=website+security+script")
    page.locator(".hits").wait_for()
    shot(page, "10-search-script-paper")
    assert page.dialogs == []


@pytest.mark.parametrize("path, name, heading", [
    (f"/meetings/{SCRIPT_MEETING}", "13-meeting-recommendation-linked", "Adult Social Care Committee"),
    ("/people/gurney", "14-person", "Cllr S Gurney"),
    ("/figures", "15-figures", "Figures"),
    ("/api", "16-api", "JSON API for scripts"),
    ("/meetings/no-such-meeting", "17-not-found", "Not found"),
])
def test_other_pages_render_cleanly(page, server, path, name, heading):
    response = page.goto(server["url"] + path)
    assert response.status == (404 if heading == "Not found" else 200)
    assert page.locator("h1").first.inner_text().startswith(heading)
    shot(page, name)
    if response.status == 404:  # the browser logs the 404 of the page itself
        page.errors[:] = [e for e in page.errors if "status of 404" not in e]


def test_without_scripts_the_answer_card_is_a_link_away(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(server["url"] + "/search?q=" + QUESTION.replace(" ", "+"))
    assert tab.locator(".answer-card.loading").inner_text().endswith("Show the answer")
    tab.get_by_role("link", name="Show the answer").click()
    tab.wait_for_url("**answer=inline**")
    assert tab.locator(".answer-card .answer-cite a").inner_text() == CITE_13_8
    shot(tab, "18-no-script-answer")
    context.close()


def test_search_on_a_phone_fits_the_screen_and_works_by_keyboard(browser, server):
    context = browser.new_context(viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True,
                                  locale="en-GB")
    tab = context.new_page()
    tab.goto(server["url"] + "/search?q=" + QUESTION.replace(" ", "+"))
    assert tab.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    shot(tab, "11-phone-search")
    tab.goto(server["url"] + f"/meetings/{MARCH_MEETING}")
    assert tab.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    shot(tab, "12-phone-meeting")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent") == "Skip to content"
    context.close()

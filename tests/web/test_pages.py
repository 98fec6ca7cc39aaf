"""The HTML pages over a real index: search, meetings, documents, decisions, people, figures, API.

The pure helpers behind them (sanitising, linking recommendations, chart geometry) are tested
on tiny literal inputs in test_render.py, test_linking.py and test_chart.py; this module drives Flask's test client over the
sample corpus plus two small papers of our own (tests/conftest_web.py).
"""
from __future__ import annotations

import csv
import io
import re

import pytest
from conftest_web import MARCH_MEETING, SCRIPT, SCRIPT_MEETING, make_app, web_index

from indexer.store import CSV_FIELDS

pytestmark = pytest.mark.slow

VOTE_13_8 = "9 for, 2 against, 4 abstentions"
CITE_13_8 = "Norfolk County Council, Adult Social Care Committee, 6 March 2017, paragraph 13.8"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return web_index(tmp_path_factory)


@pytest.fixture(scope="module")
def client(index):
    return make_app(index).test_client()


@pytest.fixture()
def page(client):
    """GET a page, assert its status and the security header, return the HTML."""
    def get(path: str, status: int = 200) -> str:
        r = client.get(path)
        assert r.status_code == status, (path, r.status_code, r.get_data(as_text=True)[:800])
        assert r.headers["Content-Security-Policy"].startswith("default-src 'self'"), path
        return r.get_data(as_text=True)
    return get


def main_text(html: str) -> str:
    """The visible text inside <main>, tags dropped and spaces folded."""
    inner = html.split('<main id="main" tabindex="-1">', 1)[-1].split("</main>", 1)[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", inner)).replace(" ,", ",").strip()


# ---- search ----------------------------------------------------------------------------------


def test_home_has_one_labelled_search_box(page):
    html = page("/")
    assert '<label for="q">Question or search words</label>' in html
    assert '<input type="search" id="q" name="q" value=""' in html
    assert "<script>" not in html.replace('<script src="/static/minutebook.js" defer></script>', "")


VOTE_Q = "q=What+was+the+vote+on+the+transport+policy%3F"


def test_question_gets_the_answer_card_citing_minute_13_8(page, index):
    html = page(f"/search/answer?{VOTE_Q}")
    assert "<html" not in html and "<main" not in html  # a fragment for the search page
    card = html.split('<section class="answer-card"', 1)[1].split("</section>", 1)[0]
    assert f">{CITE_13_8}</a>" in card
    assert re.search(r'<a class="cite" href="/documents/[0-9a-f]{12}#p\d{4}">', card)
    assert "<mark>" in card  # the answer is marked inside its paragraph
    decisions = html.split('id="decisions-h"', 1)[1].split("</section>", 1)[0]
    assert VOTE_13_8 in main_text(decisions)


def test_search_page_shows_passages_at_once_and_fetches_its_answer_card(page):
    html = page(f"/search?{VOTE_Q}&committee=Adult+Social+Care+Committee&limit=5")
    slot = html.split('<div class="answer-slot"', 1)[1].split("</div>", 1)[0]
    src = re.search(r'data-answer-src="([^"]+)"', slot).group(1)
    assert src == ("/search/answer?q=What+was+the+vote+on+the+transport+policy?"
                   "&amp;committee=Adult+Social+Care+Committee")  # the question and filters, not the paging
    inline = re.search(r'<a href="([^"]+)">Show the answer</a>', slot).group(1)
    assert "answer=inline" in inline and "limit=5" in inline
    assert 'class="answer-cite"' not in html and 'id="passages-h"' in html
    card = page(src.replace("&amp;", "&"))
    assert f">{CITE_13_8}</a>" in card


def test_search_page_draws_the_answer_card_itself_when_asked_inline(page):
    html = page(f"/search?{VOTE_Q}&answer=inline")
    assert 'data-answer-src' not in html
    card = html.split('<section class="answer-card"', 1)[1].split("</section>", 1)[0]
    assert f">{CITE_13_8}</a>" in card
    assert html.index('id="answer-h"') < html.index('id="passages-h"')


def test_answer_card_needs_a_question(page):
    html = page("/search/answer?q=", status=400)
    assert "parameter &#39;q&#39;" in html
    assert "parameter &#39;since&#39;" in page("/search/answer?q=transport&since=notadate", status=400)


def test_answer_link_goes_to_the_paragraph_that_holds_it(client, page):
    html = page(f"/search/answer?{VOTE_Q}")
    url = re.search(r'<p class="answer-cite"><a class="cite" href="([^"]+)"', html).group(1)
    doc_path, anchor = url.split("#")
    doc = page(doc_path)
    para = doc.split(f'<div class="para" id="{anchor}">', 1)[1].split('<div class="para" id=', 1)[0]
    assert ">13.8</a>" in para
    assert "With 9 votes in favour, 2 votes against and 4 abstentions" in para


def test_unanswerable_question_says_the_papers_dont_say(page):
    html = page("/search/answer?q=What+was+the+vote+on+the+Transport+report+recommendations+at+the+"
                "4+September+2017+meeting%3F")
    assert '<p class="answer-none">The papers don\'t say.</p>' in html


def test_search_passages_are_paged_and_the_url_holds_the_query(page):
    html = page("/search?q=transport&limit=5&offset=5&committee=Adult+Social+Care+Committee")
    text = main_text(html)
    assert re.search(r"6–10 of \d+ matching passages", text)
    assert 'id="answer-h"' not in html  # the answer card is on the first page only
    prev = re.search(r'<a rel="prev" href="([^"]+)"', html).group(1)
    assert "offset=0" in prev and "q=transport" in prev and "committee=Adult+Social+Care+Committee" in prev
    assert '<option value="Adult Social Care Committee" selected>' in html


def test_search_facets_link_to_filtered_searches(page):
    html = page("/search?q=transport")
    facets = html.split('<aside class="facets"', 1)[1].split("</aside>", 1)[0]
    assert "kind=decision" in facets and "committee=Adult+Social+Care+Committee" in facets
    assert re.search(r"since=20\d\d-01-01&amp;until=20\d\d-12-31", facets)


@pytest.mark.parametrize("query, name", [
    ("q=transport&since=notadate", "since"),
    ("q=transport&until=2017-02-30", "until"),
    ("q=transport&since=2018-01-01&until=2017-01-01", "since"),
    ("q=transport&kind=minutes", "kind"),
    ("q=transport&limit=0", "limit"),
    ("q=transport&offset=-1", "offset"),
    ("q=" + "x" * 10_001, "q"),
])
def test_bad_search_parameters_render_the_error_page_with_400(page, query, name):
    html = page(f"/search?{query}", status=400)
    assert "<h1>That request cannot be answered</h1>" in html
    assert f"parameter &#39;{name}&#39;" in html


def test_odd_queries_never_fail(page):
    for q in ['"unbalanced', "trans*", "£9.629m?", "ümlaut ☃", "<b>bold</b>", "AND OR NOT"]:
        assert "Error 500" not in page(f"/search?q={q}")
        assert "Error 500" not in page(f"/search/answer?q={q}")


# ---- meetings and documents --------------------------------------------------------------------


def test_meeting_page_shows_attendance_items_decisions_and_votes(page):
    text = main_text(page(f"/meetings/{MARCH_MEETING}"))
    assert text.startswith("Meetings › Adult Social Care Committee 6 March 2017")
    assert "Apologies Mr B Borrett Mr W Richmond Mrs M Stone" in text
    assert "Ms S Whitaker" in text
    assert "13 Transport Update" in text
    assert ("With 9 votes in favour, 2 votes against and 4 abstentions, the Committee AGREED the approach "
            "to Transport and the revised Transport Policy and Guidance attached to the report.") in text
    assert f"Vote: {VOTE_13_8} (carried)" in text
    assert "minute 13.8" in text


def test_meeting_page_links_a_recommendation_to_the_decision_taken_on_it(page):
    html = page(f"/meetings/{SCRIPT_MEETING}")
    text = main_text(html)
    assert "Reports before the meeting Website Security Report" in text
    assert ("a Agree to escape all text taken from papers before it is shown on a web page. "
            "Decision taken: AGREED") in text
    assert "— minute 2.2" in text
    assert "b Note the cost of the website security review. No matching decision found in the minutes." in text


def test_meeting_without_minutes_says_so_and_lists_the_reports(page):
    text = main_text(page("/meetings/2017-06-19-norfolk-adult-social-care-committee"))
    assert "The minutes of this meeting are not in the index yet" in text
    assert "Reports before the meeting" in text and "Recommendations" in text


def test_meetings_list_links_every_meeting(page):
    html = page("/meetings?committee=Adult+Social+Care+Committee&since=2017-01-01&until=2017-12-31")
    assert re.findall(r'href="/meetings/([^"]+)"', html) == [
        "2017-09-04-norfolk-adult-social-care-committee", "2017-07-10-norfolk-adult-social-care-committee",
        "2017-06-19-norfolk-adult-social-care-committee", MARCH_MEETING]


def test_document_paragraphs_have_anchors_numbers_and_permalinks(page, client, index):
    html = page(f"/documents/{index['script_doc']}")
    anchors = re.findall(r'<div class="para" id="(p\d{4})">', html)
    assert anchors == sorted(set(anchors)) and len(anchors) >= 4  # in reading order, each once
    doc = client.get(f"/api/documents/{index['script_doc']}").get_json()
    assert [p["url"].split("#")[1] for p in doc["paragraphs"]] == anchors  # the citation urls land here
    para = re.search(r'<div class="para" id="(p\d{4})">\s*<div class="para-meta">\s*'
                     r'<a class="para-num" href="#\1" title="Permalink to this paragraph">2\.2</a>\s*'
                     r'<button type="button" class="copy-link" data-anchor="\1"', html)
    assert para, "paragraph 2.2 has its number as a permalink and a copy button"


def test_a_script_in_a_paper_is_shown_as_text(page, client, index):
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    html = page(f"/documents/{index['script_doc']}")
    assert escaped in html and SCRIPT not in html
    for path in ("/search?q=website+security+script", f"/meetings/{SCRIPT_MEETING}",
                 "/decisions?q=escape", "/people/tester"):
        body = page(path)
        assert SCRIPT not in body, path
    assert escaped in page("/search?q=page+must+never+run+text")  # the passage, its words marked, the script as text


@pytest.mark.parametrize("path", ["/meetings/1999-01-01-no-such-committee", "/documents/000000000000",
                                  "/people/nobodyatall", "/organisations/no-such-org",
                                  "/figures/trail?label=No+such+row", "/no/such/page"])
def test_unknown_ids_are_404_pages(page, path):
    assert "<h1>Not found</h1>" in page(path, status=404)


# ---- decisions register ------------------------------------------------------------------------


def test_register_filters_by_committee_date_verb_and_text(page):
    html = page("/decisions?committee=Adult+Social+Care+Committee&since=2017-03-06&until=2017-03-06"
                "&verb=AGREED&q=Transport")
    text = main_text(html)
    assert "With 9 votes in favour" in text and VOTE_13_8 in text
    assert "10 July 2017" not in text and "NOTED" not in text.split("Download this list")[1]
    assert '<option value="AGREED" selected>' in html


def test_register_downloads_the_current_filter_as_csv(client):
    r = client.get("/decisions?committee=Adult+Social+Care+Committee&since=2017-03-06&until=2017-03-06"
                   "&format=csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert r.headers["Content-Disposition"] == 'attachment; filename="decisions.csv"'
    rows = list(csv.reader(io.StringIO(r.get_data(as_text=True))))
    assert rows[0] == CSV_FIELDS
    row = next(r for r in (dict(zip(rows[0], x)) for x in rows[1:]) if r["paragraph"] == "13.8")
    assert (row["meeting_date"], row["council"], row["committee"], row["verbs"], row["outcome"]) == (
        "2017-03-06", "Norfolk County Council", "Adult Social Care Committee", "AGREED", "carried")
    assert (row["votes_for"], row["votes_against"], row["votes_abstain"]) == ("9", "2", "4")
    assert re.fullmatch(r"/documents/[0-9a-f]{12}#p\d{4}", row["url"])
    assert {x[1] for x in rows[1:]} == {"2017-03-06"}


def test_register_as_json(client):
    body = client.get("/decisions?verb=agreed&since=2017-03-06&until=2017-03-06&format=json").get_json()
    assert body["ok"] is True
    assert body["results"] and all("AGREED" in d["verbs"] for d in body["results"])
    d = next(d for d in body["results"] if d["paragraph"] == "13.8")
    assert d["votes"]["for"] == 9 and d["citation"]["url"].startswith("/documents/")


@pytest.mark.parametrize("query, name", [("since=notadate", "since"), ("format=xml", "format"),
                                         ("kind=figure", "kind"), ("limit=abc", "limit")])
def test_register_bad_parameters_are_400(page, query, name):
    assert f"parameter &#39;{name}&#39;" in page(f"/decisions?{query}", status=400)


def test_register_json_errors_are_json(client):
    r = client.get("/decisions?since=notadate&format=json")
    assert r.status_code == 400 and r.get_json()["ok"] is False


# ---- people and organisations ------------------------------------------------------------------


def test_person_page_lists_attendance_and_mentions(page):
    text = main_text(page("/people/gurney"))
    assert text.startswith("People › ")
    assert "6 March 2017 Adult Social Care Committee present" in text
    assert "Mentioned in the papers" in text and "Mrs Gurney proposed, seconded by Mr Mooney" in text


def test_person_page_lists_proposing_and_seconding(page):
    html = page("/people/jones")
    assert 'id="seconded-h"' in html
    assert "set up a task and finish group" in main_text(html.split('id="seconded-h"', 1)[1])


def test_people_and_organisation_lists_link_to_their_pages(page):
    assert 'href="/people/borrett"' in page("/people")
    orgs = page("/organisations")
    key = re.search(r'href="/organisations/([^"]+)"', orgs).group(1)
    assert "Mentioned in the papers" in page(f"/organisations/{key}")


# ---- figures -----------------------------------------------------------------------------------


def test_figures_search_links_rows_to_their_trail(page):
    html = page("/figures?q=Hired+Transport")
    assert 'href="/figures/trail?label=Hired+Transport"' in html


def test_trail_has_a_chart_and_a_table_with_every_point_cited(page):
    html = page("/figures/trail?label=Total+Net+Expenditure")
    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    dots = re.findall(r'<a href="(/documents/[0-9a-f]{12}#p\d{4})"[^>]*><circle', svg)
    assert len(dots) >= 3
    table = html.split('id="points-h"', 1)[1]
    cited = re.findall(r'<a class="cite" href="(/documents/[0-9a-f]{12}#p\d{4})">', table)
    assert set(dots) <= set(cited)
    assert "4 July 2016" in main_text(table) and "19 June 2017" in main_text(table)


def test_trail_shows_one_column_at_a_time(page):
    html = page("/figures/trail?label=Total+Net+Expenditure")
    columns = re.findall(r'<a href="/figures/trail\?label=Total\+Net\+Expenditure&amp;column=([^"]+)"', html)
    assert "Budget" in columns and len(columns) > 2
    chosen = re.search(r'column=([^"]+)" aria-current="true"', html).group(1)
    assert chosen == columns[0]
    other = page(f"/figures/trail?label=Total+Net+Expenditure&column={columns[1]}")
    assert f'column={columns[1]}" aria-current="true"' in other


def test_trail_needs_a_label_and_a_known_column(page):
    assert "parameter &#39;label&#39;" in page("/figures/trail", status=400)
    assert "parameter &#39;column&#39;" in page("/figures/trail?label=Total+Net+Expenditure&column=Nope",
                                                 status=400)


# ---- API description ---------------------------------------------------------------------------


def test_openapi_describes_every_api_route(client):
    spec = client.get("/api/openapi.json").get_json()
    routes = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", r.rule) for r in client.application.url_map.iter_rules()
              if r.endpoint.startswith("api.")}
    assert routes == set(spec["paths"])
    search = spec["paths"]["/api/search"]["get"]
    assert {p["name"] for p in search["parameters"]} == {
        "q", "council", "committee", "since", "until", "kind", "person", "limit", "offset"}
    assert set(spec["components"]["schemas"]["Decision"]["properties"]) >= {
        "id", "meeting_date", "committee", "item", "paragraph", "verbs", "text", "votes", "kind", "citation"}


def test_api_page_has_a_curl_example_for_every_endpoint(page, client):
    html = page("/api")
    paths = client.get("/api/openapi.json").get_json()["paths"]
    for path in paths:
        assert f"<code>GET {path}</code>" in html
    examples = re.findall(r"<code>curl -s 'http://localhost(/api/[^']*)'</code>", html)
    assert len(examples) == len(paths)
    for example in examples:  # every example runs as written, with real ids from the index
        r = client.get(example.replace("&amp;", "&"))
        assert r.status_code == 200 and r.is_json, example

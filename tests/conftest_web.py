"""The indexed corpus the page and browser tests share: the sample corpus plus two small papers.

pytest does not load this file by itself; test_pages and test_browser import `web_index`, which
indexes once per test session (whichever module asks first) and hands the same data folder and
engine to both, so the models and the index are built one time.
"""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
MARCH_MEETING = "2017-03-06-norfolk-adult-social-care-committee"
SCRIPT_MEETING = "2014-01-13-adult-social-care-committee"
SCRIPT = "<script>alert(1)</script>"

# A small committee paper whose text holds a script tag: the pages must show it as text.
SCRIPT_PAPER = f"""Adult Social Care Committee

Minutes of the Meeting Held on Monday, 13 January 2014 at 10:00am in the Edwards Room, County Hall, Norwich

Present:
Mr A Tester (Chairman)
Mrs B Example

1 Apologies

1.1 Apologies were received from Mr C Absent.

2 Website Security Report

2.1 The Committee received a report on website security. Officers showed that a page must never run text such as {SCRIPT} taken from a paper.

2.2 With 7 votes in favour, 1 vote against and 0 abstentions, the Committee AGREED to escape all text taken from papers.
"""

# The officer report before that meeting: its recommendation (a) is what minute 2.2 decided.
REPORT_PAPER = """Adult Social Care Committee

Item No 2

Report title:\tWebsite Security Report
Date of meeting:\t13 January 2014
Responsible Chief Officer:\tAnn Officer, Executive Director of Adult Social Services

Executive summary

This report explains how the council's web pages show text taken from committee papers.

Recommendations:

Members are invited to:

- a) Agree to escape all text taken from papers before it is shown on a web page.
- b) Note the cost of the website security review.

1. Background

1.1 Papers can contain text that looks like code. Budget for the review is shown below.

Expenditure Area\tBudget 2013/14 £m\tForecast Outturn £m\tVariance £m
Website Security\t0.100\t0.120\t0.020
"""

_shared: dict = {}


def web_index(tmp_path_factory) -> dict:
    """{settings, engine, script_doc}: the corpus and the two small papers indexed once per session."""
    if "index" not in _shared:
        from indexer.engine import Engine
        from indexer.pipeline import index_paths
        from indexer.settings import load_settings
        from models.ids import document_id

        # MINUTEBOOK_WEB_TEST_DIR keeps the index between runs while iterating on the pages
        # (unchanged files are not indexed again); by default each session starts afresh.
        kept = os.environ.get("MINUTEBOOK_WEB_TEST_DIR")
        root = Path(kept) if kept else tmp_path_factory.mktemp("web")
        papers = root / "papers"
        papers.mkdir(parents=True, exist_ok=True)
        paper = papers / "website-security-minutes.txt"
        paper.write_text(SCRIPT_PAPER, encoding="utf-8")
        (papers / "website-security-report.txt").write_text(REPORT_PAPER, encoding="utf-8")
        settings = load_settings(data_dir=root / "data")
        engine = Engine(settings)
        report = index_paths([CORPUS, papers], settings, engine)
        assert report.ok, report.failed
        _shared["index"] = {"settings": settings, "engine": engine, "report": report,
                            "script_doc": document_id(paper.read_bytes())}
    return _shared["index"]


def make_app(index: dict):
    """A Flask app over the shared index, reusing the engine's loaded models."""
    from webapp import create_app

    app = create_app({"TESTING": True}, settings=index["settings"])
    app.extensions["minutebook.engine"] = index["engine"]
    return app

"""PDFs as councils publish them, read into the same paragraphs as the text versions.

Small PDFs are drawn from snippets of the sample corpus with tests/tools/render_corpus.py
(wrapped lines, 'Page N' footers, ruled tables, two columns); no model is loaded here.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from helpers_docs import make_pdf
from helpers_formats import MINUTES, REPORT, physical_pages
from tools.render_corpus import docx_of_text, html_of_text, render_text

from corpus.layout import is_raw_layout
from corpus.normalise import dehyphenate, normalise, tidy_page_breaks
from corpus.pdf import WRAP_MARK, join_wrapped_words
from corpus.read import read_file
from indexer.extract import decisions as extract
from indexer.pipeline import printed_page
from indexer.segment import segment
from indexer.segment.blocks import read_lines
from indexer.settings import Settings

SETTINGS = Settings()


def structure(path: Path) -> dict:
    """What the build side finds in a file, without the models: meetings, numbering, decisions, figures."""
    source = read_file(path, SETTINGS)
    seg = segment("doc", normalise(source.text), str(path))
    decisions = extract.extract_decisions(seg.paragraphs)
    figures = extract.extract_figures(extract.extract_tables("doc", seg.paragraphs), seg.paragraphs)
    by_id = {p.id: p for p in seg.paragraphs}
    return {
        "source": source, "paragraphs": seg.paragraphs,
        "meetings": sorted((m.date, m.committee, m.role) for m in seg.meetings),
        "numbers": [p.number for p in seg.paragraphs if p.number],
        "decisions": Counter((by_id[d.paragraph_id].number, tuple(d.verbs), d.text,
                              (d.votes.for_, d.votes.against, d.votes.abstain) if d.votes else None)
                             for d in decisions),
        "figures": Counter((f.label, f.column, f.value) for f in figures),
    }


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The minutes and the report as text, one- and two-column PDF, Word file and web page."""
    folder = tmp_path_factory.mktemp("formats")
    out = {}
    for name, text in (("minutes", MINUTES), ("report", REPORT)):
        for kind, data in (("txt", text.encode("utf-8")), ("pdf", render_text(text)),
                           ("pdf2", render_text(text, columns=2)), ("docx", docx_of_text(text)),
                           ("html", html_of_text(text).encode("utf-8"))):
            suffix = ".pdf" if kind == "pdf2" else f".{kind}"
            path = folder / f"{name}-{kind}{suffix}"
            path.write_bytes(data)
            out[f"{name}-{kind}"] = path
    return out


@pytest.fixture(scope="module")
def found(files) -> dict[str, dict]:
    return {key: structure(path) for key, path in files.items()}


# ---- the same paper in every format ------------------------------------------------------


@pytest.mark.parametrize("kind", ["pdf", "pdf2", "docx", "html"])
def test_minutes_give_the_same_meeting_numbering_decisions_and_votes(found, kind):
    text, other = found["minutes-txt"], found[f"minutes-{kind}"]
    assert other["meetings"] == text["meetings"] == [("2017-03-06", "Adult Social Care Committee", "minutes")]
    assert other["numbers"] == text["numbers"]
    assert other["decisions"] == text["decisions"]
    assert other["figures"] == text["figures"]


def test_the_transport_vote_at_13_8(found):
    for kind in ("txt", "pdf", "pdf2", "docx", "html"):
        votes = [(n, verbs, v) for (n, verbs, _, v) in found[f"minutes-{kind}"]["decisions"] if v and v[0]]
        assert ("13.8", ("AGREED",), (9, 2, 4)) in votes, kind


@pytest.mark.parametrize("kind", ["pdf", "docx", "html"])
def test_report_gives_the_same_recommendation_numbering_and_figures(found, kind):
    text, other = found["report-txt"], found[f"report-{kind}"]
    assert other["meetings"] == text["meetings"] == [("2016-07-04", "Adult Social Care Committee", "report-only")]
    assert other["numbers"] == text["numbers"]
    assert other["figures"] == text["figures"]
    assert ("Revised net expenditure", "Variance", 7_763_000.0) in other["figures"]


def test_report_in_two_columns_keeps_its_tables(found):
    text, other = found["report-txt"], found["report-pdf2"]
    assert other["numbers"] == text["numbers"]
    kept = sum((other["figures"] & text["figures"]).values())
    assert kept >= 0.95 * sum(text["figures"].values())
    summary = {(label, column) for label, column, _ in text["figures"] if label == "Total Net Expenditure"}
    assert summary and summary <= {(label, column) for label, column, _ in other["figures"]}


def test_html_scripts_and_frames_are_dropped(found):
    text = found["minutes-html"]["source"].text
    for gone in ("alert", "pwned", "tracker", "analytics", "Home", "Copyright"):
        assert gone not in text


# ---- pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["pdf", "pdf2"])
def test_each_minute_cites_the_page_it_starts_on(files, found, kind):
    pages = physical_pages(files[f"minutes-{kind}"])
    paragraphs = [p for p in found[f"minutes-{kind}"]["paragraphs"] if p.number and len(p.text) > 30]
    assert len(pages) >= 3 and len(paragraphs) > 40
    for p in paragraphs:
        opening = " ".join(f"{p.number} {p.text.split(chr(10))[0]}".split()[:5])
        where = [n for n, text in enumerate(pages, start=1) if opening in text]
        assert where and p.page == where[0], (p.number, p.page, where)
    assert {p.page for p in paragraphs} == set(range(1, len(pages) + 1)) or len({p.page for p in paragraphs}) >= 3


def test_13_8_is_on_the_page_that_prints_it(files, found):
    pages = physical_pages(files["minutes-pdf"])
    page = next(n for n, text in enumerate(pages, start=1) if "13.8 With 9 votes in favour" in text)
    para = next(p for p in found["minutes-pdf"]["paragraphs"] if p.number == "13.8")
    assert page > 1 and para.page == page


def test_no_page_numbers_without_pages(found):
    for kind in ("txt", "docx", "html"):
        assert {p.page for p in found[f"minutes-{kind}"]["paragraphs"]} == {None}


def test_a_paragraph_running_over_a_page_break_stays_whole(tmp_path):
    long = ("13.2 " + "The Committee discussed the transport policy and the charges for it " * 90).strip()
    path = tmp_path / "run-on.pdf"
    path.write_bytes(render_text("Adult Social Care Committee\n\n" + long + ".\n\n13.3 The Committee NOTED the report.\n"))
    source = read_file(path, SETTINGS)
    assert source.text.count("\f") >= 1
    text = normalise(source.text)
    lines = read_lines(text)
    run_on = [line for line in lines if line.text.startswith("13.2 ")]
    assert len(run_on) == 1 and run_on[0].text.endswith("charges for it.") and run_on[0].page == 1
    assert next(line for line in lines if line.text.startswith("13.3")).page == 2


def test_printed_page_labels_reach_the_paragraphs(tmp_path):
    path = tmp_path / "extract.pdf"
    path.write_bytes(render_text(MINUTES, first_page=19))
    source = read_file(path, SETTINGS)
    assert source.printed_pages[:3] == ["19", "20", "21"]
    assert printed_page(1, source.printed_pages) == "19"
    assert printed_page(3, source.printed_pages) == "21"


def test_printed_page_only_where_it_differs():
    assert printed_page(2, ["1", "2", "3"]) is None
    assert printed_page(2, ["17", "18"]) == "18"
    assert printed_page(1, [None, "2"]) is None
    assert printed_page(None, ["5"]) is None
    assert printed_page(4, ["1", "2"]) is None  # a reader that found fewer labels than pages
    assert printed_page(1, []) is None
    assert printed_page(3, ["i", "ii", "iii"]) == "iii"


# ---- line and page joins ----------------------------------------------------------------------


def _read(tmp_path: Path, text: str, **kw) -> str:
    path = tmp_path / "p.pdf"
    path.write_bytes(render_text(text, **kw))
    return read_file(path, SETTINGS).text


def test_wrapped_lines_are_one_paragraph_again(tmp_path):
    para = " ".join(["The Executive Director agreed to find out more about disabled bus passes"] * 4)
    text = _read(tmp_path, f"Adult Social Care Committee\n\n{para}\n\nShort line.\n")
    assert text == f"Adult Social Care Committee\n\n{para}\n\nShort line."


def test_numbers_points_and_bullets_are_never_joined_to_the_line_above(tmp_path):
    lines = ["13.1 " + "x" * 10 + " word" * 32, "a) the forecast outturn", "- the planned recovery actions",
             "13.2 The Committee AGREED the report."]
    text = _read(tmp_path, "\n".join(lines))
    assert [line.split()[0] for line in text.split("\n")] == ["13.1", "a)", "-", "13.2"]


def test_a_word_hyphenated_at_the_margin_is_joined_only_when_written_whole(tmp_path):
    lines = ["The Committee noted the plans for the manage-", "ment of the service and for its outcome-",
             "focused reviews of management."]
    path = tmp_path / "h.pdf"
    path.write_bytes(make_pdf([lines], footer=None))
    assert read_file(path, SETTINGS).text == (
        "The Committee noted the plans for the management of the service and for its outcome-focused "
        "reviews of management.")


def test_wrap_marks_resolve_by_the_documents_vocabulary():
    mark = WRAP_MARK
    assert join_wrapped_words(f"the manage-{mark}ment of care; management") == "the management of care; management"
    assert join_wrapped_words(f"outcome-{mark}focused care") == "outcome-focused care"
    assert join_wrapped_words("a soft\u00adhyphen") == "a softhyphen"


def test_form_feeds_survive_normalise_at_the_start_of_a_line():
    assert tidy_page_breaks("need to\fre-profile") == "need to\n\fre-profile"
    assert tidy_page_breaks("end.\n\n\f\n\nNext") == "end.\n\n\n\n\fNext"
    assert tidy_page_breaks("\fFirst page blank") == "\fFirst page blank"
    assert tidy_page_breaks("a\f\fb") == "a\n\f\fb"
    assert tidy_page_breaks("row\t1\f\tcell\t2") == "row\t1\n\f\tcell\t2"
    text = normalise("1.1 The Committee NOTED\fthe report.\n")
    assert text.count("\f") == 1 and "\n\fthe report." in text


def test_a_page_break_leaves_page_numbers_and_paragraphs_right():
    lines = read_lines(normalise("Minutes\n\n13.8 The Committee AGREED the\fapproach to Transport.\n\n14. Update\n"))
    assert [(line.text, line.page) for line in lines] == [
        ("Minutes", 1), ("13.8 The Committee AGREED the", 1), ("approach to Transport.", 2), ("14. Update", 2)]
    assert not lines[2].blank_before and lines[3].blank_before


def test_hyphenation_is_repaired_over_a_page_break():
    vocab = {"management"}
    assert dehyphenate("the manage-\n\fment of care\n", vocab) == "the management\n\fof care\n"


def test_runs_of_lone_numbers_are_raw_layout_whatever_the_reader():
    text = "\n\n".join(["10.1.1\n10.1.2\n10.1.3", "The forecast was noted.", "10.2.1\n10.2.2",
                        "Officers agreed.", "11.1\n11.2", "Nothing else."] + ["1.1 A numbered paragraph."] * 8)
    assert is_raw_layout(text)
    assert not is_raw_layout("\n".join(["1.1 A numbered paragraph.", "10.2", "Its text below."] * 6))


def test_corpus_renders_parse_without_losing_text(files):
    source = read_file(files["report-pdf"], SETTINGS)
    words = re.findall(r"[A-Za-z]{4,}", REPORT.replace("**", ""))
    got = set(re.findall(r"[A-Za-z]{4,}", source.text))
    assert sum(w in got for w in words) / len(words) > 0.995

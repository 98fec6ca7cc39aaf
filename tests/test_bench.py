"""bench.corpus and bench.recombine: replicas of the sample are later meetings of other areas, in text of their own."""
from __future__ import annotations

import re
from datetime import date

import pytest

from bench.corpus import DATE_RE, area, build_corpus, rename_committees, replicate, shift_dates
from bench.recombine import (
    Vocabulary,
    build_vocabulary,
    redraw_cells,
    redraw_figures,
    rename,
    renumber,
    seeded,
)
from corpus.normalise import normalise
from indexer.segment import segment


@pytest.mark.parametrize(("text", "k", "want"), [
    ("Monday, 6 March 2017", 1, "Thursday, 6 April 2017"),  # the weekday follows the date
    ("MONDAY 6 MARCH 2017", 1, "THURSDAY 6 APRIL 2017"),
    ("held on 31 January 2020 at 10am", 1, "held on 29 February 2020 at 10am"),  # clamped, leap year
    ("29th April 2016", 2, "29th June 2016"),
    ("31/05/2017", 1, "30/06/2017"),
    ("2017-01-31", 1, "2017-02-28"),
    ("to the end of January 2017", 12, "to the end of January 2018"),
    ("Feb 17\tMar 17", 11, "Jan 18\tFeb 18"),
    ("On 27 February a website", 1, "On 27 March a website"),
])
def test_dates_move_k_months_and_keep_their_form(text, k, want):
    assert shift_dates(text, k) == want


@pytest.mark.parametrize("text", [
    "the 2016-17 revenue budget", "Q1 2024/25", "Period 10 2016-17", "in 2017", "paragraph 10.2.13",
    "we may 20 times", "minute 1.10.12", "£9.629m",
])
def test_what_is_not_a_calendar_date_stays(text):
    assert shift_dates(text, 5) == text


def test_committee_names_get_the_area_in_front():
    a = area(2)
    assert rename_committees("The Adult Social Care Committee NOTED", 2) == f"The {a} Adult Social Care Committee NOTED"
    assert rename_committees("People and Communities Select Committee", 2) == \
        f"{a} People and Communities Select Committee"
    for same in ("The Committee AGREED", "the ASC Committee", "Select Committee members", "Jonathan Childs\nCommittee"):
        assert rename_committees(same, 2) == same
    assert replicate("Adult Social Care Committee, 6 March 2017", 0) == "Adult Social Care Committee, 6 March 2017"


def test_a_replica_is_a_later_meeting_of_another_area_with_text_of_its_own(corpus_dir):
    sources = sorted(corpus_dir.glob("*.txt"))
    vocab = build_vocabulary(sources, [])
    source = corpus_dir / "004_49656f548dd3db36.txt"
    text = source.read_text(encoding="utf-8")
    k = 3
    copy = replicate(text, k, vocab, source.name)
    assert copy == replicate(text, k, vocab, source.name)  # seeded: the same bytes every run
    before = segment("doc0", normalise(text), str(source))
    after = segment("doc3", normalise(copy), str(source))
    assert after.committee.startswith(f"{area(k)} ")
    old, new = date.fromisoformat(before.meeting_date), date.fromisoformat(after.meeting_date)
    assert (new.year * 12 + new.month) - (old.year * 12 + old.month) == k and new.day == old.day
    assert abs(len(after.paragraphs) - len(before.paragraphs)) <= 0.1 * len(before.paragraphs)
    old_texts = {p.text for p in before.paragraphs}
    long = [p.text for p in after.paragraphs if len(p.text.split()) >= 12]
    assert sum(t not in old_texts for t in long) / len(long) > 0.7  # prose is new text


def test_rewrite_redraws_figures_names_and_minute_numbers():
    vocab = Vocabulary(surnames=["Orr"], places=["Ayton"])
    rng = seeded("x")
    assert rename("Mr Watkins met Mr Watkins in Norfolk", Vocabulary(surnames=["Orr"], places=["Norfolk"]),
                  rng, {}).startswith("Mr Orr met Mr Orr in ")
    assert redraw_figures("an overspend of £7.763m", rng) != "an overspend of £7.763m"
    assert re.fullmatch(r"an overspend of £\d+\.\d{3}m", redraw_figures("an overspend of £7.763m", rng))
    assert renumber("5. Public Question Time\n- 5.2.1 Mr Orr asked", 14) == "19. Public Question Time\n- 19.2.1 Mr Orr asked"
    assert redraw_cells("Budget\t2016\t246.850", rng).startswith("Budget\t2016\t")
    assert vocab.place_re.sub("X", "Ayton Hall") == "X Hall"


def test_build_corpus_writes_each_replica_once(tmp_path, corpus_dir):
    sources = sorted(corpus_dir.glob("*.txt"))[:2]
    paths = build_corpus(sources, tmp_path / "c", 3)
    assert [p.name[:4] for p in paths] == ["k000", "k000", "k001", "k001", "k002", "k002"]
    assert paths[0].read_bytes() == sources[0].read_bytes()
    assert len({p.read_bytes() for p in paths}) == 6  # no replica duplicates another
    stamp = paths[3].stat().st_mtime_ns
    assert build_corpus(sources, tmp_path / "c", 2)[-1].stat().st_mtime_ns == stamp
    assert len([p for p in (tmp_path / "c").iterdir() if not p.name.startswith(".")]) == 4


def test_every_date_form_in_the_sample_moves(corpus_dir):
    text = (corpus_dir / "000_5b2e5009240d1d2b.txt").read_text(encoding="utf-8")
    found = [m.group(0) for m in DATE_RE.finditer(text)]
    assert len(found) > 100
    moved = shift_dates(text, 1)
    assert "Monday, 19 June 2017" in text and "Wednesday, 19 July 2017" in moved
    assert re.search(r"\b2016-17\b", moved)  # financial years as printed

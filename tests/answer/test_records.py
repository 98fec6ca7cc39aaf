"""Answers read from records, on a small store of a UK parish council's and a US city council's papers
indexed by the real pipeline; and abstention when the council or meeting asked about is not indexed."""
from __future__ import annotations

import pytest
from record_papers import PAPERS

from indexer.answer import classify, records


@pytest.fixture(scope="session")
def record_index(tmp_path_factory, indexed):
    """The small papers indexed with the session's models (the spaCy pipeline and the encoder)."""
    from indexer.engine import Engine
    from indexer.pipeline import index_paths
    from indexer.settings import load_settings

    _, shared, _ = indexed
    root = tmp_path_factory.mktemp("records")
    for name, text in PAPERS.items():
        (root / name).write_text(text, encoding="utf-8")
    settings = load_settings(data_dir=root / "data")
    engine = Engine(settings)
    engine.__dict__.update(nlp=shared.nlp, encoder=shared.encoder)  # loaded once per session
    report = index_paths([root], settings, engine)
    assert report.ok and len(report.new) == len(PAPERS)
    return engine


def record(engine, question: str) -> tuple[str, str]:
    """The best record's answer for a question and the text of the paragraph it cites."""
    qt = classify(question)
    with engine.reading() as db:
        table, scope, hits = engine.evidence_for(question, {}, db)
        idf, default = table.idf
        found = records.record_candidates(qt, scope, hits, table, db, idf, default)
        assert found, question
        text = db.execute("select text from paragraphs where id = ?", [found[0].unit.paragraph_id]).fetchone()[0]
    return found[0].answer, text


@pytest.mark.parametrize(("question", "answer", "cited"), [
    ("Who chaired Little Wickham Parish Council's meeting on 5 March 2024?", "Cllr J Marsh",
     "Present: Cllr J Marsh (Chairman)"),
    ("Who was present at the Maple Grove City Council meeting on November 9, 2022?",
     "Mayor Ruiz, Councilmember Chen, Councilmember Park and Councilmember Dale", "Present: Mayor Ruiz"),
    ("Who sent apologies to Little Wickham Parish Council on 5 March 2024?", "Cllr R Dunn",
     "Apologies were received from Cllr R Dunn"),
    ("Who proposed buying the bus shelter at Little Wickham Parish Council?", "Cllr Okafor (seconded by Cllr Lee)",
     "Cllr Okafor proposed, and Cllr Lee seconded"),
    ("Who seconded the street lighting contract motion at Maple Grove?",
     "Councilmember Park (proposed by Councilmember Chen)", "second by Councilmember Park"),
    ("What was the vote on the bus shelter at Little Wickham in March 2024?", "3 for, 1 against (carried)",
     "Motion carried (3 to 1)"),
    ("How many members voted for the amendment to fund a home to school transport feasibility study at Hartmoor "
     "County Council?", "2 for, 3 against (lost)", "For (2)\nMr Cole, Ms Dunn"),  # cited where the vote is printed
    ("Who voted against the bus shelter at Little Wickham Parish Council?", "Cllr T Brown",
     "Cllr T Brown voting against"),
    ("Which councilmembers voted for the parking ordinance at Maple Grove?", "Chen, Park and Ruiz",
     "AYES: Councilmembers Chen, Park and Mayor Ruiz"),
    ("Who opposed the residential parking permits ordinance at Maple Grove City Council?", "Dale",
     "NOES: Councilmember Dale"),
    ("What time did Little Wickham Parish Council's meeting on 5 March 2024 finish?", "9.05pm",
     "the meeting closed at 9.05pm"),
    ("When did the Maple Grove City Council meeting of November 9, 2022 end?", "8:15 p.m.",
     "The meeting adjourned at 8:15 p.m."),
    ("Who certified the posting of the Maple Grove City Council agenda for November 23, 2022?", "Ana Ruiz, City Clerk",
     "I, Ana Ruiz, City Clerk of the City of Maple Grove, hereby certify"),
    ("When was the Maple Grove City Council agenda for November 23, 2022 posted?", "November 18, 2022",
     "posted on the City Hall bulletin board on November 18, 2022"),
    ("Who is the responsible officer for the village hall roof repairs report?",
     "Kate Hall, Clerk and Responsible Financial Officer", "Report title:"),
    ("When was the Maple Grove City Council meeting held?", "November 9, 2022", "November 9, 2022"),
    ("Where was Little Wickham Parish Council's March 2024 meeting held?", "Village Hall, Little Wickham",
     "in the Village Hall, Little Wickham"),
    # a calendar's meeting, read from its row
    ("Where does the Maple Grove Parks and Recreation Committee meet on December 17, 2022?",
     "Community Center, 40 Oak Street", "Parks and Recreation Committee\t12/17/2022"),
    ("What time did the Maple Grove City Council meeting start on November 9, 2022?", "7:00p.m.",
     "called the meeting to order at 7:00 p.m."),
    ("When is Little Wickham Parish Council's next meeting after 5 March 2024?", "Tuesday 2nd April at 7.30pm",
     "The next meeting will be held on Tuesday 2nd April at 7.30pm"),
    ("When does Maple Grove City Council meet next after its November 9, 2022 meeting?",
     "November 23, 2022 at 7:00 p.m.", "The next regular meeting of the City Council"),
    ("Who substituted for Cllr Dunn at Little Wickham Parish Council on 5 March 2024?", "Cllr A Patel",
     "(Cllr A Patel substituting)"),
    ("Who answered the question about potholes near Lyminge at Hartmoor County Council?", "Cllr Dan Price",
     "Question 1 by Amy Rowe to Cllr Dan Price"),
    ("Which resident asked about children educated at home at Hartmoor County Council on 13 March 2025?",
     "Tom Birch", "Question 2 by Tom Birch"),
    ("What does the village hall roof repairs report to Little Wickham Parish Council recommend?",
     "Members are invited to: a) Agree to repair the village hall roof at a cost of up to £6,000; b) Note that the "
     "work will be paid from the general reserve", "Agree to repair the village hall roof"),
    ("What did Little Wickham Parish Council resolve about the bus shelter?",
     "RESOLVED to buy the bus shelter from Shelter Supplies Ltd.", "RESOLVED to buy the bus shelter"),
    # what became of a motion: an English county's amendment, a US city's motion
    ("What happened to the amendment on a home to school transport feasibility study at Hartmoor County Council?",
     "Lost (2 for, 3 against)", "For (2)"),
    ("What was the outcome of the motion on the street lighting contract at Maple Grove?", "Carried (4 for, 0 against)",
     "Motion carried 4-0"),
])
def test_each_record_answers_its_question_and_cites_where_it_was_read(record_index, question, answer, cited):
    got, text = record(record_index, question)
    assert got == answer
    assert cited in text


@pytest.mark.parametrize(("question", "note"), [
    ("Who chaired Leeds City Council's meeting on 5 March 2024?",
     "The papers don't say: none of the indexed papers is from Leeds City Council."),
    ("Who chaired Little Wickham Parish Council's meeting on 9 June 2021?",
     "The papers don't say for the meeting of 9 June 2021; the nearest passage is from Little Wickham Parish "
     "Council, Parish Council, 5 March 2024."),
    ("What was the vote on the street lighting contract at Little Wickham Parish Council?",  # Maple Grove's
     "The papers don't say for sure; the nearest passage is from Little Wickham Parish Council"),
    # a body of the council that no paper is of: not the full council's chair
    ("Who chaired the Little Wickham Parish Council finance committee in March 2024?",
     "The papers don't say for sure; the nearest passage is from Little Wickham Parish Council"),
])
def test_a_question_about_a_council_or_meeting_not_indexed_gets_null_and_what_was_found(record_index, question,
                                                                                         note):
    body = record_index.answer(question, {})
    assert body["answer"] is None
    assert body["note"].startswith(note)
    assert body["citations"], "the passages found are still cited"


def test_a_record_is_the_answer_with_its_citation(record_index):
    body = record_index.answer("What was the vote on the bus shelter at Little Wickham in March 2024?", {})
    assert body["answer"]["text"] == "3 for, 1 against (carried)" and body["answer"]["source"] == "votes"
    assert "Motion carried (3 to 1)" in body["answer"]["citation"]["text"]
    assert body["citations"][0]["paragraph_id"] == body["answer"]["citation"]["paragraph_id"]
    assert body["decisions"][0]["citation"]["paragraph_id"] == body["answer"]["citation"]["paragraph_id"]


def test_an_amount_is_marked_inside_the_sentence_that_answers(record_index):
    body = record_index.answer("How much did the Church Lane bus shelter cost at Little Wickham?", {})
    a = body["answer"]
    assert "£2,450" in a["text"] and a["source"] == "text"
    start, end = a["span"]
    assert a["citation"]["text"][start:end] == "£2,450"


@pytest.mark.parametrize("question, value", [
    ("Where can written comments for the Maple Grove City Council meeting of November 23, 2022 be emailed?",
     "cityclerk@maplegrove.gov"),
    ("What number can people call with questions about the Maple Grove City Council agenda?", "(555) 201-4400"),
])
def test_an_address_or_number_asked_for_is_marked_inside_its_sentence(record_index, question, value):
    a = record_index.answer(question, {})["answer"]
    start, end = a["span"]
    assert a["type"] in ("email", "phone") and a["citation"]["text"][start:end] == value


def test_the_meeting_page_and_api_show_who_issued_the_agenda_and_when(record_index):
    from webapp import create_app

    app = create_app({"TESTING": True}, settings=record_index.settings)
    app.extensions["minutebook.engine"] = record_index
    client = app.test_client()
    meetings = client.get("/api/meetings?council=City of Maple Grove").get_json()["results"]
    (m,) = [m for m in meetings if m["date"] == "2022-11-23"]
    assert (m["issued_by"], m["issued_on"]) == ("Ana Ruiz, City Clerk", "2022-11-18")
    page = client.get(f"/meetings/{m['id']}").get_data(as_text=True)
    assert "<dt>Agenda issued</dt><dd>18 November 2022, by Ana Ruiz, City Clerk</dd>" in page


def test_the_meeting_page_shows_when_the_meeting_ended(record_index):
    from webapp import create_app

    app = create_app({"TESTING": True}, settings=record_index.settings)
    app.extensions["minutebook.engine"] = record_index
    client = app.test_client()
    (m,) = [m for m in client.get("/api/meetings?council=City of Maple Grove").get_json()["results"]
            if m["date"] == "2022-11-09"]
    assert m["end_time"] == "8:15 p.m."
    assert "<dt>Ended</dt><dd>8:15 p.m.</dd>" in client.get(f"/meetings/{m['id']}").get_data(as_text=True)


@pytest.mark.parametrize(("row", "phrase"), [
    ({"vote_for": 9, "vote_against": 2, "vote_abstain": 4, "outcome": "carried"}, "9 for, 2 against, 4 abstentions (carried)"),
    ({"vote_for": None, "vote_against": 3, "vote_abstain": None, "outcome": "lost"}, "3 against (lost)"),  # 'OPPOSED: A, B, C'
    ({"vote_for": None, "vote_against": None, "vote_abstain": None, "unanimous": 1, "outcome": "carried"},
     "carried unanimously"),
    ({"vote_for": None, "vote_against": None, "vote_abstain": None, "outcome": "carried"}, None),
])
def test_the_vote_phrase_says_what_was_counted(row, phrase):
    assert records.vote_phrase(row) == phrase


@pytest.mark.parametrize(("row", "phrase"), [
    # an Ontario township's 'DEFEATED', a US city's 'Motion passed 5-0', an English parish's deferral
    ({"outcome": "lost", "paragraph": "Moved by Councillor Nair\nTHAT Council extend the season.\nDEFEATED"}, "Defeated"),
    ({"outcome": "lost", "paragraph": "THAT Council extend the season.", "vote_text": "DEFEATED"}, "Defeated"),
    ({"outcome": "carried", "vote_for": 5, "vote_against": 0, "paragraph": "Motion to approve. Motion passed 5-0."},
     "Passed (5 for, 0 against)"),
    ({"outcome": "deferred", "paragraph": "The item was deferred to the next meeting."}, "Deferred"),
    ({"outcome": "lost", "paragraph": "The motion, having been carried over from May, was put."}, "Lost"),  # not its fate
    ({"outcome": None, "paragraph": "Members discussed the bench."}, None),
])
def test_a_motions_fate_is_said_in_the_word_its_paper_prints(row, phrase):
    from indexer.answer.records import fate_phrase

    assert fate_phrase(row) == phrase


def test_a_report_ranks_as_its_best_ranked_paragraph(record_index):
    with record_index.reading() as db:
        pid, rid, cover = db.execute("select p.id, p.report_id, r.paragraph_id from paragraphs p join reports r "
                                     "on r.id = p.report_id where p.id != r.paragraph_id order by p.seq limit 1").fetchone()
        ranks = records._report_ranks({pid: 3, cover: 9, "other.p0001": 1}, db)
    assert ranks == {pid: 3, cover: 9, "other.p0001": 1, rid: 3}


def test_the_register_and_api_name_who_voted_which_way(record_index):
    from webapp import create_app

    app = create_app({"TESTING": True}, settings=record_index.settings)
    app.extensions["minutebook.engine"] = record_index
    client = app.test_client()
    found = client.get("/api/decisions?council=City of Maple Grove&q=parking").get_json()["results"]
    (d,) = [d for d in found if "Ordinance No. 22-07" in d["text"]]
    assert d["votes"]["names"] == {"for": ["Chen", "Park", "Ruiz"], "against": ["Dale"]}
    assert (d["votes"]["for"], d["votes"]["against"], d["proposer"]) == (3, 1, "Councilmember Park")
    page = client.get("/decisions?council=City of Maple Grove&q=parking").get_data(as_text=True)
    assert "3 for (Chen, Park, Ruiz), 1 against (Dale)" in page
    import csv
    import io

    text = client.get("/decisions?council=City of Maple Grove&q=parking&format=csv").get_data(as_text=True)
    (row,) = [r for r in csv.DictReader(io.StringIO(text)) if "22-07" in r["text"]]
    assert (row["named_for"], row["named_against"], row["named_abstain"]) == ("Chen; Park; Ruiz", "Dale", "")


def test_a_calendar_answers_for_the_body_named_and_for_no_other(record_index):
    # the calendar lists two bodies' meetings on 17 December 2022
    got, text = record(record_index, "Where does the Maple Grove Planning Commission meet on December 17, 2022?")
    assert got == "Room 5 -- City Hall" and "Planning Commission\t12/17/2022" in text
    body = record_index.answer("Where does the Maple Grove Library Board meet on December 17, 2022?", {})
    assert body["answer"] is None or body["answer"]["source"] != "where"


def test_a_reports_records_carry_its_papers_council(record_index):
    for question in ("Who is the responsible officer for the village hall roof repairs report?",
                     "What does the village hall roof repairs report to Little Wickham Parish Council recommend?"):
        qt = classify(question)
        with record_index.reading() as db:
            table, scope, hits = record_index.evidence_for(question, {}, db)
            idf, default = table.idf
            found = records.record_candidates(qt, scope, hits, table, db, idf, default)
        assert found[0].unit.council == "Little Wickham Parish Council"

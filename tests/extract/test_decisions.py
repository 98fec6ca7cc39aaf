"""Decisions, actions and recommendations, on small literal paragraphs."""
import pytest

from indexer.extract.decisions import extract_decisions, extract_recommendations, sentences
from models.domain import Paragraph, Report


def para(text, number=None, part="minutes", seq=1, item="10", section=None, report_id=None):
    return Paragraph(id=f"abc123abc123.p{seq:04d}", document_id="abc123abc123", seq=seq, text=text,
                     start=0, end=len(text), part=part, number=number, item=item, section=section,
                     report_id=report_id)


def decide(*texts):
    return extract_decisions([para(t, seq=i) for i, t in enumerate(texts, start=1)])


def one(text):
    found = decide(text)
    assert len(found) == 1, found
    return found[0]


# ---- committee decisions ---------------------------------------------------------------

def test_capital_verb_governs_its_lettered_points():
    d = one("The Committee NOTED:\na) The forecast outturn of an overspend of £9.629m;\nb) The planned use of reserves.")
    assert d.verbs == ["NOTED"]
    assert d.kind == "decision"
    assert d.text == ("The Committee NOTED:\na) The forecast outturn of an overspend of £9.629m;\n"
                      "b) The planned use of reserves.")
    assert d.id == "abc123abc123.p0001.d1"
    assert d.votes is None and d.actor is None


def test_vote_and_verb_in_one_sentence():
    d = one("With 9 votes in favour, 2 votes against and 4 abstentions, the Committee AGREED the approach "
            "to Transport. The Guidance would help staff.")
    assert d.verbs == ["AGREED"]
    assert (d.votes.for_, d.votes.against, d.votes.abstain) == (9, 2, 4)
    assert d.text.endswith("the approach to Transport.")


def test_compound_verbs():
    d = one("With 12 votes for and 0 against, the Committee RESOLVED to AGREE:\na) The forecast outturn;\nb) The planned use of reserves.")
    assert d.verbs == ["RESOLVED", "AGREED"]
    assert d.votes.for_ == 12 and d.votes.against == 0
    assert "b) The planned use of reserves." in d.text


def test_points_with_their_own_verbs_become_decisions_carrying_the_vote():
    found = decide("With 12 votes for and 0 against, the Committee:\n"
                   "• RESOLVED to AGREE to support the proposals in Appendix 1;\n"
                   "• AGREED to RECOMMEND to Policy and Resources Committee for agreement.")
    assert [d.verbs for d in found] == [["RESOLVED", "AGREED"], ["AGREED", "RECOMMENDED"]]
    assert [d.votes.for_ for d in found] == [12, 12]
    assert [d.id[-2:] for d in found] == ["d1", "d2"]
    assert found[1].text == ("With 12 votes for and 0 against, the Committee:\n"
                             "• AGREED to RECOMMEND to Policy and Resources Committee for agreement.")


def test_separately_verbed_points_are_separate_decisions():
    found = decide("For each Vital Sign reported on an exceptions basis, the Committee:\n"
                   "a. REVIEWED the performance data;\nb. AGREED that the recommended actions were appropriate.")
    assert [d.verbs for d in found] == [["REVIEWED"], ["AGREED"]]
    assert all(d.votes is None for d in found)


def test_bare_committee_head_without_colon():
    found = decide("The Select Committee\na) DISCUSSED and CONTRIBUTED ways of supporting carers\n"
                   "b) NOTED and DISCUSSED the work underway")
    assert [d.verbs for d in found] == [["DISCUSSED", "CONTRIBUTED"], ["NOTED", "DISCUSSED"]]
    assert found[0].text == "The Select Committee\na) DISCUSSED and CONTRIBUTED ways of supporting carers"


def test_paired_capital_verbs_outside_the_list():
    assert one("The Select Committee CONSIDERED and DISCUSSED the progress of the strategy").verbs == \
        ["CONSIDERED", "DISCUSSED"]
    assert one("DISCUSSED and CONTRIBUTED ways of supporting carers").verbs == ["DISCUSSED", "CONTRIBUTED"]


@pytest.mark.parametrize("text, verbs", [
    ("The minutes of the meeting held on 23 January 2017 were agreed as an accurate record and signed by the Chair.",
     ["AGREED"]),
    ("After discussion, Mrs Gurney withdrew her motion. It was agreed that the next Committee would decide.",
     ["AGREED"]),
    ("Ms Whitaker was duly elected to Chair the meeting.", ["ELECTED"]),
    ("RESOLVED that the report be noted.", ["RESOLVED"]),
    ("RESOLVED: (1) that the budget be approved; (2) that officers report back in March.", ["RESOLVED"]),
    ("The Committee agreed to defer the item to its next meeting.", ["AGREED"]),
    ("Members noted the update.", ["NOTED"]),
])
def test_lower_case_collective_decisions(text, verbs):
    d = one(text)
    assert (d.kind, d.verbs) == ("decision", verbs)


@pytest.mark.parametrize("text", [
    "Safeguarding courses offered by district councils were noted.",
    "It was noted that the £13m allocated should reduce as services were reshaped.",
    "An investment of £3m had been agreed so that savings could be delayed.",
    "A Nominations Committee meeting where an updated job description was discussed and agreed;",
    "The Executive Director was asked what could be done to tackle the overspend.",
    "Mrs Gurney proposed, seconded by Mr Mooney, that a shorter report be brought to every meeting.",
    "The Committee received the report.",
    "The budget is in line with previously agreed savings requirements.",
])
def test_not_decisions(text):
    assert decide(text) == []


def test_proposal_agreed_keeps_movers():
    d = one("Cllr Tim Adams, seconded by Cllr Brenda Jones, PROPOSED that the Committee set up a task and "
            "finish group; the Committee AGREED this proposal")
    assert d.verbs == ["AGREED"]
    assert (d.proposer, d.seconder) == ("Cllr Tim Adams", "Cllr Brenda Jones")
    assert d.text.startswith("Cllr Tim Adams, seconded by")


def test_motion_carried_without_a_verb():
    d = one("Proposed by Cllr A Smith, seconded by Cllr B Jones, that the policy be adopted. Carried.")
    assert d.verbs == ["RESOLVED"]
    assert d.votes.outcome == "carried"
    assert (d.proposer, d.seconder) == ("Cllr A Smith", "Cllr B Jones")


def test_motion_lost():
    d = one("Moved by Councillor Brown and seconded by Councillor Green that the fees be frozen; "
            "on being put to the vote the motion was lost (Y-3, N-7).")
    assert d.verbs == ["REJECTED"]
    assert (d.votes.for_, d.votes.against, d.votes.outcome) == (3, 7, "lost")


def test_vote_in_its_own_sentence_joins_the_lone_decision():
    d = one("The recommendation was put to the vote: 8 votes for and 3 against. RESOLVED that the plan be adopted.")
    assert (d.votes.for_, d.votes.against) == (8, 3)


def test_unanimous():
    d = one("The Committee unanimously AGREED to endorse the plan.")
    assert d.votes.unanimous and d.votes.outcome == "carried"


# ---- officer actions -------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("The Delivery Manager reported progress. The Delivery Manager agreed to put copies of the report in Group Rooms.",
     "the Delivery Manager"),
    ("The Executive Director for Adult Social Services agreed to find out more about disabled bus passes.",
     "the Executive Director for Adult Social Services"),
    ("The Director of Commissioning (Adult Social Services) agreed to circulate information on care homes",
     "the Director of Commissioning (Adult Social Services)"),
    ("The Executive Director agreed that this would be amended.", "the Executive Director"),
    ("Officers undertook to report back on the cost.", "Officers"),
])
def test_actions(text, actor):
    d = one(text)
    assert (d.kind, d.verbs, d.actor, d.votes) == ("action", ["AGREED"], actor, None)


def test_decision_and_action_in_one_sentence_are_told_apart():
    found = decide("Courses for taxi drivers were noted; the Assistant Director of Social Work agreed to "
                   "consider including this in the policy.")
    assert [(d.kind, d.actor) for d in found] == [("action", "the Assistant Director of Social Work")]
    assert found[0].text.endswith("; the Assistant Director of Social Work agreed to consider including this in the policy.")


def test_bullets_under_discussion_are_read_one_by_one():
    found = decide("The following points were discussed and noted:\n"
                   "Concern was raised about high turnover\n"
                   "The Director of Commissioning agreed to circulate information on struggling care homes\n"
                   "It was agreed that officers would draft terms of reference")
    assert [(d.kind, d.verbs) for d in found] == [("action", ["AGREED"]), ("decision", ["AGREED"])]
    assert found[1].text == "It was agreed that officers would draft terms of reference"


def test_only_minutes_paragraphs():
    assert extract_decisions([para("The Committee NOTED the report.", part="report")]) == []


def test_stray_point_paragraphs_fold_into_their_head():
    found = extract_decisions([
        para("The Committee NOTED:", number="10.3", seq=1),
        para("The forecast outturn;", number="a)", seq=2),
        para("The planned use of reserves.", number="b)", seq=3),
        para("The Committee received the next report.", number="11.1", seq=4),
    ])
    assert len(found) == 1
    assert found[0].text == "The Committee NOTED:\na) The forecast outturn;\nb) The planned use of reserves."


def test_sentences_keep_titles():
    assert sentences("Mr. Smith spoke. It was agreed.") == ["Mr. Smith spoke.", "It was agreed."]


# ---- recommendations -------------------------------------------------------------------

REPORT = Report(id="abc123abc123.r01", document_id="abc123abc123", title="Finance monitoring",
                meeting_id=None, meeting_date=None)


def rec_paras(*texts, section="Recommendations", start=1):
    out = []
    for i, t in enumerate(texts, start=start):
        number = None
        if isinstance(t, tuple):
            number, t = t
        out.append(para(t, number=number, part="report", seq=i, section=section, report_id=REPORT.id))
    return out


def labels_texts(recs):
    return [(r.label, r.text) for r in recs]


def test_lettered_points_in_one_paragraph():
    recs = extract_recommendations(REPORT, rec_paras(
        "Members are invited to consider the contents of this report and to agree:\n"
        "a) The outturn position of an overspend of £4.399m\nb) The outturn position for the Capital Programme"))
    assert labels_texts(recs) == [("a", "The outturn position of an overspend of £4.399m"),
                                  ("b", "The outturn position for the Capital Programme")]
    assert recs[0].report_id == REPORT.id and recs[0].paragraph_id == "abc123abc123.p0001"


def test_points_as_paragraphs_with_numbers_and_nested_points():
    paras = rec_paras(
        "Members are invited to discuss the contents of this report and in particular to note:",
        ("a)", "The forecast outturn position at period 2"),
        ("b)", "The planned use of reserves"),
        "and to recommend",
        "e) That P&R agree to use the Reserve, specifically to fund:\n(i) £5.155m for the cost of care; and\n"
        "(ii) £5m to protect social care.")
    recs = extract_recommendations(REPORT, paras)
    assert [r.label for r in recs] == ["a", "b", "e"]
    assert recs[2].text == ("That P&R agree to use the Reserve, specifically to fund:\n(i) £5.155m for the cost "
                            "of care; and\n(ii) £5m to protect social care.")
    assert recs[1].paragraph_id == "abc123abc123.p0003"


def test_numbered_points_then_signature():
    recs = extract_recommendations(REPORT, rec_paras(
        "That the Adult Social Care Committee considers and comments on:",
        "1) the summary of performance.\n2) the financial position, as at Period 3 2024/25.",
        "Councillor Jonathan Wheeler\nCabinet Member for Adult Social Care",
        section="RECOMMENDATION/S"))
    assert labels_texts(recs) == [("1", "the summary of performance."),
                                  ("2", "the financial position, as at Period 3 2024/25.")]


def test_roman_points_nested_in_letters_and_i_after_h_is_a_letter():
    recs = extract_recommendations(REPORT, rec_paras(
        "Committee is recommended to:\n"
        "a) Note the guidance and in particular note:\ni. the budget assumptions\nii. the forecast gap\n"
        "b) Consider the budget issues"))
    assert labels_texts(recs) == [("a", "Note the guidance and in particular note:\ni. the budget assumptions\n"
                                        "ii. the forecast gap"), ("b", "Consider the budget issues")]
    letters = "\n".join(f"{c}) point {c}" for c in "abcdefghij")
    assert [r.label for r in extract_recommendations(REPORT, rec_paras("Members are asked to:\n" + letters))] == \
        list("abcdefghij")


def test_unlabelled_bullets_after_an_intro():
    recs = extract_recommendations(REPORT, rec_paras(
        "With reference to section 3, Committee Members are asked to",
        "Discuss and agree the performance data",
        "Agree the actions to address performance"))
    assert labels_texts(recs) == [(None, "Discuss and agree the performance data"),
                                  (None, "Agree the actions to address performance")]


def test_heading_repeated_inside_the_block_is_skipped():
    recs = extract_recommendations(REPORT, rec_paras(
        ("5.", "Recommendation or Action Required"), "a) Members are asked to comment on the approach",
        section="5. Recommendation or Action Required"))
    assert labels_texts(recs) == [("a", "Members are asked to comment on the approach")]


def test_preamble_only():
    recs = extract_recommendations(REPORT, rec_paras(
        "That Members review and make appointments to the bodies set out in Appendix A.",
        section="Recommendation"))
    assert labels_texts(recs) == [(None, "That Members review and make appointments to the bodies set out in Appendix A.")]


def test_without_a_recommendations_heading():
    paras = rec_paras("The report sets out the position.", section="Purpose") + rec_paras(
        "That the Committee considers and comments on:\n(a) the summary of risks;\n(b) the financial position.",
        section="Summary", start=2)
    assert labels_texts(extract_recommendations(REPORT, paras)) == [
        ("a", "the summary of risks"), ("b", "the financial position.")]


def test_recommendations_printed_twice_are_kept_once():
    block = "The Committee is asked to agree:\na) to renew the arrangements\nb) to publish the plan"
    paras = rec_paras(block) + rec_paras(block, section="8. Recommendations", start=5)
    assert [r.label for r in extract_recommendations(REPORT, paras)] == ["a", "b"]


def test_recommendations_printed_twice_once_cut_short_are_kept_once():
    paras = rec_paras("Cabinet is asked to:\na) NOTE the overspend of £2.1m and the actions being taken\nb) AGREE the "
                      "changes") + rec_paras("Cabinet is asked to:\na) NOTE the overspend of £2.1m.",
                                             section="9. Recommendations", start=5)
    assert [(r.label, r.text) for r in extract_recommendations(REPORT, paras)] == [
        ("a", "NOTE the overspend of £2.1m and the actions being taken"), ("b", "AGREE the changes")]


def test_other_reports_paragraphs_are_ignored():
    other = para("Members are asked to:\na) agree X", part="report", section="Recommendations", report_id="zzz.r02")
    assert extract_recommendations(REPORT, [other]) == []


@pytest.mark.parametrize("text, sentences_", [
    ("The minutes were approved. Proposed: Ms K. Ross; Seconded: Mr J. Grant. The Chair thanked all.",
     ["The minutes were approved.", "Proposed: Ms K. Ross; Seconded: Mr J. Grant.", "The Chair thanked all."]),
    ("Item agreed. A. Smith left the meeting.", ["Item agreed.", "A. Smith left the meeting."]),
    ("The report was NOTED. RESOLVED to approve.", ["The report was NOTED.", "RESOLVED to approve."]),
])
def test_sentences_do_not_end_at_an_initial(text, sentences_):
    assert sentences(text) == sentences_


def test_movers_with_initials_are_read_whole():
    found = extract_decisions([Paragraph("d.p1", "d", 1, "The minutes of the meeting of 10th May 2023 were approved. "
                                         "Proposed: Ms K. Ross; Seconded: Mr J. Grant.", 0, 90, "minutes", item="2")])
    assert [(d.proposer, d.seconder) for d in found] == [("Ms K. Ross", "Mr J. Grant")]


@pytest.mark.parametrize("text, expected", [
    ("The minutes of the meeting held on 2nd February 2021 were approved and signed. Proposed Cllr Lane, "
     "seconded Cllr Hart. All agreed.",
     [("The minutes of the meeting held on 2nd February 2021 were approved and signed.", "Cllr Lane", "Cllr Hart")]),
    ("The Council RESOLVED to repaint the village sign at a cost of £420. Carried unanimously.",
     [("The Council RESOLVED to repaint the village sign at a cost of £420.", None, None)]),
    ("Proposed by Cllr Ash, seconded by Cllr Birch. Agreed.",
     [("Proposed by Cllr Ash, seconded by Cllr Birch. Agreed.", "Cllr Ash", "Cllr Birch")]),
])
def test_a_bare_outcome_closes_the_decision_above_it_not_a_second_one(text, expected):
    found = extract_decisions([para(text)])
    assert [(d.text, d.proposer, d.seconder) for d in found] == expected


def test_carried_unanimously_after_a_resolution_is_its_vote():
    (d,) = extract_decisions([para("The Council RESOLVED to repaint the village sign. Carried unanimously.")])
    assert (d.votes.unanimous, d.outcome) == (True, "carried")

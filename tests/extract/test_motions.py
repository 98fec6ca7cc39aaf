"""Motions across paragraphs (indexer/extract/motions.py, groups.py): moved, worded, voted on, resolved.

Each form is tested with the paragraphs split as a segmenter may print them and, where it matters,
joined into one paragraph of lines. Snippets are invented.
"""
from dataclasses import dataclass, field

import pytest
from helpers_minutes import minute_paragraphs

from indexer.extract.decisions import extract_decisions
from models.domain import Attendee

paras = minute_paragraphs


def summary(found):
    return [(d.verbs, d.outcome, d.votes and (d.votes.for_, d.votes.against, d.votes.abstain), d.proposer,
             d.seconder) for d in found]


COUNTY = [
    ("(2)", "Mrs Ash proposed, and Mr Birch seconded the motion that:"),
    "“The Council notes the auditor’s statement and agrees to have regard to it when setting the budget.”",
    ("(3)", "The Chairman put the motion set out in paragraph 2 to the vote and the voting was as follows:"),
    "For (31)",
    "Mrs Ash, Mr Birch, Ms Cole, Sir Tom Dunn, OBE",
    "Against (0)",
    "Abstain (1)",
    "Mr Eyre",
    "Motion carried.",
    ("(4)", "RESOLVED that the Council notes the auditor’s statement and agrees to have regard to it."),
]


def test_a_named_vote_over_paragraphs_decides_the_motion_and_goes_to_the_resolution():
    found = extract_decisions(paras(*COUNTY))
    assert summary(found) == [(["RESOLVED"], "carried", (31, 0, 1), "Mrs Ash", "Mr Birch")]
    assert found[0].text.startswith("RESOLVED that the Council notes")
    assert found[0].paragraph_id == "cafe00cafe00.p0010"
    assert found[0].votes.paragraph_id == "cafe00cafe00.p0004"  # 'For (31)': where the vote is printed


def test_the_same_in_one_paragraph_of_lines():
    lines = [t if isinstance(t, str) else f"{t[0]} {t[1]}" for t in COUNTY]
    found = extract_decisions(paras("\n".join(lines[:9]), lines[9]))
    assert summary(found) == [(["RESOLVED"], "carried", (31, 0, 1), "Mrs Ash", "Mr Birch")]


AMENDMENTS = [
    ("(4)", "Mr Gale proposed and Ms Hunt Seconded the following motion:"),
    "“That the Council agree the following:",
    "Revenue Budget",
    ("(a)", "The net budget requirement of £812.4m.\n(b) The capital programme of £96m.”"),
    ("(7)", "Mr Ives proposed, and Mrs Jay seconded the following amendment:"),
    "Proposed Purpose:",
    "“To add £40k to the road safety budget.”",
    "Proposed Funding Source:",
    "“Reduce the contingency.”",
    "Post meeting note – the amendment’s costing is in Appendix C.",
    ("(8)", "Following the debate, the Chairman put to the vote the amendment set out in paragraph 7 above and the "
            "voting was as follows:"),
    "For (9)\nMr Ives, Mrs Jay\nAgainst (30)\nAbstain (2)",
    "Amendment lost.",
    ("(9)", "The Chairman put to the vote the substantive motion set out in paragraph 4 above and the voting was as "
            "follows:"),
    "For (30)", "Against (9)", "Abstain (2)",
    "Substantive Motion Carried.",
    ("(10)", "RESOLVED that:"),
    "The Council agree the following:",
    "Revenue Budget",
    ("(a)", "The net budget requirement of £812.4m.\n(b) The capital programme of £96m."),
]


def test_amendments_decided_by_reference_and_the_substantive_motion_resolved():
    found = extract_decisions(paras(*AMENDMENTS))
    assert summary(found) == [
        (["REJECTED"], "lost", (9, 30, 2), "Mr Ives", "Mrs Jay"),
        (["RESOLVED"], "carried", (30, 9, 2), "Mr Gale", "Ms Hunt")]
    amendment, resolution = found
    assert amendment.text == ("Proposed Purpose:\n“To add £40k to the road safety budget.”\nProposed Funding Source:\n"
                              "“Reduce the contingency.”")
    assert amendment.paragraph_id == "cafe00cafe00.p0005"
    # each vote cited where it is printed, 'For (9)' and 'For (30)', further down than what it decides
    assert (amendment.votes.paragraph_id, resolution.votes.paragraph_id) == ("cafe00cafe00.p0012", "cafe00cafe00.p0015")
    assert resolution.text.split("\n")[:3] == ["RESOLVED that:", "The Council agree the following:", "Revenue Budget"]
    assert resolution.text.endswith("(b) The capital programme of £96m.")


@pytest.mark.parametrize("texts, expected", [
    # US minutes: a motion, then the roll call in a paragraph of its own
    (["It was moved by Commissioner Vance and seconded by Commissioner Wong to approve the minutes of 9 May.",
      "AYES: Commissioners Vance, Wong, Yates\nNOES: None\nABSENT: Zito"],
     [(["RESOLVED"], "carried", (3, 0, None), "Commissioner Vance", "Commissioner Wong")]),
    (["Moved by Councilmember Ortiz, seconded by Councilmember Park, to award the paving contract.\n"
      "Ayes: Ortiz, Park, Lee. Noes: Reyes."],
     [(["RESOLVED"], "carried", (3, 1, None), "Councilmember Ortiz", "Councilmember Park")]),
    # a parish's motion and its outcome line
    (["Proposed by Cllr Kemp, seconded by Cllr Lowe, that the hall fees be frozen for 2026.", "CARRIED"],
     [(["RESOLVED"], "carried", (None, None, None), "Cllr Kemp", "Cllr Lowe")]),
    (["Cllr Moss proposed an amendment that the grant be halved, seconded by Cllr Nash.",
      "The amendment was withdrawn."],
     [(["WITHDRAWN"], "withdrawn", None, "Cllr Moss", "Cllr Nash")]),
    (["Cllr Owen proposed, and Cllr Park seconded, that the verges be cut monthly.",
      "On being put to the vote the motion was lost, with 3 votes in favour and 5 against."],
     [(["REJECTED"], "lost", (3, 5, None), "Cllr Owen", "Cllr Park")]),
])
def test_motions_and_their_outcome_below(texts, expected):
    assert summary(extract_decisions(paras(*texts))) == expected


def test_a_resolution_above_a_motion_in_the_same_run_stays():
    found = extract_decisions(paras("RESOLVED that the minutes of 3 May be signed.\nIt was moved by Trustee Bloom and "
                                    "seconded by Trustee Carver to adopt the budget.\nAYES: Bloom, Carver, Dorsey\n"
                                    "NOES: None"))
    assert [(d.verbs, d.votes and d.votes.for_, d.proposer) for d in found] == [
        (["RESOLVED"], None, None), (["RESOLVED"], 3, "Trustee Bloom")]


def test_motion_wording_is_the_decision_text():
    (d,) = extract_decisions(paras("Proposed by Cllr Kemp, seconded by Cllr Lowe, that the hall fees be frozen.",
                                   "CARRIED"))
    assert d.text == "Proposed by Cllr Kemp, seconded by Cllr Lowe, that the hall fees be frozen."
    assert d.paragraph_id == "cafe00cafe00.p0001"


def test_a_vote_without_a_motion_goes_to_the_decision_above_or_below():
    found = extract_decisions(paras("RESOLVED that the footway be resurfaced.", "For (5)\nAgainst (2)"))
    assert summary(found) == [(["RESOLVED"], "carried", (5, 2, None), None, None)]
    found = extract_decisions(paras("The recommendation was put to the vote: 8 votes for and 3 against.",
                                    "RESOLVED that the plan be adopted."))
    assert summary(found) == [(["RESOLVED"], "carried", (8, 3, None), None, None)]


def test_a_motion_moved_gives_its_movers_to_the_resolution_below():
    found = extract_decisions(paras("It was proposed by Councillor Quinn and seconded by Councillor Rowe that the "
                                    "application be refused.",
                                    "RESOLVED that planning permission be REFUSED (For 6, Against 1)."))
    assert summary(found) == [(["RESOLVED"], "carried", (6, 1, None), "Councillor Quinn", "Councillor Rowe")]


def test_motions_do_not_cross_items():
    first = paras("Proposed by Cllr Kemp, seconded by Cllr Lowe, that the hall fees be frozen.", item="6")
    second = paras("CARRIED", item="7")
    second[0].id = "cafe00cafe00.p0002"
    assert extract_decisions(first + second) == []


@dataclass
class Meeting:
    attendees: list = field(default_factory=list)
    chair: str | None = None


def test_movers_named_from_the_meeting():
    meeting = Meeting([Attendee(n, "present") for n in ("Sally Webb — *Chair*", "Rob Wilde", "Mr T Ash")],
                      chair="Sally Webb")
    found = extract_decisions(paras("The minutes of 2 July were approved. Proposed by SW and seconded by RW.",
                                    "The Chairman proposed, and it was accepted that item 9 be held over."),
                              {"m1": meeting})
    assert [(d.proposer, d.seconder) for d in found] == [("Sally Webb (SW)", "Rob Wilde (RW)"),
                                                          ("Sally Webb (the Chairman)", None)]
    assert [d.outcome for d in found] == ["agreed", "agreed"]
    unknown = extract_decisions(paras("The minutes were approved by XY and seconded by RW."), {"m1": meeting})
    assert (unknown[0].proposer, unknown[0].seconder) == ("XY", "Rob Wilde (RW)")


# Motions printed as blocks, a line each (indexer/extract/blocks.py): Canadian, Scottish and US minutes.

ONTARIO = ["Resolution No. R2023-042", "Moved by Deputy Mayor Reid", "Seconded by Councillor Young",
           "That Council approve the 2023 Operating Budget with a levy increase of 3.9 percent.",
           "Recorded Vote:", "Yeas: Mayor Carter, Deputy Mayor Reid, Councillor Patel, Councillor Young",
           "Nays: Councillor Moreau", "Carried (4 to 1)"]


def test_an_ontario_resolution_is_its_wording_with_movers_and_recorded_vote():
    found = extract_decisions(paras(*ONTARIO))
    assert summary(found) == [(["RESOLVED"], "carried", (4, 1, None), "Deputy Mayor Reid", "Councillor Young")]
    assert found[0].text == "That Council approve the 2023 Operating Budget with a levy increase of 3.9 percent."
    assert found[0].paragraph_id.endswith("p0004")


def test_the_same_block_printed_as_one_paragraph_of_lines():
    found = extract_decisions(paras("\n".join(ONTARIO)))
    assert summary(found) == [(["RESOLVED"], "carried", (4, 1, None), "Deputy Mayor Reid", "Councillor Young")]


def test_a_scottish_motion_defeated_and_the_next_one_carried():
    found = extract_decisions(paras("Moved: Cllr Ash", "Seconded: Cllr Birch",
                                    "THAT the Community Council objects to the wind farm application.",
                                    "Defeated (2 to 5)",
                                    "Moved: Cllr Cole", "Seconded: Cllr Dunn",
                                    "THAT the Community Council makes no comment.", "Carried"))
    assert summary(found) == [(["REJECTED"], "lost", (2, 5, None), "Cllr Ash", "Cllr Birch"),
                              (["RESOLVED"], "carried", (None, None, None), "Cllr Cole", "Cllr Dunn")]
    assert [d.text for d in found] == ["THAT the Community Council objects to the wind farm application.",
                                       "THAT the Community Council makes no comment."]


def test_an_english_inline_motion_is_not_a_block():
    found = extract_decisions(paras("Proposed by Cllr Jones, seconded by Cllr Thomas, that the quotation be "
                                    "accepted. Carried 5 for, 1 against."))
    assert [(d.proposer, d.seconder) for d in found] == [("Cllr Jones", "Cllr Thomas")]
    assert found[0].votes.for_ == 5 and found[0].votes.against == 1


def test_an_irish_motion_proposed_seconded_and_resolved_in_quotation_marks():
    found = extract_decisions(paras("Proposed by Cllr T. Walsh; Seconded by Cllr A. Nolan; and resolved:",
                                    "“That the Council approves the disposal of 0.5 hectares at Ballymore for €25,000.”",
                                    "A vote was taken: For 12, Against 3, Abstain 1. The Cathaoirleach declared the "
                                    "motion carried."))
    assert summary(found) == [(["RESOLVED"], "carried", (12, 3, 1), "Cllr T. Walsh", "Cllr A. Nolan")]
    assert found[0].text == "“That the Council approves the disposal of 0.5 hectares at Ballymore for €25,000.”"


def test_minutes_confirmed_on_the_proposal_of_two_members():
    found = extract_decisions(paras("On the proposal of Cllr P. Doyle, seconded by Cllr S. Kelly, the minutes of the "
                                    "meeting of 10th April 2023 were confirmed."))
    assert summary(found) == [(["CONFIRMED"], "agreed", None, "Cllr P. Doyle", "Cllr S. Kelly")]


def test_a_vote_is_placed_where_it_is_printed():
    # a US roll call in a paragraph below its motion; an English vote below a resolution
    found = extract_decisions(paras("It was moved by Commissioner Vance and seconded by Commissioner Wong to approve "
                                    "the minutes of 9 May.", "AYES: Commissioners Vance, Wong, Yates\nNOES: None"))
    assert [(d.paragraph_id, d.votes.paragraph_id) for d in found] == [("cafe00cafe00.p0001", "cafe00cafe00.p0002")]
    found = extract_decisions(paras("RESOLVED that the footway be resurfaced.", "For (5)\nAgainst (2)"))
    assert [(d.paragraph_id, d.votes.paragraph_id) for d in found] == [("cafe00cafe00.p0001", "cafe00cafe00.p0002")]
    (d,) = extract_decisions(paras("RESOLVED that planning permission be REFUSED (For 6, Against 1)."))
    assert d.votes.paragraph_id == d.paragraph_id

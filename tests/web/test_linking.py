"""webapp.linking: which decision a committee took on each recommendation of a report."""
from __future__ import annotations

from webapp.linking import link_recommendations, same_item, similarity


def decision(did: str, item: str, text: str, title: str = "", kind: str = "decision") -> dict:
    return {"id": did, "item": item, "text": text, "kind": kind, "citation": {"title": title}}


REPORT = {"id": "r1", "agenda_item": "13", "title": "Transport Update", "recommendations": [
    {"label": "a", "text": "Agree the revised Transport Policy and Guidance attached to the report."},
    {"label": "b", "text": "Note the savings from hired transport."},
    {"label": "c", "text": "Agree a Member workshop on integrated health and social care."},
]}
TRANSPORT = decision("d1", "13", "With 9 votes in favour, 2 votes against and 4 abstentions, the Committee "
                     "AGREED the approach to Transport and the revised Transport Policy and Guidance.")
OTHER_ITEM = decision("d2", "14", "The Committee NOTED the progress of the SCIE review.")


def test_similarity_counts_content_words():
    assert similarity("Agree the revised Transport Policy", "AGREED the revised transport policy") == 1.0
    assert similarity("Transport", "SCIE review") == 0.0
    assert similarity("", "anything") == 0.0


def test_same_item_by_number_or_title():
    assert same_item(REPORT, TRANSPORT)
    assert same_item(REPORT, decision("d", "9", "x", title="Transport update"))
    assert not same_item(REPORT, OTHER_ITEM)


def test_each_recommendation_links_to_the_decision_taken_on_it():
    links = link_recommendations([REPORT], [OTHER_ITEM, TRANSPORT])
    assert links == {("r1", 0): TRANSPORT}


def test_a_strong_match_under_another_item_still_links():
    moved = decision("d3", "12", "The Committee AGREED a Member workshop on integrated health and social "
                                 "care in Norfolk.")
    assert link_recommendations([REPORT], [moved]) == {("r1", 2): moved}


def test_weak_matches_elsewhere_and_actions_do_not_link():
    weak = decision("d4", "12", "The Committee NOTED the workshop dates.")
    action = decision("d5", "13", "Officers agreed to circulate the revised Transport Policy and Guidance.",
                      kind="action")
    assert link_recommendations([REPORT], [weak, action]) == {}


def test_one_decision_answers_one_recommendation():
    twin = {"id": "r2", "agenda_item": "13", "title": "Transport Update",
            "recommendations": [REPORT["recommendations"][0]]}
    links = link_recommendations([REPORT, twin], [TRANSPORT])
    assert list(links.values()) == [TRANSPORT] and len(links) == 1


def test_no_reports_or_no_decisions():
    assert link_recommendations([], [TRANSPORT]) == {}
    assert link_recommendations([REPORT], []) == {}

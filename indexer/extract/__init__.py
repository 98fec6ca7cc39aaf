"""Extraction: decisions, votes, movers, actions, recommendations, tables, figures, entities, and the
next meeting, agenda issue and end of each meeting its paper announces.

Open this package for "why was this vote, mover, recommendation or figure missed?".
"""
from indexer.extract.decisions import extract_decisions
from indexer.extract.entities import load_nlp, tag
from indexer.extract.figures import extract_figures
from indexer.extract.issued import extract_issued
from indexer.extract.meeting_end import extract_meeting_ends
from indexer.extract.movers import parse_mover
from indexer.extract.next_meeting import extract_next_meetings
from indexer.extract.recommendations import extract_recommendations
from indexer.extract.staff_reports import item_recommendations
from indexer.extract.tables import extract_tables
from indexer.extract.votes import parse_votes

__all__ = ["extract_decisions", "extract_figures", "extract_issued", "extract_meeting_ends", "extract_next_meetings", "extract_recommendations", "extract_tables", "item_recommendations",
           "load_nlp", "parse_mover", "parse_votes", "tag"]

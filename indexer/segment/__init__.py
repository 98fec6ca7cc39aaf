"""Segmentation: a paper -> its meetings, items, paragraphs and reports, in the council's numbering.

Open this package for "why is this item, meeting date or paragraph number wrong?".
"""
from indexer.segment.context import Hints, Segmented
from indexer.segment.paper import segment

__all__ = ["Hints", "Segmented", "segment"]

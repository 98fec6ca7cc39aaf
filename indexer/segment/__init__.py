"""Segmentation: a paper -> its meetings, items, paragraphs and reports, in the council's numbering.

Open this package for "why is this item, meeting date or paragraph number wrong?".
"""
from indexer.segment.paper import Segmented, segment

__all__ = ["Segmented", "segment"]

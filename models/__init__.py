"""Minutebook's domain vocabulary: no I/O, no dependencies beyond the standard library."""
from models.domain import (  # noqa: F401
    DECISION_VERBS,
    KINDS,
    PARTS,
    Answer,
    Attendee,
    Citation,
    Decision,
    Document,
    EntityMention,
    Figure,
    Item,
    Meeting,
    Paragraph,
    Recommendation,
    Report,
    SearchHit,
    SourceText,
    Table,
    Vote,
)
from models.errors import BadParameter, DocumentError, MinutebookError, NoIndex, NotFound, Overloaded  # noqa: F401

"""Minutes paragraphs built from literal snippets, for the extraction tests."""
from __future__ import annotations

from models.domain import Paragraph


def minute_paragraphs(*texts: str | tuple[str, str], item: str | None = "6", meeting_id: str = "m1",
                      doc: str = "cafe00cafe00") -> list[Paragraph]:
    """One minutes paragraph per snippet, in order, under one item of one meeting; a (number, text) pair
    gives the paragraph its printed number."""
    out = []
    for i, t in enumerate(texts, start=1):
        number, text = t if isinstance(t, tuple) else (None, t)
        out.append(Paragraph(id=f"{doc}.p{i:04d}", document_id=doc, seq=i, text=text, start=0, end=len(text),
                             part="minutes", number=number, item=item, meeting_id=meeting_id))
    return out

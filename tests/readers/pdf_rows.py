"""Printed PDF rows for the layout tests: words placed as pdfplumber gives them."""
from corpus.pdf_page import Line


def row(top: float, *groups: tuple[float, str], height: float = 8.0, gap: float = 4.0) -> Line:
    """A printed row: each group ((x0, 'words'), ...) starts at x0, its words `gap` points apart, 5 per letter."""
    words = []
    for x0, text in groups:
        x = x0
        for w in text.split():
            words.append({"text": w, "x0": x, "x1": x + 5 * len(w), "top": top, "bottom": top + height})
            x += 5 * len(w) + gap
    return Line(top=top, bottom=top + height, x0=words[0]["x0"], x1=words[-1]["x1"],
                text=" ".join(w["text"] for w in words), words=words)


def texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines]

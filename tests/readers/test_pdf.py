"""Lines a paragraph wraps onto (corpus.pdf.wraps): prose is carried on, a block set flush right is not."""
from corpus.pdf import wraps
from corpus.pdf_page import Line


def line(x0: float, x1: float, text: str, top: float) -> Line:
    words, x = [], x0
    for w in text.split():
        width = (x1 - x0 - 3 * (len(text.split()) - 1)) * len(w) / len(text.replace(" ", ""))
        words.append({"text": w, "x0": x, "x1": x + width, "top": top, "bottom": top + 12})
        x += width + 3
    return Line(top=top, bottom=top + 12, x0=x0, x1=x1, text=text, words=words)


EDGES = {0: (50.0, 540.0)}


def test_a_signature_set_flush_right_is_not_a_paragraph():
    # an English county's agenda, and a US city's staff report
    assert not wraps(line(455, 539.5, "Benjamin Watts", 321), line(449, 539.5, "General Counsel", 335), EDGES)
    assert not wraps(line(400, 539.5, "DEMOCRATIC SERVICES", 80), line(430, 539.5, "SESSIONS HOUSE", 94), EDGES)
    assert not wraps(line(430, 539.8, "Jane Doe, City Clerk", 600), line(470, 539.8, "City of Gardena", 614), EDGES)


def test_prose_and_hanging_indents_are_carried_on():
    assert wraps(line(50, 538, "(1) The General Counsel advised that Members’ Register of Interests detailed", 100),
                 line(80, 538, "their main declarations and it was not necessary to declare", 114), EDGES)
    assert wraps(line(50, 537, "The Committee considered the report and the officers would", 200),
                 line(50, 400, "report back in March.", 214), EDGES)

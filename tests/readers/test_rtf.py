"""corpus.rtf: literal RTF in the forms Word, LibreOffice and WordPad write, exact text back."""
from pathlib import Path

import pytest

from corpus.limits import Limits
from corpus.read import SUPPORTED, read_file
from corpus.rtf import blocks_of, list_item, mark_structure
from indexer.settings import Settings
from models.errors import DocumentError

SETTINGS = Settings()
HEAD = r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fnil\fcharset2 Symbol;}}"

# As Word writes a notice and agenda: a bold heading, a line break, numbered and bulleted items
# (the numbers Word computed in \listtext), a table, \rquote and \uN escapes.
WORD = HEAD + r"""{\*\listtable{\list\listtemplateid1{\listlevel\levelnfc0{\leveltext \'02\'00.;}{\levelnumbers \'01;}}\listid1}}
\pard\plain\qc\b ASHWELL PARISH COUNCIL\b0\par
\pard\plain Minutes of a meeting of Ashwell Parish Council held on Tuesday 3rd March 2021 at 7.30pm.\line Present: Cllr A Smith (Chair), Cllr B Jones\par
\pard\plain\b AGENDA\b0\par
{\listtext\pard\plain\f0 1.\tab}\pard\plain\ls1\ilvl0 To receive apologies for absence\par
{\listtext\pard\plain\f0 2.\tab}\pard\plain\ls1\ilvl0 To approve the payments below\par
{\listtext\pard\plain\f1\'b7\tab}\pard\plain\ls2\ilvl0 Village Hall hire \endash  to follow\par
\trowd\cellx3000\cellx6000\cellx8000\pard\plain\intbl Payee\cell Amount \'a3\cell Cheque\cell\row
\trowd\cellx3000\cellx6000\cellx8000\pard\plain\intbl R Smith\cell 120.00\cell 1021\cell\row
\trowd\cellx3000\cellx6000\cellx8000\pard\plain\intbl Village Hall\par\pard\plain\intbl (October)\cell 45.50\cell \cell\row
\pard\plain The Council\rquote s mower: \u163?3m was RESOLVED.\par
}"""
WORD_TEXT = (
    "ASHWELL PARISH COUNCIL\n\n"
    "Minutes of a meeting of Ashwell Parish Council held on Tuesday 3rd March 2021 at 7.30pm.\n"
    "Present: Cllr A Smith (Chair), Cllr B Jones\n\n"
    "AGENDA\n\n"
    "1. To receive apologies for absence\n2. To approve the payments below\n- Village Hall hire – to follow\n\n"
    "Payee\tAmount £\tCheque\nR Smith\t120.00\t1021\nVillage Hall (October)\t45.50\t\n\n"
    "The Council’s mower: £3m was RESOLVED."
)

# As LibreOffice writes a list item and a table row: \par at the head of the next line, \uN
# followed by its fallback character, cell text in groups.
LIBREOFFICE = HEAD + r"""\pard\plain {\loch Finance Committee}
\par \pard\plain \s67\ql{\listtext\pard\plain  \u61623\'3f\tab}\ilvl0\ls1 \li360{\loch Parish Caretaker \u8211\'96 \u163\'a3120}
\par \trowd\trql\cellx2772\cellx5652\pard\plain \s0\intbl{\loch Payee}\cell\pard\plain \s0\intbl{\loch Amount \u163\'a3}\cell\row\pard\trowd\cellx2772\cellx5652\pard\plain \s0\intbl{\loch R Smith}\cell\pard\plain \s0\intbl{\loch 120.00}\cell\row\pard\pard\plain {\loch It was RESOLVED that the payments be approved.}
\par }"""

# As WordPad writes bullets: the old \pntext numbering, which striprtf alone would drop.
WORDPAD = HEAD + r"""\pard Present:\par
{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'B7}}\fi-720\li720 Cllr A Smith\par
{\pntext\f1\'B7\tab}Cllr B Jones\par
\pard It was AGREED.\par
}"""


def read(tmp_path: Path, rtf: str, name: str = "paper.rtf"):
    path = tmp_path / name
    path.write_bytes(rtf.encode("cp1252"))
    return read_file(path, SETTINGS)


def test_rtf_is_supported():
    assert ".rtf" in SUPPORTED


def test_word_rtf_paragraphs_lists_and_table(tmp_path):
    source = read(tmp_path, WORD)
    assert (source.format, source.encoding) == ("rtf", "cp1252")
    assert source.text == WORD_TEXT


def test_libreoffice_rtf_list_and_table(tmp_path):
    assert read(tmp_path, LIBREOFFICE).text == (
        "Finance Committee\n\n- Parish Caretaker – £120\n\nPayee\tAmount £\nR Smith\t120.00\n\n"
        "It was RESOLVED that the payments be approved.")


def test_wordpad_rtf_keeps_its_old_style_bullets(tmp_path):
    assert read(tmp_path, WORDPAD).text == "Present:\n\n- Cllr A Smith\n- Cllr B Jones\n\nIt was AGREED."


def test_hyperlink_keeps_its_text_only(tmp_path):
    rtf = HEAD + r"""\pard See {\field{\*\fldinst{HYPERLINK "https://example.org/minutes.pdf"}}{\fldrslt{the minutes}}} online.\par}"""
    assert read(tmp_path, rtf).text == "See the minutes online."


def test_escaped_backslash_and_braces_are_text(tmp_path):
    rtf = HEAD + r"\pard Path C:\\par\\cell and \{braces\}\par}"
    assert read(tmp_path, rtf).text == r"Path C:\par\cell and {braces}"


def test_destinations_without_text_are_skipped(tmp_path):
    rtf = HEAD + r"""{\info{\title Agenda}{\author Clerk}}{\*\generator Word;}\pard Item 1\par}"""
    assert read(tmp_path, rtf).text == "Item 1"


def test_code_page_of_the_document(tmp_path):
    rtf = r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0 Arial;}}\pard \'cf\'f0\'ee\'f2\'ee\'ea\'ee\'eb\par}"
    source = read(tmp_path, rtf)
    assert (source.text, source.encoding) == ("Протокол", "cp1251")


def test_not_rtf(tmp_path):
    path = tmp_path / "agenda.rtf"
    path.write_text("Agenda of the meeting", encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        read_file(path, SETTINGS)
    assert info.value.message == (f"{path}: not an RTF file: it does not start with {{\\rtf "
                                  "(check the file type; rename it if it is another format)")


def test_rtf_with_no_text(tmp_path):
    with pytest.raises(DocumentError, match="no text: the document holds only whitespace"):
        read(tmp_path, HEAD + r"\pard\par\pard\par}")


def test_rtf_keeps_to_the_time_limit(tmp_path):
    path = tmp_path / "slow.rtf"
    path.write_bytes(WORD.encode("cp1252"))
    with pytest.raises(DocumentError, match="took longer than 0 s"):
        read_file(path, Settings(file_timeout_s=0))


@pytest.mark.parametrize("text, item", [
    ("1.\tTo receive apologies", "1. To receive apologies"),
    ("(iv)\tEqual Opportunities Policy", "(iv) Equal Opportunities Policy"),
    ("\uf0b7\tParish Caretaker", "- Parish Caretaker"),
    ("·\tParish Caretaker", "- Parish Caretaker"),
    ("\tUnlabelled", "Unlabelled"),
    ("No tab at all", "No tab at all"),
])
def test_list_item_labels(text, item):
    assert list_item(text) == item


def test_marks_survive_striprtf_and_are_read_back():
    from striprtf.striprtf import rtf_to_text

    plain = rtf_to_text(mark_structure(HEAD + r"\pard a\line b\par\pard\intbl c\cell d\cell\row\pard e\par}"))
    assert blocks_of(plain) == "a\nb\n\nc\td\n\ne"
    assert Limits(path="x").max_depth == 1_000  # the reader runs under the default bounds

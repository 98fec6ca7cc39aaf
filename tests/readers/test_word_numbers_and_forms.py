"""Word's automatic list numbers printed as Word prints them; a PDF's own dates."""
from helpers_docs import make_docx

from corpus.pdf import file_dates
from corpus.read import read_file
from indexer.settings import Settings


def test_word_list_numbers_are_printed(tmp_path):
    path = tmp_path / "agenda.docx"
    path.write_bytes(make_docx([("para", "AGENDA"), ("number", "To receive apologies for absence"),
                                ("number", "To approve payments of accounts due"), ("para", "Signed, the Clerk"),
                                ("number", "13.9 Officers would report back.")]))
    lines = [x for x in read_file(path, Settings()).text.split("\n") if x]
    assert lines == ["AGENDA", "1. To receive apologies for absence", "2. To approve payments of accounts due",
                     "Signed, the Clerk", "13.9 Officers would report back."]


def test_file_dates_from_the_pdf_info():
    assert file_dates({"CreationDate": b"D:20230504101500-05'00'", "ModDate": "D:20230601"}) == {
        "created": "2023-05-04", "modified": "2023-06-01"}
    assert file_dates({"Title": b"Agenda"}) == {}

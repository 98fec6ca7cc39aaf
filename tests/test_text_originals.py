"""A cp1252 text paper through the pipeline and the web: its encoding is stored, and its original
is served with that charset, so '£' reads as '£' (not U+FFFD)."""
from __future__ import annotations

import pytest
from helpers_formats import MINUTES

from indexer import store
from indexer.engine import Engine
from indexer.pipeline import index_paths
from indexer.settings import load_settings
from webapp.pages_original import charset

PAPER = MINUTES.replace("The meeting finished at", "A fee of £120 was agreed. The meeting finished at")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(db, client, {name: path}) over a cp1252 paper, a UTF-8 one and a Markdown one."""
    from webapp import create_app

    root = tmp_path_factory.mktemp("text-originals")
    settings = load_settings(data_dir=root / "data", embed_backend="hash")
    files = {"cp1252.txt": PAPER.encode("cp1252"),
             "utf8.txt": PAPER.replace("6 March 2017", "3 July 2017").encode("utf-8"),
             "crlf-cp1252.md": PAPER.replace("6 March 2017", "4 September 2017").replace("\n", "\r\n").encode("cp1252")}
    paths = {}
    for name, data in files.items():
        paths[name] = root / name
        paths[name].write_bytes(data)
    engine = Engine(settings)
    report = index_paths(list(paths.values()), settings, engine)
    assert report.ok and len(report.new) == 3, (report.failed, report.skipped)
    app = create_app({"TESTING": True}, settings=settings)
    app.extensions["minutebook.engine"] = engine
    return store.open_store(settings.db_path, create=False), app.test_client(), paths


def _doc(db, path) -> dict:
    return next(db.query("select id, encoding, text from documents where path = ?", [str(path.resolve())]))


@pytest.mark.parametrize("name, encoding, content_type", [
    ("cp1252.txt", "cp1252", "text/plain; charset=windows-1252"),
    ("utf8.txt", "utf-8", "text/plain; charset=utf-8"),
    ("crlf-cp1252.md", "cp1252", "text/markdown; charset=windows-1252"),
])
def test_the_encoding_is_stored_and_the_original_served_in_it(served, name, encoding, content_type):
    db, client, paths = served
    doc = _doc(db, paths[name])
    assert doc["encoding"] == encoding
    assert "A fee of £120 was agreed." in doc["text"] and "\r" not in doc["text"]
    r = client.get(f"/documents/{doc['id']}/original")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == content_type
    assert r.data == paths[name].read_bytes()
    assert "£120" in r.data.decode(r.mimetype_params["charset"])


@pytest.mark.parametrize("encoding, name", [("cp1252", "windows-1252"), ("latin-1", "iso-8859-1"),
                                            ("utf-16", "utf-16"), ("cp1251", "windows-1251"), ("utf-8", "utf-8")])
def test_charset_names(encoding, name):
    assert charset(encoding) == name

"""`minutebook index` prints file names so that a name cannot forge lines of its output."""
from __future__ import annotations

from click.testing import CliRunner

from indexer.cli import cli


def test_a_file_name_with_cr_lf_prints_as_one_line_in_the_index_summary(tmp_path):
    bad = tmp_path / "papers" / "evil\r\nfailed: forged.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"")
    result = CliRunner().invoke(cli, ["--data", str(tmp_path / "data"), "index", str(bad)])
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed")]
    assert len(failed) == 1
    assert failed[0].startswith(f"failed: {tmp_path}/papers/evil\\r\\nfailed: forged.txt: empty file")


def test_printable_escapes_controls_and_bidi_overrides():
    from indexer.cli import printable

    assert printable("a\tb\r\nc\x1b[31m\u202ed\x7f£") == "a\\tb\\r\\nc\\x1b[31m\\u202ed\\x7f£"

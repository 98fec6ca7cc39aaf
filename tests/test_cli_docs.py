"""Every command is documented: an Example in its help, and a row in the README."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_an_example_and_a_readme_entry(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example: minutebook" in result.output
    assert f"`{name}" in README


def test_bad_date_option_names_the_parameter(tmp_path):
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "decisions", "--since", "March 2017"])
    assert result.exit_code == 2
    assert "'March 2017' is not a date: use yyyy-mm-dd" in result.output

"""corpus.markdown: front matter kept as metadata (its date a posting date), the body as plain blocks."""
from pathlib import Path

import pytest

from corpus.markdown import inline, markdown_text, split_front_matter
from corpus.read import read_file
from indexer.settings import Settings

SETTINGS = Settings()

HUGO_MINUTES = """---
title: Minutes for meeting held Tuesday 6th March 2024
type: minutes
special_meeting:
date: 2024-03-12
tags: [minutes, 2024]
draft: false
---

*Held in the Community Hall at 7pm.*

## Present

* Ann Smith — *Chair*
+ Bob Jones
- Carol Patel

## Treasurer's Report

PI advised that the **balance** was £630 and
that the grant had been _received_.

| Account | Balance £ |
|---------|----------:|
| Current | 1,234.56 |
| Reserve \\| savings | 5,000.00 |

See [the accounts](https://example.org/accounts.pdf "Accounts") and <clerk@example.org>.

> From: A Resident<HARD BREAK>
> Subject: Buses
>
> The last bus is at **16:20**.

---

*The meeting closed at 9pm.*
""".replace("<HARD BREAK>", "  ")  # two spaces at a line's end: a line break inside the paragraph

HUGO_TEXT = """# Minutes for meeting held Tuesday 6th March 2024

Held in the Community Hall at 7pm.

## Present

- Ann Smith — Chair
- Bob Jones
- Carol Patel

## Treasurer's Report

PI advised that the balance was £630 and that the grant had been received.

Account\tBalance £
Current\t1,234.56
Reserve | savings\t5,000.00

See the accounts and clerk@example.org.

From: A Resident
Subject: Buses

The last bus is at 16:20.

The meeting closed at 9pm.
"""


def read(tmp_path: Path, text: str, name: str = "minutes.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path, SETTINGS)


def test_front_matter_becomes_metadata_and_its_title_the_heading(tmp_path):
    source = read(tmp_path, HUGO_MINUTES)
    assert source.format == "md"
    assert source.metadata == {"title": "Minutes for meeting held Tuesday 6th March 2024", "type": "minutes",
                               "special_meeting": "", "date": "2024-03-12", "tags": "minutes, 2024",
                               "draft": "false"}
    assert source.text == HUGO_TEXT
    assert "2024-03-12" not in source.text  # the posting date is not offered as the meeting's


def test_title_not_repeated_when_the_body_opens_with_it(tmp_path):
    source = read(tmp_path, "---\ntitle: Agenda\n---\n# Agenda\n\n1. Apologies\n")
    assert source.text == "# Agenda\n\n1. Apologies\n"


def test_toml_front_matter(tmp_path):
    source = read(tmp_path, '+++\ntitle = "Planning Committee minutes"\ndate = 2021-03-10T09:00:00Z\n+++\n\nText.\n')
    assert source.metadata == {"title": "Planning Committee minutes", "date": "2021-03-10T09:00:00+00:00"}
    assert source.text == "# Planning Committee minutes\n\nText.\n"


def test_front_matter_a_yaml_parser_refuses_is_still_taken_off(tmp_path):
    source = read(tmp_path, "---\ntitle: Minutes: March\ndate: 2024-03-12\n---\nText.\n")
    assert source.metadata == {"title": "Minutes: March", "date": "2024-03-12"}
    assert source.text == "# Minutes: March\n\nText.\n"


def test_no_front_matter(tmp_path):
    source = read(tmp_path, "Minutes\n=======\n\nThe Committee NOTED the report.\n")
    assert (source.metadata, source.text) == ({}, "# Minutes\n\nThe Committee NOTED the report.\n")


def test_a_rule_inside_the_text_is_not_front_matter():
    assert split_front_matter("Intro\n---\ntitle: x\n---\n") == ({}, "Intro\n---\ntitle: x\n---\n")


def test_headings_setext_and_atx():
    assert markdown_text("Minutes\n=======\nItems\n-----\n### 5. Budget ###\n") == \
        "# Minutes\n## Items\n### 5. Budget\n"


def test_code_fences_comments_shortcodes_and_references_go():
    text = "Intro\n<!-- draft note -->\n{{< figure src=\"a.jpg\" >}}\n```\nA *literal* line\n```\n[1]: https://example.org\n"
    assert markdown_text(text) == "Intro\n\nA *literal* line\n"


@pytest.mark.parametrize("text, plain", [
    ("**RESOLVED** that", "RESOLVED that"),
    ("***Chair***", "Chair"),
    ("__Noted__ and _agreed_", "Noted and agreed"),
    ("a snake_case_name stays", "a snake_case_name stays"),
    ("2 * 3 * 4 = 24", "2 * 3 * 4 = 24"),
    ("~~withdrawn~~ motion", "withdrawn motion"),
    ("`R2021-044`", "R2021-044"),
    ("![Map of the site](site.png)", "Map of the site"),
    ("[minute 14/21][m14]", "minute 14/21"),
    ("<https://example.org/x>", "https://example.org/x"),
    ("\\*not emphasis\\*", "*not emphasis*"),
    ("[Agenda (PDF)](a.pdf)", "Agenda (PDF)"),
])
def test_inline_markup(text, plain):
    assert inline(text) == plain


def test_numbered_items_and_bullets_one_per_line():
    assert markdown_text("1. Apologies\n2. Minutes\n   * sub point\n") == "1. Apologies\n2. Minutes\n- sub point\n"


def test_markdown_extension(tmp_path):
    assert read(tmp_path, "# Minutes\n", name="m.markdown").format == "md"

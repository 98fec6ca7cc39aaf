"""Text of a Markdown file: front matter kept apart as metadata, the body as plain blocks.

Front matter (YAML between '---' lines, or TOML between '+++' lines, as Hugo and Jekyll sites
write it) is taken off the text and kept in `SourceText.metadata` as strings; its `date` is when
the page was posted, not the meeting's date, and is kept as written under its own name. Its
title, when the body does not open with it, becomes the first line ('# title'): it is the
paper's heading.

The body keeps the shape the other readers give: headings as lines starting with '#' (setext
underlines become '#' and '##'), bullets as '- item', numbered items as written, pipe tables as
tab-separated rows, blockquote markers dropped, the lines of one paragraph joined into one line
(a hard break kept as a newline). Emphasis markers (*x*, _x_, **x**, ~~x~~, `x`) and link syntax
([text](url) -> text, ![alt](src) -> alt, <https://...> -> the address) go; so do fences, HTML
comments, Hugo shortcodes and link reference definitions.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import replace

import yaml

from corpus.limits import Limits
from models.domain import SourceText

_FRONT = re.compile(r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?)\n(?:(?P=fence)|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BULLET = re.compile(r"^\s*[*+-]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image: its alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link: its text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference link
    (re.compile(r"<((?:https?|ftp)://[^>\s]+|[^>\s@]+@[^>\s@]+\.[^>\s]+)>"), r"\1"),  # autolink
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|(?<!\w)__)(?=\S)(.+?)(?<=\S)(?:\*\*|__(?!\w))"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
]
_PROTECT = 0xE200  # escaped characters wait in the private-use area while markup is removed


def markdown_source(source: SourceText, limits: Limits) -> SourceText:
    """A decoded Markdown file as plain blocks, its front matter in `metadata`."""
    fields, body = split_front_matter(source.text)
    text = markdown_text(body)
    title = fields.get("title", "").strip()
    if title and _first_heading(text) != title:
        text = f"# {title}\n\n{text}"
    limits.check_time("reading the Markdown")
    return replace(source, text=text, metadata=fields)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(front-matter fields as strings, the text after it); no fields when there is none."""
    found = _FRONT.match(text)
    if not found:
        return {}, text
    raw = found.group("body")
    try:
        data = tomllib.loads(raw) if found.group("fence") == "+++" else yaml.safe_load(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
        data = dict(_simple_fields(raw))
    fields = {str(k): _as_text(v) for k, v in (data.items() if isinstance(data, dict) else [])
              if not isinstance(v, dict)}
    return fields, text[found.end():]


def _simple_fields(raw: str) -> list[tuple[str, str]]:
    """'key: value' lines of front matter a YAML parser refused."""
    pairs = (line.split(":", 1) for line in raw.split("\n") if ":" in line and not line.startswith(" "))
    return [(k.strip(), v.strip().strip("'\"")) for k, v in pairs]


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(_as_text(v) for v in value)
    return str(value)


def _first_heading(text: str) -> str:
    first = text.lstrip("\n").split("\n", 1)[0]
    return first.lstrip("#").strip()


def markdown_text(body: str) -> str:
    """The Markdown body as plain blocks (see the module docstring)."""
    body = _SHORTCODE.sub("", _COMMENT.sub("", body))
    out: list[str] = []
    lines = body.split("\n")
    i, fenced, hard_break = 0, False, False
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            fenced = not fenced
        elif fenced:
            out.append(line)
        elif _is_table_start(lines, i):
            i = _table(lines, i, out)
            continue
        elif i + 1 < len(lines) and _SETEXT.match(lines[i + 1]) and line.strip() and _plain(line):
            out.append(("# " if lines[i + 1].strip()[0] == "=" else "## ") + inline(line.strip()))
            i += 1
        else:
            hard_break = _line(line, out, hard_break)
        i += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + ("\n" if body.endswith("\n") else "")


def _plain(line: str) -> bool:
    return not (_ATX.match(line) or _BULLET.match(line) or _NUMBERED.match(line) or _QUOTE.match(line))


def _line(line: str, out: list[str], hard_break: bool) -> bool:
    """Add one body line to `out`; True when it ends with a hard break."""
    line = _QUOTE.sub("", line)
    breaks = line.endswith(("  ", "\\"))
    stripped = line.rstrip(" \\").strip()
    heading = _ATX.match(line)
    if not stripped or _RULE.match(line) or _REFERENCE.match(line):
        out.append("")
    elif heading:
        out.append(f"{heading.group(1)} {inline(heading.group(2))}")
    elif _BULLET.match(line):
        out.append("- " + inline(_BULLET.sub("", line).strip()))
    elif _NUMBERED.match(line) or not out or not out[-1] or out[-1].startswith("#") or hard_break \
            or "\t" in out[-1]:
        out.append(inline(stripped))
    else:
        out[-1] += " " + inline(stripped)  # the paragraph goes on
    return breaks


def _is_table_start(lines: list[str], i: int) -> bool:
    return "|" in lines[i] and i + 1 < len(lines) and bool(_TABLE_RULE.match(lines[i + 1]))


def _table(lines: list[str], i: int, out: list[str]) -> int:
    """Add a pipe table's rows as tab-separated cells; the index of the line after it."""
    out.append("")
    rows = [lines[i]]
    i += 2
    while i < len(lines) and "|" in lines[i] and lines[i].strip():
        rows.append(lines[i])
        i += 1
    out.extend("\t".join(_cells(row)) for row in rows)
    out.append("")
    return i


def _cells(row: str) -> list[str]:
    row = _protect(row.strip())
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|"):
        row = row[:-1]
    return [_restore(inline(cell.strip(), protected=True)) for cell in row.split("|")]


def inline(text: str, protected: bool = False) -> str:
    """Text without emphasis markers and link syntax; backslash escapes resolved."""
    text = text if protected else _protect(text)
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return text if protected else _restore(text)


def _protect(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(_PROTECT + ord(m.group(1))), text)


def _restore(text: str) -> str:
    return "".join(chr(ord(c) - _PROTECT) if _PROTECT <= ord(c) < _PROTECT + 128 else c for c in text)

"""Text of an HTML page: its main content as blank-line-separated blocks; nothing is executed.

Scripts, styles, frames, forms, navigation and page chrome are dropped; the page's <main>,
single <article> or #content is read when present. Headings, paragraphs and list items
("- text", or "3. text" in an <ol>) become blocks of their own; tables become tab-separated
rows.

Before a tree is built, one pass of lxml's HTML parser counts the page's elements and their
nesting (`check_markup`), so that a page past `max_elements` or `max_depth` is refused in
milliseconds instead of being built into gigabytes of objects; the walk checks the clock.
"""
from __future__ import annotations

from dataclasses import replace

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString
from lxml import etree

from corpus.limits import Limits
from models.domain import SourceText

DROP = ("script", "style", "iframe", "frame", "frameset", "object", "embed", "noscript", "nav",
        "form", "aside", "template", "svg", "canvas", "button", "select", "textarea", "head")
CHROME = ("header", "footer")  # page chrome, dropped unless inside an <article>
BLOCKS = {"p", "div", "section", "article", "main", "body", "blockquote", "pre", "address",
          "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "figure", "figcaption", "caption",
          "hr", "details", "summary", "fieldset", "legend", "center"}


def html_source(source: SourceText, limits: Limits) -> SourceText:
    """A decoded web page as its readable text."""
    return replace(source, text=html_to_text(source.text, limits))


def html_to_text(markup: str, limits: Limits | None = None) -> str:
    """Readable text of an HTML document, within `limits` (the defaults when not given)."""
    limits = limits or Limits(path="(html)")
    check_markup(markup, limits)
    soup = BeautifulSoup(markup, "lxml")
    _drop_noise(soup)
    writer = _Writer(limits)
    writer.walk(_content_root(soup))
    return "\n\n".join(writer.blocks)


class _Census:
    """An lxml parser target that counts elements and their depth, and stops at a bound."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.depth = 0
        self.count = 0

    def start(self, tag: str, attrib: dict) -> None:
        self.depth += 1
        self.count += 1
        self.limits.check_depth(self.depth, "elements of the page")
        self.limits.check_elements(self.count, "elements in the page")

    def end(self, tag: str) -> None:
        self.depth -= 1

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        return None


def check_markup(markup: str, limits: Limits) -> None:
    """Raise DocumentError when the page holds more elements, or nests them deeper, than allowed.

    The same parser (lxml's HTML parser, fed as BeautifulSoup feeds it) sees the same tree, so
    what is counted is what would be built.
    """
    parser = etree.HTMLParser(target=_Census(limits))
    parser.feed(markup)
    parser.close()


def _drop_noise(soup: BeautifulSoup) -> None:
    doomed = soup.find_all(DROP) + soup.find_all(attrs={"role": "navigation"})
    doomed += soup.find_all(attrs={"hidden": True}) + soup.find_all(attrs={"aria-hidden": "true"})
    doomed += [t for t in soup.find_all(CHROME) if t.find_parent("article") is None]
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def _content_root(soup: BeautifulSoup) -> Tag:
    articles = soup.find_all("article")
    for candidate in (soup.find("main"), articles[0] if len(articles) == 1 else None,
                      soup.find(id="content"), soup.body):
        if candidate is not None and candidate.get_text(strip=True):
            return candidate
    return soup


def table_rows(table: Tag) -> list[str]:
    """The table's own rows (not those of tables nested in it) as tab-separated cells."""
    lines = []
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        cells = [" ".join(c.get_text(" ").split()) for c in tr.find_all(("td", "th"), recursive=False)]
        if any(cells):
            lines.append("\t".join(cells))
    return lines


class _Writer:
    """Walks the tree without recursion (deep markup cannot overflow the stack)."""

    CHECK_EVERY = 2000  # nodes between two looks at the clock

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.blocks: list[str] = []
        self.buffer: list[str] = []
        self.prefix = ""
        self.lists: list[list] = []  # [tag name, next number] per open list
        self.pre = 0

    def flush(self) -> None:
        lines = [" ".join(line.split()) for line in "".join(self.buffer).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(self.prefix + text)
            self.prefix = ""
        self.buffer = []

    def walk(self, root: Tag) -> None:
        stack: list[tuple[object, bool]] = [(root, False)]
        seen = 0
        while stack:
            node, leaving = stack.pop()
            seen += 1
            if seen % self.CHECK_EVERY == 0:
                self.limits.check_time(f"read {seen:,} nodes of the page")
            if isinstance(node, NavigableString):
                self.text(node)
            elif isinstance(node, Tag):
                if leaving:
                    self.end(node)
                elif self.start(node):
                    stack.append((node, True))
                    stack.extend((child, False) for child in reversed(node.contents))
        self.flush()

    def text(self, node: NavigableString) -> None:
        if isinstance(node, PreformattedString):  # comments, CDATA, doctype, processing instructions
            return
        self.buffer.append(str(node) if self.pre else " ".join(str(node).split("\n")))

    def start(self, tag: Tag) -> bool:
        """Open a tag; False when its children should not be walked."""
        name = tag.name
        if name == "table":
            self.flush()
            rows = table_rows(tag)
            if rows:
                self.blocks.append("\n".join(rows))
            return False
        if name == "br":
            self.buffer.append("\n")
        elif name in ("ul", "ol"):
            self.flush()
            self.lists.append([name, _start_number(tag)])
        elif name == "li":
            self.flush()
            self.prefix = self._item_prefix()
        elif name in BLOCKS:
            self.flush()
            self.pre += 1 if name == "pre" else 0
        return True

    def end(self, tag: Tag) -> None:
        name = tag.name
        if name in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif name == "li" or name in BLOCKS:
            self.flush()
            self.pre -= 1 if name == "pre" else 0

    def _item_prefix(self) -> str:
        if not self.lists or self.lists[-1][0] == "ul":
            return "- "
        number = self.lists[-1][1]
        self.lists[-1][1] += 1
        return f"{number}. "


def _start_number(tag: Tag) -> int:
    try:
        return int(str(tag.get("start", "1")))
    except ValueError:
        return 1

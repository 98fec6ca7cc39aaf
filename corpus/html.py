"""Text of an HTML page: its main content as blank-line-separated blocks; nothing is executed.

Scripts, styles, frames, search forms, controls, hidden parts, navigation and page chrome are
dropped (`corpus.html_chrome`); the page's <main>, single <article> or #content is read when
present. Headings, paragraphs and list items ("- text", or "3. text" in an <ol>) become blocks
of their own. A table row of data (a meetings calendar's rows under its header row, a finance
table) becomes a line of tab-separated cells; a table whose rows lay out blocks (a ModernGov
agenda: an item's number in one cell, its title, description, decision and minutes in the next)
is read as those blocks, the number leading the first.

Before a tree is built, one pass of lxml's HTML parser counts the page's elements and their
nesting (`check_markup`), so that a page past `max_elements` or `max_depth` is refused in
milliseconds instead of being built into gigabytes of objects; the walk checks the clock.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString
from lxml import etree

from corpus.blocks import ITEM_NUMBER
from corpus.html_chrome import content_root, drop_chrome
from corpus.limits import Limits
from models.domain import SourceText

BLOCKS = {"p", "div", "section", "article", "main", "body", "blockquote", "pre", "address",
          "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dt", "dd", "figure", "figcaption", "caption",
          "hr", "details", "summary", "fieldset", "legend", "center", "form", "td", "th"}
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
LAYOUT = ("table", "ul", "ol", "dl", *HEADINGS)  # in a cell, these make its row a layout of blocks
PARAGRAPHS = ("p", "div", "blockquote", "pre", "section")


def html_source(source: SourceText, limits: Limits) -> SourceText:
    """A decoded web page as its readable text, its <title> in `metadata`."""
    text, title = read_page(source.text, limits)
    return replace(source, text=text, metadata={"title": title} if title else {})


def html_to_text(markup: str, limits: Limits | None = None) -> str:
    """Readable text of an HTML document, within `limits` (the defaults when not given)."""
    return read_page(markup, limits or Limits(path="(html)"))[0]


def read_page(markup: str, limits: Limits) -> tuple[str, str]:
    """(readable text, the page's <title>) of an HTML document."""
    check_markup(markup, limits)
    soup = BeautifulSoup(markup, "lxml")
    limits.check_time("parsing the page")
    title = " ".join(soup.title.get_text(" ").split()) if soup.title else ""
    drop_chrome(soup)
    writer = _Writer(limits)
    writer.walk(content_root(soup))
    return "\n\n".join(writer.blocks), title


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


def own_rows(table: Tag) -> list[Tag]:
    """The table's own rows (not those of tables nested in it)."""
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def row_cells(tr: Tag) -> list[str]:
    """A row's cells as text, one line each."""
    return [" ".join(c.get_text(" ").split()) for c in tr.find_all(("td", "th"), recursive=False)]


def table_rows(table: Tag) -> list[str]:
    """The table's own rows as tab-separated cells (rows with no text left out)."""
    return ["\t".join(cells) for cells in map(row_cells, own_rows(table)) if any(cells)]


def lays_out_blocks(tr: Tag) -> bool:
    """Whether a row lays out blocks rather than data: one of its cells holds a heading, a list or
    a table, or more than one paragraph."""
    for cell in tr.find_all(("td", "th"), recursive=False):
        if cell.find(LAYOUT) is not None:
            return True
        if sum(1 for p in cell.find_all(PARAGRAPHS) if p.get_text(strip=True)) > 1:
            return True
    return False


@dataclass
class _Rows:
    """Data rows of a table, to be written as one block when the walk reaches them."""

    rows: list[str]


@dataclass
class _Label:
    """An item number from a row's first cell, to lead the next block."""

    text: str


def table_parts(table: Tag) -> list[object]:
    """What a table is read as: its data rows as one block of tab rows, or, when it lays out blocks
    (a third or more of its rows do), the cells of each row in order, the item number of a short
    first cell leading the row's first block."""
    rows = [tr for tr in own_rows(table) if tr.get_text(strip=True)]
    if not rows:
        return []
    if 3 * sum(1 for tr in rows if lays_out_blocks(tr)) < len(rows):
        return [_Rows(table_rows(table))]
    parts: list[object] = []
    for tr in rows:
        cells = tr.find_all(("td", "th"), recursive=False)
        first = " ".join(cells[0].get_text(" ").split()) if cells else ""
        if len(cells) > 1 and ITEM_NUMBER.match(first):
            parts.append(_Label(first))
            cells = cells[1:]
        parts.extend(cells)
    return parts


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
            if isinstance(node, _Rows):
                self.flush()
                if node.rows:
                    self.blocks.append("\n".join(node.rows))
            elif isinstance(node, _Label):
                self.flush()
                self.prefix = f"{node.text} "
            elif isinstance(node, NavigableString):
                self.text(node)
            elif isinstance(node, Tag):
                if leaving:
                    self.end(node)
                    continue
                inside = self.start(node)
                if inside is not None:
                    stack.append((node, True))
                    stack.extend((child, False) for child in reversed(inside))
        self.flush()

    def text(self, node: NavigableString) -> None:
        if isinstance(node, PreformattedString):  # comments, CDATA, doctype, processing instructions
            return
        self.buffer.append(str(node) if self.pre else " ".join(str(node).split("\n")))

    def start(self, tag: Tag) -> list | None:
        """Open a tag; what to walk inside it (its children, or a table's parts), or None."""
        name = tag.name
        if name == "table":
            self.flush()
            return table_parts(tag)
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
        return tag.contents

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

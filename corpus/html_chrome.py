"""What of a saved web page is not the paper: scripts, frames, navigation, controls, hidden parts.

Council sites built on ASP.NET (Legistar, ModernGov, CMIS) wrap the whole page in one <form>,
so a form is dropped only when, without its controls, it holds no headings, paragraphs, tables
or lists with text (a search box); a form that holds the page is read. A search or filter panel is recognised by its data-entry
controls (text boxes, drop-down lists, check boxes): the table row, list item or block holding
one goes with it when it holds little else, labels and all. Elements a browser would not show
(`hidden`, `aria-hidden`, inline `display:none` or `visibility:hidden`, the usual hiding
classes) and the parts that ARIA names as chrome (navigation, banner, search, menus, tabs,
dialogs) are dropped too, and so are blocks whose id or class names chrome ('mgHeader',
'breadcrumb', 'site-footer') and that hold no sentence, and the link furniture of a page: lists whose every item is a
link (menus, tab strips) and a short link standing alone in its block ("Sign In", "Help"; in a
table only as a row's one cell). `content_root` then picks the page's <main>, single <article>
or #content, else the body.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

DROP = ("script", "style", "iframe", "frame", "frameset", "object", "embed", "noscript", "nav",
        "aside", "template", "svg", "canvas", "head", "map", "dialog")
CONTROLS = ("input", "select", "option", "optgroup", "textarea", "button", "datalist", "label", "output")
CHROME = ("header", "footer")  # page chrome, dropped unless inside an <article>
CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "tablist",
                "toolbar", "dialog", "alertdialog", "tooltip", "complementary"}
# Classes that hide an element: Bootstrap, Tailwind, WordPress, and Telerik's (Legistar's) hidden tab view.
HIDING_CLASSES = {"hidden", "hide", "d-none", "invisible", "is-hidden", "visually-hidden", "sr-only",
                  "screen-reader-text", "element-invisible", "rmpHiddenView"}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Ids and classes of page chrome, split at their words ('mgBreadCrumb' -> 'mg-bread-crumb'); such a block is
# dropped unless it holds a sentence (a theme that puts the paper's last line in a 'footer' paragraph).
CHROME_NAME_RE = re.compile(r"(?:^|[\s_-])(?:header|footer|bread-?crumbs?|nav|navbar|navigation|menu|masthead|skip-?link"
                            r"|cookie-?\w*|site-?search)(?:$|[\s_-])")
SENTENCE_RE = re.compile(r"[A-Za-z]\w*(?:\s+\S+){5,}?[.!?](?:\s|$)")
NOT_ENTRY = {"hidden", "submit", "button", "image", "reset"}  # input types that take no data
PANEL_TEXT = 200  # characters: a row or block with a control and less text than this is a control panel
PANEL_HOLDERS = ("tr", "li", "p", "div", "fieldset", "span", "td", "dd")
TEXT_BLOCKS = ("p", "table", "ul", "ol", "dl", "blockquote", "pre", *HEADINGS)
LINK_HOLDERS = ("div", "p", "td", "th", "dd", "section", "center", "li")
SHORT_LINK = 40  # characters: a link alone in its block and no longer than this is page furniture


def drop_chrome(soup: BeautifulSoup) -> None:
    """Remove from the tree everything that is not the paper's text."""
    _decompose(soup.find_all(DROP) + soup.find_all(_is_hidden) + soup.find_all(_has_chrome_role))
    _decompose([t for t in soup.find_all(CHROME) if t.find_parent("article") is None])
    _decompose([t for t in soup.find_all(_named_chrome) if not SENTENCE_RE.search(_text(t))])
    _decompose([_panel(control) for control in soup.find_all(_takes_data)])
    forms = soup.find_all("form")
    _decompose(soup.find_all(CONTROLS))
    _decompose([f for f in forms if not f.decomposed and not _holds_text(f)])
    _decompose([lst for lst in soup.find_all(("ul", "ol")) if _all_links(lst)])
    _decompose([_lone_link_holder(a) for a in soup.find_all("a")])


def _holds_text(form: Tag) -> bool:
    """Whether a form, its controls gone, still holds the page's text (headings, paragraphs,
    tables or lists with words in them), as an ASP.NET page's one form does."""
    if len(_text(form)) < SHORT_LINK:
        return False
    return any(block.get_text(strip=True) for block in form.find_all(TEXT_BLOCKS))


def _decompose(tags: list[Tag | None]) -> None:
    for tag in tags:
        if tag is not None and not tag.decomposed:
            tag.decompose()


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    if HIDDEN_STYLE.search(str(tag.get("style", ""))):
        return True
    return bool(HIDING_CLASSES.intersection(tag.get("class") or ()))


def _named_chrome(tag: Tag) -> bool:
    """A block whose id or class names page chrome: 'mgHeader', 'site-footer', 'breadcrumb', 'topNav'."""
    if tag.name not in ("div", "section", "ul", "ol", "p", "span") or tag.find("th") is not None:
        return False  # a grid's column headers ('rgHeaderDiv') are the table's, not the page's
    names = " ".join([str(tag.get("id", "")), *(tag.get("class") or ())])
    return bool(CHROME_NAME_RE.search(re.sub(r"(?<=[a-z])(?=[A-Z])", "-", names).lower()))


def _has_chrome_role(tag: Tag) -> bool:
    return str(tag.get("role", "")).lower() in CHROME_ROLES


def _takes_data(tag: Tag) -> bool:
    """A control a user types or picks data into (not a button, not a hidden field)."""
    if tag.name in ("select", "textarea"):
        return True
    return tag.name == "input" and str(tag.get("type", "text")).lower() not in NOT_ENTRY


def _panel(control: Tag) -> Tag | None:
    """The row or block around a data-entry control that holds little else, or None."""
    if control.decomposed:
        return None
    panel = None
    for holder in control.parents:
        if holder.name in ("table", "form", "body", "main", "article"):
            break
        if holder.name in PANEL_HOLDERS:
            if len(holder.get_text(" ", strip=True)) >= PANEL_TEXT:
                break
            panel = holder
            if holder.name in ("tr", "li", "fieldset"):
                break
    return panel


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _all_links(lst: Tag) -> bool:
    """A list whose every item with text is wholly the text of links."""
    if lst.decomposed:
        return False
    items = [li for li in lst.find_all("li", recursive=False) if _text(li)]
    return bool(items) and all(_text(li) == " ".join(_text(a) for a in li.find_all("a") if _text(a))
                               for li in items)


def _lone_link_holder(link: Tag) -> Tag | None:
    """The block that holds nothing but this short link, when it is page furniture; else None."""
    if link.decomposed or not 0 < len(_text(link)) <= SHORT_LINK:
        return None
    holder = link.find_parent(LINK_HOLDERS + HEADINGS)
    if holder is None or holder.name in HEADINGS or _text(holder) != _text(link):
        return None
    if holder.find_parent("table") is None:
        return holder
    row = holder.find_parent("tr")
    if holder.name in ("td", "th") and row is not None:
        filled = [c for c in row.find_all(("td", "th"), recursive=False) if _text(c)]
        return holder if len(filled) == 1 else None
    return None


def content_root(soup: BeautifulSoup) -> Tag:
    """The page's <main>, its single <article>, its #content, else its body (the first with text)."""
    articles = soup.find_all("article")
    for candidate in (soup.find("main"), articles[0] if len(articles) == 1 else None,
                      soup.find(id="content"), soup.body):
        if candidate is not None and candidate.get_text(strip=True):
            return candidate
    return soup

"""Blocks of a document joined into text, the convention every reader keeps.

A block is (kind, text) with kind 'para', 'list' or 'table': blocks stand a blank line apart,
except consecutive list items, one per line; a table block's lines are its rows, cells
separated by tabs.
"""
from __future__ import annotations

import re

# A cell that holds only an item's or minute's number: '5.', '(5)', 'Item 5', '5.2', 'a)', '23/101', 'PL31',
# 'Minute 12'; in minutes laid out as a table it leads the row's text.
ITEM_NUMBER = re.compile(r"^(?:(?:item|minute)\s+(?:no\.?\s*)?)?\(?(?-i:[A-Z]{1,4}\s?)?[0-9]{1,4}[a-z]?"
                         r"(?:[./][0-9]{1,4})*[.)]?$|^\(?[a-z]{1,4}[.)]$", re.I)


def join_blocks(blocks: list[tuple[str, str]]) -> str:
    """The blocks' texts, a blank line apart, consecutive list items one per line."""
    parts: list[str] = []
    for i, (kind, text) in enumerate(blocks):
        if i:
            tight = kind == "list" and blocks[i - 1][0] == "list"
            parts.append("\n" if tight else "\n\n")
        parts.append(text)
    return "".join(parts)

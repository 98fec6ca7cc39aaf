"""Blocks of a document joined into text, the convention every reader keeps.

A block is (kind, text) with kind 'para', 'list' or 'table': blocks stand a blank line apart,
except consecutive list items, one per line; a table block's lines are its rows, cells
separated by tabs.
"""
from __future__ import annotations


def join_blocks(blocks: list[tuple[str, str]]) -> str:
    """The blocks' texts, a blank line apart, consecutive list items one per line."""
    parts: list[str] = []
    for i, (kind, text) in enumerate(blocks):
        if i:
            tight = kind == "list" and blocks[i - 1][0] == "list"
            parts.append("\n" if tight else "\n\n")
        parts.append(text)
    return "".join(parts)

"""Hard-wrapped plain text (Project Gutenberg, e-mail, old newsgroups) rejoined into paragraphs before it is stored.

A file is taken for hard-wrapped when most of its lines inside paragraphs break near one width (at most
~80 columns) and paragraphs are separated by blank lines. Then the single line breaks inside a paragraph
become spaces, except where the text's layout means something: list items, indented blocks (code,
block quotes, addresses), headings standing alone, and verse or other short lines that end well before
the wrap width. Offsets count over the stored text, so this runs before anything is stored.
"""

from __future__ import annotations

import re
from statistics import median

MAX_WRAP = 80
"""Lines wrapped wider than this are not hard wrapping but a paragraph per line."""
MIN_WRAP = 50
"""Narrower than this, even lines are verse or a list, not prose a program wrapped (Gutenberg: 70-75)."""
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–+]|\d{1,3}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])\s+")


def wrap_width(text: str) -> int | None:
    """The width the text is hard-wrapped at, or None when it is not hard-wrapped.

    Measured over lines that are followed by another line of the same paragraph: in wrapped text most
    of them end within a few columns of one width; in unwrapped text there are few such lines at all.
    """
    lines = text.split("\n")
    inner = [len(a.rstrip()) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    filled = [n for n in inner if n > 0]
    if len(filled) < 5 or len(filled) < 0.3 * sum(1 for line in lines if line.strip()):
        return None  # mostly one paragraph per line: nothing is wrapped
    width = max(filled)
    if width > MAX_WRAP:
        # A few long lines (a URL, a table) may stand out; the wrap width is where most lines end.
        width = sorted(filled)[int(0.9 * (len(filled) - 1))]
        if width > MAX_WRAP:
            return None
    if width < MIN_WRAP:
        return None
    near = sum(1 for n in filled if n >= width - 15)
    if near < 0.6 * len(filled) or median(filled) < 0.6 * width:
        return None  # verse, lists or a table: lines of every length, not a wrapped paragraph
    return width


def rejoin_wrapped(text: str) -> str:
    """The text with hard line breaks inside paragraphs made spaces; unchanged when it is not hard-wrapped."""
    width = wrap_width(text)
    if width is None:
        return text
    short = width - 20  # a line ending this early ended on purpose (verse, a heading, the last line)
    paragraphs = re.split(r"(\n[ \t]*\n)", text)  # keep the blank-line separators as they are
    out = []
    for part in paragraphs:
        if "\n" not in part or not part.strip() or re.fullmatch(r"\n[ \t]*\n", part):
            out.append(part)
            continue
        out.append(_rejoin_paragraph(part.split("\n"), short))
    return "".join(out)


def _rejoin_paragraph(lines: list[str], short: int) -> str:
    joined = lines[0]
    for previous, line in zip(lines, lines[1:]):
        if _breaks_on_purpose(previous, line, short):
            joined += "\n" + line
        else:
            joined = joined.rstrip(" \t") + " " + line.lstrip(" \t")
    return joined


def _breaks_on_purpose(previous: str, line: str, short: int) -> bool:
    if not previous.strip() or not line.strip():
        return True
    if len(previous.rstrip()) < short:  # verse, a heading, an address line
        return True
    if _LIST_ITEM.match(line) or line[:1] in (" ", "\t") or line.startswith(">"):
        return True  # a new list item, an indented block, a quoted e-mail line
    return previous[:1] in (" ", "\t") or previous.startswith(">")

"""What every importer returns, and the structure guessing that plain text needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block

MAX_BYTES = 200 * 10**6  # larger files are refused with a message instead of exhausting memory


@dataclass
class ImportedDocument:
    """What an importer read from a file: the text, its blocks (headings, quotes...), metadata, warnings."""

    title: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def plain_text_blocks(text: str) -> list[Block]:
    """Paragraphs are runs of lines between blank lines; a short line in capitals, or one ending
    without punctuation and standing alone between paragraphs, is a heading."""
    paragraphs = [m for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    blocks = []
    for i, m in enumerate(paragraphs):
        followed = i + 1 < len(paragraphs)
        kind = "heading" if _looks_like_heading(m.group(), followed) else "paragraph"
        blocks.append(Block(kind, m.start(), m.end(), 2 if kind == "heading" else 0))
    return blocks


# What ends a sentence, a quotation or a list item: a line ending in one is running text.
_RUNNING_END = tuple('.!?:;,…"\'“”»«)]-–')


def _looks_like_heading(para: str, followed: bool = True) -> bool:
    line = para.strip()
    if "\n" in line or len(line) > 80:
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 2:
        return False
    if all(c.isupper() for c in letters):
        return True
    # A short line of its own, capitalised, ending without punctuation, with text after it.
    return followed and len(line.split()) <= 12 and (line[0].isupper() or line[0].isdigit()) \
        and not line.endswith(_RUNNING_END)

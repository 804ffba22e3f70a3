"""What every importer returns, and the structure guessing that plain text needs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block

MAX_BYTES = 200 * 10**6  # larger files are refused with a message instead of exhausting memory


@dataclass
class ImportedDocument:
    title: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def plain_text_blocks(text: str) -> list[Block]:
    """Paragraphs are runs of lines between blank lines; a short line in capitals, or one ending
    without punctuation and standing alone between paragraphs, is a heading."""
    blocks = []
    for m in _PARAGRAPH.finditer(text):
        para = m.group()
        if not para.strip():
            continue
        kind = "heading" if _looks_like_heading(para) else "paragraph"
        blocks.append(Block(kind, m.start(), m.end(), 2 if kind == "heading" else 0))
    return blocks


def _looks_like_heading(para: str) -> bool:
    line = para.strip()
    if "\n" in line or len(line) > 80:
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) >= 2:
        return True
    return False

"""PDF: the text layer in reading order, paragraphs from the spacing between lines, hyphenation undone."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ImportFailed
from .base import ImportedDocument
from .structure import TextBuilder

LAYOUT_WARNING = "PDF layout is approximate: columns, footnotes and hyphenation may not come out as printed."
PARAGRAPH_GAP = 1.35  # a line this many times further down than the usual line spacing starts a paragraph
_HYPHEN_BREAK = re.compile(r"(\w)-\n[ \t]*(\w)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def read_pdf(path: Path) -> ImportedDocument:
    """The text layer of a PDF as paragraphs (layout approximate, and the import says so)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        try:
            opened = bool(reader.decrypt(""))  # many PDFs are "encrypted" with an empty password
        except Exception:  # noqa: BLE001 - pypdf raises several kinds
            opened = False
        if not opened:
            raise ImportFailed(f"{path.name} is protected by a password; save an unprotected copy and import that.")
    pages = [_page_text(page) for page in reader.pages]
    if reader.pages and not any(p.strip() for p in pages):
        raise ImportFailed(f"{path.name} has no text layer (a scanned PDF?): run text recognition (OCR) on it first.")
    builder = TextBuilder()
    for paragraph in pdf_paragraphs(pages):
        builder.add("paragraph", paragraph)
    info: dict = reader.metadata or {}
    meta = {"source": str(path.resolve()), "format": "pdf"}
    if info.get("/Author"):
        meta["author"] = str(info["/Author"])
    title = str(info.get("/Title") or "").strip() or path.stem
    return ImportedDocument(title, builder.text, builder.blocks, meta, [LAYOUT_WARNING])


def _page_text(page) -> str:
    """The page's text with a blank line wherever the gap before a line is wider than the usual spacing."""
    chunks: list[tuple[float | None, str]] = []

    def visit(text, cm, tm, _font, _size) -> None:
        if text:
            # pypdf reports a newline of its own with a reset matrix: it has no position.
            y = None if not text.strip() else tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            chunks.append((y, text))

    plain = page.extract_text(visitor_text=visit) or ""
    ys = [y for y, _ in chunks if y is not None]
    steps = sorted(a - b for a, b in zip(ys, ys[1:]) if a - b > 0.5)
    if not steps:
        return plain
    line = steps[len(steps) // 4]  # the usual line spacing: paragraph gaps are the rarer, wider ones
    out: list[str] = []
    previous = None
    for y, text in chunks:
        if y is not None:
            if previous is not None and previous - y > PARAGRAPH_GAP * line and out and out[-1].endswith("\n"):
                out.append("\n")
            previous = y
        out.append(text)
    joined = "".join(out)
    # The visitor is a side channel of pypdf; should it ever miss text, the plain extraction wins.
    return joined if _letters(joined) >= _letters(plain) else plain


def _letters(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _unhyphenate(match: re.Match) -> str:
    # "Staats-/streich" was one word cut by the line end; "CSTO-/Truppen" keeps its hyphen.
    before, after = match.group(1), match.group(2)
    return before + after if after.islower() else f"{before}-{after}"


def pdf_paragraphs(pages: list[str]) -> list[str]:
    """Lines to paragraphs: blank lines end them; on pages without any, a short line ending a sentence does."""
    paragraphs: list[str] = []
    for page in pages:
        page = _HYPHEN_BREAK.sub(_unhyphenate, page.replace("\r\n", "\n").replace("\r", "\n").strip())
        blocks = [b for b in _BLANK_LINE.split(page) if b.strip()]
        width = max((len(line.strip()) for line in page.split("\n")), default=0)
        for block in blocks:
            current: list[str] = []
            for line in (line.strip() for line in block.split("\n")):
                if not line:
                    continue
                current.append(line)
                ends_sentence = line.endswith((".", "!", "?", ":", "“", '"', "»")) and len(line) < 0.7 * width
                if len(blocks) == 1 and ends_sentence:
                    paragraphs.append(" ".join(current))
                    current = []
            if current:
                paragraphs.append(" ".join(current))
    return paragraphs

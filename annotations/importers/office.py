"""Word (.docx), PDF and EPUB: the text in reading order, headings and quotes as blocks."""

from __future__ import annotations

import re
from pathlib import Path

from .base import ImportedDocument
from .structure import TextBuilder, html_to_text

_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")


def read_docx(path: Path) -> ImportedDocument:
    import docx

    document = docx.Document(str(path))
    builder = TextBuilder()
    for para in document.paragraphs:
        style = (para.style.name if para.style is not None else "") or ""
        text = para.text
        if style == "Title" or style.startswith("Heading"):
            digits = "".join(ch for ch in style if ch.isdigit())
            builder.add("heading", text, int(digits) if digits else 1)
        elif "Quote" in style:
            builder.add("quote", text)
        elif style.startswith("List"):
            builder.add("list item", text)
        else:
            builder.add("paragraph", text)
    props = document.core_properties
    meta = {"source": str(path.resolve()), "format": "docx"}
    if props.author:
        meta["author"] = props.author
    if props.created:
        meta["published"] = props.created.date().isoformat()
    if props.language:
        meta["language"] = props.language
    title = props.title or next((builder.text[b.start : b.end] for b in builder.blocks if b.kind == "heading"), path.stem)
    return ImportedDocument(title, builder.text, builder.blocks, meta)


def read_pdf(path: Path) -> ImportedDocument:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception:  # noqa: BLE001 (pypdf raises several kinds)
            raise ValueError("the PDF is encrypted with a password") from None
    pages = [(page.extract_text() or "") for page in reader.pages]
    builder = TextBuilder()
    for paragraph in _pdf_paragraphs("\n\n".join(pages)):
        builder.add("paragraph", paragraph)
    info = reader.metadata or {}
    meta = {"source": str(path.resolve()), "format": "pdf"}
    if info.get("/Author"):
        meta["author"] = str(info["/Author"])
    title = str(info.get("/Title") or "") or path.stem
    warnings = ["PDF layout is approximate: columns, footnotes and hyphenation may not come out as printed."]
    return ImportedDocument(title, builder.text, builder.blocks, meta, warnings)


def _pdf_paragraphs(raw: str) -> list[str]:
    """Lines to paragraphs: a blank line, or a short line ending a sentence, ends one."""
    raw = _HYPHEN_BREAK.sub(r"\1\2", raw.replace("\r", "\n"))
    lines = [line.strip() for line in raw.split("\n")]
    width = max((len(line) for line in lines), default=0)
    paragraphs, current = [], []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
        if line.endswith((".", "!", "?", ":", "“", '"', "»")) and len(line) < 0.7 * width:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def read_epub(path: Path) -> ImportedDocument:
    import ebooklib
    from ebooklib import epub

    book = epub.read_epub(str(path), options={"ignore_ncx": True})
    builder_parts: list[str] = []
    for item_id, _linear in book.spine:
        item = book.get_item_with_id(item_id)
        if item is not None and item.get_type() == ebooklib.ITEM_DOCUMENT:
            builder_parts.append(item.get_content().decode("utf-8", errors="replace"))
    # Chapters one after another: each chapter's blocks, then the next.
    builder = TextBuilder()
    for chapter in builder_parts:
        text, blocks, _title = html_to_text(chapter)
        for b in blocks:
            builder.add(b.kind, text[b.start : b.end], b.level)
    meta = {"source": str(path.resolve()), "format": "epub"}
    for ours, key in (("author", "creator"), ("language", "language"), ("published", "date")):
        found = book.get_metadata("DC", key)
        if found and found[0][0]:
            meta[ours] = str(found[0][0])
    titles = book.get_metadata("DC", "title")
    title = str(titles[0][0]) if titles and titles[0][0] else path.stem
    return ImportedDocument(title, builder.text, builder.blocks, meta)

"""EPUB: chapters in spine (reading) order, each chapter's headings, quotes and lists as blocks."""

from __future__ import annotations

from pathlib import Path

from .base import ImportedDocument
from .structure import TextBuilder, html_to_text


def read_epub(path: Path) -> ImportedDocument:
    """An EPUB's chapters in reading (spine) order with their structure, and its title, author, language and date."""
    import ebooklib  # loaded only when an .epub is imported
    from ebooklib import epub

    book = epub.read_epub(str(path), options={"ignore_ncx": True})
    builder = TextBuilder()
    for item_id, _linear in book.spine:
        item = book.get_item_with_id(item_id)
        if item is None or item.get_type() != ebooklib.ITEM_DOCUMENT:
            continue
        text, blocks, _title = html_to_text(item.get_content())
        for b in blocks:
            builder.add(b.kind, text[b.start : b.end], b.level)
    meta = {"source": str(path.resolve()), "format": "epub"}
    for ours, key in (("author", "creator"), ("language", "language"), ("published", "date")):
        found = book.get_metadata("DC", key)
        if found and found[0][0]:
            meta[ours] = str(found[0][0]).strip()
    titles = book.get_metadata("DC", "title")
    title = str(titles[0][0]).strip() if titles and titles[0][0] else path.stem
    return ImportedDocument(title, builder.text, builder.blocks, meta)

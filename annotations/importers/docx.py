"""Word (.docx): paragraphs in order, heading/quote/list styles as blocks, core properties as metadata."""

from __future__ import annotations

from pathlib import Path

from ..errors import ImportFailed
from .base import ImportedDocument
from .structure import TextBuilder


def _kind(style: str) -> tuple[str, int]:
    """Block kind and level of a paragraph style (python-docx reports built-in styles by English name)."""
    if style == "Title":
        return "heading", 1
    if style.startswith("Heading"):
        digits = "".join(ch for ch in style if ch.isdigit())
        return "heading", int(digits) if digits else 1
    if "Quote" in style:
        return "quote", 0
    if style.startswith("List"):
        return "list item", 0
    return "paragraph", 0


MAX_PARAGRAPHS = 200_000


def _count_paragraphs(archive, limit: int = MAX_PARAGRAPHS) -> int:
    """Paragraph elements in word/document.xml, read in chunks (a tag split across two counted once);
    counting stops soon after passing `limit`."""
    count, tail = 0, b""
    with archive.open("word/document.xml") as xml:
        while chunk := xml.read(1 << 20):
            data = tail + chunk
            count += data.count(b"<w:p>") + data.count(b"<w:p ")
            tail = data[-5:]
            count -= tail.count(b"<w:p>") + tail.count(b"<w:p ")  # counted again with the next chunk
            if count > limit:
                break
    return count + tail.count(b"<w:p>") + tail.count(b"<w:p ")


def read_docx(path: Path) -> ImportedDocument:
    """A Word document's paragraphs, headings, quotes and list items; title, author and language from its properties."""
    import zipfile

    import docx  # python-docx; loaded only when a .docx is imported

    with zipfile.ZipFile(path) as archive:
        head = archive.open("word/document.xml").read(4096)
        paragraphs = _count_paragraphs(archive)
    if paragraphs > MAX_PARAGRAPHS:
        # python-docx builds an object per paragraph: a million take minutes and over a gigabyte, long
        # before any text would be shown. Counted from the XML as it unpacks, in a second or two.
        raise ImportFailed(f"{path.name} has more than {MAX_PARAGRAPHS:,} paragraphs, the most Standpoint reads from a"
                           " Word file"
                           " (a long book has about 20,000). Split it, or save it as plain text and import that.")  # fmt: skip
    if b"<!ENTITY" in head or b"<!DOCTYPE" in head:
        # Word never writes a DTD; entities in one are how a file smuggles in other files (XXE), and
        # python-docx would silently drop the text they stand for.
        raise ImportFailed(f"{path.name} declares entities (a DTD), which Word never writes: it was not imported,"
                           " as its text could not be read whole and safely.")  # fmt: skip
    document = docx.Document(str(path))
    builder = TextBuilder()
    for para in document.paragraphs:
        kind, level = _kind((para.style.name if para.style is not None else "") or "")
        builder.add(kind, para.text, level)
    props = document.core_properties
    meta = {"source": str(path.resolve()), "format": "docx"}
    # Not props.created: that is when the file was made (python-docx's template says 2013), not the article.
    if props.author:
        meta["author"] = props.author
    if props.language:
        meta["language"] = props.language
    first_heading = next((builder.text[b.start : b.end] for b in builder.blocks if b.kind == "heading"), "")
    title = (props.title or "").strip() or first_heading or path.stem
    return ImportedDocument(title, builder.text, builder.blocks, meta)

"""Turning files into documents: one module per format, chosen by the file's suffix."""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import ImportFailed
from .base import MAX_BYTES, ImportedDocument

# suffix -> "module:function"; a reader's module (and its libraries) load when a file needs it.
READERS = {
    ".txt": "text:read_text_file",
    ".text": "text:read_text_file",
    ".md": "markup:read_markdown",
    ".markdown": "markup:read_markdown",
    ".html": "markup:read_html",
    ".htm": "markup:read_html",
    ".docx": "docx:read_docx",
    ".pdf": "pdf:read_pdf",
    ".epub": "epub:read_epub",
}


def _reader(suffix: str):
    module, function = READERS[suffix].split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), function)


def supported_suffixes() -> list[str]:
    """The suffixes of the article formats Standpoint reads."""
    return sorted(READERS)


PLAIN_TEXT = (".txt", ".text")


def read_document(path: str | Path, *, keep_line_breaks: bool = False) -> ImportedDocument:
    """Read one file into an ImportedDocument, or raise ImportFailed saying what and why.

    Plain text wrapped at a fixed width is rejoined into paragraphs unless keep_line_breaks."""
    path = Path(path)
    if path.is_dir():
        raise ImportFailed(f"{path.name} is a folder: choose the files in it to import them.")
    if path.suffix.lower() not in READERS:
        raise ImportFailed(
            f"{path.name}: Standpoint cannot read “{path.suffix or 'files without a suffix'}” files."
            f" It reads {', '.join(supported_suffixes())}."
        )
    if not path.is_file():
        raise ImportFailed(f"{path}: there is no such file.")
    size = path.stat().st_size
    if size == 0:
        raise ImportFailed(f"{path.name} is empty: there is nothing to annotate.")
    if size > MAX_BYTES:
        raise ImportFailed(f"{path.name} is {size / 1e6:.0f} MB; Standpoint imports files up to {MAX_BYTES // 10**6} MB.")
    _check_content(path)
    _check_unpacked(path)
    try:
        suffix = path.suffix.lower()
        doc = _reader(suffix)(path, keep_line_breaks) if suffix in PLAIN_TEXT else _reader(suffix)(path)
    except ImportFailed:
        raise
    except MemoryError:
        raise ImportFailed(f"{path.name} is too large to import.") from None
    except Exception as exc:  # noqa: BLE001 - third-party readers raise anything on broken files
        raise ImportFailed(f"{path.name} could not be read as {path.suffix.lower()[1:]}: {_reason(exc)}") from None
    if not doc.text.strip():
        raise ImportFailed(f"{path.name} holds no text to annotate.")
    if not doc.meta.get("language"):
        from .language import guess_language

        doc.meta["language"] = guess_language(doc.text)
    return doc


MAX_UNPACKED = 100 * 10**6
"""Text and markup a .docx or .epub may unpack to: a long book is a few MB; a zip bomb is gigabytes."""
_MARKUP = (".xml", ".xhtml", ".html", ".htm", ".opf", ".ncx", ".txt", ".rels")


def _check_unpacked(path: Path) -> None:
    """Refuse a container whose text parts would unpack past MAX_UNPACKED, before a byte is unpacked.

    The sizes are the ones the zip declares; Python's zipfile stops reading an entry at its declared
    size, so a lying entry cannot unpack further than this check allowed.
    """
    if path.suffix.lower() not in (".docx", ".epub"):
        return
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist() if i.filename.lower().endswith(_MARKUP))
    except Exception:  # noqa: BLE001 - a damaged zip fails in many ways: the reader then says what is wrong
        return
    if unpacked > MAX_UNPACKED:
        raise ImportFailed(f"{path.name} would unpack to {unpacked / 1e6:,.0f} MB of text and markup; Standpoint"
                           f" reads up to {MAX_UNPACKED // 10**6} MB (a file like this is more likely a zip bomb"
                           " than an article).")  # fmt: skip


# Formats that are containers announce themselves in their first bytes; a file whose first bytes
# say otherwise was renamed or is damaged, and the parsing library's own message would not say so.
_SIGNATURES = {".docx": (b"PK\x03\x04", "a Word document"), ".epub": (b"PK\x03\x04", "an EPUB book"),
               ".pdf": (b"%PDF-", "a PDF")}  # fmt: skip


def _check_content(path: Path) -> None:
    expected = _SIGNATURES.get(path.suffix.lower())
    if expected is None:
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise ImportFailed(f"{path.name} could not be read: {exc.strerror or exc}.") from None
    magic, what = expected
    found = head.find(magic)
    if found == 0 or (path.suffix.lower() == ".pdf" and found > 0):  # some PDFs have bytes before the header
        if magic.startswith(b"PK"):
            import zipfile

            if not zipfile.is_zipfile(path):
                raise ImportFailed(f"{path.name} is not {what} that can be read: the file is damaged or cut short.")
        return
    looks = _looks_like(head)
    raise ImportFailed(f"{path.name} is not {what}: its content{f' ({looks})' if looks else ''} does not match its"
                       f" extension {path.suffix}. Was it renamed?")  # fmt: skip


def _looks_like(head: bytes) -> str:
    if head.startswith(b"%PDF-"):
        return "a PDF"
    if head.startswith(b"PK\x03\x04"):
        return "a zip archive"
    if head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "a web page"
    try:
        head.decode("utf-8")
        return "plain text"
    except UnicodeDecodeError:
        return ""


def document_from_text(text: str, title: str | None = None) -> ImportedDocument:
    """A document from pasted text; ImportFailed when it is empty. Title: the first line unless given."""
    from .text import document_from_text as make

    return make(text, title)


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 200 else text[:199] + "…"


__all__ = ["ImportedDocument", "document_from_text", "read_document", "supported_suffixes", "READERS"]

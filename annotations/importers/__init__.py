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
    return sorted(READERS)


def read_document(path: str | Path) -> ImportedDocument:
    """Read one file into an ImportedDocument, or raise ImportFailed saying what and why."""
    path = Path(path)
    if path.suffix.lower() not in READERS:
        raise ImportFailed(
            f"{path.name}: Standpoint cannot read “{path.suffix or 'files without a suffix'}” files."
            f" It reads {', '.join(supported_suffixes())}."
        )
    if path.is_dir():
        raise ImportFailed(f"{path.name} is a folder: choose the files in it to import them.")
    if not path.is_file():
        raise ImportFailed(f"{path}: there is no such file.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ImportFailed(f"{path.name} is {size / 1e6:.0f} MB; Standpoint imports files up to {MAX_BYTES // 10**6} MB.")
    try:
        doc = _reader(path.suffix.lower())(path)
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


def document_from_text(text: str, title: str | None = None) -> ImportedDocument:
    """A document from pasted text; ImportFailed when it is empty. Title: the first line unless given."""
    from .text import document_from_text as make

    return make(text, title)


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 200 else text[:199] + "…"


__all__ = ["ImportedDocument", "document_from_text", "read_document", "supported_suffixes", "READERS"]

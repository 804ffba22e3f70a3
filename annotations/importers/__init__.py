"""Turning files into documents: one module per format, chosen by the file's suffix."""

from __future__ import annotations

from pathlib import Path

from ..errors import ImportFailed
from .base import MAX_BYTES, ImportedDocument
from .text import read_text_file

READERS = {
    ".txt": read_text_file,
    ".text": read_text_file,
}


def supported_suffixes() -> list[str]:
    return sorted(READERS)


def read_document(path: str | Path) -> ImportedDocument:
    """Read one file into an ImportedDocument, or raise ImportFailed saying what and why."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ImportFailed(
            f"{path.name}: Standpoint cannot read “{path.suffix or 'files without a suffix'}” files."
            f" It reads {', '.join(supported_suffixes())}."
        )
    if not path.is_file():
        raise ImportFailed(f"{path}: there is no such file.")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ImportFailed(f"{path.name} is {size / 1e6:.0f} MB; Standpoint imports files up to {MAX_BYTES // 10**6} MB.")
    try:
        doc = reader(path)
    except ImportFailed:
        raise
    except (OSError, ValueError, UnicodeError) as exc:
        raise ImportFailed(f"{path.name} could not be read: {exc}") from None
    if not doc.text.strip():
        raise ImportFailed(f"{path.name} holds no text to annotate.")
    return doc


__all__ = ["ImportedDocument", "read_document", "supported_suffixes", "READERS"]

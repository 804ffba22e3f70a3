"""Plain text: UTF-8 or UTF-16 with a byte-order mark, else UTF-8, else legacy cp1252/latin-1."""

from __future__ import annotations

import codecs
from pathlib import Path

from .base import ImportedDocument, plain_text_blocks

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) for bytes of unknown encoding; never fails."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        # cp1252 is what "latin-1" files from Windows really are; it lacks five byte values.
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path) -> ImportedDocument:
    text, encoding = decode_text(path.read_bytes())
    if "\x00" in text:
        raise ValueError("it looks like a binary file, not text")
    text = normalise_newlines(text)
    warnings = [] if encoding.startswith("utf") else [f"Read as {encoding}: the file is not UTF-8."]
    return ImportedDocument(
        title=path.stem,
        text=text,
        blocks=plain_text_blocks(text),
        meta={"source": str(path.resolve()), "format": "txt"},
        warnings=warnings,
    )

"""Plain text and pasted text: UTF-8/16/32 with a byte-order mark, UTF-16 without, UTF-8, else cp1252/latin-1."""

from __future__ import annotations

import codecs
import re
import unicodedata
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
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if _looks_like_text(text):
                return text, utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _has_utf8_sequences(data):
        # Mostly UTF-8 with a passage pasted from a cp1252 file: each part read in its own encoding,
        # instead of every umlaut and emoji of the UTF-8 parts turned into mojibake.
        return data.decode("utf-8", errors=_CP1252_PASSAGES), "utf-8 with cp1252 passages"
    try:
        # cp1252 is what "latin-1" files from Windows really are; it lacks five byte values.
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_CP1252_PASSAGES = "standpoint-cp1252-passages"
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _cp1252_passage(exc: UnicodeError) -> tuple[str | bytes, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bytes(bad).decode("cp1252", errors="replace"), exc.end


codecs.register_error(_CP1252_PASSAGES, _cp1252_passage)


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether the bytes hold well-formed UTF-8 characters beyond ASCII (a cp1252 file almost never does)."""
    return _UTF8_MULTIBYTE.search(data) is not None


def _utf16_without_bom(data: bytes, sample: int = 4096) -> str:
    """"utf-16-le" or "utf-16-be" when the bytes say so, else "".

    In UTF-16 text the high bytes take very few values (0x00 for ASCII, 0x04 for Cyrillic, 0x20
    for typographic quotes) and include a zero at every space; UTF-8 and cp1252 text has no zero
    bytes at all. _looks_like_text() then turns away binary files that pass this test.
    """
    head = data[: sample - sample % 2]
    if len(head) < 4 or len(data) % 2:
        return ""
    pairs = len(head) // 2
    for high, low, name in ((head[1::2], head[0::2], "utf-16-le"), (head[0::2], head[1::2], "utf-16-be")):
        zeros_high, zeros_low = high.count(0), low.count(0)
        # A few zeros on the low side are fine: U+0100, U+0400 or an emoji's low surrogate (DE00).
        if zeros_high < 0.05 * pairs or zeros_low * 10 > zeros_high:
            continue
        counts = sorted((high.count(b) for b in set(high)), reverse=True)
        if sum(counts[:3]) >= 0.9 * pairs:
            return name
    return ""


def _looks_like_text(text: str, sample: int = 2048) -> bool:
    """No control characters, unassigned or private code points: a binary file decoded as UTF-16 has many."""
    head = text[:sample]
    odd = sum(1 for ch in head if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r\f")
    return odd <= len(head) // 100


def normalise_newlines(text: str) -> str:
    """Line ends made LF, from CRLF (Windows) and lone CR (old Mac)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path, keep_line_breaks: bool = False) -> ImportedDocument:
    """A plain text file in whatever encoding it came in, paragraphs and headings guessed; a warning if not UTF-8.

    Hard-wrapped text (lines broken at one width inside paragraphs) is rejoined into paragraphs,
    unless keep_line_breaks."""
    from .unwrap import rejoin_wrapped, wrap_width

    text, encoding = decode_text(path.read_bytes())
    if "\x00" in text:
        raise ValueError("it looks like a binary file, not text")
    text = normalise_newlines(text)
    if encoding == "utf-8 with cp1252 passages":
        warnings = ["Parts of the file are not UTF-8; they were read as cp1252 (Windows): check their umlauts."]
    else:
        warnings = [] if encoding.startswith("utf") else [f"Read as {encoding}: the file is not UTF-8."]
    width = None if keep_line_breaks else wrap_width(text)
    if width is not None:
        text = rejoin_wrapped(text)
        warnings.append(f"Its lines were wrapped at {width} columns: they were joined into paragraphs"
                        " (keep them with “Keep Line Breaks of Plain Text” or --keep-line-breaks).")  # fmt: skip
    return ImportedDocument(
        title=path.stem,
        text=text,
        blocks=plain_text_blocks(text),
        meta={"source": str(path.resolve()), "format": "txt"},
        warnings=warnings,
    )


PASTED_TITLE_LENGTH = 80


def document_from_text(text: str, title: str | None = None) -> ImportedDocument:
    """A document from pasted text: line ends made \\n, paragraphs and headings guessed as for .txt.

    Without a title, the first line that holds text becomes one (shortened to 80 characters).
    """
    from ..errors import ImportFailed
    from .language import guess_language

    text = normalise_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        raise ImportFailed("The pasted text is empty: there is nothing to annotate.")
    if not title or not title.strip():
        first = next(line.strip() for line in text.split("\n") if line.strip())
        title = first if len(first) <= PASTED_TITLE_LENGTH else first[: PASTED_TITLE_LENGTH - 1].rstrip() + "…"
    meta = {"format": "paste", "language": guess_language(text)}
    return ImportedDocument(title=title.strip(), text=text, blocks=plain_text_blocks(text), meta=meta)

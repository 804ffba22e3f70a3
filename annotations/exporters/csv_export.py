"""CSV: one row per statement, for spreadsheets and R/pandas; formula cells neutralised.

`start` and `end` count Unicode code points of the document's text as annotated (LF line ends, no
byte-order mark), which may differ from the file it came from; the CSV carries that text, in the
`document_text` column of each document's first row, so the offsets can be checked against it.
"""

from __future__ import annotations

import csv
import unicodedata
from typing import TextIO

from .context import ExportContext

COLUMNS = ["statement_id", "document_id", "document", "start", "end", "quote", "speaker", "stance", "target",
           "mode", "note", "annotator", "created", "updated", "document_text"]  # fmt: skip
_SIGNS = ("=", "+", "-", "@")
_BLANKS = " \u00a0\u3000\n"
# Every first character that can start a formula, directly or after blanks (full-width and small
# forms included): one set lookup per cell decides, and only these few cells are looked at closer.
_RISKY_FIRST = frozenset("=+-@\t\r" + _BLANKS + "＝＋－＠﹦﹢﹣﹫")


def neutralise(value: object) -> object:
    """A spreadsheet must show a cell like "=HYPERLINK(...)" as text, never run it (OWASP's advice).

    Spreadsheets skip leading spaces and read full-width signs ("＝1+1") as formulas too; NUL ends a
    cell early in some of them, so it is shown as U+FFFD.
    """
    if value.__class__ is not str or not value:
        return value
    value = _without_nul(value)
    first = value[0]
    if first not in _RISKY_FIRST:
        return value
    if first in _BLANKS:
        first = value.lstrip(_BLANKS)[:1]
    if first in ("\t", "\r") or first in _SIGNS or (first > "\x7f" and unicodedata.normalize("NFKC", first) in _SIGNS):
        return "'" + value
    return value


def _raw(value: object) -> object:
    return _without_nul(value) if value.__class__ is str else value


def _without_nul(text: str) -> str:
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


def write(ctx: ExportContext, out: TextIO) -> None:
    """One CSV row per statement, formula-like cells neutralised (kept exactly as stored with `raw`, for R or pandas)."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    cell = _raw if ctx.raw else neutralise
    for doc in ctx.documents:
        text = cell(doc.text)  # once per document: offsets are checked against one copy, not 100k
        for st in ctx.statements[doc.id]:
            writer.writerow([cell(v) for v in (
                st.id, doc.id, doc.title, st.start, st.end, st.quote, ctx.speaker_name(st), ctx.stance_label(st),
                ctx.target_name(st), st.mode, st.note, st.annotator, st.created, st.updated,
            )] + [text])  # fmt: skip
            text = ""
            if not ctx.tick():
                return

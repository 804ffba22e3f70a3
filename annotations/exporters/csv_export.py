"""CSV: one row per statement, for spreadsheets and R/pandas; formula cells neutralised."""

from __future__ import annotations

import csv
from typing import TextIO

from .context import ExportContext

COLUMNS = ["statement_id", "document_id", "document", "start", "end", "quote", "speaker", "stance", "target",
           "mode", "note", "annotator", "created", "updated"]  # fmt: skip
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A spreadsheet must show a cell like "=HYPERLINK(...)" as text, never run it (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write(ctx: ExportContext, out: TextIO) -> None:
    """One CSV row per statement, formula-like cells neutralised."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for doc in ctx.documents:
        for st in ctx.statements[doc.id]:
            writer.writerow([neutralise(v) for v in (
                st.id, doc.id, doc.title, st.start, st.end, st.quote, ctx.speaker_name(st), ctx.stance_label(st),
                ctx.target_name(st), st.mode, st.note, st.annotator, st.created, st.updated,
            )])  # fmt: skip
            if not ctx.tick():
                return

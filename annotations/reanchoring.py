"""Replacing a document's text (a newer version, an edit) and finding every statement again."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .anchoring import CONTEXT, QuoteSelector, reanchor
from .errors import InvalidSpan
from .model import Block, Statement
from .store import Store


@dataclass
class ReanchorReport:
    """What became of a document's statements when its text was replaced."""

    kept: list[int] = field(default_factory=list)  # same quote, same place
    moved: list[int] = field(default_factory=list)  # same quote, found elsewhere
    fuzzy: list[int] = field(default_factory=list)  # a changed quote, placed by similarity
    unplaced: list[int] = field(default_factory=list)  # kept and flagged: the reader decides

    def summary(self) -> str:
        """One line for the user: how many statements stayed, moved, were placed by similarity or could not be found."""
        parts = [f"{len(self.kept)} in place", f"{len(self.moved)} moved"]
        if self.fuzzy:
            parts.append(f"{len(self.fuzzy)} placed by similarity (check them)")
        if self.unplaced:
            parts.append(f"{len(self.unplaced)} could not be found and are flagged")
        return ", ".join(parts) + "."


def replace_document_text(store: Store, document_id: int, new_text: str, blocks: Iterable[Block] = ()) -> ReanchorReport:
    """Give a document a new text and re-anchor its statements, all in one transaction.

    Exact quotes are found first (the occurrence whose context matches best), then similar ones.
    A statement that cannot be placed keeps its quote and is flagged (anchored = 0), its offsets
    clamped into the new text: it is never silently moved or dropped.
    """
    new_text = new_text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = list(blocks)
    store.document(document_id)  # NotFound before anything is touched
    for b in blocks:
        if not 0 <= b.start <= b.end <= len(new_text):
            raise InvalidSpan(f"Block {b.kind} {b.start}-{b.end} lies outside the new text ({len(new_text)} characters);"
                              " the document was not changed.")  # fmt: skip
    report = ReanchorReport()
    statements = store.statements(document_id)
    now = store.clock()
    with store.writing("Replace text"):
        store.db.execute("UPDATE documents SET text = ?, updated = ? WHERE id = ?", (new_text, now, document_id))
        store.write_blocks(document_id, blocks, len(new_text))
        for st in statements:
            anchor = reanchor(new_text, QuoteSelector(st.quote, st.prefix, st.suffix), hint=st.start)
            if anchor is None:
                start = min(st.start, max(0, len(new_text) - 1))
                end = max(start, min(st.end, len(new_text)))
                store.db.execute('UPDATE statements SET start = ?, "end" = ?, anchored = 0, updated = ? WHERE id = ?',
                                 (start, end, now, st.id))  # fmt: skip
                report.unplaced.append(st.id)
                continue
            quote = new_text[anchor.start : anchor.end]
            prefix = new_text[max(0, anchor.start - CONTEXT) : anchor.start]
            suffix = new_text[anchor.end : anchor.end + CONTEXT]
            same = (anchor.start, anchor.end, quote, prefix, suffix, True) == (
                st.start, st.end, st.quote, st.prefix, st.suffix, st.anchored)  # fmt: skip
            if not same:  # an untouched statement keeps its "updated" time
                store.db.execute(
                    'UPDATE statements SET start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ?, anchored = 1,'
                    " updated = ? WHERE id = ?",
                    (anchor.start, anchor.end, quote, prefix, suffix, now, st.id),
                )
            if not anchor.exact:
                report.fuzzy.append(st.id)
            elif anchor.start == st.start and st.anchored:
                report.kept.append(st.id)
            else:  # found elsewhere, or found again after an earlier replacement had lost it
                report.moved.append(st.id)
    return report


def unanchored_statements(store: Store, document_id: int) -> list[Statement]:
    """The statements of a document that a text replacement could not place: the reader checks them."""
    return [st for st in store.statements(document_id) if not st.anchored]

"""Suggestions the reader rejected: kept per document so they are not proposed again."""

from __future__ import annotations

from .core import StoreCore


class RejectionMethods(StoreCore):
    """The store's memory of rejected suggestions, by document and quote."""

    def reject_suggestion(self, document_id: int, start: int, end: int, quote: str) -> int:
        """Remember that the reader rejected the suggestion quoting `quote` at [start, end); returns its id."""
        with self.writing("Reject a suggestion"):
            cur = self.db.execute(
                'INSERT INTO rejected_suggestions(document_id, quote, start, "end", created) VALUES (?, ?, ?, ?, ?)',
                (document_id, quote, start, end, self.clock()),
            )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def rejected_quotes(self, document_id: int) -> set[str]:
        """The quotes of every suggestion rejected in this document."""
        rows = self.db.execute("SELECT quote FROM rejected_suggestions WHERE document_id = ?", (document_id,))
        return {quote for (quote,) in rows}

    def forget_rejections(self, document_id: int) -> int:
        """Let a document propose again what was rejected in it; returns how many were forgotten."""
        with self.writing("Forget rejected suggestions"):
            return self.db.execute("DELETE FROM rejected_suggestions WHERE document_id = ?", (document_id,)).rowcount

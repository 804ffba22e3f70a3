"""Which statements cover which part of the text, in UTF-16 units, for drawing highlights fast."""

from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from annotations.model import Statement
from annotations.store.columns import StatementColumns

UNTAGGED_COLOUR = "#9e9e9e"


@dataclass(frozen=True)
class Span:
    start: int  # UTF-16, inclusive
    end: int  # UTF-16, exclusive
    id: int
    speaker_id: int | None = None
    stance_id: int | None = None


@dataclass(frozen=True)
class Palette:
    """What colours a highlight: its stance's colour, or its speaker's while `by_speaker` is given."""

    by_stance: dict[int, str]
    by_speaker: dict[int, str] | None = None

    def colour(self, speaker_id: int | None, stance_id: int | None) -> str:
        found = self.by_stance.get(stance_id) if self.by_speaker is None else self.by_speaker.get(speaker_id)  # type: ignore[arg-type]
        return found or UNTAGGED_COLOUR


class SpanIndex:
    """Statements as columns sorted by start, in UTF-16 units; overlap queries look back at most the longest
    span's length.

    Bounded look-back keeps a query O(log n + hits) for news-length statements, the same trick
    as the bounded SQL overlap query measured in DESIGN.md. A Span is made only for a hit.
    """

    def __init__(self, columns: StatementColumns | None = None):
        self.columns = columns if columns is not None else StatementColumns()
        self._longest = max(map(operator.sub, self.columns.ends, self.columns.starts), default=0)

    def __len__(self) -> int:
        return len(self.columns)

    def __contains__(self, statement_id: int) -> bool:
        return statement_id in self.columns

    def _span(self, i: int) -> Span:
        c = self.columns
        return Span(c.starts[i], c.ends[i], c.ids[i], c.speaker_ids[i], c.stance_ids[i])

    def span(self, statement_id: int) -> Span | None:
        i = self.columns.position(statement_id)
        return None if i is None else self._span(i)

    def add(self, st: Statement, start: int | None = None, end: int | None = None) -> None:
        """Add (or move) a statement, at `start` and `end` in UTF-16 units (its own offsets if not given)."""
        self.remove(st.id)
        i = self.columns.insert(st, start, end)
        self._longest = max(self._longest, self.columns.ends[i] - self.columns.starts[i])

    def remove(self, statement_id: int) -> Span | None:
        i = self.columns.position(statement_id)
        if i is None:
            return None
        span = self._span(i)
        self.columns.delete(i)
        return span

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans that share at least one unit with [start, end), in order of start."""
        starts, ends = self.columns.starts, self.columns.ends
        lo = bisect_left(starts, start - self._longest)
        hi = bisect_left(starts, end)
        return [self._span(i) for i in range(lo, hi) if ends[i] > start]

    def at(self, position: int) -> list[Span]:
        """Spans covering one position, shortest first (the most specific statement)."""
        hits = [s for s in self.overlapping(position, position + 1)]
        return sorted(hits, key=lambda s: (s.end - s.start, s.start))

    def ids_in_order(self) -> list[int]:
        return list(self.columns.ids)

    def next_start_after(self, position: int) -> int | None:
        i = bisect_right(self.columns.starts, position)
        return self.columns.starts[i] if i < len(self.columns) else None

"""Which statements cover which part of the text, in UTF-16 units, for drawing highlights fast."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int  # UTF-16, inclusive
    end: int  # UTF-16, exclusive
    id: int


def _length(key: tuple[int, int, int]) -> int:
    return key[1] - key[0]


class SpanIndex:
    """Spans sorted by start; overlap queries look back at most the longest span's length.

    Bounded look-back keeps a query O(log n + hits) for news-length statements, the same trick
    as the bounded SQL overlap query measured in DESIGN.md.
    """

    _lazy_ids: bool
    _ids: dict[int, tuple[int, int, int]]

    def __init__(self, spans: list[Span] = ()):  # type: ignore[assignment]
        self._keys: list[tuple[int, int, int]] = sorted((s.start, s.end, s.id) for s in spans)
        self._by_id = {k[2]: k for k in self._keys}
        self._longest = max((e - s for s, e, _ in self._keys), default=0)

    @classmethod
    def of_keys(cls, keys: list[tuple[int, int, int]], longest: int | None = None) -> SpanIndex:
        """An index of (start, end, id) keys, made without a Span for each; `longest`: the longest span's
        length, if the caller knows it. The keys by id follow when first needed."""
        index = cls()
        index._keys = sorted(keys)
        index._lazy_ids = True
        index._longest = max(map(_length, index._keys), default=0) if longest is None else longest
        return index

    @property
    def _by_id(self) -> dict[int, tuple[int, int, int]]:
        if self._lazy_ids:
            self._ids = {k[2]: k for k in self._keys}
            self._lazy_ids = False
        return self._ids

    @_by_id.setter
    def _by_id(self, ids: dict[int, tuple[int, int, int]]) -> None:
        self._ids, self._lazy_ids = ids, False

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, statement_id: int) -> bool:
        return statement_id in self._by_id

    def span(self, statement_id: int) -> Span | None:
        k = self._by_id.get(statement_id)
        return Span(*k) if k else None

    def add(self, span: Span) -> None:
        self.remove(span.id)
        key = (span.start, span.end, span.id)
        insort(self._keys, key)
        self._by_id[span.id] = key
        self._longest = max(self._longest, span.end - span.start)

    def remove(self, statement_id: int) -> Span | None:
        key = self._by_id.pop(statement_id, None)
        if key is None:
            return None
        i = bisect_left(self._keys, key)
        del self._keys[i]
        return Span(*key)

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans that share at least one unit with [start, end), in order of start."""
        lo = bisect_left(self._keys, (start - self._longest, -1, -1))
        hi = bisect_left(self._keys, (end, -1, -1))
        return [Span(*k) for k in self._keys[lo:hi] if k[1] > start]

    def at(self, position: int) -> list[Span]:
        """Spans covering one position, shortest first (the most specific statement)."""
        hits = [s for s in self.overlapping(position, position + 1)]
        return sorted(hits, key=lambda s: (s.end - s.start, s.start))

    def ids_in_order(self) -> list[int]:
        return [k[2] for k in self._keys]

    def next_start_after(self, position: int) -> int | None:
        i = bisect_right(self._keys, (position, 1 << 62, 1 << 62))
        return self._keys[i][0] if i < len(self._keys) else None

"""A document's statements as parallel lists in reading order: what opening it reads, with no object per statement.

Opening a document of 100,000 statements as one Python object each cost a third of the time to the first
frame, and as many again when the cycle collector walked them afterwards. Columns are a handful of lists of
plain values: the list shows its rows and the article its highlights straight from them, and a statement
object is made only for a row someone looks at (`head`).
"""

from __future__ import annotations

import json
import operator
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import compress, islice
from typing import TYPE_CHECKING, Any

from ..model import Statement

if TYPE_CHECKING:
    from .statements import StatementHead

# What opening a document reads of each statement: all of it is in the covering index statements_in_order.
COLUMN_SQL = ("id", "start", '"end"', "speaker_id", "stance_id", "annotator", "anchored")


class StatementColumns:
    """Statements sorted by (start, end, id), one list per field; the same position in each is one statement.

    Positions count in whatever unit the lists were made in: code points as read, UTF-16 units in the article
    view (`converted`). A statement is found by id through a map to its start made when first needed, as an
    edit or a click needs it, not at open (15 ms at 100,000 statements).
    """

    def __init__(self, document_id: int = 0, ids: list[int] | None = None, starts: list[int] | None = None,
                 ends: list[int] | None = None, speaker_ids: list[int | None] | None = None,
                 stance_ids: list[int | None] | None = None, annotators: list[str] | None = None,
                 anchored: list[int] | None = None, store: Any = None) -> None:  # fmt: skip
        self.document_id = document_id
        self.ids: list[int] = ids if ids is not None else []
        self.starts: list[int] = starts if starts is not None else []
        self.ends: list[int] = ends if ends is not None else []
        n = len(self.ids)
        self.speaker_ids: list[int | None] = speaker_ids if speaker_ids is not None else [None] * n
        self.stance_ids: list[int | None] = stance_ids if stance_ids is not None else [None] * n
        self.annotators: list[str] = annotators if annotators is not None else [""] * n
        self.anchored: list[int] = anchored if anchored is not None else [1] * n
        self.store = store  # where a head reads the rest of its statement; None: the defaults
        self._start_of: dict[int, int] | None = None

    @classmethod
    def of(cls, statements: Iterable[Statement], document_id: int = 0, store: Any = None) -> StatementColumns:
        """Columns of these statements (in any order)."""
        rows = sorted(statements, key=lambda s: (s.start, s.end, s.id))
        return cls(document_id, [s.id for s in rows], [s.start for s in rows], [s.end for s in rows],
                   [s.speaker_id for s in rows], [s.stance_id for s in rows], [s.annotator for s in rows],
                   [int(s.anchored) for s in rows], store)  # fmt: skip

    @classmethod
    def read(cls, store: Any, document_id: int) -> StatementColumns:
        """A document's statements from the store, one JSON array per column.

        Each array is built by SQLite and parsed by the json module in C: 100,000 statements in ~65 ms, where
        fetching them as rows takes ~110 ms before a single column is split out.
        """
        rows = f'SELECT {", ".join(COLUMN_SQL)} FROM statements WHERE document_id = ? ORDER BY start, "end", id'
        arrays = ", ".join(f"json_group_array({c})" for c in COLUMN_SQL)
        found = store.db.execute(f"SELECT {arrays} FROM ({rows})", (document_id,)).fetchone()
        columns = cls._of_lists(document_id, [json.loads(c) for c in found], store)
        # An aggregate takes the rows of an ordered subquery in order (it cannot be flattened); should a
        # future SQLite not, the rows are read one by one instead.
        if not all(map(operator.le, columns.starts, islice(columns.starts, 1, None))):
            got = store.db.execute(rows, (document_id,)).fetchall()
            columns = cls._of_lists(document_id, [list(c) for c in zip(*got)], store) if got else cls(document_id, store=store)
        return columns

    @classmethod
    def _of_lists(cls, document_id: int, lists: list[list], store: Any) -> StatementColumns:
        """Columns of lists in the order of `_lists`."""
        ids, starts, ends, speaker_ids, stance_ids, annotators, anchored = lists
        return cls(document_id, ids, starts, ends, speaker_ids, stance_ids, annotators, anchored, store)

    def __len__(self) -> int:
        return len(self.ids)

    # -- finding ----------------------------------------------------------------------------------------

    def place(self, start: int, end: int, statement_id: int) -> int:
        """Where a statement with this place sorts: the position of the first one at or after (start, end, id)."""
        ends, ids = self.ends, self.ids
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, start)
        key = (end, statement_id)
        while lo < hi:  # statements sharing a start are few
            mid = (lo + hi) // 2
            if (ends[mid], ids[mid]) < key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def position(self, statement_id: int) -> int | None:
        """The position of a statement, or None if the columns do not hold it."""
        start = self._starts_by_id().get(statement_id)
        if start is None:
            return None
        ids = self.ids
        for i in range(bisect_left(self.starts, start), len(ids)):
            if ids[i] == statement_id:
                return i
        return None

    def position_held(self, statement_id: int) -> int:
        """The position of a statement the columns hold (KeyError if they do not)."""
        i = self.position(statement_id)
        if i is None:
            raise KeyError(statement_id)
        return i

    def __contains__(self, statement_id: int) -> bool:
        return statement_id in self._starts_by_id()

    def _starts_by_id(self) -> dict[int, int]:
        if self._start_of is None:
            self._start_of = dict(zip(self.ids, self.starts))
        return self._start_of

    # -- reading -----------------------------------------------------------------------------------------

    def complete(self, i: int) -> bool:
        """Whether the statement at a position has a speaker and a stance."""
        return self.speaker_ids[i] is not None and self.stance_ids[i] is not None

    def head(self, i: int) -> StatementHead:
        """The statement at a position, with its other fields read from the store when first asked for."""
        from .statements import head_of

        return head_of(self.store, self.document_id, self.ids[i], self.starts[i], self.ends[i], self.speaker_ids[i],
                       self.stance_ids[i], self.annotators[i], self.anchored[i])  # fmt: skip

    def incomplete_count(self) -> int:
        """How many lack a speaker or a stance."""
        both = sum(1 for i in compress(range(len(self.ids)), map(operator.is_, self.speaker_ids, self.stance_ids))
                   if self.speaker_ids[i] is None)  # fmt: skip
        return self.speaker_ids.count(None) + self.stance_ids.count(None) - both

    # -- making others ------------------------------------------------------------------------------------

    def where(self, keep: Sequence[object]) -> StatementColumns:
        """Those whose flag in `keep` is true (the same length as the columns), in new lists."""
        return self._of_lists(self.document_id, [list(compress(c, keep)) for c in self._lists()], self.store)

    def converted(self, convert) -> StatementColumns:
        """A copy with starts and ends passed through `convert` (a list of offsets to a list of offsets)."""
        ids, starts, ends, *rest = self._lists()
        lists = [list(ids), list(convert(starts)), list(convert(ends)), *map(list, rest)]
        return self._of_lists(self.document_id, lists, self.store)

    def _lists(self) -> tuple[list, ...]:
        return (self.ids, self.starts, self.ends, self.speaker_ids, self.stance_ids, self.annotators, self.anchored)

    # -- changing -----------------------------------------------------------------------------------------

    def insert(self, st: Statement, start: int | None = None, end: int | None = None) -> int:
        """Add a statement where it sorts (at `start`, `end` if given: its place in other units); its position."""
        start = st.start if start is None else start
        end = st.end if end is None else end
        i = self.place(start, end, st.id)
        for column, value in zip(self._lists(), (st.id, start, end, st.speaker_id, st.stance_id, st.annotator,
                                                 int(st.anchored))):  # fmt: skip
            column.insert(i, value)
        if self._start_of is not None:
            self._start_of[st.id] = start
        return i

    def delete(self, i: int) -> None:
        """Remove the statement at a position."""
        if self._start_of is not None:
            self._start_of.pop(self.ids[i], None)
        for column in self._lists():
            del column[i]

    def update(self, i: int, st: Statement) -> None:
        """New values for the statement at a position, whose place does not change."""
        self.speaker_ids[i], self.stance_ids[i] = st.speaker_id, st.stance_id
        self.annotators[i], self.anchored[i] = st.annotator, int(st.anchored)

"""Statements: spans of a document tagged with speaker, stance, target, mode and a note."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from ..anchoring import quote_selector
from ..errors import InvalidSpan, NotFound
from ..model import MODES, Statement
from .columns import StatementColumns
from .documents import DocumentMethods

COLUMNS = (
    'id, document_id, start, "end", quote, prefix, suffix, speaker_id, stance_id, target_id, '
    "mode, cue, note, annotator, status, anchored, created, updated"
)
_PREFIXED = ", ".join("s." + c.strip() for c in COLUMNS.split(","))
EDITABLE = frozenset({"speaker_id", "stance_id", "target_id", "mode", "cue", "note", "status", "annotator"})
_FIELDS = tuple(Statement.__dataclass_fields__)
_new = object.__new__


def statement_from_row(row: Sequence) -> Statement:
    """A Statement from a row in COLUMNS order."""
    # Filling the instance dict directly skips the frozen dataclass's per-field object.__setattr__:
    # half the cost of reading 100k statements, which every export and every open pays.
    st = _new(Statement)
    values = st.__dict__
    values.update(zip(_FIELDS, row))
    values["anchored"] = bool(row[15])
    return st


# What opening a document reads of each statement: all of it is in the index statements_in_order.
HEAD_COLUMNS = 'id, start, "end", speaker_id, stance_id, annotator, anchored'
_HEAD_FIELDS = ("id", "start", "end", "speaker_id", "stance_id", "annotator", "anchored")
# The rest, in two parts read separately: what the list shows and its filter searches, and the others.
_TEXT_FIELDS = ("quote", "note")
_OTHER_FIELDS = tuple(f for f in _FIELDS if f not in _HEAD_FIELDS and f not in _TEXT_FIELDS and f != "document_id")
_REST_FIELDS = _TEXT_FIELDS + _OTHER_FIELDS
_REST_DEFAULTS = {f: Statement.__dataclass_fields__[f].default for f in _REST_FIELDS} | {"quote": ""}


class _Lazy:
    """A field of a StatementHead read from the store the first time it is asked for (then kept), with the
    others of its part."""

    def __init__(self, part: tuple[str, ...]) -> None:
        self.part = part

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: StatementHead | None, owner: type | None = None):
        if obj is None:
            return _REST_DEFAULTS[self.name]
        obj._load(self.part)
        return obj.__dict__[self.name]


class StatementHead(Statement):
    """A statement read with only what a document's list and highlights need at open (place, speaker, stance,
    annotator, whether it is placed); quote and note, and the other fields, come from the store when first
    asked for.

    Reading every column of 100,000 statements took most of opening such a document; the list shows some
    twenty quotes at a time. Equal to a Statement with the same fields.
    """

    quote = _Lazy(_TEXT_FIELDS)  # type: ignore[assignment]
    note = _Lazy(_TEXT_FIELDS)  # type: ignore[assignment]
    prefix = _Lazy(_OTHER_FIELDS)  # type: ignore[assignment]
    suffix = _Lazy(_OTHER_FIELDS)  # type: ignore[assignment]
    target_id = _Lazy(_OTHER_FIELDS)  # type: ignore[assignment]
    mode = _Lazy(_OTHER_FIELDS)  # type: ignore[assignment]
    cue = _Lazy(_OTHER_FIELDS)  # type: ignore[assignment]
    status = _Lazy(_OTHER_FIELDS)  # type: ignore[assignment]
    created = _Lazy(_OTHER_FIELDS)  # type: ignore[assignment]
    updated = _Lazy(_OTHER_FIELDS)  # type: ignore[assignment]

    def _load(self, part: tuple[str, ...]) -> None:
        values = self.__dict__
        store = values.get("_store")
        row = None
        if store is not None:
            try:
                row = store.db.execute(f"SELECT {', '.join(part)} FROM statements WHERE id = ?",
                                       (values["id"],)).fetchone()  # fmt: skip
            except (sqlite3.ProgrammingError, AttributeError):  # the project is closed: the defaults
                row = None
        values.update(zip(part, row) if row else {f: _REST_DEFAULTS[f] for f in part})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Statement):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in _FIELDS)

    __hash__ = Statement.__hash__

    def __repr__(self) -> str:
        return "Statement(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in _FIELDS) + ")"


def head_of(store, document_id: int, statement_id: int, start: int, end: int, speaker_id: int | None,
            stance_id: int | None, annotator: str, anchored: object) -> StatementHead:  # fmt: skip
    """A StatementHead with these values; the rest of it is read from `store` (None: the defaults)."""
    st = _new(StatementHead)
    st.__dict__.update(id=statement_id, document_id=document_id, start=start, end=end, speaker_id=speaker_id,
                       stance_id=stance_id, annotator=annotator, anchored=bool(anchored), _store=store)  # fmt: skip
    return st


class StatementMethods(DocumentMethods):
    """The store's statements: marking, tagging, moving, deleting; and reading and searching them."""

    def add_statement(
        self,
        document_id: int,
        start: int,
        end: int,
        *,
        speaker_id: int | None = None,
        stance_id: int | None = None,
        target_id: int | None = None,
        mode: str = "",
        note: str = "",
        cue: str = "",
        annotator: str = "",
        status: str = "confirmed",
        created: str = "",
        updated: str = "",
    ) -> Statement:
        """Mark text[start:end] of a document as a statement (offsets in code points).

        `created` and `updated` keep the times a file gives (an annotation brought back); by default, now.
        """
        text = self.document_text(document_id)
        check_span(text, start, end)
        check_mode(mode)
        sel = quote_selector(text, start, end)
        created = created or self.clock()
        with self.writing("Mark a statement"):
            cur = self.db.execute(
                'INSERT INTO statements(document_id, start, "end", quote, prefix, suffix, speaker_id, stance_id,'
                " target_id, mode, cue, note, annotator, status, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document_id, start, end, sel.exact, sel.prefix, sel.suffix, speaker_id, stance_id, target_id,
                 mode, cue, note, annotator, status, created, updated or created),
            )  # fmt: skip
        assert cur.lastrowid is not None
        return self.statement(cur.lastrowid)

    def add_statements(self, document_id: int, marks: Iterable[tuple[int, int, dict]]) -> list[int]:
        """Mark many spans of one document at once, each (start, end, fields) as add_statement would (fields
        may give `created` and `updated` times); returns their ids. All or none: one span that does not fit
        refuses them all.

        For imports: add_statement reads the document's text for every statement, which is what
        100,000 statements of a long article would spend their time on.
        """
        text = self.document_text(document_id)
        now = self.clock()
        rows = []
        for start, end, fields in marks:
            unknown = set(fields) - EDITABLE - {"created", "updated"}
            if unknown:
                raise ValueError(f"Statements have no field {', '.join(sorted(unknown))}.")
            check_span(text, start, end)
            check_mode(fields.get("mode", ""))
            sel = quote_selector(text, start, end)
            rows.append((document_id, start, end, sel.exact, sel.prefix, sel.suffix, fields.get("speaker_id"),
                         fields.get("stance_id"), fields.get("target_id"), fields.get("mode", ""),
                         fields.get("cue", ""), fields.get("note", ""), fields.get("annotator", ""),
                         fields.get("status", "confirmed"), fields.get("created") or now,
                         fields.get("updated") or fields.get("created") or now))  # fmt: skip
        values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(16))
        with self.writing("Mark statements"):
            # Without an explicit id, SQLite gives each new row max(id) + 1: the ids follow on from the largest.
            first = self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM statements").fetchone()[0]
            # One statement, not one per row: inside an import's savepoints each statement with triggers
            # journals the pages it touches (see StoreCore.remember_external_ids).
            _insert(self, 'INSERT INTO statements(document_id, start, "end", quote, prefix, suffix, speaker_id,'
                          " stance_id, target_id, mode, cue, note, annotator, status, created, updated)", values, rows)
            last = self.db.execute("SELECT coalesce(max(id), 0) FROM statements").fetchone()[0]
        assert last == first + len(rows) - 1 or not rows
        return list(range(first, first + len(rows)))

    def copy_statements(self, statements: Iterable[Statement]) -> list[int]:
        """Add statements exactly as given (from another project: quote, prefix, suffix, times, annotator,
        status and whether they are placed are kept), each under a new id; returns the ids, in order.

        Their documents, speakers, stances and targets must be this project's. All or none: a statement whose
        span does not fit its document's text, or (when placed) whose quote is not the text there, refuses all.
        """
        statements = list(statements)
        texts: dict[int, str] = {}
        rows = []
        for st in statements:
            text = texts.get(st.document_id)
            if text is None:
                text = texts[st.document_id] = self.document_text(st.document_id)
            if st.anchored:
                check_span(text, st.start, st.end)
                if text[st.start:st.end] != st.quote:
                    raise InvalidSpan(f"The quote “{st.quote[:40]}” is not the text at {st.start}-{st.end}.")
            elif not 0 <= st.start <= st.end <= len(text):
                raise InvalidSpan(f"The span {st.start}-{st.end} does not fit a text of {len(text)} characters.")
            check_mode(st.mode)
            rows.append((st.document_id, st.start, st.end, st.quote, st.prefix, st.suffix, st.speaker_id, st.stance_id,
                         st.target_id, st.mode, st.cue, st.note, st.annotator, st.status, int(st.anchored),
                         st.created or self.clock(), st.updated or st.created or self.clock()))  # fmt: skip
        if not rows:
            return []
        values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(17))
        with self.writing("Copy statements"):
            first = self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM statements").fetchone()[0]
            # One statement for all of them (see add_statements).
            _insert(self, 'INSERT INTO statements(document_id, start, "end", quote, prefix, suffix, speaker_id,'
                          " stance_id, target_id, mode, cue, note, annotator, status, anchored, created, updated)",
                    values, rows)  # fmt: skip
        return list(range(first, first + len(rows)))

    def annotators(self, document_id: int | None = None) -> list[str]:
        """The annotators whose statements a document (or the project) holds, by name; "" for statements
        that name none."""
        sql = "SELECT DISTINCT annotator FROM statements"
        args: tuple = ()
        if document_id is not None:
            sql += " WHERE document_id = ?"
            args = (document_id,)
        return sorted((r[0] for r in self.db.execute(sql, args)), key=lambda a: (a.casefold(), a))

    def statement(self, statement_id: int) -> Statement:
        """One statement; NotFound if there is none with this id."""
        row = self.db.execute(f"SELECT {COLUMNS} FROM statements WHERE id = ?", (statement_id,)).fetchone()
        if row is None:
            raise NotFound(f"The project has no statement {statement_id}.")
        return statement_from_row(row)

    def statements(
        self,
        document_id: int | None = None,
        *,
        speaker_id: int | None = None,
        stance_id: int | None = None,
        target_id: int | None = None,
    ) -> list[Statement]:
        """Statements in reading order (document, then start), optionally filtered."""
        where, args = [], []
        for column, value in (
            ("document_id", document_id), ("speaker_id", speaker_id),
            ("stance_id", stance_id), ("target_id", target_id),
        ):  # fmt: skip
            if value is not None:
                where.append(f"s.{column} = ?")
                args.append(value)
        sql = f"SELECT {_PREFIXED} FROM statements s"
        if document_id is None:
            sql += " JOIN documents d ON d.id = s.document_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + ("" if document_id is not None else "d.position, s.document_id, ") + 's.start, s."end", s.id'
        return list(map(statement_from_row, self.db.execute(sql, args).fetchall()))

    def statement_heads(self, document_id: int) -> list[Statement]:
        """A document's statements in reading order (start, end, id), each with only its place, speaker, stance,
        annotator and status read; the other fields are read when first asked for (see StatementHead)."""
        columns = self.statement_columns(document_id)
        return [columns.head(i) for i in range(len(columns))]

    def statement_columns(self, document_id: int) -> StatementColumns:
        """A document's statements in reading order as columns (place, speaker, stance, annotator, whether it is
        placed): what opening it needs, without an object per statement."""
        return StatementColumns.read(self, document_id)

    def statement_texts(self, document_id: int) -> dict[int, tuple[str, str]]:
        """The quote and note of each of a document's statements, by id (what the list's filter searches)."""
        # One pass over the table beats a jump per row from the index when a document holds most of the
        # project (100,000 statements: 90 against 230 ms).
        total = self.db.execute("SELECT count(*) FROM statements").fetchone()[0]
        here = self.db.execute("SELECT count(*) FROM statements WHERE document_id = ?", (document_id,)).fetchone()[0]
        scan = " NOT INDEXED" if 4 * here >= total else ""
        sql = f"SELECT id, quote, note FROM statements{scan} WHERE document_id = ?"
        return {i: (q, n) for i, q, n in self.db.execute(sql, (document_id,))}

    def fill_statements(self, statements: Iterable[Statement]) -> None:
        """Read the quote and note of StatementHeads at once: a few by id, many by document (what the filter
        searches). A damaged row raises here, as reading all of it would have."""
        heads = {s.id: s for s in statements if type(s) is StatementHead and "quote" not in s.__dict__}
        if not heads:
            return
        columns = ", ".join(_TEXT_FIELDS)
        if len(heads) <= 500:
            marks = ", ".join("?" * len(heads))
            queries = [(f"SELECT id, {columns} FROM statements WHERE id IN ({marks})", tuple(heads))]
        else:
            # When they are most of the project, one pass over the table beats a jump per row from the index
            # (100,000 statements: 90 against 230 ms).
            total = self.db.execute("SELECT count(*) FROM statements").fetchone()[0]
            scan = " NOT INDEXED" if 4 * len(heads) >= total else ""
            queries = [(f"SELECT id, {columns} FROM statements{scan} WHERE document_id = ?", (d,))
                       for d in {s.document_id for s in heads.values()}]  # fmt: skip
        found: dict[int, tuple[str, str]] = {}
        for sql, args in queries:
            found.update((i, (q, n)) for i, q, n in self.db.execute(sql, args))
        for statement_id, st in heads.items():  # in the order given: each head's fields grow in that order
            text = found.get(statement_id)
            if text is None:  # gone from the store meanwhile
                st._load(_TEXT_FIELDS)
            else:
                values = st.__dict__
                values["quote"], values["note"] = text

    def statement_spans(self, document_id: int) -> list[tuple[int, int]]:
        """(start, end) of every statement of a document, by start: cheaper than the statements themselves."""
        rows = self.db.execute('SELECT start, "end" FROM statements WHERE document_id = ? ORDER BY start, "end"',
                               (document_id,))  # fmt: skip
        return [(a, b) for a, b in rows]

    def statements_at(self, document_id: int, position: int) -> list[Statement]:
        """Statements covering a code-point position, shortest first (the most specific)."""
        rows = self.db.execute(
            f'SELECT {COLUMNS} FROM statements WHERE document_id = ? AND start <= ? AND "end" > ?'
            ' ORDER BY "end" - start, start',
            (document_id, position, position),
        )
        return [statement_from_row(r) for r in rows]

    def count_statements(self, document_id: int | None = None) -> tuple[int, int]:
        """(all, incomplete) statements, of one document or the whole project."""
        sql = "SELECT count(*), coalesce(sum(speaker_id IS NULL OR stance_id IS NULL), 0) FROM statements"
        args: tuple = ()
        if document_id is not None:
            sql += " WHERE document_id = ?"
            args = (document_id,)
        total, incomplete = self.db.execute(sql, args).fetchone()
        return total, incomplete

    def update_statement(self, statement_id: int, **fields) -> Statement:
        """Set any of speaker_id, stance_id, target_id, mode, cue, note, status, annotator."""
        unknown = set(fields) - EDITABLE
        if unknown:
            raise ValueError(f"Statements have no field {', '.join(sorted(unknown))}.")
        if "mode" in fields:
            check_mode(fields["mode"])
        current = self.statement(statement_id)
        fields = {k: v for k, v in fields.items() if getattr(current, k) != v}
        if fields:  # an edit that changes nothing keeps the statement's "updated" time
            with self.writing("Edit a statement"):
                sets = ", ".join(f"{k} = ?" for k in fields)
                self.db.execute(
                    f"UPDATE statements SET {sets}, updated = ? WHERE id = ?",
                    (*fields.values(), self.clock(), statement_id),
                )
        return self.statement(statement_id)

    def set_speaker(self, statement_id: int, speaker_id: int | None) -> Statement:
        """Say who makes a statement (None: nobody yet)."""
        return self.update_statement(statement_id, speaker_id=speaker_id)

    def set_stance(self, statement_id: int, stance_id: int | None) -> Statement:
        """Say what position a statement takes (None: not yet decided)."""
        return self.update_statement(statement_id, stance_id=stance_id)

    def set_target(self, statement_id: int, target_id: int | None) -> Statement:
        """Say what a statement's stance is about."""
        return self.update_statement(statement_id, target_id=target_id)

    def set_note(self, statement_id: int, note: str) -> Statement:
        """Replace a statement's note (Markdown)."""
        return self.update_statement(statement_id, note=note)

    def set_span(self, statement_id: int, start: int, end: int) -> Statement:
        """Move a statement's span; quote, prefix and suffix follow the text, and it counts as placed."""
        st = self.statement(statement_id)
        text = self.document_text(st.document_id)
        check_span(text, start, end)
        sel = quote_selector(text, start, end)
        with self.writing("Change a statement's span"):
            self.db.execute(
                'UPDATE statements SET start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ?, anchored = 1,'
                " updated = ? WHERE id = ?",
                (start, end, sel.exact, sel.prefix, sel.suffix, self.clock(), statement_id),
            )
        return self.statement(statement_id)

    def delete_statement(self, statement_id: int) -> Statement:
        """Delete a statement and return it as it was."""
        st = self.statement(statement_id)
        with self.writing("Delete a statement"):
            self.db.execute("DELETE FROM statements WHERE id = ?", (statement_id,))
            self._forget_identities(((statement_id,),))
        return st

    def delete_statements(self, statement_ids: Iterable[int]) -> int:
        """Delete several statements at once; returns how many there were."""
        ids = [(i,) for i in statement_ids]
        with self.writing("Delete statements"):
            before = self.db.conn.total_changes
            self.db.conn.executemany("DELETE FROM statements WHERE id = ?", ids)
            deleted = self.db.conn.total_changes - before
            self._forget_identities(ids)
            return deleted

    def _forget_identities(self, ids: Iterable[tuple[int]]) -> None:
        # SQLite gives a deleted row's id to the next statement, which must not inherit what another file
        # called the deleted one (exports reuse that as the annotation's id).
        self.db.conn.executemany("DELETE FROM external_ids WHERE kind = 'statement' AND local_id = ?", ids)

    def search_statements(self, query: str, document_id: int | None = None) -> list[Statement]:
        """Statements whose quote or note contains every word of the query (prefix match)."""
        match = fts_query(query)
        if not match:
            return []
        sql = f"SELECT {_PREFIXED} FROM statements_fts f JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ?"
        args: list = [match]
        if document_id is not None:
            sql += " AND s.document_id = ?"
            args.append(document_id)
        sql += " ORDER BY s.document_id, s.start"
        return [statement_from_row(r) for r in self.db.execute(sql, args)]


def _insert(store: StatementMethods, insert: str, values: str, rows: list[tuple]) -> None:
    """Insert rows with one statement over a JSON array; rows holding a NUL character one by one, as
    SQLite's JSON functions end a string at its first NUL."""
    payload = json.dumps(rows, ensure_ascii=False)
    if "\\u0000" in payload:
        marks = ", ".join("?" * len(rows[0]))
        store.db.conn.executemany(f"{insert} VALUES ({marks})", rows)
    else:
        store.db.execute(f"{insert} SELECT {values} FROM json_each(?) ORDER BY key", (payload,))


def check_span(text: str, start: int, end: int) -> None:
    """InvalidSpan unless [start, end) lies in the text and holds more than white space."""
    if not 0 <= start < end <= len(text):
        raise InvalidSpan(f"The span {start}-{end} does not fit a text of {len(text)} characters.")
    if not text[start:end].strip():
        raise InvalidSpan("A statement must contain some text, not only white space.")


def check_mode(mode: str) -> None:
    """ValueError unless mode is empty or one of MODES."""
    if mode and mode not in MODES:
        raise ValueError(f"Unknown mode “{mode}”; use one of: {', '.join(MODES)}.")


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person typed: every word must occur, as a prefix."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"*' for w in words if w)

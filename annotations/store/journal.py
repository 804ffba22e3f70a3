"""The change journal: what every operation did to every row, recorded by SQLite itself.

Temporary triggers (they live in the connection, never in the project file) write the
before-image of each row an operation inserts, updates or deletes into a temporary table. At
the end of an operation the journal is taken: it says exactly what changed (a `Changes`
record for the window to refresh from) and, replayed backwards, undoes it (a `Patch`). Replaying
a patch is itself journalled, which gives the patch that redoes it.

Because SQLite records the rows, nothing can be forgotten: rows changed by foreign-key actions
(a deleted speaker's statements), positions, `updated` times and rows created on the way (a new
target) all come back on undo, whatever code made the change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby

TABLES = ("documents", "blocks", "speakers", "stances", "targets", "statements", "settings", "external_ids",
          "rejected_suggestions")
"""The tables that hold a project's data (full-text indexes follow them through their own triggers)."""

_DOCUMENT_OF = {"documents": "rowid", "blocks": "document_id", "statements": "document_id",
                "rejected_suggestions": "document_id"}

Entry = tuple[str, str, int, "int | None", "str | None", object]
"""(table, kind, rowid, document id, column, value): kind "i" inserted, "d" deleted (value: the
row as a JSON array, rowid first), "u" updated (value: the column's value before)."""


@dataclass(frozen=True)
class Patch:
    """Row images that, applied with Store.apply(), put the rows back as they were."""

    entries: tuple[Entry, ...] = ()

    def __len__(self) -> int:
        return len(self.entries)


@dataclass
class Changes:
    """What one operation changed, by kind of record: the one description the window refreshes from."""

    documents: set[int] = field(default_factory=set)  # added, removed, renamed, metadata or order changed
    texts: set[int] = field(default_factory=set)  # text or structure replaced: show the document afresh
    statements: dict[int, set[int]] = field(default_factory=dict)  # document id -> statement ids
    speakers: set[int] = field(default_factory=set)
    stances: set[int] = field(default_factory=set)
    targets: set[int] = field(default_factory=set)
    rejections: set[int] = field(default_factory=set)  # documents whose rejected suggestions changed
    settings: bool = False

    def __bool__(self) -> bool:
        return bool(self.documents or self.texts or self.statements or self.speakers or self.stances
                    or self.targets or self.rejections or self.settings)  # fmt: skip

    @property
    def statement_ids(self) -> set[int]:
        """The ids of every statement that changed, in any document."""
        return {i for ids in self.statements.values() for i in ids}

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Changes:
        """What these journal entries changed, sorted by kind of record."""
        changes = cls()
        for table, kind, rowid, document, column, _value in entries:
            if table == "statements":
                changes.statements.setdefault(document, set()).add(rowid)  # type: ignore[arg-type]
            elif table == "documents":
                (changes.texts if column == "text" else changes.documents).add(rowid)
                if kind != "u":
                    changes.documents.add(rowid)
            elif table == "blocks":
                changes.texts.add(document)  # type: ignore[arg-type]
            elif table == "speakers":
                changes.speakers.add(rowid)
            elif table == "stances":
                changes.stances.add(rowid)
            elif table == "targets":
                changes.targets.add(rowid)
            elif table == "rejected_suggestions":
                changes.rejections.add(document)  # type: ignore[arg-type]
            else:
                changes.settings = True
        return changes


class Journal:
    """Installs the journalling triggers on a connection, takes what they recorded, replays patches."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.columns: dict[str, list[str]] = {}
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS journal(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, kind TEXT NOT NULL,"
            " rid INTEGER NOT NULL, doc INTEGER, col TEXT, value)"
        )
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS fresh_documents(rid INTEGER PRIMARY KEY)")
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in TABLES:
            if table in present:
                self._install(table)

    def _install(self, table: str) -> None:
        info = self.conn.execute(f'PRAGMA main.table_info("{table}")').fetchall()
        # A lone INTEGER PRIMARY KEY is the rowid itself: it is written through the rowid.
        keys = [r for r in info if r[5]]
        alias = keys[0][1] if len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None
        columns = [r[1] for r in info if r[1] != alias]
        self.columns[table] = columns
        doc = _DOCUMENT_OF.get(table)

        def document(row: str) -> str:
            return f"{row}.{doc}" if doc else "NULL"

        image = ", ".join(["old.rowid", *(f'old."{c}"' for c in columns)])
        # A document added in this operation is taken out whole by undo (its blocks go with it by
        # ON DELETE CASCADE), so its blocks need no entries: 3,500 of them for a 1 MB article.
        when = " WHEN new.document_id NOT IN (SELECT rid FROM fresh_documents)" if table == "blocks" else ""
        remember = " INSERT INTO fresh_documents VALUES (new.rowid);" if table == "documents" else ""
        self.conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS journal_{table}_i AFTER INSERT ON main."{table}"{when} BEGIN'
            f" INSERT INTO journal(tbl, kind, rid, doc) VALUES ('{table}', 'i', new.rowid, {document('new')});"
            f"{remember} END"
        )
        self.conn.execute(
            f'CREATE TEMP TRIGGER IF NOT EXISTS journal_{table}_d AFTER DELETE ON main."{table}" BEGIN'
            f" INSERT INTO journal(tbl, kind, rid, doc, value)"
            f" VALUES ('{table}', 'd', old.rowid, {document('old')}, json_array({image})); END"
        )
        for c in columns:
            # BINARY: a column's own collation (NOCASE for names) would hide a change of case.
            self.conn.execute(
                f'CREATE TEMP TRIGGER IF NOT EXISTS "journal_{table}_u_{c}" AFTER UPDATE OF "{c}" ON main."{table}"'
                f' WHEN old."{c}" IS NOT new."{c}" COLLATE BINARY BEGIN'
                f" INSERT INTO journal(tbl, kind, rid, doc, col, value)"
                f" VALUES ('{table}', 'u', old.rowid, {document('old')}, '{c}', old.\"{c}\"); END"
            )

    def clear(self) -> None:
        """Forget what was recorded."""
        self.conn.execute("DELETE FROM temp.journal")
        self.conn.execute("DELETE FROM temp.fresh_documents")

    def take(self) -> tuple[Entry, ...]:
        """What was recorded since the last take, in order; the journal is left empty."""
        entries = tuple(self.conn.execute("SELECT tbl, kind, rid, doc, col, value FROM temp.journal ORDER BY seq"))
        if entries:
            self.conn.execute("DELETE FROM temp.journal")
            self.conn.execute("DELETE FROM temp.fresh_documents")
        return entries

    def replay(self, patch: Patch) -> None:
        """Put back what the patch's entries record, newest first (inside the caller's transaction)."""
        entries: Sequence[Entry] = patch.entries[::-1]
        for (table, kind), run in groupby(entries, key=lambda e: (e[0], e[1])):
            rows = list(run)
            if table not in self.columns:
                raise sqlite3.DatabaseError(f"the project has no table {table} to undo a change in")
            if kind == "i":
                self.conn.executemany(f'DELETE FROM main."{table}" WHERE rowid = ?', [(e[2],) for e in rows])
            elif kind == "u":
                self._update(table, rows)
            else:
                columns = self.columns[table]
                names = ", ".join(["rowid", *(f'"{c}"' for c in columns)])
                marks = ", ".join("?" * (len(columns) + 1))
                self.conn.executemany(f'INSERT INTO main."{table}"({names}) VALUES ({marks})',
                                      [json.loads(e[5]) for e in rows])  # type: ignore[arg-type]  # fmt: skip

    def _update(self, table: str, entries: list[Entry]) -> None:
        """Put back updated columns, one UPDATE per row for the columns changed together.

        One UPDATE that changed several columns (a statement's start and end) is journalled as one
        entry per column; putting them back one by one would pass through a row that never existed
        and a CHECK (end > start) could refuse it. Rows keep their order, so constraints across rows
        (unique keys) see the states they saw when the change was made, backwards.
        """
        rows: list[tuple[int, dict[str, object]]] = []
        for _table, _kind, rowid, _doc, column, value in entries:
            if not rows or rows[-1][0] != rowid:
                rows.append((rowid, {}))
            rows[-1][1][column] = value  # type: ignore[index]  # the oldest value comes last and wins
        for columns, run in groupby(rows, key=lambda r: tuple(r[1])):
            sets = ", ".join(f'"{c}" = ?' for c in columns)
            self.conn.executemany(f'UPDATE main."{table}" SET {sets} WHERE rowid = ?',
                                  [(*values.values(), rowid) for rowid, values in run])  # fmt: skip

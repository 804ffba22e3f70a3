"""The Store: one project file, opened safely, with one transaction per user action."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from .anchoring import quote_selector
from .connection import Connection
from .errors import InvalidSpan, NotFound, ProjectDamaged, ProjectError, ProjectLocked, ProjectReadOnly
from .model import DEFAULT_STANCES, MODES, Block, Document, Speaker, Stance, Statement, Target
from .opening import ProjectLock, connect_project, connect_read_only

SPEAKER_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
)  # fmt: skip

_STATEMENT_COLUMNS = (
    'id, document_id, start, "end", quote, prefix, suffix, speaker_id, stance_id, target_id, '
    "mode, cue, note, annotator, status, anchored, created, updated"
)
_EDITABLE = {"speaker_id", "stance_id", "target_id", "mode", "cue", "note", "status", "annotator"}


def utc_now() -> str:
    """Now as RFC 3339 with an offset, as the W3C model and most tools expect."""
    return datetime.now(UTC).isoformat(timespec="seconds")


_FIELDS = tuple(Statement.__dataclass_fields__)
_new = object.__new__


def _statement(row: Sequence) -> Statement:
    # Filling the instance dict directly skips the frozen dataclass's per-field object.__setattr__:
    # half the cost of reading 100k statements, which every export and every open pays.
    st = _new(Statement)
    values = st.__dict__
    values.update(zip(_FIELDS, row))
    values["anchored"] = bool(row[15])
    return st


class Store:
    """A project: documents, statements, speakers, the stance scheme and targets in one SQLite file.

    Every public method that changes data runs in one transaction and returns the model objects,
    so the window, the command line and the tests all do the same thing.
    """

    def __init__(self, db: Connection, path: Path, clock: Callable[[], str] = utc_now,
                 lock: ProjectLock | None = None, read_only: bool = False):  # fmt: skip
        self.db = db
        self.path = path
        self.clock = clock
        self.read_only = read_only
        self._lock = lock

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, clock: Callable[[], str] = utc_now, read_only: bool = False,
             backup: bool = True, **options) -> Store:  # fmt: skip
        """Open a project, creating it when the file does not exist or is empty.

        Raises NotAProject, ProjectDamaged, NewerProject, ProjectLocked or ProjectReadOnly with a
        message to show; in each case the file is left untouched. An existing project is backed up
        first (see backups.py) unless backup=False.
        """
        path = Path(path)
        if read_only:
            return cls(Connection(connect_read_only(path)), path, clock, read_only=True)
        existed = path.exists() and path.stat().st_size > 0
        conn, lock = connect_project(path, **options)
        store = cls(Connection(conn), path, clock, lock)
        if not store.stances():
            store._seed_stances()
        if existed and backup:
            from .backups import make_backup

            try:
                make_backup(path)
            except OSError:  # a full or read-only backup folder must not keep the work from opening
                pass
        return store

    def close(self) -> None:
        self.db.conn.close()
        if self._lock is not None:  # only after the connection: see ProjectLock
            self._lock.release()
            self._lock = None

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One transaction for one user action; SQLite's failures become messages a person can act on.

        A change that fails is rolled back whole, so nothing half-done is ever shown as saved.
        """
        if self.read_only:
            raise ProjectReadOnly(f"{self.path.name} is open read-only: the change was not made.")
        try:
            with self.db.atomic():
                yield
        except sqlite3.OperationalError as exc:
            raise _translate(self.path, exc) from None
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError):
                raise
            raise ProjectDamaged(f"{self.path.name} is damaged ({exc}); the change was not saved.") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _seed_stances(self) -> None:
        with self.writing():
            for position, (label, colour, key, description) in enumerate(DEFAULT_STANCES):
                self.db.execute(
                    "INSERT INTO stances(label, colour, key, position, description) VALUES (?, ?, ?, ?, ?)",
                    (label, colour, key, position, description),
                )

    # -- settings --------------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.writing():
            self.db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, value))

    # -- documents -------------------------------------------------------------------------------

    def add_document(self, title: str, text: str, blocks: Iterable[Block] = (), **meta: str) -> Document:
        """Add a document; line ends are made \\n, everything else is kept exactly."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        now = self.clock()
        with self.writing():
            position = self.db.execute("SELECT coalesce(max(position), -1) + 1 FROM documents").fetchone()[0]
            cur = self.db.execute(
                "INSERT INTO documents(title, text, author, outlet, published, language, source, format,"
                " position, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    title, text, meta.get("author", ""), meta.get("outlet", ""), meta.get("published", ""),
                    meta.get("language", ""), meta.get("source", ""), meta.get("format", "txt"),
                    position, now, now,
                ),
            )  # fmt: skip
            doc_id = cur.lastrowid
            self._write_blocks(doc_id, blocks, len(text))
        return self.document(doc_id)

    def _write_blocks(self, doc_id: int, blocks: Iterable[Block], length: int) -> None:
        self.db.execute("DELETE FROM blocks WHERE document_id = ?", (doc_id,))
        rows = []
        for b in blocks:
            if not 0 <= b.start <= b.end <= length:
                raise InvalidSpan(f"Block {b.kind} {b.start}-{b.end} lies outside the text ({length} characters).")
            rows.append((doc_id, b.kind, b.start, b.end, b.level))
        self.db.conn.executemany(
            'INSERT INTO blocks(document_id, kind, start, "end", level) VALUES (?, ?, ?, ?, ?)', rows
        )

    _DOCUMENT_COLUMNS = "id, title, text, author, outlet, published, language, source, format, created, updated"

    def document(self, document_id: int) -> Document:
        row = self.db.execute(f"SELECT {self._DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise NotFound(f"The project has no document {document_id}.")
        blocks = tuple(
            Block(*b)
            for b in self.db.execute(
                'SELECT kind, start, "end", level FROM blocks WHERE document_id = ? ORDER BY start, id', (document_id,)
            )
        )
        return Document(*row[:9], blocks=blocks, created=row[9], updated=row[10])

    def documents(self) -> list[Document]:
        """Every document, in the project's order (texts included; use document_ids() to stay light)."""
        return [self.document(i) for i in self.document_ids()]

    def document_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY position, id")]

    def document_titles(self) -> list[tuple[int, str]]:
        return [tuple(r) for r in self.db.execute("SELECT id, title FROM documents ORDER BY position, id")]

    def update_document(self, document_id: int, **meta: str) -> Document:
        """Change a document's metadata (title, author, outlet, published, language, source)."""
        allowed = {"title", "author", "outlet", "published", "language", "source"}
        unknown = set(meta) - allowed
        if unknown:
            raise ValueError(f"Unknown document fields: {', '.join(sorted(unknown))}")
        self.document(document_id)
        if meta:
            with self.writing():
                sets = ", ".join(f"{k} = ?" for k in meta)
                self.db.execute(
                    f"UPDATE documents SET {sets}, updated = ? WHERE id = ?", (*meta.values(), self.clock(), document_id)
                )
        return self.document(document_id)

    def document_summaries(self) -> list[tuple[int, str, int, int]]:
        """(id, title, statements, incomplete) of every document, in the project's order, in one query."""
        rows = self.db.execute(
            # s.id IS NOT NULL: a document without statements joins one row of NULLs, which is not incomplete
            "SELECT d.id, d.title, count(s.id),"
            " coalesce(sum(s.id IS NOT NULL AND (s.speaker_id IS NULL OR s.stance_id IS NULL)), 0)"
            " FROM documents d LEFT JOIN statements s ON s.document_id = d.id"
            " GROUP BY d.id ORDER BY d.position, d.id"
        )
        return [tuple(r) for r in rows]

    def delete_document(self, document_id: int) -> tuple[Document, list[Statement]]:
        """Delete a document with its statements; returns both, which is what restore_document needs."""
        doc, statements = self.document(document_id), self.statements(document_id)
        with self.writing():
            self.db.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        return doc, statements

    def restore_document(self, doc: Document, statements: Iterable[Statement] = ()) -> Document:
        """Put a deleted document back with its id, blocks and statements."""
        with self.writing():
            self.db.execute(
                "INSERT INTO documents(id, title, text, author, outlet, published, language, source, format,"
                " position, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " (SELECT coalesce(max(position), -1) + 1 FROM documents), ?, ?)",
                (doc.id, doc.title, doc.text, doc.author, doc.outlet, doc.published, doc.language, doc.source,
                 doc.format, doc.created, doc.updated),
            )  # fmt: skip
            self._write_blocks(doc.id, doc.blocks, len(doc.text))
            for st in statements:
                self.restore_statement(st)
        return self.document(doc.id)

    # -- speakers --------------------------------------------------------------------------------

    def _speaker(self, row: Sequence) -> Speaker:
        return Speaker(row[0], row[1], tuple(json.loads(row[2])), row[3], row[4])

    def speaker(self, speaker_id: int) -> Speaker:
        row = self.db.execute(
            "SELECT id, name, aliases, description, colour FROM speakers WHERE id = ?", (speaker_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"The project has no speaker {speaker_id}.")
        return self._speaker(row)

    def speakers(self) -> list[Speaker]:
        rows = self.db.execute("SELECT id, name, aliases, description, colour FROM speakers ORDER BY name COLLATE NOCASE")
        return [self._speaker(r) for r in rows]

    def find_speaker(self, name: str) -> Speaker | None:
        """The speaker called `name` or known by it as an alias (case-insensitive)."""
        wanted = name.strip().casefold()
        if not wanted:
            return None
        for sp in self.speakers():
            if any(n.casefold() == wanted for n in sp.names()):
                return sp
        return None

    def add_speaker(
        self, name: str, aliases: Iterable[str] = (), description: str = "", colour: str | None = None
    ) -> Speaker:
        name = name.strip()
        if not name:
            raise ValueError("A speaker needs a name.")
        if self.find_speaker(name):
            raise ValueError(f"There is already a speaker called “{name}”.")
        with self.writing():
            if colour is None:
                count = self.db.execute("SELECT count(*) FROM speakers").fetchone()[0]
                colour = SPEAKER_PALETTE[count % len(SPEAKER_PALETTE)]
            cur = self.db.execute(
                "INSERT INTO speakers(name, aliases, description, colour) VALUES (?, ?, ?, ?)",
                (name, json.dumps(_clean_aliases(aliases, name), ensure_ascii=False), description, colour),
            )
        return self.speaker(cur.lastrowid)

    def speaker_named(self, name: str) -> Speaker:
        """The speaker known by this name or alias, created if there is none."""
        return self.find_speaker(name) or self.add_speaker(name)

    def update_speaker(
        self,
        speaker_id: int,
        *,
        name: str | None = None,
        aliases: Iterable[str] | None = None,
        description: str | None = None,
        colour: str | None = None,
    ) -> Speaker:
        current = self.speaker(speaker_id)
        name = current.name if name is None else name.strip()
        if not name:
            raise ValueError("A speaker needs a name.")
        clash = self.find_speaker(name)
        if clash and clash.id != speaker_id:
            raise ValueError(f"There is already a speaker called “{name}”.")
        aliases = current.aliases if aliases is None else tuple(aliases)
        with self.writing():
            self.db.execute(
                "UPDATE speakers SET name = ?, aliases = ?, description = ?, colour = ? WHERE id = ?",
                (
                    name,
                    json.dumps(_clean_aliases(aliases, name), ensure_ascii=False),
                    current.description if description is None else description,
                    current.colour if colour is None else colour,
                    speaker_id,
                ),
            )
        return self.speaker(speaker_id)

    def merge_speakers(self, keep_id: int, gone_id: int) -> list[int]:
        """Move every statement of `gone` to `keep`, keep gone's names as aliases, delete gone.

        Returns the ids of the statements that moved (what an undo needs to move them back).
        """
        if keep_id == gone_id:
            raise ValueError("A speaker cannot be merged with itself.")
        keep, gone = self.speaker(keep_id), self.speaker(gone_id)
        with self.writing():
            moved = [r[0] for r in self.db.execute("SELECT id FROM statements WHERE speaker_id = ?", (gone_id,))]
            self.db.execute(
                "UPDATE statements SET speaker_id = ?, updated = ? WHERE speaker_id = ?", (keep_id, self.clock(), gone_id)
            )
            self.db.execute("DELETE FROM speakers WHERE id = ?", (gone_id,))
            aliases = (*keep.aliases, *gone.names())
            self.db.execute(
                "UPDATE speakers SET aliases = ? WHERE id = ?",
                (json.dumps(_clean_aliases(aliases, keep.name), ensure_ascii=False), keep_id),
            )
        return moved

    def delete_speaker(self, speaker_id: int) -> list[int]:
        """Delete a speaker; its statements keep their text but lose the speaker. Returns their ids."""
        self.speaker(speaker_id)
        with self.writing():
            affected = [r[0] for r in self.db.execute("SELECT id FROM statements WHERE speaker_id = ?", (speaker_id,))]
            self.db.execute("DELETE FROM speakers WHERE id = ?", (speaker_id,))
        return affected

    def restore_speaker(self, speaker: Speaker, statement_ids: Iterable[int] = ()) -> Speaker:
        """Put a deleted or merged speaker back with its id, and give it these statements again."""
        with self.writing():
            self.db.execute(
                "INSERT INTO speakers(id, name, aliases, description, colour) VALUES (?, ?, ?, ?, ?)",
                (speaker.id, speaker.name, json.dumps(list(speaker.aliases), ensure_ascii=False),
                 speaker.description, speaker.colour),
            )  # fmt: skip
            self._reassign("speaker_id", speaker.id, statement_ids)
        return self.speaker(speaker.id)

    def _reassign(self, column: str, value: int | None, statement_ids: Iterable[int]) -> None:
        now = self.clock()
        self.db.conn.executemany(
            f"UPDATE statements SET {column} = ?, updated = ? WHERE id = ?", [(value, now, i) for i in statement_ids]
        )

    def reassign_speaker(self, statement_ids: Iterable[int], speaker_id: int | None) -> None:
        with self.writing():
            self._reassign("speaker_id", speaker_id, statement_ids)

    # -- stance scheme ---------------------------------------------------------------------------

    def _stance(self, row: Sequence) -> Stance:
        return Stance(row[0], row[1], row[2], row[3], row[4], row[5])

    def stances(self) -> list[Stance]:
        rows = self.db.execute("SELECT id, label, colour, key, position, description FROM stances ORDER BY position, id")
        return [self._stance(r) for r in rows]

    def stance(self, stance_id: int) -> Stance:
        row = self.db.execute(
            "SELECT id, label, colour, key, position, description FROM stances WHERE id = ?", (stance_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"The project has no stance {stance_id}.")
        return self._stance(row)

    def find_stance(self, label: str) -> Stance | None:
        wanted = label.strip().casefold()
        return next((s for s in self.stances() if s.label.casefold() == wanted), None)

    def stance_for_key(self, key: str) -> Stance | None:
        return next((s for s in self.stances() if s.key and s.key == key), None)

    def add_stance(self, label: str, colour: str, key: str = "", description: str = "") -> Stance:
        label = label.strip()
        if not label:
            raise ValueError("A stance needs a label.")
        if self.find_stance(label):
            raise ValueError(f"The scheme already has a stance “{label}”.")
        with self.writing():
            self._free_key(key, None)
            position = self.db.execute("SELECT coalesce(max(position), -1) + 1 FROM stances").fetchone()[0]
            cur = self.db.execute(
                "INSERT INTO stances(label, colour, key, position, description) VALUES (?, ?, ?, ?, ?)",
                (label, colour, key, position, description),
            )
        return self.stance(cur.lastrowid)

    def _free_key(self, key: str, owner: int | None) -> None:
        # A key belongs to one stance: giving it to another takes it from the first.
        if key:
            self.db.execute("UPDATE stances SET key = '' WHERE key = ? AND id IS NOT ?", (key, owner))

    def update_stance(
        self,
        stance_id: int,
        *,
        label: str | None = None,
        colour: str | None = None,
        key: str | None = None,
        description: str | None = None,
    ) -> Stance:
        current = self.stance(stance_id)
        label = current.label if label is None else label.strip()
        if not label:
            raise ValueError("A stance needs a label.")
        clash = self.find_stance(label)
        if clash and clash.id != stance_id:
            raise ValueError(f"The scheme already has a stance “{label}”.")
        key = current.key if key is None else key
        with self.writing():
            self._free_key(key, stance_id)
            self.db.execute(
                "UPDATE stances SET label = ?, colour = ?, key = ?, description = ? WHERE id = ?",
                (label, current.colour if colour is None else colour, key,
                 current.description if description is None else description, stance_id),
            )  # fmt: skip
        return self.stance(stance_id)

    def reorder_stances(self, stance_ids: Sequence[int]) -> list[Stance]:
        if sorted(stance_ids) != sorted(s.id for s in self.stances()):
            raise ValueError("A new order must name every stance of the scheme once.")
        with self.writing():
            self.db.conn.executemany(
                "UPDATE stances SET position = ? WHERE id = ?", [(p, i) for p, i in enumerate(stance_ids)]
            )
        return self.stances()

    def delete_stance(self, stance_id: int) -> list[int]:
        """Remove a stance from the scheme; its statements lose their stance. Returns their ids."""
        self.stance(stance_id)
        with self.writing():
            affected = [r[0] for r in self.db.execute("SELECT id FROM statements WHERE stance_id = ?", (stance_id,))]
            self.db.execute("DELETE FROM stances WHERE id = ?", (stance_id,))
        return affected

    def restore_stance(self, stance: Stance, statement_ids: Iterable[int] = ()) -> Stance:
        with self.writing():
            self._free_key(stance.key, stance.id)
            self.db.execute(
                "INSERT INTO stances(id, label, colour, key, position, description) VALUES (?, ?, ?, ?, ?, ?)",
                (stance.id, stance.label, stance.colour, stance.key, stance.position, stance.description),
            )
            self._reassign("stance_id", stance.id, statement_ids)
        return self.stance(stance.id)

    # -- targets ---------------------------------------------------------------------------------

    def targets(self) -> list[Target]:
        return [Target(*r) for r in self.db.execute("SELECT id, name FROM targets ORDER BY name COLLATE NOCASE")]

    def target(self, target_id: int) -> Target:
        row = self.db.execute("SELECT id, name FROM targets WHERE id = ?", (target_id,)).fetchone()
        if row is None:
            raise NotFound(f"The project has no target {target_id}.")
        return Target(*row)

    def target_named(self, name: str) -> Target:
        """The target with this name, created if there is none."""
        name = name.strip()
        if not name:
            raise ValueError("A target needs a name.")
        row = self.db.execute("SELECT id, name FROM targets WHERE name = ?", (name,)).fetchone()
        if row:
            return Target(*row)
        with self.writing():
            cur = self.db.execute("INSERT INTO targets(name) VALUES (?)", (name,))
        return Target(cur.lastrowid, name)

    # -- statements ------------------------------------------------------------------------------

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
    ) -> Statement:
        """Mark text[start:end] of a document as a statement (offsets in code points)."""
        text = self._text(document_id)
        self._check_span(text, start, end)
        _check_mode(mode)
        sel = quote_selector(text, start, end)
        now = self.clock()
        with self.writing():
            cur = self.db.execute(
                'INSERT INTO statements(document_id, start, "end", quote, prefix, suffix, speaker_id, stance_id,'
                " target_id, mode, cue, note, annotator, status, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document_id, start, end, sel.exact, sel.prefix, sel.suffix, speaker_id, stance_id, target_id,
                 mode, cue, note, annotator, status, now, now),
            )  # fmt: skip
        return self.statement(cur.lastrowid)

    def _text(self, document_id: int) -> str:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise NotFound(f"The project has no document {document_id}.")
        return row[0]

    @staticmethod
    def _check_span(text: str, start: int, end: int) -> None:
        if not 0 <= start < end <= len(text):
            raise InvalidSpan(f"The span {start}-{end} does not fit a text of {len(text)} characters.")
        if not text[start:end].strip():
            raise InvalidSpan("A statement must contain some text, not only white space.")

    def statement(self, statement_id: int) -> Statement:
        row = self.db.execute(f"SELECT {_STATEMENT_COLUMNS} FROM statements WHERE id = ?", (statement_id,)).fetchone()
        if row is None:
            raise NotFound(f"The project has no statement {statement_id}.")
        return _statement(row)

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
        sql = f"SELECT {', '.join('s.' + c.strip() for c in _STATEMENT_COLUMNS.split(','))} FROM statements s"
        if document_id is None:
            sql += " JOIN documents d ON d.id = s.document_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY ' + ("" if document_id is not None else "d.position, s.document_id, ") + 's.start, s."end", s.id'
        return list(map(_statement, self.db.execute(sql, args).fetchall()))

    def statements_at(self, document_id: int, position: int) -> list[Statement]:
        """Statements covering a code-point position, shortest first (the most specific)."""
        rows = self.db.execute(
            f"SELECT {_STATEMENT_COLUMNS} FROM statements WHERE document_id = ? AND start <= ? AND \"end\" > ?"
            ' ORDER BY "end" - start, start',
            (document_id, position, position),
        )
        return [_statement(r) for r in rows]

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
        unknown = set(fields) - _EDITABLE
        if unknown:
            raise ValueError(f"Statements have no field {', '.join(sorted(unknown))}.")
        if "mode" in fields:
            _check_mode(fields["mode"])
        self.statement(statement_id)
        if fields:
            with self.writing():
                sets = ", ".join(f"{k} = ?" for k in fields)
                self.db.execute(
                    f"UPDATE statements SET {sets}, updated = ? WHERE id = ?",
                    (*fields.values(), self.clock(), statement_id),
                )
        return self.statement(statement_id)

    def set_speaker(self, statement_id: int, speaker_id: int | None) -> Statement:
        return self.update_statement(statement_id, speaker_id=speaker_id)

    def set_stance(self, statement_id: int, stance_id: int | None) -> Statement:
        return self.update_statement(statement_id, stance_id=stance_id)

    def set_target(self, statement_id: int, target_id: int | None) -> Statement:
        return self.update_statement(statement_id, target_id=target_id)

    def set_mode(self, statement_id: int, mode: str) -> Statement:
        return self.update_statement(statement_id, mode=mode)

    def set_note(self, statement_id: int, note: str) -> Statement:
        return self.update_statement(statement_id, note=note)

    def set_span(self, statement_id: int, start: int, end: int) -> Statement:
        """Move a statement's span; quote, prefix and suffix follow the text."""
        st = self.statement(statement_id)
        text = self._text(st.document_id)
        self._check_span(text, start, end)
        sel = quote_selector(text, start, end)
        with self.writing():
            self.db.execute(
                'UPDATE statements SET start = ?, "end" = ?, quote = ?, prefix = ?, suffix = ?, anchored = 1,'
                " updated = ? WHERE id = ?",
                (start, end, sel.exact, sel.prefix, sel.suffix, self.clock(), statement_id),
            )
        return self.statement(statement_id)

    def delete_statement(self, statement_id: int) -> Statement:
        """Delete a statement and return it as it was, for undo."""
        st = self.statement(statement_id)
        with self.writing():
            self.db.execute("DELETE FROM statements WHERE id = ?", (statement_id,))
        return st

    def restore_statement(self, st: Statement) -> Statement:
        """Put a deleted statement back exactly as it was, id included."""
        with self.writing():
            self.db.execute(
                f"INSERT INTO statements({_STATEMENT_COLUMNS}) VALUES ({', '.join('?' * 18)})",
                (st.id, st.document_id, st.start, st.end, st.quote, st.prefix, st.suffix, st.speaker_id,
                 st.stance_id, st.target_id, st.mode, st.cue, st.note, st.annotator, st.status,
                 int(st.anchored), st.created, st.updated),
            )  # fmt: skip
        return self.statement(st.id)

    # -- search ----------------------------------------------------------------------------------

    def search_statements(self, query: str, document_id: int | None = None) -> list[Statement]:
        """Statements whose quote or note contains every word of the query (prefix match)."""
        match = fts_query(query)
        if not match:
            return []
        sql = (
            f"SELECT {', '.join('s.' + c.strip() for c in _STATEMENT_COLUMNS.split(','))} FROM statements_fts f"
            " JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ?"
        )
        args: list = [match]
        if document_id is not None:
            sql += " AND s.document_id = ?"
            args.append(document_id)
        sql += " ORDER BY s.document_id, s.start"
        return [_statement(r) for r in self.db.execute(sql, args)]


def _translate(path: Path, exc: sqlite3.OperationalError) -> Exception:
    message = str(exc).lower()
    if "full" in message:
        return ProjectError(f"The disk holding {path.name} is full: the change was not saved. Free some space and"
                            " try again.")  # fmt: skip
    if "locked" in message or "busy" in message:
        return ProjectLocked(f"{path.name} is busy in another program: the change was not saved. Try again.")
    if "readonly" in message or "read-only" in message:
        return ProjectReadOnly(f"{path.name} cannot be written any more: the change was not saved.")
    if "disk i/o" in message:
        return ProjectError(f"Writing {path.name} failed (disk I/O error): the change was not saved.")
    return exc


def fts_query(text: str) -> str:
    """A safe FTS5 query from what a person typed: every word must occur, as a prefix."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"*' for w in words if w)


def _check_mode(mode: str) -> None:
    if mode and mode not in MODES:
        raise ValueError(f"Unknown mode “{mode}”; use one of: {', '.join(MODES)}.")


def _clean_aliases(aliases: Iterable[str], name: str) -> list[str]:
    seen, out = {name.casefold()}, []
    for a in aliases:
        a = a.strip()
        if a and a.casefold() not in seen:
            seen.add(a.casefold())
            out.append(a)
    return out

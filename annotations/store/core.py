"""The heart of a Store: the connection, opening and closing, and operations (one transaction each)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..connection import Connection
from ..errors import InvalidText, ProjectDamaged, ProjectError, ProjectLocked, ProjectReadOnly
from ..opening import ProjectLock
from .journal import Changes, Journal, Patch
from .operation import Operation, OutsideOperation


def utc_now() -> str:
    """Now as RFC 3339 with an offset, as the W3C model and most tools expect."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class StoreCore:
    """One project file and the operations that change it.

    Every change runs inside an operation: one SQLite transaction, all or nothing, after which
    `listeners` are told what changed. A change method called outside an operation makes one of
    its own, unless `require_operations` is set (the window sets it: there, every change must be an
    undoable command, and a write that is not is a bug to be caught, not papered over).
    """

    def __init__(self, db: Connection, path: Path, clock: Callable[[], str] = utc_now,
                 lock: ProjectLock | None = None, read_only: bool = False):  # fmt: skip
        self.db = db
        self.path = path
        self.clock = clock
        self.read_only = read_only
        self.require_operations = False
        self.listeners: list[Callable[[Operation], None]] = []
        self._lock = lock
        self._operation: Operation | None = None
        self._journal = None if read_only else Journal(db.conn)
        self.backup_problem = ""  # why the backup taken on opening failed, to be said once; "" when it did not

    # -- closing -------------------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """Whether the project file has been closed."""
        return self.db.conn is None

    def close(self) -> None:
        """Close the file and let other windows and programs have it; closing twice is harmless."""
        if self.db.conn is not None:
            self.db.conn.close()
            self.db.conn = None  # type: ignore[assignment]
        if self._lock is not None:  # only after the connection: see ProjectLock
            self._lock.release()
            self._lock = None

    def checkpoint(self) -> None:
        """Move what the write-ahead log holds into the project file itself.

        Until then, work since the last checkpoint lives only in the `-wal` file beside the project:
        a copy of the project file alone would miss it. Done when the window is idle; never while an
        operation is open; a reader holding the log back only makes it partial, never an error.
        """
        if self.closed or self.read_only or self._operation is not None:
            return
        with contextlib.suppress(sqlite3.Error):  # the next idle moment tries again; the work is safe in the log
            self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def log_missing(self) -> bool:
        """Whether the write-ahead log beside the open project was deleted (by a cleaner, a sync client).

        SQLite goes on writing to the deleted file; work there since the last checkpoint would be lost
        in a crash. A checkpoint still moves it into the project file.
        """
        if self.closed or self.read_only:
            return False
        return not self.path.with_name(self.path.name + "-wal").exists()

    def save_copy(self, target: Path) -> Path:
        """Write a consistent copy of the whole project (log included) to target, a new project file."""
        from ..safe_files import publish, temporary_beside

        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectError("A copy must go to another file than the project itself.")
        tmp = temporary_beside(target)
        try:
            dest = sqlite3.connect(tmp)
            try:
                self.db.conn.backup(dest)  # SQLite's backup API: the database as it is now, WAL included
                dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, nothing beside it
            finally:
                dest.close()
            publish(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ProjectError(f"The copy could not be written to {target}: {exc.strerror or exc}.") from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return target

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- operations ----------------------------------------------------------------------------------

    @contextmanager
    def operation(self, label: str = "") -> Iterator[Operation]:
        """Run the body as one operation; inside another operation it becomes part of that one.

        On success the operation's `changes` and `undo` are filled in and the listeners are told.
        On failure everything the body did is rolled back and the error is raised as one a person
        can act on (disk full, file locked, read-only, damaged).
        """
        if self.read_only:
            raise ProjectReadOnly(f"{self.path.name} is open read-only: the change was not made.")
        if self._operation is not None:
            with self._translated(), self.db.atomic():  # a savepoint: a refused part leaves the rest
                yield self._operation
            return
        assert self._journal is not None
        op = self._operation = Operation(label)
        try:
            with self._translated(), self.db.atomic():
                self._journal.clear()  # what a failed commit of an earlier operation may have left
                yield op
                entries = self._journal.take()
        finally:
            self._operation = None
        op.undo = Patch(entries)
        op.changes = Changes.of(entries)
        for listener in list(self.listeners):
            listener(op)

    def run(self, label: str, action: Callable[..., Any], *args: Any, **kwargs: Any) -> Operation:
        """Run action(store, *args, **kwargs) as one operation; its return value is the operation's result."""
        with self.operation(label) as op:
            op.result = action(self, *args, **kwargs)
        return op

    def apply(self, patch: Patch, label: str = "") -> Operation:
        """Apply a patch (an operation's `undo`) as an operation; the new operation's `undo` redoes it."""
        with self.operation(label) as op:
            assert self._journal is not None
            self._journal.replay(patch)
        return op

    @contextmanager
    def writing(self, label: str = "") -> Iterator[None]:
        """Where a change method writes: inside the current operation, or in one of its own."""
        if self._operation is None:
            if self.require_operations:
                raise OutsideOperation(f"{label or 'a change'} was attempted outside an operation")
            with self.operation(label):
                yield
            return
        with self.operation():
            yield

    @property
    def in_operation(self) -> bool:
        """Whether an operation is open (changes now join it)."""
        return self._operation is not None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError:
            raise
        except sqlite3.OperationalError as exc:
            raise translate(self.path, exc) from None
        except sqlite3.DatabaseError as exc:
            raise ProjectDamaged(f"{self.path.name} is damaged ({exc}); the change was not saved.") from None
        except UnicodeEncodeError:
            raise InvalidText("The text holds a broken character (a lone UTF-16 surrogate), which a project"
                              " cannot store: the change was not made.") from None  # fmt: skip

    # -- settings ------------------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        """A project setting (kept in the file, undone with the operation that changed it)."""
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        """Change a project setting."""
        with self.writing("Change a setting"):
            # An upsert, not INSERT OR REPLACE: REPLACE deletes without telling the journal.
            self.db.execute("INSERT INTO settings(key, value) VALUES (?, ?)"
                            " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))  # fmt: skip

    # -- identities from other files -----------------------------------------------------------------

    def external_id(self, iri: str, kind: str) -> int | None:
        """The local id of a record that another file calls `iri` (kind: "document" or "statement")."""
        row = self.db.execute("SELECT local_id FROM external_ids WHERE iri = ? AND kind = ?", (iri, kind)).fetchone()
        return row[0] if row else None

    def remember_external_id(self, iri: str, kind: str, local_id: int) -> None:
        """Remember what another file calls a record, so importing that file again recognises it."""
        self.remember_external_ids([(iri, kind, local_id)])

    def remember_external_ids(self, identities: Iterable[tuple[str, str, int]]) -> None:
        """remember_external_id for many (iri, kind, local id) at once, as an import of 100,000 statements needs."""
        rows = json.dumps(list(identities), ensure_ascii=False)
        with self.writing("Remember an identity"):
            # One statement, not one per row: inside an import's savepoints each statement with triggers
            # journals the pages it touches, which made 100,000 rows take 12 s instead of 0.3.
            self.db.execute("INSERT INTO external_ids(iri, kind, local_id) SELECT json_extract(value, '$[0]'),"
                            " json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?) WHERE true"
                            " ON CONFLICT(iri) DO UPDATE SET kind = excluded.kind, local_id = excluded.local_id",
                            (rows,))  # fmt: skip


def translate(path: Path, exc: sqlite3.OperationalError) -> Exception:
    """SQLite's failure to write, as a message that says what happened and what to do."""
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

"""Opening a project file safely: recognise it, refuse what is not ours, migrate, set pragmas."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from . import schema
from .errors import NewerProject, NotAProject, ProjectDamaged, ProjectError, ProjectLocked, ProjectReadOnly

try:
    import fcntl
except ImportError:  # Windows: SQLite's own locking still keeps the file consistent
    fcntl = None  # type: ignore[assignment]

SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect_file(path: Path) -> tuple[int, int]:
    """(application_id, user_version) of an existing file, read without writing a byte.

    Raises NotAProject or ProjectDamaged where the file cannot be ours.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except IsADirectoryError:
        raise NotAProject(f"{path} is a folder, not a Standpoint project.") from None
    except PermissionError:
        raise ProjectReadOnly(f"{path} cannot be read: permission denied.") from None
    if not head.startswith(SQLITE_MAGIC):
        raise NotAProject(f"{path} is not a Standpoint project (it is not an SQLite database).")
    if len(head) < 100:
        raise ProjectDamaged(f"{path} is damaged: the file is cut short.")
    # Reading must not create a write-ahead log beside a file that is not ours (or is damaged);
    # immutable=1 opens without one, which is right whenever no log exists already.
    has_log = path.with_name(path.name + "-wal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro" if has_log else "?mode=ro&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=1.0)  # a brief write elsewhere passes; a held lock is reported
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _is_lock(exc):  # another program is writing: its work must not be taken for damage and restored over
            raise in_use(path) from None
        raise ProjectDamaged(f"{path} is damaged and cannot be read ({exc}).") from None
    except UnicodeDecodeError as exc:  # a damaged byte in the schema's names
        raise ProjectDamaged(f"{path} is damaged and cannot be read ({exc.reason} in its table list).") from None
    if check != "ok":
        raise ProjectDamaged(f"{path} is damaged: {check}.")
    if app_id != schema.APPLICATION_ID and tables:
        raise NotAProject(f"{path} is an SQLite database, but not a Standpoint project.")
    if version > schema.SCHEMA_VERSION:
        raise NewerProject(
            f"{path} was saved by a newer Standpoint (format {version}; this version reads up to"
            f" {schema.SCHEMA_VERSION}). Update Standpoint to open it."
        )
    return app_id, version


class ProjectLock:
    """One writing Standpoint per project: an exclusive flock on the project file itself.

    flock() locks are separate from the POSIX locks SQLite takes, and the kernel drops them when
    the process dies, so a crash never leaves a stale lock behind. The descriptor must stay open
    until after the SQLite connection is closed (closing any descriptor of a file drops the
    process's POSIX locks on it).
    """

    def __init__(self, path: Path):
        self.fd: int | None = None
        if fcntl is None:
            return
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ProjectLocked(
                f"{path} is open in another Standpoint window or program. Close it there, or open it read-only."
            ) from None
        self.fd = fd

    def release(self) -> None:
        """Let other processes open the project again."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write: for a second window, or a file on read-only media."""
    if not path.exists():
        raise ProjectError(f"{path}: there is no such project file.")
    version = inspect_file(path)[1]
    if version < schema.SCHEMA_VERSION:
        raise ProjectReadOnly(f"{path} is in an older format; open it once for writing to update it.")
    # On read-only media SQLite cannot create the shared-memory file a WAL reader needs; with no log
    # there, no writer can exist either, and immutable=1 reads without one.
    alone = not os.access(path.parent, os.W_OK) and not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(path.resolve().as_uri() + ("?mode=ro&immutable=1" if alone else "?mode=ro"), uri=True,
                           timeout=5.0)  # fmt: skip
    conn.execute("PRAGMA query_only = ON")
    return conn


def connect_project(
    path: Path, *, synchronous: str = "FULL", lock: bool = True, before_migration: Callable[[Path], object] | None = None
) -> tuple[sqlite3.Connection, ProjectLock | None]:
    """A connection to a project file, created and migrated as needed, and the lock that keeps it ours.

    WAL with synchronous=FULL: a commit that returned survives a crash and a power cut.
    `before_migration(path)` runs before an older project's format is changed (the store backs it up).
    """
    path = Path(path)
    if path.is_file() and path.stat().st_size == 0:
        # Adopted, it would become an empty project and then an empty backup, displacing good ones.
        raise NotAProject(f"{path} is empty (0 bytes): it holds no project. Delete it to start a new project"
                          " under this name, or open another file.")  # fmt: skip
    exists = path.exists()
    version = inspect_file(path)[1] if exists else 0
    if exists and not os.access(path, os.W_OK):
        raise ProjectReadOnly(f"{path} is read-only. Open it read-only to read and export, or copy it somewhere writable.")
    try:
        project_lock = ProjectLock(path) if lock else None
    except PermissionError:
        raise ProjectReadOnly(f"{path} cannot be created or written here: permission denied.") from None
    except FileNotFoundError:
        raise ProjectReadOnly(f"{path.parent} does not exist.") from None
    try:
        return _connect(path, version, synchronous, before_migration), project_lock
    except BaseException:
        if project_lock:
            project_lock.release()
        raise


def _is_lock(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def in_use(path: Path) -> ProjectLocked:
    """The error for a project another program (sqlite3, Datasette, a sync client) holds a lock on."""
    return ProjectLocked(f"{path} is in use by another program, which holds a lock on it. Close it there and try"
                         " again.")  # fmt: skip


def check_not_in_use(path: Path) -> None:
    """ProjectLocked when another program holds a write lock on the project; a file SQLite cannot read passes.

    Taking the write lock for a moment and giving it back writes nothing to the project.
    """
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, timeout=0.2, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        if _is_lock(exc):
            raise in_use(path) from None
    finally:
        conn.close()


def _connect(path: Path, version: int, synchronous: str, before_migration) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, timeout=5.0)
    except sqlite3.OperationalError as exc:
        raise ProjectReadOnly(f"{path} cannot be opened: {exc}.") from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise ProjectReadOnly(f"{path} cannot be written (journal mode {mode}).")
        if version < schema.SCHEMA_VERSION:
            if version > 0 and before_migration is not None:  # an older project: keep it as it was
                before_migration(path)
            _migrate(conn, version)
    except sqlite3.OperationalError as exc:
        conn.close()
        message = str(exc)
        if _is_lock(exc):
            raise in_use(path) from None
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            raise ProjectReadOnly(f"{path} cannot be written: {message}.") from None
        raise
    return conn


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(version, schema.SCHEMA_VERSION):
            schema.MIGRATIONS[number](conn)
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def full_check(path: Path) -> str:
    """What is wrong with a project file the quick checks pass, or "" when nothing is.

    Reads what the window will read: every page (integrity_check), every text value as UTF-8, and
    the search indexes against their tables. About 0.4 s for 100,000 statements (bench/run.py); run
    on a fresh backup copy, so that a damaged file never becomes a backup.
    """
    conn = sqlite3.connect(path)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            return check
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%fts%'")]
        for table in tables:
            columns = [f'"{r[1]}"' for r in conn.execute(f'PRAGMA table_info("{table}")') if "TEXT" in (r[2] or "").upper()]
            if columns:
                cur = conn.execute(f'SELECT {", ".join(columns)} FROM "{table}"')
                while cur.fetchmany(5000):  # decoding happens as rows are fetched
                    pass
        for (fts,) in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'").fetchall():
            conn.execute(f'INSERT INTO "{fts}"("{fts}") VALUES (\'integrity-check\')')
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return ""

"""Rolling backups of a project, taken with SQLite's backup API, and restoring one.

Backups live apart from the project, in the user data folder (one folder per project path), so
that losing the project's folder does not lose its backups with it. A backup is taken when a
project is opened (skipped when the file has not changed since the last one) and before any
migration; the newest KEEP are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_path

from .errors import ProjectDamaged, ProjectError
from .opening import ProjectLock, check_not_in_use, full_check, inspect_file
from .safe_files import publish, sweep_leftovers, temporary_beside

KEEP = 10
SUFFIX = ".standpoint-backup"


@dataclass(frozen=True)
class Backup:
    """One backup file of a project, with the time it was taken."""

    path: Path
    taken: datetime
    size: int

    def describe(self) -> str:
        """The backup's time and size in words, as lists and messages show it."""
        return f"{self.taken.astimezone().strftime('%Y-%m-%d %H:%M:%S')} ({self.size / 1024:.0f} KB)"


def backup_root() -> Path:
    """The folder that holds the backups of every project (in the user data folder)."""
    return user_data_path("Standpoint", appauthor=False) / "backups"


def backup_dir(project: Path) -> Path:
    """The folder that holds one project's backups, named after the file and its full path."""
    full = Path(project).resolve()
    tag = hashlib.sha256(str(full).encode("utf-8")).hexdigest()[:10]
    return backup_root() / f"{full.stem}-{tag}"


def _signature(project: Path) -> list[list[int] | None]:
    """What changes when the project changes: size and time of the file and of a write-ahead log that holds
    something. Opening a project creates an empty log; counted, every plain open would look like a change."""
    out: list[list[int] | None] = []
    for p in (project, project.with_name(project.name + "-wal")):
        try:
            st = p.stat()
            out.append([st.st_size, st.st_mtime_ns] if st.st_size else None)
        except FileNotFoundError:
            out.append(None)
    return out


def list_backups(project: str | Path) -> list[Backup]:
    """The project's backups, newest first."""
    folder = backup_dir(Path(project))
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(f"*{SUFFIX}"):
        try:
            stamp = datetime.strptime(p.name[: -len(SUFFIX)].rsplit("-", 1)[-1], "%Y%m%dT%H%M%S%fZ")
        except ValueError:
            continue
        found.append(Backup(p, stamp.replace(tzinfo=UTC), p.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def make_backup(project: str | Path, *, keep: int = KEEP, force: bool = False, spare: Path | None = None) -> Backup | None:
    """Copy the project into its backup folder; None when nothing changed since the last backup.

    The newest `keep` backups are kept, and `spare` (a backup about to be restored) whatever its age.
    """
    project = Path(project)
    folder = backup_dir(project)
    folder.mkdir(parents=True, exist_ok=True)
    state_file = folder / "state.json"
    signature = _signature(project)
    if not force and list_backups(project):
        try:
            if json.loads(state_file.read_text(encoding="utf-8")).get("signature") == signature:
                return None
        except (OSError, ValueError):
            pass
    now = datetime.now(UTC)
    target = folder / f"{project.stem}-{now.strftime('%Y%m%dT%H%M%S%fZ')}{SUFFIX}"
    sweep_leftovers(folder)  # copies a killed process left half-made, whatever their names
    tmp = temporary_beside(target, sweep=False)  # private (0600), as backups should be
    try:
        source = sqlite3.connect(project.resolve().as_uri() + "?mode=ro", uri=True)
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)  # a consistent copy even while a window is writing
        finally:
            dest.close()
            source.close()
        problem = full_check(tmp)
        if problem:  # kept, it would be the newest backup and push a good one out
            raise ProjectDamaged(f"{project} is damaged ({problem}). No backup was taken of it; the earlier ones"
                                 " are kept.")  # fmt: skip
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # Measured after the copy: reading the project may itself have touched its log files.
    state_file.write_text(json.dumps({"project": str(project.resolve()), "signature": _signature(project)}),
                          encoding="utf-8")  # fmt: skip
    for old in list_backups(project)[keep:]:
        if spare is None or old.path.resolve() != spare.resolve():
            old.path.unlink(missing_ok=True)
    return list_backups(project)[0]


def restore_backup(project: str | Path, backup: Backup | Path | None = None, *, damaged: bool = False) -> Backup:
    """Put a backup (the newest by default) in the project's place.

    The project must not be open. Its current state is kept first: as a backup when it is a
    readable project, or as a copy ending in .damaged when it is not, or when the caller found it
    damaged (`damaged=True`: kept as a backup, it would be the newest one offered next time).
    Returns the backup restored.
    """
    project = Path(project)
    backups = list_backups(project)
    if backup is None:
        if not backups:
            raise ProjectError(f"There are no backups of {project.name}.")
        backup = backups[0]
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    inspect_file(source)  # refuse to restore something that is not a readable project
    lock = ProjectLock(project) if project.exists() else None
    try:
        if project.exists() and project.stat().st_size:
            check_not_in_use(project)  # a transaction of another program would be lost under the new file
            if damaged or not _kept_as_backup(project, source):  # kept beside it, never as a backup to restore
                project.with_name(project.name + ".damaged").write_bytes(project.read_bytes())
        tmp = temporary_beside(project)
        try:
            src, dst = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True), sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
                src.close()
            # The old write-ahead log belongs to the old file: left in place, SQLite would replay it.
            for extra in ("-wal", "-shm"):
                project.with_name(project.name + extra).unlink(missing_ok=True)
            publish(tmp, project)  # readable as the user's own files are, not private as the copy was made
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        if lock is not None:
            lock.release()
    taken = next((b for b in backups if b.path == source), None)
    return taken or Backup(source, datetime.now(UTC), source.stat().st_size)


def latest_backup_hint(project: Path) -> str:
    """A sentence for error messages: where the latest backup is, and how to restore it."""
    backups = list_backups(project)
    if not backups:
        return ""
    return f" A backup from {backups[0].describe()} exists: python main.py restore “{project}”."


def _kept_as_backup(project: Path, restoring: Path) -> bool:
    """Back up the state a restore replaces; False when it is damaged (the full check refuses it too)."""
    try:
        inspect_file(project)
        make_backup(project, force=True, spare=restoring)
    except ProjectError:  # damaged, or not a project at all: nothing to keep as a backup
        return False
    return True

"""The Store: one project file, changed only through operations (one transaction each, undoable).

The store is split by what it keeps: `core` (the file, operations, settings), `documents`,
`names` (speakers, the stance scheme, targets), `statements` and `rejections` (suggestions
the reader turned down); `journal` records what each
operation changed, which is how the window refreshes and how undo puts rows back exactly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from ..connection import Connection
from ..errors import ProjectDamaged
from ..opening import connect_project, connect_read_only
from .core import StoreCore, utc_now
from .journal import Changes, Patch
from .names import SPEAKER_PALETTE, NameMethods
from .operation import Operation, OutsideOperation
from .rejections import RejectionMethods
from .statements import StatementMethods, fts_query

__all__ = ["SPEAKER_PALETTE", "Changes", "Operation", "OutsideOperation", "Patch", "Store", "fts_query", "utc_now"]


class Store(StatementMethods, NameMethods, RejectionMethods, StoreCore):
    """A project: documents, statements, speakers, the stance scheme and targets in one SQLite file.

    Change methods are named after what the user does and return the model objects; each runs
    inside an operation (see StoreCore.operation), so the window, the command line and the tests
    all change a project the same way.
    """

    @classmethod
    def open(cls, path: str | Path, *, clock: Callable[[], str] = utc_now, read_only: bool = False,
             backup: bool = True, **options) -> Store:  # fmt: skip
        """Open a project, creating it when the file does not exist.

        Raises NotAProject, ProjectDamaged, NewerProject, ProjectLocked or ProjectReadOnly with a
        message to show; in each case the file is left untouched. An existing project is backed up
        first (see backups.py) unless backup=False, and before its format is brought up to date.
        """
        from ..backups import make_backup

        path = Path(path)
        if read_only:
            return cls(Connection(connect_read_only(path)), path, clock, read_only=True)
        existed = path.exists() and path.stat().st_size > 0
        conn, lock = connect_project(path, before_migration=lambda p: make_backup(p, force=True), **options)
        store = cls(Connection(conn), path, clock, lock)
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        if existed and backup:
            try:
                make_backup(path)
            except ProjectDamaged:  # found by the full check of the copy: the work cannot be trusted as it is
                store.close()
                raise
            except (OSError, sqlite3.Error) as exc:  # a full or unwritable backup folder must not keep the work shut
                store.backup_problem = (f"No backup of {path.name} could be made ({exc}). Your work is saved as usual,"
                                        " but until backups can be written, File > Restore Backup has nothing new.")  # fmt: skip
        return store

    def _prepare(self) -> None:
        """What every writable project has: a stance scheme and an identity for its exports."""
        if self.stances() and self.setting("project_uuid"):
            return
        import uuid  # only for a new project: 4 ms of every start otherwise
        with self.operation("Prepare the project"):
            if not self.stances():
                self.seed_stances()
            if not self.setting("project_uuid"):
                self.set_setting("project_uuid", str(uuid.uuid4()))

"""The project's SQLite connection: the few things the store needs, at no import cost.

sqlite-utils is how a project is meant to be inspected and scripted (`sqlite-utils tables
work.standpoint`, `Database(path)`), and `Connection.utils()` hands out a sqlite-utils Database over
the same connection for migrations and tools. The store itself does not import it: with its
plugins, click, dateutil and numpy it cost 92 ms of a 283 ms start (bench/run.py), and the store
uses only execute() and atomic(), which are reproduced here with the same behaviour.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

_savepoints = itertools.count()


class Connection:
    """A sqlite3 connection with what the store needs from it: statements and nested transactions."""

    def __init__(self, conn: sqlite3.Connection):
        conn.isolation_level = None  # autocommit; transactions are explicit, in atomic()
        self.conn = conn

    def execute(self, sql: str, parameters=()) -> sqlite3.Cursor:
        """Run one SQL statement and return its cursor."""
        return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        """A transaction, or a savepoint inside one: all of it happens, or none of it."""
        if self.conn.in_transaction:
            name = f"sp_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.conn.execute("COMMIT")  # may fail too (a full disk): then nothing of it is kept
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def utils(self):
        """A sqlite-utils Database over this connection (imported on first use)."""
        from sqlite_utils import Database

        return Database(self.conn, execute_plugins=False)

"""A project's whole content, table by table, to compare before and after (undo must give back every row)."""

from __future__ import annotations

from annotations.store import Store
from annotations.store.journal import TABLES


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every data table, rowid first; the full-text indexes checked against their tables."""
    for fts in ("statements_fts", "documents_fts"):
        store.db.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")  # raises when out of step
    return {t: store.db.execute(f'SELECT rowid, * FROM "{t}" ORDER BY rowid').fetchall() for t in TABLES}

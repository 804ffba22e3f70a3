"""The project file's tables, indexes, views and full-text search, and the numbered migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x5354504E  # "STPN": marks a SQLite file as a Standpoint project

_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'txt',
    position INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE blocks (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    level INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX blocks_by_document ON blocks(document_id, start);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    aliases TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    description TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '#808080'
);
CREATE TABLE stances (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" >= start),
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    stance_id INTEGER REFERENCES stances(id) ON DELETE SET NULL,
    target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,
    mode TEXT NOT NULL DEFAULT '',
    cue TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    annotator TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'confirmed',
    anchored INTEGER NOT NULL DEFAULT 1,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
-- Covering index for "statements of a document in reading order" and bounded overlap queries.
CREATE INDEX statements_by_position ON statements(document_id, start, "end");
CREATE INDEX statements_by_speaker ON statements(speaker_id);
CREATE INDEX statements_by_stance ON statements(stance_id);
CREATE INDEX statements_by_target ON statements(target_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE VIRTUAL TABLE statements_fts USING fts5(
    quote, note, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, quote, note) VALUES (new.id, new.quote, new.note);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, quote, note) VALUES ('delete', old.id, old.quote, old.note);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF quote, note ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, quote, note) VALUES ('delete', old.id, old.quote, old.note);
    INSERT INTO statements_fts(rowid, quote, note) VALUES (new.id, new.quote, new.note);
END;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- A readable view for sqlite-utils, Datasette or a spreadsheet: names instead of ids.
CREATE VIEW statement_view AS
SELECT s.id, d.title AS document, s.start, s."end", s.quote,
       sp.name AS speaker, st.label AS stance, t.name AS target,
       s.mode, s.cue, s.note, s.annotator, s.status, s.anchored, s.created, s.updated
FROM statements s
JOIN documents d ON d.id = s.document_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id
LEFT JOIN stances st ON st.id = s.stance_id
LEFT JOIN targets t ON t.id = s.target_id
ORDER BY d.position, d.id, s.start, s."end";
"""


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    # Statement by statement, not executescript(): that would commit and break the one transaction.
    for statement in _split_sql(_V1):
        conn.execute(statement)


def _split_sql(script: str) -> list[str]:
    """Split a script into statements; triggers keep their inner semicolons."""
    statements, current = [], []
    for line in script.splitlines():
        current.append(line)
        joined = "\n".join(current)
        if sqlite3.complete_statement(joined):
            statements.append(joined.strip())
            current = []
    return [s for s in statements if s and not all(line.strip().startswith("--") for line in s.splitlines())]


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """Identities that records brought in from other files had there (W3C annotation and document IRIs),
    so importing the same file again recognises them; the old JSON setting moves into the table."""
    conn.execute(
        "CREATE TABLE external_ids (iri TEXT PRIMARY KEY, kind TEXT NOT NULL, local_id INTEGER NOT NULL)"
    )
    conn.execute("CREATE INDEX external_ids_by_record ON external_ids(kind, local_id)")
    row = conn.execute("SELECT value FROM settings WHERE key = 'w3c_imported_document_iris'").fetchone()
    if row:
        import json

        try:
            known = json.loads(row[0])
        except ValueError:
            known = {}
        conn.executemany(
            "INSERT OR IGNORE INTO external_ids(iri, kind, local_id) VALUES (?, 'document', ?)",
            [(iri, doc_id) for iri, doc_id in known.items() if isinstance(doc_id, int)],
        )
        conn.execute("DELETE FROM settings WHERE key = 'w3c_imported_document_iris'")


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """Suggestions the reader rejected, so a document does not propose them again. Kept by quote,
    which survives a replaced text; the span says where it stood."""
    conn.execute(
        "CREATE TABLE rejected_suggestions (id INTEGER PRIMARY KEY,"
        " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        ' quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, created TEXT NOT NULL)'
    )
    conn.execute("CREATE INDEX rejected_suggestions_by_document ON rejected_suggestions(document_id, quote)")


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    """A covering index for opening a document: its statements in reading order with what the list and the
    highlights need (speaker, stance, annotator, anchored) read from the index alone, not from rows that hold
    quotes and notes (100,000 statements: 270 -> 120 ms); the library's counts per document use it too. It
    begins as statements_by_position did, which it replaces for overlap queries. And the documents in order."""
    conn.execute('CREATE INDEX statements_in_order ON statements(document_id, start, "end", id, speaker_id,'
                 " stance_id, annotator, anchored)")
    conn.execute("DROP INDEX IF EXISTS statements_by_position")
    # The project's order of documents, without reading past each text to its position (the library, search).
    conn.execute("CREATE INDEX documents_in_order ON documents(position, id)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_to_1, _migrate_to_2, _migrate_to_3, _migrate_to_4]
"""MIGRATIONS[n] brings a file from schema version n to n + 1."""

SCHEMA_VERSION = len(MIGRATIONS)

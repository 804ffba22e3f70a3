"""Project-wide search: statements by words (FTS5) and filters, and passages of document text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .store import Store, fts_query
from .store.statements import COLUMNS, statement_from_row

_SPACE = re.compile(r"\s")
SNIPPET = 40  # characters of context on each side of a text hit


@dataclass(frozen=True)
class Filters:
    """What a search is narrowed to: a speaker, stance, target, mode or document."""

    speaker_id: int | None = None
    stance_id: int | None = None
    target_id: int | None = None
    mode: str | None = None
    document_id: int | None = None

    @property
    def about_statements(self) -> bool:
        """Filters that only statements can satisfy (a passage of text has no speaker)."""
        return any(v is not None for v in (self.speaker_id, self.stance_id, self.target_id, self.mode))


@dataclass(frozen=True)
class Hit:
    """One search result: a statement, or a passage of a document's text, with a snippet."""

    kind: str  # "statement" or "text"
    document_id: int
    start: int
    end: int
    snippet: str
    statement_id: int | None = None


def search(store: Store, query: str, filters: Filters = Filters(), limit: int = 500) -> list[Hit]:
    """Statements whose quote or note has every word (prefix match, umlauts folded) or whose speaker
    they name, then passages of document text containing the query, in document order. An empty
    query lists filtered statements."""
    hits = _statement_hits(store, query, filters, limit)
    if query.strip() and not filters.about_statements:
        hits += _text_hits(store, query, filters.document_id, limit - len(hits))
    return hits


def _statement_hits(store: Store, query: str, f: Filters, limit: int) -> list[Hit]:
    cols = ", ".join("s." + c.strip() for c in COLUMNS.split(","))
    where, args = [], []
    match = fts_query(query)
    if query.strip() and not match:
        return []
    sql = f"SELECT {cols} FROM statements s JOIN documents d ON d.id = s.document_id"
    if match:
        named = _speakers_named(store, query)
        either = f" OR s.speaker_id IN ({', '.join('?' * len(named))})" if named else ""
        where.append(f"(s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?){either})")
        args += [match, *named]
    for column, value in (("speaker_id", f.speaker_id), ("stance_id", f.stance_id), ("target_id", f.target_id),
                          ("mode", f.mode), ("document_id", f.document_id)):  # fmt: skip
        if value is not None:
            where.append(f"s.{column} = ?")
            args.append(value)
    if not match and not where:
        return []
    sql += " WHERE " + " AND ".join(where) + ' ORDER BY d.position, d.id, s.start, s."end" LIMIT ?'
    args.append(limit)
    out = []
    for row in store.db.execute(sql, args):
        st = statement_from_row(row)
        snippet = st.quote if len(st.quote) <= 2 * SNIPPET + 20 else st.quote[: 2 * SNIPPET + 19] + "…"
        out.append(Hit("statement", st.document_id, st.start, st.end, snippet, st.id))
    return out


def _speakers_named(store: Store, query: str) -> list[int]:
    """Speakers whose name or an alias holds every word of the query."""
    words = query.casefold().split()
    return [sp.id for sp in store.speakers() if all(w in " ".join(sp.names()).casefold() for w in words)]


def _text_hits(store: Store, query: str, document_id: int | None, limit: int) -> list[Hit]:
    if limit <= 0:
        return []
    match = fts_query(query)
    sql = "SELECT id FROM documents WHERE id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)"
    args: list = [match]
    if document_id is not None:
        sql += " AND id = ?"
        args.append(document_id)
    doc_ids = [r[0] for r in store.db.execute(sql + " ORDER BY position, id", args)]
    words = [re.escape(w) for w in query.split()]
    # The phrase as typed, with any run of white space between the words.
    pattern = re.compile(r"\s+".join(words), re.IGNORECASE)
    out: list[Hit] = []
    for doc_id, text in _texts(store, doc_ids):
        for m in pattern.finditer(text):
            a, b = m.span()
            out.append(Hit("text", doc_id, a, b, _surroundings(text, a, b), None))
            if len(out) >= limit:
                return out
    return out


def _texts(store: Store, doc_ids: list[int], chunk: int = 64) -> Iterator[tuple[int, str]]:
    """The texts of documents in this order, read a few dozen at a time as far as they are wanted: a rare
    phrase across 2,000 articles read hundreds of them one by one (with their blocks)."""
    for i in range(0, len(doc_ids), chunk):
        ids = doc_ids[i : i + chunk]
        marks = ", ".join("?" * len(ids))
        texts = dict(store.db.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", ids).fetchall())
        for doc_id in ids:
            if doc_id in texts:
                yield doc_id, texts[doc_id]


def _surroundings(text: str, a: int, b: int) -> str:
    """The match with about SNIPPET characters either side, cut at white space rather than inside a word."""
    lo, hi = max(0, a - SNIPPET), min(len(text), b + SNIPPET)
    if lo > 0:
        space = _SPACE.search(text, lo, a)
        lo = space.end() if space else lo
    if hi < len(text):
        spaces = [m.start() for m in _SPACE.finditer(text, b, hi)]
        hi = spaces[-1] if spaces else hi
    return ("…" if lo > 0 else "") + " ".join(text[lo:hi].split()) + ("…" if hi < len(text) else "")

"""Inputs the benchmark builds for itself: long articles and projects full of statements."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from annotations.anchoring import CONTEXT
from annotations.projects import SAMPLE_ARTICLE
from annotations.store import Store

SAMPLE = SAMPLE_ARTICLE.read_text(encoding="utf-8")


def long_text(size_bytes: int, article: str = SAMPLE) -> str:
    """An article's paragraphs (the sample's by default), numbered, repeated until the UTF-8 text reaches size_bytes."""
    paragraphs = [p for p in article.split("\n\n") if p.strip()]
    out, total, n = [], 0, 0
    while total < size_bytes:
        para = f"{n + 1}. {paragraphs[n % len(paragraphs)]}"
        out.append(para)
        total += len(para.encode("utf-8")) + 2
        n += 1
    return "\n\n".join(out) + "\n"


def build_project(path: Path, text: str, statements: int, seed: int = 1) -> int:
    """A project with one document and `statements` statements spread over it; returns the document id.

    Rows go in with one executemany, as a migration or an import would: the benchmark measures the
    app, not the building.
    """
    with Store.open(path, backup=False) as store:
        doc = store.add_document("Benchmark", text)
        speakers = [store.add_speaker(f"Sprecher {i}").id for i in range(20)]
        stances = [s.id for s in store.stances()]
        now = store.clock()
    rng = random.Random(seed)
    rows = []
    for _ in range(statements):
        start = rng.randrange(0, max(1, len(text) - 200))
        end = start + rng.randrange(10, 120)
        rows.append((doc.id, start, end, text[start:end], text[max(0, start - CONTEXT) : start],
                     text[end : end + CONTEXT], rng.choice(speakers), rng.choice(stances + [None]), now, now))  # fmt: skip
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            'INSERT INTO statements(document_id, start, "end", quote, prefix, suffix, speaker_id, stance_id, created,'
            " updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.close()
    return doc.id

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


def build_statistics_corpus(path: Path, documents: int, statements: int, annotators: int = 4,
                            size_bytes: int = 10_000, seed: int = 1) -> list[int]:  # fmt: skip
    """A project of `documents` articles of about size_bytes each and `statements` statements spread over them,
    by `annotators` annotators, 40 speakers and 12 targets; returns the document ids.

    Documents and statements go in with executemany, as build_project does.
    """
    base = long_text(size_bytes)
    with Store.open(path, backup=False) as store:
        speakers = [store.add_speaker(f"Sprecher {i}").id for i in range(40)]
        targets = [store.find_or_add_target(f"Thema {i}").id for i in range(12)]
        stances = [s.id for s in store.stances()]
        now = store.clock()
    rng = random.Random(seed)
    texts = [f"Artikel {n + 1}\n\n{base}" for n in range(documents)]
    names = [f"coder{i + 1}" for i in range(annotators)]
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO documents(title, text, position, created, updated) VALUES (?, ?, ?, ?, ?)",
                         [(f"Artikel {n + 1}", text, n, now, now) for n, text in enumerate(texts)])  # fmt: skip
        ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY position")]
        rows = []
        for _ in range(statements):
            n = rng.randrange(documents)
            text = texts[n]
            start = rng.randrange(0, max(1, len(text) - 200))
            end = start + rng.randrange(10, 120)
            rows.append((ids[n], start, end, text[start:end], text[max(0, start - CONTEXT) : start],
                         text[end : end + CONTEXT], rng.choice(speakers + [None]), rng.choice(stances + [None]),
                         rng.choice(targets + [None]), rng.choice(names), now, now))  # fmt: skip
        conn.executemany(
            'INSERT INTO statements(document_id, start, "end", quote, prefix, suffix, speaker_id, stance_id,'
            " target_id, annotator, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.close()
    return ids


def build_corpus(path: Path, documents: int, statements: int, annotators: int = 4, size: int = 10_000,
                 seed: int = 1) -> None:  # fmt: skip
    """A team's corpus: `documents` articles of about `size` bytes, each read by every annotator, with
    `statements` statements in all. The annotators mark the same passages, each a little differently (a
    few characters off, now and then another stance or speaker, a passage missed or one of their own).

    Rows go in with executemany, as build_project does.
    """
    with Store.open(path, backup=False) as store:
        speakers = [store.add_speaker(f"Sprecher {i}").id for i in range(20)]
        stances = [s.id for s in store.stances()]
        now = store.clock()
    rng = random.Random(seed)
    base = long_text(size)
    texts = [f"Artikel {d + 1}\n\n{base}" for d in range(documents)]
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany("INSERT INTO documents(id, title, text, position, created, updated) VALUES (?, ?, ?, ?, ?, ?)",
                         [(d + 1, f"Artikel {d + 1}", t, d, now, now) for d, t in enumerate(texts)])  # fmt: skip
        per_document = max(1, statements // (documents * annotators))
        names = [f"coder{a + 1}" for a in range(annotators)]
        rows = []
        for d, text in enumerate(texts):
            room = max(1, len(text) // per_document)
            for k in range(per_document):
                start = k * room + rng.randrange(0, max(1, room // 2))
                end = min(len(text), start + rng.randrange(20, max(21, room // 2)))
                speaker, stance = rng.choice(speakers), rng.choice(stances)
                for who in names:
                    a = max(0, start + rng.randrange(-3, 4)) if rng.random() < 0.3 else start
                    b = min(len(text), max(a + 1, end + rng.randrange(-3, 4))) if rng.random() < 0.3 else end
                    if rng.random() < 0.05:  # missed it, or marked something else
                        length = b - a
                        a = min(len(text) - 2, a + room // 3)
                        b = min(len(text), a + 1 + length // 4)
                    st = stance if rng.random() < 0.85 else rng.choice(stances)
                    sp = speaker if rng.random() < 0.9 else rng.choice(speakers)
                    rows.append((d + 1, a, b, text[a:b], text[max(0, a - CONTEXT) : a], text[b : b + CONTEXT], sp, st,
                                 who, now, now))  # fmt: skip
        conn.executemany(
            'INSERT INTO statements(document_id, start, "end", quote, prefix, suffix, speaker_id, stance_id,'
            " annotator, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.close()

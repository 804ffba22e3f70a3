"""What durability costs per write: Standpoint's WAL + synchronous=FULL against cheaper settings.

python bench/durability.py [--writes N]   prints one row per setting (median and p99 per create).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotations.importing import import_file
from annotations.projects import SAMPLE_ARTICLE  # noqa: E402
from annotations.store import Store  # noqa: E402

SETTINGS = [("WAL", "FULL"), ("WAL", "NORMAL"), ("DELETE", "FULL"), ("DELETE", "NORMAL")]


def measure(journal: str, synchronous: str, writes: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "p.standpoint", backup=False)
        store.db.execute(f"PRAGMA journal_mode = {journal}")
        store.db.execute(f"PRAGMA synchronous = {synchronous}")
        doc = import_file(store, SAMPLE_ARTICLE)
        times = []
        for i in range(writes):
            start = (i * 37) % (len(doc.text) - 40)
            t = time.perf_counter()
            store.add_statement(doc.id, start, start + 30)
            times.append(time.perf_counter() - t)
        store.close()
    return times


def raw_floor(writes: int) -> list[float]:
    """Plain sqlite3, one INSERT and COMMIT per row, WAL + FULL: the least a durable write costs."""
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "raw.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, q TEXT)")
        times = []
        for i in range(writes):
            t = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute("INSERT INTO t(a, b, q) VALUES (?, ?, ?)", (i, i + 30, "x" * 30))
            conn.execute("COMMIT")
            times.append(time.perf_counter() - t)
        conn.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--writes", type=int, default=300)
    args = parser.parse_args()
    floor = raw_floor(args.writes)
    floor_median = statistics.median(floor)
    print(f"{'setting':<22}{'median ms':>11}{'p99 ms':>9}{'x raw':>8}   survives")
    print(f"{'raw sqlite3 WAL/FULL':<22}{floor_median * 1e3:>11.3f}{_p99(floor) * 1e3:>9.3f}{1:>8.1f}   crash + power loss")
    for journal, sync in SETTINGS:
        times = measure(journal, sync, args.writes)
        survives = "crash + power loss" if sync == "FULL" else ("crash only" if journal == "WAL" else "crash; power loss may corrupt")
        label = f"{journal}/{sync}" + ("  (Standpoint)" if (journal, sync) == ("WAL", "FULL") else "")
        print(f"{label:<22}{statistics.median(times) * 1e3:>11.3f}{_p99(times) * 1e3:>9.3f}"
              f"{statistics.median(times) / floor_median:>8.1f}   {survives}")  # fmt: skip


def _p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99) - 1]


if __name__ == "__main__":
    main()

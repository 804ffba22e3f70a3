"""Killing a writer at random moments never damages the project or loses an acknowledged statement."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotations.importing import import_file
from annotations.projects import SAMPLE_ARTICLE
from annotations.store import Store

ROOT = Path(__file__).resolve().parents[1]
KILLS = int(os.environ.get("STANDPOINT_CRASH_KILLS", "30"))


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_acknowledged(tmp_path):
    path = tmp_path / "crash.standpoint"
    with Store.open(path) as store:
        import_file(store, SAMPLE_ARTICLE)
    rng = random.Random(1234)
    acknowledged: set[int] = set()
    deadline = time.monotonic() + 60
    kills = 0
    while kills < KILLS and time.monotonic() < deadline:
        writer = subprocess.Popen([sys.executable, str(ROOT / "tests" / "crash_writer.py"), str(path), str(kills)],
                                  cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.005, 0.25))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        kills += 1
        for line in out.split():
            if line.startswith("deleted:"):
                acknowledged.discard(int(line.split(":")[1]))
            elif line.isdigit():
                acknowledged.add(int(line))
        with Store.open(path, backup=False) as store:
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
            present = {s.id for s in store.statements()}
            # Every acknowledged statement is there, except at most one per kill: one the writer
            # may have been deleting when it died, before it could say so.
            missing = acknowledged - present
            assert len(missing) <= 1
            acknowledged -= missing
            fts = store.db.execute("SELECT count(*) FROM statements_fts").fetchone()[0]
            assert fts == len(present)  # the search index stayed in step with the table
    assert kills >= min(KILLS, 10) and len(acknowledged) > kills
    print(f"{kills} kills survived, {len(acknowledged)} statements acknowledged")

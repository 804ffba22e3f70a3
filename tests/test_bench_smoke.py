"""The benchmark runs (quick mode) and reports every figure, so it cannot rot. No timing is asserted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_prints_every_figure_with_its_target(tmp_path):
    out = tmp_path / "rows.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "bench/run.py", "--quick", "--json", str(out)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    rows = json.loads(out.read_text(encoding="utf-8"))
    figures = " | ".join(r["figure"] for r in rows)
    for needed in ("start to first paint", "open a 100 KB document", "highlights on screen", "create one statement",
                   "filter the side panel", "statistics by speaker", "merge two", "as csv", "as json", "as md",
                   "as html", "import 100 KB", "agreement over", "library shown", "switch documents",
                   "full-text search per query"):  # fmt: skip
        assert needed in figures
    assert all(r["value"] > 0 and r["target"] for r in rows)
    header = next(line for line in run.stdout.splitlines() if line.startswith("figure"))
    assert header.split()[:4] == ["figure", "value", "floor", "ratio"]

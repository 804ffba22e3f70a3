"""The built app, after `bash packaging/build.sh`: the smoke checks the build runs, run again on dist/standpoint/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "dist" / "standpoint" / "standpoint"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not APP.exists(), reason="no app built here: bash packaging/build.sh builds one")]


def test_the_built_app_imports_a_page_exports_a_pdf_and_opens_its_window():
    # packaging/smoke.py holds the checks (one place for them); each prints a line, and any failure its reason.
    out = subprocess.run([sys.executable, "packaging/smoke.py", str(APP)], cwd=ROOT, capture_output=True, text=True,
                         timeout=900)  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr
    assert "FAILED" not in out.stdout and ", 0 failed" in out.stdout
    assert "smoke: PDF export: wrote handout.pdf" in out.stdout

"""Run the official validators in shared/standards on an export (they live beside the repository)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

STANDARDS = Path(__file__).resolve().parents[2] / "shared" / "standards"


def validate(script: str, *args: str) -> subprocess.CompletedProcess:
    if not (STANDARDS / script).exists():
        pytest.skip(f"the standards validators are not beside the repository ({STANDARDS})")
    return subprocess.run([sys.executable, str(STANDARDS / script), *args], capture_output=True, text=True, timeout=120)

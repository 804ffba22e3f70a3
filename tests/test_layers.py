"""The core never loads Qt: the command line and scripts work without a window."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_annotations_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, annotations\n"
        "for m in pkgutil.walk_packages(annotations.__path__, 'annotations.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'desktop')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_desktop_holds_no_sql():
    offenders = [
        p.name
        for p in (ROOT / "desktop").rglob("*.py")
        if any(w in p.read_text(encoding="utf-8") for w in ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM"))
    ]
    assert offenders == []

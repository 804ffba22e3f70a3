"""`python main.py export ...` headless, the PDF included."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.exports_fixture import fill

ROOT = Path(__file__).resolve().parents[1]


def _run(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": "/tmp"})  # fmt: skip


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json", "qdpx", "qdc", "pdf"])
def test_export_command_writes_each_format(store, project_path, tmp_path, fmt):
    fill(store)
    out = tmp_path / f"notes.{fmt}"
    result = _run("export", project_path, "--format", fmt, "--out", out)
    assert result.returncode == 0, result.stderr
    assert f"wrote {out} ({fmt}, 7 statements)" in result.stdout
    assert out.stat().st_size > 500


def test_pdf_holds_the_article_and_the_notes(store, project_path, tmp_path):
    fill(store)
    out = tmp_path / "handout.pdf"
    assert _run("export", project_path, "-f", "pdf", "-o", out, "--document", 1).returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    pages = [page.extract_text() or "" for page in PdfReader(out).pages]
    text = " ".join(" ".join(pages).split())
    assert "Unruhen in Kasachstan" in text and "Anmerkungen" in text and "einen versuchten Staatsstreich" in text  # the German sample: German labels
    notes_page = next(i for i, page in enumerate(pages) if "Anmerkungen" in page)
    assert notes_page > 0 and pages[notes_page].split()[0] == "Anmerkungen"  # the notes begin a page


def test_unknown_format_and_missing_project_fail_clearly(project_path, tmp_path):
    result = _run("export", tmp_path / "none.standpoint", "-f", "md", "-o", tmp_path / "x.md")
    assert result.returncode == 1 and "no such project file" in result.stderr

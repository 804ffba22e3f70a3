"""`python main.py import ...` and `reimport` headless."""

import subprocess
import sys
from pathlib import Path

from annotations.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _run(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


def test_import_documents_and_report_failures(tmp_path):
    good = tmp_path / "a.md"
    good.write_text("# Titel\n\nDer Sprecher sagte etwas.\n", encoding="utf-8")
    bad = tmp_path / "b.pdf"
    bad.write_bytes(b"not a pdf")
    project = tmp_path / "p.standpoint"
    result = _run("import", good, bad, "--project", project)
    assert result.returncode == 1
    assert "Titel" in result.stdout and "b.pdf is not a PDF" in result.stderr
    with Store.open(project) as store:
        [doc_id] = store.document_ids()
        assert store.document(doc_id).text == "Titel\n\nDer Sprecher sagte etwas.\n"


def test_json_round_trip_through_the_command_line(store, project_path, tmp_path):
    from tests.exports_fixture import fill

    fill(store)
    out = tmp_path / "notes.json"
    assert _run("export", project_path, "-f", "json", "-o", out).returncode == 0
    other = tmp_path / "other.standpoint"
    result = _run("import", out, "--project", other)
    assert result.returncode == 0, result.stderr
    assert "7 statements imported, 2 documents added." in result.stdout


def test_reimport_reports_what_moved(store, project_path, sample_doc, tmp_path):
    at = sample_doc.text.index("einen versuchten Staatsstreich")
    store.add_statement(sample_doc.id, at, at + 30)
    newer = tmp_path / "newer.txt"
    newer.write_text("Vorbemerkung der Redaktion.\n\n" + sample_doc.text, encoding="utf-8")
    store.close()  # a window holding the project would make reimport refuse (see test_reliability)
    result = _run("reimport", sample_doc.id, newer, "--project", project_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("0 in place, 1 moved")


def test_import_prints_one_line_per_file_with_its_warnings_and_takes_a_title(tmp_path):
    legacy = tmp_path / "alt.txt"
    text = "Der Präsident sagte, die Lage sei ruhig und es gebe keine Gefahr für das Land.\n"
    legacy.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    project = tmp_path / "neu.standpoint"
    result = _run("import", legacy, "--project", project, "--title", "Alte Meldung")
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert line.split()[:2] == ["1", "Alte"] and f"{len(text)} characters, 1 block)" in line and "cp1252" in line
    with Store.open(project) as store:
        doc = store.document(1)
        assert (doc.title, doc.language, doc.format) == ("Alte Meldung", "de", "txt")


def test_reimport_lists_statements_it_could_not_find(store, project_path, sample_doc, tmp_path):
    at = sample_doc.text.index("einen versuchten Staatsstreich")
    lost = store.add_statement(sample_doc.id, at, at + 30)
    newer = tmp_path / "gekuerzt.txt"
    newer.write_text(sample_doc.text[: at - 200] + sample_doc.text[at + 200 :], encoding="utf-8")
    store.close()
    result = _run("reimport", sample_doc.id, newer, "--project", project_path)
    assert result.returncode == 0, result.stderr
    assert f"not found, flagged: statement {lost.id} “einen versuchten Staatsstreich”" in result.stdout
    missing = _run("reimport", 99, newer, "--project", project_path)
    assert missing.returncode == 1 and "no document 99" in missing.stderr

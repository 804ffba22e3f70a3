"""Importing several files at once: each in its own transaction, a result per file, progress and cancel."""

from __future__ import annotations

from annotations.projects import import_files

GERMAN = "Der Präsident sagte, das Land habe „einen versuchten Staatsstreich“ überstanden. Die Lage ist ruhig."


def _files(tmp_path):
    good = tmp_path / "eins.txt"
    good.write_text(f"EINS\n\n{GERMAN}\n", encoding="utf-8")
    bad = tmp_path / "kaputt.docx"
    bad.write_bytes(b"PK\x03\x04 nope")
    md = tmp_path / "zwei.md"
    md.write_text(f"# Zwei\n\n{GERMAN}\n", encoding="utf-8")
    return good, bad, md


def test_each_file_reports_what_happened_and_a_broken_one_stops_nothing(store, tmp_path):
    good, bad, md = _files(tmp_path)
    results = import_files(store, [good, bad, md])
    assert [(r.path.name, r.ok) for r in results] == [("eins.txt", True), ("kaputt.docx", False), ("zwei.md", True)]
    assert "kaputt.docx could not be read as docx" in results[1].error
    titles = [t for _, t in store.document_titles()]
    assert titles[1:] == ["eins", "Zwei"]
    zwei = store.document(results[2].document.id)
    assert (zwei.format, zwei.language, zwei.source) == ("md", "de", str(md.resolve()))


def test_progress_is_reported_and_cancel_keeps_what_was_done(store, tmp_path):
    good, bad, md = _files(tmp_path)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 1  # the user presses Cancel after the first file

    results = import_files(store, [good, bad, md], progress=progress)
    assert seen == [(0, 3), (1, 3)]
    assert [(r.path.name, r.ok, r.cancelled) for r in results] == [
        ("eins.txt", True, False), ("kaputt.docx", False, True), ("zwei.md", False, True),
    ]  # fmt: skip
    assert [t for _, t in store.document_titles()][1:] == ["eins"]


def test_progress_reaches_the_total_and_warnings_are_kept(store, tmp_path):
    legacy = tmp_path / "alt.txt"
    legacy.write_bytes(GERMAN.replace("„", '"').replace("“", '"').encode("cp1252"))
    seen = []
    [result] = import_files(store, [legacy], progress=lambda done, total: seen.append((done, total)) or True)
    assert seen == [(0, 1), (1, 1)]
    assert result.ok and any("cp1252" in w for w in result.warnings)


def test_a_megabyte_of_text_imports_whole(store, tmp_path):
    from tests.conftest import SAMPLE_TEXT

    big = tmp_path / "gross.txt"
    text = SAMPLE_TEXT * (10**6 // len(SAMPLE_TEXT) + 1)
    big.write_text(text, encoding="utf-8")
    [result] = import_files(store, [big])
    doc = store.document(result.document.id)
    assert doc.text == text and len(doc.blocks) > 100 and doc.language == "de"

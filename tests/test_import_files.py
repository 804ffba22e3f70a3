"""Importing several files at once: one operation for all, a result per file, progress and cancel."""

from __future__ import annotations

from annotations.importing import import_paths, read_sources

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
    report = import_paths(store, [good, bad, md])
    assert [(f.source.name, f.ok) for f in report.files] == [("eins.txt", True), ("kaputt.docx", False), ("zwei.md", True)]
    assert "kaputt.docx is not a Word document" in report.files[1].error
    titles = [t for _, t in store.document_titles()]
    assert titles[1:] == ["eins", "Zwei"]
    zwei = store.document(report.files[2].documents[0].id)
    assert (zwei.format, zwei.language, zwei.source) == ("md", "de", str(md.resolve()))


def test_the_whole_import_is_one_operation(store, tmp_path):
    good, bad, md = _files(tmp_path)
    seen = []
    store.listeners.append(seen.append)
    import_paths(store, [good, bad, md])
    [op] = seen
    assert len(op.changes.documents) == 2
    store.apply(op.undo)
    assert len(store.document_ids()) == 1


def test_progress_is_reported_and_cancel_keeps_what_was_read(store, tmp_path):
    good, bad, md = _files(tmp_path)
    seen = []

    def progress(done, total, name):
        seen.append((done, total, name))
        return done < 1  # the user presses Cancel after the first file

    sources = read_sources([good, bad, md], progress)
    assert seen == [(0, 3, "eins.txt"), (1, 3, "kaputt.docx")]
    assert [(s.name, s.readable, s.cancelled) for s in sources] == [
        ("eins.txt", True, False), ("kaputt.docx", False, True), ("zwei.md", False, True),
    ]  # fmt: skip


def test_progress_reaches_the_total_and_warnings_are_kept(store, tmp_path):
    legacy = tmp_path / "alt.txt"
    legacy.write_bytes(GERMAN.replace("„", '"').replace("“", '"').encode("cp1252"))
    seen = []
    report = import_paths(store, [legacy], progress=lambda done, total, _name: seen.append((done, total)) or True)
    assert seen == [(0, 1), (1, 1)]
    [result] = report.files
    assert result.ok and any("cp1252" in w for w in result.warnings)


def test_a_megabyte_of_text_imports_whole(store, tmp_path):
    from tests.conftest import SAMPLE_TEXT

    big = tmp_path / "gross.txt"
    text = SAMPLE_TEXT * (10**6 // len(SAMPLE_TEXT) + 1)
    big.write_text(text, encoding="utf-8")
    [result] = import_paths(store, [big]).files
    doc = store.document(result.documents[0].id)
    assert doc.text == text and len(doc.blocks) > 100 and doc.language == "de"

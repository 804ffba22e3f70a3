"""Worksheets from the command line and from File > Export Worksheet…."""

from __future__ import annotations

from docx import Document as WordDocument
from PySide6.QtCore import Qt

from desktop.dialogs.worksheet import WorksheetDialog
from tests.conftest import mark
from tests.exports_fixture import fill
from tests.test_cli_export import _run
from tests.test_worksheets import _parse


def test_worksheet_command_filters_by_speaker_and_writes_key_in_another_format(store, project_path, tmp_path):
    fill(store)
    sheet, key = tmp_path / "sheet.html", tmp_path / "key.docx"
    result = _run("export", project_path, "-f", "worksheet", "-o", sheet, "--key", key, "--document", 1,
                  "--speaker", "Tokayev", "--columns", "target,mode", "--question", "Wem glaubst du?")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"wrote {sheet} and {key} (worksheet, 2 statements)" in result.stdout
    rows = _parse(sheet.read_text(encoding="utf-8")).rows
    assert [r[1] for r in rows[1:]] == ['sein Land habe "einen versuchten Staatsstreich" überstanden',
                                        "einen versuchten Staatsstreich"]  # fmt: skip
    assert len(rows[0]) == 6 and "Wem glaubst du?" in sheet.read_text(encoding="utf-8")
    key_rows = [[c.text for c in r.cells] for r in WordDocument(str(key)).tables[0].rows]
    assert [r[2] for r in key_rows[1:] if r[0]] == ["Tokajew", "Tokajew"]


def test_worksheet_command_by_stance_and_status_and_as_pdf(store, project_path, tmp_path):
    fill(store)
    out = tmp_path / "sheet.pdf"
    result = _run("export", project_path, "-f", "worksheet", "-o", out, "--stance", "supportive")
    assert result.returncode == 0, result.stderr
    assert "(worksheet, 4 statements)" in result.stdout  # over both documents
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(out).pages).split())
    assert "[1]" in text and "=SUM(A1:A9)" in text and "Wer spricht?" in text
    nothing = _run("export", project_path, "-f", "worksheet", "-o", tmp_path / "x.html", "--status", "suggested")
    assert nothing.returncode == 1 and "No statement matches (status “suggested”)" in nothing.stderr
    assert not (tmp_path / "x.html").exists()
    wrong = _run("export", project_path, "-f", "worksheet", "-o", tmp_path / "x.txt")
    assert wrong.returncode == 1 and ".html, .pdf or .docx" in wrong.stderr


def test_the_dialog_writes_worksheet_and_key_of_the_selection_and_remembers_the_folder(window, qtbot, tmp_path):
    first = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    mark(window, qtbot, "Terroristen, Kriminelle, Plünderer", "Putin", Qt.Key.Key_3)
    window.statement_list.select_statement(first.id)
    dialog = WorksheetDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.scope.currentData() == "selected"  # a selection is what the teacher most likely means
    assert dialog.path.text().endswith("Arbeitsblatt.html") and dialog.key_path.text().endswith("Lösung.html")
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    assert dialog.key_path.text().endswith("Lösung.docx")
    folder = tmp_path / "class"
    folder.mkdir()
    dialog.path.setText(str(folder / "blatt.docx"))
    dialog.key_path.setText(str(folder / "loesung.docx"))
    dialog.mode_column.setChecked(True)
    qtbot.keyClicks(dialog.questions, "Was ist ein Staatsstreich?")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    rows = [[c.text for c in r.cells] for r in WordDocument(str(folder / "blatt.docx")).tables[0].rows]
    assert rows == [["Nr.", "Zitat", "Wer spricht?", "Welche Haltung?", "Wie wiedergegeben?"],
                    ["1", "einen versuchten Staatsstreich", "", "", ""]]  # fmt: skip
    key_rows = [[c.text for c in r.cells] for r in WordDocument(str(folder / "loesung.docx")).tables[0].rows]
    assert key_rows[1][2:4] == ["Tokajew", "ablehnend"]
    assert "Was ist ein Staatsstreich?" in "\n".join(p.text for p in WordDocument(str(folder / "blatt.docx")).paragraphs)
    assert str(folder / "blatt.docx") in window.statusBar().currentMessage()

    again = WorksheetDialog(window)
    qtbot.addWidget(again)
    assert again.path.text().startswith(str(folder))
    again.scope.setCurrentIndex(again.scope.findData("all"))
    again.stance.setCurrentIndex(again.stance.findData("opposed"))
    again.key_path.clear()  # no key this time
    again.path.setText(str(folder / "alle.html"))
    assert again.run()
    assert [r[1] for r in _parse((folder / "alle.html").read_text(encoding="utf-8")).rows[1:]] == [
        "Terroristen, Kriminelle, Plünderer", "einen versuchten Staatsstreich"]


def test_export_worksheet_is_in_the_file_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    assert "Export &Worksheet…" in [a.text() for a in file_menu.actions()]

"""Bugs that ordinary use ran into, each pinned by the way a user met it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from annotations.exporters import export
from annotations.store import Store
from tests.conftest import SAMPLE_TEXT, mark

ROOT = Path(__file__).resolve().parents[1]


def drop_files(window, paths: list[Path]) -> None:
    """Drop files on the window as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def titles(store: Store) -> list[str]:
    return [store.document(i).title for i in store.document_ids()]


@pytest.fixture
def no_message_boxes(monkeypatch):
    """Message boxes answer at once; what they said is kept to assert on."""
    said: list[str] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: said.append(text)
                            or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def test_a_note_typed_with_a_pause_keeps_its_order_and_its_focus(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.statement_list.select_statement(st.id)
    note = window.editor.note
    note.setFocus()
    qtbot.keyClicks(note, "abc")
    qtbot.waitUntil(lambda: window.store.statement(st.id).note == "abc", timeout=3000)  # the autosave ran
    qtbot.keyClicks(note, "def")
    window.editor.flush()
    assert note.toPlainText() == "abcdef"
    assert window.store.statement(st.id).note == "abcdef"
    assert note.hasFocus() and note.textCursor().position() == 6


def test_keyboard_shortcuts_dialog_opens_from_f1(window, qtbot, monkeypatch):
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    assert "Ctrl+Z" in "".join(w.text() for w in shown[0].findChildren(QLabel)) + _table_text(shown[0])


def _table_text(dialog) -> str:
    from PySide6.QtWidgets import QTableWidget, QTreeWidget

    parts = []
    for table in dialog.findChildren(QTableWidget):
        parts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c)]
    for tree in dialog.findChildren(QTreeWidget):
        parts += [tree.topLevelItem(i).text(c) for i in range(tree.topLevelItemCount()) for c in range(tree.columnCount())]
    return " ".join(parts)


def test_a_project_opens_again_after_its_window_is_closed(tmp_path, qtbot, no_message_boxes):
    from desktop.opening import open_path

    path = tmp_path / "work.standpoint"
    Store.open(path).close()
    first = open_path(path)  # windows opened this way free themselves when closed
    assert first is not None
    first.close()
    again = open_path(path)
    assert again is not None, no_message_boxes
    assert not again.store.read_only and no_message_boxes == []
    again.close()


def test_dropping_a_json_export_is_one_undo_step_and_shows_its_documents(window, qtbot, tmp_path, no_message_boxes):
    other = Store.open(tmp_path / "other.standpoint")
    doc = other.add_document("Zweiter Artikel", "Der Minister sagte, alles sei ruhig.\n")
    other.add_statement(doc.id, 0, 12)
    export(other, "json", tmp_path / "other.json")
    other.close()
    before = window.project.undo_stack.count()
    drop_files(window, [tmp_path / "other.json"])
    before_titles = titles(window.store)
    assert "Zweiter Artikel" in before_titles
    assert window.project.undo_stack.count() == before + 1
    shown = window.library.view.model()
    assert any("Zweiter Artikel" in str(shown.index(i, 0).data()) for i in range(shown.rowCount()))
    window.project.undo_stack.undo()
    assert titles(window.store) == [t for t in before_titles if t != "Zweiter Artikel"]


def test_two_documents_with_one_source_url_stay_two_on_json_import(tmp_path):
    src = Store.open(tmp_path / "src.standpoint")
    a = src.add_document("Erste Fassung", "Putin sprach von Terroristen.\n", source="https://example.org/a")
    b = src.add_document("Zweite Fassung", "Tokajew sprach von Banditen.\n", source="https://example.org/a")
    src.add_statement(a.id, 0, 5)
    src.add_statement(b.id, 0, 7)
    export(src, "json", tmp_path / "both.json")
    src.close()
    dest = Store.open(tmp_path / "dest.standpoint")
    from annotations.importing import import_file

    import_file(dest, tmp_path / "both.json")
    docs = {dest.document(i).title: dest.document(i) for i in dest.document_ids()}
    assert set(docs) == {"Erste Fassung", "Zweite Fassung"}
    quotes = {d.title: [s.quote for s in dest.statements(d.id)] for d in docs.values()}
    assert quotes == {"Erste Fassung": ["Putin"], "Zweite Fassung": ["Tokajew"]}
    dest.close()


def test_importing_a_projects_own_export_adds_nothing(store, sample_doc, tmp_path):
    from annotations.importing import import_paths

    at = SAMPLE_TEXT.index("einen versuchten Staatsstreich")
    store.add_statement(sample_doc.id, at, at + len("einen versuchten Staatsstreich"))
    export(store, "json", tmp_path / "own.json")
    before = (len(store.document_ids()), len(store.statements()))
    report = import_paths(store, [tmp_path / "own.json"])
    assert (len(store.document_ids()), len(store.statements())) == before
    assert "1 already present" in report.files[0].line and not report.failures


def test_opening_a_folder_says_so_on_the_terminal_and_makes_no_file(tmp_path):
    (tmp_path / "folder").mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), str(tmp_path / "folder")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1 and "is a folder" in out.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["folder"]


def test_opening_a_text_file_renamed_docx_says_what_it_is_and_makes_no_file(tmp_path, monkeypatch):
    from annotations.errors import StandpointError
    from desktop.app import open_target

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "renamed.docx").write_text("Nur Text, kein Word-Dokument.\n", encoding="utf-8")
    with pytest.raises(StandpointError) as raised:
        open_target(str(tmp_path / "renamed.docx"))
    assert "Package not found" not in str(raised.value) and "renamed.docx" in str(raised.value)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["renamed.docx"]


def test_a_cli_import_of_an_unreadable_file_creates_no_project(tmp_path):
    (tmp_path / "kaputt.docx").write_bytes(b"PK\x03\x04 not really a zip")
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", "--project", str(tmp_path / "new.standpoint"),
                          str(tmp_path / "kaputt.docx")], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d")})
    assert out.returncode != 0 and "kaputt.docx" in out.stderr + out.stdout
    assert not (tmp_path / "new.standpoint").exists() and not (tmp_path / "d").exists()


def test_a_mistyped_command_names_the_commands_and_opens_no_window(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "exprot", "x.standpoint", "md"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=30)
    assert out.returncode == 2
    assert "export" in out.stderr and "Did you mean" in out.stderr
    assert not (tmp_path / "data").exists()


def test_a_lone_surrogate_in_a_json_body_is_a_clear_error(store, tmp_path):
    from annotations.errors import StandpointError
    from annotations.importing import import_file

    export(store, "json", tmp_path / "ok.json")
    raw = (tmp_path / "ok.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    data_text = json.dumps(data).replace("Kasachstan", "Kasach\\ud800stan", 1)
    (tmp_path / "bad.json").write_text(data_text, encoding="utf-8")
    before = len(store.document_ids())
    try:
        import_file(store, tmp_path / "bad.json")
    except StandpointError as exc:
        assert "UnicodeEncodeError" not in str(exc)
    assert len(store.document_ids()) in (before, before + 1)
    for doc_id in store.document_ids():
        store.document(doc_id).text.encode("utf-8")  # nothing unencodable was stored


def test_a_failed_change_keeps_the_redo_history(window, qtbot, no_message_boxes):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.user_actions.undo.trigger()
    assert window.project.undo_stack.canRedo()
    window.statement_list.select_statement(st.id)
    window.statement_list.setFocus()
    window.store.db.execute("PRAGMA query_only = 1")  # every write now fails, as on a full disk
    try:
        qtbot.keyClick(window.statement_list, Qt.Key.Key_Delete)
    finally:
        window.store.db.execute("PRAGMA query_only = 0")
    assert no_message_boxes and window.store.statement(st.id) is not None
    assert window.project.undo_stack.canRedo()
    window.user_actions.redo.trigger()
    assert window.store.statement(st.id).stance_id is not None


def test_ctrl_z_in_a_field_undoes_typing_in_that_field(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.statement_list.select_statement(st.id)
    stance_before = window.store.statement(st.id).stance_id
    note = window.editor.note
    note.setFocus()
    qtbot.keyClicks(note, "erste Fassung")
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note.toPlainText() != "erste Fassung"  # the field's own undo took the key
    assert window.store.statement(st.id).stance_id == stance_before  # not the project's last step
    assert note.hasFocus()


def test_a_closed_window_is_freed(tmp_path, qtbot, no_message_boxes):
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    from desktop import opening

    path = tmp_path / "work.standpoint"
    Store.open(path).close()
    window = opening.open_path(path)
    assert window is not None and window in opening._open_windows
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(window) and window not in opening._open_windows

"""Several documents in one project: import, paste, switch, rename, delete, all undoable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from tests.conftest import mark


def _titles(window):
    m = window.library.model
    return [m.index(r).data(Qt.ItemDataRole.EditRole) for r in range(m.rowCount())]


def test_importing_files_adds_documents_in_one_undo_step(window, qtbot, tmp_path):
    a = tmp_path / "erste.txt"
    a.write_text("Die Ministerin sagte, man prüfe alles.\n", encoding="utf-8")
    b = tmp_path / "zweite.txt"
    b.write_bytes("Der Bürgermeister erklärte: „Wir bauen wieder auf.“\r\n".encode("cp1252"))
    broken = tmp_path / "kaputt.xyz"
    broken.write_bytes(b"\x00\x01")
    qtbot.waitUntil(lambda: True)
    from PySide6.QtWidgets import QMessageBox

    shown = []
    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda *args: shown.append(args[2]))  # the user reads, then clicks OK
    try:
        added = window.documents.import_paths([a, b, broken])
    finally:
        QMessageBox.warning = original
    assert len(added) == 2
    assert _titles(window)[1:] == ["erste", "zweite"]
    assert window.document.id == added[-1]
    assert window.store.document(added[-1]).text == "Der Bürgermeister erklärte: „Wir bauen wieder auf.“\n"
    assert "kaputt.xyz" in shown[0] and ".xyz" in shown[0]
    assert window.library_dock.isVisible()
    window.user_actions.undo.trigger()
    assert _titles(window) == ["Unruhen in Kasachstan, Januar 2022"]
    assert window.document.title == "Unruhen in Kasachstan, Januar 2022"


def test_switching_documents_keeps_each_scroll_position_and_statements(window, qtbot, tmp_path):
    window.resize(900, 400)
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    first = window.document.id
    other = tmp_path / "other.txt"
    other.write_text("\n\n".join(f"Absatz {i}: Der Sprecher sagte etwas." for i in range(200)), encoding="utf-8")
    [second] = window.documents.import_paths([other])
    window.reader.scroll_to_top(window.document.text.index("Absatz 120:"))
    assert window.reader.firstVisibleBlock().text().startswith("Absatz 120:")
    window.documents.open_document(first)
    assert window.list_model.rowCount() == 1
    window.reader.scroll_to_top(window.document.text.index("TAKEOVER"))
    window.documents.open_document(second)
    assert window.reader.firstVisibleBlock().text().startswith("Absatz 120:")
    assert window.list_model.rowCount() == 0
    window.documents.open_document(first)
    assert window.reader.firstVisibleBlock().text() == "TAKEOVER"


def test_library_counts_follow_every_edit_in_any_document(window, qtbot, tmp_path):
    other = tmp_path / "andere.txt"
    other.write_text("Die Ministerin sagte, man prüfe alles.\n", encoding="utf-8")
    [second] = window.documents.import_paths([other])
    window.documents.open_document(window.store.document_ids()[0])

    def shown(document_id: int) -> str:
        m = window.library.model
        return m.index(m.row_of(document_id)).data().split("\n")[1]

    first = window.document.id
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    assert shown(first) == "1 statement"
    window.user_actions.undo.trigger()  # the stance
    assert shown(first) == "1 statement · 1 incomplete"
    window.documents.open_document(second)
    mark(window, qtbot, "Die Ministerin sagte", "Tokajew", Qt.Key.Key_1)
    # Deleting the speaker (in a dialog) leaves statements in both documents without one.
    from desktop.commands.names import delete_speaker

    window.project.push(delete_speaker(window.project, window.store.speaker(window.store.statement(st.id).speaker_id)))
    assert shown(first) == "1 statement · 1 incomplete" and shown(second) == "1 statement · 1 incomplete"
    window.user_actions.undo.trigger()
    assert shown(second) == "1 statement"


def test_rename_and_delete_a_document_and_undo(window, qtbot, tmp_path):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    doc_id = window.document.id
    window.documents.rename_document(doc_id, "Kasachstan-Unruhen")
    assert _titles(window) == ["Kasachstan-Unruhen"] and "Kasachstan-Unruhen" in window.windowTitle()
    window.documents.delete_document(doc_id, confirm=False)
    assert window.store.document_ids() == [] and window.document is None
    assert window.count_label.text() == "No document"
    window.user_actions.undo.trigger()
    assert window.store.document_ids() == [doc_id]
    assert [s.quote for s in window.store.statements(doc_id)] == ["einen versuchten Staatsstreich"]
    assert window.reader.highlight_colour_at(window.store.statements(doc_id)[0].start) == "#d0463b"
    window.user_actions.undo.trigger()
    assert _titles(window) == ["Unruhen in Kasachstan, Januar 2022"]


def test_paste_as_new_document(window, qtbot):
    QGuiApplication.clipboard().setText("Eilmeldung\n\nDer Präsident sagte heute 😀 etwas.")
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.title == "Eilmeldung"
    assert window.document.text == "Eilmeldung\n\nDer Präsident sagte heute 😀 etwas."
    st = mark(window, qtbot, "sagte heute 😀 etwas")
    assert st.quote == "sagte heute 😀 etwas"


def test_dropping_a_file_on_the_window_imports_it(window, qtbot, tmp_path):
    path: Path = tmp_path / "dropped.txt"
    path.write_text("Ein Sprecher sagte: Ruhe.", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    assert window.document.title == "dropped"


def test_replacing_the_text_reanchors_flags_the_lost_and_undoes(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    kept = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    lost = mark(window, qtbot, "Reinigungskräfte entfernten Trümmer", "Reporter", Qt.Key.Key_2)
    old_text = window.document.text
    newer = tmp_path / "newer.txt"
    newer.write_text("Neu: Vorspann.\n\n" + old_text.replace("Reinigungskräfte entfernten Trümmer", "Man räumte auf"),
                     encoding="utf-8")  # fmt: skip
    original = QMessageBox.information
    QMessageBox.information = staticmethod(lambda *a: None)
    try:
        report = window.documents.replace_text(newer)
    finally:
        QMessageBox.information = original
    assert report.moved == [kept.id] and report.unplaced == [lost.id]
    assert window.document.text.startswith("Neu: Vorspann.")
    moved = window.store.statement(kept.id)
    assert window.reader.highlight_colour_at(moved.start) == "#d0463b"
    assert window.count_label.text().endswith("· 1 not found")
    row = window.list_model.row_of(lost.id)
    assert "Not found in the document's new text" in window.list_model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    window.user_actions.undo.trigger()
    assert window.document.text == old_text
    assert window.store.statement(lost.id).anchored and window.store.statement(kept.id).start == kept.start

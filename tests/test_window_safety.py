"""The window's side of never losing work: a second window reads only, backups restore from the menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotations.backups import list_backups, make_backup
from annotations.store import Store
from desktop.safety import open_store
from tests.conftest import mark


def test_a_second_window_opens_read_only_after_asking(window, qtbot, make_window, monkeypatch):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes))  # fmt: skip
    viewer_store = open_store(window.store.path)
    assert "open in another Standpoint window" in asked[0]
    viewer = make_window(viewer_store)
    assert viewer.windowTitle().endswith("(read-only) — Standpoint")
    assert not viewer.user_actions.mark.isEnabled() and not viewer.editor.isEnabled()
    assert viewer.list_model.rowCount() == 1  # it shows the work
    viewer.close()
    viewer_store.close()


def test_restore_a_backup_from_the_window(store, make_window, qtbot, project_path):
    window = make_window(store)
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    make_backup(project_path, force=True)
    mark(window, qtbot, "Terroristen, Kriminelle, Plünderer", "Putin", Qt.Key.Key_3)
    backup = list_backups(project_path)[0]
    assert window.recovery.restore_backup(choose=backup)
    assert [s.quote for s in window.store.statements()] == ["einen versuchten Staatsstreich"]
    assert window.list_model.rowCount() == 1 and window.project.undo_stack.count() == 0
    # the state before the restore was kept as a backup of its own
    newest = list_backups(project_path)[0]
    with Store.open(newest.path, backup=False, lock=False) as kept:
        assert len(kept.statements()) == 2
    mark(window, qtbot, "Dann planten sie", "Tokajew", Qt.Key.Key_2)  # and work goes on
    assert len(window.store.statements()) == 2
    window.close()
    window.store.close()

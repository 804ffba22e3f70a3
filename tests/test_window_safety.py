"""The window's side of never losing work: a second window reads only, backups restore from the menu."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

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


def _damaged_with_a_backup(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "work.standpoint"
    with Store.open(path) as store:
        doc = store.add_document("Bericht", "Der Minister sagte, alles sei ruhig.\n")
        store.add_statement(doc.id, 0, 12, note="keep me")
    Store.open(path).close()  # opening takes the backup
    data = path.read_bytes()[:4096]
    path.write_bytes(data)
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    return path, data


@pytest.mark.parametrize("answer", ["Restore the Latest Backup", "Cancel"])
def test_a_damaged_project_offers_its_latest_backup_in_the_window(tmp_path, qtbot, monkeypatch, answer):
    path, damaged = _damaged_with_a_backup(tmp_path)
    shown: list[str] = []

    def click(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if b.text().replace("&", "") == answer))
    store = open_store(path)
    assert "The file was left as it is. The latest backup is from" in shown[0]
    if answer == "Cancel":
        assert store is None and path.read_bytes() == damaged
        return
    assert store is not None
    assert [s.note for s in store.statements()] == ["keep me"]
    store.close()


def test_a_newer_project_is_explained_and_left_alone(tmp_path, monkeypatch):
    path = tmp_path / "new.standpoint"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert open_store(path) is None
    assert "newer Standpoint" in said[0] and "left as it is" in said[0]
    assert path.read_bytes() == before


def test_declining_the_read_only_offer_opens_nothing(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert open_store(window.store.path) is None


def test_restore_backup_from_the_menu_lists_backups_newest_first(store, make_window, qtbot, project_path,
                                                                monkeypatch):  # fmt: skip
    window = make_window(store)
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    make_backup(project_path, force=True)
    listed: list[list[str]] = []

    def pick(dialog) -> int:
        listed.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QDialog, "exec", pick)
    window.user_actions.restore.trigger()
    assert listed and listed[0] == [b.describe() for b in list_backups(project_path)]
    assert len(window.store.statements()) == 1  # cancelled: nothing was replaced


def test_when_no_backup_can_be_made_the_work_still_opens_and_says_so_once(tmp_path, make_window, monkeypatch):
    import subprocess
    import sys

    from annotations.backups import backup_root

    path = tmp_path / "work.standpoint"
    with Store.open(path) as store:
        doc = store.add_document("Bericht", "Der Minister sagte, alles sei ruhig.\n")
        store.add_statement(doc.id, 0, 12)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    backup_root().parent.mkdir(parents=True)
    backup_root().write_text("a file where the backups folder should be")  # nothing can be written there
    store = Store.open(path)
    assert "No backup of work.standpoint could be made" in store.backup_problem
    window = make_window(store)
    assert "No backup of work.standpoint could be made" in window.statusBar().currentMessage()
    assert window.list_model.rowCount() == 1
    window.close()
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "main.py", "stats", str(path)], cwd=root, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path / "data")}, timeout=60)
    assert out.returncode == 0 and "warning: No backup of work.standpoint" in out.stderr


def test_a_moment_after_a_change_the_project_file_alone_holds_it(window, qtbot, tmp_path):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    copied = tmp_path / "copied by hand.standpoint"

    def file_alone_holds_the_statement() -> bool:
        copied.write_bytes(window.store.path.read_bytes())  # what a file manager copies: no -wal beside it
        with Store.open(copied, backup=False) as copy:
            return [s.quote for s in copy.statements()] == ["einen versuchten Staatsstreich"]

    qtbot.waitUntil(file_alone_holds_the_statement, timeout=5000)


def test_save_a_copy_writes_the_whole_project_as_one_file(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    target = tmp_path / "für Anna.standpoint"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert target.exists() and not target.with_name(target.name + "-wal").exists()
    assert "Saved a copy" in window.statusBar().currentMessage()
    with Store.open(target, backup=False) as copy:
        assert [(s.quote, copy.speaker(s.speaker_id).name) for s in copy.statements()] == [
            ("einen versuchten Staatsstreich", "Tokajew")]
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: window.statusBar().showMessage(text))
    window.save_copy(window.store.path)  # not over itself
    assert "another file than the project itself" in window.statusBar().currentMessage()


@pytest.mark.parametrize("answer", ["Restore the Latest Backup", "Cancel"])
def test_damage_met_while_the_window_reads_offers_the_latest_backup(tmp_path, qtbot, monkeypatch, answer):
    from desktop.opening import show_window

    path = tmp_path / "work.standpoint"
    with Store.open(path) as store:
        doc = store.add_document("Bericht", "Der Minister sagte, alles sei ruhig.\n")
        store.add_statement(doc.id, 0, 12, note="gut")
    Store.open(path).close()  # opening takes the backup
    conn = sqlite3.connect(path)
    conn.execute("UPDATE statements SET note = CAST(x'41ff42' AS TEXT)")  # not UTF-8: quick_check passes it
    conn.commit()
    conn.close()
    damaged = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda box: next(b for b in box.buttons() if b.text().replace("&", "") == answer))
    window = show_window(Store.open(path, backup=False))
    assert "is damaged: part of it cannot be read" in shown[0] and "latest backup is from" in shown[0]
    if answer == "Cancel":
        assert window is None and path.read_bytes() == damaged
        return
    assert window is not None  # it frees itself when closed
    assert [s.note for s in window.store.statements()] == ["gut"]
    assert path.with_name(path.name + ".damaged").read_bytes() == damaged  # kept, but not as a backup
    window.close()


def test_a_deleted_log_is_said_at_once_and_the_work_is_kept_in_the_file(window, qtbot, monkeypatch, tmp_path):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    path = window.store.path
    path.with_name(path.name + "-wal").unlink()  # a cleaner or a sync client, while the window is open
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    assert len(said) == 1 and "deleted work.standpoint-wal" in said[0]
    mark(window, qtbot, "Dann planten sie", "Tokajew", Qt.Key.Key_2)
    assert len(said) == 1  # said once
    alone = tmp_path / "alone.standpoint"
    alone.write_bytes(path.read_bytes())  # the project file by itself holds every change, without any log
    with Store.open(alone, backup=False) as copy:
        assert len(copy.statements()) == 2
    [rescued] = list(path.parent.glob("work (rescued *).standpoint"))
    with Store.open(rescued, backup=False) as copy:
        assert [s.quote for s in copy.statements()] == ["einen versuchten Staatsstreich"]

"""Broken, foreign, newer, locked and full project files: clear messages, untouched files, nothing half-saved."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotations import schema
from annotations.backups import list_backups, make_backup, restore_backup
from annotations.errors import NewerProject, NotAProject, ProjectDamaged, ProjectError, ProjectLocked, ProjectReadOnly
from annotations.importing import import_file
from annotations.projects import SAMPLE_ARTICLE
from annotations.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _project(path: Path) -> Path:
    with Store.open(path) as store:
        doc = import_file(store, SAMPLE_ARTICLE)
        store.add_statement(doc.id, 0, 20, note="keep me")
    return path


def _broken(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.standpoint"
    if kind == "truncated":
        data = _project(tmp_path / "whole.standpoint").read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif kind == "random":
        path.write_bytes(os.urandom(50_000))
    elif kind == "text":
        path.write_text("Dies ist ein Zeitungsartikel, kein Projekt.\n" * 50, encoding="utf-8")
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        _project(path)
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        conn.commit()
        conn.close()
    return path


@pytest.mark.parametrize("kind, error, words", [
    ("truncated", ProjectDamaged, "damaged"),
    ("random", NotAProject, "not an SQLite database"),
    ("text", NotAProject, "not an SQLite database"),
    ("foreign", NotAProject, "not a Standpoint project"),
    ("newer", NewerProject, "newer Standpoint"),
])  # fmt: skip
def test_unopenable_files_get_a_message_and_stay_byte_for_byte(tmp_path, kind, error, words):
    path = _broken(kind, tmp_path)
    before = _digest(path)
    with pytest.raises(error, match=words):
        Store.open(path)
    result = subprocess.run([sys.executable, "main.py", "stats", str(path)], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1 and words in result.stderr and "Traceback" not in result.stderr
    assert _digest(path) == before
    assert not path.with_name(path.name + "-wal").exists() and not path.with_name(path.name + "-shm").exists()


def test_a_damaged_project_points_to_its_backup_and_restores(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    Store.open(path).close()  # opening takes the backup
    assert len(list_backups(path)) >= 1
    data = path.read_bytes()
    path.write_bytes(data[:4096])
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    result = subprocess.run([sys.executable, "main.py", "stats", str(path)], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1 and "A backup from" in result.stderr and "python main.py restore" in result.stderr
    result = subprocess.run([sys.executable, "main.py", "restore", str(path)], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Store.open(path) as store:
        assert [s.note for s in store.statements()] == ["keep me"]
    assert path.with_name(path.name + ".damaged").read_bytes() == data[:4096]  # the damaged file is kept too


def test_backups_skip_unchanged_files_keep_the_newest_and_restore(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    first = make_backup(path)
    assert first is not None and make_backup(path) is None  # nothing changed
    for n in range(12):
        with Store.open(path, backup=False) as store:
            store.set_note(1, f"version {n}")
        make_backup(path, keep=10)
    backups = list_backups(path)
    assert len(backups) == 10
    restore_backup(path, backups[3])
    with Store.open(path, backup=False) as store:
        assert store.statement(1).note == "version 8"


def test_restoring_while_the_project_is_open_is_refused(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    make_backup(path, force=True)
    with Store.open(path), pytest.raises(ProjectLocked):
        restore_backup(path)


def test_a_second_writer_is_refused_and_a_reader_is_allowed(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    with Store.open(path) as first:
        with pytest.raises(ProjectLocked, match="open in another Standpoint"):
            Store.open(path)
        with Store.open(path, read_only=True) as viewer:
            assert viewer.statements()[0].note == "keep me"
            with pytest.raises(ProjectReadOnly, match="open read-only"):
                viewer.set_note(1, "changed")
        first.set_note(1, "still writable")
    with Store.open(path) as again:  # the lock went with the first window
        assert again.statement(1).note == "still writable"


def test_a_lock_dies_with_its_process(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from annotations.store import Store; "
                               f"s = Store.open({str(path)!r}); print('open', flush=True); time.sleep(60)"],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLocked):
            Store.open(path)
    finally:
        holder.kill()
        holder.wait()
    Store.open(path).close()


def test_a_full_disk_loses_only_the_change_that_failed(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    with Store.open(path, backup=False) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now reports the disk as full
        doc_id = store.document_ids()[0]
        with pytest.raises(ProjectError, match="full: the change was not saved"):
            store.add_document("Groß", "x" * 200_000)
        assert store.document_ids() == [doc_id]
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write read-only files")
def test_a_read_only_file_is_reported(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    path.chmod(0o444)
    with pytest.raises(ProjectReadOnly, match="read-only"):
        Store.open(path)
    with Store.open(path, read_only=True) as viewer:
        assert len(viewer.statements()) == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write into read-only folders")
def test_a_project_on_read_only_media_is_read_by_the_window_and_the_reading_commands(tmp_path):
    folder = tmp_path / "cd-rom"
    folder.mkdir()
    path = _project(folder / "work.standpoint")
    folder.chmod(0o555)  # like a CD or a read-only share: no -shm can be made beside the project
    try:
        with Store.open(path, read_only=True) as viewer:
            assert len(viewer.statements()) == 1
        for command in (["stats", str(path)], ["export", str(path), "-f", "csv", "-o", str(tmp_path / "out.csv")]):
            result = subprocess.run([sys.executable, "main.py", *command], cwd=ROOT, capture_output=True, text=True,
                                    timeout=60)  # fmt: skip
            assert result.returncode == 0, result.stderr
    finally:
        folder.chmod(0o755)


def test_a_failed_edit_in_the_window_is_not_shown_as_saved(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import mark

    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    pages = window.store.db.execute("PRAGMA page_count").fetchone()[0]
    window.store.db.execute(f"PRAGMA max_page_count = {pages}")
    depth = window.project.undo_stack.count()
    window.statement_list.select_statement(st.id)
    window.editor.note.setPlainText("Ein langer Kommentar " * 5000)
    window.editor.flush()
    assert shown and "full" in shown[0]
    assert window.project.undo_stack.count() == depth  # the failed edit is not on the undo stack
    assert window.store.statement(st.id).note == ""
    assert Qt  # (imported for the mark helper's keys)


def test_opening_without_changing_takes_no_new_backup(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    Store.open(path).close()  # the first open backs the project up
    kept = list_backups(path)
    for _ in range(12):  # plain opens, as a day of reading would make
        Store.open(path).close()
    assert list_backups(path) == kept
    with Store.open(path) as store:
        store.set_note(1, "changed")
    Store.open(path).close()  # a change is backed up on the next open
    assert len(list_backups(path)) == len(kept) + 1


def test_restoring_the_oldest_backup_keeps_it(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    for n in range(10):
        with Store.open(path, backup=False) as store:
            store.set_note(1, f"version {n}")
        make_backup(path, keep=10)
    oldest = list_backups(path)[-1]
    restored = restore_backup(path, oldest)  # the state before the restore is backed up first
    assert oldest.path.exists() and restored.path == oldest.path
    with Store.open(path, backup=False) as store:
        assert store.statement(1).note == "version 0"


def test_an_empty_file_is_refused_not_adopted(tmp_path):
    path = tmp_path / "leer.standpoint"
    path.write_bytes(b"")
    with pytest.raises(NotAProject, match="empty"):
        Store.open(path)
    assert path.read_bytes() == b"" and list_backups(path) == []


LOCKER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode=EXCLUSIVE")
c.execute("BEGIN EXCLUSIVE")
c.execute("INSERT INTO settings(key, value) VALUES ('other program', 'pending')")
print("locked", flush=True)
time.sleep(60)
"""


@pytest.mark.parametrize("journal", ["wal", "delete"])  # a tool may have switched the project out of WAL
def test_another_programs_lock_is_reported_as_in_use_and_never_restored_over(tmp_path, journal):
    path = _project(tmp_path / "work.standpoint")
    make_backup(path, force=True)
    if journal != "wal":
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA journal_mode = {journal}")
        conn.close()
    inode = path.stat().st_ino
    other = subprocess.Popen([sys.executable, "-c", LOCKER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "locked"
        with pytest.raises(ProjectLocked, match="in use by another program"):
            Store.open(path)
        with pytest.raises(ProjectLocked, match="in use by another program"):
            restore_backup(path)
        result = subprocess.run([sys.executable, "main.py", "restore", str(path)], cwd=ROOT, capture_output=True,
                                text=True, timeout=60)  # fmt: skip
        assert result.returncode == 1 and "in use by another program" in result.stderr
        assert "Traceback" not in result.stderr
        assert path.stat().st_ino == inode  # the file the other program writes to is still the project
    finally:
        other.kill()
        other.wait()


def test_damage_the_quick_checks_miss_is_caught_and_never_backed_up(tmp_path):
    path = _project(tmp_path / "work.standpoint")
    Store.open(path).close()  # opening takes the backup
    good = list_backups(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE statements SET note = CAST(x'41ff42' AS TEXT)")  # not UTF-8: quick_check passes it
    conn.commit()
    conn.close()
    for _ in range(3):  # each open would have taken a damaged backup, pushing good ones out
        result = subprocess.run([sys.executable, "main.py", "export", str(path), "-f", "csv", "-o",
                                 str(tmp_path / "o.csv")], cwd=ROOT, capture_output=True, text=True, timeout=60)  # fmt: skip
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "is damaged (Could not decode" in result.stderr and "python main.py restore" in result.stderr
    assert list_backups(path) == good
    restore_backup(path)
    with Store.open(path, backup=False) as store:
        assert [s.note for s in store.statements()] == ["keep me"]
    assert path.with_name(path.name + ".damaged").exists()

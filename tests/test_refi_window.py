"""REFI-QDA import from the window and the command line: the same path, one undo step, the branches asked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from annotations.exporters import export
from annotations.store import Store
from desktop.dialogs.roles import CodeRolesDialog
from tests.dump import dump
from tests.exports_fixture import fill
from tests.standards import STANDARDS

QUALCODER = STANDARDS / "refi" / "real" / "qualcoder-4.0beta-emoji-bom.qdpx"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def said(monkeypatch):
    messages: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: messages.append(text))
    return messages


@pytest.fixture
def answer(monkeypatch):
    """The branch dialog answers at once: with `choices` (branch name -> role) and Import, or Cancel."""
    asked: list[dict[str, str]] = []

    def answering(choices: dict[str, str] | None):
        def exec_(dialog: CodeRolesDialog) -> int:
            asked.append({b.name: dialog.combo(b.name).currentData() for b in dialog.file.branches})
            if choices is None:
                return QDialog.DialogCode.Rejected
            for name, role in choices.items():
                combo = dialog.combo(name)
                combo.setCurrentIndex(combo.findData(role))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(CodeRolesDialog, "exec", exec_)
        return asked

    return answering


def test_a_foreign_project_asks_for_its_branches_and_is_one_undo_step(window, said, answer):
    if not QUALCODER.exists():
        pytest.skip("the REFI-QDA examples are not beside the repository")
    before = dump(window.store)
    steps = window.project.undo_stack.count()
    asked = answer({"Speaker": "targets"})
    added = window.documents.import_paths([QUALCODER])
    assert asked == [{"Speaker": "speakers", "Stance": "stances"}]  # the guess, shown
    assert len(added) == 2 and window.project.undo_stack.count() == steps + 1
    assert {t.name for t in window.store.targets()} == {"Putin", "Tokajew"} and window.store.speakers() == []
    assert "Positions corrected" in said[0]
    window.user_actions.undo.trigger()
    assert dump(window.store) == before  # documents, names, statements, remembered GUIDs: all gone
    window.user_actions.redo.trigger()
    assert len(window.store.statements()) == 7


def test_cancelling_the_branch_dialog_imports_nothing(window, said, answer):
    if not QUALCODER.exists():
        pytest.skip("the REFI-QDA examples are not beside the repository")
    before = dump(window.store)
    answer(None)
    assert window.documents.import_paths([QUALCODER]) == []
    assert dump(window.store) == before


def test_dropping_our_own_export_asks_nothing_and_brings_everything_back(window, said, answer, tmp_path):
    from tests.test_regressions import drop_files

    with Store.open(tmp_path / "other.standpoint") as other:
        doc = other.add_document("Zweiter Artikel", "Der Minister sagte, alles sei ruhig.\n")
        other.add_statement(doc.id, 0, 12, speaker_id=other.add_speaker("Minister").id, note="wichtig")
        export(other, "qdpx", tmp_path / "other.qdpx")
    asked = answer({})
    steps = window.project.undo_stack.count()
    drop_files(window, [tmp_path / "other.qdpx"])
    assert asked == [] and window.project.undo_stack.count() == steps + 1
    assert window.document.title == "Zweiter Artikel"
    [st] = window.store.statements(window.document.id)
    assert (st.quote, window.store.speaker(st.speaker_id).name, st.note) == ("Der Minister", "Minister", "wichtig")


def test_the_dialog_shows_each_branch_with_the_guess(qtbot):
    from annotations.importers.refi import read_refi_file

    if not QUALCODER.exists():
        pytest.skip("the REFI-QDA examples are not beside the repository")
    file = read_refi_file(QUALCODER)
    dialog = CodeRolesDialog(file)
    qtbot.addWidget(dialog)
    assert dialog.combo("Stance").currentData() == "stances" and dialog.combo("Speaker").count() == 5
    dialog.combo("Stance").setCurrentIndex(dialog.combo("Stance").findData("ignore"))
    assert sorted(dialog.roles().values()) == ["ignore", "speakers"]


def _run(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)  # fmt: skip


def test_command_line_import_prints_the_guess_and_takes_overrides(tmp_path):
    if not QUALCODER.exists():
        pytest.skip("the REFI-QDA examples are not beside the repository")
    project = tmp_path / "p.standpoint"
    result = _run("import", QUALCODER, "--project", project, "--targets", "speaker")
    assert result.returncode == 0, result.stderr
    assert "  Speaker → targets (2 codes, 2 codings)" in result.stdout
    assert "  Stance → stances (2 codes, 4 codings)" in result.stdout
    assert "qualcoder-4.0beta-emoji-bom.qdpx: 7 statements imported, 2 documents added, 2 targets added." in result.stdout
    assert "Positions corrected" in result.stderr
    with Store.open(project) as store:
        assert {t.name for t in store.targets()} == {"Putin", "Tokajew"}
    unknown = _run("import", QUALCODER, "--project", tmp_path / "q.standpoint", "--speakers", "Akteure")
    assert unknown.returncode == 2 and "no file has a code branch “Akteure”" in unknown.stderr
    assert not (tmp_path / "q.standpoint").exists()


def test_command_line_round_trip_of_our_own_export(store, project_path, tmp_path):
    fill(store)
    out = tmp_path / "work.qdpx"
    assert _run("export", project_path, "-f", "qdpx", "-o", out).returncode == 0
    result = _run("import", out, "--project", tmp_path / "copy.standpoint")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "work.qdpx: 7 statements imported, 2 documents added, 5 speakers, 1 target added."
    store.close()  # the window would hold it; the command refuses a project in use
    again = _run("import", out, "--project", project_path)
    assert again.stdout.strip() == "work.qdpx: 0 statements imported, 7 already present." and again.returncode == 0

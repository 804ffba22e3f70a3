"""What `python main.py [FILE]` opens, and what it says when it cannot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from annotations.errors import StandpointError
from annotations.projects import SAMPLE_ARTICLE
from desktop.app import open_target

ROOT = Path(__file__).resolve().parents[1]


def test_first_start_creates_the_sample_project_and_later_starts_reopen_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    store, _ = open_target(None)
    doc_ids = store.document_ids()
    assert store.document(doc_ids[0]).text == SAMPLE_ARTICLE.read_text(encoding="utf-8")
    text = store.document(doc_ids[0]).text
    store.add_statement(doc_ids[0], text.index("Putin"), text.index("Putin") + 5)
    path = store.path
    store.close()
    assert path.is_relative_to(tmp_path / "data")
    again, _ = open_target(None)
    assert again.document_ids() == doc_ids and len(again.statements()) == 1
    again.close()


def test_an_article_opens_as_a_project_beside_it_and_is_imported_once(tmp_path):
    article = tmp_path / "bericht.txt"
    article.write_text("Der Minister sagte, alles sei ruhig.\n", encoding="utf-8")
    store, doc_id = open_target(str(article))
    assert store.path == tmp_path / "bericht.standpoint"
    assert store.document(doc_id).text == "Der Minister sagte, alles sei ruhig.\n"
    store.close()
    again, same_id = open_target(str(article))
    assert same_id == doc_id and len(again.document_ids()) == 1
    again.close()


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StandpointError, match="no such file"):
        open_target(str(tmp_path / "fehlt.txt"))


def test_without_a_display_the_window_command_explains_instead_of_crashing(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "no display" in out.stderr


def test_a_smoke_start_shows_the_sample_project_prints_the_title_and_quits(tmp_path):
    # How packaging/smoke.py checks a built app's window: STANDPOINT_SMOKE=1 quits a second after it shows.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen", "STANDPOINT_SMOKE": "1"}
    out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "standpoint: shown: Unruhen in Kasachstan, Januar 2022 — sample.standpoint — Standpoint" in out.stdout
    assert (tmp_path / "data" / "Standpoint" / "sample.standpoint").exists()


def test_a_frozen_app_finds_its_resources_in_its_own_folder(tmp_path, monkeypatch):
    from annotations import projects

    assert projects._resources() == ROOT / "resources"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # what PyInstaller's bootloader sets
    assert projects._resources() == tmp_path / "resources"


def test_headless_stats_reports_counts(store, project_path):
    doc_id = store.document_ids()[0]
    text = store.document(doc_id).text
    at = text.index("einen versuchten Staatsstreich")
    store.add_statement(doc_id, at, at + 30, speaker_id=store.find_or_add_speaker("Tokajew").id,
                        stance_id=store.find_stance("opposed").id)  # fmt: skip
    store.add_statement(doc_id, 0, 10)
    out = subprocess.run([sys.executable, "main.py", "stats", str(project_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert out.returncode == 0
    assert out.stdout.splitlines()[0] == "2 statements, 1 incomplete"
    assert "Tokajew" in out.stdout and "opposed" in out.stdout


@pytest.fixture
def app_runs_until_checked(qapp, monkeypatch):
    """`run` shows its window and returns at once: the windows it showed are kept to look at."""
    from PySide6.QtWidgets import QApplication

    from desktop import opening

    seen: list = []

    def exec_() -> int:
        seen.extend(w for w in opening._open_windows if w.isVisible())
        for w in list(seen):
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    return seen


def test_run_opens_an_article_in_a_window_and_closes_the_project_after(tmp_path, app_runs_until_checked):
    from desktop.app import run

    article = tmp_path / "bericht.txt"
    article.write_text("Der Minister sagte, alles sei ruhig.\n", encoding="utf-8")
    assert run([str(article)]) == 0
    [window] = app_runs_until_checked
    assert window.windowTitle().startswith("bericht — bericht.standpoint")
    assert window.store.closed
    assert run([str(tmp_path / "bericht.standpoint")]) == 0  # the project opens again, by its own name
    assert app_runs_until_checked[-1].list_model.rowCount() == 0


def test_run_explains_a_file_it_cannot_read_and_makes_no_project(tmp_path, app_runs_until_checked, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import run

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    broken = tmp_path / "leer.txt"
    broken.write_bytes(b"")
    assert run([str(broken)]) == 1
    assert said and "leer.txt" in said[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leer.txt"] and not app_runs_until_checked

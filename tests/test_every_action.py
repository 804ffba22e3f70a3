"""Every menu item and toolbar button of the window, triggered on the sample with a statement in it.

Dialogs are answered at once (cancelled, or their first choice), so what is tested is that each
action runs to its end without an exception and leaves the window usable.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QToolBar

from tests.conftest import mark


@pytest.fixture
def dialogs_answer_at_once(monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: opened.append("message") or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: opened.append("message") or QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    return opened


def menu_and_toolbar_actions(window) -> list[QAction]:
    found: list[QAction] = []
    for menu in window.menuBar().findChildren(QMenu):
        found += [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    for bar in window.findChildren(QToolBar):
        found += [a for a in bar.actions() if not a.isSeparator()]
    unique = list(dict.fromkeys(found))
    return [a for a in unique if "Quit" not in a.text()] + [a for a in unique if "Quit" in a.text()]


def test_every_menu_and_toolbar_action_runs_on_the_sample(window, qtbot, dialogs_answer_at_once):
    assert window.store.require_operations  # a write outside an operation would raise, failing this test
    statement = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    actions = menu_and_toolbar_actions(window)
    texts = {a.text().replace("&", "") for a in actions}
    assert {"Undo", "Export…", "Keyboard Shortcuts", "Speakers…", "Stance Scheme…", "Quit"} <= {
        t.split(" ")[0] if t.startswith(("Undo", "Redo")) else t for t in texts}
    for action in actions:
        window.statement_list.select_statement(statement.id)
        window.reader.select_text("Putin")
        if action.isEnabled():
            action.trigger()
            qtbot.wait(1)
    assert {"SpeakersDialog", "SchemeDialog", "ExportDialog", "ShortcutsDialog"} <= set(dialogs_answer_at_once)
    assert not window.isVisible()  # Quit came last and closed the window
    assert window.store.closed

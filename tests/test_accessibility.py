"""Screen readers: every control has a name, the list says what a statement lacks, the article where the cursor is.

Checked in-process through QAccessible, which works offscreen: the names a screen reader would read are
the ones Qt's accessibility interfaces report, including the names Qt derives from labels and texts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QMessageBox, QWidget

from tests.conftest import mark
from tests.test_every_action import menu_and_toolbar_actions

Role = QAccessible.Role
# Roles a user operates, and so needs to hear named: buttons, fields, choosers, lists, tables, text.
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.List, Role.Table,
    Role.Tree, Role.SpinBox, Role.Slider, Role.ButtonMenu, Role.ButtonDropDown, Role.PageTabList, Role.ToolBar,
}  # fmt: skip
ITEM_VIEWS = {Role.List, Role.Table, Role.Tree}


def unnamed_controls(widget: QWidget) -> list[str]:
    """Every visible interactive control under a widget (by QAccessible) that has no accessible name."""
    missing: list[str] = []

    def walk(iface, path: str) -> None:
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is None or not child.isValid() or child.state().invisible:
                continue
            obj = child.object()
            if not isinstance(obj, QWidget):  # menu items, tabs, cells: named by their own text
                continue
            name = child.text(QAccessible.Text.Name).strip()
            # Qt names an unnamed combo box after its current item, which says nothing of what it chooses.
            guessed = isinstance(obj, QComboBox) and not obj.accessibleName() and name == obj.currentText().strip()
            here = f"{path} > {type(obj).__name__}{'#' + obj.objectName() if obj.objectName() else ''}"
            if child.role() in INTERACTIVE and (not name or guessed):
                missing.append(f"{here} ({child.role().name})")
            if child.role() not in ITEM_VIEWS:
                walk(child, here)

    walk(QAccessible.queryAccessibleInterface(widget), type(widget).__name__)
    return missing


def test_every_control_of_the_main_window_has_an_accessible_name(window, qtbot):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.library_dock.show()
    assert QAccessible.queryAccessibleInterface(window).text(QAccessible.Text.Name)  # QAccessible answers offscreen
    assert unnamed_controls(window) == [], print(unnamed_controls(window))


@pytest.fixture
def dialogs_walked(monkeypatch):
    """Every dialog an action opens is shown, walked for unnamed controls and closed."""
    found: dict[str, list[str]] = {}

    def walk_and_close(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        found[type(dialog).__name__] = unnamed_controls(dialog)
        dialog.reject()
        return 0

    monkeypatch.setattr(QDialog, "exec", walk_and_close)
    for kind in ("warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    return found


def test_every_dialog_and_window_an_action_opens_names_its_controls(window, qtbot, dialogs_walked):
    statement = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    for action in menu_and_toolbar_actions(window):
        if "Quit" in action.text() or not action.isEnabled():
            continue
        window.statement_list.select_statement(statement.id)
        window.reader.select_text("Putin")
        action.trigger()
        qtbot.wait(1)
        for top in QApplication.topLevelWidgets():  # the window's panes as actions show them, and windows beside it
            if top.isVisible() and not isinstance(top, QMessageBox) and top.isWindow():
                missing = dialogs_walked.get(type(top).__name__, [])
                dialogs_walked[type(top).__name__] = sorted({*missing, *unnamed_controls(top)})
    assert {"SpeakersDialog", "SchemeDialog", "ExportDialog", "ShortcutsDialog"} <= set(dialogs_walked)
    assert {name: missing for name, missing in dialogs_walked.items() if missing} == {}


def test_the_agreement_dialog_and_its_editor_name_their_controls(store, sample_doc, make_window, qtbot):
    from annotations.agreement import agreement
    from desktop.dialogs.agreement import AgreementDialog, EditVersionDialog
    from tests.test_agreement import code_two_annotators

    code_two_annotators(store, sample_doc.id)
    window = make_window(store)
    dialog = AgreementDialog(window.project, agreement(store), window)
    qtbot.addWidget(dialog)
    missing = []
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        with qtbot.waitExposed(dialog):
            dialog.show()
        missing += unnamed_controls(dialog)
    editor = EditVersionDialog(window.project, store.statements()[0], dialog)
    qtbot.addWidget(editor)
    editor.show()
    assert (missing, unnamed_controls(editor)) == ([], [])


def _cell_names(window) -> set[str]:
    """What QAccessible reports for the cells (and headers) of the statement list."""
    table = QAccessible.queryAccessibleInterface(window.statement_list)
    return {table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())}


def test_the_statement_list_says_speaker_stance_and_what_is_missing(window, qtbot):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    mark(window, qtbot, "Putin hatte letzte Woche Fallschirmjäger geschickt")
    heard = _cell_names(window)
    assert {"“einen versuchten Staatsstreich”, speaker Tokajew, stance opposed", "speaker Tokajew",
            "stance opposed", "“Putin hatte letzte Woche Fallschirmjäger geschickt”, speaker missing, stance missing",
            "speaker missing", "stance missing"} <= heard  # fmt: skip
    assert "—" not in heard  # the dash a sighted reader sees in an empty cell is never what is heard


def test_the_article_says_which_statement_the_cursor_is_in(window, qtbot):
    first = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    mark(window, qtbot, "Putin hatte letzte Woche Fallschirmjäger geschickt")
    article = QAccessible.queryAccessibleInterface(window.reader)
    assert article.text(QAccessible.Text.Name) == "Article"
    row = window.list_model.row_of(first.id)

    window.reader.setFocus()
    window.reader.select_span(first.start + 3, first.start + 3)  # the cursor, by keyboard, into the statement
    assert article.text(QAccessible.Text.Description) == f"In statement {row + 1} of 2: Tokajew, opposed"
    qtbot.keyClick(window.reader, Qt.Key.Key_Home)  # the start of the line, outside every statement
    assert article.text(QAccessible.Text.Description) == ""

    window.reader.select_text("Fallschirmjäger")
    qtbot.keyClick(window.reader, Qt.Key.Key_Left)  # collapses the selection inside the second statement
    assert article.text(QAccessible.Text.Description).endswith("of 2: speaker missing, stance missing")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo marking it
    window.reader.select_span(first.start + 3, first.start + 3)
    # the count follows the list
    assert article.text(QAccessible.Text.Description) == "In statement 1 of 1: Tokajew, opposed"

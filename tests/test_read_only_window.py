"""The read-only second window: its state shown without text drawn over text, its dialogs for looking only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from annotations.store import Store
from desktop.dialogs.scheme import SchemeDialog
from desktop.dialogs.speakers import SpeakersDialog
from tests.dump import dump


@pytest.fixture
def read_only_window(store, make_window):
    with store.operation("Add speaker"):
        store.find_or_add_speaker("Tokajew")
    ro = Store.open(store.path, read_only=True)  # what a second window gets while the first edits
    yield make_window(ro)
    ro.close()


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_the_status_bar_says_read_only_beside_the_counts_not_over_them(read_only_window, qtbot, size):
    w = read_only_window
    w.resize(*size)
    qtbot.waitUntil(lambda: w.width() == size[0])
    badge = w.statusBar().findChild(QLabel, "readOnlyBadge")
    assert badge.isVisible() and "Read-only" in badge.text()
    shown = [label for label in (badge, w.count_label, w.path_label) if label.isVisible()]
    assert len(shown) == 3
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            assert not a.geometry().intersects(b.geometry()), (a.text(), b.text())
    assert w.statusBar().currentMessage() == ""  # a temporary message would be drawn over the labels
    assert not w.annotator_prompt.isVisible() and "(read-only)" in w.windowTitle()


def test_the_speakers_dialog_of_a_read_only_window_changes_nothing(read_only_window, store, qtbot):
    before = dump(store)
    dialog = SpeakersDialog(read_only_window.project, read_only_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "read-only" in dialog.windowTitle()
    assert dialog.list.count() == 1 and dialog.name.text() == "Tokajew"
    assert dialog.name.isReadOnly() and dialog.aliases.isReadOnly()
    assert not any(b.isEnabled() for b in dialog.findChildren(QPushButton) if b.text() != "Close")
    qtbot.keyClicks(dialog.name, "X")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.name.text() == "Tokajew" and dump(store) == before


def test_the_scheme_dialog_of_a_read_only_window_changes_nothing(read_only_window, store, qtbot):
    before = dump(store)
    dialog = SchemeDialog(read_only_window.project, read_only_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "read-only" in dialog.windowTitle() and dialog.list.count() == 4
    fields = [f for f in dialog.findChildren(QLineEdit) if f.isVisibleTo(dialog)]
    assert fields and all(f.isReadOnly() for f in fields)
    dialog.list.setCurrentRow(2)  # another stance shown: still locked
    assert all(f.isReadOnly() for f in fields)
    assert not any(b.isEnabled() for b in dialog.findChildren(QPushButton) if b.text() != "Close")
    assert dump(store) == before


def test_an_empty_read_only_project_offers_no_import(tmp_path, make_window):
    path = tmp_path / "empty.standpoint"
    Store.open(path).close()
    ro = Store.open(path, read_only=True)
    try:
        w = make_window(ro)
        assert w.article_pane.currentWidget() is w.welcome
        assert not w.welcome.import_button.isVisible() and not w.welcome.acceptDrops()
        assert "Another window" in w.welcome.hint.text()
    finally:
        ro.close()

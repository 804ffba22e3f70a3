"""The core story: mark, tag speaker and stance without the mouse, see it, undo it, reopen it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from annotations.store import Store
from desktop.main_window import MainWindow


@pytest.fixture
def window(store, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(store, settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    return w


def test_marking_a_selection_keyboard_only(window, qtbot):
    window.reader.setFocus()
    window.reader.select_text("einen versuchten Staatsstreich")
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    assert window.editor.speaker.lineEdit().hasFocus()
    qtbot.keyClicks(window.editor.speaker.lineEdit(), "Tokajew")
    qtbot.keyClick(window.editor.speaker.lineEdit(), Qt.Key.Key_Tab)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_3)
    [s] = window.store.statements(window.document.id)
    assert (s.quote, window.store.speaker(s.speaker_id).name) == ("einen versuchten Staatsstreich", "Tokajew")
    assert window.store.stance(s.stance_id).label == "opposed"
    assert window.reader.highlight_colour_at(s.start) == window.store.stance(s.stance_id).colour
    model = window.list_model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Tokajew"
    assert model.index(0, 2).data() == "opposed"
    assert window.count_label.text() == "1 statements · 0 incomplete"

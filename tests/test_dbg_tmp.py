from PySide6.QtCore import Qt
from tests.conftest import mark
def test_dbg(window, qtbot):
    mark(window, qtbot, "Tokajew", "Tokajew", Qt.Key.Key_3)
    w=window
    w.reader.setFocus()
    w.reader.select_text("Putin")
    qtbot.keyClick(w.reader, Qt.Key.Key_Return)
    qtbot.keyClicks(w.focusWidget(), "Tok")
    popup = w.editor.speaker.completer().popup()
    print("popup", popup.isVisible(), "focus", w.focusWidget(), popup.currentIndex().row())
    qtbot.keyClick(w.focusWidget() if not popup.isVisible() else popup, Qt.Key.Key_Tab)
    print("after", w.focusWidget(), w.editor.speaker.currentText(), window.store.statements(1)[-1].speaker_id)

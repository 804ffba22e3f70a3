"""Keyboard details of the everyday flow: Tab takes the completion shown, Tab after a first statement goes to
the stances, Alt+Down opens the mode list, and the article keeps the cursor away from its edges."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication

from annotations.store import Store
from desktop.editor import field_of
from tests.conftest import SAMPLE_TEXT, mark


def speaker_of(window, statement) -> str | None:
    st = window.store.statement(statement.id)
    return window.store.speaker(st.speaker_id).name if st.speaker_id else None


def test_tab_takes_the_first_completion_shown(window, qtbot):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    st = mark(window, qtbot, "Putin")
    field = field_of(window.editor.speaker)
    qtbot.keyClicks(field, "tok")
    assert window.editor.speaker.completer().popup().isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert speaker_of(window, st) == "Tokajew"
    assert [s.name for s in window.store.speakers()] == ["Tokajew"]  # no speaker "tok"
    assert window.focusWidget() is window.editor.stance_buttons.buttons()[0]


def test_tab_takes_the_highlighted_completion(window, qtbot):
    for quote, name in (("einen versuchten Staatsstreich", "Tokajew"), ("Terroristen", "Kassym-Jomart Tokajew")):
        mark(window, qtbot, quote, name, Qt.Key.Key_3)
    st = mark(window, qtbot, "Putin")
    field = field_of(window.editor.speaker)
    qtbot.keyClicks(field, "tokajew")
    popup = window.editor.speaker.completer().popup()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert len(shown) == 2
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the second entry highlighted
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert speaker_of(window, st) == shown[1]


def test_a_new_name_is_kept_as_typed(window, qtbot):
    st = mark(window, qtbot, "Putin", "Wladimir Putin")
    assert speaker_of(window, st) == "Wladimir Putin"


def test_the_first_statement_of_a_fresh_project_tabs_to_the_stances(tmp_path, make_window, qtbot):
    store = Store.open(tmp_path / "fresh.standpoint")
    window = make_window(store)
    try:
        assert window.article_pane.currentWidget() is window.welcome
        QGuiApplication.clipboard().setText(SAMPLE_TEXT)
        qtbot.mouseClick(window.welcome.paste_button, Qt.MouseButton.LeftButton)
        window.reader.setFocus()
        st = mark(window, qtbot, "Tokajew", "Tokajew")
        assert window.focusWidget() is window.editor.stance_buttons.buttons()[0]
        assert window.focusWidget() not in (window.filter, window.search.query)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # on through the editor, not out of it
        assert window.editor.isAncestorOf(window.focusWidget())
        assert speaker_of(window, st) == "Tokajew"
    finally:
        store.close()


def test_alt_down_opens_the_mode_list_in_the_mode_field_and_steps_elsewhere(window, qtbot):
    first = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    mark(window, qtbot, "Putin", "Putin", Qt.Key.Key_2)
    window.statement_list.select_statement(first.id)
    for where in (window.statement_list, window.reader):
        where.setFocus()
        qtbot.keyClick(where, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Putin comes first in the text
        assert window.current_statement().id != first.id
        qtbot.keyClick(where, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert window.current_statement().id == first.id
    mode = window.editor.mode
    mode.setFocus()
    qtbot.keyClick(mode, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert mode.view().isVisible()
    assert window.current_statement().id == first.id
    mode.hidePopup()


def long_window(tmp_path, make_window):
    store = Store.open(tmp_path / "long.standpoint")
    from annotations.importers import document_from_text
    from annotations.importing import add_document

    with store.operation("Add"):
        add_document(store, document_from_text("\n\n".join([SAMPLE_TEXT] * 4), "Long"))
    window = make_window(store)
    window.resize(780, 560)
    return store, window


def lines_from_edges(reader) -> tuple[float, float]:
    height = QFontMetricsF(reader.font()).lineSpacing()
    rect = reader.cursorRect()
    return rect.top() / height, (reader.viewport().height() - rect.bottom()) / height


def test_the_cursor_moved_by_keyboard_stays_three_lines_from_the_edges(tmp_path, make_window, qtbot):
    store, window = long_window(tmp_path, make_window)
    try:
        reader = window.reader
        reader.setFocus()
        reader.scroll_to_top(len(SAMPLE_TEXT))
        for _ in range(60):
            qtbot.keyClick(reader, Qt.Key.Key_Down)
            above, below = lines_from_edges(reader)
            assert above >= 2.9 and below >= 2.9
        for _ in range(60):
            qtbot.keyClick(reader, Qt.Key.Key_Up)
            above, below = lines_from_edges(reader)
            assert above >= 2.9 and below >= 2.9
    finally:
        store.close()


def test_a_statement_selected_at_the_edge_is_brought_clear_of_it(tmp_path, make_window, qtbot):
    store, window = long_window(tmp_path, make_window)
    try:
        reader = window.reader
        at = len(SAMPLE_TEXT) * 2 + SAMPLE_TEXT.index("Tokajew")
        with store.operation("Mark"):
            st = store.add_statement(window.document.id, at, at + len("Tokajew"))
        qtbot.waitUntil(lambda: window.list_model.row_of(st.id) is not None)
        reader.scroll_to_top(at)  # the statement on the very first line
        window.statement_list.setFocus()
        window.statement_list.select_statement(st.id)
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader.map.to_utf16(at))
        height = QFontMetricsF(reader.font()).lineSpacing()
        assert reader.cursorRect(cursor).top() / height >= 2.9
    finally:
        store.close()

"""The article view: highlights, clicking, overlaps, scrolling, offsets beyond the BMP."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotations.store import Store
from tests.conftest import mark

MIXED = (
    "Erste Zeile 😀 mit Emoji.\n\n"
    "Zoë sagte: „Café am Meer“ 👩‍👩‍👧 ist schön.\n\n"
    "قال الرئيس إن الوضع مستقر — und 🇰🇿 Flagge.\n\n"
    "Noch e\u0301in Satz mit kombiniertem Akzent 🙂.\n"
)


def test_marking_text_with_emoji_combining_marks_and_arabic_stores_the_selected_text(project_path, make_window, qtbot):
    with Store.open(project_path) as store:
        doc = store.add_document("Mixed", MIXED)
        window = make_window(store, doc.id)
        for needle in ("„Café am Meer“ 👩‍👩‍👧", "الوضع مستقر", "🇰🇿 Flagge", "e\u0301in Satz", "Akzent 🙂"):
            window.reader.setFocus()
            window.reader.select_text(needle)
            # what Qt itself has selected, read back from the widget in UTF-16
            assert window.reader.textCursor().selectedText() == needle
            qtbot.keyClick(window.reader, Qt.Key.Key_Return)
            st = window.current_statement()
            assert st.quote == needle == MIXED[st.start : st.end]
            assert window.reader.highlight_colour_at(st.start) == "#9e9e9e"
            assert window.reader.highlight_colour_at(st.end - 1) == "#9e9e9e"
        assert window.reader.highlight_colour_at(MIXED.index("Erste")) is None
        window.close()


def test_clicking_a_highlight_selects_its_statement_and_repeated_clicks_cycle_overlaps(window, qtbot):
    outer = mark(window, qtbot, "sein Land habe \"einen versuchten Staatsstreich\" überstanden", "Tokajew", Qt.Key.Key_2)
    inner = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    other = mark(window, qtbot, "Putin hatte letzte Woche Fallschirmjäger geschickt", "Reporter", Qt.Key.Key_2)
    window.statement_list.select_statement(other.id)
    point = window.reader.point_at(inner.start + 3)

    def click():
        # separate clicks, as a reader makes them: QTest's event clock must pass the double-click interval
        qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point,
                         delay=QApplication.doubleClickInterval() + 50)

    click()
    assert window.current_statement().id == inner.id  # the most specific first
    click()
    assert window.current_statement().id == outer.id
    click()
    assert window.current_statement().id == inner.id
    # the overlap shows: the inner statement's colour wins, with an underline
    assert window.reader.highlight_colour_at(inner.start) == window.store.stance(inner.stance_id).colour
    assert window.reader.highlight_colour_at(outer.start) == window.store.stance(outer.stance_id).colour


def test_selecting_in_the_panel_scrolls_the_article_to_the_statement(window, qtbot):
    window.resize(900, 400)
    last = mark(window, qtbot, "Dann planten sie, die Hauptstadt einzunehmen", "Tokajew", Qt.Key.Key_3)
    first = mark(window, qtbot, "In Kasachstans größter Stadt Almaty", "Reporter", Qt.Key.Key_2)
    window.statement_list.select_statement(first.id)
    top = window.reader.verticalScrollBar().value()
    window.statement_list.select_statement(last.id)
    assert window.reader.verticalScrollBar().value() > top
    rect = window.reader.cursorRect()
    assert window.reader.viewport().rect().contains(rect.center())


def test_colour_by_speaker_toggle(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.user_actions.by_speaker.trigger()
    assert window.reader.highlight_colour_at(st.start) == window.store.speaker(st.speaker_id).colour
    window.user_actions.by_speaker.trigger()
    assert window.reader.highlight_colour_at(st.start) == window.store.stance(st.stance_id).colour


def test_heading_is_shown_bold_and_larger(window):
    fmt = window.reader.format_at(window.document.text.index("TAKEOVER"))
    assert fmt.fontWeight() > 500 and fmt.fontPointSize() > window.reader.font().pointSizeF()


def test_zoom_keys_change_the_reading_size(window, qtbot):
    size = window.reader.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.font().pointSizeF() < size


def test_changing_a_span_follows_the_new_selection_and_undoes(window, qtbot):
    st = mark(window, qtbot, "versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.reader.select_text("einen versuchten Staatsstreich")
    window.user_actions.set_span.trigger()
    moved = window.store.statement(st.id)
    assert moved.quote == "einen versuchten Staatsstreich"
    assert window.list_model.index(0, 0).data() == "einen versuchten Staatsstreich"
    window.user_actions.undo.trigger()
    assert window.store.statement(st.id).quote == "versuchten Staatsstreich"
    assert window.reader.highlight_colour_at(moved.start) is None


def test_the_reading_column_keeps_its_width_whatever_the_window_did(window, qtbot):
    from PySide6.QtGui import QFontMetricsF

    from desktop.reader import READING_WIDTH_CHARS

    reader = window.reader

    def column() -> float:
        margins = reader.viewportMargins()
        return reader.width() - margins.left() - margins.right() - reader.verticalScrollBar().sizeHint().width()

    measure = QFontMetricsF(reader.font()).averageCharWidth() * READING_WIDTH_CHARS
    widths = []
    for size in (1360, 1920, 2400, 1360, 1920):
        window.resize(size, 800)
        qtbot.wait(20)
        widths.append(column())
    assert all(abs(w - measure) <= 2 for w in widths), (measure, widths)


def test_colouring_by_speaker_shows_each_speakers_colour_in_the_list(window, qtbot):
    putin = mark(window, qtbot, "Terroristen, Kriminelle, Plünderer", "Putin", Qt.Key.Key_3)
    model, row = window.list_model, window.list_model.row_of(putin.id)

    def chip():
        return model.index(row, 1).data(Qt.ItemDataRole.DecorationRole)

    assert chip() is None
    window.user_actions.by_speaker.trigger()
    colour = window.store.speaker(window.store.statement(putin.id).speaker_id).colour
    assert chip() is not None and window.reader.highlight_colour_at(putin.start) == colour
    assert chip().pixmap(12, 12).toImage().pixelColor(6, 6).name() == colour
    window.user_actions.by_speaker.trigger()
    assert chip() is None

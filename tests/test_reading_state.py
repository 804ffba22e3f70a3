"""Reopening a project puts the reader back: document, reading position, current statement, filter, panes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotations.importers import document_from_text
from annotations.importing import add_document
from annotations.store import Store
from tests.conftest import SAMPLE_TEXT, mark


def long_document(store: Store) -> int:
    with store.operation("Add"):
        doc = add_document(store, document_from_text("\n\n".join([SAMPLE_TEXT] * 4), "Long"))
    return doc.id


def open_window(store: Store, make_window, document_id: int | None = None):
    window = make_window(store, document_id)
    # Inside the offscreen screen (800x600): a larger window comes back clamped, and its text wraps anew.
    window.resize(780, 560)
    return window


def reopen(window, make_window, qtbot):
    path = window.store.path
    window.close()
    assert window.store.closed
    store = Store.open(path)
    again = open_window(store, make_window)
    qtbot.waitUntil(lambda: not again.reading_state.scrolling_back)
    return again


def test_reopening_restores_document_position_statement_filter_and_panes(store, make_window, qtbot):
    long_id = long_document(store)
    window = open_window(store, make_window)
    window.documents.open_document(long_id)
    st = mark(window, qtbot, "Tokajew", "Tokajew", Qt.Key.Key_2, occurrence=5)
    qtbot.keyClicks(window.filter, "tokajew")
    window.reader.scroll_to_top(len(SAMPLE_TEXT) * 2 + 100)
    top = window.reader.top_position()
    assert top > len(SAMPLE_TEXT)
    window.splitter.setSizes([500, 280])
    sizes = window.splitter.sizes()

    again = reopen(window, make_window, qtbot)
    try:
        assert again.document.id == long_id
        assert again.reader.top_position() == top
        assert again.current_statement().id == st.id and again.editor.speaker.currentText() == "Tokajew"
        assert again.filter.text() == "tokajew"
        assert again.splitter.sizes() == sizes
    finally:
        again.store.close()


def test_each_document_keeps_its_own_position(store, make_window, qtbot):
    long_id = long_document(store)
    first = store.document_ids()[0]
    window = open_window(store, make_window)
    window.documents.open_document(long_id)
    window.reader.scroll_to_top(len(SAMPLE_TEXT) * 3)
    long_top = window.reader.top_position()
    window.documents.open_document(first)
    window.reader.scroll_to_top(len(SAMPLE_TEXT) // 2)
    first_top = window.reader.top_position()
    again = reopen(window, make_window, qtbot)
    try:
        assert (again.document.id, again.reader.top_position()) == (first, first_top)
        again.documents.open_document(long_id)
        assert again.reader.top_position() == long_top
    finally:
        again.store.close()


def test_an_article_opened_by_name_wins_over_the_one_read_last(store, make_window, qtbot, tmp_path):
    long_id = long_document(store)
    first = store.document_ids()[0]
    window = open_window(store, make_window)
    window.documents.open_document(long_id)
    path = store.path
    window.close()
    again = open_window(Store.open(path), make_window, first)
    try:
        assert again.document.id == first
    finally:
        again.store.close()


def test_a_project_remembers_nothing_of_another(store, make_window, qtbot, tmp_path):
    window = open_window(store, make_window)
    qtbot.keyClicks(window.filter, "putin")
    window.close()
    other = Store.open(tmp_path / "other.standpoint")
    w2 = open_window(other, make_window)
    try:
        assert w2.filter.text() == "" and w2.document is None
    finally:
        other.close()

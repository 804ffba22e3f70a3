"""Suggestions in the window: outlined in the article, listed in the side panel, decided with one key, undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from annotations.store import Store
from tests.dump import dump


def suggest(window, qtbot):
    qtbot.keyClick(window.reader, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    return window.suggestions_pane


def test_suggest_lists_outlines_and_goes_to_the_first(window, qtbot):
    window.reader.setFocus()
    pane = suggest(window, qtbot)
    assert pane.isVisible() and pane.list.hasFocus()
    assert pane.heading.text() == f"Suggestions: {pane.list.count()}" and pane.list.count() >= 10
    first = pane.current()
    assert pane.list.item(0).text().startswith("Putin · quote · sagte")
    assert (first.start, first.end) in window.reader.outlines.spans
    assert window.reader.outlines.current == (window.reader.map.to_utf16(first.start), window.reader.map.to_utf16(first.end))
    assert window.store.statements() == []  # proposals are not statements until accepted


def test_enter_accepts_with_speaker_and_mode_then_the_stance_key_finishes_it(window, qtbot):
    pane = suggest(window, qtbot)
    first, second = pane.suggestions[:2]
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    [st] = window.store.statements()
    assert (st.quote, window.store.speaker(st.speaker_id).name, st.mode) == (first.quote, "Putin", "direct")
    assert window.current_statement().id == st.id
    assert pane.current() == second and first not in pane.suggestions
    assert window.reader.highlight_colour_at(st.start) is not None  # now a filled highlight, no longer an outline
    qtbot.keyClick(pane.list, Qt.Key.Key_3)
    assert window.store.stance(window.store.statement(st.id).stance_id).label == "opposed"


def test_delete_rejects_and_a_rejected_suggestion_stays_away_after_reopening(window, qtbot, make_window, project_path):
    pane = suggest(window, qtbot)
    rejected = pane.current()
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert rejected not in pane.suggestions and window.store.statements() == []
    assert window.user_actions.undo.text().startswith("&Undo Reject “")
    window.close()
    reopened = make_window(Store.open(project_path))
    pane = suggest(reopened, qtbot)
    assert rejected.quote not in [s.quote for s in pane.suggestions]


def test_undo_brings_a_suggestion_back_exactly(window, qtbot):
    before = dump(window.store)
    pane = suggest(window, qtbot)
    count = pane.list.count()
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    qtbot.keyClick(pane.list, Qt.Key.Key_Delete)
    assert pane.list.count() == count - 2
    window.project.undo()
    window.project.undo()
    assert pane.list.count() == count
    assert dump(window.store) == before
    window.project.redo()
    assert len(window.store.statements()) == 1 and pane.list.count() == count - 1


def test_accept_all_is_one_step_and_next_previous_move_through_the_article(window, qtbot):
    pane = suggest(window, qtbot)
    count = pane.list.count()
    qtbot.keyClick(window.reader, Qt.Key.Key_F9)
    assert pane.list.currentRow() == 1
    qtbot.keyClick(window.reader, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    assert pane.list.currentRow() == 0
    window.user_actions.accept_all_suggestions.trigger()
    assert len(window.store.statements()) == count and pane.list.count() == 0
    assert pane.heading.text() == "No more suggestions in this document"
    assert window.user_actions.undo.text().startswith(f"&Undo Accept {count} suggestions")
    window.project.undo()
    assert window.store.statements() == [] and pane.list.count() == count


@pytest.fixture
def two_documents(store, make_window):
    """A window on the sample, and a second document with one quote in it."""
    from annotations.importing import import_paths

    other = store.path.parent / "other.txt"
    other.write_text("„Wir streiken weiter“, sagte die Sprecherin der Gewerkschaft.", encoding="utf-8")
    import_paths(store, [other])
    window = make_window(store)
    first_doc, second_doc = store.document_ids()
    window.documents.open_document(first_doc)
    return window, first_doc, second_doc


def test_suggestions_follow_the_document_shown(two_documents, qtbot):
    window, first_doc, second_doc = two_documents
    pane = suggest(window, qtbot)
    assert pane.list.count() > 1
    window.documents.open_document(second_doc)
    assert not pane.isVisible() and window.reader.outlines.spans == []
    suggest(window, qtbot)
    assert [s.quote for s in pane.suggestions] == ["Wir streiken weiter"]
    window.documents.open_document(first_doc)
    assert pane.isVisible() and pane.list.count() > 1


def test_a_read_only_window_lists_suggestions_but_cannot_accept(store, make_window, project_path, qtbot):
    make_window(store)
    reader = make_window(Store.open(project_path, read_only=True))
    pane = suggest(reader, qtbot)
    assert pane.list.count() > 0
    reader.suggestions.accept()
    reader.suggestions.reject()
    assert reader.store.statements() == [] and reader.store.rejected_quotes(reader.document.id) == set()


def test_suggest_in_all_documents_finds_them_in_each(two_documents):
    window, _first_doc, second_doc = two_documents
    window.user_actions.suggest_everywhere.trigger()
    count = window.suggestions_pane.list.count()
    assert window.statusBar().currentMessage().startswith(f"{count + 1} suggested in 2 of 2 documents")
    window.documents.open_document(second_doc)
    assert [s.quote for s in window.suggestions_pane.suggestions] == ["Wir streiken weiter"]
    assert window.suggestions_pane.isVisible()


def test_clicking_an_outlined_proposal_makes_it_current_for_enter(window, qtbot):
    pane = suggest(window, qtbot)
    third = pane.suggestions[3]
    window.reader.reveal(third.start)
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=window.reader.point_at(third.start + 2))
    assert pane.current() == third and pane.list.hasFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    assert [st.quote for st in window.store.statements()] == [third.quote]

"""The core story: mark, tag speaker and stance without the mouse, see it, undo it, reopen it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar

from annotations.store import Store
from tests.conftest import mark


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
    assert window.count_label.text() == "1 statement · 0 incomplete"
    # the stance key hands the keyboard back to the article for the next statement
    assert window.reader.hasFocus()


def test_a_partial_selection_snaps_to_whole_words(window, qtbot):
    text = window.document.text
    at = text.index("versuchten Staatsstreich")
    window.reader.select_span(at + 3, at + 14)  # "suchten Sta"
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    assert window.current_statement().quote == "versuchten Staatsstreich"


def test_an_existing_speaker_is_found_by_alias(make_window, qtbot, store):
    store.add_speaker("Kassym-Jomart Tokajew", aliases=["Tokayev", "der kasachische Präsident"])
    window = make_window(store)
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "tokayev", Qt.Key.Key_1)
    assert store.speaker(st.speaker_id).name == "Kassym-Jomart Tokajew"
    assert len(store.speakers()) == 1


def test_undo_and_redo_walk_back_every_step(window, qtbot):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    stack = window.project.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Mark “einen versuchten Staatsstreich”",
        "Set speaker of “einen versuchten Staatsstreich” to Tokajew",
        "Set stance of “einen versuchten Staatsstreich” to opposed",
    ]
    assert window.user_actions.undo.text() == "&Undo Set stance of “einen versuchten Staatsstreich” to opposed"
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar.widgetForAction(window.user_actions.undo).text() == "Undo"  # steady, however long the label
    assert toolbar.widgetForAction(window.user_actions.undo).toolTip().startswith("Undo Set stance of")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [s] = window.store.statements(window.document.id)
    assert s.stance_id is None and window.list_model.index(0, 2).data() == "—"
    assert window.reader.highlight_colour_at(s.start) == "#9e9e9e"  # untagged grey
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.statements(window.document.id)[0].speaker_id is None
    assert window.store.speakers() == []  # the speaker typed in was created by that step
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.statements(window.document.id) == []
    assert window.list_model.rowCount() == 0
    assert window.reader.highlight_colour_at(s.start) is None
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [again] = window.store.statements(window.document.id)
    assert (again.id, again.quote, window.store.speaker(again.speaker_id).name) == (s.id, s.quote, "Tokajew")
    assert window.reader.highlight_colour_at(s.start) == window.store.stance(again.stance_id).colour


def test_work_survives_closing_and_reopening(store, make_window, qtbot, project_path):
    window = make_window(store)
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    mark(window, qtbot, "Terroristen, Kriminelle, Plünderer", "Putin", Qt.Key.Key_3)
    window.close()
    store.close()
    with Store.open(project_path) as reopened:
        again = make_window(reopened)
        rows = [(again.list_model.index(r, 0).data(), again.list_model.index(r, 1).data(),
                 again.list_model.index(r, 2).data()) for r in range(again.list_model.rowCount())]  # fmt: skip
        assert rows == [
            ("Terroristen, Kriminelle, Plünderer", "Putin", "opposed"),
            ("einen versuchten Staatsstreich", "Tokajew", "opposed"),
        ]
        st = reopened.statements()[1]
        assert again.reader.highlight_colour_at(st.start) == reopened.stance(st.stance_id).colour
        again.close()


def test_delete_key_removes_the_statement_and_undo_brings_it_back(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.statement_list.setFocus()
    qtbot.keyClick(window.statement_list, Qt.Key.Key_Delete)
    assert window.store.statements(window.document.id) == []
    assert window.count_label.text() == "0 statements · 0 incomplete"
    window.user_actions.undo.trigger()
    assert window.store.statements(window.document.id)[0].id == st.id
    assert window.list_model.rowCount() == 1


def test_incomplete_statements_are_marked_in_the_list(window, qtbot):
    mark(window, qtbot, "einen versuchten Staatsstreich")
    index = window.list_model.index(0, 0)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning sign
    assert "Incomplete: no speaker and no stance" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.count_label.text() == "1 statement · 1 incomplete"


def test_f8_jumps_to_the_next_incomplete_statement(window, qtbot):
    mark(window, qtbot, "In Kasachstans größter Stadt Almaty", "Reporter", Qt.Key.Key_2)
    gap = mark(window, qtbot, "einen versuchten Staatsstreich")
    window.statement_list.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.current_statement().id == gap.id
    assert window.editor.speaker.lineEdit().hasFocus()

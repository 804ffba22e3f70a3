"""Speakers and the stance scheme: every change visible at once and undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.dialogs.scheme import SchemeDialog
from desktop.dialogs.speakers import SpeakersDialog
from tests.conftest import mark


def _dialog(cls, window, qtbot):
    d = cls(window.project, window)
    qtbot.addWidget(d)
    d.show()
    return d


def test_rename_and_alias_a_speaker(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    d = _dialog(SpeakersDialog, window, qtbot)
    d.select("Tokajew")
    d.name.setText("Kassym-Jomart Tokajew")
    d.name.editingFinished.emit()
    d.aliases.setText("Tokayev, der kasachische Präsident")
    d.aliases.editingFinished.emit()
    assert window.list_model.index(0, 1).data() == "Kassym-Jomart Tokajew"
    assert window.store.speaker(st.speaker_id).aliases == ("Tokayev", "der kasachische Präsident")
    window.user_actions.undo.trigger()
    window.user_actions.undo.trigger()
    assert window.list_model.index(0, 1).data() == "Tokajew"
    assert d.name.text() == "Tokajew"


def test_merge_two_speakers_moves_their_statements_and_undo_splits_them(window, qtbot):
    a = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    b = mark(window, qtbot, "Dann planten sie, die Hauptstadt einzunehmen", "Tokayev", Qt.Key.Key_3)
    d = _dialog(SpeakersDialog, window, qtbot)
    d.select("Tokayev")
    d.merge_selected(into="Tokajew")
    store = window.store
    [speaker] = store.speakers()
    assert (speaker.name, speaker.aliases) == ("Tokajew", ("Tokayev",))
    assert {store.statement(a.id).speaker_id, store.statement(b.id).speaker_id} == {speaker.id}
    assert window.editor.speaker.names.stringList() == ["Tokajew", "Tokayev"]
    window.user_actions.undo.trigger()
    assert sorted(s.name for s in store.speakers()) == ["Tokajew", "Tokayev"]
    assert store.speaker(store.statement(b.id).speaker_id).name == "Tokayev"
    assert store.speaker(store.statement(a.id).speaker_id).aliases == ()


def test_deleting_a_speaker_keeps_the_statements_and_undo_restores(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    d = _dialog(SpeakersDialog, window, qtbot)
    d.select("Tokajew")
    d.delete_selected(confirm=False)
    assert window.store.statement(st.id).speaker_id is None
    assert window.count_label.text() == "1 statement · 1 incomplete"
    window.user_actions.undo.trigger()
    assert window.store.speaker(window.store.statement(st.id).speaker_id).name == "Tokajew"


def test_speaker_colour_change_recolours_highlights_by_speaker(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.user_actions.by_speaker.trigger()
    d = _dialog(SpeakersDialog, window, qtbot)
    d.select("Tokajew")
    d._set_colour("#123456")
    assert window.reader.highlight_colour_at(st.start) == "#123456"


def test_stance_scheme_add_rename_recolour_reorder_and_keys(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    d = _dialog(SchemeDialog, window, qtbot)
    d.add_stance("ironic")
    assert [s.label for s in window.store.stances()][-1] == "ironic"
    assert window.store.find_stance("ironic").key == "5"
    assert [b.text() for b in window.editor.stance_buttons.buttons()][-1] == "5  ironic"
    d.select("opposed")
    d.label.setText("critical")
    d.label.editingFinished.emit()
    d._set_colour("#aa0000")
    assert window.list_model.index(0, 2).data() == "critical"
    assert window.reader.highlight_colour_at(st.start) == "#aa0000"
    d.move_selected(-1)
    assert [s.label for s in window.store.stances()][:3] == ["supportive", "critical", "neutral"]
    # giving "ironic" key 3 takes it from "critical", as the key list says beforehand
    d.select("ironic")
    assert d.key.itemText(3) == "3   (now critical)" and d.key.itemText(5) == "5"
    d._set_key(3)
    assert window.store.find_stance("ironic").key == "3" and window.store.find_stance("critical").key == ""
    assert window.project.undo_stack.undoText() == "Set key of ironic to 3 (from critical)"
    window.reader.setFocus()
    window.statement_list.select_statement(st.id)
    qtbot.keyClick(window.statement_list, Qt.Key.Key_3)
    assert window.store.statement(st.id).stance_id == window.store.find_stance("ironic").id
    for _ in range(6):
        window.user_actions.undo.trigger()
    assert [(s.label, s.key) for s in window.store.stances()] == [
        ("supportive", "1"), ("neutral", "2"), ("opposed", "3"), ("unclear", "4")]
    assert window.store.statement(st.id).stance_id == window.store.find_stance("opposed").id


def test_deleting_a_stance_clears_it_from_statements_and_undo_restores(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    d = _dialog(SchemeDialog, window, qtbot)
    d.select("opposed")
    d.delete_selected(confirm=False)
    assert window.store.statement(st.id).stance_id is None
    assert len(window.editor.stance_buttons.buttons()) == 3
    window.user_actions.undo.trigger()
    assert window.store.stance(window.store.statement(st.id).stance_id).label == "opposed"


def test_dialogs_are_freed_after_they_close(window, qtbot, monkeypatch):
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    for _ in range(3):
        for action in (window.user_actions.speakers, window.user_actions.scheme, window.user_actions.export,
                       window.user_actions.shortcuts_help, window.user_actions.properties):  # fmt: skip
            action.trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []  # none is left listening to the project


def test_undo_reaches_back_a_thousand_steps_and_no_further(window):
    from annotations.store import Store
    from desktop.project import UNDO_STEPS

    doc = window.document
    for n in range(UNDO_STEPS + 5):
        window.project.run(f"Step {n}", Store.add_statement, doc.id, n, n + 3)
    stack = window.project.undo_stack
    assert stack.count() == UNDO_STEPS  # the oldest steps were let go, so memory stays bounded
    while stack.canUndo():
        window.user_actions.undo.trigger()
    assert len(window.store.statements()) == 5  # the five oldest stay: their steps are gone

"""Target, mode and note of the current statement; the note preview shows HTML as text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import mark


def test_target_is_created_by_typing_and_offered_again(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.statement_list.select_statement(st.id)
    window.editor.target.setFocus()
    qtbot.keyClicks(window.editor.target.lineEdit(), "die Proteste")
    qtbot.keyClick(window.editor.target.lineEdit(), Qt.Key.Key_Tab)
    assert window.store.target(window.store.statement(st.id).target_id).name == "die Proteste"
    assert window.editor.target.findText("die Proteste") >= 0


def test_mode_is_chosen_from_the_list(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.statement_list.select_statement(st.id)
    window.editor.mode.setCurrentIndex(window.editor.mode.findData("indirect"))
    window.editor.mode.activated.emit(window.editor.mode.currentIndex())
    assert window.store.statement(st.id).mode == "indirect"
    window.user_actions.undo.trigger()
    assert window.store.statement(st.id).mode == ""
    assert window.editor.mode.currentData() == ""


def test_note_is_saved_when_focus_leaves_and_preview_escapes_html(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.statement_list.select_statement(st.id)
    window.editor.note.setFocus()
    qtbot.keyClicks(window.editor.note, "**Framing** as a coup <script>alert(1)</script>")
    window.statement_list.setFocus()
    assert window.store.statement(st.id).note == "**Framing** as a coup <script>alert(1)</script>"
    window.editor.note_tabs.setCurrentIndex(1)
    html = window.editor.preview.toHtml()
    assert "Framing" in html and "<script>" not in html
    assert "&lt;script&gt;" in html or "<script>" not in window.editor.preview.toPlainText()
    assert "<script>alert(1)</script>" in window.editor.preview.toPlainText()


def test_note_typing_pauses_are_saved_without_leaving_the_field(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.statement_list.select_statement(st.id)
    window.editor.note.setFocus()
    qtbot.keyClicks(window.editor.note, "Kernaussage")
    qtbot.waitUntil(lambda: window.store.statement(st.id).note == "Kernaussage", timeout=3000)


def test_digits_typed_into_a_note_do_not_change_the_stance(window, qtbot):
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    window.statement_list.select_statement(st.id)
    window.editor.note.setFocus()
    qtbot.keyClicks(window.editor.note, "1 2 4")
    window.editor.flush()
    saved = window.store.statement(st.id)
    assert saved.note == "1 2 4" and window.store.stance(saved.stance_id).label == "opposed"


def test_filter_narrows_the_list(window, qtbot):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    mark(window, qtbot, "Terroristen, Kriminelle, Plünderer", "Putin", Qt.Key.Key_3)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter.hasFocus()
    qtbot.keyClicks(window.filter, "putin")
    assert [window.list_model.index(r, 1).data() for r in range(window.list_model.rowCount())] == ["Putin"]
    window.filter.clear()
    assert window.list_model.rowCount() == 2


def test_filter_follows_typing_back_and_forth_and_renamed_speakers(window, qtbot):
    coup = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    mark(window, qtbot, "Terroristen, Kriminelle, Plünderer", "Putin", Qt.Key.Key_3)
    window.user_actions.find.trigger()

    def shown() -> list[str]:
        return [window.list_model.index(r, 1).data() for r in range(window.list_model.rowCount())]

    qtbot.keyClicks(window.filter, "t")
    assert sorted(shown()) == ["Putin", "Tokajew"]
    qtbot.keyClicks(window.filter, "okajew staats")  # narrows: both words must occur
    assert shown() == ["Tokajew"]
    for _ in "staats":
        qtbot.keyClick(window.filter, Qt.Key.Key_Backspace)  # widening searches everything again
    qtbot.keyClicks(window.filter, "PLÜNDER")  # case-folded: "tokajew plünder" matches nothing
    assert shown() == []
    window.filter.setText("präsident")
    assert shown() == []
    from desktop.commands.names import update_speaker

    speaker = window.store.speaker(window.store.statement(coup.id).speaker_id)
    window.project.push(update_speaker(window.project, speaker, "Rename speaker", name="Präsident Tokajew"))
    assert shown() == ["Präsident Tokajew"]


def test_labels_cut_long_quotes_between_words():
    from desktop.commands import excerpt

    assert excerpt("Die Polizei durchsuchte Autos an Kontrollpunkten") == "Die Polizei durchsuchte Autos…"
    assert excerpt("kurz") == "kurz"
    assert excerpt("Donaudampfschifffahrtsgesellschaftskapitän sagte") == "Donaudampfschifffahrtsgesells…"

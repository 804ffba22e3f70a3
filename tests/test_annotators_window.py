"""Annotators in the window: the name asked once and kept in the settings, carried by every statement made
there; the layer switcher and the Annotator column; File > Merge… with its review of near speakers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotations.store import Store
from desktop.annotators import PreferencesDialog, annotator_name
from desktop.merging import SpeakerReviewDialog, merge_into
from tests.conftest import mark
from tests.dump import dump


def _at(store: Store, quote: str, annotator: str, **fields) -> int:
    doc = store.document(store.document_ids()[0])
    start = doc.text.index(quote)
    return store.add_statement(doc.id, start, start + len(quote), annotator=annotator, **fields).id


def test_the_first_use_bar_asks_once_and_marking_carries_the_name(window, qtbot, make_window, store):
    bar = window.annotator_prompt
    assert bar.isVisible() and bar.field.text() == annotator_name(window.settings)
    bar.field.setText("Alice")
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and window.annotator == "Alice"
    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    assert window.store.statement(st.id).annotator == "Alice"


def test_skipping_keeps_the_login_name_and_preferences_change_it(window, qtbot):
    from desktop.annotators import default_name

    qtbot.mouseClick(window.annotator_prompt.skip_button, Qt.MouseButton.LeftButton)
    assert not window.annotator_prompt.isVisible() and window.annotator == default_name()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Bea")
    dialog.accept()
    assert window.annotator == "Bea"
    st = mark(window, qtbot, "Terroristen, Kriminelle, Plünderer")
    assert window.store.statement(st.id).annotator == "Bea"


def test_accepting_a_suggestion_carries_the_name(window, qtbot):
    window.annotator_prompt.field.setText("Carla")
    window.annotator_prompt.save()
    qtbot.keyClick(window.reader, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.suggestions_pane.list, Qt.Key.Key_Return)
    [st] = window.store.statements()
    assert st.annotator == "Carla"


def test_the_layer_switcher_shows_one_annotator_several_or_all(store, make_window, qtbot):
    a = _at(store, "einen versuchten Staatsstreich", "alice")
    b = _at(store, "Terroristen, Kriminelle, Plünderer", "bob")
    c = _at(store, "Reinigungskräfte entfernten Trümmer", "")
    window = make_window(store)
    model, reader = window.list_model, window.reader
    assert not window.statement_list.isColumnHidden(3)  # several annotators: the column says whose each is
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Annotator"
    assert {model.data(model.index(r, 3)) for r in range(model.rowCount())} == {"alice", "bob", "—"}
    assert window.layer_button.annotators == ["", "alice", "bob"] and window.layer_button.text() == "Annotators: all"
    window.layer_button.set_shown(frozenset({"alice"}))
    assert [model.statement_at(r).id for r in range(model.rowCount())] == [a]
    assert reader.index.span(a) is not None and reader.index.span(b) is None and reader.index.span(c) is None
    assert window.layer_button.text() == "Annotator: alice"
    assert window.count_label.text().endswith("· 1 by the annotators shown")
    window.filter.setText("bob")  # the filter works within the layer
    assert model.rowCount() == 0
    window.filter.clear()
    window.layer_button._toggle("bob", True)
    assert {model.statement_at(r).id for r in range(model.rowCount())} == {a, b}
    assert reader.index.span(b) is not None
    # What one marks is shown, whatever the layer: the mark's annotator joins it.
    window.settings.setValue("annotator/name", "dora")
    window.layer_button.set_shown(frozenset({"alice"}))
    st = mark(window, qtbot, "Putin")
    assert st is not None and st.annotator == "dora" and model.layer == frozenset({"alice", "dora"})
    assert reader.index.span(st.id) is not None
    window.layer_button.set_shown(None)
    assert model.rowCount() == 4 and reader.index.span(c) is not None


def test_one_annotator_hides_the_column(store, make_window):
    _at(store, "einen versuchten Staatsstreich", "alice")
    window = make_window(store)
    assert window.statement_list.isColumnHidden(3)


def test_merge_in_the_window_is_one_undo_step_with_a_review_of_near_speakers(store, make_window, qtbot, tmp_path):
    store.find_or_add_speaker("Tokajew")
    other_path = tmp_path / "bob.standpoint"
    with Store.open(other_path) as bob:
        doc = bob.add_document("Bobs Titel", store.document_text(store.document_ids()[0]))
        start = doc.text.index("einen versuchten Staatsstreich")
        bob.add_statement(doc.id, start, start + 10, annotator="bob", speaker_id=bob.find_or_add_speaker("Tokajev").id)
    window = make_window(store)
    before = dump(window.store)
    asked = []

    def review(matches):
        asked.extend(matches)
        return {m.name.casefold(): m.speaker_id for m in matches}

    assert merge_into(window, [other_path], review=review)
    assert [(m.name, m.speaker_name) for m in asked] == [("Tokajev", "Tokajew")]
    [st] = window.store.statements()
    assert st.annotator == "bob" and window.store.speaker(st.speaker_id).name == "Tokajew"
    assert window.list_model.rowCount() == 1 and window.reader.index.span(st.id) is not None
    assert window.user_actions.undo.text() == "&Undo Merge “bob.standpoint”"
    window.project.undo()
    assert dump(window.store) == before and window.list_model.rowCount() == 0
    window.project.redo()
    assert len(window.store.statements()) == 1


def test_cancelling_the_review_merges_nothing(store, make_window, tmp_path):
    store.find_or_add_speaker("Tokajew")
    other_path = tmp_path / "bob.standpoint"
    with Store.open(other_path) as bob:
        doc = bob.add_document("T", store.document_text(store.document_ids()[0]))
        bob.add_statement(doc.id, 0, 5, annotator="bob", speaker_id=bob.find_or_add_speaker("Tokajev").id)
    window = make_window(store)
    before = dump(window.store)
    assert not merge_into(window, [other_path], review=lambda matches: None)
    assert dump(window.store) == before


def test_the_review_dialog_joins_a_name_to_one_speaker_at_most(qtbot):
    from annotations.merging import SpeakerMatch

    matches = [SpeakerMatch("Merkel", 1, "Angela Merkel", "one name holds the other"),
               SpeakerMatch("Merkel", 2, "Merkl", "differ by 1 letter"),
               SpeakerMatch("Scholz", 3, "Schulz", "differ by 1 letter")]  # fmt: skip
    dialog = SpeakerReviewDialog(matches)
    qtbot.addWidget(dialog)
    assert dialog.joined() == {}
    dialog.set_joined(0, True)
    dialog.set_joined(1, True)
    dialog.set_joined(2, True)
    assert dialog.joined() == {"merkel": 2, "scholz": 3}


def test_merging_a_shared_folder_in_the_window_says_what_failed(store, make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from annotations.exporters.per_annotator import export_per_annotator

    with Store.open(tmp_path / "bob.standpoint") as bob:
        doc = bob.add_document("T", store.document_text(store.document_ids()[0]))
        bob.add_statement(doc.id, 0, 5, annotator="bob")
        bob.add_statement(doc.id, 10, 20, annotator="carol")
        export_per_annotator(bob, tmp_path / "shared")
    (tmp_path / "shared" / "broken.json").write_text("{not json", encoding="utf-8")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))
    window = make_window(store)
    before = dump(window.store)
    assert merge_into(window, [tmp_path / "shared"])
    assert sorted(s.annotator for s in window.store.statements()) == ["bob", "carol"]
    assert len(said) == 1 and "broken.json" in said[0]
    assert window.layer_button.annotators == ["bob", "carol"] and not window.statement_list.isColumnHidden(3)
    window.project.undo()
    assert dump(window.store) == before


def test_a_hidden_statement_that_moves_is_highlighted_where_it_is_now(store, make_window):
    from desktop.commands import statements as commands

    a = _at(store, "einen versuchten Staatsstreich", "alice")
    b = _at(store, "Terroristen, Kriminelle, Plünderer", "bob")
    window = make_window(store)
    window.layer_button.set_shown(frozenset({"alice"}))
    window.layer_button.set_shown(None)  # both spans known to the article now
    window.layer_button.set_shown(frozenset({"alice"}))
    moved = window.store.statement(b)
    assert window.project.push(commands.set_span(window.project, moved, moved.start, moved.start + 11, "Terroristen"))
    assert window.reader.index.span(b) is None  # still hidden
    window.layer_button.set_shown(None)
    span = window.reader.index.span(b)
    assert span is not None and (span.start, span.end) == (window.reader.map.to_utf16(moved.start),
                                                           window.reader.map.to_utf16(moved.start + 11))
    assert window.reader.index.span(a) is not None

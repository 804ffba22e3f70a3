"""A document's statements as columns (what opening it reads), and the list and highlights built on them
among many statements: rows and highlights stay right through marking, editing, deleting, undo and redo."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt

from annotations.model import Statement
from annotations.store import Store
from annotations.store.columns import StatementColumns
from annotations.wording import counted
from desktop.reader import UNTAGGED_COLOUR

TEXT = "Der Minister sagte, alles sei ruhig. 🙂 Die Opposition widersprach heftig, 👍🏽 ganz und gar.\n"


def _order(statements) -> list[int]:
    return [s.id for s in sorted(statements, key=lambda s: (s.start, s.end, s.id))]


def test_columns_hold_a_documents_statements_in_reading_order(tmp_path):
    with Store.open(tmp_path / "p.standpoint") as store:
        doc = store.add_document("Bericht", TEXT).id
        store.add_document("Anderes", TEXT)  # its statements stay out
        speaker = store.add_speaker("Minister").id
        stance = store.stances()[0].id
        store.add_statement(doc, 39, 72, annotator="ben", note="gut belegt")
        store.add_statement(doc, 4, 12, speaker_id=speaker, stance_id=stance, annotator="anna")
        store.add_statement(doc, 4, 18, stance_id=stance)
        store.add_statement(doc, 0, 12, speaker_id=speaker)
        store.add_statement(doc + 1, 0, 3)
        full = store.statements(doc)
        columns = store.statement_columns(doc)
        assert columns.ids == [s.id for s in full] == _order(full)
        assert (columns.starts, columns.ends) == ([s.start for s in full], [s.end for s in full])
        assert columns.speaker_ids == [s.speaker_id for s in full]
        assert columns.stance_ids == [s.stance_id for s in full]
        assert columns.annotators == [s.annotator for s in full]
        assert [columns.head(i) for i in range(len(columns))] == full  # the rest read when asked for
        # Speaker and stance with the same id are one object in Python: still complete.
        assert columns.incomplete_count() == sum(not s.complete for s in full) == store.count_statements(doc)[1]
        assert store.statement_texts(doc)[full[-1].id] == (TEXT[39:72], "gut belegt")
        assert len(store.statement_columns(999)) == 0


def test_columns_find_add_and_remove_statements_keeping_the_order():
    rng = random.Random(7)
    columns, held = StatementColumns(), {}
    for step in range(600):
        if held and rng.random() < 0.35:
            gone = rng.choice(list(held))
            i = columns.position(gone)
            assert i is not None and columns.ids[i] == gone
            columns.delete(i)
            del held[gone]
        else:
            start = rng.randrange(0, 40)  # many statements share a start
            st = Statement(step + 1, 1, start, start + rng.randrange(1, 5), "", stance_id=rng.choice([None, 1, 2]))
            columns.insert(st)
            held[st.id] = st
        if step == 100:  # from here on the map by id is made, and kept as statements come and go
            assert all(i in columns for i in held)
    assert columns.ids == _order(held.values())
    assert all(columns.position(i) == columns.ids.index(i) for i in held)
    assert columns.position(10_000) is None
    kept = columns.where([i % 2 for i in columns.ids])
    assert kept.ids == [i for i in columns.ids if i % 2]
    shifted = columns.converted(lambda offsets: [o + 100 for o in offsets])
    assert shifted.starts == [s + 100 for s in columns.starts] and shifted.ids is not columns.ids


def _many(store: Store, count: int) -> int:
    """The sample article with `count` statements of two annotators spread over it, a third without a stance."""
    doc = store.document(store.document_ids()[0])
    stances = [s.id for s in store.stances()]
    speaker = store.add_speaker("Tokajew").id
    rng = random.Random(3)
    marks = []
    for n in range(count):
        start = rng.randrange(0, len(doc.text) - 80)
        while doc.text[start].isspace():
            start += 1
        end = start + rng.randrange(5, 60)
        while doc.text[end - 1].isspace():
            end -= 1
        marks.append((start, end, {"annotator": "anna" if n % 2 else "ben", "speaker_id": speaker,
                                   "stance_id": None if n % 3 == 0 else rng.choice(stances)}))  # fmt: skip
    with store.operation("Build"):
        store.add_statements(doc.id, marks)
    return doc.id


def _shows_what_the_file_holds(window, annotators: frozenset[str] | None = None, words: str = "") -> None:
    store, doc = window.store, window.document
    stored = store.statements(doc.id)
    stances = {s.id: s for s in store.stances()}
    shown = [s for s in stored if annotators is None or s.annotator in annotators]
    listed = [s for s in shown if all(w in (s.quote + "\n" + s.note).casefold() for w in words.split())]
    model = window.list_model
    assert [model.statement_at(r).id for r in range(model.rowCount())] == [s.id for s in listed]
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        stances[s.stance_id].label if s.stance_id else "—" for s in listed]  # fmt: skip
    assert all(model.row_of(s.id) == r for r, s in enumerate(listed))
    assert window.reader.index.ids_in_order() == [s.id for s in shown]
    for s in shown[:: max(1, len(shown) // 50)]:
        assert window.reader.colour_of(s.id) == (stances[s.stance_id].colour if s.stance_id else UNTAGGED_COLOUR)
    incomplete = sum(not s.complete for s in stored)
    assert window.count_label.text().startswith(f"{counted(len(stored), 'statement')} · {incomplete} incomplete")


def test_marking_tagging_deleting_and_undoing_among_many_statements(store, make_window, qtbot):
    doc = _many(store, 3000)
    window = make_window(store, doc)
    window.annotator_prompt.field.setText("anna")
    window.annotator_prompt.save()
    _shows_what_the_file_holds(window)
    model, reader = window.list_model, window.reader
    reader.setFocus()
    reader.select_text("einen versuchten Staatsstreich")
    qtbot.keyClick(reader, Qt.Key.Key_Return)
    made = window.current_statement()
    assert made is not None and made.quote == "einen versuchten Staatsstreich"
    assert model.statement_at(model.row_of(made.id)).id == made.id
    window.statements.set_stance(store.stances()[2].id)
    assert reader.highlight_colour_at(made.start + 3) is not None
    _shows_what_the_file_holds(window)
    window.statement_list.selectRow(10)
    gone = window.current_statement()
    window.user_actions.delete.trigger()
    assert model.row_of(gone.id) is None and gone.id not in reader.index
    _shows_what_the_file_holds(window)
    stack = window.project.undo_stack
    for _ in range(3):
        stack.undo()
        _shows_what_the_file_holds(window)
    assert model.row_of(made.id) is None and made.id not in reader.index
    for _ in range(3):
        stack.redo()
        _shows_what_the_file_holds(window)
    assert window.reader.colour_of(made.id) == store.stances()[2].colour


def test_a_layer_and_a_filter_follow_changes_among_many_statements(store, make_window, qtbot):
    doc = _many(store, 2000)
    window = make_window(store, doc)
    window.annotator_prompt.field.setText("anna")
    window.annotator_prompt.save()
    window.layer_button.set_shown(frozenset({"anna"}))
    _shows_what_the_file_holds(window, frozenset({"anna"}))
    window.filter.setText("regierung")
    _shows_what_the_file_holds(window, frozenset({"anna"}), "regierung")
    window.reader.setFocus()
    window.reader.select_text("Regierung")
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    made = window.current_statement()
    assert made is not None and made.annotator == "anna"
    _shows_what_the_file_holds(window, frozenset({"anna"}), "regierung")
    window.project.undo_stack.undo()
    _shows_what_the_file_holds(window, frozenset({"anna"}), "regierung")
    window.filter.setText("")
    window.layer_button.set_shown(None)
    window.project.undo_stack.redo()
    _shows_what_the_file_holds(window)

"""Opening a document reads only what the list and highlights need; the rest follows when asked for."""

from __future__ import annotations

import sqlite3

from annotations.offsets import Utf16Map
from annotations.search import search
from annotations.store import Store
from annotations.store.statements import StatementHead


def _doc_with_statements(store: Store) -> int:
    doc = store.add_document("Bericht", "Der Minister sagte, alles sei ruhig. 🙂 Die Opposition widersprach heftig.\n")
    speaker = store.add_speaker("Minister").id
    store.add_statement(doc.id, 4, 12, speaker_id=speaker, note="gut belegt", annotator="anna")
    store.add_statement(doc.id, 39, 72, mode="", cue="widersprach", annotator="ben", status="proposed")
    store.add_statement(doc.id, 0, 12)
    return doc.id


def test_statement_heads_equal_the_statements_and_read_the_rest_when_asked(tmp_path):
    with Store.open(tmp_path / "p.standpoint") as store:
        doc = _doc_with_statements(store)
        full = store.statements(doc)
        heads = store.statement_heads(doc)
        assert all(type(h) is StatementHead for h in heads)
        assert [h.id for h in heads] == [s.id for s in full]  # reading order
        assert "quote" not in heads[0].__dict__ and "cue" not in heads[0].__dict__
        assert heads == full  # every field, read as compared
        assert [(h.quote, h.note, h.cue, h.status, h.annotator) for h in heads] == [
            (s.quote, s.note, s.cue, s.status, s.annotator) for s in full]


def test_filling_reads_quotes_and_notes_at_once_and_a_deleted_statement_gives_defaults(tmp_path):
    with Store.open(tmp_path / "p.standpoint") as store:
        doc = _doc_with_statements(store)
        heads = store.statement_heads(doc)
        gone = heads[-1]
        store.delete_statement(gone.id)
        store.fill_statements(heads)
        assert all("quote" in h.__dict__ for h in heads)
        assert "cue" not in heads[0].__dict__  # the other fields still wait
        assert gone.quote == "" and gone.note == ""
        kept = {s.id: s for s in store.statements(doc)}
        assert [(h.quote, h.note) for h in heads[:-1]] == [(kept[h.id].quote, kept[h.id].note) for h in heads[:-1]]


def test_a_head_read_after_its_project_closed_gives_defaults(tmp_path):
    store = Store.open(tmp_path / "p.standpoint")
    doc = _doc_with_statements(store)
    head = store.statement_heads(doc)[0]
    store.close()
    assert head.quote == "" and head.status == "confirmed"


def test_many_offsets_convert_to_utf16_as_one_by_one():
    text = "a🙂b😀😀c" * 50
    m = Utf16Map(text)
    offsets = list(range(len(text) + 1))
    assert m.to_utf16_many(offsets) == [m.to_utf16(o) for o in offsets]
    plain = Utf16Map("abc")
    same = [0, 1, 3]
    assert plain.to_utf16_many(same) is same


def test_a_new_project_has_the_covering_indexes(tmp_path):
    with Store.open(tmp_path / "p.standpoint"):
        pass
    conn = sqlite3.connect(tmp_path / "p.standpoint")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    plan = " ".join(r[3] for r in conn.execute(
        'EXPLAIN QUERY PLAN SELECT id, start, "end", speaker_id, stance_id, annotator, anchored FROM statements'
        ' WHERE document_id = 1 ORDER BY start, "end", id'))  # fmt: skip
    conn.close()
    assert {"statements_in_order", "documents_in_order"} <= names and "statements_by_position" not in names
    assert "COVERING INDEX statements_in_order" in plan and "TEMP B-TREE" not in plan


def test_library_counts_include_documents_without_statements(tmp_path):
    with Store.open(tmp_path / "p.standpoint") as store:
        doc = _doc_with_statements(store)
        empty = store.add_document("Leer", "Nichts markiert.\n").id
        summaries = store.document_summaries()
        assert summaries == [(doc, "Bericht", 3, 3), (empty, "Leer", 0, 0)]


def test_text_hits_across_many_documents_keep_the_project_order(tmp_path):
    with Store.open(tmp_path / "p.standpoint") as store:
        ids = [store.add_document(f"Artikel {i}", f"Artikel {i}: Soldaten zogen ab.\n").id for i in range(150)]
        hits = search(store, "Soldaten")
        assert [h.document_id for h in hits] == ids
        assert len(search(store, "Soldaten", limit=70)) == 70


def test_the_window_shows_quotes_of_heads_and_filters_by_note(store, make_window):
    doc = _doc_with_statements(store)
    window = make_window(store, doc)
    model = window.list_model
    assert model.rowCount() == 3
    assert all(type(s) is StatementHead for s in model.statements())
    assert [model.index(r, 0).data() for r in range(3)] == [s.quote for s in store.statements(doc)]
    window.filter.setText("belegt")
    assert [model.statement_at(r).note for r in range(model.rowCount())] == ["gut belegt"]
    window.filter.setText("")
    assert model.incomplete == 3 and model.annotators() and set(model.annotator_counts) == {"anna", "ben", ""}

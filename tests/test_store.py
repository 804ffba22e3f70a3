"""The Store against a real file: create, edit, delete, reopen, and a project made from an empty file."""

from __future__ import annotations

import sqlite3

import pytest

from annotations.errors import InvalidSpan, NotFound
from annotations.schema import APPLICATION_ID, SCHEMA_VERSION
from annotations.store import Store

TEXT = "Tokajew sprach von einem Putschversuch. Putin nannte die Demonstranten „Terroristen 😀“."


def test_a_statement_is_created_edited_and_survives_reopening(tmp_path):
    path = tmp_path / "work.standpoint"
    with Store.open(path) as store:
        doc = store.add_document("Almaty", TEXT, author="Reuters")
        start, end = TEXT.index("Putin"), len(TEXT) - 1
        st = store.add_statement(doc.id, start, end, mode="direct")
        tokajew = store.find_or_add_speaker("Tokajew")
        opposed = store.find_stance("opposed")
        store.update_statement(st.id, speaker_id=tokajew.id, stance_id=opposed.id, note="*Framing*")
    with Store.open(path) as store:
        (again,) = store.statements(doc.id)
        assert again.quote == TEXT[start:end]
        assert (again.speaker_id, again.stance_id, again.mode, again.note) == (
            tokajew.id, opposed.id, "direct", "*Framing*")  # fmt: skip
        assert again.complete and store.count_statements(doc.id) == (1, 0)
        assert store.document(doc.id).author == "Reuters"


def test_offsets_are_code_points_and_the_quote_is_kept_with_its_context(store):
    doc = store.add_document("Emoji", TEXT)
    start = TEXT.index("„")
    st = store.add_statement(doc.id, start, start + len("„Terroristen 😀“"))
    assert st.quote == "„Terroristen 😀“"
    assert TEXT.endswith(st.quote + st.suffix) and (st.prefix + st.quote) in TEXT


def test_deleting_and_undoing_a_statement_keeps_its_id_and_fields(store):
    doc = store.add_document("Almaty", TEXT)
    st = store.add_statement(doc.id, 0, 7, note="keep me")
    op = store.run("Delete", lambda s: s.delete_statement(st.id))
    assert store.statements(doc.id) == [] and op.result == st
    with pytest.raises(NotFound):
        store.statement(st.id)
    store.apply(op.undo)
    assert store.statement(st.id) == st


def test_merging_speakers_moves_statements_and_keeps_names_as_aliases(store):
    doc = store.add_document("Almaty", TEXT)
    a = store.add_statement(doc.id, 0, 7, speaker_id=store.find_or_add_speaker("Tokajew").id)
    b = store.add_statement(doc.id, 40, 45, speaker_id=store.find_or_add_speaker("Tokayev").id)
    keep, gone = store.find_speaker("Tokajew"), store.find_speaker("Tokayev")
    assert sorted(store.merge_speakers(keep.id, gone.id)) == [b.id]
    assert {s.speaker_id for s in store.statements(doc.id)} == {keep.id}
    assert store.find_speaker("Tokayev").id == keep.id  # the old name still finds the speaker
    assert store.statement(a.id).speaker_id == keep.id


def test_a_blank_span_or_one_outside_the_text_is_refused(store):
    doc = store.add_document("Almaty", TEXT)
    for start, end in ((7, 8), (5, 5), (-1, 3), (0, len(TEXT) + 1)):
        with pytest.raises(InvalidSpan):
            store.add_statement(doc.id, start, end)
    assert store.statements(doc.id) == []


def test_a_new_file_becomes_a_project_at_the_current_schema(tmp_path):
    path = tmp_path / "new.standpoint"  # an existing empty file is refused: test_an_empty_file_is_refused_not_adopted
    with Store.open(path) as store:
        assert {"supportive", "opposed"} <= {s.label for s in store.stances()}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_the_file_is_readable_with_sqlite_utils(tmp_path):
    path = tmp_path / "work.standpoint"
    with Store.open(path) as store:
        doc = store.add_document("Almaty", TEXT)
        store.add_statement(doc.id, 0, 7, speaker_id=store.find_or_add_speaker("Tokajew").id)
        rows = list(store.db.utils()["statement_view"].rows)
    assert [(r["quote"], r["speaker"], r["document"]) for r in rows] == [("Tokajew", "Tokajew", "Almaty")]


def test_full_text_search_finds_quotes_and_notes(store):
    doc = store.add_document("Almaty", TEXT)
    st = store.add_statement(doc.id, 0, 7, note="Putschversuch als Rahmung")
    store.add_statement(doc.id, TEXT.index("Putin"), TEXT.index("Putin") + 5)
    assert [s.id for s in store.search_statements("Rahmung")] == [st.id]
    assert [s.quote for s in store.search_statements("tokajew")] == ["Tokajew"]


def test_a_document_without_statements_has_none_incomplete(store):
    marked = store.add_document("Almaty", TEXT)
    store.add_statement(marked.id, 0, 7)
    empty = store.add_document("Leer", "Noch nichts markiert.")
    summaries = {doc_id: (total, incomplete) for doc_id, _title, total, incomplete in store.document_summaries()}
    assert summaries[marked.id] == (1, 1) and summaries[empty.id] == (0, 0)


def test_a_project_from_before_suggestions_and_the_covering_index_is_brought_up_to_date(tmp_path):
    """A schema-2 file (no rejected_suggestions table, statements_by_position index) opens with its work."""
    from annotations import schema

    path = tmp_path / "older.standpoint"
    conn = sqlite3.connect(path)
    with conn:
        for migrate in schema.MIGRATIONS[:2]:
            migrate(conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 2")
        conn.execute("INSERT INTO documents(title, text, created, updated) VALUES ('Alt', ?, 'x', 'x')", (TEXT,))
        conn.execute("INSERT INTO statements(document_id, start, \"end\", quote, created, updated)"
                     " VALUES (1, 0, 6, ?, 'x', 'x')", (TEXT[:6],))  # fmt: skip
    conn.close()
    with Store.open(path) as store:
        assert [s.quote for s in store.statements()] == [TEXT[:6]]
        assert store.rejected_quotes(1) == set()
        indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"statements_in_order", "documents_in_order", "rejected_suggestions_by_document"} <= indexes
        assert "statements_by_position" not in indexes
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()

"""The operation layer: every change is one transaction, reports what it changed, and undoes exactly.

After sqlite-utils' table of mutators: each change method commits alone, nests inside an outer
operation, rolls back whole on error, and its undo gives back every row of every table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from annotations import operations
from annotations.errors import InvalidText, ProjectError
from annotations.importing import add_sources, pasted_source
from annotations.merging import merge_sources, read_merge_sources
from annotations.model import Block
from annotations.reanchoring import replace_document_text
from annotations.store import OutsideOperation, Store
from tests.dump import dump
from tests.exports_fixture import fill


def _at(store: Store, quote: str) -> tuple[int, int, int]:
    doc_id = store.document_ids()[0]
    start = store.document_text(doc_id).index(quote)
    return doc_id, start, start + len(quote)


def _first(store: Store):
    """The statement on "einen versuchten Staatsstreich": speaker, stance, target, mode and a note."""
    return next(st for st in store.statements() if st.quote == "einen versuchten Staatsstreich")


def _speaker(store: Store, name: str):
    return store.find_speaker(name)


MUTATORS = {
    "add_document": lambda s: s.add_document("Neu", "Ein neuer Text.\r\nZweite Zeile.", [Block("paragraph", 0, 15)]),
    "update_document": lambda s: s.update_document(s.document_ids()[0], title="Umbenannt", author="AP"),
    "delete_document": lambda s: s.delete_document(s.document_ids()[0]),
    "write_blocks": lambda s: s.write_blocks(s.document_ids()[0], [Block("heading", 0, 5, 1)], 10),
    "add_speaker": lambda s: s.add_speaker("Lawrow", aliases=["Lavrov"], description="Außenminister"),
    "find_or_add_speaker": lambda s: s.find_or_add_speaker("Neuer Sprecher"),
    "update_speaker": lambda s: s.update_speaker(_speaker(s, "Tokajew").id, name="K.-J. Tokajew", colour="#123456"),
    "merge_speakers": lambda s: s.merge_speakers(_speaker(s, "Tokajew").id, _speaker(s, "Putin").id),
    "delete_speaker": lambda s: s.delete_speaker(_speaker(s, "Tokajew").id),
    "add_stance": lambda s: s.add_stance("ironic", "#aa00aa", "1"),  # takes key 1 from "supportive"
    "update_stance": lambda s: s.update_stance(s.find_stance("neutral").id, label="balanced", key="3"),
    "reorder_stances": lambda s: s.reorder_stances([st.id for st in reversed(s.stances())]),
    "delete_stance": lambda s: s.delete_stance(s.find_stance("opposed").id),
    "find_or_add_target": lambda s: s.find_or_add_target("die OVKS"),
    "add_statement": lambda s: s.add_statement(*_at(s, "Dann planten sie"), note="neu"),
    "update_statement": lambda s: s.update_statement(_first(s).id, mode="reported", cue="sagte", status="suggested"),
    "set_speaker": lambda s: s.set_speaker(_first(s).id, None),
    "set_stance": lambda s: s.set_stance(_first(s).id, s.find_stance("neutral").id),
    "set_target": lambda s: s.set_target(_first(s).id, None),
    "set_note": lambda s: s.set_note(_first(s).id, "Eine **neue** Notiz 😀"),
    "set_span": lambda s: s.set_span(_first(s).id, *_at(s, "versuchten Staatsstreich")[1:]),
    "delete_statement": lambda s: s.delete_statement(_first(s).id),
    "delete_statements": lambda s: s.delete_statements([st.id for st in s.statements()]),
    "set_setting": lambda s: s.set_setting("project_uuid", "00000000-0000-0000-0000-000000000000"),
    "remember_external_id": lambda s: s.remember_external_id("urn:uuid:x", "document", 1),
    "remember_external_ids": lambda s: s.remember_external_ids([("urn:uuid:x", "document", 1), ("urn:uuid:y", "speaker", 1)]),
    "merge_sources": lambda s: merge_sources(s, read_merge_sources([_other_project(s)])),
    "copy_statements": lambda s: s.copy_statements([replace(st, annotator="bob", note="copied")
                                                    for st in s.statements()[:2]]),
    "add_statements": lambda s: s.add_statements(s.document_ids()[0], [
        (*_at(s, "Dann planten sie")[1:], {"note": "neu", "created": "2020-01-01T00:00:00Z"}),
        (*_at(s, "einen versuchten Staatsstreich")[1:], {"speaker_id": _speaker(s, "Putin").id})]),
    "replace_document_text": lambda s: replace_document_text(s, s.document_ids()[0], "Vorwort.\n\n" + s.document_text(1)),
    "set_speaker_by_name": lambda s: operations.set_speaker_by_name(s, _first(s).id, "Ganz Neu"),
    "set_target_by_name": lambda s: operations.set_target_by_name(s, _first(s).id, "Neues Ziel"),
    "import": lambda s: add_sources(s, [pasted_source("Eingefügt\n\nText aus der Zwischenablage.")]),
    "reject_suggestion": lambda s: s.reject_suggestion(s.document_ids()[0], 10, 20, "ein Zitat"),
    "forget_rejections": lambda s: s.forget_rejections(s.document_ids()[0]),
    "accept_suggestions": lambda s: operations.accept_suggestions(
        s, s.document_ids()[0], operations.suggestions_for(s, s.document_ids()[0])),
    "reject_suggestions": lambda s: operations.reject_suggestions(
        s, s.document_ids()[0], operations.suggestions_for(s, s.document_ids()[0])[:3]),
    "adjudicate": lambda s: operations.adjudicate(s, _first(s).id, {"speaker": "Schiedsrichterin", "target": "Neu",
                                                                    "stance_id": None, "mode": "indirect"}),
}


def _other_project(s: Store):
    """A colleague's project beside this one: the same article with statements of their own, and one article more."""
    path = s.path.with_name("colleague.standpoint")
    if not path.exists():
        with Store.open(path, backup=False) as other:
            doc = other.add_document("Anders betitelt", s.document_text(s.document_ids()[0]))
            start = doc.text.index("einen versuchten Staatsstreich")
            other.add_statement(doc.id, start, start + 10, annotator="bob", note="Bobs",
                                speaker_id=other.find_or_add_speaker("Tokayev").id)  # fmt: skip
            other.add_statement(other.add_document("Neu", "Ein ganz neuer Text.").id, 4, 9, annotator="bob",
                                stance_id=other.add_stance("ironisch", "#123456").id)  # fmt: skip
    return path


@pytest.fixture
def filled(store):
    fill(store)
    store.reject_suggestion(store.document_ids()[0], 0, 2, "In")  # something for forget_rejections to forget
    return store


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_a_change_alone_is_one_operation_whose_undo_and_redo_are_exact(filled, name):
    reported = []
    filled.listeners.append(reported.append)
    before = dump(filled)
    MUTATORS[name](filled)
    after = dump(filled)
    assert after != before
    [op] = reported  # one operation, however many rows it wrote
    assert op.changes
    undone = filled.apply(op.undo)
    assert dump(filled) == before
    filled.apply(undone.undo)
    assert dump(filled) == after


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_a_change_nests_in_an_outer_operation_and_rolls_back_with_it(filled, name):
    reported = []
    filled.listeners.append(reported.append)
    before = dump(filled)
    with pytest.raises(RuntimeError, match="later step failed"), filled.operation("Outer"):
        MUTATORS[name](filled)
        filled.add_speaker("Noch einer")
        raise RuntimeError("a later step failed")
    assert dump(filled) == before and reported == []
    with filled.operation("Outer") as op:
        MUTATORS[name](filled)
        filled.add_speaker("Noch einer")
    assert reported == [op]
    filled.apply(op.undo)
    assert dump(filled) == before


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_outside_an_operation_a_strict_store_refuses_and_changes_nothing(filled, name):
    filled.require_operations = True
    before = dump(filled)
    with pytest.raises(OutsideOperation):
        MUTATORS[name](filled)
    assert dump(filled) == before


def test_the_change_record_names_what_changed(filled):
    doc_id = filled.document_ids()[0]
    tokajew = filled.find_speaker("Tokajew")
    moved = filled.statements(speaker_id=tokajew.id)
    op = filled.run("Delete speaker", lambda s: s.delete_speaker(tokajew.id))
    assert op.changes.speakers == {tokajew.id}
    assert op.changes.statements == {doc_id: {st.id for st in moved}}  # their speaker was cleared by SQLite
    assert not (op.changes.documents or op.changes.stances or op.changes.targets or op.changes.texts)
    op = filled.run("Replace", lambda s: replace_document_text(s, doc_id, "Vorwort.\n\n" + s.document_text(doc_id)))
    assert op.changes.texts == {doc_id} and set(op.changes.statements) == {doc_id}


def test_deleting_many_statements_is_one_commit(filled):
    doc = filled.document(filled.document_ids()[0])
    ids = [filled.add_statement(doc.id, i, i + 3).id for i in range(0, 900, 3)]
    commits = []
    filled.db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None)
    operations.delete_statements(filled, ids)
    filled.db.conn.set_trace_callback(None)
    assert len(commits) == 1 and filled.statements(doc.id) == [s for s in filled.statements(doc.id) if s.id not in ids]


def test_a_full_disk_fails_the_whole_change_and_leaves_no_trace_in_later_undo(filled):
    before = dump(filled)
    pages = filled.db.execute("PRAGMA page_count").fetchone()[0]
    filled.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: a full disk
    big = "x" * 200_000
    with (pytest.raises(ProjectError, match="disk holding work.standpoint is full"),
          filled.operation("Paste a long note")):
        filled.add_speaker("Vorher")
        filled.set_note(_first(filled).id, big)
    filled.db.execute("PRAGMA max_page_count = 1073741823")
    assert dump(filled) == before
    op = filled.run("Add", lambda s: s.add_speaker("Danach"))
    assert op.changes.speakers == {filled.find_speaker("Danach").id}  # nothing of the failed change
    filled.apply(op.undo)
    assert dump(filled) == before


def test_a_lone_surrogate_is_refused_with_a_message(filled):
    before = dump(filled)
    with pytest.raises(InvalidText, match="lone UTF-16 surrogate"):
        filled.set_note(_first(filled).id, "kaputt \ud800 hier")
    with pytest.raises(InvalidText):
        filled.add_document("Titel \udfff", "Text")
    assert dump(filled) == before


def test_a_read_only_store_refuses_every_change(project_path, filled):
    with Store.open(project_path, read_only=True) as viewer, pytest.raises(ProjectError, match="open read-only"):
        viewer.add_speaker("Niemand")


def test_a_patch_that_no_longer_fits_is_refused_whole(filled):
    op = filled.run("Delete", lambda s: s.delete_speaker(_speaker(s, "Tokajew").id))
    filled.apply(op.undo)
    before = dump(filled)
    with pytest.raises(sqlite3.IntegrityError):
        filled.apply(op.undo)  # the speaker is back already: putting it back twice cannot be done
    assert dump(filled) == before


@pytest.mark.parametrize("before, after", [((10, 20), (30, 40)), ((30, 40), (10, 20))])
def test_a_span_moved_past_itself_undoes_and_redoes(store, sample_doc, before, after):
    """Start and end change in one UPDATE; put back one at a time, one order breaks end > start."""
    st = store.add_statement(sample_doc.id, *before)
    op = store.run("Change span", lambda s: s.set_span(st.id, *after))
    undone = store.apply(op.undo)
    assert (store.statement(st.id).start, store.statement(st.id).end) == before
    store.apply(undone.undo)
    assert (store.statement(st.id).start, store.statement(st.id).end) == after

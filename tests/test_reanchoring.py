"""A newer version of a document: statements follow their quotes, and none is lost."""

import pytest

from annotations.errors import InvalidSpan
from annotations.model import Block
from annotations.reanchoring import replace_document_text, unanchored_statements
from annotations.store import Store

TEXT = "Erster Satz 😀. Der Minister sagte: „Alles ist ruhig.“ Danach e\u0301in Satz mit Akzent. Ende."


def _mark(store, doc_id, text, quote):
    start = text.index(quote)
    return store.add_statement(doc_id, start, start + len(quote))


def test_statements_follow_inserted_changed_and_deleted_text(project_path):
    with Store.open(project_path) as store:
        doc = store.add_document("v1", TEXT)
        calm = _mark(store, doc.id, TEXT, "„Alles ist ruhig.“")
        accent = _mark(store, doc.id, TEXT, "e\u0301in Satz mit Akzent")
        first = _mark(store, doc.id, TEXT, "Erster Satz 😀")
        gone = _mark(store, doc.id, TEXT, "Ende")
        new = ("Neu eingefügt 🎉 vorweg. Erster Satz 😀. Der Minister sagte: „Alles ist ruhig.“ "
               "Danach e\u0301in Satz mit dem Akzent. Schluss.")
        report = replace_document_text(store, doc.id, new)
        assert report.kept == [] and sorted(report.moved) == sorted([calm.id, first.id])
        assert report.fuzzy == [accent.id] and report.unplaced == [gone.id]
        for st in store.statements(doc.id):
            if st.anchored:
                assert new[st.start : st.end] == st.quote
        assert store.statement(calm.id).quote == "„Alles ist ruhig.“"
        assert store.statement(accent.id).quote == "e\u0301in Satz mit dem Akzent"  # the changed quote, placed
        flagged = store.statement(gone.id)
        assert (flagged.anchored, flagged.quote) == (False, "Ende")  # kept, with its old quote, and flagged
        assert 0 <= flagged.start <= flagged.end <= len(new)
        assert len(store.statements(doc.id)) == 4
        assert "could not be found" in report.summary()


def _offsets(store, doc_id):
    return {st.id: (st.start, st.end, st.quote, st.anchored) for st in store.statements(doc_id)}


def test_inserting_a_sentence_with_emoji_moves_statements_by_code_points(project_path):
    text = "Einleitung. Der Minister sagte: „Alles ist ruhig.“ Schluss."
    with Store.open(project_path) as store:
        doc = store.add_document("v1", text)
        calm = _mark(store, doc.id, text, "„Alles ist ruhig.“")
        before = store.statement(calm.id)
        new = "👩🏽‍⚕️ Neu. " + text  # an emoji sequence of five code points
        report = replace_document_text(store, doc.id, new)
        after = store.statement(calm.id)
        assert report.moved == [calm.id] and report.fuzzy == report.unplaced == []
        assert after.start == before.start + len("👩🏽‍⚕️ Neu. ") and new[after.start : after.end] == after.quote
        assert after.prefix.endswith("Der Minister sagte: ") and after.anchored


def test_changing_a_word_inside_a_statement_with_combining_accents_places_it_by_similarity(project_path):
    text = "Vorher. Der Re\u0301gisseur sagte, die Lage sei vo\u0308llig ruhig und sicher. Nachher."
    with Store.open(project_path) as store:
        doc = store.add_document("v1", text)
        st = _mark(store, doc.id, text, "die Lage sei vo\u0308llig ruhig und sicher")
        new = text.replace("vo\u0308llig", "ganz")
        report = replace_document_text(store, doc.id, new)
        placed = store.statement(st.id)
        assert report.fuzzy == [st.id]
        assert placed.quote == "die Lage sei ganz ruhig und sicher" == new[placed.start : placed.end]
        assert placed.anchored


def test_deleting_a_statement_keeps_it_flagged_with_its_old_quote(project_path):
    text = "Erster Absatz bleibt.\n\nDer Sprecher erklärte, man habe nichts gewusst.\n\nLetzter Absatz bleibt."
    with Store.open(project_path) as store:
        doc = store.add_document("v1", text)
        gone = _mark(store, doc.id, text, "man habe nichts gewusst")
        store.set_note(gone.id, "wichtig")
        stays = _mark(store, doc.id, text, "Letzter Absatz")
        new = "Erster Absatz bleibt.\n\nLetzter Absatz bleibt."
        report = replace_document_text(store, doc.id, new)
        assert report.unplaced == [gone.id] and report.moved == [stays.id]
        [flagged] = unanchored_statements(store, doc.id)
        assert (flagged.id, flagged.quote, flagged.note, flagged.anchored) == (gone.id, "man habe nichts gewusst",
                                                                              "wichtig", False)  # fmt: skip
        assert 0 <= flagged.start <= flagged.end <= len(new)
        # The old version comes back: the flagged statement is found again by its kept quote and context.
        report = replace_document_text(store, doc.id, text)
        assert gone.id in report.moved and unanchored_statements(store, doc.id) == []
        assert _offsets(store, doc.id)[gone.id] == (gone.start, gone.end, gone.quote, True)


def test_a_repeated_phrase_is_found_again_at_the_right_occurrence(project_path):
    text = "Er sagte: „Nein.“ Sie fragte nach. Er sagte: „Nein.“ Dann ging er."
    with Store.open(project_path) as store:
        doc = store.add_document("v1", text)
        second = text.index("„Nein.“", text.index("Sie fragte"))
        st = store.add_statement(doc.id, second, second + len("„Nein.“"))
        new = "Zuerst: „Nein.“ Ganz neu. " + text
        replace_document_text(store, doc.id, new)
        moved = store.statement(st.id)
        assert new[moved.start - 30 : moved.start].endswith("Sie fragte nach. Er sagte: ")


def test_nothing_changes_when_the_new_blocks_do_not_fit(project_path):
    text = "Der Minister sagte: „Alles ist ruhig.“"
    with Store.open(project_path) as store:
        doc = store.add_document("v1", text, [Block("paragraph", 0, len(text))])
        _mark(store, doc.id, text, "„Alles ist ruhig.“")
        before = (store.document(doc.id), _offsets(store, doc.id))
        with pytest.raises(InvalidSpan, match="not changed"):
            replace_document_text(store, doc.id, "Kurz.", [Block("paragraph", 0, 99)])
        assert (store.document(doc.id), _offsets(store, doc.id)) == before


def test_the_same_text_keeps_every_statement_and_new_blocks_replace_the_old(project_path):
    text = "Titel\n\nDer Minister sagte: „Alles ist ruhig.“"
    with Store.open(project_path) as store:
        doc = store.add_document("v1", text)
        st = _mark(store, doc.id, text, "„Alles ist ruhig.“")
        report = replace_document_text(store, doc.id, text.replace("\n", "\r\n"), [Block("heading", 0, 5, 1)])
        assert report.kept == [st.id] and store.statement(st.id).updated == st.updated
        assert store.document(doc.id).blocks == (Block("heading", 0, 5, 1),)
        assert store.document(doc.id).text == text

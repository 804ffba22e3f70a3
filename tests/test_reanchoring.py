"""A newer version of a document: statements follow their quotes, and none is lost."""

from annotations.reanchoring import replace_document_text
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

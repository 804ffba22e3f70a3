"""Search over quotes, notes and document text, with filters."""

from annotations.search import Filters, search


def _mark(store, doc, quote, speaker=None, stance=None, note="", mode=""):
    at = doc.text.index(quote)
    return store.add_statement(
        doc.id, at, at + len(quote), note=note, mode=mode,
        speaker_id=store.find_or_add_speaker(speaker).id if speaker else None,
        stance_id=store.find_stance(stance).id if stance else None,
    )  # fmt: skip


def test_words_find_statements_by_quote_and_note_with_umlauts_folded(store, sample_doc):
    a = _mark(store, sample_doc, "einen versuchten Staatsstreich", "Tokajew", "opposed", note="Putschnarrativ")
    b = _mark(store, sample_doc, "Terroristen, Kriminelle, Plünderer", "Putin", "opposed")
    assert [h.statement_id for h in search(store, "staatsstr") if h.kind == "statement"] == [a.id]
    assert [h.statement_id for h in search(store, "putschnarr") if h.kind == "statement"] == [a.id]
    assert [h.statement_id for h in search(store, "plunderer") if h.kind == "statement"] == [b.id]


def test_text_hits_point_at_the_passage(store, sample_doc):
    hits = [h for h in search(store, "Fallschirmjäger geschickt") if h.kind == "text"]
    [hit] = hits
    assert sample_doc.text[hit.start : hit.end] == "Fallschirmjäger geschickt"
    assert "Fallschirmjäger geschickt" in hit.snippet
    # The context is cut between words: each word of the snippet is a word of the text.
    words = set(sample_doc.text.split())
    assert all(w in words for w in hit.snippet.strip("…").split())


def test_filters_narrow_statements_and_drop_text_hits(store, sample_doc):
    _mark(store, sample_doc, "einen versuchten Staatsstreich", "Tokajew", "opposed", mode="direct")
    b = _mark(store, sample_doc, "Terroristen, Kriminelle, Plünderer", "Putin", "opposed", mode="indirect")
    putin = store.find_speaker("Putin").id
    assert [h.statement_id for h in search(store, "", Filters(speaker_id=putin))] == [b.id]
    assert [h.statement_id for h in search(store, "", Filters(mode="indirect"))] == [b.id]
    assert all(h.kind == "statement" for h in search(store, "Kasachstan", Filters(stance_id=store.find_stance("opposed").id)))


def test_odd_input_is_searched_not_parsed(store, sample_doc):
    assert search(store, 'NOT "(') == []
    assert search(store, "   ") == []


def test_search_pane_result_opens_the_statement(window, qtbot):
    from PySide6.QtCore import Qt

    from tests.conftest import mark

    st = mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    mark(window, qtbot, "Terroristen, Kriminelle, Plünderer", "Putin", Qt.Key.Key_3)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.search.query.hasFocus()
    qtbot.keyClicks(window.search.query, "staatsstreich")
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert window.search.results.count() == 2  # the statement, and the passage in the text
    assert window.search.results.item(0).text().startswith("“einen versuchten Staatsstreich” — Tokajew")
    window.search.results.itemActivated.emit(window.search.results.item(0))
    assert window.current_statement().id == st.id
    window.search.results.itemActivated.emit(window.search.results.item(1))
    assert window.reader.textCursor().selectedText() == "Staatsstreich"


def test_a_speakers_name_or_alias_finds_their_statements(store, sample_doc):
    a = _mark(store, sample_doc, "einen versuchten Staatsstreich", "Tokajew", "opposed")
    store.update_speaker(store.statement(a.id).speaker_id, aliases=["Kassym-Jomart Tokayev"])
    b = _mark(store, sample_doc, "Terroristen, Kriminelle, Plünderer", "Putin", "opposed")
    assert [h.statement_id for h in search(store, "tokajew") if h.kind == "statement"] == [a.id]
    assert [h.statement_id for h in search(store, "Tokayev") if h.kind == "statement"] == [a.id]
    putin = store.statement(b.id).speaker_id
    assert [h.statement_id for h in search(store, "Putin", Filters(speaker_id=putin))] == [b.id]


def test_a_damaged_search_index_is_said_in_the_pane_not_raised(store, sample_doc, make_window, qtbot):
    import sqlite3

    from PySide6.QtCore import Qt

    at = sample_doc.text.index("Staatsstreich")
    store.add_statement(sample_doc.id, at, at + len("Staatsstreich"))
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE statements_fts_data SET block = x'0102030405' WHERE id > 1")  # another program's damage
    conn.commit()
    conn.close()
    window = make_window(store)
    window.user_actions.search.trigger()
    qtbot.keyClicks(window.search.query, "staatsstreich")
    qtbot.keyClick(window.search.query, Qt.Key.Key_Return)
    assert "search index cannot be read" in window.search.summary.text()
    assert window.search.results.count() == 0

"""Exports are labelled in the document's language, whatever language the window speaks."""

from __future__ import annotations

from annotations import exporters
from annotations.labels import Labels, language_of
from tests.conftest import mark

ENGLISH = ("The minister said the plan was sound. The opposition said it would fail, and that the"
           " government had not listened to the people of the region at all.")  # fmt: skip


def test_a_german_handout_has_german_labels_while_the_window_is_english(window, qtbot, tmp_path):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", key=None)
    assert window.user_actions.quit.text() == "&Quit"  # the window speaks English
    html_path, md_path = tmp_path / "h.html", tmp_path / "n.md"
    exporters.export(window.store, "html", html_path, group_by="speaker")
    exporters.export(window.store, "md", md_path)
    page, notes = html_path.read_text(encoding="utf-8"), md_path.read_text(encoding="utf-8")
    assert ">Anmerkungen</h2>" in page and "Haltungen:" in page and "noch nicht zugeordnet" in page
    assert "keine Haltung" in page and ">Notes<" not in page
    assert "1 Aussage, 1 unvollständig." in notes and "*keine Haltung*" in notes


def test_an_english_document_keeps_english_labels(store, tmp_path):
    doc = store.add_document("Plan", ENGLISH)  # no language given: guessed from the text
    assert language_of(doc) == "en"
    store.add_statement(doc.id, 4, 12)
    out = tmp_path / "en.html"
    exporters.export(store, "html", out, document_ids=[doc.id])
    page = out.read_text(encoding="utf-8")
    assert ">Notes</h2>" in page and "Stances:" in page and "no stance" in page and "Anmerkungen" not in page
    md = tmp_path / "en.md"
    exporters.export(store, "md", md, document_ids=[doc.id])
    assert "1 statement, 1 incomplete." in md.read_text(encoding="utf-8")


def test_labels_fall_back_to_english_for_other_languages():
    assert Labels("fr")["notes"] == "Notes" and Labels("de").counted(2, "statement") == "2 Aussagen"
    assert Labels("de").mode("free indirect") == "frei indirekt"

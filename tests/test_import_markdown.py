"""Markdown: headings, emphasis, quotes and lists become blocks; no markup is left in the text."""

from __future__ import annotations

from annotations.importers import read_document
from annotations.importing import import_file


def _kinds(doc):
    return [(b.kind, doc.text[b.start : b.end], b.level) for b in doc.blocks]


def test_markdown_keeps_structure_and_drops_markup(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Unruhen in Almaty\n\nDer *Präsident* sagte **etwas** über Ka*sach*stan.\n\n"
                    "> Wir lassen das nicht zu.\n\n- erster Punkt\n- zweiter [Link](http://x.example)\n\n"
                    "## Übernahme\n\nText 😀 mit `Code`.\n", encoding="utf-8")  # fmt: skip
    doc = read_document(path)
    assert doc.title == "Unruhen in Almaty"
    assert _kinds(doc) == [
        ("heading", "Unruhen in Almaty", 1), ("paragraph", "Der Präsident sagte etwas über Kasachstan.", 0),
        ("quote", "Wir lassen das nicht zu.", 0), ("list item", "erster Punkt", 0), ("list item", "zweiter Link", 0),
        ("heading", "Übernahme", 2), ("paragraph", "Text 😀 mit Code.", 0),
    ]  # fmt: skip
    for markup in ("*", "#", "http", ">", "`", "[", "]"):
        assert markup not in doc.text


def test_paragraphs_are_separated_by_one_blank_line_like_the_sample(tmp_path):
    path = tmp_path / "absatz.markdown"
    path.write_text("Erster Absatz,\nüber zwei Zeilen.\n\n\n\nZweiter Absatz.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.text == "Erster Absatz, über zwei Zeilen.\n\nZweiter Absatz.\n"
    assert doc.title == "absatz" and doc.meta["format"] == "md"


def test_every_block_points_into_the_stored_text(store, tmp_path):
    path = tmp_path / "quelle.md"
    path.write_text("# Titel\n\n1. eins\n2. zwei\n\n> Zitat *mit* Betonung\n> über zwei Zeilen\n", encoding="utf-8")
    doc = import_file(store, path)
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Titel", "eins", "zwei", "Zitat mit Betonung über zwei Zeilen"]
    assert doc.format == "md" and doc.source.endswith("quelle.md")

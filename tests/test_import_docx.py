"""Word files: styles become headings, quotes and list items; core properties become metadata."""

from __future__ import annotations

from annotations.importing import import_file

GERMAN = "Der Präsident sagte, das Land habe „einen versuchten Staatsstreich“ überstanden. Die Lage ist ruhig."


def test_docx_headings_quotes_lists_and_properties(store, tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.title = "Lagebericht"
    d.core_properties.author = "Redaktion"
    d.core_properties.language = "de-DE"
    d.add_heading("Unruhen in Almaty", level=1)
    p = d.add_paragraph("Der ")
    p.add_run("Präsi").bold = True
    p.add_run("dent sagte etwas 😀.")
    d.add_paragraph()  # an empty paragraph adds nothing
    d.add_heading("Übernahme", level=2)
    d.add_paragraph("Wir lassen es nicht zu.", style="Quote")
    d.add_paragraph("erster Punkt", style="List Bullet")
    d.add_paragraph(GERMAN)
    path = tmp_path / "bericht.docx"
    d.save(path)
    doc = import_file(store, path)
    assert (doc.title, doc.author, doc.language, doc.format) == ("Lagebericht", "Redaktion", "de-DE", "docx")
    assert [(b.kind, doc.text[b.start : b.end], b.level) for b in doc.blocks] == [
        ("heading", "Unruhen in Almaty", 1), ("paragraph", "Der Präsident sagte etwas 😀.", 0),
        ("heading", "Übernahme", 2), ("quote", "Wir lassen es nicht zu.", 0), ("list item", "erster Punkt", 0),
        ("paragraph", GERMAN, 0),
    ]  # fmt: skip
    assert "\n\n\n" not in doc.text


def test_docx_without_a_title_property_takes_its_first_heading(tmp_path):
    import docx

    from annotations.importers import read_document

    d = docx.Document()
    d.add_paragraph(GERMAN)
    d.add_heading("Die eigentliche Überschrift", level=2)
    path = tmp_path / "ohne.docx"
    d.save(path)
    doc = read_document(path)
    assert doc.title == "Die eigentliche Überschrift" and doc.meta["language"] == "de"

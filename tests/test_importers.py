"""Each importer on files the tests make themselves; broken files fail clearly and change nothing."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from annotations.errors import ImportFailed
from annotations.importers import read_document
from annotations.projects import import_file

GERMAN = "Der Präsident sagte, das Land habe „einen versuchten Staatsstreich“ überstanden. Die Lage ist ruhig."


def _headings(doc):
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]


def _kinds(doc):
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                           ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b""), ("latin-1", b"")])  # fmt: skip
def test_text_in_each_encoding_and_line_ending(tmp_path, encoding, bom):
    path = tmp_path / "artikel.txt"
    german = GERMAN if encoding != "latin-1" else GERMAN.replace("„", "»").replace("“", "«")
    path.write_bytes(bom + f"TITEL\r\n\r\n{german}\rZweite Zeile.\r\n".encode(encoding))
    doc = read_document(path)
    assert doc.text == f"TITEL\n\n{german}\nZweite Zeile.\n"
    assert _headings(doc) == ["TITEL"]
    assert doc.meta["language"] == "de"


def test_legacy_encoding_is_said(tmp_path):
    path = tmp_path / "alt.txt"
    path.write_bytes(GERMAN.replace("„", '"').replace("“", '"').encode("cp1252"))
    assert any("cp1252" in w for w in read_document(path).warnings)


def test_markdown_keeps_structure_and_drops_markup(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Unruhen in Almaty\n\nDer *Präsident* sagte **etwas**.\n\n> Wir lassen das nicht zu.\n\n"
                    "- erster Punkt\n- zweiter [Link](http://x.example)\n\n## Übernahme\n\nText 😀.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Unruhen in Almaty"
    assert _kinds(doc) == [
        ("heading", "Unruhen in Almaty"), ("paragraph", "Der Präsident sagte etwas."),
        ("quote", "Wir lassen das nicht zu."), ("list item", "erster Punkt"), ("list item", "zweiter Link"),
        ("heading", "Übernahme"), ("paragraph", "Text 😀."),
    ]  # fmt: skip
    assert "*" not in doc.text and "#" not in doc.text and "http" not in doc.text


def test_saved_web_page_keeps_the_article_and_drops_the_noise(tmp_path):
    body = " ".join([GERMAN] * 3)
    page = f"""<!doctype html><html lang="de"><head><title>Unruhen | Tageblatt</title>
    <meta name="author" content="Erika Muster"><meta property="og:site_name" content="Tageblatt">
    <meta name="date" content="2022-01-10"><script>track("visit")</script><style>.ad{{color:red}}</style></head>
    <body><nav><a href="/">Start</a> | <a href="/welt">Welt</a> | Newsletter abonnieren</nav>
    <div class="ad">Jetzt kaufen! Sonderangebot!</div>
    <article><h1>Unruhen in Almaty</h1><p>{body}</p><h2>Übernahme</h2><p>{body} Zweiter Absatz.</p>
    <blockquote><p>Wir werden es nicht zulassen, sagte der Minister in seiner Rede vor dem Parlament.</p></blockquote></article>
    <footer>© Tageblatt · Impressum · Datenschutz</footer><script>more()</script></body></html>"""
    path = tmp_path / "seite.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    for noise in ("track", "Jetzt kaufen", "Newsletter", "Impressum", "more()", "color:red"):
        assert noise not in doc.text
    assert "Übernahme" in _headings(doc)
    assert ("quote", "Wir werden es nicht zulassen, sagte der Minister in seiner Rede vor dem Parlament.") in _kinds(doc)
    assert doc.meta["author"] == "Erika Muster" and doc.meta["outlet"] == "Tageblatt"
    assert doc.meta["published"] == "2022-01-10" and doc.title.startswith("Unruhen")


def test_docx_headings_quotes_and_properties(tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.title = "Lagebericht"
    d.core_properties.author = "Redaktion"
    d.add_heading("Unruhen in Almaty", level=1)
    d.add_paragraph(GERMAN)
    d.add_paragraph("Wir lassen es nicht zu.", style="Quote")
    d.add_paragraph("erster Punkt", style="List Bullet")
    path = tmp_path / "bericht.docx"
    d.save(path)
    doc = read_document(path)
    assert doc.title == "Lagebericht" and doc.meta["author"] == "Redaktion"
    assert _kinds(doc) == [("heading", "Unruhen in Almaty"), ("paragraph", GERMAN),
                           ("quote", "Wir lassen es nicht zu."), ("list item", "erster Punkt")]  # fmt: skip


def test_pdf_text_with_a_warning_about_layout(tmp_path, qapp):
    from PySide6.QtGui import QPdfWriter, QTextDocument

    path = tmp_path / "bericht.pdf"
    writer = QPdfWriter(str(path))
    writer.setTitle("PDF-Bericht")
    text = QTextDocument()
    text.setHtml(f"<p>{GERMAN}</p><p>Zweiter Absatz mit Umlauten: Grüße aus Köln.</p>")
    text.print_(writer)
    del writer
    doc = read_document(path)
    assert "einen versuchten Staatsstreich" in doc.text and "Grüße aus Köln" in doc.text
    assert any("approximate" in w for w in doc.warnings)
    assert doc.title == "PDF-Bericht"


def test_epub_chapters_in_reading_order(tmp_path):
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("id-1")
    book.set_title("Ein kleines Buch")
    book.set_language("de")
    book.add_author("A. Autor")
    chapters = []
    for n, body in enumerate(["<h1>Erstes Kapitel</h1><p>Anfang der Geschichte.</p>",
                              "<h1>Zweites Kapitel</h1><p>Ende der Geschichte.</p>"], 1):  # fmt: skip
        ch = epub.EpubHtml(title=f"K{n}", file_name=f"k{n}.xhtml", lang="de")
        ch.content = f"<html><body>{body}</body></html>"
        book.add_item(ch)
        chapters.append(ch)
    book.toc = chapters
    book.spine = chapters
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    path = tmp_path / "buch.epub"
    epub.write_epub(str(path), book)
    doc = read_document(path)
    assert doc.title == "Ein kleines Buch" and doc.meta["author"] == "A. Autor"
    assert _headings(doc) == ["Erstes Kapitel", "Zweites Kapitel"]
    assert doc.text.index("Anfang") < doc.text.index("Ende")


@pytest.mark.parametrize("name, content, reason", [
    ("leer.txt", b"", "holds no text"),
    ("leer.md", b"   \n\n", "holds no text"),
    ("kaputt.docx", b"PK\x03\x04 not really a zip", "could not be read as docx"),
    ("kaputt.pdf", b"%PDF-1.4 garbage", "could not be read as pdf"),
    ("kaputt.epub", b"\x00\x01\x02", "could not be read as epub"),
    ("binär.txt", b"\x00\x01\x02\x03" * 10, "binary"),
    ("bild.png", b"\x89PNG\r\n", "cannot read"),
])  # fmt: skip
def test_broken_files_fail_with_a_reason_and_leave_the_project_alone(store, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    before = (store.document_ids(), store.db.execute("PRAGMA data_version").fetchone())
    with pytest.raises(ImportFailed, match=reason) as err:
        import_file(store, path)
    assert name in str(err.value)
    assert store.document_ids() == before[0]


def test_missing_file(tmp_path):
    with pytest.raises(ImportFailed, match="no such file"):
        read_document(Path(tmp_path / "fehlt.txt"))

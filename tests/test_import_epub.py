"""EPUB: chapters in reading (spine) order with their headings, and the book's metadata."""

from __future__ import annotations

from annotations.importing import import_file


def _book(path, chapters, spine_order):
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("id-1")
    book.set_title("Ein kleines Buch")
    book.set_language("de")
    book.add_author("A. Autor")
    items = []
    for n, body in enumerate(chapters, 1):
        ch = epub.EpubHtml(title=f"K{n}", file_name=f"k{n}.xhtml", lang="de")
        ch.content = f"<html><body>{body}</body></html>"
        book.add_item(ch)
        items.append(ch)
    book.toc = items
    book.spine = [items[i] for i in spine_order]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    epub.write_epub(str(path), book)


def test_epub_chapters_in_spine_order_with_headings(store, tmp_path):
    path = tmp_path / "buch.epub"
    _book(path, ["<h1>Zweites Kapitel</h1><p>Ende der Geschichte.</p><script>x()</script>",
                 "<h1>Erstes Kapitel</h1><p>Anfang der <i>Ge</i>schichte.</p><blockquote>Ein Zitat.</blockquote>"],
          spine_order=[1, 0])  # fmt: skip
    doc = import_file(store, path)
    assert (doc.title, doc.author, doc.language, doc.format) == ("Ein kleines Buch", "A. Autor", "de", "epub")
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("heading", "Erstes Kapitel"), ("paragraph", "Anfang der Geschichte."), ("quote", "Ein Zitat."),
        ("heading", "Zweites Kapitel"), ("paragraph", "Ende der Geschichte."),
    ]  # fmt: skip
    assert "x()" not in doc.text

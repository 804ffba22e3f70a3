"""Hard-wrapped plain text (Project Gutenberg and the like) is rejoined into paragraphs on import, unless kept."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from annotations.importers import read_document
from annotations.importers.unwrap import rejoin_wrapped, wrap_width
from annotations.store import Store

ROOT = Path(__file__).resolve().parents[1]

PARAGRAPHS = [
    "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of"
    " foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,"
    " it was the season of Darkness.",
    "There were a king with a large jaw and a queen with a plain face, on the throne of England; there were"
    " a king with a large jaw and a queen with a fair face, on the throne of France. In both countries it"
    " was clearer than crystal to the lords of the State preserves of loaves and fishes, that things in"
    " general were settled for ever.",
    "Das Ministerium erklärte am Montag, die Lage in der Hauptstadt habe sich beruhigt; „wir haben die"
    " Kontrolle über alle Verwaltungsgebäude zurückgewonnen“, sagte ein Sprecher 😀 der Regierung am Abend.",
]
HEADING = "CHAPTER I."
LIST = "- the first point, short\n- the second point\n- 3. and a third"
VERSE = "The woods are lovely, dark and deep,\nBut I have promises to keep,\nAnd miles to go before I sleep."
INDENTED = "    def main():\n        return 0"


def wrapped_book(width: int = 70) -> str:
    wrapped = [textwrap.fill(p, width) for p in PARAGRAPHS]
    return "\n\n".join([HEADING, wrapped[0], LIST, wrapped[1], VERSE, INDENTED, wrapped[2]]) + "\n"


def test_wrapped_paragraphs_are_rejoined_and_the_layout_that_means_something_kept():
    book = wrapped_book()
    assert wrap_width(book) is not None
    joined = rejoin_wrapped(book)
    assert joined.split("\n\n") == [HEADING, *PARAGRAPHS[:1], LIST, PARAGRAPHS[1], VERSE, INDENTED,
                                    PARAGRAPHS[2] + "\n"]  # fmt: skip


def test_text_that_is_not_hard_wrapped_is_left_as_it_is():
    plain = "\n\n".join(PARAGRAPHS) + "\n"
    one_line_each = "\n".join(PARAGRAPHS)
    poem = "\n\n".join([VERSE] * 4)
    for text in (plain, one_line_each, poem, LIST, wrapped_book(120)):
        assert rejoin_wrapped(text) == text


def test_a_wrapped_text_file_is_stored_as_paragraphs(tmp_path):
    path = tmp_path / "book.txt"
    path.write_text(wrapped_book().replace("\n", "\r\n"), encoding="utf-8")
    doc = read_document(path)
    assert PARAGRAPHS[1] in doc.text and "wrapped at" in doc.warnings[-1]
    assert [b.kind for b in doc.blocks][:2] == ["heading", "paragraph"]
    assert [doc.text[b.start:b.end] for b in doc.blocks][1] == PARAGRAPHS[0]
    kept = read_document(path, keep_line_breaks=True)
    assert kept.text == wrapped_book() and not kept.warnings


def test_cli_import_rejoins_and_keep_line_breaks_keeps(tmp_path):
    path = tmp_path / "book.txt"
    path.write_text(wrapped_book(), encoding="utf-8")
    for flag, project in (([], "joined.standpoint"), (["--keep-line-breaks"], "kept.standpoint")):
        subprocess.run([sys.executable, "main.py", "import", str(path), "--project", str(tmp_path / project), *flag],
                       cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    joined, kept = Store.open(tmp_path / "joined.standpoint"), Store.open(tmp_path / "kept.standpoint")
    try:
        assert joined.document(joined.document_ids()[0]).text == rejoin_wrapped(wrapped_book())
        assert kept.document(kept.document_ids()[0]).text == wrapped_book()
    finally:
        joined.close()
        kept.close()


def test_the_window_rejoins_unless_told_to_keep_line_breaks(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    path = tmp_path / "book.txt"
    path.write_text(wrapped_book(), encoding="utf-8")
    [joined] = window.documents.import_paths([path])
    assert window.store.document(joined).text == rejoin_wrapped(wrapped_book())
    window.user_actions.keep_line_breaks.trigger()
    assert window.documents.keeps_line_breaks()
    [kept] = window.documents.import_paths([path])
    assert window.store.document(kept).text == wrapped_book()
    assert window.reader.toPlainText() == wrapped_book().rstrip("\n") or window.reader.toPlainText() == wrapped_book()

"""Hostile input to every importer: random bytes and damaged real files end as a document or a clean error."""

from __future__ import annotations

import io
import random
import signal
import zipfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.errors import ImportFailed
from annotations.importers import READERS, read_document

SECONDS_PER_CASE = 10


@contextmanager
def time_limit(seconds: int):
    def hang(*_):
        raise TimeoutError(f"an importer took more than {seconds} s")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _check(path: Path) -> str:
    with time_limit(SECONDS_PER_CASE):
        try:
            doc = read_document(path)
        except ImportFailed as exc:
            assert path.name in str(exc)
            return "refused"
    assert doc.text.strip()
    assert all(0 <= b.start <= b.end <= len(doc.text) for b in doc.blocks)
    return "read"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(sorted(READERS)))
def test_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _check(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html", ".htm"]))
def test_random_text(tmp_path, text, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check(path)


def _seed_files(tmp_path: Path, qapp) -> dict[str, bytes]:
    import docx
    from ebooklib import epub
    from PySide6.QtGui import QPdfWriter, QTextDocument

    d = docx.Document()
    d.add_heading("Titel", 1)
    d.add_paragraph("Der Präsident sagte etwas Wichtiges. " * 20)
    buf = io.BytesIO()
    d.save(buf)
    pdf_path = tmp_path / "seed.pdf"
    writer = QPdfWriter(str(pdf_path))
    doc = QTextDocument()
    doc.setPlainText("Der Präsident sagte etwas Wichtiges.\n\n" * 20)
    doc.print_(writer)
    del writer
    book = epub.EpubBook()
    book.set_identifier("x")
    book.set_title("Buch")
    ch = epub.EpubHtml(title="1", file_name="1.xhtml")
    ch.content = "<html><body><h1>Eins</h1><p>Text des Kapitels.</p></body></html>"
    book.add_item(ch)
    book.spine = [ch]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    epub_path = tmp_path / "seed.epub"
    epub.write_epub(str(epub_path), book)
    return {".docx": buf.getvalue(), ".pdf": pdf_path.read_bytes(), ".epub": epub_path.read_bytes(),
            ".html": b"<html><body><article><h1>T</h1><p>" + b"Absatz mit Text. " * 40 + b"</p></article></body></html>",
            ".md": b"# Titel\n\n> Zitat\n\n- Punkt\n\nText **fett**.\n"}  # fmt: skip


@pytest.mark.slow
def test_damaged_real_files(tmp_path, qapp):
    """Flip, cut and splice bytes of valid files of each kind; count what was read and what refused."""
    rng = random.Random(7)
    outcomes = {"read": 0, "refused": 0}
    for suffix, good in _seed_files(tmp_path, qapp).items():
        for n in range(25):
            data = bytearray(good)
            how = n % 3
            if how == 0:
                for _ in range(rng.randint(1, 20)):
                    data[rng.randrange(len(data))] = rng.randrange(256)
            elif how == 1:
                data = data[: rng.randrange(1, len(data))]
            else:
                at = rng.randrange(len(data))
                data[at:at] = rng.randbytes(rng.randint(1, 200))
            path = tmp_path / f"case{n}{suffix}"
            path.write_bytes(bytes(data))
            outcomes[_check(path)] += 1
    assert outcomes["read"] + outcomes["refused"] == 125
    print(f"damaged files: {outcomes}")


def test_zip_bomb_like_docx_is_refused_or_read_quickly(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<" * 5_000_000)
    assert _check(path) in ("read", "refused")


def test_too_large_files_are_refused_before_reading(tmp_path, monkeypatch):
    import annotations.importers as importers

    monkeypatch.setattr(importers, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("x" * 5000, encoding="utf-8")
    with pytest.raises(ImportFailed, match="imports files up to"):
        read_document(path)

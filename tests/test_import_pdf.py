"""PDF: the text layer with paragraphs and hyphenation undone, and a warning that layout is approximate."""

from __future__ import annotations

import pytest

from annotations.errors import ImportFailed
from annotations.importers import read_document
from annotations.importing import import_file

GERMAN = "Der Präsident sagte, das Land habe „einen versuchten Staatsstreich“ überstanden. Die Lage ist ruhig."


def _pdf(lines: list[tuple[int, str]], title: str = "") -> bytes:
    """A one-page PDF written by hand: each (y, text) is a line in Helvetica at that height."""
    ops = ["BT /F1 11 Tf"]
    for y, text in lines:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"1 0 0 1 72 {y} Tm ({escaped}) Tj")
    stream = "\n".join([*ops, "ET"]).encode("cp1252")
    info = f"<< /Title ({title}) /Author (Erika Muster) >>".encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        info,
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_hyphenated_line_breaks_are_joined_and_wider_gaps_start_paragraphs(store, tmp_path):
    path = tmp_path / "satz.pdf"
    path.write_bytes(_pdf([
        (760, "Der Minister sprach von einem versuchten Staats-"),
        (746, "streich in der Hauptstadt und von CSTO-"),
        (732, "Truppen im Land."),
        (704, "Ein neuer Absatz beginnt hier; er ist"),
        (690, "kurz."),
    ], title="Bericht aus Almaty"))  # fmt: skip
    doc = import_file(store, path)
    assert doc.text == ("Der Minister sprach von einem versuchten Staatsstreich in der Hauptstadt und von CSTO-Truppen"
                        " im Land.\n\nEin neuer Absatz beginnt hier; er ist kurz.\n")  # fmt: skip
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]
    assert (doc.title, doc.author, doc.format) == ("Bericht aus Almaty", "Erika Muster", "pdf")


def test_pdf_text_with_a_warning_about_layout(tmp_path, qapp):
    from PySide6.QtGui import QPdfWriter, QTextDocument

    path = tmp_path / "bericht.pdf"
    writer = QPdfWriter(str(path))
    writer.setTitle("PDF-Bericht")
    text = QTextDocument()
    text.setHtml(f"<p>{GERMAN} {GERMAN}</p><p>Zweiter Absatz mit Umlauten: Grüße aus Köln.</p>")
    text.print_(writer)
    del writer
    doc = read_document(path)
    assert f"{GERMAN} {GERMAN}\n\nZweiter Absatz mit Umlauten: Grüße aus Köln." in doc.text
    assert any("approximate" in w for w in doc.warnings)
    assert doc.title == "PDF-Bericht" and doc.meta["language"] == "de"


def test_a_pdf_without_text_asks_for_text_recognition(store, tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    with pytest.raises(ImportFailed, match="scan.pdf has no text layer.*OCR"):
        import_file(store, path)
    assert len(store.document_ids()) == 1  # only the sample


def test_a_password_protected_pdf_says_so(store, tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "offen.pdf"
    plain.write_bytes(_pdf([(760, GERMAN)]))
    writer = PdfWriter()
    writer.append(PdfReader(plain))
    writer.encrypt("geheim", algorithm="RC4-128")
    path = tmp_path / "geheim.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    with pytest.raises(ImportFailed, match="geheim.pdf is protected by a password"):
        import_file(store, path)

"""Plain text in every encoding a researcher's files come in, pasted text, and the language guess."""

from __future__ import annotations

import codecs

import pytest

from annotations.errors import ImportFailed
from annotations.importers import document_from_text, read_document
from annotations.importers.language import guess_language
from annotations.importing import add_document

GERMAN = "Der Präsident sagte, das Land habe „einen versuchten Staatsstreich“ überstanden. Die Lage ist ruhig."
RUSSIAN = "Президент заявил, что в стране была попытка переворота, и это не так уж и просто. Он сказал это в Алматы."


def _headings(doc):
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
    ("utf-16-le", b""), ("utf-16-be", b""),  # Notepad's "Unicode" without a byte-order mark
    ("cp1252", b""), ("latin-1", b""),
])  # fmt: skip
def test_text_in_each_encoding_and_line_ending(tmp_path, encoding, bom):
    path = tmp_path / "artikel.txt"
    german = GERMAN if encoding != "latin-1" else GERMAN.replace("„", "»").replace("“", "«")
    path.write_bytes(bom + f"TITEL\r\n\r\n{german}\rZweite Zeile.\r\n".encode(encoding))
    doc = read_document(path)
    assert doc.text == f"TITEL\n\n{german}\nZweite Zeile.\n"
    assert _headings(doc) == ["TITEL"]
    assert doc.meta["language"] == "de"
    assert doc.title == "artikel" and doc.meta["format"] == "txt"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_cyrillic_and_emoji_in_utf16_without_a_byte_order_mark(tmp_path, encoding):
    text = f"{RUSSIAN} 😀\n\n{RUSSIAN}\n"
    path = tmp_path / "statja.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert doc.text == text and doc.meta["language"] == "ru" and doc.warnings == []


def test_legacy_encoding_is_said(tmp_path):
    path = tmp_path / "alt.txt"
    path.write_bytes(GERMAN.replace("„", '"').replace("“", '"').encode("cp1252"))
    doc = read_document(path)
    assert "Präsident" in doc.text
    assert any("cp1252" in w for w in doc.warnings)


def test_combining_accents_and_emoji_are_kept_exactly(tmp_path):
    text = "Cafe\u0301 und Café sind zweierlei 👍🏽; das bleibt so.\n"
    path = tmp_path / "genau.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text == text  # no normalisation: offsets must match what the user sees


@pytest.mark.parametrize("text, language", [
    (GERMAN, "de"),
    ("The president said the country had survived an attempted coup, and that it was calm.", "en"),
    ("Le président a dit que le pays avait survécu à une tentative de coup d'État et que la situation est calme.", "fr"),
    ("El presidente dijo que el país había sobrevivido a un intento de golpe y que la situación es de calma.", "es"),
    (RUSSIAN, "ru"),
    ("12345 67890", ""),
])  # fmt: skip
def test_language_is_guessed_from_common_words(text, language):
    assert guess_language(text) == language


def test_pasted_text_becomes_a_document_titled_by_its_first_line(store):
    doc = document_from_text("\ufeff\r\n  Unruhen in Almaty  \r\n\r\n" + GERMAN + "\r\n")
    assert doc.title == "Unruhen in Almaty"
    assert doc.text == "\n  Unruhen in Almaty  \n\n" + GERMAN + "\n"
    assert doc.meta == {"format": "paste", "language": "de"}
    added = add_document(store, doc)
    assert (added.title, added.format, added.language) == ("Unruhen in Almaty", "paste", "de")
    assert [added.text[b.start : b.end] for b in added.blocks] == ["  Unruhen in Almaty  ", GERMAN]


def test_pasted_text_with_a_title_or_a_long_first_line():
    assert document_from_text(GERMAN, title="Meine Notiz").title == "Meine Notiz"
    long_title = document_from_text(GERMAN * 2).title
    assert len(long_title) == 80 and long_title.endswith("…")


def test_pasting_nothing_says_so():
    with pytest.raises(ImportFailed, match="empty"):
        document_from_text(" \r\n\t ")


def test_a_short_line_of_its_own_without_punctuation_is_a_heading():
    from annotations.importers.base import plain_text_blocks

    text = ("Bahnstreik legt Verkehr lahm\n\nDie Gewerkschaft rief zum Streik auf.\n\n"
            "„Wir bleiben hart“, sagte der Sprecher.\n\nAlmaty, 10. Januar 2022:\n\nZweiter Absatz\n")  # fmt: skip
    kinds = [(text[b.start : b.end], b.kind) for b in plain_text_blocks(text)]
    assert kinds == [
        ("Bahnstreik legt Verkehr lahm", "heading"),
        ("Die Gewerkschaft rief zum Streik auf.", "paragraph"),
        ("„Wir bleiben hart“, sagte der Sprecher.", "paragraph"),
        ("Almaty, 10. Januar 2022:", "paragraph"),
        ("Zweiter Absatz", "paragraph"),  # the last line has nothing after it to head
    ]


def test_a_cp1252_passage_inside_utf8_keeps_both_readable(store, tmp_path):
    from annotations.importing import import_paths

    utf8 = "Tokajew sprach von „Banditen“ 🙂 und Übergriffen.\n\n".encode()
    pasted = "Zitat aus einer alten Datei: Gespräch über Öl.\n\n".encode("cp1252")
    path = tmp_path / "gemischt.txt"
    path.write_bytes(utf8 + pasted + utf8)
    report = import_paths(store, [path])
    doc = report.documents[0]
    assert "„Banditen“ 🙂 und Übergriffen" in doc.text and "Gespräch über Öl" in doc.text
    assert "Ã" not in doc.text
    assert any("not UTF-8" in w for w in report.files[0].warnings)

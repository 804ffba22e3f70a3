"""Worksheets for class: what pupils get (numbers, underlines, empty cells, no stance given away) and the key."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

import pytest
from docx import Document as WordDocument

from annotations.errors import StandpointError
from annotations.exporters import worksheet_html
from annotations.exporters.html import _tint
from annotations.exporters.worksheet import Choice, make_worksheet, write_worksheets
from annotations.exporters.worksheet_labels import labels_for, stance_name
from tests.exports_fixture import HOSTILE_NOTE, fill


class _Sheet(HTMLParser):
    """The article's underlined runs per number, and the table's rows as lists of cell texts."""

    def __init__(self):
        super().__init__()
        self.underlined: list[str] = []  # text inside <u>, in order
        self.marks: list[tuple[int, int]] = []  # (number, how many underlined characters came before it)
        self.rows: list[list[str]] = []
        self.scripts = 0
        self._u = self._sup = 0
        self._cell: list[str] | None = None
        self._in_table = False

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        if tag == "u":
            self._u += 1
        elif tag == "sup":
            self._sup += 1
        elif tag == "table":
            self._in_table = True
        elif tag == "tr" and self._in_table:
            self.rows.append([])
        elif tag in ("td", "th") and self._in_table:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "u":
            self._u -= 1
        elif tag == "sup":
            self._sup -= 1
        elif tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        elif self._sup:
            self.marks.append((int(data.strip("[]")), len("".join(self.underlined))))
        elif self._u:
            self.underlined.append(data)


def _parse(page: str) -> _Sheet:
    p = _Sheet()
    p.feed(page)
    return p


@pytest.fixture
def tagged(store):
    return fill(store)


def test_the_worksheet_numbers_each_chosen_quote_once_and_gives_no_stance_away(store, tagged, tmp_path):
    sheet = make_worksheet(store, [1])
    write_worksheets(sheet, tmp_path / "sheet.html", tmp_path / "key.html")
    page = (tmp_path / "sheet.html").read_text(encoding="utf-8")
    parsed = _parse(page)
    statements = sorted(store.statements(1), key=lambda s: (s.start, s.end, s.id))
    assert [n for n, _at in parsed.marks] == [1, 2, 3, 4]
    header, *rows = parsed.rows
    assert header == ["Nr.", "Zitat", "Wer spricht?", "Welche Haltung?"]
    assert [r[:2] for r in rows] == [[str(n), s.quote] for n, s in enumerate(statements, 1)]
    assert all(r[2:] == ["", ""] for r in rows)  # empty for the pupils
    for st in statements:
        assert page.count(st.quote) == 2 or st.quote in 'sein Land habe "einen versuchten Staatsstreich" überstanden'
    assert "Name: ___" in page and "Klasse: ___" in page and "Arbeitsblatt" in page
    lowered = page.lower()
    for stance in store.stances():
        for word in (stance.label, stance_name(labels_for("de"), stance.label)):
            assert word.lower() not in lowered
        assert stance.colour.lower() not in lowered and _tint(stance.colour) not in lowered
    assert "Tokajew" not in "".join(c for r in rows for c in r[2:])
    assert "framing" not in lowered  # notes belong to the key


def test_the_key_fills_in_speaker_stance_target_mode_and_the_note(store, tagged, tmp_path):
    sheet = make_worksheet(store, [1], columns=["target", "mode"])
    write_worksheets(sheet, tmp_path / "sheet.html", tmp_path / "key.html")
    parsed = _parse((tmp_path / "key.html").read_text(encoding="utf-8"))
    header, *rows = parsed.rows
    assert header[2:] == ["Wer spricht?", "Welche Haltung?", "Worüber?", "Wie wiedergegeben?"]
    by_number = {r[0]: r for r in rows if r[0]}
    coup = next(r for r in by_number.values() if r[1] == "einen versuchten Staatsstreich")
    assert coup[2:] == ["Tokajew", "ablehnend", "die Proteste", "direkt"]
    assert by_number["2"][1:4] == ["Terroristen, Kriminelle, Plünderer", "Putin", "ablehnend"]
    assert by_number["1"][2:4] == ["", ""]  # the untagged one stays empty in the key as well
    note_row = rows[rows.index(coup) + 1]
    assert note_row[1].startswith("Anmerkung:") and "Framing" in note_row[1]


def test_quotes_and_notes_with_script_are_escaped(store, tmp_path):
    doc = store.add_document("Hostile", 'He said <script>alert("x")</script> & left.\n', language="en")
    start = doc.text.index("<script>")
    store.add_statement(doc.id, start, doc.text.index(" & left"), note=HOSTILE_NOTE, stance_id=store.stances()[0].id)
    sheet = make_worksheet(store, [doc.id], questions=["Why <b>this</b>?"])
    write_worksheets(sheet, tmp_path / "sheet.html", tmp_path / "key.html")
    for name in ("sheet.html", "key.html"):
        page = (tmp_path / name).read_text(encoding="utf-8")
        parsed = _parse(page)
        assert parsed.scripts == 0 and "<b>this</b>" not in page and "<img" not in page
        assert "javascript:" not in page and "tracker.example" not in page
        assert "&lt;script&gt;alert" in page
    assert "Who speaks?" in (tmp_path / "sheet.html").read_text(encoding="utf-8")  # an English article


def test_emoji_and_combining_characters_keep_the_underline_on_the_quote(store, tmp_path):
    text = "Cafe\u0301 😀 und 👩‍👩‍👧: Zoe\u0308 sagte „Wir bleiben 🏠.“ und ging.\n\nNoch ein Satz 😀 hier.\n"
    doc = store.add_document("Emoji", text, language="de")
    quotes = ["„Wir bleiben 🏠.“", "Satz 😀 hier", "Zoe\u0308"]
    for q in quotes:
        store.add_statement(doc.id, text.index(q), text.index(q) + len(q))
    sheet = make_worksheet(store, [doc.id])
    write_worksheets(sheet, tmp_path / "sheet.html", tmp_path / "sheet-key.docx")
    parsed = _parse((tmp_path / "sheet.html").read_text(encoding="utf-8"))
    in_order = sorted(quotes, key=text.index)
    assert "".join(parsed.underlined) == "".join(in_order)
    # Each number stands right before its own quote.
    assert [at for _n, at in parsed.marks] == [0, len(in_order[0]), len(in_order[0]) + len(in_order[1])]
    word = WordDocument(str(tmp_path / "sheet-key.docx"))
    runs = [r for p in word.paragraphs for r in p.runs]
    assert "".join(r.text for r in runs if r.underline) == "".join(in_order)
    marks = [i for i, r in enumerate(runs) if r.font.superscript]
    assert [runs[i + 1].text for i in marks] == in_order


def test_word_files_hold_the_table_and_the_key_its_answers(store, tagged, tmp_path):
    sheet = make_worksheet(store, [1], Choice(speaker="tokajew"), columns=["mode"], questions=["Wem glaubst du?"])
    write_worksheets(sheet, tmp_path / "sheet.docx", tmp_path / "key.docx")
    pupils, key = WordDocument(str(tmp_path / "sheet.docx")), WordDocument(str(tmp_path / "key.docx"))
    [table] = pupils.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [["Nr.", "Zitat", "Wer spricht?", "Welche Haltung?", "Wie wiedergegeben?"],
                    ["1", 'sein Land habe "einen versuchten Staatsstreich" überstanden', "", "", ""],
                    ["2", "einen versuchten Staatsstreich", "", "", ""]]  # fmt: skip
    assert table.rows[0]._tr.trPr.find("{*}tblHeader") is not None  # repeated on every page
    text = "\n".join(p.text for p in pupils.paragraphs)
    assert "Name: ___" in text and "Klasse: ___" in text and "1. Wem glaubst du?" in text
    assert not any(w in text.lower() for w in ("opposed", "supportive", "ablehnend", "unterstützend"))
    key_rows = [[c.text for c in row.cells] for row in key.tables[0].rows]
    assert key_rows[1][2:] == ["Tokajew", "unterstützend", "indirekt"]
    assert key_rows[2][2:] == ["Tokajew", "ablehnend", "direkt"]
    assert key_rows[3][1].startswith("Anmerkung: **Framing** <script>")  # the note as typed, plain text
    assert pupils.sections[0].page_width.mm == pytest.approx(210, abs=0.5)


def test_pdf_worksheet_holds_numbers_and_quotes_each_row_on_one_page(store, tagged, tmp_path, qapp):
    from desktop.dialogs.worksheet import ensure_pdf_registered

    ensure_pdf_registered()
    doc = store.document(1)
    for m in list(re.finditer(r"[A-ZÄÖÜ][\w-]+(?: [\w-]+){3,9}", doc.text))[:40]:  # enough rows to fill pages
        store.add_statement(1, m.start(), m.end(), note="Eine Anmerkung, die mehrere Zeilen füllt. " * 4)
    sheet = make_worksheet(store, [1])
    write_worksheets(sheet, tmp_path / "sheet.pdf", tmp_path / "key.pdf")
    from pypdf import PdfReader

    texts = {}
    for name in ("sheet.pdf", "key.pdf"):
        pages = [unicodedata.normalize("NFKC", p.extract_text() or "") for p in PdfReader(tmp_path / name).pages]
        first_table = next(i for i, p in enumerate(pages) if p.split()[0] == "Aussagen")
        assert first_table > 0  # the article and the table on pages of their own
        squeezed = ["".join(p.split()) for p in pages[first_table:]]
        for item in sheet.items:
            quote = "".join(item.statement.quote.split())
            # The number and the whole quote on one page: Qt's table split moves a whole statement on.
            assert any(f"{item.number}{quote}" in p for p in squeezed), item.number
        texts[name] = " ".join(pages)
    assert "Tokajew" in texts["key.pdf"] and "ablehnend" in texts["key.pdf"]
    assert not any(w in texts["sheet.pdf"] for w in ("ablehnend", "unterstützend", "opposed", "supportive"))


def test_right_to_left_paragraphs_align_right_in_the_pdf_layout(store, tagged, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    mixed = store.document_ids()[1]
    page = worksheet_html.render(make_worksheet(store, [mixed]), qt_subset=True)
    laid_out = QTextDocument()
    laid_out.setHtml(page)
    block = laid_out.begin()
    while block.isValid() and "قال الرئيس" not in block.text():
        block = block.next()
    assert block.isValid()
    assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert 'dir="auto"' in worksheet_html.render(make_worksheet(store, [mixed]))


def test_filters_and_mistakes_are_said_clearly(store, tagged, tmp_path):
    assert [i.statement.quote for i in make_worksheet(store, [1], Choice(stance="OPPOSED")).items] == [
        "Terroristen, Kriminelle, Plünderer", "einen versuchten Staatsstreich"]
    assert len(make_worksheet(store, None, Choice(statement_ids=frozenset({tagged["csto"], tagged["emoji"]}))).items) == 2
    with pytest.raises(StandpointError, match="no speaker “Nobody”"):
        make_worksheet(store, [1], Choice(speaker="Nobody"))
    with pytest.raises(StandpointError, match="No statement matches"):
        make_worksheet(store, [1], Choice(status="suggested"))
    with pytest.raises(StandpointError, match="No column “colour”"):
        make_worksheet(store, [1], columns=["colour"])
    sheet = make_worksheet(store, [1])
    with pytest.raises(StandpointError, match=r"\.html, \.pdf or \.docx"):
        write_worksheets(sheet, tmp_path / "sheet.txt")
    with pytest.raises(StandpointError, match="same file"):
        write_worksheets(sheet, tmp_path / "a.html", tmp_path / "a.html")
    assert not list(tmp_path.glob("*.html")) and not list(tmp_path.glob(".*.part"))

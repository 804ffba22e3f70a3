"""A worksheet or its key as a Word document (python-docx), for teachers to edit: the same parts as the HTML page.

Notes are plain text here (their Markdown as typed); paragraphs in Arabic or Hebrew are marked
right-to-left (`w:bidi`) and aligned right; the table repeats its header row on every page and
keeps each row on one page.
"""

from __future__ import annotations

import io
import re

from docx import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Mm, Pt
from docx.table import _Row
from docx.text.paragraph import Paragraph

from .html import _blocks
from .worksheet import Section, Worksheet
from .worksheet_html import direction

# What XML 1.0 cannot hold (python-docx refuses it): control characters other than tab and line end.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _right_to_left(paragraph: Paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def _directed(paragraph: Paragraph, text: str) -> Paragraph:
    if direction(text) == "rtl":
        _right_to_left(paragraph)
    return paragraph


def _row_flag(row: _Row, tag: str) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement(tag))


def _article(word, section: Section) -> None:
    doc, items = section.document, section.items
    text = doc.text
    for block in _blocks(doc):
        a, b = block.start, block.end
        style = {"heading": "Heading 2", "quote": "Quote", "list item": "List Bullet"}.get(block.kind)
        paragraph = word.add_paragraph(style=style)
        inside = [it for it in items if it.statement.start < b and it.statement.end > a]
        cuts = sorted({a, b} | {p for it in inside for p in (it.statement.start, it.statement.end) if a < p < b})
        for x, y in zip(cuts, cuts[1:]):
            for it in inside:
                if it.statement.start == x:
                    marker = paragraph.add_run(f"[{it.number}]")
                    marker.font.superscript = True
                    marker.bold = True
            run = paragraph.add_run(_clean(text[x:y]))  # python-docx turns "\n" into a line break
            run.underline = any(it.statement.start <= x and it.statement.end >= y for it in inside)
        _directed(paragraph, text[a:b])


def _header(word, section: Section, key: bool, first: bool) -> None:
    doc, labels = section.document, section.labels
    heading = word.add_heading(_clean(doc.title), level=1)
    heading.paragraph_format.page_break_before = not first
    _directed(heading, doc.title)
    source = doc.source if doc.source.startswith(("http://", "https://")) else ""
    meta = [labels["key"] if key else labels["worksheet"]] + [v for v in (doc.author, doc.outlet, doc.published, source) if v]
    word.add_paragraph(_clean(" · ".join(meta)))
    if not key and first:
        word.add_paragraph(f"{labels['name']}: {'_' * 30}   {labels['class']}: {'_' * 12}")
    if not key:
        word.add_paragraph().add_run(labels["task"]).italic = True


def _table(word, section: Section, sheet: Worksheet, key: bool) -> None:
    labels = section.labels
    heads = ["number", "quote", "speaker", "stance", *sheet.columns]
    title = word.add_heading(labels["statements"], level=2)
    title.paragraph_format.page_break_before = True
    table = word.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    header = table.rows[0]
    _row_flag(header, "w:tblHeader")  # repeated at the top of every page the table runs onto
    for cell, name in zip(header.cells, heads):
        cell.paragraphs[0].add_run(labels[name]).bold = True
    for it in section.items:
        answers = [it.speaker, it.stance] + [it.target if c == "target" else it.mode for c in sheet.columns]
        row = table.add_row()
        _row_flag(row, "w:cantSplit")
        values = [str(it.number), it.statement.quote] + [a if key else "" for a in answers]
        for cell, value in zip(row.cells, values):
            cell.paragraphs[0].add_run(_clean(value))
            _directed(cell.paragraphs[0], value)
        if key and it.note.strip():
            for cell in row.cells:  # the note's row follows its statement onto the same page
                cell.paragraphs[0].paragraph_format.keep_with_next = True
            note_row = table.add_row()
            _row_flag(note_row, "w:cantSplit")
            merged = note_row.cells[1].merge(note_row.cells[-1])
            paragraph = merged.paragraphs[0]
            paragraph.add_run(f"{labels['note']}: ").bold = True
            paragraph.add_run(_clean(it.note.strip()))
            _directed(paragraph, it.note)
    widths = [Mm(12), Mm(70)] + [Mm(96 / (len(heads) - 2))] * (len(heads) - 2)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width


def _questions(word, sheet: Worksheet) -> None:
    if not sheet.questions:
        return
    word.add_heading(sheet.labels["questions"], level=2)
    for n, question in enumerate(sheet.questions, 1):
        _directed(word.add_paragraph(_clean(f"{n}. {question}")), question)
        for _ in range(3):  # lines to write the answer on
            word.add_paragraph("_" * 60)


def render(sheet: Worksheet, key: bool = False) -> bytes:
    """The worksheet (key=False) or its answer key as the bytes of a .docx file."""
    word = WordDocument()
    page = word.sections[0]
    page.page_width, page.page_height = Mm(210), Mm(297)  # A4, not the template's US Letter
    page.left_margin = page.right_margin = Mm(18)
    page.top_margin = page.bottom_margin = Mm(16)
    word.styles["Normal"].font.size = Pt(11)
    kind = sheet.labels["key"] if key else sheet.labels["worksheet"]
    word.core_properties.title = _clean(f"{sheet.title} – {kind}")
    word.core_properties.language = sheet.sections[0].document.language
    for i, section in enumerate(sheet.sections):
        _header(word, section, key, first=not i)
        _article(word, section)
        _table(word, section, sheet, key)
    _questions(word, sheet)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()

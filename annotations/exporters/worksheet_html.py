"""A worksheet or its key as one HTML page: header, the article with numbered underlines, the table, questions.

Every statement looks the same in the article (one underline, a bracketed number): a colour or a
style per stance would give the answer away. The Qt subset (for PDF) keeps to what QTextDocument lays
out: attributes instead of CSS where Qt reads only those, page breaks inline, directions spelt out.
"""

from __future__ import annotations

import html
import unicodedata
from bisect import bisect_left

from ..model import Block, Document
from .html import _blocks, _text, _wrap, render_note  # the handout's block structure and escaping
from .worksheet import Item, Section, Worksheet

CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: Georgia, 'Noto Serif', 'DejaVu Serif', serif; line-height: 1.6; color: #111;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .1em; } .meta { color: #444; margin-top: 0; }
.pupil { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; margin: 1.2em 0; }
.task { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-style: italic; }
u { text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: .18em; }
sup.num { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: .7em; font-weight: bold; }
.items { break-before: page; page-break-before: always; }
table { width: 100%; border-collapse: collapse; font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: .92em; }
thead { display: table-header-group; }
th, td { border: 1px solid #555; padding: .35em .5em; vertical-align: top; text-align: start; }
th { background: #eee; } td.n { width: 2.5em; font-weight: bold; } td.answer { width: 18%; height: 2.6em; }
tbody.item, tr { break-inside: avoid; page-break-inside: avoid; }
td.note { font-size: .95em; } td.note p { margin: .2em 0; }
.questions li { margin-bottom: 3.5em; }
@media print { body { max-width: none; margin: 0; padding: 0; } a { color: inherit; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
"""
QT_CSS = "h1 { font-size: x-large; } .meta { color: #444444; } th { background-color: #eeeeee; }"


def direction(text: str) -> str:
    """"rtl" when the first letter with a direction is Arabic or Hebrew (the Unicode rule), else "ltr"."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _marker(n: int) -> str:
    # Isolated, so that in Arabic or Hebrew text the number stays where the statement begins.
    return f'<sup class="num"><bdi>[{n}]</bdi></sup>'


def _block_html(doc: Document, block: Block, items: list[Item], qt: bool) -> str:
    """One block with the statements touching it underlined, each numbered where it begins."""
    a, b = block.start, block.end
    text = doc.text
    points = {a, b}
    for it in items:
        points.update(p for p in (it.statement.start, it.statement.end) if a < p < b)
    cuts = sorted(points)
    parts = []
    for x, y in zip(cuts, cuts[1:]):
        parts += [_marker(it.number) for it in items if it.statement.start == x]
        segment = _text(text[x:y])
        covered = any(it.statement.start <= x and it.statement.end >= y for it in items)
        parts.append(f"<u>{segment}</u>" if covered else segment)
    body = "".join(parts)
    if not qt:
        return _wrap(block, body, text)
    # QTextDocument knows no dir="auto": the direction and the alignment are given per paragraph.
    rtl = direction(text[a:b]) == "rtl"
    attrs = ' dir="rtl" align="right"' if rtl else ""
    if block.kind == "heading":
        level = min(6, max(2, block.level or 2))
        return f"<h{level}{attrs}>{body}</h{level}>"
    return f"<p{attrs}>{body}</p>"


def _article(section: Section, qt: bool) -> list[str]:
    doc = section.document
    items = section.items
    starts = [it.statement.start for it in items]
    longest = max(it.statement.end - it.statement.start for it in items)
    out = ['<article class="article">']
    for block in _blocks(doc):
        lo, hi = bisect_left(starts, block.start - longest), bisect_left(starts, block.end)
        inside = [it for it in items[lo:hi] if it.statement.end > block.start]
        out.append(_block_html(doc, block, inside, qt))
    out.append("</article>")
    return out


def _header(section: Section, key: bool, first: bool) -> list[str]:
    doc, labels = section.document, section.labels
    kind = labels["key"] if key else labels["worksheet"]
    page_break = ' style="page-break-before: always"' if not first else ""
    out = [f'<header><h1 dir="auto"{page_break}>{html.escape(doc.title)}</h1>']
    source = doc.source if doc.source.startswith(("http://", "https://")) else ""  # a local path means nothing to pupils
    meta = [v for v in (doc.author, doc.outlet, doc.published, source) if v]
    out.append(f'<p class="meta">{html.escape(kind)} · {" · ".join(html.escape(v) for v in meta)}</p>' if meta
               else f'<p class="meta">{html.escape(kind)}</p>')  # fmt: skip
    if not key and first:
        out.append(f'<p class="pupil">{html.escape(labels["name"])}: {"_" * 30}&nbsp;&nbsp;&nbsp;'
                   f'{html.escape(labels["class"])}: {"_" * 12}</p>')
    if not key:
        out.append(f'<p class="task">{html.escape(labels["task"])}</p>')
    out.append("</header>")
    return out


def _cell(text: str, qt: bool, cls: str = "answer") -> str:
    escaped = _text(text)
    if qt:
        return f'<td align="right" dir="rtl">{escaped}</td>' if direction(text) == "rtl" else f"<td>{escaped}</td>"
    return f'<td class="{cls}" dir="auto">{escaped}</td>'


def _rows(it: Item, sheet: Worksheet, key: bool, qt: bool, span: int, labels: dict[str, str]) -> str:
    """A statement's row, and in the key the row of its note under it."""
    answers = [it.speaker, it.stance] + [it.target if c == "target" else it.mode for c in sheet.columns]
    cells = [f'<td class="n">{it.number}</td>', _cell(it.statement.quote, qt, "quote")]
    cells += [_cell(a if key else "", qt) for a in answers]
    rows = "<tr>" + "".join(cells) + "</tr>"
    if key and it.note.strip():
        rows += (f'<tr><td></td><td class="note" colspan="{span - 1}">'
                 f"<b>{html.escape(labels['note'])}:</b> {render_note(it.note)}</td></tr>")  # fmt: skip
    return rows


def _table(section: Section, sheet: Worksheet, key: bool, qt: bool) -> list[str]:
    labels = section.labels
    heads = ["number", "quote", "speaker", "stance", *sheet.columns]
    if not qt:
        out = [f'<section class="items"><h2>{html.escape(labels["statements"])}</h2><table><thead><tr>']
        out += [f"<th>{html.escape(labels[h])}</th>" for h in heads]
        out.append("</tr></thead>")
        out += [f'<tbody class="item">{_rows(it, sheet, key, qt, len(heads), labels)}</tbody>' for it in section.items]
        out.append("</table></section>")
        return out
    # For Qt, a table per statement with its own header: Qt splits a table's rows between their lines
    # wherever a page ends, but keeps a whole table together when the PDF writer moves it to the next page.
    # Qt shares the width out by content, which would squeeze the empty answer columns: the widths are given.
    answer = min(18, 64 // (len(heads) - 2))
    widths = [9, 100 - 9 - answer * (len(heads) - 2)] + [answer] * (len(heads) - 2)  # 9%: "Nr." on one line
    header = "<tr>" + "".join(f'<th width="{w}%">{html.escape(labels[h])}</th>' for h, w in zip(heads, widths)) + "</tr>"
    # Qt's PDF writer reads page breaks only from the element's own style.
    out = [f'<h2 style="page-break-before: always">{html.escape(labels["statements"])}</h2>']
    for it in section.items:
        out.append(f'<table border="1" cellspacing="0" cellpadding="5" width="100%">{header}'
                   f"{_rows(it, sheet, key, qt, len(heads), labels)}</table><p></p>")  # fmt: skip
    return out


def _questions(sheet: Worksheet, qt: bool) -> list[str]:
    if not sheet.questions:
        return []
    out = [f'<section class="questions"><h2>{html.escape(sheet.labels["questions"])}</h2><ol>']
    for q in sheet.questions:
        # Room to write on paper: Qt ignores CSS margins on list items, so it gets empty lines.
        space = "<br><br><br>" if qt else ""
        out.append(f'<li dir="auto">{_text(q)}{space}</li>')
    out.append("</ol></section>")
    return out


def render(sheet: Worksheet, key: bool = False, qt_subset: bool = False) -> str:
    """The worksheet (key=False) or its answer key as one self-contained HTML page."""
    lang = sheet.sections[0].document.language or "und"
    kind = sheet.labels["key"] if key else sheet.labels["worksheet"]
    parts = [f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">',
             '<meta name="generator" content="Standpoint">',
             f"<title>{html.escape(sheet.title)} – {html.escape(kind)}</title>",
             f"<style>{QT_CSS if qt_subset else CSS}</style>\n</head>\n<body>"]  # fmt: skip
    for i, section in enumerate(sheet.sections):
        parts += _header(section, key, first=not i)
        parts += _article(section, qt_subset)
        parts += _table(section, sheet, key, qt_subset)
    parts += _questions(sheet, qt_subset)
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)

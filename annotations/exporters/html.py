"""The HTML handout: the article with highlighted statements, a legend, numbered notes; self-contained."""

from __future__ import annotations

import functools
import heapq
import html
import io
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from typing import TextIO

import markdown

from ..labels import Labels, labels_for
from ..model import Block, Document, Statement
from ..store import Store
from .context import ExportContext, build_context, per_tagging

UNTAGGED = "#9e9e9e"
_HREF = re.compile(r'\s(href|src)="([^"]*)"', re.IGNORECASE)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "#")
_BACKLINK = re.compile(r' <a href="#ref-\d+" title="back to the text">↩</a>')

CSS = """
body { font-family: Georgia, 'Noto Serif', 'DejaVu Serif', serif; line-height: 1.55; color: #1d1d1d;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } .meta { color: #555; margin-top: 0; }
.legend { font-family: sans-serif; font-size: .85em; margin: 1em 0 2em; }
.chip { display: inline-block; padding: 0 .5em; margin: .1em .3em .1em 0; border-radius: .3em; }
mark { padding: .05em 0; color: inherit; }
sup a { text-decoration: none; font-family: sans-serif; font-size: .75em; color: #333; }
.notes { font-size: .95em; border-top: 1px solid #ccc; margin-top: 2em; }
.notes li { margin-bottom: 1em; } .notes blockquote { margin: .3em 0 .3em 0; font-style: italic; }
.facts { font-family: sans-serif; font-size: .85em; color: #333; }
@media print { body { max-width: none; margin: 0; } a { color: inherit; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; } .notes { page-break-before: always; } }
"""


def render_note(note: str) -> str:
    """Markdown to HTML. Raw HTML is escaped before rendering, so only Markdown makes tags; then
    images (which would load from elsewhere) and links with script schemes are taken out."""
    rendered = markdown.markdown(html.escape(note, quote=False), extensions=["sane_lists"])
    rendered = _IMG.sub("", rendered)

    def keep_safe(m: re.Match) -> str:
        target = html.unescape(m.group(2)).strip().lower()
        target = "".join(ch for ch in target if ch.isprintable() and not ch.isspace())
        return m.group(0) if target.startswith(_SAFE_SCHEMES) else ""

    return _HREF.sub(keep_safe, rendered)


@functools.lru_cache(maxsize=256)
def _tint(colour: str, alpha: float = 0.35) -> str:
    """A stance colour mixed with white, so that text on it stays readable in print and on screen."""
    c = colour.lstrip("#")
    if len(c) != 6 or any(ch not in "0123456789abcdefABCDEF" for ch in c):  # a colour from before it was checked
        return "#dddddd"
    r, g, b = (int(c[i : i + 2], 16) for i in (0, 2, 4))
    mix = [round(255 - (255 - v) * alpha) for v in (r, g, b)]
    return "#{:02x}{:02x}{:02x}".format(*mix)


class _Numbering:
    def __init__(self) -> None:
        self.of: dict[int, int] = {}

    def number(self, st: Statement) -> int:
        return self.of.setdefault(st.id, len(self.of) + 1)

    def in_order(self, statements: list[Statement]) -> list[Statement]:
        """The statements in the order their markers appear in the text (numbering any not yet seen)."""
        for st in statements:
            if st.id not in self.of:
                self.number(st)
        by_id = {st.id: st for st in statements}
        return [by_id[i] for i in sorted(by_id, key=self.of.__getitem__)]  # a C-level key: 100k sort fast


def _blocks(doc: Document) -> list[Block]:
    if doc.blocks:
        return list(doc.blocks)
    out, pos = [], 0
    for part in doc.text.split("\n\n"):
        if part.strip():
            out.append(Block("paragraph", pos, pos + len(part)))
        pos += len(part) + 2
    return out


def _text(text: str) -> str:
    """Element content: only &, < and > need escaping (quotes matter in attributes alone)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def _render_block(marks: _Marks, doc: Document, block: Block, inside: list[Statement], nums: _Numbering) -> str:
    """One block's HTML; `inside` are the statements touching it, sorted by start."""
    a, b = block.start, block.end
    text = doc.text
    if not inside:
        return _wrap(block, _text(text[a:b]), text)
    points = {a, b}
    ends_at: dict[int, list] = {}
    for s in inside:
        points.add(s.start if s.start > a else a)
        if s.end <= b:
            points.add(s.end)
            ends_at.setdefault(s.end, []).append(s)
    cuts = sorted(points)
    # Sweep: statements join where they start and leave where they end. The heap keeps the
    # shortest (most specific) on top; ones that have ended leave it only when they reach the top.
    parts: list[str] = []
    add, push, pop, number = parts.append, heapq.heappush, heapq.heappop, nums.number
    heap: list[tuple[int, int, int, Statement]] = []
    live = pending = 0
    waiting = len(inside)
    for x, y in zip(cuts, cuts[1:]):
        while pending < waiting and inside[pending].start <= x:
            s = inside[pending]
            push(heap, (s.end - s.start, -s.start, s.id, s))
            pending += 1
            live += 1
        while heap and heap[0][3].end <= x:
            pop(heap)
        if heap:
            add(f"{marks[heap[0][3].stance_id, live > 1]}{_text(text[x:y])}</mark>")
        else:
            add(_text(text[x:y]))
        ending = ends_at.get(y)
        if ending:
            for s in ending:
                live -= 1
                n = number(s)
                # Isolated, so that after Arabic or Hebrew text the number stays where the quote ends.
                add(f'<sup><bdi><a href="#note-{n}" id="ref-{n}">{n}</a></bdi></sup>')
    return _wrap(block, "".join(parts), text)


class _Marks(dict):
    """The opening <mark> tag for (stance id, overlapping): a class per stance, coloured by the
    style sheet, keeps 100k highlights from repeating their colour inline."""

    def __init__(self, ctx: ExportContext):
        super().__init__()
        self.ctx = ctx

    def __missing__(self, key: tuple[int | None, bool]) -> str:
        stance_id, overlap = key
        name = f"s{stance_id}" if stance_id in self.ctx.stances else "untagged"
        tag = self[key] = f'<mark class="{name}{"o" if overlap else ""}">'
        return tag


def _stance_css(ctx: ExportContext) -> str:
    """One rule per stance and per stance overlapped (one class each: Qt's rich text takes one)."""
    colours = [(f"s{i}", s.colour) for i, s in ctx.stances.items()] + [("untagged", UNTAGGED)]
    return "\n".join(f".{name} {{ background-color: {_tint(colour)}; }} "
                     f".{name}o {{ background-color: {_tint(colour)}; text-decoration: underline; }}"
                     for name, colour in colours)  # fmt: skip


def _direction(text: str, start: int, end: int) -> str:
    """"rtl" where a block's first strong letter is Arabic, Hebrew, Syriac, Thaana or N'Ko; else "auto"."""
    for ch in text[start:end]:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            break
    return "auto"


def _wrap(block: Block, body: str, text: str) -> str:
    # Each paragraph runs in the direction of its own first letters (a German article quoting a
    # paragraph of Arabic shows that paragraph right to left, aligned right). Browsers find that from
    # dir="auto"; Qt's rich text, which lays out the PDF, does not under <html>/<body>, so a
    # right-to-left paragraph says so explicitly.
    direction = _direction(text, block.start, block.end)
    if block.kind == "heading":
        level = min(6, max(2, block.level or 2))
        return f'<h{level} dir="{direction}">{body}</h{level}>'
    if block.kind == "quote":
        return f'<blockquote><p dir="{direction}">{body}</p></blockquote>'
    if block.kind == "list item":
        return f'<ul><li dir="{direction}">{body}</li></ul>'
    return f'<p dir="{direction}">{body}</p>'


def _legend(ctx: ExportContext, lab: Labels) -> str:
    chips = [(s.colour, s.label) for s in ctx.stances.values()] + [(UNTAGGED, lab["not_tagged"])]
    html_chips = " ".join(
        f'<span class="chip" style="background-color: {_tint(c)}">&nbsp;{html.escape(label)}&nbsp;</span>'
        for c, label in chips
    )
    return f'<p class="legend">{html.escape(lab["stances"])}: {html_chips}</p>'


def _facts(ctx: ExportContext, st: Statement, lab: Labels) -> str:
    facts = [html.escape(ctx.speaker_name(st)) or f"<i>{html.escape(lab['no_speaker'])}</i>",
             html.escape(ctx.stance_label(st)) or f"<i>{html.escape(lab['no_stance'])}</i>"]  # fmt: skip
    if ctx.target_name(st):
        facts.append(html.escape(lab["on_target"].format(target=ctx.target_name(st))))
    if st.mode:
        facts.append(html.escape(lab.mode(st.mode)))
    return " · ".join(facts)


def _note_item(facts: str, st: Statement, n: int, back: str) -> str:
    note = render_note(st.note) if st.note.strip() else ""
    return (f'<li id="note-{n}" value="{n}"><b class="num">{n}.</b> <span class="facts">{facts}</span>'
            f' <a href="#ref-{n}" title="{back}">↩</a>'
            f"<blockquote>“{_text(st.quote)}”</blockquote>{note}</li>")  # fmt: skip


class _Sink:
    """Parts of the page joined and written a few thousand at a time: a 100k-statement handout is
    tens of megabytes, which one join would copy whole several times over."""

    def __init__(self, out: TextIO):
        self.out = out
        self.parts: list[str] = []

    def add(self, part: str) -> None:
        self.parts.append(part)
        if len(self.parts) >= 4096:
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.out.write("\n".join(self.parts) + "\n")
            self.parts.clear()


def _document(ctx: ExportContext, doc: Document, nums: _Numbering, add: Callable[[str], None],
              first: bool = True) -> None:  # fmt: skip
    statements = ctx.statements[doc.id]
    lab = labels_for(doc)  # the document's language, not the reader's
    meta = " · ".join(html.escape(v) for v in (doc.author, doc.outlet, doc.published) if v)
    page_break = "" if first else ' style="page-break-before: always"'
    add(f"<h1{page_break}>{html.escape(doc.title)}</h1>")
    if meta:
        add(f'<p class="meta">{meta}</p>')
    add(_legend(ctx, lab))
    add("<article>")
    # Statements come in reading order (by start); the longest bounds how far back one can reach.
    starts = [s.start for s in statements]
    longest = max((s.end - s.start for s in statements), default=0)
    marks = _Marks(ctx)
    for block in _blocks(doc):
        lo = bisect_left(starts, block.start - longest)
        hi = bisect_left(starts, block.end)
        inside = [s for s in statements[lo:hi] if s.end > block.start]
        add(_render_block(marks, doc, block, inside, nums))
    add("</article>")
    # Inline, because Qt's PDF writer reads page breaks only from the element's own style.
    add(f'<section class="notes"><h2 style="page-break-before: always">{html.escape(lab["notes"])}</h2>')
    facts = per_tagging(lambda st: _facts(ctx, st, lab))
    back = html.escape(lab["back_to_text"], quote=True)
    for heading, group in ctx.grouped(doc.id, lab["no_speaker_group"]):
        if heading:
            add(f"<h3>{html.escape(heading)}</h3>")
        # The numbers are written out, not left to the list: Qt's PDF writer ignores value=, and a
        # second document or a speaker's group continues the numbering of the text's markers.
        add('<ol style="list-style-type: none; padding-left: 0">')
        for st in nums.in_order(group):
            add(_note_item(facts(st), st, nums.number(st), back))
            if not ctx.tick():
                break
        add("</ol>")
    add("</section>")


def _write(ctx: ExportContext, out: TextIO, qt_subset: bool = False) -> None:
    title = ctx.documents[0].title if len(ctx.documents) == 1 else \
        labels_for(ctx.documents[0])["handout"] if ctx.documents else Labels("en")["handout"]
    lang = ctx.documents[0].language if ctx.documents and ctx.documents[0].language else "und"
    css = CSS if not qt_subset else "mark { color: black; } .facts { color: #333333; } h1 { font-size: x-large; }"
    css += "\n" + _stance_css(ctx)
    out.write(f'<!DOCTYPE html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
              f'<meta name="generator" content="Standpoint">\n<title>{html.escape(title)}</title>\n'
              f"<style>{css}</style>\n</head>\n<body>\n")  # fmt: skip
    nums, sink = _Numbering(), _Sink(out)
    for i, doc in enumerate(ctx.documents):
        if i:
            sink.add("<hr>")
        _document(ctx, doc, nums, sink.add, first=not i)
    sink.flush()
    out.write("</body>\n</html>\n")


def render(ctx: ExportContext, qt_subset: bool = False) -> str:
    """The handout as one HTML page; qt_subset keeps to what QTextDocument lays out (for PDF)."""
    page = io.StringIO()
    _write(ctx, page, qt_subset)
    # Paper has no links to follow back.
    return _BACKLINK.sub("", page.getvalue()) if qt_subset else page.getvalue()


def handout_html(store: Store, document_ids: list[int] | None = None, *, qt_subset: bool = False,
                 group_by: str = "order") -> str:  # fmt: skip
    """The handout as a string; qt_subset keeps to the HTML and CSS that QTextDocument lays out."""
    return render(build_context(store, document_ids, group_by=group_by), qt_subset)


def write(ctx: ExportContext, out: TextIO) -> None:
    """Write the handout as a self-contained HTML page."""
    _write(ctx, out)

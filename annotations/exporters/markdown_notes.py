"""Markdown notes: per document its title and metadata, then each statement as a block quote."""

from __future__ import annotations

import re
from typing import TextIO

from ..model import Document, Statement
from ..wording import counted
from .context import ExportContext, per_tagging

# Backslash escapes for what both CommonMark and Python-Markdown honour; entities for < and >.
_SPECIAL = str.maketrans({**{c: "\\" + c for c in "\\`*_[]#!"}, "<": "&lt;", ">": "&gt;"})
_ENTITY = re.compile(r"&(?=#?\w+;)")
_UNSAFE_LINK = re.compile(r"\]\(\s*(?:javascript|vbscript|data)\s*:[^)]*\)", re.IGNORECASE)
# A line that starts with "-", "+", "12." or "12)" would open a list, "===" underline a heading and
# "~~~" open a code block: escape that marker (= and ~ as entities, as Python-Markdown has no
# backslash escape for them).
_LINE_MARKER = re.compile(r"^(\s*\d*)((?<=\d)[.)]|(?<!\d)[-+=~])", re.MULTILINE)


def escape(text: str) -> str:
    """Text shown literally in CommonMark: no emphasis, links, HTML or list markers out of it."""
    if "&" in text:
        text = _ENTITY.sub("&amp;", text)
    return _LINE_MARKER.sub(_escape_marker, text.translate(_SPECIAL))


def _escape_marker(m: re.Match) -> str:
    marker = m.group(2)
    return m.group(1) + (f"&#{ord(marker)};" if marker in "=~" else "\\" + marker)


def safe_note(note: str) -> str:
    """A note keeps its Markdown, but raw HTML shows as text, images as links, and script links lose their target."""
    note = note.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    note = note.replace("![", "\\![")  # an image would load from elsewhere when the notes are opened
    return _UNSAFE_LINK.sub("](#)", note)


def _quote_block(text: str) -> str:
    """A block quote indented into its list item; most quotes are one line, the fast path."""
    text = escape(text)
    if "\n" not in text:
        return "    > " + text
    return "\n".join("    > " + line if line.strip() else "    >" for line in text.split("\n"))


def _metadata(doc: Document) -> str:
    parts = [escape(v) for v in (doc.author, doc.outlet, doc.published) if v]
    if doc.source:
        parts.append(f"<{doc.source}>" if doc.source.startswith(("http://", "https://")) else escape(doc.source))
    return " · ".join(parts)


def _facts(ctx: ExportContext, st: Statement) -> str:
    facts = []
    speaker, stance, target = ctx.speaker_name(st), ctx.stance_label(st), ctx.target_name(st)
    facts.append(f"**{escape(speaker)}**" if speaker else "*no speaker*")
    facts.append(f"*{escape(stance)}*" if stance else "*no stance*")
    if target:
        facts.append(f"on {escape(target)}")
    if st.mode:
        facts.append(escape(st.mode))
    return " · ".join(facts)


def _indent(block: str) -> str:
    # Four spaces keep a block inside its numbered list item (CommonMark list continuation).
    return "\n".join(("    " + line) if line else "" for line in block.split("\n"))


def write(ctx: ExportContext, out: TextIO) -> None:
    """Write the notes as Markdown: each document's title and metadata, then its statements numbered, quote and note."""
    for i, doc in enumerate(ctx.documents):
        if i:
            out.write("\n---\n\n")
        out.write(f"# {escape(doc.title)}\n\n")
        meta = _metadata(doc)
        if meta:
            out.write(meta + "\n\n")
        statements = ctx.statements[doc.id]
        total = len(statements)
        incomplete = sum(not s.complete for s in statements)
        out.write(counted(total, "statement") + (f", {incomplete} incomplete" if incomplete else "") + ".\n\n")
        facts = per_tagging(lambda st: _facts(ctx, st))
        for heading, group in ctx.grouped(doc.id):
            if heading:
                out.write(f"## {escape(heading)}\n\n")
            for n, st in enumerate(group, 1):
                note = st.note.strip()
                out.write(f"{n}. {facts(st)}\n\n{_quote_block(st.quote)}\n\n"
                          + (f"{_indent(safe_note(note))}\n\n" if note else ""))  # fmt: skip
                if not ctx.tick():
                    return

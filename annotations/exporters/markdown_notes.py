"""Markdown notes: per document its title and metadata, then each statement as a block quote."""

from __future__ import annotations

import re
from functools import partial
from typing import TextIO
from urllib.parse import quote

from ..labels import Labels, labels_for
from ..model import Document, Statement
from .context import ExportContext, per_tagging

# Backslash escapes for what both CommonMark and Python-Markdown honour; entities for < and >.
_SPECIAL = str.maketrans({**{c: "\\" + c for c in "\\`*_[]#!"}, "<": "&lt;", ">": "&gt;"})
_ENTITY = re.compile(r"&(?=#?\w+;)")
# A script link's target, inline "](javascript:...)" or in a reference "[x]: javascript:...", also with
# the colon backslash-escaped ("javascript\:"), which CommonMark reads as the colon itself.
_SCRIPT = r"<?\s*(?:javascript|vbscript|data)\s*\\?:"
_UNSAFE_LINK = re.compile(r"\]\(\s*" + _SCRIPT + r"[^)]*\)", re.IGNORECASE)
_UNSAFE_REFERENCE = re.compile(r"^( {0,3}\[[^\]\n]+\]:\s*)" + _SCRIPT + r"\S*", re.IGNORECASE | re.MULTILINE)
# What an autolink <...> may hold as it is; everything else in a URL is percent-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
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
    return _UNSAFE_REFERENCE.sub(r"\1#", _UNSAFE_LINK.sub("](#)", note))


def _quote_block(text: str, pad: str = "    ") -> str:
    """A block quote indented into its list item; most quotes are one line, the fast path."""
    text = escape(text)
    if "\n" not in text:
        return pad + "> " + text
    return "\n".join(pad + "> " + line if line.strip() else pad + ">" for line in text.split("\n"))


def _metadata(doc: Document) -> str:
    parts = [escape(v) for v in (doc.author, doc.outlet, doc.published) if v]
    if doc.source:
        source = doc.source
        if source.startswith(("http://", "https://")):  # an autolink holds no space, < or >: encoded, they stay text
            parts.append(f"<{quote(source, safe=_URL_SAFE)}>")
        else:
            parts.append(escape(source))
    return " · ".join(parts)


def _facts(ctx: ExportContext, st: Statement, lab: Labels) -> str:
    facts = []
    speaker, stance, target = ctx.speaker_name(st), ctx.stance_label(st), ctx.target_name(st)
    facts.append(f"**{escape(speaker)}**" if speaker else f"*{lab['no_speaker']}*")
    facts.append(f"*{escape(stance)}*" if stance else f"*{lab['no_stance']}*")
    if target:
        facts.append(lab["on_target"].format(target=escape(target)))
    if st.mode:
        facts.append(escape(lab.mode(st.mode)))
    return " · ".join(facts)


def _indent(block: str, pad: str = "    ") -> str:
    # Indented as far as the item's text ("1. " 3, "100. " 5, at least 4): the block stays in its list item.
    return "\n".join((pad + line) if line else "" for line in block.split("\n"))


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
        lab = labels_for(doc)  # the document's language, not the reader's
        total = len(statements)
        incomplete = sum(not s.complete for s in statements)
        out.write(lab.counted(total, "statement") + (", " + lab["incomplete"].format(n=incomplete) if incomplete else "")
                  + ".\n\n")  # fmt: skip
        facts = per_tagging(partial(_facts, ctx, lab=lab))
        for heading, group in ctx.grouped(doc.id, lab["no_speaker_group"]):
            if heading:
                out.write(f"## {escape(heading)}\n\n")
            pad, wider_at = "    ", 100
            for n, st in enumerate(group, 1):
                if n == wider_at:  # "100. " is wider than four spaces: the item's blocks follow its text
                    pad, wider_at = " " * (len(str(n)) + 2), wider_at * 10
                note = st.note.strip()
                out.write(f"{n}. {facts(st)}\n\n{_quote_block(st.quote, pad)}\n\n"
                          + (f"{_indent(safe_note(note), pad)}\n\n" if note else ""))  # fmt: skip
                if not ctx.tick():
                    return

"""Markdown (.md) and saved web pages (.html): structure kept as blocks, markup dropped from the text."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import markdown

from .base import ImportedDocument
from .structure import html_to_text
from .text import decode_text, normalise_newlines


def read_markdown(path: Path) -> ImportedDocument:
    """A Markdown file as plain text with its headings, quotes and lists as blocks."""
    source, _encoding = decode_text(path.read_bytes())
    rendered = markdown.markdown(normalise_newlines(source), extensions=["sane_lists", "tables"])
    text, blocks, h1 = html_to_text(f"<html><body>{rendered}</body></html>")
    return ImportedDocument(h1 or path.stem, text, blocks, {"source": str(path.resolve()), "format": "md"})


def read_html(path: Path) -> ImportedDocument:
    """The article of a saved page, found by trafilatura: navigation, ads and scripts left out."""
    import trafilatura

    markup = _decode_html(path.read_bytes())
    found = trafilatura.bare_extraction(markup, output_format="python", with_metadata=True, include_comments=False,
                                        include_tables=True, include_formatting=False)  # fmt: skip
    meta = found.as_dict() if found is not None and hasattr(found, "as_dict") else (found or {})
    body = getattr(found, "body", None)
    warnings = []
    text, blocks = _from_trafilatura_tree(body) if body is not None and len(body) else ("", [])
    if not text.strip():
        text, blocks, _h1 = html_to_text(markup)
        warnings.append("The article could not be told apart from the rest of the page; all its text was kept.")
    info = {"source": meta.get("url") or str(path.resolve()), "format": "html"}
    for ours, theirs in (("author", "author"), ("outlet", "sitename"), ("published", "date"), ("language", "language")):
        if meta.get(theirs):
            info[ours] = str(meta[theirs])
    title = meta.get("title") or path.stem
    return ImportedDocument(str(title), text, blocks, info, warnings)


_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _decode_html(raw: bytes) -> str:
    """A page in the charset its <meta> declares (a saved KOI8-R or Shift-JIS page), else as plain text is decoded."""
    declared = _CHARSET.search(raw[:4096])
    if declared and not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        label = declared.group(1).decode("ascii").lower()
        # As browsers do (HTML standard): pages that say Latin-1 or ASCII are really windows-1252.
        label = "cp1252" if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else label
        try:
            return raw.decode(label)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: guess instead
    return decode_text(raw)[0]


def _from_trafilatura_tree(root):
    """Blocks from trafilatura's own tree (head, p, quote, list/item, table/row), already free of page noise."""
    from .structure import TextBuilder, clean_inline

    for lb in root.iter("lb"):
        # A line break separates words; inline elements (links, emphasis) do not.
        lb.tail = " " + (lb.tail or "")
    builder = TextBuilder()
    main = root.find("main")
    for el in (main if main is not None else root).iter("head", "p", "quote", "item", "row"):
        text = clean_inline("".join(el.itertext()))
        if el.tag == "head":
            rend = el.get("rend", "h2")
            builder.add("heading", text, int(rend[1:]) if rend[1:].isdigit() else 2)
        elif el.tag == "quote":
            builder.add("quote", text)
        elif el.tag == "item":
            builder.add("list item", text)
        elif el.tag == "row":
            builder.add("paragraph", " | ".join(clean_inline("".join(c.itertext())) for c in el))
        elif el.getparent() is not None and el.getparent().tag in ("quote", "item", "cell"):
            continue  # already taken with its container
        else:
            builder.add("paragraph", text)
    return builder.text, builder.blocks

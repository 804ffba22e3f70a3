"""Building canonical text with block ranges from structured input (HTML, Markdown, DOCX, EPUB).

Blocks are joined by a blank line, so the canonical text reads like a plain-text article and every
block is a range of it; inline markup is dropped and white space inside a block is collapsed.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from ..model import Block

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SEPARATED = ("p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt")
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
HEADINGS = {f"h{n}": n for n in range(1, 7)}
SKIP = {"script", "style", "nav", "aside", "footer", "header", "form", "button", "noscript", "iframe", "svg",
        "figure", "figcaption", "img", "template"}  # fmt: skip


def clean_inline(text: str) -> str:
    """Inline text with its white space folded to single spaces."""
    return _SPACE.sub(" ", text).strip()


class TextBuilder:
    """Builds a document's text paragraph by paragraph, recording each as a block."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.length = 0

    def add(self, kind: str, text: str, level: int = 0, keep_lines: bool = False) -> None:
        """Append a paragraph (or heading, quote, list item) and record its block."""
        text = text.strip("\n") if keep_lines else clean_inline(text)
        if not text.strip():
            return
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        self.blocks.append(Block(kind, self.length, self.length + len(text), level))
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        """The text built so far."""
        return "".join(self.parts) + ("\n" if self.parts else "")


def _text_of(el) -> str:
    """The text of an element, without what SKIP names (a script inside a paragraph, say)."""
    parts: list[str] = []

    def walk(node) -> None:
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str) and child.tag.lower() not in SKIP:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts)


def walk_html(root, builder: TextBuilder, quote: bool = False) -> None:
    """Add the blocks of an HTML element tree in document order."""
    for el in root:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP:
            continue
        if tag in HEADINGS:
            builder.add("heading", _text_of(el), HEADINGS[tag])
        elif tag in ("p", "dt", "dd", "address"):
            builder.add("quote" if quote else "paragraph", _text_of(el))
        elif tag == "pre":
            builder.add("paragraph", "".join(el.itertext()), keep_lines=True)
        elif tag == "blockquote":
            if any(isinstance(c.tag, str) and c.tag.lower() in ("p", "ul", "ol", "div") for c in el):
                walk_html(el, builder, quote=True)
            else:
                builder.add("quote", _text_of(el))
        elif tag in ("ul", "ol"):
            for li in el:
                if isinstance(li.tag, str) and li.tag.lower() == "li":
                    builder.add("list item", _text_of(li))
        elif tag == "li":
            builder.add("list item", _text_of(el))
        elif tag == "tr":
            builder.add("paragraph", " | ".join(clean_inline(_text_of(c)) for c in el if isinstance(c.tag, str)))
        elif tag in ("div", "section", "article", "main", "body", "html", "table", "tbody", "thead", "center", "span",
                     "font", "dl", "hgroup"):  # fmt: skip
            if el.text and el.text.strip() and tag in ("div", "span", "font", "center"):
                # A div that holds text directly (old pages) is a paragraph of its own.
                has_blocks = any(isinstance(c.tag, str) and c.tag.lower() in ("p", "div", "h1", "h2", "h3", "ul", "ol")
                                 for c in el)  # fmt: skip
                if not has_blocks:
                    builder.add("quote" if quote else "paragraph", _text_of(el))
                    continue
            walk_html(el, builder, quote)
        else:
            builder.add("quote" if quote else "paragraph", _text_of(el))


def html_to_text(markup: str | bytes) -> tuple[str, list[Block], str]:
    """(canonical text, blocks, first h1 or title) of an HTML document or fragment."""
    if isinstance(markup, bytes):
        markup = markup.decode("utf-8", errors="replace")
    markup = _XML_DECLARATION.sub("", markup)  # lxml refuses a str that declares its own encoding
    if not markup.strip():
        return "", [], ""
    try:
        doc = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return "", [], ""
    for el in doc.iter("br", *_SEPARATED):
        # Words on either side of a line break or of two adjacent blocks must not run together.
        el.tail = " " + (el.tail or "")
    builder = TextBuilder()
    body = doc.find("body")
    walk_html(body if body is not None else doc, builder)
    h1 = doc.find(".//h1")
    title_el = doc.find(".//title")
    title = clean_inline(_text_of(h1)) if h1 is not None else (clean_inline(title_el.text_content()) if title_el is not None else "")
    return builder.text, builder.blocks, title

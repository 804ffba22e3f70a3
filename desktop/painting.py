"""Highlights drawn only where the reader looks: formats applied to the blocks about to be painted.

A QSyntaxHighlighter formats every block of a document as soon as the text is set: one Python
call per block, which made a 10 MB article take seconds. Here a block gets its formats the first
time it comes near the viewport (and again after a change touches it), so opening costs what Qt
alone costs, and scrolling pays only for the new screenful.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextLayout

from .highlights import Span, SpanIndex

HIGHLIGHT_ALPHA = 80


class BlockPainter:
    def __init__(self, document: QTextDocument, colour_of: Callable[[Span], str]):
        self.document = document
        self.colour_of = colour_of
        self.index = SpanIndex()
        self.heading_blocks: set[int] = set()
        self.heading_size = 0.0
        self.done: set[int] = set()  # block numbers whose formats are current
        # Formats by (heading size or 0, colour, underline colour): a dense block has some thirty runs, and making
        # a QTextCharFormat for each was most of formatting it.
        self._formats: dict[tuple[float, str, str | None], QTextCharFormat] = {}

    def reset(self) -> None:
        self.done.clear()
        self._formats.clear()

    def invalidate(self, numbers) -> None:
        self.done.difference_update(numbers)

    def pending(self, first: int, last: int) -> list[int]:
        """The block numbers from first to last (inclusive) whose formats are not current."""
        done = self.done
        return [n for n in range(first, last + 1) if n not in done]

    def ensure(self, block: QTextBlock) -> bool:
        """Give a block its formats if it has not got them; True when something changed."""
        number = block.blockNumber()
        if number in self.done or not block.isValid():
            return False
        self.done.add(number)
        ranges = self.formats(block)
        layout = block.layout()
        if not ranges and not layout.formats():
            return False
        layout.setFormats(ranges)
        # As QSyntaxHighlighter does: a block whose formats changed must be laid out again.
        self.document.markContentsDirty(block.position(), block.length())
        return True

    def formats(self, block: QTextBlock) -> list[QTextLayout.FormatRange]:
        pos = block.position()
        length = block.length() - 1  # UTF-16 units
        out: list[QTextLayout.FormatRange] = []
        base = QTextCharFormat()
        size = 0.0
        if block.blockNumber() in self.heading_blocks:
            base.setFontWeight(QFont.Weight.Bold)
            base.setFontPointSize(self.heading_size)
            size = self.heading_size
            out.append(_range(0, length, base))
        spans = self.index.overlapping(pos, pos + length)  # sorted by start
        if not spans:
            return out
        end = pos + length
        cuts = sorted({pos, end, *(x for sp in spans for x in (sp.start, sp.end) if pos < x < end)})
        active: list = []
        pending = 0
        formats, colour_of = self._formats, self.colour_of
        for a, b in zip(cuts, cuts[1:]):
            # Sweep: spans join where they start and leave where they end; no pass over all of them.
            while pending < len(spans) and spans[pending].start <= a:
                active.append(spans[pending])
                pending += 1
            active = [sp for sp in active if sp.end > a]
            if not active:
                continue
            # Overlaps: the shortest statement gives the colour; a run inside several is underlined.
            top = min(active, key=lambda sp: (sp.end - sp.start, -sp.start))
            under = active[0] if len(active) > 1 else None
            key = (size, colour_of(top), colour_of(under) if under is not None else None)
            fmt = formats.get(key)
            if fmt is None:
                fmt = formats[key] = _format(base, *key[1:])
            out.append(_range(a - pos, b - a, fmt))
        return out


def _format(base: QTextCharFormat, colour: str, under: str | None) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    background = QColor(colour)
    background.setAlpha(HIGHLIGHT_ALPHA)
    fmt.setBackground(background)
    if under is not None:
        fmt.setFontUnderline(True)
        fmt.setUnderlineColor(QColor(under))
    return fmt


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, length, fmt
    return r

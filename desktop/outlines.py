"""Outlines drawn around passages of the article: suggestions, which are proposals and not yet statements.

Statements are filled highlights (character formats); a suggestion is only a dashed frame drawn
over the text after Qt paints it, so the two never mix and a suggestion costs no re-layout.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

OUTLINE_COLOUR = "#6a5acd"


class Outlines:
    """Spans in UTF-16 units, sorted by start, with one of them current (drawn stronger)."""

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.current: tuple[int, int] | None = None
        self._longest = 0

    def set(self, spans: list[tuple[int, int]], current: int | None) -> None:
        self.current = spans[current] if current is not None and 0 <= current < len(spans) else None
        self.spans = sorted(spans)
        self._longest = max((b - a for a, b in self.spans), default=0)

    def paint(self, view: QPlainTextEdit) -> None:
        """Frame the spans that cross the visible part of the view."""
        if not self.spans:
            return
        top = view.firstVisibleBlock().position()
        bottom = view.cursorForPosition(view.viewport().rect().bottomRight()).position() + 1
        lo = bisect_left(self.spans, (top - self._longest, -1))
        painter = QPainter(view.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(OUTLINE_COLOUR)
        for k in range(lo, len(self.spans)):
            a, b = self.spans[k]
            if a > bottom:
                break
            if b <= top:
                continue
            strong = (a, b) == self.current
            pen = QPen(colour, 2.0 if strong else 1.0)
            pen.setStyle(Qt.PenStyle.SolidLine if strong else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in range_rects(view, a, b):
                painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 3, 3)
        painter.end()


def range_rects(view: QPlainTextEdit, start: int, end: int) -> list[QRectF]:
    """One rectangle per laid-out line that text[start:end] (UTF-16 units) covers, in viewport coordinates."""
    doc = view.document()
    block = doc.findBlock(start)
    offset = view.contentOffset()
    rects = []
    while block.isValid() and block.position() < end:
        layout = block.layout()
        origin = view.blockBoundingGeometry(block).translated(offset).topLeft()
        base = block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            a = max(start, base + line.textStart())
            b = min(end, base + line.textStart() + line.textLength())
            if a >= b:
                continue
            x1, x2 = _x(line, a - base), _x(line, b - base)
            rects.append(QRectF(origin.x() + min(x1, x2), origin.y() + line.y(), abs(x2 - x1), line.height()))
        block = block.next()
    return rects


def _x(line, position: int) -> float:
    x = line.cursorToX(position)
    return float(x[0] if isinstance(x, tuple) else x)

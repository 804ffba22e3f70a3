"""The article view: read-only text with statements highlighted, selection to mark, click to pick."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from annotations.anchoring import snap_to_words
from annotations.model import Document, Statement
from annotations.offsets import Utf16Map
from annotations.store.columns import StatementColumns

from .fonts import reading_font
from .highlights import UNTAGGED_COLOUR, Palette, Span, SpanIndex
from .outlines import Outlines
from .painting import BlockPainter
from .wordbreaks import qt_word_breaks

READING_WIDTH_CHARS = 72  # a comfortable measure for running text
MIN_READING_CHARS = 40  # the narrowest line the article is given, however small the window
CURSOR_MARGIN_LINES = 3  # lines kept between the cursor and the top or bottom edge when it moves
__all__ = ["UNTAGGED_COLOUR", "ArticleView", "reading_font"]


class ArticleView(QPlainTextEdit):
    """Shows one document. Offsets outside this class are code points; inside, Qt's UTF-16 units."""

    markRequested = Signal()
    statementClicked = Signal(int)
    textClicked = Signal(int)  # a click on text no statement covers: the code point, for suggestions there

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Article"))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setFont(reading_font())
        self.setCursorWidth(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(18)
        # The margins beside the text column are part of the page, not a grey frame around it.
        self.setStyleSheet("ArticleView { background: palette(base); }")
        self.colouring = Palette({})  # not `palette`: QWidget.palette() is the widget's own
        self.document_model: Document | None = None
        self.map = Utf16Map("")
        self.current_id: int | None = None
        self._marked: tuple | None = None  # what the current statement's extra selection shows (None: nothing)
        self.context_actions: list = []
        self.painter = BlockPainter(self.document(), self._colour)
        self.zoom_steps = 0
        self._centring = False
        self.outlines = Outlines()

    # -- content -----------------------------------------------------------------------------------

    @property
    def index(self) -> SpanIndex:
        return self.painter.index

    def show_document(self, document: Document, statements: StatementColumns, palette: Palette) -> None:
        """Show a document with these of its statements highlighted (columns in code points, as read)."""
        self.document_model = document
        self.map = Utf16Map(document.text)
        self.colouring = palette
        # Offsets converted all at once, into lists of the view's own: no Span, no bisection per offset.
        self.painter.index = SpanIndex(statements.converted(self.map.to_utf16_many))
        self.current_id = None
        self.painter.reset()
        self.outlines.set([], None)
        self.setPlainText(document.text)  # highlights follow lazily, block by block, as they are shown
        self.painter.heading_blocks = {self.document().findBlock(self.map.to_utf16(b.start)).blockNumber()
                                       for b in document.blocks if b.kind == "heading"}  # fmt: skip
        self.painter.heading_size = self.font().pointSizeF() * 1.25
        self._set_marked(None, [])
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def clear_document(self) -> None:
        self.document_model = None
        self.map = Utf16Map("")
        self.painter.index = SpanIndex()
        self.painter.heading_blocks = set()
        self.painter.reset()
        self.current_id = None
        self.outlines.set([], None)
        self.setPlainText("")
        self._set_marked(None, [])

    def top_position(self) -> int:
        """The code point at the top of the view: where the reader is, to come back to later."""
        # The first line shown, not its paragraph's start: a long paragraph is most of a screen.
        return self.map.to_codepoint(self.cursorForPosition(QPoint(0, 0)).position())

    def scroll_to_top(self, position: int) -> None:
        """Scroll so that the block holding a code-point position is the first one shown."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.map.to_utf16(position), self.document().characterCount() - 1))
        self.setTextCursor(cursor)
        # Scrolling to the end first makes ensureCursorVisible() stop with the cursor's line on top.
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        self.ensureCursorVisible()

    def colour_of(self, statement_id: int) -> str:
        """The colour of a statement's highlight (grey for one without a stance, or a speaker)."""
        span = self.index.span(statement_id)
        return self._colour(span) if span is not None else UNTAGGED_COLOUR

    def _colour(self, span: Span) -> str:
        return self.colouring.colour(span.speaker_id, span.stance_id)

    def update_statements(self, changed: Iterable[Statement], removed: Iterable[int]) -> None:
        """Apply created, edited and deleted statements, redrawing only the blocks they touch."""
        touched: list[tuple[int, int]] = []
        for statement_id in removed:
            old = self.index.remove(statement_id)
            if old:
                touched.append((old.start, old.end))
        for st in changed:
            old = self.index.remove(st.id)
            if old:
                touched.append((old.start, old.end))
            start, end = self.map.to_utf16(st.start), self.map.to_utf16(st.end)
            self.index.add(st, start, end)
            touched.append((start, end))
        self._rehighlight_ranges(touched)
        if self.current_id is not None:
            self._mark_current()

    def show_statements(self, statements: StatementColumns, palette: Palette) -> None:
        """Highlight these statements instead of those shown (another layer of annotators), text unchanged."""
        self.colouring = palette
        self.painter.index = SpanIndex(statements.converted(self.map.to_utf16_many))
        self.painter.reset()
        self._format_visible()
        self._mark_current()

    def recolour(self, palette: Palette) -> None:
        self.colouring = palette
        self.painter.reset()
        self._format_visible()
        self._mark_current()

    def _rehighlight_ranges(self, ranges: list[tuple[int, int]]) -> None:
        doc = self.document()
        numbers: set[int] = set()
        for a, b in ranges:
            first = doc.findBlock(a).blockNumber()
            last = doc.findBlock(max(a, b - 1)).blockNumber()
            numbers.update(range(first, last + 1))
        self.painter.invalidate(numbers)
        self._format_visible()

    def _format_visible(self) -> None:
        """Format the blocks on screen and a screenful either side, before Qt paints them."""
        if self.document_model is None:
            return
        # The range from two calls (Qt walks the lines from the top block in C++), not a geometry query per block:
        # a create formats two or three blocks and this runs twice for it, on every paint too.
        first = max(0, self.firstVisibleBlock().blockNumber() - 8)  # a few blocks above, for scrolling up
        last = self.cursorForPosition(QPoint(0, int(1.5 * self.viewport().height()))).blockNumber()
        todo = self.painter.pending(first, last)
        if not todo:
            return
        doc = self.document()
        for number in todo:
            # Each block formatted asks Qt to lay it out again and to repaint it (its height unchanged, only it);
            # no update of the whole viewport.
            self.painter.ensure(doc.findBlockByNumber(number))

    def paintEvent(self, event) -> None:  # noqa: N802
        self._format_visible()
        super().paintEvent(event)
        self.outlines.paint(self)

    def set_suggestions(self, spans: list[tuple[int, int]], current: int | None) -> None:
        """Outline these code-point spans (suggested statements), the one at index `current` stronger."""
        self.outlines.set([(self.map.to_utf16(a), self.map.to_utf16(b)) for a, b in spans], current)
        self.viewport().update()

    def reveal(self, position: int) -> None:
        """Scroll a code-point position into view (centred) if it is not on screen."""
        u16 = self.map.to_utf16(position)
        if not self._is_visible(u16):
            cursor = QTextCursor(self.document())
            cursor.setPosition(u16)
            self.setTextCursor(cursor)
            self.centerCursor()

    # -- positions -----------------------------------------------------------------------------------

    def selection_span(self) -> tuple[int, int] | None:
        """The selection in code points, widened to whole words (in every script); None without a selection."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.document_model is None:
            return None
        start = self.map.to_codepoint(cursor.selectionStart())
        end = self.map.to_codepoint(cursor.selectionEnd())
        start, end = snap_to_words(self.document_model.text, start, end, qt_word_breaks)
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_utf16(start))
        cursor.setPosition(self.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def select_text(self, needle: str, occurrence: int = 0) -> None:
        """Select the n-th occurrence of a piece of the text (as a reader would, for tests and search)."""
        assert self.document_model is not None
        text, at = self.document_model.text, -1
        for _ in range(occurrence + 1):
            at = text.find(needle, at + 1)
            if at < 0:
                raise ValueError(f"“{needle}” does not occur {occurrence + 1} times in the document.")
        self.select_span(at, at + len(needle))

    def statements_at(self, position: int) -> list[int]:
        """Ids of statements covering a code-point position, shortest first."""
        return [s.id for s in self.index.at(self.map.to_utf16(position))]

    def format_at(self, position: int) -> QTextCharFormat | None:
        """The character format drawn at a code-point position (formatting its block if need be)."""
        u16 = self.map.to_utf16(position)
        block = self.document().findBlock(u16)
        self.painter.ensure(block)  # what would be drawn there, even if it is not on screen yet
        offset = u16 - block.position()
        for r in block.layout().formats():
            if r.start <= offset < r.start + r.length:
                return QTextCharFormat(r.format)
        return None

    def highlight_colour_at(self, position: int) -> str | None:
        """The background colour drawn at a code-point position (#rrggbb), or None where nothing is."""
        fmt = self.format_at(position)
        if fmt is None or not fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
            return None
        return fmt.background().color().name()

    # -- current statement -----------------------------------------------------------------------------

    def set_current(self, statement_id: int | None, scroll: bool = True) -> None:
        self.current_id = statement_id
        self._mark_current()
        span = self.index.span(statement_id) if statement_id is not None else None
        if span and scroll:
            cursor = QTextCursor(self.document())
            cursor.setPosition(span.start)
            if not self._is_visible(span.start):
                self.setTextCursor(cursor)
                self.centerCursor()
            else:
                self.keep_cursor_clear(cursor)

    def _is_visible(self, u16: int) -> bool:
        cursor = QTextCursor(self.document())
        cursor.setPosition(u16)
        rect = self.cursorRect(cursor)
        return self.viewport().rect().adjusted(0, 20, 0, -20).contains(rect.center())

    def _mark_current(self) -> None:
        span = self.index.span(self.current_id) if self.current_id is not None else None
        if span is None:
            self._set_marked(None, [])
            return
        colour = QColor(self._colour(span))
        colour.setAlpha(170)
        text = self.palette().color(QPalette.ColorRole.Text)
        key = (span.start, span.end, colour.rgba(), text.rgba())
        if key == self._marked:
            return
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        sel.format.setBackground(colour)
        sel.format.setForeground(text)
        self._set_marked(key, [sel])

    def _set_marked(self, key: tuple | None, selections: list) -> None:
        # A create or an edit asks for the mark three times (the change, the list's current row, the editor);
        # setting the same selection again repaints its lines each time.
        if key is None and self._marked is None and selections == []:
            return
        self._marked = key
        self.setExtraSelections(selections)

    # -- gestures --------------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.textCursor().hasSelection():
            self.markRequested.emit()
            event.accept()
            return
        before = self.textCursor().position()
        super().keyPressEvent(event)
        if self.textCursor().position() != before:
            self.keep_cursor_clear()

    def keep_cursor_clear(self, cursor: QTextCursor | None = None, lines: int = CURSOR_MARGIN_LINES) -> None:
        """Scroll so the cursor's line (or another cursor's: a statement's start) has some lines of text
        above and below it, not the very edge.

        QPlainTextEdit scrolls by lines, so the margin is counted in lines of the current font."""
        bar = self.verticalScrollBar()
        height = QFontMetricsF(self.font()).lineSpacing()
        rect = self.cursorRect(cursor) if cursor is not None else self.cursorRect()
        room = self.viewport().height()
        lines = min(lines, max(0, int(room / height / 2) - 1))  # a tiny view keeps the cursor in sight first
        above = int(rect.top() // height)
        below = int((room - rect.bottom()) // height)
        if above < lines:
            bar.setValue(bar.value() - (lines - above))
        elif below < lines:
            bar.setValue(bar.value() + (lines - below))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            point = event.position().toPoint()
            if self.pick_at(point) is None and self.document_model is not None:
                self.textClicked.emit(self.map.to_codepoint(self.cursorForPosition(point).position()))

    def pick_at(self, point: QPoint) -> int | None:
        """Select the statement under a point; clicking again where several overlap cycles through them."""
        u16 = self.cursorForPosition(point).position()
        hits = [s.id for s in self.index.at(u16)] or [s.id for s in self.index.at(max(0, u16 - 1))]
        if not hits:
            return None
        chosen = hits[(hits.index(self.current_id) + 1) % len(hits)] if self.current_id in hits else hits[0]
        self.statementClicked.emit(chosen)
        return chosen

    def point_at(self, position: int) -> QPoint:
        """The viewport point in the middle of the character at a code-point position."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.map.to_utf16(position))
        rect = self.cursorRect(cursor)
        return QPoint(rect.x() + 3, rect.center().y())

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            if menu.actions():
                first = menu.actions()[0]
                menu.insertActions(first, self.context_actions)
                menu.insertSeparator(first)
            else:
                menu.addActions(self.context_actions)
        menu.exec(event.globalPos())

    # -- reading comfort ---------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802
        # Margins first: QPlainTextEdit lays the text out for the viewport width inside its own
        # resizeEvent, so the column must already have its final width by then.
        # self.width(), not event.size(): the viewport's resize events arrive here too, with its smaller size.
        self._centre_column()
        super().resizeEvent(event)

    def _centre_column(self, width: int | None = None) -> None:
        if self._centring:  # setViewportMargins can resize the widget again from inside
            return
        width = self.width() if width is None else width
        measure = QFontMetricsF(self.font()).averageCharWidth() * READING_WIDTH_CHARS
        spare = width - measure - self.verticalScrollBar().sizeHint().width()
        side = int(max(16, spare / 2))
        if self.viewportMargins().left() != side:
            self._centring = True
            try:
                self.setViewportMargins(side, 0, side, 0)
            finally:
                self._centring = False

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for a readable line (MIN_READING_CHARS) at the current zoom: a small window narrows the
        side panel before the article."""
        hint = super().minimumSizeHint()
        text = QFontMetricsF(self.font()).averageCharWidth() * MIN_READING_CHARS
        chrome = 2 * self.document().documentMargin() + 2 * 16 + self.verticalScrollBar().sizeHint().width()
        return QSize(int(text + chrome) + 1, hint.height())

    def zoom(self, steps: int) -> None:
        if steps > 0:
            self.zoomIn(steps)
        elif steps < 0:
            self.zoomOut(-steps)
        self.zoom_steps += steps
        self._centre_column()
        self.updateGeometry()  # a larger font needs a wider minimum
        self.painter.heading_size = self.font().pointSizeF() * 1.25
        if self.painter.heading_blocks:
            self.painter.invalidate(self.painter.heading_blocks)
            self._format_visible()

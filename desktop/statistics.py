"""The statistics view's parts: a table model over a StanceTable and a stacked bar chart drawn with QPainter.

The chart lays itself out once per size (`segments`), paints from that layout and answers hit tests
from it, so what is clicked is what was drawn. The same `paint` draws on screen, into a PNG and into
an SVG (QSvgGenerator). No QtCharts: it is not in PySide6-Essentials, and it is GPL.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotations.statistics import ANY, NONE_LABELS, Key, Row, StanceTable

from .i18n import counts
from .statements import colour_chip

NO_STANCE_COLOUR = "#b4b4b4"
Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def statements_counted(n: int) -> str:
    """ "200,000 statements": counted, with thousands separated as the window's language writes them."""
    return counts.statements(n)


def grouping_name(by: str) -> str:
    """What the rows are, as a column heading."""
    return {"speaker": translate("Statistics", "Speaker"), "target": translate("Statistics", "Target"),
            "document": translate("Statistics", "Document"),
            "annotator": translate("Statistics", "Annotator")}.get(by, by)  # fmt: skip


def none_label(by: str) -> str:
    """How a row (or the stance column) of statements without that field reads."""
    return {"speaker": translate("Statistics", "(no speaker)"), "target": translate("Statistics", "(no target)"),
            "document": translate("Statistics", "(no document)"), "annotator": translate("Statistics", "(no annotator)"),
            "stance": translate("Statistics", "(no stance)")}.get(by, NONE_LABELS.get(by, ""))  # fmt: skip


def shown_table(table: StanceTable) -> StanceTable:
    """The table with its rows for statements without a value named in the window's language."""
    from dataclasses import replace

    rows = tuple(replace(r, label=none_label(table.by)) if r.label == NONE_LABELS[table.by] and r.key in (None, "") else r
                 for r in table.rows)  # fmt: skip
    return replace(table, rows=rows)


def stance_heading(table: StanceTable, stance) -> str:
    return stance.label if stance is not None else none_label("stance")


def chart_title(by: str) -> str:
    return {"speaker": translate("Statistics", "Statements by speaker and stance"),
            "target": translate("Statistics", "Statements by target and stance"),
            "document": translate("Statistics", "Statements by document and stance"),
            "annotator": translate("Statistics", "Statements by annotator and stance")}.get(by, by)  # fmt: skip


def stance_colour(table: StanceTable, column: int) -> str:
    stance = table.stances[column]
    return stance.colour if stance is not None else NO_STANCE_COLOUR


def cell_text(table: StanceTable, key: Key | object, stance_id: int | None | object) -> str:
    """What a cell is, in words: "Tokajew · opposed", "all speakers · opposed", "Tokajew · every stance"."""
    if key is ANY:
        row = {"speaker": translate("Statistics", "all speakers"), "target": translate("Statistics", "all targets"),
               "document": translate("Statistics", "all documents"),
               "annotator": translate("Statistics", "all annotators")}.get(table.by, table.by)  # fmt: skip
    else:
        found = table.row(key)  # type: ignore[arg-type]
        row = found.label if found else none_label(table.by)
    if stance_id is ANY:
        return translate("Statistics", "{row} · every stance").format(row=row)
    stance = next((s for s in table.stances if (s.id if s else None) == stance_id), None)
    return f"{row} · {stance_heading(table, stance)}"


class StanceTableModel(QAbstractTableModel):
    """The table as the view shows it: a label column, one column per stance, Total; a Total row last."""

    rowsSorted = Signal()  # the rows are in another order: the chart follows

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = StanceTable("speaker", (), ())
        self.original: tuple[Row, ...] = ()
        self.sorted_by: tuple[int, Qt.SortOrder] | None = None  # a clicked header; None: the table's own order

    def set_table(self, table: StanceTable) -> None:
        self.beginResetModel()
        self.original = table.rows
        self.table = self._sorted(table)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (its label or count); the Total row and the row without a value stay last."""
        self.sorted_by = None if column < 0 else (column, order)
        self.layoutAboutToBeChanged.emit()
        self.table = self._sorted(replace(self.table, rows=self.original))
        self.layoutChanged.emit()
        self.rowsSorted.emit()

    def _sorted(self, table: StanceTable) -> StanceTable:
        if self.sorted_by is None:
            return table
        column, order = self.sorted_by
        if column == 0:
            def key(r: Row) -> tuple:
                return (r.label.casefold(),)
        elif column <= len(table.stances):
            sid = _stance_id(table, column - 1)

            def key(r: Row) -> tuple:
                return (r.counts.get(sid, 0), r.total)
        else:
            def key(r: Row) -> tuple:
                return (r.total,)
        none_key: Key = "" if table.by == "annotator" else None
        rows = sorted((r for r in table.rows if r.key != none_key), key=key,
                      reverse=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
        return replace(table, rows=tuple(rows) + tuple(r for r in table.rows if r.key == none_key))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.table.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.table.stances) + 2

    def cell(self, row: int, column: int) -> tuple[Key | object, int | None | object] | None:
        """(row key, stance id) of a count cell (ANY in the totals), None for the label column."""
        t = self.table
        if column == 0 or not 0 <= row <= len(t.rows):
            return None
        key = ANY if row == len(t.rows) else t.rows[row].key
        stance = ANY if column == len(t.stances) + 1 else _stance_id(t, column - 1)
        return key, stance

    def count(self, row: int, column: int) -> int:
        t = self.table
        key, stance = self.cell(row, column) or (None, None)
        if key is ANY:
            return t.total if stance is ANY else t.column_totals.get(stance, 0)  # type: ignore[call-overload, arg-type]
        r = t.rows[row]
        return r.total if stance is ANY else r.counts.get(stance, 0)  # type: ignore[call-overload, arg-type]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t, row, column = self.table, index.row(), index.column()
        total_row, total_column = row == len(t.rows), column == len(t.stances) + 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return self.tr("Total") if total_row else t.rows[row].label
            return str(self.count(row, column))
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            key, stance = self.cell(row, column)  # type: ignore[misc]
            return f"{cell_text(t, key, stance)}: {statements_counted(self.count(row, column))}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (total_row or total_column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and not total_row and t.rows[row].colour:
            return colour_chip(t.rows[row].colour)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        t = self.table
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return grouping_name(t.by)
            if section == len(t.stances) + 1:
                return self.tr("Total")
            return stance_heading(t, t.stances[section - 1])
        if role == Qt.ItemDataRole.DecorationRole and 0 < section <= len(t.stances):
            return colour_chip(stance_colour(t, section - 1))
        return None


def _stance_id(table: StanceTable, column: int) -> int | None:
    stance = table.stances[column]
    return stance.id if stance is not None else None


@dataclass(frozen=True)
class Segment:
    """One coloured piece of a bar: the table row and stance it counts, where it is drawn."""

    row: int
    key: Key
    stance_id: int | None
    count: int
    rect: QRectF
    colour: str


class StackedBarChart(QWidget):
    """One horizontal bar per table row, split into segments by stance (the scheme's colours).

    Click a segment, or move between segments with the arrow keys and press Enter, to list its statements.
    """

    segmentActivated = Signal(object, object)  # row key, stance id
    MAX_BARS = 60  # more rows than this: the first (the largest, or documents in order) are drawn, the chart says how many were left out
    BAR, GAP, MARGIN = 20.0, 6.0, 12.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = StanceTable("speaker", (), ())
        self.current: tuple[int, int] | None = None  # (row, stance column) with keyboard focus
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Chart of statements by stance"))
        self._layout_cache: tuple[float, list[Segment], dict] | None = None

    def set_table(self, table: StanceTable) -> None:
        self.table = table
        self._layout_cache = None
        self.current = None
        self.setAccessibleName(chart_title(table.by))
        self.setAccessibleDescription(self._summary())
        self.updateGeometry()
        self.setMinimumHeight(int(self.chart_height()))
        self.update()

    def _summary(self) -> str:
        t = self.table
        parts = [f"{r.label}: {r.total}" for r in t.rows[: self.MAX_BARS]]
        return f"{statements_counted(t.total)}. " + "; ".join(parts)

    # -- layout --------------------------------------------------------------------------------------

    def shown_rows(self) -> int:
        return min(len(self.table.rows), self.MAX_BARS)

    def chart_height(self, width: float | None = None) -> float:
        """How tall the chart is drawn `width` wide (by default its present width)."""
        legend = self.legend_lines(float(self.width() if width is None else width)) * self.BAR + self.BAR if self.table.stances else 0
        note = self.BAR if len(self.table.rows) > self.MAX_BARS else 0
        rows = max(1, self.shown_rows())
        return self.MARGIN * 2 + self.BAR * 1.5 + legend + rows * (self.BAR + self.GAP) + note

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, int(self.chart_height()))

    def legend_lines(self, width: float) -> int:
        """How many lines the legend takes at this width."""
        return max((line for _s, _l, _t, _c, line in self._legend(width)), default=-1) + 1

    def _legend(self, width: float) -> list[tuple[float, float, str, str, int]]:
        """(x, width, label, colour, line) of every legend entry, wrapped to the chart's width."""
        t = self.table
        _font, fm = self._fonts()
        m = self.MARGIN
        out, x, line = [], m, 0
        for i, stance in enumerate(t.stances):
            label = stance_heading(t, stance)
            w = 18 + fm.horizontalAdvance(label) + 14
            if x + w > width - m and x > m:
                x, line = m, line + 1
            out.append((x, w, label, stance_colour(t, i), line))
            x += w
        return out

    def _fonts(self) -> tuple[QFont, QFontMetricsF]:
        font = QFont(self.font())
        return font, QFontMetricsF(font)

    def layout_at(self, width: float) -> tuple[list[Segment], dict]:
        """The segments for a chart `width` wide, and the places of its other parts (labels, legend, title)."""
        if self._layout_cache is not None and self._layout_cache[0] == width:
            return self._layout_cache[1], self._layout_cache[2]
        t = self.table
        _font, fm = self._fonts()
        m, bar, gap = self.MARGIN, self.BAR, self.GAP
        y = m
        places: dict = {"title": QRectF(m, y, width - 2 * m, bar)}
        y += bar * 1.5
        legend = []
        for x, w, label, colour, line in self._legend(width):
            top = y + line * bar
            legend.append((QRectF(x, top + 3, 14, 14), QRectF(x + 18, top, w - 18, bar), label, colour))
        places["legend"] = legend
        if t.stances:
            y += bar * (self.legend_lines(width) + 1)
        rows = t.rows[: self.MAX_BARS]
        label_width = min(max((fm.horizontalAdvance(r.label) for r in rows), default=0) + 8, width * 0.35)
        total_width = fm.horizontalAdvance(f"{max((r.total for r in rows), default=0):,}") + 8
        left = m + label_width
        span = max(10.0, width - m - left - total_width)
        largest = max((r.total for r in rows), default=0) or 1
        segments: list[Segment] = []
        labels = []
        for n, r in enumerate(rows):
            labels.append((QRectF(m, y, label_width - 8, bar), r.label, QRectF(0, y, 0, bar)))
            x = left
            for i, stance in enumerate(t.stances):
                sid = stance.id if stance is not None else None
                count = r.counts.get(sid, 0)
                if not count:
                    continue
                w = span * count / largest
                segments.append(Segment(n, r.key, sid, count, QRectF(x, y, w, bar), stance_colour(t, i)))
                x += w
            labels[-1] = (labels[-1][0], r.label, QRectF(x + 4, y, total_width, bar))
            y += bar + gap
        places["labels"] = labels
        if len(t.rows) > self.MAX_BARS:
            places["note"] = QRectF(m, y, width - 2 * m, bar)
        self._layout_cache = (width, segments, places)
        return segments, places

    def segments(self) -> list[Segment]:
        """The segments as drawn at the chart's present width (the hit-test API)."""
        return self.layout_at(float(self.width()))[0]

    def segment_at(self, pos: QPointF) -> Segment | None:
        """The segment under a point of the widget, if any."""
        return next((s for s in self.segments() if s.rect.contains(pos)), None)

    # -- painting ------------------------------------------------------------------------------------

    def paint(self, painter: QPainter, width: float, focus: Segment | None = None) -> None:
        """Draw the chart `width` wide from its top left corner (on screen, into a PNG or an SVG)."""
        t = self.table
        segments, places = self.layout_at(width)
        font, fm = self._fonts()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = QColor("#202020")
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = f"{chart_title(t.by)} ({statements_counted(t.total)})"
        title = QFontMetricsF(bold).elidedText(title, Qt.TextElideMode.ElideRight, places["title"].width())
        painter.drawText(places["title"], Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(font)
        for swatch, label_rect, label, colour in places["legend"]:
            painter.setPen(QColor(colour).darker(130))
            painter.setBrush(QColor(colour))
            painter.drawRect(swatch)
            painter.setPen(text_colour)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        for label_rect, label, _total_rect in places["labels"]:
            painter.setPen(text_colour)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.setPen(Qt.PenStyle.NoPen)
        for s in segments:
            painter.setBrush(QColor(s.colour))
            painter.drawRect(s.rect)
        for s in segments:  # counts inside the segments wide enough to hold them
            text = str(s.count)
            if fm.horizontalAdvance(text) + 6 <= s.rect.width():
                painter.setPen(_ink_on(s.colour))
                painter.drawText(s.rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(text_colour)
        for (_label_rect, _label, total_rect), row in zip(places["labels"], t.rows):
            painter.drawText(total_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{row.total:,}")
        if "note" in places:
            painter.drawText(places["note"], Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("The first {shown} of {rows} rows; the table has them all.").format(
                                 shown=self.MAX_BARS, rows=f"{len(t.rows):,}"))  # fmt: skip
        if not t.rows:
            painter.drawText(QRectF(self.MARGIN, places["title"].bottom() + self.BAR, width, self.BAR),
                             Qt.AlignmentFlag.AlignLeft, self.tr("No statements to count."))  # fmt: skip
        if focus is not None:
            pen = QPen(QColor("#000000"), 2, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(focus.rect.adjusted(-2, -2, 2, 2))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self.paint(painter, float(self.width()), self.focused_segment() if self.hasFocus() else None)
        painter.end()

    def image(self, width: int = 900) -> QImage:
        """The chart as an image `width` pixels wide on white."""
        self._layout_cache = None
        image = QImage(width, int(self.chart_height(width)), QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        self.paint(painter, float(width))
        painter.end()
        self._layout_cache = None
        return image

    def save_png(self, path: Path, width: int = 900) -> None:
        """Write the chart as a PNG; OSError when it cannot be written."""
        if not self.image(width).save(str(path)):  # PNG, from the suffix
            raise OSError(self.tr("Could not write {path}.").format(path=path))

    def save_svg(self, path: Path, width: int = 900) -> None:
        """Write the chart as an SVG drawn by the same painting code."""
        from PySide6.QtSvg import QSvgGenerator

        self._layout_cache = None
        height = int(self.chart_height(width))
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setResolution(self.logicalDpiY())  # text as large as on screen and in the PNG
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(chart_title(self.table.by))
        generator.setDescription(self._summary())
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(self.tr("Could not write {path}.").format(path=path))
        painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
        self.paint(painter, float(width))
        painter.end()
        self._layout_cache = None

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._layout_cache = None
        super().resizeEvent(event)
        self.setMinimumHeight(int(self.chart_height()))  # the legend may wrap to more lines

    # -- choosing ------------------------------------------------------------------------------------

    def focused_segment(self) -> Segment | None:
        if self.current is None:
            return None
        row, column = self.current
        sid = _stance_id(self.table, column) if column < len(self.table.stances) else None
        return next((s for s in self.segments() if s.row == row and s.stance_id == sid), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.segment_at(event.position())
        if hit is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._focus(hit)
        self.segmentActivated.emit(hit.key, hit.stance_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.segment_at(event.position())
        if hit is None:
            self.setToolTip("")
            self.unsetCursor()
        else:
            self.setToolTip(f"{cell_text(self.table, hit.key, hit.stance_id)}: {statements_counted(hit.count)}")
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().mouseMoveEvent(event)

    def _focus(self, segment: Segment) -> None:
        column = next(i for i, s in enumerate(self.table.stances) if (s.id if s else None) == segment.stance_id)
        self.current = (segment.row, column)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        segments = self.segments()
        if not segments:
            return super().keyPressEvent(event)
        current = self.focused_segment()
        key = event.key()
        if current is None and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._focus(segments[0])
            return
        if current is None:
            return super().keyPressEvent(event)
        i = segments.index(current)
        if key == Qt.Key.Key_Right and i + 1 < len(segments) and segments[i + 1].row == current.row:
            self._focus(segments[i + 1])
        elif key == Qt.Key.Key_Left and i > 0 and segments[i - 1].row == current.row:
            self._focus(segments[i - 1])
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            rows = [s for s in segments if s.row == current.row + step]
            if rows:
                self._focus(min(rows, key=lambda s: abs(s.rect.center().x() - current.rect.center().x())))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.segmentActivated.emit(current.key, current.stance_id)
        else:
            return super().keyPressEvent(event)
        if self.current is not None:
            s = self.focused_segment()
            if s is not None:
                self.setAccessibleDescription(f"{cell_text(self.table, s.key, s.stance_id)}: {statements_counted(s.count)}")


def _ink_on(colour: str) -> QColor:
    c = QColor(colour)
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")

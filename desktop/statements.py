"""The side panel's list: the statements of a document in reading order, filterable."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import compress, repeat
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStyle

from annotations.model import Statement
from annotations.store.columns import StatementColumns

from .commands import excerpt

COLUMNS = (QT_TRANSLATE_NOOP("StatementListModel", "Statement"), QT_TRANSLATE_NOOP("StatementListModel", "Speaker"),
           QT_TRANSLATE_NOOP("StatementListModel", "Stance"), QT_TRANSLATE_NOOP("StatementListModel", "Annotator"))
ANNOTATOR_COLUMN = 3
NONE_TEXT = "—"


def colour_chip(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pix)


class StatementListModel(QAbstractTableModel):
    """Rows are statements sorted by (start, end, id). Filtering happens in Python and resets the
    model: measured 30-530 ms at 100k rows against 0.8-2.9 s for QSortFilterProxyModel (DESIGN.md).

    The statements are held as columns (StatementColumns); a statement object is made for a row only
    when it is shown or asked for, so opening 100,000 statements makes some twenty of them.
    """

    StatementIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = StatementColumns()  # every statement of the document
        self.shown: list[int] | None = None  # the ids of the rows, in order; None: every statement
        # Keyed by id and looked up with a statement's speaker_id / stance_id, which may be None: no entry.
        self.speaker_names: dict[Any, str] = {}
        self.stance_labels: dict[Any, str] = {}
        self.stance_colours: dict[Any, str] = {}
        self.speaker_colours: dict[Any, str] = {}  # shown beside names while highlights follow speakers
        self._made: dict[int, Statement] = {}  # the statements made for rows, by id
        self._texts: dict[int, tuple[str, str]] | None = None  # quote and note by id, once the filter needs them
        self._hay: dict[int, str] = {}  # what the filter searches, case-folded once per statement
        self.incomplete = 0
        self.unplaced = 0
        self.filter_text = ""
        self.layer: frozenset[str] | None = None  # the annotators shown; None: all
        self.annotator_counts: Counter[str] = Counter()  # statements per annotator, kept as rows change
        self._icons: dict[QStyle.StandardPixmap, QIcon] = {}
        self._chips: dict[str, QIcon] = {}

    # -- content ------------------------------------------------------------------------------------

    def set_names(self, speakers: dict[int, str], stances: dict[int, tuple[str, str]]) -> None:
        self.speaker_names = speakers
        self.stance_labels = {k: v[0] for k, v in stances.items()}
        self.stance_colours = {k: v[1] for k, v in stances.items()}
        self._chips.clear()
        self._hay.clear()  # names are part of it
        self._refilter()

    def set_speaker_colours(self, colours: dict[int, str]) -> None:
        """Colour chips beside speaker names (the key to highlights coloured by speaker); {} for none."""
        if colours == self.speaker_colours:
            return
        self.speaker_colours = colours
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1),
                                  [Qt.ItemDataRole.DecorationRole])  # fmt: skip

    def set_statements(self, statements: StatementColumns | list[Statement]) -> None:
        """Show these statements (columns as the store reads them, or statements in any order). The list reads
        each quote as its row is shown, and all of them once the filter is used."""
        if isinstance(statements, StatementColumns):
            columns, self._made = statements, {}
        else:
            columns, self._made = StatementColumns.of(statements), {s.id: s for s in statements}
        self.columns = columns
        self._texts = None
        self._hay.clear()
        self.incomplete = columns.incomplete_count()
        self.unplaced = columns.anchored.count(0)
        self.annotator_counts = Counter(columns.annotators)
        self._refilter()

    def statements(self) -> list[Statement]:
        """Every statement of the document, in reading order (one object each: for tests and exports, not views)."""
        return [self._statement(i) for i in range(len(self.columns))]

    def shown_columns(self) -> StatementColumns:
        """The statements of the annotators shown (what the article highlights), filter or not."""
        if self.layer is None:
            return self.columns
        layer = self.layer
        return self.columns.where([a in layer for a in self.columns.annotators])

    def shown_ids(self) -> list[int]:
        """The ids of the rows the list shows (the filter and the layer applied), in order."""
        return [self.columns.ids[self._position(r)] for r in range(self.rowCount())]

    def first_statements(self, count: int) -> list[Statement]:
        """The statements of the first rows (to read their quotes at once)."""
        return [s for s in map(self.statement_at, range(min(count, self.rowCount()))) if s is not None]

    def annotators(self) -> list[str]:
        """The annotators whose statements the document holds."""
        return [a for a, n in self.annotator_counts.items() if n > 0]

    def set_layer(self, annotators: frozenset[str] | None) -> None:
        """Show the statements of these annotators only (None: everyone's)."""
        if annotators == self.layer:
            return
        self.layer = annotators
        self._refilter()

    def in_layer(self, st: Statement) -> bool:
        """Whether the statement's annotator is shown."""
        return self.layer is None or st.annotator in self.layer

    def apply_changes(self, changed: list[Statement], removed: list[int]) -> None:
        """Insert, update or remove rows in place, so that selection and scrolling stay where they were.

        Each change costs a bisection and a list insert, not a pass over every statement: at 100k
        statements that is the difference between 0.1 ms and 100 ms per edit (bench/run.py). An
        edit that keeps a statement's place updates its row where it is: removing and inserting it
        would move the current row away and back, and the editor with it (and its focus).
        """
        small = len(changed) + len(removed) <= 32
        cols = self.columns
        moved: list[Statement] = []
        for st in changed:
            i = cols.position(st.id)
            if i is None or (cols.starts[i], cols.ends[i]) != (st.start, st.end):
                moved.append(st)
                continue
            self._count(i, -1)
            cols.update(i, st)
            self._count(i, 1)
            self._keep(st)
            row = self.row_of(st.id) if small else None
            if row is not None:  # a shown row stays shown while it is edited, filter or not
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        for statement_id in [*removed, *(s.id for s in moved)]:
            i = cols.position(statement_id)
            if i is None:
                continue
            self._count(i, -1)
            self._made.pop(statement_id, None)
            self._hay.pop(statement_id, None)
            row = self.row_of(statement_id) if small else None
            if row is None:
                cols.delete(i)
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            if self.shown is not None:
                del self.shown[row]
            cols.delete(i)
            self.endRemoveRows()
        words = self.filter_text.split()
        for st in moved:
            self._keep(st)
            if small and self.in_layer(st) and self._matches(st, words) and self.shown is None:
                i = cols.place(st.start, st.end, st.id)
                self.beginInsertRows(QModelIndex(), i, i)
                cols.insert(st)
                self.endInsertRows()
            else:
                i = cols.insert(st)
                if small and self.shown is not None and self.in_layer(st) and self._matches(st, words):
                    row = bisect_left(self.shown, i, key=cols.position_held)
                    self.beginInsertRows(QModelIndex(), row, row)
                    self.shown.insert(row, st.id)
                    self.endInsertRows()
            self._count(i, 1)
        if not small:
            self._refilter()

    def _keep(self, st: Statement) -> None:
        """A changed statement, as read: the object its row shows, and its text for the filter."""
        self._made[st.id] = st
        self._hay.pop(st.id, None)
        if self._texts is not None:
            self._texts[st.id] = (st.quote, st.note)

    def _count(self, i: int, sign: int) -> None:
        """Count the statement at a position in (1) or out (-1) of the totals the status bar shows."""
        cols = self.columns
        self.annotator_counts[cols.annotators[i]] += sign
        self.incomplete += sign * (not cols.complete(i))
        self.unplaced += sign * (not cols.anchored[i])

    def set_filter(self, text: str) -> None:
        before = self.filter_text.split()
        self.filter_text = text.strip().casefold()
        words = self.filter_text.split()
        # Typing on narrows the filter: when every earlier word lives on inside a new one, only
        # the rows shown can still match.
        narrowing = bool(before) and all(any(b in w for w in words) for b in before)
        self._refilter(self.shown if narrowing else None)

    def _refilter(self, among: list[int] | None = None) -> None:
        self.beginResetModel()
        words = self.filter_text.split()
        if self.layer is None and not words:
            self.shown = None
        else:
            cols = self.columns
            pool = among
            if pool is None:  # the rows shown already lie within the layer
                layer = self.layer
                pool = cols.ids if layer is None else list(compress(cols.ids, [a in layer for a in cols.annotators]))
            if words:
                self.prepare_filter()
                hay = self._hay
                if len(words) == 1:
                    w = words[0]
                    pool = [i for i in pool if w in hay[i]]
                else:
                    pool = [i for i in pool if all(w in hay[i] for w in words)]
            self.shown = list(pool) if pool is cols.ids else pool
        self.endResetModel()

    def haystack(self, st: Statement) -> str:
        """Quote, speaker, stance, note and "incomplete" if it is, case-folded, one per line (a
        filter word has no white space, so it cannot match across two of them)."""
        found = self._hay.get(st.id)
        if found is None:
            found = self._hay[st.id] = self._make_haystack(st.quote, st.note, st.speaker_id, st.stance_id,
                                                           st.annotator, st.complete)  # fmt: skip
        return found

    def _make_haystack(self, quote: str, note: str, speaker_id: int | None, stance_id: int | None, annotator: str,
                       complete: bool) -> str:  # fmt: skip
        parts = [quote, self.speaker_names.get(speaker_id, ""), self.stance_labels.get(stance_id, ""), note, annotator]
        if not complete:
            parts.append("incomplete")
        return "\n".join(parts).casefold()

    def prepare_filter(self) -> None:
        """Build what the filter searches ahead of the first keystroke (~0.2 s at 100k statements, half the query)."""
        cols = self.columns
        if len(self._hay) >= len(cols):
            return
        if self._texts is None:
            store = cols.store
            self._texts = store.statement_texts(cols.document_id) if store is not None else {}
        texts, hay = self._texts, self._hay
        if 2 * len(hay) > len(cols):  # most built already (a filter used before rows changed): the rest one by one
            make = self._make_haystack
            for i, sid in enumerate(cols.ids):
                if sid not in hay:
                    quote, note = self._text(i, texts)
                    hay[sid] = make(quote, note, cols.speaker_ids[i], cols.stance_ids[i], cols.annotators[i],
                                    cols.complete(i))  # fmt: skip
            return
        # All at once, column by column (100,000 statements: ~100 -> ~45 ms): the same strings as _make_haystack's,
        # as case folding maps each character on its own.
        got = list(map(texts.get, cols.ids))
        found = cast("list[tuple[str, str]]", got) if None not in got else \
            [t if t is not None else self._text(i, texts) for i, t in enumerate(got)]  # made without the store
        speakers, labels = self.speaker_names, self.stance_labels
        lines = map("\n".join, zip(
            (t[0] for t in found),
            map(speakers.get, cols.speaker_ids, repeat("")),
            map(labels.get, cols.stance_ids, repeat("")),
            (t[1] for t in found),
            [a if s is not None and t is not None else a + "\nincomplete"
             for a, s, t in zip(cols.annotators, cols.speaker_ids, cols.stance_ids)],
        ))  # fmt: skip
        built = dict(zip(cols.ids, map(str.casefold, lines)))
        built.update(hay)  # the same strings
        self._hay = built

    def _text(self, i: int, texts: dict[int, tuple[str, str]]) -> tuple[str, str]:
        """Quote and note of the statement at a position, from `texts` or else from the statement itself."""
        text = texts.get(self.columns.ids[i])
        if text is None:
            st = self._statement(i)
            text = (st.quote, st.note)
        return text

    def _matches(self, st: Statement, words: list[str]) -> bool:
        """Every word occurs in the quote, the speaker, the stance, the note, or "incomplete"."""
        if not words:
            return True
        hay = self.haystack(st)
        return all(w in hay for w in words)

    def row_of(self, statement_id: int) -> int | None:
        i = self.columns.position(statement_id)
        if i is None or self.shown is None:
            return i
        row = bisect_left(self.shown, i, key=self.columns.position_held)
        return row if row < len(self.shown) and self.shown[row] == statement_id else None

    def statement_at(self, row: int) -> Statement | None:
        return self._statement(self._position(row)) if 0 <= row < self.rowCount() else None

    def _position(self, row: int) -> int:
        if self.shown is None:
            return row
        return self.columns.position_held(self.shown[row])

    def _statement(self, i: int) -> Statement:
        statement_id = self.columns.ids[i]
        st = self._made.get(statement_id)
        if st is None:
            st = self._made[statement_id] = self.columns.head(i)
        return st

    # -- Qt model -------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return len(self.columns) if self.shown is None else len(self.shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES:  # a painted cell asks for seven roles, the list answers four of them
            return None
        i = self._position(index.row())
        cols, col = self.columns, index.column()
        speaker_id, stance_id = cols.speaker_ids[i], cols.stance_ids[i]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return excerpt(self._statement(i).quote, 80)
            if col == 1:
                return self.speaker_names.get(speaker_id, NONE_TEXT)
            if col == ANNOTATOR_COLUMN:
                return cols.annotators[i] or NONE_TEXT
            return self.stance_labels.get(stance_id, NONE_TEXT)
        if role == Qt.ItemDataRole.DecorationRole:
            if col == 0 and not cols.anchored[i]:
                return self._icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            if col == 0 and not cols.complete(i):
                return self._icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            colour = (self.stance_colours.get(stance_id) if col == 2 else
                      self.speaker_colours.get(speaker_id) if col == 1 else None)  # fmt: skip
            if colour:
                if colour not in self._chips:
                    self._chips[colour] = colour_chip(colour)
                return self._chips[colour]
        if role == Qt.ItemDataRole.ToolTipRole:
            st = self._statement(i)
            tip = st.quote if len(st.quote) < 600 else st.quote[:600] + "…"
            if st.annotator:
                tip += "\n\n" + self.tr("By {annotator}.").format(annotator=st.annotator)
            if not st.anchored:
                tip += "\n\n" + self.tr("Not found in the document's new text. Select where it belongs and press Ctrl+E"
                                         " (Set Span to Selection).")  # fmt: skip
            if st.speaker_id is None and st.stance_id is None:
                tip += "\n\n" + self.tr("Incomplete: no speaker and no stance.")
            elif st.speaker_id is None:
                tip += "\n\n" + self.tr("Incomplete: no speaker.")
            elif st.stance_id is None:
                tip += "\n\n" + self.tr("Incomplete: no stance.")
            return tip
        missing_here = (col == 1 and speaker_id is None) or (col == 2 and stance_id is None)
        if role == Qt.ItemDataRole.FontRole and missing_here:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and missing_here:
            return QColor("#b3261e")
        if role == self.StatementIdRole:
            return cols.ids[i]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            from .accessibility import statement_text  # it builds on this module

            return statement_text(self._statement(i), col, self.speaker_names.get(speaker_id), self.stance_labels.get(stance_id))
        return None

    def _icon(self, which: QStyle.StandardPixmap) -> QIcon:
        if which not in self._icons:
            from PySide6.QtWidgets import QApplication

            self._icons[which] = QApplication.style().standardIcon(which)
        return self._icons[which]


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleTextRole,
                    StatementListModel.StatementIdRole})  # fmt: skip

"""The side panel's list: the statements of a document in reading order, filterable."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QStyle, QTableView, QWidget

from annotations.model import Statement
from annotations.store.statements import StatementHead

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
    model: measured 30-530 ms at 100k rows against 0.8-2.9 s for QSortFilterProxyModel (DESIGN.md)."""

    StatementIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all: list[Statement] = []
        self.rows: list[Statement] = []
        # Keyed by id and looked up with a statement's speaker_id / stance_id, which may be None: no entry.
        self.speaker_names: dict[Any, str] = {}
        self.stance_labels: dict[Any, str] = {}
        self.stance_colours: dict[Any, str] = {}
        self.speaker_colours: dict[Any, str] = {}  # shown beside names while highlights follow speakers
        self._by_id: dict[int, Statement] = {}
        self._hay: dict[int, str] = {}  # what the filter searches, case-folded once per statement
        self._filled = True  # whether every statement's quote and note are read (see StatementHead)
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
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1),
                                  [Qt.ItemDataRole.DecorationRole])  # fmt: skip

    def set_statements(self, statements: list[Statement], ordered: bool = False) -> None:
        """Show these statements; `ordered`: they come sorted by (start, end, id) already (as the store reads
        them). They may be StatementHeads: the list reads each quote as its row is shown, and all of them
        once the filter is used."""
        self.all = list(statements) if ordered else sorted(statements, key=_order)
        self._by_id = {s.id: s for s in self.all}
        self._hay.clear()
        self._filled = not any(type(s) is StatementHead for s in self.all)
        speakers = [s.speaker_id for s in self.all]
        stances = [s.stance_id for s in self.all]
        self.incomplete = speakers.count(None) + stances.count(None) - sum(
            1 for a, b in zip(speakers, stances) if a is None and b is None)  # fmt: skip
        self.unplaced = [s.anchored for s in self.all].count(False)
        self.annotator_counts = Counter([s.annotator for s in self.all])
        self._refilter()

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
        moved: list[Statement] = []
        for st in changed:
            old = self._by_id.get(st.id)
            if old is None or _order(old) != _order(st):
                moved.append(st)
                continue
            self._forget(old)
            self._remember(st)
            self.all[_bisect(self.all, st)] = st
            row = _bisect(self.rows, st)
            if small and row < len(self.rows) and self.rows[row].id == st.id:
                self.rows[row] = st  # a shown row stays shown while it is edited, filter or not
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        for statement_id in [*removed, *(s.id for s in moved)]:
            old = self._by_id.pop(statement_id, None)
            if old is None:
                continue
            self._forget(old)
            del self.all[_bisect(self.all, old)]
            row = _bisect(self.rows, old)
            if small and row < len(self.rows) and self.rows[row].id == statement_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.rows[row]
                self.endRemoveRows()
        for st in moved:
            self.all.insert(_bisect(self.all, st), st)
            self._remember(st)
            if small and self.in_layer(st) and self._matches(st, self.filter_text.split()):
                row = _bisect(self.rows, st)
                self.beginInsertRows(QModelIndex(), row, row)
                self.rows.insert(row, st)
                self.endInsertRows()
        if not small:
            self._refilter()

    def _forget(self, st: Statement) -> None:
        self._hay.pop(st.id, None)
        self.annotator_counts[st.annotator] -= 1
        self.incomplete -= not st.complete
        self.unplaced -= not st.anchored

    def _remember(self, st: Statement) -> None:
        self._by_id[st.id] = st
        self.annotator_counts[st.annotator] += 1
        self.incomplete += not st.complete
        self.unplaced += not st.anchored

    def set_filter(self, text: str) -> None:
        before = self.filter_text.split()
        self.filter_text = text.strip().casefold()
        words = self.filter_text.split()
        # Typing on narrows the filter: when every earlier word lives on inside a new one, only
        # the rows shown can still match.
        narrowing = bool(before) and all(any(b in w for w in words) for b in before)
        self._refilter(self.rows if narrowing else None)

    def _refilter(self, among: list[Statement] | None = None) -> None:
        self.beginResetModel()
        words = self.filter_text.split()
        pool = self.all if among is None else among
        if self.layer is not None:
            layer = self.layer
            pool = [s for s in pool if s.annotator in layer]
        if not words:
            self.rows = list(pool)
        else:
            self._fill()
            # The strings built already straight from the dictionary, a method call only for the others.
            get, hay = self._hay.get, self.haystack
            if len(words) == 1:
                w = words[0]
                self.rows = [s for s in pool if w in (get(s.id) or hay(s))]
            else:
                self.rows = [s for s in pool if all(w in (get(s.id) or hay(s)) for w in words)]
        self.endResetModel()

    def haystack(self, st: Statement) -> str:
        """Quote, speaker, stance, note and "incomplete" if it is, case-folded, one per line (a
        filter word has no white space, so it cannot match across two of them)."""
        found = self._hay.get(st.id)
        if found is None:
            parts = [st.quote, self.speaker_names.get(st.speaker_id, ""), self.stance_labels.get(st.stance_id, ""), st.note,
                     st.annotator]
            if not st.complete:
                parts.append("incomplete")
            found = self._hay[st.id] = "\n".join(parts).casefold()
        return found

    def prepare_filter(self) -> None:
        """Build what the filter searches ahead of the first keystroke (about 0.1 s at 100k statements)."""
        if len(self._hay) >= len(self.all):
            return
        self._fill()
        for st in self.all:
            self.haystack(st)

    def _fill(self) -> None:
        """Read the quote and note of every statement still without them, in one query."""
        if self._filled:
            return
        self._filled = True
        head = next((s for s in self.all if "quote" not in s.__dict__), None)
        if head is not None:
            head.__dict__["_store"].fill_statements(self.all)

    def _matches(self, st: Statement, words: list[str]) -> bool:
        """Every word occurs in the quote, the speaker, the stance, the note, or "incomplete"."""
        hay = self.haystack(st)
        return all(w in hay for w in words)

    def row_of(self, statement_id: int) -> int | None:
        st = self._by_id.get(statement_id)
        if st is None:
            return None
        row = _bisect(self.rows, st)
        return row if row < len(self.rows) and self.rows[row].id == statement_id else None

    def statement_at(self, row: int) -> Statement | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- Qt model -------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        st = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return excerpt(st.quote, 80)
            if col == 1:
                return self.speaker_names.get(st.speaker_id, NONE_TEXT)
            if col == ANNOTATOR_COLUMN:
                return st.annotator or NONE_TEXT
            return self.stance_labels.get(st.stance_id, NONE_TEXT)
        if role == Qt.ItemDataRole.DecorationRole:
            if col == 0 and not st.anchored:
                return self._icon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            if col == 0 and not st.complete:
                return self._icon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            colour = (self.stance_colours.get(st.stance_id) if col == 2 else
                      self.speaker_colours.get(st.speaker_id) if col == 1 else None)  # fmt: skip
            if colour:
                if colour not in self._chips:
                    self._chips[colour] = colour_chip(colour)
                return self._chips[colour]
        if role == Qt.ItemDataRole.ToolTipRole:
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
        if role == Qt.ItemDataRole.FontRole and ((col == 1 and st.speaker_id is None) or (col == 2 and st.stance_id is None)):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and ((col == 1 and st.speaker_id is None) or (col == 2 and st.stance_id is None)):
            return QColor("#b3261e")
        if role == self.StatementIdRole:
            return st.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            from .accessibility import statement_text  # it builds on this module

            return statement_text(st, col, self.speaker_names.get(st.speaker_id), self.stance_labels.get(st.stance_id))
        return None

    def _icon(self, which: QStyle.StandardPixmap) -> QIcon:
        if which not in self._icons:
            from PySide6.QtWidgets import QApplication

            self._icons[which] = QApplication.style().standardIcon(which)
        return self._icons[which]


def _order(st: Statement) -> tuple[int, int, int]:
    return (st.start, st.end, st.id)


def _bisect(rows: list[Statement], st: Statement) -> int:
    lo, hi, key = 0, len(rows), _order(st)
    while lo < hi:
        mid = (lo + hi) // 2
        if _order(rows[mid]) < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


class StatementList(QTableView):
    def __init__(self, model: StatementListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Statements"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setIconSize(QSize(12, 12))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 130)
        header.setSectionResizeMode(ANNOTATOR_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 110)
        header.resizeSection(ANNOTATOR_COLUMN, 90)
        self.setColumnHidden(ANNOTATOR_COLUMN, True)  # shown once the document holds several annotators' work
        header.setHighlightSections(False)

    def list_model(self) -> StatementListModel:
        return self.model()  # type: ignore[return-value]

    def current_statement(self) -> Statement | None:
        return self.list_model().statement_at(self.currentIndex().row()) if self.currentIndex().isValid() else None

    def selected_statements(self) -> list[Statement]:
        model = self.list_model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [s for s in (model.statement_at(r) for r in rows) if s]

    def select_statement(self, statement_id: int) -> bool:
        row = self.list_model().row_of(statement_id)
        if row is None:
            return False
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            self.selectionModel().SelectionFlag.ClearAndSelect | self.selectionModel().SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True


class FilterField(QLineEdit):
    """The side panel's filter. When the reader heads for it, the model readies what it searches,
    so the first keystroke costs no more than the next."""

    def __init__(self, model: StatementListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = model
        self.setPlaceholderText(self.tr("Filter statements (quote, speaker, stance, note, annotator)…"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Filter statements"))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._model.prepare_filter()
        super().focusInEvent(event)

    def take_focus(self) -> None:
        """Ctrl+F: the filter gets the cursor with its text selected, to type over."""
        self.setFocus()
        self.selectAll()

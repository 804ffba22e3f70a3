"""The side panel's list view of the statements and the filter field above it (the model is in statements.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from annotations.model import Statement

from .statements import ANNOTATOR_COLUMN, StatementListModel


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

"""Project > Statistics: statements by speaker, target, document or annotator and stance, as a table and a chart.

A window beside the main one (not modal): choosing a statement it lists shows it in the article.
It counts again a moment after the project reports a change, and when the current document changes
while it counts the current document.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotations.errors import NotFound
from annotations.model import Statement
from annotations.statistics import ANY, GROUPINGS, StanceTable, stance_table, statements_in_cell, write_csv
from annotations.statistics import annotators as list_annotators

from ..statistics import (
    StackedBarChart,
    StanceTableModel,
    cell_text,
    grouping_name,
    none_label,
    shown_table,
    statements_counted,
)

if TYPE_CHECKING:
    from ..main_window import MainWindow

ALL, CURRENT, CHOSEN = "all", "current", "chosen"
REFRESH_MS = 300  # a pause in marking and tagging: 200,000 statements take 0.2-0.4 s to count
LISTED = 2000  # statements listed for one cell at most; the label says how many there are


class DocumentChooser(QDialog):
    """A checklist of the project's documents."""

    def __init__(self, titles: list[tuple[int, str]], chosen: set[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose Documents"))
        self.resize(420, 460)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Documents to count"))
        for doc_id, title in titles:
            item = QListWidgetItem(title or self.tr("Document {id}").format(id=doc_id))
            item.setData(Qt.ItemDataRole.UserRole, doc_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if doc_id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        every, none = QPushButton(self.tr("Check &All")), QPushButton(self.tr("Check &None"))
        every.clicked.connect(lambda _c=False: self.check_all(True))
        none.clicked.connect(lambda _c=False: self.check_all(False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(none)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Documents (Space checks or unchecks the current one):"))
        label.setBuddy(self.list)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def check(self, ids: set[int]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip


class StatisticsDialog(QDialog):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.project = window.project
        self.setWindowTitle(self.tr("Statistics"))
        self.setObjectName("statisticsDialog")
        self.resize(1240, 720)
        self.table = StanceTable("speaker", (), ())
        self.chosen_documents: list[int] = []
        self.annotator_filter: set[str] | None = None  # None: every annotator
        self.cell: tuple[object, object] | None = None  # the (row key, stance id) whose statements are listed
        self.listed: list[Statement] = []
        self._sized = False
        self._stale = False  # the project changed while the view was hidden
        self._build()
        self.refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        p = self.project
        for signal in (p.speakersChanged, p.stancesChanged, p.targetsChanged, p.documentsChanged):
            signal.connect(self.schedule_refresh)
        p.statementsChanged.connect(self._on_statements_changed)
        window.documents.documentShown.connect(self._on_document_shown)
        self.refresh()

    # -- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.group_by = QComboBox()
        for by in GROUPINGS:
            self.group_by.addItem(self.tr("{grouping} × stance").format(grouping=grouping_name(by)), by)
        self.group_by.setAccessibleName(self.tr("Group statements by"))
        self.group_by.currentIndexChanged.connect(lambda _i: self._grouping_changed())
        self.documents = QComboBox()
        self.documents.addItem(self.tr("All documents"), ALL)
        self.documents.addItem(self.tr("Current document"), CURRENT)
        self.documents.addItem(self.tr("Chosen documents…"), CHOSEN)
        self.documents.setAccessibleName(self.tr("Documents to count"))
        self.documents.activated.connect(lambda _i: self._documents_mode_chosen())
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose documents"))
        self.choose.clicked.connect(lambda _c=False: self.choose_documents())
        self.annotator_button = QToolButton()
        self.annotator_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.annotator_button.setAccessibleName(self.tr("Annotators to count"))
        self.annotator_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.annotator_button.setMinimumWidth(120)
        self.annotator_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.annotator_menu = QMenu(self.annotator_button)
        self.annotator_button.setMenu(self.annotator_menu)
        self.annotator_menu.aboutToShow.connect(self._fill_annotator_menu)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("What is counted"))

        controls = QHBoxLayout()
        for text, widget in ((self.tr("&Group by:"), self.group_by), (self.tr("&Documents:"), self.documents)):
            label = QLabel(text)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addWidget(self.choose)
        annotators_label = QLabel(self.tr("A&nnotators:"))
        annotators_label.setBuddy(self.annotator_button)
        controls.addWidget(annotators_label)
        controls.addWidget(self.annotator_button)
        controls.addStretch(1)

        self.model = StanceTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Table of statements by stance"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move between cells
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Columns sized to the first 200 rows and the Total row, not to all 2,000 documents' (0.35 s).
        for header in (self.view.verticalHeader(), self.view.horizontalHeader()):
            header.setResizeContentsPrecision(200)
        self.view.horizontalHeader().setStretchLastSection(False)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # the table's own order until a header is clicked
        header.setSortIndicatorClearable(True)  # a third click goes back to it
        self.view.setSortingEnabled(True)
        self.model.rowsSorted.connect(self._rows_sorted)
        self.view.selectionModel().currentChanged.connect(lambda current, _prev: self._cell_chosen(current))
        self.view.activated.connect(self._cell_chosen)
        self.view.clicked.connect(self._cell_chosen)

        self.chart = StackedBarChart()
        self.chart.segmentActivated.connect(self.show_cell)
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setWidget(self.chart)
        self.chart_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_area.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart_area.setBackgroundRole(QPalette.ColorRole.Base)  # white below the bars, as the chart

        self.listed_label = QLabel(self.tr("Choose a cell of the table or a bar of the chart to list its statements."))
        self.listed_label.setWordWrap(True)
        self.statement_list = QListWidget()
        self.statement_list.setAccessibleName(self.tr("Statements of the chosen cell"))
        self.statement_list.itemActivated.connect(lambda item: self.go_to(item.data(Qt.ItemDataRole.UserRole)))
        self.statement_list.itemDoubleClicked.connect(lambda item: self.go_to(item.data(Qt.ItemDataRole.UserRole)))
        label = QLabel(self.tr("&Statements (Enter shows one in the article):"))
        label.setBuddy(self.statement_list)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(label)
        bottom_layout.addWidget(self.listed_label)
        bottom_layout.addWidget(self.statement_list)

        # The table above the statements of its chosen cell, the chart beside both at full height.
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.view)
        left.addWidget(bottom)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart_area)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 440])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.png_button = buttons.addButton(self.tr("Chart as &PNG…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.svg_button = buttons.addButton(self.tr("Chart as S&VG…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.csv_button = buttons.addButton(self.tr("Table as &CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.png_button.clicked.connect(lambda _c=False: self.export_png())
        self.svg_button.clicked.connect(lambda _c=False: self.export_svg())
        self.csv_button.clicked.connect(lambda _c=False: self.export_csv())
        for button, name in ((self.png_button, self.tr("Export the chart as PNG")),
                             (self.svg_button, self.tr("Export the chart as SVG")),
                             (self.csv_button, self.tr("Export the table as CSV"))):  # fmt: skip
            button.setAccessibleName(name)
            button.setToolTip(name)

        QWidget.setTabOrder(self.view, self.statement_list)
        QWidget.setTabOrder(self.statement_list, self.chart)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(lambda _c=False: self.refresh())
        self.addAction(refresh)
        self._update_choose()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if not self._sized:  # the table as wide as its columns (up to two thirds), the chart beside it
            self._sized = True
            view = self.view
            wanted = view.horizontalHeader().length() + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
            room = max(sum(self.splitter.sizes()), self.width() - 30)
            table = max(min(wanted + 4, room * 5 // 8), room * 2 // 5)
            self.splitter.setSizes([table, room - table])

    # -- what is counted -----------------------------------------------------------------------------

    @property
    def by(self) -> str:
        return self.group_by.currentData()

    def set_grouping(self, by: str) -> None:
        self.group_by.setCurrentIndex(GROUPINGS.index(by))

    def documents_mode(self) -> str:
        return self.documents.currentData()

    def document_ids(self) -> list[int] | None:
        """The documents counted (None: all of them)."""
        mode = self.documents_mode()
        if mode == CURRENT:
            doc = self.window_.document
            return [doc.id] if doc is not None else []
        if mode == CHOSEN:
            return list(self.chosen_documents)
        return None

    def set_documents(self, mode: str, chosen: list[int] | None = None) -> None:
        """Count all documents, the current one, or the chosen ones."""
        if chosen is not None:
            self.chosen_documents = list(chosen)
        self.documents.setCurrentIndex(self.documents.findData(mode))
        self._update_choose()
        self.refresh()

    def set_annotators(self, names: set[str] | None) -> None:
        """Count statements by these annotators ("" for nobody named); None counts everyone's."""
        self.annotator_filter = None if names is None else set(names)
        self.refresh()

    def _grouping_changed(self) -> None:
        self._clear_listing()
        self.view.selectionModel().clear()  # the rows are other rows now
        self.refresh()

    def _documents_mode_chosen(self) -> None:
        if self.documents_mode() == CHOSEN and not self.chosen_documents:
            self.choose_documents()
        self._update_choose()
        self.refresh()

    def _update_choose(self) -> None:
        self.choose.setEnabled(self.documents_mode() == CHOSEN)

    def choose_documents(self) -> None:
        from . import run_modal

        current = set(self.chosen_documents) or ({self.window_.document.id} if self.window_.document else set())
        chooser = DocumentChooser(self.window_.store.document_titles(), current, self)
        if run_modal(chooser) == QDialog.DialogCode.Accepted:
            self.chosen_documents = chooser.chosen()
            self.documents.setCurrentIndex(self.documents.findData(CHOSEN))
        elif not self.chosen_documents:
            self.documents.setCurrentIndex(self.documents.findData(ALL))
        self._update_choose()
        self.refresh()

    def _fill_annotator_menu(self) -> None:
        """The menu's annotators, read as it opens (a scan of every statement: not on every refresh)."""
        names = list_annotators(self.window_.store, self.document_ids())
        names += sorted(set(self.annotator_filter or ()) - set(names))  # chosen ones stay, to be unchosen
        from ..annotators import fill_annotator_menu

        chosen = self.annotator_filter
        fill_annotator_menu(self.annotator_menu, self.tr("&All Annotators"), names, chosen is None,
                            lambda: self.set_annotators(None), lambda n: chosen is not None and n in chosen,
                            self._toggle_annotator, lambda n: n or none_label("annotator"))  # fmt: skip

    def _show_annotator_filter(self) -> None:
        if self.annotator_filter is None:
            text = self.tr("All")
        else:
            text = ", ".join(n or none_label("annotator") for n in sorted(self.annotator_filter)) or self.tr("None")
        self.annotator_button.setText(text.replace("&", "&&"))
        self.annotator_button.setToolTip(self.tr("Annotators counted: {names}").format(names=text))

    def _toggle_annotator(self, name: str, on: bool) -> None:
        chosen = set(self.annotator_filter) if self.annotator_filter is not None else set()
        if on:
            chosen.add(name)
        else:
            chosen.discard(name)
        self.set_annotators(chosen or None)

    # -- counting ------------------------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        if self.isVisible() and not self.isMinimized():
            self.refresh_timer.start()
        else:
            self._stale = True  # counted again when shown

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized() and self._stale:
            self.schedule_refresh()

    def _on_statements_changed(self, document_id: int, _ids: list) -> None:
        docs = self.document_ids()
        if docs is None or document_id in docs:
            self.schedule_refresh()

    def _on_document_shown(self, _document) -> None:
        if self.documents_mode() == CURRENT:
            self.schedule_refresh()

    def refresh(self) -> None:
        """Count again with the present choices; the listed cell stays listed."""
        self.refresh_timer.stop()
        self._stale = False
        store = self.window_.store
        if store.closed:
            return
        docs = self.document_ids()
        annotators = sorted(self.annotator_filter) if self.annotator_filter is not None else None
        self.table = shown_table(stance_table(store, self.by, docs, annotators))
        self.model.set_table(self.table)
        self.table = self.model.table  # in the order of a clicked header
        self.view.resizeColumnsToContents()
        self.chart.set_table(self.table)
        self._show_annotator_filter()
        mode = self.documents_mode()
        where = self.tr("%n chosen document(s)", "", len(self.chosen_documents)) if mode == CHOSEN \
            else {ALL: self.tr("all documents"), CURRENT: self.tr("the current document")}[mode]
        who = self.tr("every annotator") if annotators is None else ", ".join(a or none_label("annotator") for a in annotators)
        self.summary.setText(self.tr("{statements} ({incomplete} incomplete) in {where}, by {who}.").format(
            statements=statements_counted(self.table.total), incomplete=f"{self.table.incomplete:,}", where=where, who=who))
        if self.cell is not None:
            key, _stance = self.cell
            if key is ANY or self.table.row(key) is not None:  # type: ignore[arg-type]
                self.show_cell(*self.cell)  # the same cell, wherever its row is now
            else:  # its row is gone (a speaker deleted, nothing left by that annotator)
                self._clear_listing()

    def _clear_listing(self) -> None:
        self.cell = None
        self.listed = []
        self.statement_list.clear()
        self.listed_label.setText(self.tr("Choose a cell of the table or a bar of the chart to list its statements."))

    # -- listing and going to statements -------------------------------------------------------------

    def _rows_sorted(self) -> None:
        self.table = self.model.table
        self.chart.set_table(self.table)
        if self.cell is not None:
            self._select_table_cell(*self.cell)

    def _cell_chosen(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        cell = self.model.cell(index.row(), index.column())
        if cell is None:  # the label column lists the whole row
            cell = self.model.cell(index.row(), self.model.columnCount() - 1)
        if cell is not None and cell != self.cell:
            self.show_cell(*cell)

    def show_cell(self, key, stance_id) -> None:
        """List the statements of one cell (ANY for a row's or a column's total)."""
        self.cell = (key, stance_id)
        statements = statements_in_cell(self.window_.store, self.by, key, stance_id, self.document_ids(),
                                        sorted(self.annotator_filter) if self.annotator_filter is not None else None)  # fmt: skip
        self.listed = statements
        self.statement_list.clear()
        names = {s.id: s.name for s in self.window_.store.speakers()}
        stances = {s.id: s.label for s in self.window_.store.stances()}
        titles = dict(self.window_.store.document_titles())
        for st in statements[:LISTED]:
            quote = " ".join(st.quote.split())
            quote = quote if len(quote) <= 120 else quote[:119] + "…"
            who = names.get(st.speaker_id, none_label("speaker")) if st.speaker_id is not None else none_label("speaker")
            stance = stances.get(st.stance_id, none_label("stance")) if st.stance_id is not None else none_label("stance")
            extra = f" · {st.annotator}" if st.annotator else ""
            item = QListWidgetItem(f"“{quote}” — {who} · {stance}{extra} · {titles.get(st.document_id, '')}")
            item.setData(Qt.ItemDataRole.UserRole, st.id)
            item.setToolTip(st.quote)
            self.statement_list.addItem(item)
        shown = " " + self.tr("(the first {count} are listed)").format(count=f"{LISTED:,}") if len(statements) > LISTED else ""
        self.listed_label.setText(f"{cell_text(self.table, key, stance_id)}: {statements_counted(len(statements))}{shown}")
        if self.statement_list.count():
            self.statement_list.setCurrentRow(0)
        self._select_table_cell(key, stance_id)

    def _select_table_cell(self, key, stance_id) -> None:
        t = self.table
        rows = [i for i, r in enumerate(t.rows) if r.key == key] if key is not ANY else [len(t.rows)]
        ids = [(s.id if s else None) for s in t.stances]
        column = len(ids) + 1 if stance_id is ANY else (ids.index(stance_id) + 1 if stance_id in ids else None)
        if rows and column is not None:
            index = self.model.index(rows[0], column)
            if self.view.currentIndex() != index:
                self.view.blockSignals(True)
                self.view.selectionModel().blockSignals(True)
                self.view.setCurrentIndex(index)
                self.view.selectionModel().blockSignals(False)
                self.view.blockSignals(False)
                self.view.viewport().update()

    def go_to(self, statement_id: int) -> None:
        """Show a statement in the main window: its document in the reader, it current in the list."""
        w = self.window_
        try:
            st = w.store.statement(statement_id)
        except NotFound:  # deleted since it was listed
            self.refresh()
            return
        w.documents.open_document(st.document_id)
        w.statements.select_statement(st.id)
        w.raise_()
        w.activateWindow()

    # -- exporting -----------------------------------------------------------------------------------

    def _save_path(self, title: str, suffix: str, kind: str) -> Path | None:
        from ..folders import remember_folder, start_path

        settings = self.window_.settings
        name = self.tr("{project} statistics by {grouping}").format(project=self.window_.store.path.stem,
                                                                     grouping=grouping_name(self.by).lower())
        suggestion = start_path(settings, "export", name + suffix)
        chosen, _ = QFileDialog.getSaveFileName(self, title, suggestion, f"{kind} (*{suffix})")
        if chosen:
            remember_folder(settings, "export", chosen)
        return Path(chosen) if chosen else None

    def export_png(self, path: Path | None = None) -> Path | None:
        path = path or self._save_path(self.tr("Export the chart as PNG"), ".png", self.tr("PNG images"))
        return self._export(path, ".png", self.chart.save_png)

    def export_svg(self, path: Path | None = None) -> Path | None:
        path = path or self._save_path(self.tr("Export the chart as SVG"), ".svg", self.tr("SVG drawings"))
        return self._export(path, ".svg", self.chart.save_svg)

    def export_csv(self, path: Path | None = None) -> Path | None:
        path = path or self._save_path(self.tr("Export the table as CSV"), ".csv", self.tr("CSV tables"))

        def write(target: Path) -> None:
            from annotations.safe_files import publish, temporary_beside

            buffer = io.StringIO()
            write_csv(self.table, buffer)
            tmp = temporary_beside(target)
            try:
                tmp.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
                publish(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)

        return self._export(path, ".csv", write)

    def _export(self, path: Path | None, suffix: str, write) -> Path | None:
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            write(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Statistics"), self.tr("The file could not be written: {problem}").format(problem=exc))
            return None
        self.window_.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        return path

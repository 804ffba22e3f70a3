"""Project > Agreement…: how far the annotators agree, every disagreement, and adjudication by keyboard.

The measures come from `annotations.agreement`; each decision is one undoable command
(`commands.agreement.adjudicate`), which adds the reviewed statement and keeps the annotators' own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotations import operations
from annotations.agreement import FIELDS, AgreementReport, Disagreement, statement_quotes
from annotations.errors import NotFound
from annotations.model import MODES, Statement

from ..actions import undo_actions
from ..commands import excerpt
from ..commands.agreement import adjudicate
from ..i18n import mode_name
from ..project import Project


def figure(value: float | None) -> str:
    """A measure with three decimals, or a dash where it is undefined."""
    return "–" if value is None else f"{value:.3f}"


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def field_name(field: str) -> str:
    """A field compared between annotators, as the window names it."""
    translate = QCoreApplication.translate
    return {"speaker": translate("AgreementDialog", "speaker"), "stance": translate("AgreementDialog", "stance"),
            "target": translate("AgreementDialog", "target"),
            "mode": translate("AgreementDialog", "mode")}.get(field, field)  # fmt: skip


class AgreementDialog(QDialog):
    """The agreement of a report: measures per field and category, confusion matrix, disagreements to settle."""

    def __init__(self, project: Project, report: AgreementReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement"))
        self.resize(900, 600)
        self.project = project
        self.report = report
        self.disagreements: list[Disagreement] = report.disagreements()
        self.titles = dict(project.store.document_titles())
        self._quotes: dict[int, str] = {}
        self._reviewed: dict[int, list[tuple[int, int]]] = {}
        self._rows_of: dict[int, list[int]] = {}  # document id -> rows of its disagreements
        for row, d in enumerate(self.disagreements):
            self._rows_of.setdefault(d.unit[0].document_id, []).append(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._measures(), self.tr("&Measures"))
        self.tabs.addTab(self._disagreements(), self.tr("&Disagreements"))
        self.tabs.currentChanged.connect(lambda index: self.list.setFocus() if index == 1 else None)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        undo_actions(project, self)  # Ctrl+Z in the dialog undoes a decision on the window's history
        self._keys()
        project.statementsChanged.connect(self._statements_changed)
        self.reload_list()

    # -- measures ---------------------------------------------------------------------------------------

    def _measures(self) -> QWidget:
        r = self.report
        page = QWidget()
        summary = QLabel(self.tr(
            "Annotators: {annotators} · documents they share: {documents} · units: {units}, coded by two or more:"
            " {paired}<br>Spans: F1 {f1} · alpha<sub>u</sub> {alpha_u}"
        ).format(annotators=html.escape(", ".join(r.annotators)), documents=len(r.documents), units=len(r.units),
                 paired=r.paired, f1=figure(r.f1), alpha_u=figure(r.alpha_u)))  # fmt: skip
        self.fields_table = QTableWidget(len(FIELDS), 5)
        self.fields_table.setHorizontalHeaderLabels([self.tr("field"), self.tr("units"), self.tr("observed"), "kappa", "alpha"])
        for row, name in enumerate(FIELDS):
            f = r.fields[name]
            for col, text in enumerate((field_name(name), str(f.units), figure(f.observed), figure(f.kappa), figure(f.alpha))):
                self.fields_table.setItem(row, col, _cell(text))
        self.fields_table.verticalHeader().hide()
        self.fields_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.fields_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.fields_table.currentCellChanged.connect(lambda row, *_: self.show_field(FIELDS[max(row, 0)]))
        self.categories = QTableWidget(0, 3)
        self.categories.setHorizontalHeaderLabels([self.tr("category"), self.tr("values"), self.tr("agreement")])
        self.categories.verticalHeader().hide()
        self.confusion_label = QLabel()
        self.confusion = QTableWidget()
        for table, name in ((self.fields_table, self.tr("Agreement by field")),
                            (self.categories, self.tr("Agreement by category")),
                            (self.confusion, self.tr("Confusion matrix"))):  # fmt: skip
            table.setAccessibleName(name)
        for table in (self.fields_table, self.categories):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        warnings = QLabel("<br>".join(f"⚠ {html.escape(w)}" for w in r.warnings))
        warnings.setWordWrap(True)
        details = QSplitter()
        details.addWidget(self.categories)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.confusion_label)
        box.addWidget(self.confusion)
        details.addWidget(right)
        layout = QVBoxLayout(page)
        layout.addWidget(summary)
        layout.addWidget(self.fields_table, 1)
        layout.addWidget(details, 2)
        layout.addWidget(warnings)
        self.fields_table.selectRow(FIELDS.index("stance"))
        self.show_field("stance")
        return page

    def show_field(self, name: str) -> None:
        """Show one field's categories and its confusion matrix (first annotator's rows, second's columns)."""
        f = self.report.fields[name]
        self.categories.setRowCount(len(f.categories))
        for row, (category, c) in enumerate(f.categories.items()):
            for col, text in enumerate((category, f"{c['values']:g}", figure(c["agreement"]))):
                self.categories.setItem(row, col, _cell(text))
        a, b = self.report.annotators[:2]
        self.confusion_label.setText(self.tr("{field}: {first} (rows) × {second} (columns)").format(
            field=field_name(name), first=html.escape(a), second=html.escape(b)))
        labels = sorted({*f.confusion, *(k for row in f.confusion.values() for k in row)})
        self.confusion.clear()
        self.confusion.setRowCount(len(labels))
        self.confusion.setColumnCount(len(labels))
        self.confusion.setHorizontalHeaderLabels(labels)
        self.confusion.setVerticalHeaderLabels(labels)
        for i, x in enumerate(labels):
            for j, y in enumerate(labels):
                self.confusion.setItem(i, j, _cell(str(f.confusion.get(x, {}).get(y, 0))))

    # -- disagreements and adjudication -----------------------------------------------------------------

    def _disagreements(self) -> QWidget:
        page = QWidget()
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)  # one line each: 40,000 rows scroll and select at once
        self.list.setAccessibleName(self.tr("Disagreements"))
        self.list.currentRowChanged.connect(lambda _row: self.show_current())
        self.versions = QLabel()
        self.versions.setTextFormat(Qt.TextFormat.RichText)
        self.versions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.versions.setWordWrap(True)
        self.take_buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        for i, who in enumerate(self.report.annotators[:9]):
            button = QPushButton(self.tr("Take {annotator}'s ({key})").format(annotator=who, key=i + 1))
            button.clicked.connect(lambda _checked=False, i=i: self.take(i))
            buttons.addWidget(button)
            self.take_buttons.append(button)
        self.edit_button = QPushButton(self.tr("&Edit… (E)"))
        self.edit_button.clicked.connect(lambda _checked=False: self.edit())
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        help_text = QLabel(self.tr("Up/Down: step through · 1–9: take that annotator's version · E: edit · Ctrl+Z: undo. "
                           "The annotators' statements are kept; the decision is a new reviewed statement."))  # fmt: skip
        help_text.setWordWrap(True)
        right = QWidget()
        box = QVBoxLayout(right)
        box.addWidget(self.versions, 1)
        box.addLayout(buttons)
        box.addWidget(help_text)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([380, 520])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _keys(self) -> None:
        for i in range(min(9, len(self.report.annotators))):
            action = QAction(self)
            action.setShortcut(QKeySequence(str(i + 1)))
            action.triggered.connect(lambda _checked=False, i=i: self.take(i))
            self.addAction(action)
        edit = QAction(self)
        edit.setShortcut(QKeySequence("E"))
        edit.triggered.connect(lambda _checked=False: self.edit())
        self.addAction(edit)

    def reviewed(self, document_id: int) -> list[tuple[int, int]]:
        """The spans of a document's reviewed statements, read once per document until a change there."""
        spans = self._reviewed.get(document_id)
        if spans is None:
            spans = self._reviewed[document_id] = operations.reviewed_spans(self.project.store, document_id)
        return spans

    def settled(self, d: Disagreement) -> bool:
        """Whether a reviewed statement already covers the disagreement's passage."""
        for a, b in self.reviewed(d.unit[0].document_id):
            for s in d.unit:
                shared = min(b, s.end) - max(a, s.start)
                if shared > 0 and shared >= self.report.threshold * max(b - a, s.end - s.start):
                    return True
        return False

    def item_text(self, d: Disagreement) -> str:
        """How a disagreement reads in the list: settled or not, where, the quote, and what differs."""
        first = d.unit[0]
        what = [self.tr("{field} differs").format(field=field_name(f)) for f in d.fields] \
            + [self.tr("{annotator} did not mark it").format(annotator=who) for who in d.missing]
        quote = next((self._quotes[s.id] for s in d.unit if s.id in self._quotes), "")
        mark = "✓ " if self.settled(d) else ""
        return f"{mark}{self.titles.get(first.document_id, '')}: “{excerpt(quote, 40)}” — {', '.join(what)}"

    def reload_list(self) -> None:
        """Fill the list again, keeping the current row (quotes and reviewed spans read in one go each)."""
        ids = [d.unit[0].id for d in self.disagreements]
        self._quotes = statement_quotes(self.project.store, ids)
        self._reviewed = {}
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([self.item_text(d) for d in self.disagreements])
        self.list.blockSignals(False)
        if self.disagreements:
            self.list.setCurrentRow(min(max(row, 0), len(self.disagreements) - 1))
        self.show_current()

    def current(self) -> Disagreement | None:
        """The disagreement selected in the list."""
        row = self.list.currentRow()
        return self.disagreements[row] if 0 <= row < len(self.disagreements) else None

    def version(self, d: Disagreement, i: int) -> Statement | None:
        """Annotator i's statement in a disagreement (None: that annotator did not mark the passage)."""
        who = self.report.annotators[i]
        coded = next((s for s in d.unit if s.annotator == who), None)
        if coded is None:
            return None
        try:
            return self.project.store.statement(coded.id)
        except NotFound:  # deleted since the report was made
            return None

    def show_current(self) -> None:
        """Show every annotator's version of the current disagreement side by side, differences in bold."""
        d = self.current()
        for i, button in enumerate(self.take_buttons):
            button.setEnabled(d is not None and self.version(d, i) is not None)
        self.edit_button.setEnabled(d is not None)
        if d is None:
            self.versions.setText(self.tr("No disagreements: the annotators agree on every unit.") if not self.disagreements
                                  else "")  # fmt: skip
            return
        by = {s.annotator: s for s in d.unit}
        versions = [self.version(d, i) for i in range(len(self.report.annotators))]
        quotes = {st.annotator: st.quote for st in versions if st is not None}
        head = "".join(f"<th>{html.escape(a)}</th>" for a in self.report.annotators)
        text = html.escape(self.tr("text"))
        rows = [f"<tr><td><b>{text}</b></td>{''.join(self._version_cell(quotes.get(a)) for a in self.report.annotators)}</tr>"]
        for f in FIELDS:
            cells = "".join(
                self._version_cell(None if a not in by else (by[a].value(f) or self.tr("(none)")), bold=f in d.fields)
                for a in self.report.annotators
            )
            rows.append(f"<tr><td><b>{html.escape(field_name(f))}</b></td>{cells}</tr>")
        self.versions.setText(f"<table cellpadding='4'><tr><th></th>{head}</tr>{''.join(rows)}</table>")

    def _version_cell(self, value: str | None, bold: bool = False) -> str:
        if value is None:
            return f"<td><i>{html.escape(self.tr('not marked'))}</i></td>"
        text = html.escape(excerpt(value, 120))
        return f"<td><b>{text}</b></td>" if bold else f"<td>{text}</td>"

    def take(self, i: int, edits: dict | None = None) -> bool:
        """Settle the current disagreement with annotator i's version (changed by `edits`): one undoable step."""
        d = self.current()
        if d is None or i >= len(self.report.annotators):
            return False
        chosen = self.version(d, i)
        if chosen is None:
            return False
        reviewer = getattr(self.parent(), "annotator", "")  # who settles it: the window's annotator
        done = self.project.push(adjudicate(self.project, chosen, edits, reviewer if isinstance(reviewer, str) else ""))
        if done:
            self.step_to_open()
        return done

    def edit(self) -> bool:
        """Settle the current disagreement with values chosen in a small form (from the first version given)."""
        d = self.current()
        if d is None:
            return False
        i = next(i for i in range(len(self.report.annotators)) if self.version(d, i) is not None)
        base = self.version(d, i)
        assert base is not None
        form = EditVersionDialog(self.project, base, self)
        try:
            if form.exec() != QDialog.DialogCode.Accepted:
                return False
            edits = form.edits()
        finally:
            form.deleteLater()
        return self.take(i, edits)

    def step_to_open(self) -> None:
        """Move to the next disagreement not settled yet (or stay, when every one is)."""
        start = self.list.currentRow()
        for k in range(1, len(self.disagreements) + 1):
            row = (start + k) % len(self.disagreements)
            if not self.settled(self.disagreements[row]):
                self.list.setCurrentRow(row)
                return

    def _statements_changed(self, document_id: int, _ids: list) -> None:
        self._reviewed.pop(document_id, None)
        for row in self._rows_of.get(document_id, ()):
            item = self.list.item(row)
            if item is not None:
                item.setText(self.item_text(self.disagreements[row]))
        self.show_current()


class EditVersionDialog(QDialog):
    """The values of a reviewed statement: speaker, stance, target and mode, starting from one version."""

    def __init__(self, project: Project, base: Statement, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the reviewed statement"))
        store = project.store
        self.speaker = QComboBox(editable=True)
        self.speaker.addItems([""] + [s.name for s in store.speakers()])
        self.speaker.setCurrentText(store.speaker(base.speaker_id).name if base.speaker_id is not None else "")
        self.stance = QComboBox()
        self.stance.addItem("", None)
        for s in store.stances():
            self.stance.addItem(s.label, s.id)
        self.stance.setCurrentIndex(max(0, self.stance.findData(base.stance_id)))
        self.target = QComboBox(editable=True)
        self.target.addItems([""] + [t.name for t in store.targets()])
        target = next((t.name for t in store.targets() if t.id == base.target_id), "")
        self.target.setCurrentText(target)
        self.mode = QComboBox()
        for mode in ("", *MODES):
            self.mode.addItem(mode_name(mode), mode)
        self.mode.setCurrentIndex(max(0, self.mode.findData(base.mode)))
        # Combo boxes are otherwise read out by their current item, which says nothing of what they set.
        for combo, name in ((self.speaker, self.tr("Speaker")), (self.stance, self.tr("Stance")),
                            (self.target, self.tr("Target")), (self.mode, self.tr("Mode"))):  # fmt: skip
            combo.setAccessibleName(name)
            if (field := combo.lineEdit()) is not None:
                field.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Speaker"), self.speaker)
        form.addRow(self.tr("S&tance"), self.stance)
        form.addRow(self.tr("T&arget"), self.target)
        form.addRow(self.tr("&Mode"), self.mode)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def edits(self) -> dict:
        """What the form says, as operations.adjudicate takes it."""
        return {"speaker": self.speaker.currentText(), "stance_id": self.stance.currentData(),
                "target": self.target.currentText(), "mode": self.mode.currentData()}  # fmt: skip

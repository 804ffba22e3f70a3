"""File > Export Worksheet: which statements, which columns, the teacher's questions, the format, where both files go."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from annotations.errors import StandpointError
from annotations.exporters import worksheet
from annotations.exporters.worksheet_labels import labels_for

if TYPE_CHECKING:
    from ..main_window import MainWindow

FOLDER_KEY = "worksheets/folder"
STATUSES = ("confirmed", "suggested", "reviewed")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def ensure_pdf_registered() -> None:
    """Worksheets as PDF are laid out by Qt: tell the exporter how, keeping tables whole on their pages."""

    def write(html: str, path: Path, title: str) -> None:
        from ..pdf_export import write_pdf

        write_pdf(html, path, title, whole_tables=True)

    worksheet.register_pdf(write)


class WorksheetDialog(QDialog):
    """Choose the statements of the document being read and write a worksheet and its answer key."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.document = window.document
        self.setWindowTitle(self.tr("Export Worksheet"))
        self.resize(600, 0)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("All statements of this document"), "all")
        self.scope.addItem(self.tr("The statements the list shows (%n)", "", len(window.list_model.shown_ids())), "shown")
        selected = window.statement_list.selected_statements()
        self.scope.addItem(self.tr("The selected statements (%n)", "", len(selected)), "selected")
        if selected:
            self.scope.setCurrentIndex(2)
        self.speaker = QComboBox()
        self.speaker.addItem(self.tr("Any speaker"), "")
        for sp in self.store.speakers():
            self.speaker.addItem(sp.name, sp.name)
        self.stance = QComboBox()
        self.stance.addItem(self.tr("Any stance"), "")
        for st in self.store.stances():
            self.stance.addItem(st.label, st.label)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status.addItem(status, status)
        self.target_column = QCheckBox(self.tr("&Target (about what?)"))
        self.mode_column = QCheckBox(self.tr("&Mode (how is it reported?)"))
        columns = QHBoxLayout()
        columns.addWidget(self.target_column)
        columns.addWidget(self.mode_column)
        columns.addStretch(1)
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(self.tr("Questions of your own, one per line"))
        self.questions.setTabChangesFocus(True)
        self.questions.setFixedHeight(90)
        self.format = QComboBox()
        self.format.addItem(self.tr("HTML page"), ".html")
        self.format.addItem(self.tr("PDF"), ".pdf")
        self.format.addItem(self.tr("Word document"), ".docx")
        self.path = QLineEdit()
        self.key_path = QLineEdit()
        self.key_path.setPlaceholderText(self.tr("Leave empty for no answer key"))
        form = QFormLayout(self)
        form.addRow(self._label(self.tr("&Statements"), self.scope), self.scope)
        form.addRow(self._label(self.tr("S&peaker"), self.speaker), self.speaker)
        form.addRow(self._label(self.tr("St&ance"), self.stance), self.stance)
        form.addRow(self._label(self.tr("Stat&us"), self.status), self.status)
        form.addRow(self.tr("Columns"), columns)
        form.addRow(self._label(self.tr("&Questions"), self.questions), self.questions)
        form.addRow(self._label(self.tr("&Format"), self.format), self.format)
        form.addRow(self._label(self.tr("&Worksheet"), self.path), self._with_browse(self.path))
        form.addRow(self._label(self.tr("Answer &key"), self.key_path), self._with_browse(self.key_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._default_paths()
        self.format.currentIndexChanged.connect(self._format_changed)

    @staticmethod
    def _label(text: str, buddy) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))  # a combo box is read out by its item, not its label
        return label

    def _with_browse(self, field: QLineEdit) -> QHBoxLayout:
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda: self._browse(field))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(browse)
        return row

    def _default_paths(self) -> None:
        folder = Path(str(self.window_.settings.value(FOLDER_KEY, "") or self.store.path.parent))
        if not folder.is_dir():
            folder = self.store.path.parent
        title = self.document.title if self.document is not None else self.store.path.stem
        stem = _UNSAFE_NAME.sub(" ", title).strip()[:80] or self.store.path.stem
        # The files are named in the article's language, as their headings are.
        labels = labels_for(self.document.language if self.document is not None else "")
        suffix = self.format.currentData()
        self.path.setText(str(folder / f"{stem} - {labels['worksheet']}{suffix}"))
        self.key_path.setText(str(folder / f"{stem} - {labels['key']}{suffix}"))

    def _format_changed(self, *_args) -> None:
        suffix = self.format.currentData()
        for field in (self.path, self.key_path):
            if field.text().strip():
                field.setText(str(Path(field.text()).with_suffix(suffix)))

    def _browse(self, field: QLineEdit) -> None:
        suffix = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), field.text(), f"*{suffix}")
        if path:
            field.setText(path if path.endswith(suffix) else path + suffix)

    def choice(self) -> worksheet.Choice:
        """The statements chosen: the scope, narrowed by speaker, stance and status."""
        scope = self.scope.currentData()
        ids = None
        if scope == "shown":
            ids = frozenset(self.window_.list_model.shown_ids())
        elif scope == "selected":
            ids = frozenset(st.id for st in self.window_.statement_list.selected_statements())
        return worksheet.Choice(self.speaker.currentData(), self.stance.currentData(), self.status.currentData(), ids)

    def columns(self) -> list[str]:
        """The optional columns ticked."""
        return [name for name, box in (("target", self.target_column), ("mode", self.mode_column)) if box.isChecked()]

    def run(self) -> bool:
        """Write the worksheet and its key; False (with the reason shown) when nothing was written."""
        out = Path(self.path.text().strip()).expanduser()
        key = Path(self.key_path.text().strip()).expanduser() if self.key_path.text().strip() else None
        title = self.tr("Export Worksheet")
        if self.document is None:
            QMessageBox.warning(self, title, self.tr("Open a document first: a worksheet is made from one article."))
            return False
        ensure_pdf_registered()
        try:
            sheet = worksheet.make_worksheet(self.store, [self.document.id], self.choice(), self.columns(),
                                             self.questions.toPlainText().splitlines())  # fmt: skip
            written = worksheet.write_worksheets(sheet, out, key)
        except (StandpointError, OSError, ValueError) as exc:
            QMessageBox.warning(self, title, self.tr("Nothing was written to %1: %2").replace("%1", str(out))
                                .replace("%2", str(exc)))  # fmt: skip
            return False
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damage met while reading the project
            QMessageBox.warning(self, title, self.tr("Nothing was written: %1 is damaged, part of it cannot be read"
                                                     " (%2). File > Restore Backup puts an earlier state back.")
                                .replace("%1", self.store.path.name).replace("%2", str(exc)))  # fmt: skip
            return False
        self.window_.settings.setValue(FOLDER_KEY, str(out.parent))
        self.window_.statusBar().showMessage(
            self.tr("Worksheet written to %1").replace("%1", " + ".join(str(p) for p in written)), 8000)
        self.accept()
        return True

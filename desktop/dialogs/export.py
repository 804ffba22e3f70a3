"""File > Export: choose a format, what to include and where; progress with cancel; a clear result."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
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
    QPushButton,
)

from annotations.errors import StandpointError

if TYPE_CHECKING:
    from ..main_window import MainWindow

from ..folders import remember_folder, start_folder
from ..progress import progress_dialog

FORMATS = [  # name, label, suffix
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown notes"), ".md"),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "HTML handout (self-contained)"), ".html"),
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF handout"), ".pdf"),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV table (one row per statement)"), ".csv"),
    ("json", QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation (JSON-LD)"), ".json"),
    ("qdpx", QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti)"), ".qdpx"),
    ("qdc", QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA codebook (speakers, stances, targets as codes)"), ".qdc"),
]


def available_formats() -> list[tuple[str, str, str]]:
    from annotations import exporters

    ensure_pdf_registered()
    known = set(exporters.EXPORTERS)
    return [(name, str(label), suffix) for name, label, suffix in FORMATS if name in known]


def ensure_pdf_registered() -> None:
    from annotations import exporters

    if "pdf" not in exporters.EXPORTERS:
        from ..pdf_export import export_pdf

        exporters.register("pdf", export_pdf, ".pdf", whole_file=True)


class ExportDialog(QDialog):
    """Format, scope and options of an export, and where to write it; writes with a progress dialog."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.store = window.store
        self.setWindowTitle(self.tr("Export"))
        self.resize(560, 0)
        self.format = QComboBox()
        for name, label, _suffix in available_formats():
            self.format.addItem(self.tr(label), name)
        self.scope = QComboBox()
        if window.document is not None:
            self.scope.addItem(self.tr("This document: {title}").format(title=window.document.title), [window.document.id])
        self.scope.addItem(self.tr("All documents"), None)
        self.group = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.scope.setAccessibleName(self.tr("Documents to include"))
        self.group.setAccessibleName(self.tr("Order of the notes"))
        self.group.addItem(self.tr("Reading order"), "order")
        self.group.addItem(self.tr("Grouped by speaker"), "speaker")
        self.bom = QCheckBox(self.tr("Add a byte-order mark (for Excel)"))
        self.raw = QCheckBox(self.tr("Cells exactly as stored (for R or pandas; a spreadsheet may run some as formulas)"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Include"), self.scope)
        form.addRow(self.tr("&Order"), self.group)
        form.addRow("", self.bom)
        form.addRow("", self.raw)
        save_as = QLabel(self.tr("&Save as"))  # a row holding a layout gets no buddy of its own: give the label one
        save_as.setBuddy(self.path)
        form.addRow(save_as, row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def fmt(self) -> tuple[str, str]:
        name = self.format.currentData()
        return name, next(s for n, _l, s in FORMATS if n == name)

    def _format_changed(self, *_args) -> None:
        name, suffix = self.fmt()
        self.group.setEnabled(name in ("md", "html", "pdf"))
        self.bom.setEnabled(name == "csv")
        self.raw.setEnabled(name == "csv")
        current = Path(self.path.text()) if self.path.text() else start_folder(self.window_.settings, "export") / suffix
        stem = current.stem if self.path.text() else self.store.path.stem
        self.path.setText(str(current.with_name(stem + suffix)))

    def _browse(self) -> None:
        _name, suffix = self.fmt()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), f"*{suffix}")
        if path:
            self.path.setText(path if path.endswith(suffix) else path + suffix)

    def run(self) -> bool:
        from annotations import exporters

        name, _suffix = self.fmt()
        out = Path(self.path.text()).expanduser()
        dialog = progress_dialog(self, self.tr("Exporting {file}…").format(file=out.name), 100)

        def progress(done: int, total: int) -> bool:
            dialog.setValue(int(100 * done / max(1, total)))
            return not dialog.wasCanceled()

        try:
            exporters.export(self.store, name, out, document_ids=self.scope.currentData(),
                             group_by=self.group.currentData(), bom=self.bom.isChecked(),
                             raw=self.raw.isChecked(), progress=progress)  # fmt: skip
        except (StandpointError, OSError, ValueError) as exc:
            dialog.close()
            QMessageBox.warning(self, self.tr("Export"), self.tr("Nothing was written to {path}: {problem}").format(path=out, problem=exc))
            return False
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damage met while reading the project
            dialog.close()
            QMessageBox.warning(self, self.tr("Export"), self.tr(
                "Nothing was written to {path}: {project} is damaged, part of it cannot be read ({problem}). File >"
                " Restore Backup puts an earlier state back; the damaged file is kept beside it.").format(
                path=out, project=self.store.path.name, problem=exc))  # fmt: skip
            return False
        dialog.close()
        remember_folder(self.window_.settings, "export", out)
        self.window_.statusBar().showMessage(self.tr("Exported to {path}").format(path=out), 8000)
        self.accept()
        return True

"""A progress dialog for work that may take a while (imports, exports), with Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def progress_dialog(parent: QWidget, label: str, total: int) -> QProgressDialog:
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, total, parent)
    dialog.setWindowTitle("Standpoint")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work never flashes a dialog
    dialog.setValue(0)
    return dialog

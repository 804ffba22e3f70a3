"""A list of the window's keyboard shortcuts, read from its actions so it is never out of date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(480, 520)
        rows = [("1 … 9", self.tr("Set the stance of the current statement (0 clears it)")),
                (QKeySequence(Qt.Key.Key_Tab).toString(QKeySequence.SequenceFormat.NativeText),
                 self.tr("From the speaker field to the stance buttons"))]  # fmt: skip
        for action in window.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys and action.text():
                rows.append((", ".join(keys), action.text().replace("&", "").rstrip("…")))
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for r, (shortcut, text) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(shortcut))
            table.setItem(r, 1, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)

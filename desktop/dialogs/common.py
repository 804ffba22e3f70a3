"""Pieces the dialogs share: a colour button and undo/redo that act on the window's stack."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QColorDialog, QDialog, QPushButton, QWidget

from ..project import Project


class ColourButton(QPushButton):
    colourChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.colour = "#808080"
        self.setFixedWidth(64)
        self.clicked.connect(self._choose)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.setStyleSheet(f"background: {colour}; border: 1px solid {QColor(colour).darker(140).name()};"
                           " border-radius: 4px; min-height: 20px;")  # fmt: skip
        self.setToolTip(colour)

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, "Choose a colour")
        if chosen.isValid() and chosen.name() != self.colour:
            self.set_colour(chosen.name())
            self.colourChosen.emit(chosen.name())


def add_undo_actions(dialog: QDialog, project: Project) -> None:
    """Ctrl+Z / Ctrl+Shift+Z work inside the dialog, on the same history as the window."""
    stack = project.undo_stack
    undo = stack.createUndoAction(dialog, "Undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(dialog, "Redo")
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
    dialog.addAction(undo)
    dialog.addAction(redo)

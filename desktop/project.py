"""The open project as the window sees it: the store, its undo stack, and change signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from annotations.store import Store


class Project(QObject):
    """Holds the store and the undo stack; commands report through its signals what they changed.

    Views refresh from these signals, never by polling, so an undo updates everything at once.
    """

    statementsChanged = Signal(int, list)  # document id, ids of statements created, edited or deleted
    speakersChanged = Signal()
    stancesChanged = Signal()
    targetsChanged = Signal()
    documentsChanged = Signal()
    textReplaced = Signal(int)  # a document has a new text: views must show it again
    commandFailed = Signal(str)  # a store change was refused: the message says why

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(0)  # unlimited: undo history is the user's safety net

    def push(self, command) -> None:
        self.undo_stack.push(command)

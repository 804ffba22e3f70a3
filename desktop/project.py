"""The open project as the window sees it: the store, its undo stack, and change signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from annotations.store import Operation, Store

from .commands import Command

UNDO_STEPS = 1000
"""How far back undo reaches: more than a long day of marking, and memory stays flat (about 1.5 MB
per 1,000 steps kept, each the rows its change touched; unlimited, hours of use grew without end)."""
IDLE_CHECKPOINT_MS = 2000
MANY = 2000  # more statements than this changed at once: views reload them instead of patching rows


class Project(QObject):
    """Owns the store and the undo stack, and turns what each operation changed into signals.

    Every change the window makes is a `Command` that runs one operation; the store reports each
    committed operation here (`_report`), the one place where changes become signals. The store
    refuses writes outside an operation, so no widget can change data behind the views' backs.
    """

    statementsChanged = Signal(int, list)  # document id, ids of statements created, edited or deleted ([]: all)
    speakersChanged = Signal()
    stancesChanged = Signal()
    targetsChanged = Signal()
    documentsChanged = Signal()
    textReplaced = Signal(int)  # a document has a new text: views must show it again
    rejectionsChanged = Signal(int)  # the suggestions rejected in a document changed
    commandFailed = Signal(str)  # a change was refused: the message says why
    fileTrouble = Signal(str)  # something outside Standpoint endangered the file: said once, with what was done

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_STEPS)
        # A while after the last change, the log goes into the project file: copied alone, it holds the work.
        self.idle_checkpoint = QTimer(self, singleShot=True, interval=IDLE_CHECKPOINT_MS)
        self.idle_checkpoint.timeout.connect(lambda: self.store.checkpoint())
        self._log_reported = False
        self.attach(store)

    def attach(self, store: Store) -> None:
        """Work on this store (a project file opened anew, after a backup was restored)."""
        self.store = store
        store.require_operations = True
        store.listeners.append(self._report)
        self.undo_stack.clear()

    # -- changing ------------------------------------------------------------------------------------

    def run(self, label: str, action: Callable[..., Any], *args: Any) -> Command:
        """Do action(store, *args) as one undoable step; the command holds its result or error."""
        command = Command(self, label, action, *args)
        self.push(command)
        return command

    def push(self, command: Command) -> bool:
        """Do a command and keep it as an undo step; False when it was refused (and reported).

        The command runs before it reaches the stack: one that fails or changes nothing is never
        pushed, so it cannot cut off the steps the user could still redo.
        """
        command.redo()
        if command.error is not None:
            self.commandFailed.emit(str(command.error))
            return False
        if command.isObsolete():
            return True
        command.skip_once = True  # done already: QUndoStack.push calls redo() once more
        self.undo_stack.push(command)
        return True

    def undo(self) -> None:
        """Undo the last step; one that fails (a full disk) stays in the history to be tried again."""
        self._step(self.undo_stack.index() - 1, self.undo_stack.undo, self.undo_stack.redo)

    def redo(self) -> None:
        self._step(self.undo_stack.index(), self.undo_stack.redo, self.undo_stack.undo)

    def _step(self, index: int, go, back) -> None:
        if not 0 <= index < self.undo_stack.count():
            return
        command = self.undo_stack.command(index)
        go()
        if isinstance(command, Command) and command.error is not None:
            command.skip_once = True  # the data did not move: move the stack back without touching it
            back()
            self.commandFailed.emit(str(command.error))

    # -- the one place where changes become signals ---------------------------------------------------

    def _report(self, op: Operation) -> None:
        self.idle_checkpoint.start()
        if self.store.log_missing():
            self._rescue_deleted_log()
        c = op.changes
        if c.speakers:
            self.speakersChanged.emit()
        if c.stances:
            self.stancesChanged.emit()
        if c.targets:
            self.targetsChanged.emit()
        if c.documents or c.texts:
            self.documentsChanged.emit()
        for document_id in sorted(c.texts):
            self.textReplaced.emit(document_id)
        for document_id, ids in c.statements.items():
            self.statementsChanged.emit(document_id, sorted(ids) if len(ids) <= MANY else [])
        for document_id in sorted(c.rejections):
            self.rejectionsChanged.emit(document_id)

    def _rescue_deleted_log(self) -> None:
        """The -wal file was deleted while open: put the work into the project file now, and keep a copy."""
        from datetime import datetime

        from annotations.errors import StandpointError

        self.store.checkpoint()
        if self._log_reported:
            return
        self._log_reported = True
        path = self.store.path
        rescued = self.tr("{project} (rescued {date})").format(project=path.stem, date=f"{datetime.now():%Y-%m-%d %H%M}")
        copy = path.with_name(f"{rescued}{path.suffix}")
        try:
            self.store.save_copy(copy)
            kept = self.tr("A copy of everything was also saved as {file}.").format(file=copy.name)
        except StandpointError as exc:
            kept = self.tr("A copy could not be saved ({problem}).").format(problem=exc)
        self.fileTrouble.emit(self.tr(
            "Another program deleted {file}-wal, the log that holds the newest changes, while the project"
            " was open. Your work up to now has been written into {file} itself. {kept} Check what deletes"
            " files in that folder (a cleaner, a sync client); Standpoint keeps writing your changes into the"
            " project file as you go."
        ).format(file=path.name, kept=kept))

    def close(self) -> None:
        """Close the project's file; the window that showed it is going away."""
        self.idle_checkpoint.stop()  # closing the last connection checkpoints anyway
        self.undo_stack.clear()
        if self._report in self.store.listeners:
            self.store.listeners.remove(self._report)
        self.store.close()

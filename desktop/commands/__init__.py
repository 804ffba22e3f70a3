"""Undoable commands: each user action is one `Command`, which runs one operation of the store.

A command is thin. The first time it is done it runs its action inside one operation; the
store's journal hands back the patch that undoes it. Undo applies that patch (one operation),
which gives the patch that redoes it, and so on: every step puts back exactly the rows that
were there, ids, order and times included. What changed reaches the views through the store's
report to `Project`, never through the command.

The functions in this package's modules build the commands the window pushes, one per kind of
user action, each with the label the Edit menu shows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from annotations.errors import StandpointError
from annotations.store import Patch

if TYPE_CHECKING:
    from ..project import Project

REFUSED = (StandpointError, ValueError, sqlite3.Error)
"""What a change may be refused with: shown to the user; the project is left as it was."""


class Command(QUndoCommand):
    """One user action as one undo step.

    PySide prints, rather than raises, exceptions thrown inside redo() when Qt calls it, so the
    command keeps the error. A first run that fails (or changes nothing) marks itself obsolete,
    so QUndoStack drops it; an undo or redo that fails later keeps its place (Project moves the
    stack back), so it can be tried again once the cause is gone. Never name an attribute `id`:
    it would shadow QUndoCommand.id(), which QUndoStack calls on every push.
    """

    def __init__(self, project: Project, label: str, action: Callable[..., Any], *args: Any):
        super().__init__(label)
        self.project = project
        self.action, self.args = action, args
        self.result: Any = None
        self.error: Exception | None = None
        self.skip_once = False
        self._undo: Patch | None = None
        self._redo: Patch | None = None

    def redo(self) -> None:
        if self._undo is None:
            self._guard(self._first_run)
        else:
            self._guard(self._step, self._redo, forward=True)

    def undo(self) -> None:
        self._guard(self._step, self._undo, forward=False)

    def _first_run(self) -> None:
        op = self.project.store.run(self.text(), self.action, *self.args)
        self.result = op.result
        self._undo = op.undo
        if not op.changes:
            self.setObsolete(True)  # nothing changed: no step to undo

    def _step(self, patch: Patch | None, forward: bool) -> None:
        assert patch is not None
        op = self.project.store.apply(patch, ("Redo " if forward else "Undo ") + self.text())  # the journal's, not shown
        if forward:
            self._undo = op.undo
        else:
            self._redo = op.undo

    def _guard(self, step: Callable[..., None], *args: Any, **kwargs: Any) -> None:
        if self.skip_once:
            self.skip_once = False
            return
        self.error = None
        first = self._undo is None
        try:
            step(*args, **kwargs)
        except REFUSED as exc:
            self.error = exc
            if first:
                self.setObsolete(True)  # the project reports the error (Project.push and Project._step)


def excerpt(text: str, length: int = 30) -> str:
    """The start of a text on one line, cut between words where one ends near the limit."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    space = cut.rfind(" ")
    if text[len(cut)] != " " and space >= length * 2 // 3:  # the cut fell inside a word
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"

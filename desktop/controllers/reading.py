"""Where the reader was in a project, kept in the application's settings and given back when it is opened again.

Per project (by its full path): the document shown, each document's reading position, the current
statement, the filter's text and the panes' sizes. Not in the project file: this is one reader's place
in it, as a bookmark in a shared book is, and a colleague's copy of the file should not move theirs.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QTimer

if TYPE_CHECKING:
    from ..main_window import MainWindow


class ReadingState(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        digest = hashlib.sha1(str(window.store.path.resolve()).encode("utf-8")).hexdigest()[:16]
        self.group = f"projects/{digest}"
        self.scrolling_back = False  # until the window is laid out and the reading position given back

    def _value(self, name: str):
        return self.w.settings.value(f"{self.group}/{name}")

    def restore(self, document_asked: int | None) -> None:
        """Put the reader back where they were; a document asked for (an article opened by name) comes first."""
        w = self.w
        for name, splitter in (("splitter", w.splitter), ("side_splitter", w.side_splitter)):
            state = self._value(name)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        try:
            positions = {int(k): int(v) for k, v in json.loads(str(self._value("positions") or "{}")).items()}
        except (ValueError, TypeError, AttributeError):
            positions = {}  # settings written by hand or by a broken version: start at the top
        w.documents.scroll_positions.update(positions)
        document = _int(self._value("document"))
        if document_asked is None and document is not None and document in w.store.document_ids():
            w.documents.open_document(document)
        w.filter.setText(str(self._value("filter") or ""))
        statement = _int(self._value("statement"))
        if statement is not None and w.list_model.row_of(statement) is not None:
            w.statements.select_statement(statement, scroll=False)
        # After the window is shown and laid out: a position scrolled to before would be for the wrong height.
        self.scrolling_back = True
        QTimer.singleShot(0, self._scroll_back)

    def _scroll_back(self) -> None:
        self.scrolling_back = False
        doc = self.w.document
        if doc is not None and doc.id in self.w.documents.scroll_positions:
            self.w.reader.scroll_to_top(self.w.documents.scroll_positions[doc.id])

    def save(self) -> None:
        w, settings = self.w, self.w.settings
        positions = dict(w.documents.scroll_positions)
        doc = w.document
        if doc is not None:
            positions[doc.id] = w.reader.top_position()
        current = w.current_statement()
        settings.setValue(f"{self.group}/path", str(w.store.path.resolve()))
        settings.setValue(f"{self.group}/document", doc.id if doc else "")
        settings.setValue(f"{self.group}/positions", json.dumps({str(k): v for k, v in positions.items()}))
        settings.setValue(f"{self.group}/statement", current.id if current else "")
        settings.setValue(f"{self.group}/filter", w.filter.text())
        settings.setValue(f"{self.group}/splitter", w.splitter.saveState())
        settings.setValue(f"{self.group}/side_splitter", w.side_splitter.saveState())


def _int(value) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None

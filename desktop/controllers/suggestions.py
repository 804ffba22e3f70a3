"""Suggested statements in the window: found on request, shown outlined, accepted or rejected as undoable steps.

What the rules found is kept per document; what is shown is that, less what the project already
marks or has rejected, worked out again whenever the project reports a change. So undoing an
accept or a reject brings the suggestion back by itself, and nothing here can drift from the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from annotations import operations
from annotations.model import Document
from annotations.suggest import Suggestion, suggest

from ..commands import Command, excerpt

if TYPE_CHECKING:
    from ..main_window import MainWindow


class SuggestionsController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.found: dict[int, list[Suggestion]] = {}  # document id -> what the rules proposed
        self.shown: list[Suggestion] = []
        pane = window.suggestions_pane
        pane.acceptRequested.connect(self.accept)
        pane.rejectRequested.connect(self.reject)
        pane.acceptAllRequested.connect(self.accept_all)
        pane.closeRequested.connect(self.close)
        pane.currentChanged.connect(self._on_current)
        p = window.project
        p.statementsChanged.connect(lambda doc_id, _ids: self.refresh(doc_id))
        p.rejectionsChanged.connect(self.refresh)
        p.speakersChanged.connect(self._forget_all)  # speakers decide names: find again when asked
        p.textReplaced.connect(self._forget)
        window.documents.documentShown.connect(self._on_document)
        window.reader.textClicked.connect(self._on_text_clicked)

    @property
    def document(self) -> Document | None:
        return self.w.document

    # -- finding -------------------------------------------------------------------------------------

    def suggest(self) -> list[Suggestion]:
        """Edit > Suggest Statements: propose the current document's statements and go to the first."""
        doc = self.document
        if doc is None:
            return []
        store = self.w.store
        self.found[doc.id] = suggest(doc.text, doc.language, store.speakers())
        self.refresh(doc.id)
        self._show_pane()
        if self.shown:
            self.w.suggestions_pane.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.w.statusBar().showMessage(
                self.tr("%n suggested: Enter accepts, Delete rejects, arrows move between them.", "", len(self.shown)), 8000)
        else:
            self.w.statusBar().showMessage(self.tr("No statements to suggest in this document: none found, or all marked."), 8000)
        return self.shown

    def suggest_everywhere(self) -> int:
        """Suggestions > In All Documents: find them in every document; each shows its own when opened."""
        store = self.w.store
        speakers = store.speakers()
        counts = {}
        for doc_id in store.document_ids():
            doc = store.document(doc_id)
            self.found[doc_id] = suggest(doc.text, doc.language, speakers)
            counts[doc_id] = len(operations.open_suggestions(store, doc_id, self.found[doc_id]))
        if self.document is not None:
            self.refresh(self.document.id)
            self._show_pane()
        total, where = sum(counts.values()), sum(1 for n in counts.values() if n)
        message = self.tr("%n suggested in {where} of {documents} documents; each document lists its own when you open it.",
                          "", total)  # fmt: skip
        self.w.statusBar().showMessage(message.format(where=where, documents=len(counts)), 10000)
        return total

    def refresh(self, document_id: int | None = None) -> None:
        """Show what is still open of the current document's suggestions."""
        doc = self.document
        if doc is None or (document_id is not None and document_id != doc.id) or doc.id not in self.found:
            return
        row = max(self.w.suggestions_pane.list.currentRow(), 0)
        self.shown = operations.open_suggestions(self.w.store, doc.id, self.found[doc.id])
        self.w.suggestions_pane.show_suggestions(self.shown, row)
        self._outline()

    def _show_pane(self) -> None:
        """Show the section with room for a few proposals, taken from the statement list, not the editor."""
        pane, splitter = self.w.suggestions_pane, self.w.side_splitter
        if pane.isVisible():
            return
        pane.show()
        total = sum(splitter.sizes())
        splitter.setSizes([total * 2 // 5, total // 4, total - total * 2 // 5 - total // 4])

    def _on_document(self, doc: Document | None) -> None:
        if doc is not None and doc.id in self.found:
            self.refresh(doc.id)
            self._show_pane()
        else:
            self.shown = []
            self.w.suggestions_pane.hide()
            self.w.reader.set_suggestions([], None)

    def _forget(self, document_id: int) -> None:
        if self.found.pop(document_id, None) is not None and self.document and self.document.id == document_id:
            self._on_document(self.document)

    def _forget_all(self) -> None:
        current = self.document
        for doc_id in list(self.found):
            if current is None or doc_id != current.id:
                del self.found[doc_id]

    def close(self) -> None:
        doc = self.document
        if doc is not None:
            self.found.pop(doc.id, None)
        self._on_document(doc)
        self.w.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- deciding ------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Mark the current suggestion; the new statement becomes current, for its stance key."""
        s, doc = self.w.suggestions_pane.current(), self.document
        if s is None or doc is None or self.w.store.read_only:
            return
        command = Command(self.w.project, self.tr("Accept “{quote}”").format(quote=excerpt(s.quote)), operations.accept_suggestions, doc.id, [s],
                          self.w.annotator)  # fmt: skip
        if self.w.project.push(command) and command.result:
            self.w.statements.select_statement(command.result[0].id)
            self.w.suggestions_pane.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        s, doc = self.w.suggestions_pane.current(), self.document
        if s is None or doc is None or self.w.store.read_only:
            return
        self.w.project.push(Command(self.w.project, self.tr("Reject “{quote}”").format(quote=excerpt(s.quote)),
                                    operations.reject_suggestions, doc.id, [s]))  # fmt: skip

    def accept_all(self) -> None:
        doc = self.document
        if not self.shown or doc is None or self.w.store.read_only:
            return
        shown = list(self.shown)
        self.w.project.push(Command(self.w.project, self.tr("Accept %n suggestion(s)", "", len(shown)),
                                    operations.accept_suggestions, doc.id, shown,
                                    self.w.annotator))  # fmt: skip

    def step(self, delta: int) -> None:
        """Next or previous suggestion (F9, Shift+F9), from wherever the focus is."""
        pane = self.w.suggestions_pane
        if not self.shown:
            if self.document is not None and self.document.id not in self.found:
                self.suggest()  # nothing found yet: F9 finds them first
            return
        row = pane.list.currentRow()
        pane.list.setCurrentRow(max(0, min(len(self.shown) - 1, row + delta)))

    def _on_text_clicked(self, position: int) -> None:
        """A click inside an outlined proposal makes it the current one, ready for Enter or Delete."""
        row = next((k for k, s in enumerate(self.shown) if s.start <= position < s.end), None)
        if row is not None:
            self.w.suggestions_pane.list.setCurrentRow(row)
            self.w.suggestions_pane.list.setFocus(Qt.FocusReason.MouseFocusReason)

    # -- showing -------------------------------------------------------------------------------------

    def _on_current(self, row: int) -> None:
        self._outline()
        if 0 <= row < len(self.shown):
            self.w.reader.reveal(self.shown[row].start)

    def _outline(self) -> None:
        row = self.w.suggestions_pane.list.currentRow()
        self.w.reader.set_suggestions([(s.start, s.end) for s in self.shown], row if 0 <= row < len(self.shown) else None)

"""The documents of a project: which one is shown, the library, import, text replacement, search results."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from annotations.errors import ImportFailed
from annotations.model import Document
from annotations.store.columns import StatementColumns

from ..commands import documents as commands
from ..commands import excerpt

if TYPE_CHECKING:
    from annotations.importing import Source
    from annotations.reanchoring import ReanchorReport

    from ..main_window import MainWindow


KEEP_LINE_BREAKS = "import/keep_line_breaks"
FIRST_ROWS = 100  # statements whose quotes and notes opening a document reads with their places


class DocumentsController(QObject):
    documentShown = Signal(object)  # the Document now in the reader, or None
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.current: Document | None = None
        self.scroll_positions: dict[int, int] = {}
        p = window.project
        p.documentsChanged.connect(self._on_documents_changed)
        p.textReplaced.connect(self._on_text_replaced)
        for signal in (p.speakersChanged, p.stancesChanged, p.targetsChanged, p.documentsChanged):
            signal.connect(window.search.reload_filters)
        window.library.documentChosen.connect(self.open_document)
        window.library.renameRequested.connect(self.rename_document)
        window.library.deleteRequested.connect(self.delete_document)
        window.library.propertiesRequested.connect(self.document_properties)
        window.search.hitChosen.connect(self.go_to_hit)

    @property
    def store(self):
        return self.w.project.store

    # -- which document is shown ---------------------------------------------------------------------

    def show_first(self, document_id: int | None = None) -> None:
        """The document to start with (the one asked for, else the first); the library if there are several."""
        ids = self.store.document_ids()
        self.w.library_dock.setVisible(len(ids) > 1)
        if ids:
            self.open_document(document_id if document_id is not None and document_id in ids else ids[0])
        else:
            self.show_no_document()
        self.w.library.reload(self.current.id if self.current else None)

    def open_document(self, document_id: int) -> None:
        w = self.w
        if self.current is not None and self.current.id == document_id:
            return
        w.editor.flush()
        if self.current is not None:
            self.scroll_positions[self.current.id] = w.reader.top_position()
        self._show(document_id)

    def _show(self, document_id: int) -> None:
        w = self.w
        self.current = self.store.document(document_id)
        w.statements.show_statements(self.store.statement_columns(document_id))  # the rest is read as it is shown
        # The first screen's quotes and notes at once (a damaged row shows here, as it did when all were read).
        self.store.fill_statements(w.list_model.first_statements(FIRST_ROWS))
        w.article_pane.setCurrentWidget(w.reader)
        w.reader.show_document(self.current, w.list_model.shown_columns(), w.statements.palette())
        if document_id in self.scroll_positions:
            w.reader.scroll_to_top(self.scroll_positions[document_id])
        w.editor.set_statement(None)
        w.library.select(document_id)
        w.update_status()
        self.documentShown.emit(self.current)

    def show_no_document(self) -> None:
        self.current = None
        self.w.statements.show_statements(StatementColumns())
        self.w.reader.clear_document()
        self.w.article_pane.setCurrentWidget(self.w.welcome)
        self.w.editor.set_statement(None)
        self.w.update_status()
        self.documentShown.emit(None)

    def _on_documents_changed(self) -> None:
        ids = self.store.document_ids()
        if self.current is not None and self.current.id not in ids:
            self.scroll_positions.pop(self.current.id, None)
            self.current = None
        if self.current is None:
            if ids:
                self.open_document(ids[-1])
            else:
                self.show_no_document()
        else:
            self.current = self.store.document(self.current.id)
            self.w.update_status()
        self.w.library.reload(self.current.id if self.current else None)
        self.w.library_dock.setVisible(self.w.library_dock.isVisible() or len(ids) > 1)

    def _on_text_replaced(self, document_id: int) -> None:
        if self.current is not None and self.current.id == document_id:
            self.current = None  # show it afresh
            self.open_document(document_id)

    def go_to_hit(self, hit) -> None:
        """Open the document of a search result and show the statement or passage it found."""
        self.open_document(hit.document_id)
        if hit.statement_id is not None:
            self.w.statements.select_statement(hit.statement_id)
        else:
            self.w.reader.select_span(hit.start, hit.end)
            self.w.reader.centerCursor()
            self.w.reader.setFocus()

    # -- bringing documents in -----------------------------------------------------------------------

    def choose_and_import(self) -> list[int]:
        from PySide6.QtWidgets import QFileDialog

        from annotations.importing import supported_suffixes

        from ..folders import remember_folder, start_folder

        patterns = " ".join(f"*{s}" for s in supported_suffixes())
        paths, _ = QFileDialog.getOpenFileNames(self.w, self.tr("Import documents"), str(start_folder(self.w.settings, "import")),
                                                self.tr("Articles, annotations and QDA projects ({patterns})").format(patterns=patterns))  # fmt: skip
        if paths:
            remember_folder(self.w.settings, "import", paths[0])
        return self.import_paths([Path(p) for p in paths]) if paths else []

    def import_paths(self, paths: list[Path]) -> list[int]:
        """Import files (dialog or drop) as one undo step; say what failed and why. Returns the documents added."""
        from ..progress import progress_dialog

        dialog = progress_dialog(self.w, self.tr("Importing…"), len(paths))

        def progress(done: int, _total: int, name: str) -> bool:
            dialog.setValue(done)
            if name:
                dialog.setLabelText(self.tr("Importing {file}…").format(file=name))
            return not dialog.wasCanceled()

        from annotations.importing import read_sources

        sources = read_sources(paths, progress, keep_line_breaks=self.keeps_line_breaks())
        dialog.close()
        return self.add_sources([s for s in sources if not s.cancelled and self.roles_chosen(s)])

    def keeps_line_breaks(self) -> bool:
        """File > Keep Line Breaks of Plain Text: hard-wrapped text is imported as it is, not rejoined."""
        return str(self.w.settings.value(KEEP_LINE_BREAKS, "false")).lower() == "true"

    def set_keep_line_breaks(self, keep: bool) -> None:
        self.w.settings.setValue(KEEP_LINE_BREAKS, keep)

    def roles_chosen(self, source: Source) -> bool:
        """For a REFI-QDA file from another tool, ask what its code branches are; False if the user cancels it."""
        if source.refi is None or not source.refi.needs_roles:
            return True
        from ..dialogs.roles import ask_roles

        return ask_roles(source.refi, self.w)

    def paste_document(self) -> int | None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.w.statusBar().showMessage(self.tr("The clipboard holds no text to paste as a document."), 4000)
            return None
        from annotations.importing import pasted_source

        added = self.add_sources([pasted_source(text)])
        return added[0] if added else None

    def add_sources(self, sources: list[Source]) -> list[int]:
        w = self.w
        report = None
        if any(s.readable for s in sources):
            command = commands.import_sources(w.project, sources)
            if w.project.push(command):
                report = command.result
        messages = report.messages() if report else [s.error for s in sources if s.error]
        added = [d.id for d in report.documents] if report else []
        if added:
            self.open_document(added[-1])
        if messages:
            failed = report.failures if report else sources
            (QMessageBox.warning if failed else QMessageBox.information)(w, self.tr("Import"), "\n\n".join(messages))
        return added

    # -- changing documents --------------------------------------------------------------------------

    def replace_text(self, path: Path | None = None) -> ReanchorReport | None:
        """Replace the current document's text with a newer version from a file."""
        from annotations.importers import read_document

        w, doc = self.w, self.current
        if doc is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            from ..folders import remember_folder, start_folder

            chosen, _ = QFileDialog.getOpenFileName(w, self.tr("Newer version of “{title}”").format(title=doc.title),
                                                    str(start_folder(w.settings, "import")))
            if not chosen:
                return None
            remember_folder(w.settings, "import", chosen)
            path = Path(chosen)
        try:
            newer = read_document(path, keep_line_breaks=self.keeps_line_breaks())
        except ImportFailed as exc:
            QMessageBox.warning(w, self.tr("Replace text"), str(exc))
            return None
        command = commands.replace_text(w.project, doc, newer.text, newer.blocks)
        if not w.project.push(command):
            return None
        report = command.result
        w.statusBar().showMessage(self.tr("Text replaced: {summary}").format(summary=report.summary()), 10000)
        if report.unplaced or report.fuzzy:
            QMessageBox.information(
                w, self.tr("Replace text"),
                self.tr("{summary}\n\nStatements that could not be found keep their quote and are marked in"
                        " the list; select their new place in the article and press Ctrl+E.").format(summary=report.summary()),
            )  # fmt: skip
        return report

    def rename_document(self, document_id: int, title: str) -> None:
        doc = self.store.document(document_id)
        label = self.tr("Rename document “{title}”").format(title=excerpt(doc.title))
        self.w.project.push(commands.update_document(self.w.project, doc, label, title=title))

    def delete_document(self, document_id: int, confirm: bool = True) -> None:
        doc = self.store.document(document_id)
        total, _ = self.store.count_statements(document_id)
        if confirm:
            answer = QMessageBox.question(
                self.w, self.tr("Delete document"),
                self.tr("Delete “{title}” and its %n statement(s)? (You can undo this.)", "", total).format(title=doc.title),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.w.project.push(commands.delete_document(self.w.project, doc))

    def document_properties(self, document_id: int | None = None) -> None:
        from ..dialogs import run_modal
        from ..dialogs.document import DocumentDialog

        doc_id = document_id if document_id is not None else (self.current.id if self.current else None)
        if doc_id is None:
            return
        doc = self.store.document(doc_id)
        dialog = DocumentDialog(doc, self.w)
        if run_modal(dialog) and dialog.changes():
            label = self.tr("Edit properties of “{title}”").format(title=excerpt(doc.title))
            self.w.project.push(commands.update_document(self.w.project, doc, label, **dialog.changes()))

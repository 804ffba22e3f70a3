"""The main window: the article on the left, statements and their editor on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotations.errors import StandpointError
from annotations.model import Statement
from annotations.store import Store
from annotations.wording import counted

from . import commands
from .actions import Actions
from .editor import StatementEditor
from .library import LibraryPane
from .project import Project
from .reader import ArticleView
from .search import SearchPane
from .statements import FilterField, StatementList, StatementListModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store, document_id: int | None = None, settings: QSettings | None = None):
        super().__init__()
        self.store = store
        self.project = Project(store, self)
        self.settings = settings or QSettings()
        self.colour_by_speaker = False
        self._scroll_to_current = True
        self.document = None

        self.reader = ArticleView()
        self.list_model = StatementListModel(self)
        self.filter = FilterField(self.list_model)
        self.statement_list = StatementList(self.list_model)
        self.editor = StatementEditor()

        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(6, 6, 6, 6)
        panel_layout.addWidget(self.filter)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.addWidget(self.statement_list)
        self.side_splitter.addWidget(self.editor)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 2)
        panel_layout.addWidget(self.side_splitter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self.reader.setAcceptDrops(False)  # files dropped on the article are imported, not pasted in
        self.library = LibraryPane(store)
        self.library_dock = QDockWidget("Library", self)
        self.library_dock.setObjectName("libraryDock")
        self.library_dock.setWidget(self.library)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.scroll_positions: dict[int, int] = {}
        self.search = SearchPane(store)
        self.search_dock = QDockWidget("Search", self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.search_dock.hide()

        self.count_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.path_label)

        self.actions = Actions(self)
        self._stance_shortcuts: list[QShortcut] = []
        self._connect()
        self._load_names()
        self._restore_layout()
        ids = store.document_ids()
        self.library_dock.setVisible(len(ids) > 1)
        if ids:
            self.open_document(document_id if document_id in ids else ids[0])
        self._update_title()
        if store.read_only:
            self._make_read_only()

    def _make_read_only(self) -> None:
        for action in (self.actions.mark, self.actions.set_span, self.actions.delete, self.actions.import_files,
                       self.actions.paste_document, self.actions.replace_text, self.actions.properties,
                       self.actions.restore):  # fmt: skip
            action.setEnabled(False)
        self.editor.setEnabled(False)
        self.statusBar().showMessage("Read-only: another window is editing this project. You can read and export.")

    # -- wiring ----------------------------------------------------------------------------------------

    def _connect(self) -> None:
        p = self.project
        p.commandFailed.connect(lambda message: QMessageBox.warning(self, "Standpoint", message))
        p.statementsChanged.connect(self._on_statements_changed)
        p.speakersChanged.connect(self._load_speakers)
        p.stancesChanged.connect(self._load_scheme)
        p.targetsChanged.connect(self._load_targets)
        p.documentsChanged.connect(self._on_documents_changed)
        p.textReplaced.connect(self._on_text_replaced)
        self.library.documentChosen.connect(self.open_document)
        self.library.renameRequested.connect(self.rename_document)
        self.library.deleteRequested.connect(self.delete_document)
        self.library.propertiesRequested.connect(self.document_properties)
        self.search.hitChosen.connect(self.go_to_hit)
        for signal in (p.speakersChanged, p.stancesChanged, p.targetsChanged, p.documentsChanged):
            signal.connect(self.search.reload_filters)
        self.reader.markRequested.connect(self.mark_selection)
        self.reader.statementClicked.connect(self._on_statement_clicked)
        self.statement_list.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.filter.textChanged.connect(self._on_filter)
        e = self.editor
        e.speakerEntered.connect(self._set_speaker)
        e.stanceChosen.connect(self._set_stance)
        e.targetEntered.connect(self._set_target)
        e.modeChosen.connect(lambda m: self._edit("mode", m))
        e.noteEdited.connect(lambda n: self._edit("note", n))

    def _load_names(self) -> None:
        self._load_speakers()
        self._load_scheme()
        self._load_targets()

    def _load_speakers(self) -> None:
        self.speakers = {s.id: s for s in self.store.speakers()}
        self.editor.set_speakers(list(self.speakers.values()))
        self._names_changed()

    def _load_scheme(self) -> None:
        self.stances = self.store.stances()
        self.editor.set_scheme(self.stances)
        self._make_stance_shortcuts()
        self._names_changed()

    def _names_changed(self) -> None:
        if not hasattr(self, "stances") or not hasattr(self, "speakers"):
            return
        current = self.current_statement()
        self.list_model.set_names(
            {i: s.name for i, s in self.speakers.items()}, {s.id: (s.label, s.colour) for s in self.stances}
        )
        self._show_speaker_colours()
        if self.document is not None:
            self.reader.recolour(self._colours(self.list_model.all))
            if current:
                self.statement_list.select_statement(current.id)
            self._show_current()

    def _load_targets(self) -> None:
        self.targets = {t.id: t.name for t in self.store.targets()}
        self.editor.set_targets(sorted(self.targets.values(), key=str.casefold))

    def _make_stance_shortcuts(self) -> None:
        # Digit keys set the stance wherever focus is not in a text field: Qt gives a typed digit to a
        # focused line edit (ShortcutOverride) before any shortcut, so notes and names stay typeable.
        for sc in self._stance_shortcuts:
            sc.setEnabled(False)
            sc.deleteLater()
        self._stance_shortcuts = []
        for st in self.stances:
            if st.key:
                sc = QShortcut(QKeySequence(st.key), self)
                sc.activated.connect(lambda sid=st.id: self.apply_stance_key(sid))
                self._stance_shortcuts.append(sc)
        clear = QShortcut(QKeySequence("0"), self)
        clear.activated.connect(lambda: self.apply_stance_key(None))
        self._stance_shortcuts.append(clear)

    # -- documents --------------------------------------------------------------------------------------

    def open_document(self, document_id: int) -> None:
        if self.document is not None and self.document.id == document_id:
            return
        self.editor.flush()
        if self.document is not None:
            self.scroll_positions[self.document.id] = self.reader.top_position()
        self.document = self.store.document(document_id)
        statements = self.store.statements(document_id)
        self.list_model.set_statements(statements)
        self.reader.show_document(self.document, statements, self._colours(statements))
        if document_id in self.scroll_positions:
            self.reader.scroll_to_top(self.scroll_positions[document_id])
        self.editor.set_statement(None)
        self.library.reload(document_id)
        self._update_counts()
        self._update_title()

    def restore_backup(self, choose=None) -> bool:
        """Put a backup of this project in its place and reopen it; the current state is backed up first."""
        from annotations.backups import list_backups, restore_backup

        from .safety import BackupPicker

        backups = list_backups(self.store.path)
        if not backups:
            QMessageBox.information(self, "Restore Backup", "This project has no backups yet.")
            return False
        if choose is None:
            picker = BackupPicker(backups, self)
            if not picker.exec() or picker.chosen() is None:
                return False
            choose = picker.chosen()
        self.editor.flush()
        path = self.store.path
        self.store.close()
        try:
            restore_backup(path, choose)
        finally:
            self._reopen(path)
        self.statusBar().showMessage(f"Restored the backup of {choose.describe()}.", 8000)
        return True

    def _reopen(self, path) -> None:
        """Point the window at a freshly opened store of the same file (after a restore)."""
        self.store = Store.open(path, backup=False)
        self.project.store = self.store
        self.project.undo_stack.clear()  # the history belonged to the file that was replaced
        self.library.model.store = self.store
        self.search.store = self.store
        self.document = None
        self._load_names()
        ids = self.store.document_ids()
        if ids:
            self.open_document(ids[0])
        else:
            self._show_no_document()
        self.library.reload(self.document.id if self.document else None)

    def _show_no_document(self) -> None:
        self.document = None
        self.list_model.set_statements([])
        self.reader.clear_document()
        self.editor.set_statement(None)
        self._update_counts()
        self._update_title()

    def _on_documents_changed(self) -> None:
        ids = self.store.document_ids()
        if self.document is not None and self.document.id not in ids:
            self.scroll_positions.pop(self.document.id, None)
            self.document = None
        if self.document is None:
            if ids:
                self.open_document(ids[-1])
            else:
                self._show_no_document()
        else:
            self.document = self.store.document(self.document.id)
            self._update_title()
        self.library.reload(self.document.id if self.document else None)
        self.library_dock.setVisible(self.library_dock.isVisible() or len(ids) > 1)

    def show_search(self) -> None:
        opening = not self.search_dock.isVisible()
        self.search_dock.show()
        self.search_dock.raise_()
        if opening and self.library_dock.isVisible() and not self.library_dock.isFloating():
            # Both docks share the left side: results need the room more than the document list.
            self.resizeDocks([self.library_dock, self.search_dock], [1, 3], Qt.Orientation.Vertical)
        self.search.query.setFocus()
        self.search.query.selectAll()

    def go_to_hit(self, hit) -> None:
        """Open the document of a search result and show the statement or passage it found."""
        self.open_document(hit.document_id)
        if hit.statement_id is not None:
            self.select_statement(hit.statement_id)
        else:
            self.reader.select_span(hit.start, hit.end)
            self.reader.centerCursor()
            self.reader.setFocus()

    def _on_text_replaced(self, document_id: int) -> None:
        if self.document is not None and self.document.id == document_id:
            self.document = None  # show it afresh
            self.open_document(document_id)

    def replace_text(self, path=None) -> None:
        """Replace the current document's text with a newer version from a file."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from annotations.errors import ImportFailed
        from annotations.importers import read_document

        if self.document is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, f"Newer version of “{self.document.title}”")
            if not chosen:
                return
            path = Path(chosen)
        try:
            newer = read_document(path)
        except ImportFailed as exc:
            QMessageBox.warning(self, "Replace text", str(exc))
            return
        cmd = commands.ReplaceText(self.project, self.document.id, self.document.title, newer.text, newer.blocks)
        if self._push(cmd):
            report = cmd.report
            self.statusBar().showMessage(f"Text replaced: {report.summary()}", 10000)
            if report.unplaced or report.fuzzy:
                QMessageBox.information(
                    self, "Replace text",
                    f"{report.summary()}\n\nStatements that could not be found keep their quote and are marked in"
                    " the list; select their new place in the article and press Ctrl+E.",
                )  # fmt: skip
        return cmd.report if cmd.error is None else None

    def rename_document(self, document_id: int, title: str) -> None:
        doc = self.store.document(document_id)
        self._push(commands.UpdateDocument(self.project, doc, f"Rename document “{commands.excerpt(doc.title)}”",
                                           title=title))  # fmt: skip

    def delete_document(self, document_id: int, confirm: bool = True) -> None:
        doc = self.store.document(document_id)
        total, _ = self.store.count_statements(document_id)
        if confirm:
            answer = QMessageBox.question(
                self, "Delete document",
                f"Delete “{doc.title}” and its {counted(total, 'statement')}? (You can undo this.)",
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._push(commands.DeleteDocument(self.project, document_id, doc.title))

    def document_properties(self, document_id: int | None = None) -> None:
        from .dialogs.document import DocumentDialog

        doc_id = document_id if document_id is not None else (self.document.id if self.document else None)
        if doc_id is None:
            return
        doc = self.store.document(doc_id)
        dialog = DocumentDialog(doc, self)
        if dialog.exec() and dialog.changes():
            self._push(commands.UpdateDocument(self.project, doc, f"Edit properties of “{commands.excerpt(doc.title)}”",
                                               **dialog.changes()))  # fmt: skip

    def _colours(self, statements: list[Statement]) -> dict[int, str]:
        if self.colour_by_speaker:
            return {s.id: self.speakers[s.speaker_id].colour for s in statements if s.speaker_id in self.speakers}
        colours = {st.id: st.colour for st in self.stances}
        return {s.id: colours[s.stance_id] for s in statements if s.stance_id in colours}

    def set_colour_by_speaker(self, on: bool) -> None:
        self.colour_by_speaker = on
        self.reader.recolour(self._colours(self.list_model.all))
        self._show_speaker_colours()

    def _show_speaker_colours(self) -> None:
        """While highlights follow speakers, the list shows each speaker's colour as the key."""
        on = self.colour_by_speaker
        self.list_model.set_speaker_colours({i: s.colour for i, s in self.speakers.items()} if on else {})

    # -- the current statement -----------------------------------------------------------------------

    def current_statement(self) -> Statement | None:
        return self.statement_list.current_statement()

    def select_statement(self, statement_id: int) -> None:
        if self.list_model.row_of(statement_id) is None and self.filter.text():
            self.filter.clear()  # a statement picked in the text must be visible in the list
        self.statement_list.select_statement(statement_id)

    def _on_statement_clicked(self, statement_id: int) -> None:
        # The reader is looking at what they clicked: select it without scrolling the text away.
        self._scroll_to_current = False
        try:
            self.select_statement(statement_id)
        finally:
            self._scroll_to_current = True

    def _on_current_row(self, *_args) -> None:
        self.editor.flush()
        self._show_current(scroll=self._scroll_to_current)

    def _show_current(self, scroll: bool = False) -> None:
        st = self.current_statement()
        self.reader.set_current(st.id if st else None, scroll=scroll)
        speaker = self.speakers.get(st.speaker_id).name if st and st.speaker_id in self.speakers else ""
        target = self.targets.get(st.target_id, "") if st else ""
        self.editor.set_statement(st, speaker, target)
        self.actions.update_enabled()

    def _on_statements_changed(self, document_id: int, ids: list[int]) -> None:
        if self.document is None or document_id != self.document.id:
            self.library.model.set_counts(document_id, *self.store.count_statements(document_id))
            self._update_counts()
            return
        if not ids:  # names or colours changed: redraw everything of this document
            statements = self.store.statements(document_id)
            current = self.current_statement()
            self.list_model.set_statements(statements)
            self.reader.update_statements(statements, [], self._colours(statements))
            if current:
                self.statement_list.select_statement(current.id)
        else:
            changed, removed = [], []
            for i in ids:
                try:
                    changed.append(self.store.statement(i))
                except StandpointError:
                    removed.append(i)
            current = self.current_statement()
            self.list_model.apply_changes(changed, removed)
            self.reader.update_statements(changed, removed, self._colours(changed))
            if current and current.id not in removed:
                self.statement_list.select_statement(current.id)
        self._show_current()
        self._update_counts()
        self.library.model.set_counts(document_id, len(self.list_model.all), self.list_model.incomplete)

    def _on_filter(self, text: str) -> None:
        current = self.current_statement()
        self.list_model.set_filter(text)
        if current:
            self.statement_list.select_statement(current.id)

    # -- user actions ------------------------------------------------------------------------------------

    def mark_selection(self) -> Statement | None:
        """Make the selected text a statement, select it and put the cursor in the speaker field."""
        if self.document is None:
            return None
        span = self.reader.selection_span()
        if span is None:
            self.statusBar().showMessage("Select some text in the article first, then press Enter.", 4000)
            return None
        quote = self.document.text[span[0] : span[1]]
        cmd = commands.CreateStatement(self.project, self.document.id, *span, quote)
        if not self._push(cmd):
            return None
        self.select_statement(cmd.statement_id)
        self.editor.speaker.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.speaker.lineEdit().selectAll()
        return self.store.statement(cmd.statement_id)

    def set_span_to_selection(self) -> None:
        st, span = self.current_statement(), self.reader.selection_span()
        if st is None or span is None or (st.start, st.end) == span:
            self.statusBar().showMessage("Select the new extent in the article, then choose Set Span.", 4000)
            return
        self._push(commands.SetSpan(self.project, st, *span, self.document.text[span[0] : span[1]]))

    def delete_selected(self) -> None:
        selected = self.statement_list.selected_statements()
        if not selected and self.current_statement():
            selected = [self.current_statement()]
        if selected:
            row = self.statement_list.currentIndex().row()
            self._push(commands.DeleteStatements(self.project, selected))
            if self.list_model.rowCount():
                self.statement_list.selectRow(min(row, self.list_model.rowCount() - 1))

    def apply_stance_key(self, stance_id: int | None) -> None:
        st = self.current_statement()
        if st is None:
            return
        if st.stance_id != stance_id:
            self._set_stance(stance_id)
        # The keyboard flow goes on in the article: select the next statement, Enter, and so on.
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _set_speaker(self, name: str) -> None:
        st = self.current_statement()
        if st is not None:
            self._push(commands.SetSpeakerByName(self.project, st, name))

    def _set_stance(self, stance_id: int | None) -> None:
        st = self.current_statement()
        if st is not None:
            label = next((s.label for s in self.stances if s.id == stance_id), None)
            text = (f"Set stance of “{commands.excerpt(st.quote)}” to {label}" if label
                    else f"Clear stance of “{commands.excerpt(st.quote)}”")  # fmt: skip
            self._push(commands.EditStatement(self.project, st, "stance_id", stance_id, text))

    def _set_target(self, name: str) -> None:
        st = self.current_statement()
        if st is not None:
            self._push(commands.SetTargetByName(self.project, st, name))

    def _edit(self, field: str, value) -> None:
        st = self.current_statement()
        if st is not None and getattr(st, field) != value:
            self._push(commands.EditStatement(self.project, st, field, value))

    def _push(self, command) -> bool:
        """Run a command; one the store refuses is reported and never reaches the undo stack."""
        self.project.push(command)
        return command.error is None

    def step_statement(self, delta: int) -> None:
        rows = self.list_model.rowCount()
        if rows:
            row = self.statement_list.currentIndex().row()
            row = 0 if row < 0 else max(0, min(rows - 1, row + delta))
            self.statement_list.selectRow(row)

    def next_incomplete(self) -> None:
        rows = self.list_model.rowCount()
        start = self.statement_list.currentIndex().row()
        for step in range(1, rows + 1):
            st = self.list_model.statement_at((start + step) % rows)
            if st is not None and not st.complete:
                self.select_statement(st.id)
                self.editor.speaker.setFocus() if st.speaker_id is None else self.statement_list.setFocus()
                return
        self.statusBar().showMessage("Every statement has a speaker and a stance.", 4000)

    def focus_reader(self) -> None:
        self.editor.flush()
        self.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- chrome ------------------------------------------------------------------------------------------

    def _update_counts(self) -> None:
        if self.document is None:
            self.count_label.setText("No document")
            return
        # Counted in the model as rows change: a COUNT over 100k rows took 100 ms per edit.
        m = self.list_model
        self.count_label.setText(f"{counted(len(m.all), 'statement')} · {m.incomplete} incomplete"
                                 + (f" · {m.unplaced} not found" if m.unplaced else ""))  # fmt: skip
        self.path_label.setText(_display_path(self.store.path))
        self.path_label.setToolTip(str(self.store.path.resolve()))

    def _update_title(self) -> None:
        title = self.document.title if self.document else "No document"
        ro = " (read-only)" if self.store.read_only else ""
        self.setWindowTitle(f"{title} — {self.store.path.name}{ro} — Standpoint")

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, splitter in (("window/splitter", self.splitter), ("window/side_splitter", self.side_splitter)):
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)
            elif splitter is self.splitter:
                splitter.setSizes([760, 520])
        zoom = int(self.settings.value("reader/zoom", 0))
        if zoom:
            self.reader.zoom(zoom)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/side_splitter", self.side_splitter.saveState())
        self.settings.setValue("reader/zoom", self.reader.zoom_steps)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.editor.flush()
        self.save_layout()
        super().closeEvent(event)

    # -- dialogs -------------------------------------------------------------------------------------------

    def edit_speakers(self) -> None:
        from .dialogs.speakers import SpeakersDialog

        SpeakersDialog(self.project, self).exec()

    def edit_scheme(self) -> None:
        from .dialogs.scheme import SchemeDialog

        SchemeDialog(self.project, self).exec()

    def import_files(self) -> None:
        from .transfer import choose_and_import

        choose_and_import(self)

    def paste_document(self) -> None:
        from .transfer import paste_as_document

        paste_as_document(self)

    def export_notes(self) -> None:
        from .dialogs.export import ExportDialog

        ExportDialog(self).exec()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        from pathlib import Path

        from .transfer import import_paths

        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            import_paths(self, paths)

    def open_file(self) -> None:
        from .opening import choose_and_open

        choose_and_open(self)

    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        from annotations import __version__

        QMessageBox.about(
            self,
            "About Standpoint",
            f"<b>Standpoint {__version__}</b><p>Close reading: mark statements, tag who said them and what"
            " position they take. Your work is kept in one SQLite file, saved as you go.</p>",
        )


def _display_path(path) -> str:
    from pathlib import Path

    full = Path(path).resolve()
    try:
        return "~/" + str(full.relative_to(Path.home()))
    except ValueError:
        return str(full)

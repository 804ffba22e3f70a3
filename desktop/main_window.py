"""The main window: the article on the left, statements and their editor on the right.

The window builds and lays out its widgets; what happens in it lives in controllers, one per
concern: `statements` (marking and tagging, the list and the editor), `documents` (the library,
import, text replacement, search results), `layout` (geometry, panes, zoom), `recovery`
(backups) and `suggestions` (statements the rules propose). The window owns its `Project`: closing the window closes the project file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotations.model import Document, Statement
from annotations.store import Store

from .actions import Actions
from .annotators import AnnotatorPrompt, LayerButton, annotator_name, was_asked
from .controllers.documents import DocumentsController
from .controllers.files import FilesController
from .controllers.layout import LayoutController
from .controllers.reading import ReadingState
from .controllers.recovery import RecoveryController
from .controllers.statements import StatementsController
from .controllers.suggestions import SuggestionsController
from .dialogs import run_modal
from .editor import StatementEditor
from .library import LibraryPane
from .project import Project
from .reader import ArticleView
from .search import SearchPane
from .statement_list import FilterField, StatementList
from .statements import StatementListModel
from .suggestions import SuggestionsPane
from .welcome import WelcomePane

if TYPE_CHECKING:
    from .dialogs.statistics import StatisticsDialog


class MainWindow(QMainWindow):
    openRequested = Signal(object)  # File > Open chose a path: the application opens it in a window

    def __init__(self, store: Store, document_id: int | None = None, settings: QSettings | None = None):
        super().__init__()
        self.project = Project(store, self)
        self.statistics: StatisticsDialog | None = None  # Project > Statistics, while it is open
        self.settings = settings or QSettings()
        self._path_shown: Path | None = None  # the project path the status bar shows
        self._build()
        self.statements = StatementsController(self)
        self.layer_button.layerChanged.connect(self.statements.set_layer)
        self.documents = DocumentsController(self)
        self.files = FilesController(self)
        self.layout_controller = LayoutController(self)
        self.recovery = RecoveryController(self)
        self.suggestions = SuggestionsController(self)
        self.user_actions = Actions(self)
        for problem in (self.project.commandFailed, self.project.fileTrouble):
            problem.connect(lambda message: QMessageBox.warning(self, "Standpoint", message))
        self.statements.load_names()
        self.layout_controller.restore()
        self.documents.show_first(document_id)
        self.reading_state = ReadingState(self)
        self.reading_state.restore(document_id)
        if store.read_only:
            self._make_read_only()
        elif store.backup_problem:  # said once, where it stays until the next message
            self.statusBar().showMessage(store.backup_problem)

    def _build(self) -> None:
        self.reader = ArticleView()
        self.list_model = StatementListModel(self)
        self.filter = FilterField(self.list_model)
        self.statement_list = StatementList(self.list_model)
        self.editor = StatementEditor()
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(6, 6, 6, 6)
        self.annotator_prompt = AnnotatorPrompt(self.settings)
        self.annotator_prompt.setVisible(not was_asked(self.settings))
        panel_layout.addWidget(self.annotator_prompt)
        panel_layout.addWidget(self.filter)
        self.layer_button = LayerButton()
        self.layer_button.setObjectName("layerButton")
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.suggestions_pane = SuggestionsPane()
        self.suggestions_pane.hide()  # until Suggest Statements
        self.side_splitter.addWidget(self.suggestions_pane)
        self.side_splitter.addWidget(self.statement_list)
        self.side_splitter.addWidget(self.editor)
        self.side_splitter.setStretchFactor(0, 2)
        self.side_splitter.setStretchFactor(1, 3)
        self.side_splitter.setStretchFactor(2, 2)
        panel_layout.addWidget(self.side_splitter)
        self.welcome = WelcomePane()
        self.article_pane = QStackedWidget()  # the article, or what to do first while there is none
        self.article_pane.addWidget(self.reader)
        self.article_pane.addWidget(self.welcome)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self.reader.setAcceptDrops(False)  # files dropped on the article are imported, not pasted in
        self.library = LibraryPane(self.project)
        self.library_dock = self._dock(self.tr("Library"), "libraryDock", self.library)
        self.search = SearchPane(self.project)
        self.search_dock = self._dock(self.tr("Search"), "searchDock", self.search)
        self.search_dock.hide()
        self.count_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.path_label)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        return dock

    def _make_read_only(self) -> None:
        self.user_actions.make_read_only()
        self.editor.setEnabled(False)
        self.welcome.set_read_only(True)
        self.annotator_prompt.hide()  # no statement is made here
        # A label of its own, not a status message: a message is drawn over the counts beside it.
        badge = QLabel(self.tr("<b>Read-only</b>: open in another window"))
        badge.setToolTip(self.tr("Another window is editing this project. Here you can read, search and export."))
        badge.setObjectName("readOnlyBadge")
        self.statusBar().insertWidget(0, badge)

    # -- what the controllers share ------------------------------------------------------------------

    @property
    def store(self) -> Store:
        return self.project.store

    @property
    def document(self) -> Document | None:
        return self.documents.current

    @property
    def annotator(self) -> str:
        """The name every statement made in this window carries (Edit > Preferences…)."""
        return annotator_name(self.settings)

    def current_statement(self) -> Statement | None:
        return self.statement_list.current_statement()

    def update_status(self) -> None:
        """The counts in the status bar, the file's path beside them and the window title."""
        doc = self.document
        if doc is None:
            self.count_label.setText(self.tr("No document"))
        else:
            # Counted in the model as rows change: a COUNT over 100k rows took 100 ms per edit.
            m = self.list_model
            parts = [self.tr("%n statement(s)", "", len(m.columns)), self.tr("%n incomplete", "", m.incomplete)]
            if m.unplaced:
                parts.append(self.tr("%n not found", "", m.unplaced))
            if m.layer is not None:
                parts.append(self.tr("%n by the annotators shown", "", sum(m.annotator_counts[a] for a in m.layer)))
            self.count_label.setText(" · ".join(parts))
        if self._path_shown != self.store.path:  # resolving the path asks the file system: not on every edit
            self._path_shown = self.store.path
            self.path_label.setText(_display_path(self.store.path))
            self.path_label.setToolTip(str(self.store.path.resolve()))
        title = self.tr("{document} — {file} (read-only) — Standpoint") if self.store.read_only \
            else self.tr("{document} — {file} — Standpoint")
        self.setWindowTitle(title.format(document=doc.title if doc else self.tr("No document"), file=self.store.path.name))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.editor.flush()
        self.layout_controller.save()
        self.reading_state.save()
        if self.statistics is not None:
            self.statistics.close()
        super().closeEvent(event)
        if event.isAccepted() and not self.store.closed:
            self.editor.set_statement(None)  # the fields lose focus as the window goes: nothing is left to commit
            self.project.close()  # the file is free again: File > Open can open it once more

    # -- dialogs -------------------------------------------------------------------------------------

    def edit_speakers(self) -> None:
        from .dialogs.speakers import SpeakersDialog

        run_modal(SpeakersDialog(self.project, self))

    def edit_scheme(self) -> None:
        from .dialogs.scheme import SchemeDialog

        run_modal(SchemeDialog(self.project, self))

    def show_agreement(self) -> None:
        """Project > Agreement…: the annotators' agreement, their disagreements, and adjudication."""
        from PySide6.QtGui import QGuiApplication

        from annotations.agreement import agreement
        from annotations.errors import StandpointError

        from .dialogs.agreement import AgreementDialog

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a corpus takes seconds
        try:
            report = agreement(self.store)
        except StandpointError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.information(self, self.tr("Agreement"), str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        run_modal(AgreementDialog(self.project, report, self))

    def edit_preferences(self) -> None:
        from .annotators import PreferencesDialog

        if run_modal(PreferencesDialog(self.settings, self)):
            self.annotator_prompt.hide()
            self.statusBar().showMessage(self.tr("Statements you make now carry the name “{name}”.").format(name=self.annotator), 6000)

    def merge_files(self, paths: list[Path] | None = None, folder: bool = False) -> bool:
        """File > Merge…: a colleague's project, W3C JSON exports, .qdpx files or a folder of these, in one step."""
        from .merging import merge_into

        return merge_into(self, paths, folder=folder)

    def export_notes(self) -> None:
        from .dialogs.export import ExportDialog

        run_modal(ExportDialog(self))

    def export_worksheet(self) -> None:
        from .dialogs.worksheet import WorksheetDialog

        run_modal(WorksheetDialog(self))

    def save_copy(self, target: Path | None = None) -> Path | None:
        """File > Save a Copy: the whole project as one file elsewhere (to send, or to keep), made safely while open."""
        from annotations.errors import StandpointError
        from annotations.projects import PROJECT_SUFFIX

        if target is None:
            from PySide6.QtWidgets import QFileDialog

            from .folders import remember_folder, start_path

            name = self.tr("{project} copy").format(project=self.store.path.stem)
            suggestion = start_path(self.settings, "project", f"{name}{PROJECT_SUFFIX}")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the project"), suggestion,
                                                    self.tr("Standpoint projects (*{suffix})").format(suffix=PROJECT_SUFFIX))  # fmt: skip
            if not chosen:
                return None
            target = Path(chosen)
            remember_folder(self.settings, "project", target)
        self.editor.flush()
        try:
            saved = self.store.save_copy(target)
        except StandpointError as exc:
            QMessageBox.warning(self, self.tr("Save a Copy"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Saved a copy to {path}").format(path=saved), 8000)
        return saved

    def show_statistics(self) -> None:
        """Project > Statistics: one window beside this one, brought forward if it is open already."""
        from .dialogs.statistics import StatisticsDialog

        if self.statistics is None:
            self.statistics = StatisticsDialog(self)
            self.statistics.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.statistics.destroyed.connect(lambda _obj=None: setattr(self, "statistics", None))
        self.statistics.show()
        self.statistics.raise_()
        self.statistics.activateWindow()

    def show_shortcuts(self) -> None:
        from .dialogs.shortcuts import ShortcutsDialog

        run_modal(ShortcutsDialog(self))

    def show_about(self) -> None:
        from annotations import __version__

        QMessageBox.about(
            self,
            self.tr("About Standpoint"),
            self.tr("<b>Standpoint {version}</b><p>Close reading: mark statements, tag who said them and what"
                    " position they take. Your work is kept in one SQLite file, saved as you go.</p>").format(version=__version__),
        )

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from annotations.importing import supported_suffixes
        from annotations.projects import PROJECT_SUFFIX

        from .folders import remember_folder, start_folder

        articles = " ".join(f"*{s}" for s in supported_suffixes())
        kinds = self.tr("Projects and articles (*{suffix} {articles});;Standpoint projects (*{suffix});;Articles ({articles})")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project or article"), str(start_folder(self.settings, "project")),
                                              kinds.format(suffix=PROJECT_SUFFIX, articles=articles))  # fmt: skip
        if path:
            remember_folder(self.settings, "project", path)
            self.openRequested.emit(Path(path))

    # -- drag and drop -------------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.documents.import_paths(paths)


def _display_path(path: Path) -> str:
    full = Path(path).resolve()
    try:
        return "~/" + str(full.relative_to(Path.home()))
    except ValueError:
        return str(full)

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
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from annotations.model import Document, Statement
from annotations.store import Store
from annotations.wording import counted

from .actions import Actions
from .annotators import AnnotatorPrompt, LayerButton, annotator_name, was_asked
from .controllers.documents import DocumentsController
from .controllers.layout import LayoutController
from .controllers.recovery import RecoveryController
from .controllers.statements import StatementsController
from .controllers.suggestions import SuggestionsController
from .dialogs import run_modal
from .editor import StatementEditor
from .library import LibraryPane
from .project import Project
from .reader import ArticleView
from .search import SearchPane
from .statements import FilterField, StatementList, StatementListModel
from .suggestions import SuggestionsPane

if TYPE_CHECKING:
    from .dialogs.statistics import StatisticsDialog


class MainWindow(QMainWindow):
    openRequested = Signal(object)  # File > Open chose a path: the application opens it in a window

    def __init__(self, store: Store, document_id: int | None = None, settings: QSettings | None = None):
        super().__init__()
        self.project = Project(store, self)
        self.statistics: StatisticsDialog | None = None  # Project > Statistics, while it is open
        self.settings = settings or QSettings()
        self._build()
        self.statements = StatementsController(self)
        self.layer_button.layerChanged.connect(self.statements.set_layer)
        self.documents = DocumentsController(self)
        self.layout_controller = LayoutController(self)
        self.recovery = RecoveryController(self)
        self.suggestions = SuggestionsController(self)
        self.user_actions = Actions(self)
        for problem in (self.project.commandFailed, self.project.fileTrouble):
            problem.connect(lambda message: QMessageBox.warning(self, "Standpoint", message))
        self.statements.load_names()
        self.layout_controller.restore()
        self.documents.show_first(document_id)
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
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)
        self.reader.setAcceptDrops(False)  # files dropped on the article are imported, not pasted in
        self.library = LibraryPane(self.project)
        self.library_dock = self._dock("Library", "libraryDock", self.library)
        self.search = SearchPane(self.project)
        self.search_dock = self._dock("Search", "searchDock", self.search)
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
        self.statusBar().showMessage("Read-only: another window is editing this project. You can read and export.")

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
            self.count_label.setText("No document")
        else:
            # Counted in the model as rows change: a COUNT over 100k rows took 100 ms per edit.
            m = self.list_model
            layer = f" · {sum(m.annotator_counts[a] for a in m.layer):,} by the annotators shown" if m.layer is not None else ""
            self.count_label.setText(f"{counted(len(m.columns), 'statement')} · {m.incomplete} incomplete"
                                     + (f" · {m.unplaced} not found" if m.unplaced else "") + layer)  # fmt: skip
        self.path_label.setText(_display_path(self.store.path))
        self.path_label.setToolTip(str(self.store.path.resolve()))
        ro = " (read-only)" if self.store.read_only else ""
        self.setWindowTitle(f"{doc.title if doc else 'No document'} — {self.store.path.name}{ro} — Standpoint")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.editor.flush()
        self.layout_controller.save()
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
            QMessageBox.information(self, "Agreement", str(exc))
            return
        QGuiApplication.restoreOverrideCursor()
        run_modal(AgreementDialog(self.project, report, self))

    def edit_preferences(self) -> None:
        from .annotators import PreferencesDialog

        if run_modal(PreferencesDialog(self.settings, self)):
            self.annotator_prompt.hide()
            self.statusBar().showMessage(f"Statements you make now carry the name “{self.annotator}”.", 6000)

    def merge_files(self, paths: list[Path] | None = None, folder: bool = False) -> bool:
        """File > Merge…: a colleague's project, W3C JSON exports, .qdpx files or a folder of these, in one step."""
        from .merging import merge_into

        return merge_into(self, paths, folder=folder)

    def export_notes(self) -> None:
        from .dialogs.export import ExportDialog

        run_modal(ExportDialog(self))

    def save_copy(self, target: Path | None = None) -> Path | None:
        """File > Save a Copy: the whole project as one file elsewhere (to send, or to keep), made safely while open."""
        from annotations.errors import StandpointError
        from annotations.projects import PROJECT_SUFFIX

        if target is None:
            from PySide6.QtWidgets import QFileDialog

            suggestion = str(self.store.path.with_name(f"{self.store.path.stem} copy{PROJECT_SUFFIX}"))
            chosen, _ = QFileDialog.getSaveFileName(self, "Save a copy of the project", suggestion,
                                                    f"Standpoint projects (*{PROJECT_SUFFIX})")  # fmt: skip
            if not chosen:
                return None
            target = Path(chosen)
        self.editor.flush()
        try:
            saved = self.store.save_copy(target)
        except StandpointError as exc:
            QMessageBox.warning(self, "Save a Copy", str(exc))
            return None
        self.statusBar().showMessage(f"Saved a copy to {saved}", 8000)
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
            "About Standpoint",
            f"<b>Standpoint {__version__}</b><p>Close reading: mark statements, tag who said them and what"
            " position they take. Your work is kept in one SQLite file, saved as you go.</p>",
        )

    def open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from annotations.importing import supported_suffixes
        from annotations.projects import PROJECT_SUFFIX

        articles = " ".join(f"*{s}" for s in supported_suffixes())
        path, _ = QFileDialog.getOpenFileName(self, "Open project or article", "", f"Projects and articles (*{PROJECT_SUFFIX}"
                                              f" {articles});;Standpoint projects (*{PROJECT_SUFFIX});;Articles ({articles})")
        if path:
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

"""Project files from the window: File > New Project, File > Open Recent, and the folders dialogs start in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotations.errors import StandpointError
from annotations.projects import PROJECT_SUFFIX

from ..folders import remember_folder, start_path
from ..recent import RecentMenu, RecentProjects

if TYPE_CHECKING:
    from ..main_window import MainWindow


class FilesController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.recent = RecentProjects(window.settings)
        self.recent.add(window.store.path)
        self.recent_menu = RecentMenu(self.recent, window.openRequested.emit, window)
        window.welcome.importRequested.connect(window.documents.choose_and_import)
        window.welcome.pasteRequested.connect(window.documents.paste_document)
        window.welcome.filesDropped.connect(window.documents.import_paths)

    def new_project(self, path: Path | None = None):
        """File > New Project: an empty project where the user chooses, in a window of its own."""
        from ..opening import show_window

        w = self.w
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                w, self.tr("New Project"), start_path(w.settings, "project", self.tr("Untitled") + PROJECT_SUFFIX),
                self.tr("Standpoint projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
                options=QFileDialog.Option.DontConfirmOverwrite,  # an existing project is refused below, never replaced
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        if path.exists():
            QMessageBox.warning(w, self.tr("New Project"),
                                self.tr("There is a file called {name} in {folder} already. Choose another name, or"
                                        " open it with File > Open.").format(name=path.name, folder=path.parent))  # fmt: skip
            return None
        from annotations.store import Store

        try:
            store = Store.open(path)
        except (StandpointError, OSError) as exc:
            QMessageBox.warning(w, self.tr("New Project"),
                                self.tr("No project was made at {path}: {reason}").format(path=path, reason=exc))
            return None
        remember_folder(w.settings, "project", path)
        return show_window(store)

"""File > Open Recent: the projects last opened, newest first, kept in the application's settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

KEY = "recent/projects"
LIMIT = 10


translate = QCoreApplication.translate  # called with literal texts, so pyside6-lupdate finds them


class RecentProjects:
    """The list of recent project paths in QSettings (shared by every window)."""

    def __init__(self, settings: QSettings):
        self.settings = settings

    def paths(self) -> list[Path]:
        value = self.settings.value(KEY) or []
        if isinstance(value, str):  # QSettings gives a one-element list back as a plain string
            value = [value]
        return [Path(str(p)) for p in value if p]

    def _store(self, paths: list[Path]) -> None:
        self.settings.setValue(KEY, [str(p) for p in paths[:LIMIT]])
        self.settings.sync()

    def add(self, path: Path) -> None:
        full = Path(path).resolve()
        self._store([full, *(p for p in self.paths() if p != full)])

    def remove(self, path: Path) -> None:
        self._store([p for p in self.paths() if p != Path(path)])

    def clear(self) -> None:
        self._store([])


class RecentMenu(QMenu):
    """Rebuilt each time it opens, so it shows which files are still there."""

    def __init__(self, recent: RecentProjects, open_path: Callable[[Path], object], parent: QWidget | None = None):
        super().__init__(translate("RecentProjects", "Open &Recent"), parent)
        self.recent = recent
        self.open_path = open_path
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, 1):
            # The number is the accelerator; a name's own "&" is text.
            label = f"&{number % 10}  {path.name.replace('&', '&&')}"
            missing = not path.is_file()
            if missing:
                label += "  " + translate("RecentProjects", "(not found)")
            action = self.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(not missing)
            action.triggered.connect(lambda _checked=False, p=path: self.choose(p))
        if not paths:
            self.addAction(translate("RecentProjects", "No recent projects")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(translate("RecentProjects", "&Clear Recent"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda _checked=False: self.recent.clear())

    def choose(self, path: Path) -> None:
        """Open a recent project; one gone since the menu was shown is said so and taken off the list."""
        if not path.is_file():
            self.recent.remove(path)
            QMessageBox.information(self.parentWidget(), translate("RecentProjects", "Open Recent"),
                                    translate("RecentProjects", "{path} is no longer there: it was moved, renamed or deleted. It was taken"
                                        " off the list; File > Open finds it where it is now.").format(path=path))  # fmt: skip
            return
        self.open_path(path)

"""File > Open: a project or an article, each in a window of its own; failures explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from annotations.errors import StandpointError
from annotations.importers import supported_suffixes
from annotations.projects import PROJECT_SUFFIX, open_article

_open_windows: list[QWidget] = []  # keeps windows opened from a menu alive


def file_filter() -> str:
    articles = " ".join(f"*{s}" for s in supported_suffixes())
    return f"Projects and articles (*{PROJECT_SUFFIX} {articles});;Standpoint projects (*{PROJECT_SUFFIX});;Articles ({articles})"


def open_path(path: Path, parent: QWidget | None = None) -> QWidget | None:
    """Open a project file or an article in a new window; show a message and return None on failure."""
    from .main_window import MainWindow

    try:
        if path.suffix.lower() == PROJECT_SUFFIX:
            from .safety import open_store

            store, doc_id = open_store(path, parent), None
            if store is None:
                return None
        else:
            store, doc = open_article(path)
            doc_id = doc.id
    except StandpointError as exc:
        QMessageBox.warning(parent, "Standpoint cannot open this", str(exc))
        return None
    window = MainWindow(store, doc_id)
    _open_windows.append(window)
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    return window


def choose_and_open(parent: QWidget) -> None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open project or article", "", file_filter())
    if path:
        open_path(Path(path), parent)
        QApplication.processEvents()

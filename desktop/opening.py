"""Opening files in windows: a project or an article, each in a window of its own; failures explained."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from annotations.errors import StandpointError
from annotations.projects import PROJECT_SUFFIX, open_article
from annotations.store import Store

from .main_window import MainWindow

_open_windows: list[MainWindow] = []  # keeps windows opened from a menu alive


def show_window(store: Store, document_id: int | None = None) -> MainWindow | None:
    """A window on a store; its File > Open opens further windows the same way.

    Damage the file checks on opening cannot see (text that is not UTF-8, a broken page met while
    reading) shows here, when the window reads the project: it ends in a message offering the newest
    backup, never in a traceback. None when no window could be shown.
    """
    try:
        window = MainWindow(store, document_id)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        path = store.path
        store.close()
        from .safety import offer_latest_backup

        restored = offer_latest_backup(path, QCoreApplication.translate(
            "Opening", "{path} is damaged: part of it cannot be read ({problem}).").format(path=path, problem=exc))
        return show_window(restored) if restored is not None else None
    # Freed when closed: a closed window would otherwise keep its project's rows and views in memory
    # for as long as the application runs (each File > Open and close added a whole window).
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_windows.append(window)
    window.openRequested.connect(lambda path: open_path(path, window))
    window.destroyed.connect(lambda *_: _open_windows.remove(window) if window in _open_windows else None)
    window.show()
    return window


def open_path(path: Path, parent: QWidget | None = None) -> MainWindow | None:
    """Open a project file or an article in a new window; show a message and return None on failure.

    A project already open in a window of this application is brought forward instead: opening it
    again would find it locked by that very window and offer a read-only copy.
    """
    for window in _open_windows:
        if not window.store.closed and window.store.path.resolve() == Path(path).resolve():
            window.raise_()
            window.activateWindow()
            return window
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
        QMessageBox.warning(parent, QCoreApplication.translate("Opening", "Standpoint cannot open this"), str(exc))
        return None
    return show_window(store, doc_id)

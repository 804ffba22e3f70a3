"""Starting the window: what to open from the command line, and clear messages when it fails."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from annotations.errors import StandpointError
from annotations.projects import PROJECT_SUFFIX, open_article, open_sample_project
from annotations.store import Store

from .main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("Standpoint")
    QCoreApplication.setApplicationName("Standpoint")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app  # type: ignore[return-value]


def open_target(arg: str | None) -> tuple[Store, int | None]:
    """The project for a command-line argument: none -> the sample project; a project file; an article."""
    if arg is None:
        store = open_sample_project()
        return store, None
    path = Path(arg).expanduser()
    if not path.exists():
        raise StandpointError(f"{path}: there is no such file.")
    if path.suffix.lower() == PROJECT_SUFFIX:
        return Store.open(path), None
    store, doc = open_article(path)
    return store, doc.id


def run(argv: list[str]) -> int:
    app = make_application()
    args = [a for a in argv if not a.startswith("-")]
    try:
        store, document_id = open_target(args[0] if args else None)
    except StandpointError as exc:
        QMessageBox.critical(None, "Standpoint cannot open this", str(exc))
        print(f"standpoint: {exc}", file=sys.stderr)
        return 1
    window = MainWindow(store, document_id)
    window.show()
    code = app.exec()
    store.close()
    return code

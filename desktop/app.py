"""Starting the window: what to open from the command line, and clear messages when it fails."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotations.errors import ProjectReadOnly, StandpointError
from annotations.projects import PROJECT_SUFFIX, open_article, open_sample_project, project_beside
from annotations.store import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("Standpoint")
    QCoreApplication.setApplicationName("Standpoint")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    from .i18n import install_translators, ui_language

    install_translators(ui_language(QSettings()))  # before any widget: a widget takes its texts when built
    return app  # type: ignore[return-value]


def open_target(arg: str | None) -> tuple[Store, int | None]:
    """The project for a command-line argument: none -> the sample project; a project file; an article."""
    if arg is None:
        store = open_sample_project()
        return store, None
    path = Path(arg).expanduser()
    problem = path_problem(path)
    if problem:
        raise StandpointError(problem)
    if path.suffix.lower() == PROJECT_SUFFIX:
        from .safety import open_store

        opened = open_store(path) if QApplication.instance() else Store.open(path)
        if opened is None:
            raise StandpointError(QCoreApplication.translate("Opening", "{path} was not opened.").format(path=path))
        return opened, None
    store, doc = open_article(path)
    return store, doc.id


def path_problem(path: Path) -> str:
    """Why a file named on the command line cannot be opened at all, in plain words; "" when it can be tried."""
    from annotations.importing import supported_suffixes

    if not path.exists():
        return QCoreApplication.translate("Opening", "{path}: there is no such file.").format(path=path)
    if path.is_dir():
        return QCoreApplication.translate("Opening", "{path} is a folder. Name a project ({suffix}) or an article to open."
                                          ).format(path=path, suffix=PROJECT_SUFFIX)
    if path.suffix.lower() != PROJECT_SUFFIX and path.suffix.lower() not in supported_suffixes():
        kind = path.suffix or QCoreApplication.translate("Opening", "files without a suffix")
        return QCoreApplication.translate("Opening", "{file}: Standpoint cannot open “{kind}” files. It opens projects"
                                          " ({suffix}) and articles ({articles}).").format(
            file=path.name, kind=kind, suffix=PROJECT_SUFFIX, articles=" ".join(supported_suffixes()))  # fmt: skip
    return ""


def _ask_where(article: Path) -> tuple[Store, int]:
    from PySide6.QtWidgets import QFileDialog

    from .folders import start_path

    suggestion = start_path(QSettings(), "project", project_beside(article).name)
    chosen, _ = QFileDialog.getSaveFileName(
        None, QCoreApplication.translate("Opening", "Where should the project for {file} be kept?").format(file=article.name),
        suggestion, f"*{PROJECT_SUFFIX}",
    )
    if not chosen:
        raise StandpointError(QCoreApplication.translate(
            "Opening", "{folder} does not take new files, and no other place was chosen.").format(folder=article.parent))
    store, doc = open_article(article, Path(chosen))
    return store, doc.id


def has_display() -> bool:
    """Whether Qt can show a window here; without one it would abort the process instead of raising."""
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    problem = path_problem(Path(args[0]).expanduser()) if args else ""
    if problem:  # said on the terminal it was typed in, before any window or file is made
        print(f"standpoint: {problem}", file=sys.stderr)
        return 1
    if not has_display():
        print("standpoint: there is no display to show the window on. Run it in a desktop session, or use a"
              " command (python main.py --help) to work without a window.", file=sys.stderr)  # fmt: skip
        return 2
    app = make_application()
    try:
        try:
            store, document_id = open_target(args[0] if args else None)
        except ProjectReadOnly:
            store, document_id = _ask_where(Path(args[0]))  # the article's folder does not take new files
    except StandpointError as exc:
        print(f"standpoint: {exc}", file=sys.stderr)
        QMessageBox.critical(None, QCoreApplication.translate("Opening", "Standpoint cannot open this"), str(exc))
        return 1
    from .opening import show_window

    window = show_window(store, document_id)
    if window is None:
        return 1
    if os.environ.get("STANDPOINT_SMOKE"):
        _quit_once_shown(window)
    code = app.exec()
    store.close()  # the window closed it already, unless Qt quit without closing it
    return code


def _quit_once_shown(window: QWidget) -> None:
    """STANDPOINT_SMOKE=1: a second after the window shows, print its title and quit (exit 0 if it was visible).

    How packaging/smoke.sh checks that a built app starts its window, without a person to close it.
    """
    from PySide6.QtCore import QTimer

    def report() -> None:
        shown = window.isVisible()
        print(f"standpoint: {'shown' if shown else 'NOT shown'}: {window.windowTitle()}", flush=True)
        window.close()
        QApplication.exit(0 if shown else 1)

    QTimer.singleShot(1000, report)

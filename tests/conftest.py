"""Shared fixtures. Qt must be told to draw offscreen before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Projects, backups and settings made by tests stay out of the real user folders.
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

_USER_DIRS = tempfile.mkdtemp(prefix="standpoint-test-home-")
atexit.register(shutil.rmtree, _USER_DIRS, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = os.path.join(_USER_DIRS, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_USER_DIRS, "config")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from annotations.importing import import_file  # noqa: E402
from annotations.projects import SAMPLE_ARTICLE, SAMPLE_TITLE  # noqa: E402
from annotations.store import Store  # noqa: E402

SAMPLE_TEXT = SAMPLE_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application with the English catalogue, as the application installs it (plural forms)."""
    from desktop.i18n import install_translators

    install_translators("en")
    return qapp


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "work.standpoint"


@pytest.fixture
def store(project_path: Path):
    """A real project file in tmp_path, holding the sample article."""
    s = Store.open(project_path)
    import_file(s, SAMPLE_ARTICLE, title=SAMPLE_TITLE)
    yield s
    s.close()


@pytest.fixture
def sample_doc(store: Store):
    return store.document(store.document_ids()[0])


@pytest.fixture
def make_window(qtbot, tmp_path):
    """Open the real main window on a store, as the user sees it (active, so shortcuts work)."""
    from PySide6.QtCore import QSettings

    from desktop.main_window import MainWindow

    def make(store: Store, document_id: int | None = None) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        w = MainWindow(store, document_id, settings=settings)
        qtbot.addWidget(w)
        with qtbot.waitActive(w):
            w.show()
            w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
        return w

    return make


@pytest.fixture
def window(store, make_window):
    return make_window(store)


def mark(window, qtbot, text: str, speaker: str | None = None, key=None, occurrence: int = 0):
    """The keyboard workflow: select, Enter, type the speaker, Tab, press the stance key."""
    from PySide6.QtCore import Qt

    window.reader.setFocus()
    window.reader.select_text(text, occurrence)
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    if speaker is not None:
        qtbot.keyClicks(window.editor.speaker.lineEdit(), speaker)
        qtbot.keyClick(window.editor.speaker.lineEdit(), Qt.Key.Key_Tab)
    if key is not None:
        qtbot.keyClick(window.focusWidget(), key)
    return window.current_statement()

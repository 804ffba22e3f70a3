"""First use: a new project, its welcoming empty state, recent projects, and where file dialogs start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotations.projects import SAMPLE_ARTICLE
from annotations.store import Store
from desktop import folders, opening


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """Message boxes answer at once; what they said is kept to assert on."""
    texts: list[str] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, **k: texts.append(text))
    return texts


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """A home of its own with a Documents folder, so dialogs have somewhere to start."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(folders, "documents_folder", lambda: home / "Documents")
    return home / "Documents"


@pytest.fixture
def empty_window(tmp_path, make_window):
    store = Store.open(tmp_path / "empty.standpoint")
    yield make_window(store)
    store.close()


def answer_save(monkeypatch, path: Path | str) -> list[str]:
    """The next save dialogs answer with path; returns the folders or names they started with."""
    started: list[str] = []

    def answer(_parent, _title, directory="", *_a, **_k):
        started.append(directory)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return started


def close_other_windows(keep) -> None:
    for w in list(opening._open_windows):
        if w is not keep:
            w.close()


# -- New Project -------------------------------------------------------------------------------------


def test_new_project_is_made_where_chosen_and_greets_with_what_to_do_first(window, qtbot, tmp_path, monkeypatch, documents):
    started = answer_save(monkeypatch, tmp_path / "Kasachstan")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    try:
        [new] = [w for w in opening._open_windows if w is not window]
        assert Path(started[0]).parent == documents  # not the program's folder, not where the sample lives
        assert new.store.path == tmp_path / "Kasachstan.standpoint" and new.store.path.is_file()
        assert new.article_pane.currentWidget() is new.welcome and new.welcome.isVisible()
        assert "Import an article (Ctrl+I) or drop a file here" in new.welcome.hint.text()
        assert new.windowTitle().startswith("No document")
    finally:
        close_other_windows(window)


def test_new_project_never_replaces_an_existing_file(window, tmp_path, monkeypatch, said):
    existing = tmp_path / "work.standpoint"
    before = existing.read_bytes()
    answer_save(monkeypatch, existing)
    assert window.files.new_project() is None
    assert "already" in said[0] and existing.read_bytes() == before
    assert [w for w in opening._open_windows if w is not window] == []


@pytest.mark.parametrize("size", [(1000, 640), (640, 480)])
def test_the_welcome_shows_every_line_of_its_hint(empty_window, qtbot, size):
    empty_window.resize(*size)
    qtbot.waitUntil(lambda: empty_window.welcome.hint.width() > 0)
    hint = empty_window.welcome.hint
    # a word-wrapped label squeezed to one line's height cuts its text off: it must get the height its width needs
    assert hint.height() >= hint.heightForWidth(hint.width()) > hint.fontMetrics().lineSpacing()


def test_dropping_an_article_on_the_welcome_imports_it(empty_window, qtbot):
    w = empty_window
    assert w.article_pane.currentWidget() is w.welcome
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE_ARTICLE))])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    enter.ignore()
    w.welcome.dragEnterEvent(enter)  # Qt delivers drags only from a real drag; the handlers are what it calls
    assert enter.isAccepted()
    w.welcome.dropEvent(QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                   Qt.KeyboardModifier.NoModifier))  # fmt: skip
    assert len(w.store.document_ids()) == 1
    assert w.article_pane.currentWidget() is w.reader and "Kasachstan" in w.reader.toPlainText()


def test_the_welcome_import_button_opens_the_import_dialog_in_documents(empty_window, qtbot, monkeypatch, documents,
                                                                        tmp_path):  # fmt: skip
    articles = tmp_path / "articles"
    articles.mkdir()
    article = articles / "kasachstan.txt"
    article.write_bytes(SAMPLE_ARTICLE.read_bytes())
    started: list[str] = []

    def answer(_parent, _title, directory="", *_a, **_k):
        started.append(directory)
        return [str(article)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer)
    qtbot.mouseClick(empty_window.welcome.import_button, Qt.MouseButton.LeftButton)
    assert started == [str(documents)]
    assert empty_window.article_pane.currentWidget() is empty_window.reader
    # The next import starts where this one found its file.
    qtbot.keyClick(empty_window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert started[1] == str(articles)


# -- Open Recent -------------------------------------------------------------------------------------


def recent_labels(window) -> list[tuple[str, bool]]:
    menu = window.files.recent_menu
    menu.rebuild()
    return [(a.text().replace("&", ""), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


def test_open_recent_lists_projects_greys_missing_ones_and_clears(window, tmp_path, qtbot, said):
    other = Store.open(tmp_path / "other.standpoint")
    other.close()
    gone = tmp_path / "gone.standpoint"
    gone.write_bytes(b"")
    for p in (gone, other.path):
        window.files.recent.add(p)
    gone.unlink()
    labels = recent_labels(window)
    assert labels[:3] == [("1  other.standpoint", True), ("2  gone.standpoint  (not found)", False),
                          ("3  work.standpoint", True)]  # fmt: skip
    assert labels[-1] == ("Clear Recent", True)

    opened: list[Path] = []
    window.openRequested.connect(opened.append)
    window.files.recent_menu.actions()[0].trigger()
    assert opened == [other.path.resolve()]

    other.path.unlink()  # gone between showing the menu and choosing it
    window.files.recent_menu.choose(other.path.resolve())
    assert "no longer there" in said[0] and other.path.resolve() not in window.files.recent.paths()

    [clear] = [a for a in window.files.recent_menu.actions() if a.text() == "&Clear Recent"]
    clear.trigger()
    assert recent_labels(window) == [("No recent projects", False), ("Clear Recent", False)]


def test_recent_projects_keep_the_last_ten_newest_first(tmp_path):
    from desktop.recent import RecentProjects

    recent = RecentProjects(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for i in range(12):
        recent.add(tmp_path / f"p{i}.standpoint")
    recent.add(tmp_path / "p5.standpoint")
    names = [p.name for p in recent.paths()]
    assert names[:3] == ["p5.standpoint", "p11.standpoint", "p10.standpoint"] and len(names) == 10


def test_opening_a_project_open_in_a_window_brings_that_window_forward(window, said):
    opening._open_windows.append(window)  # as show_window keeps the windows it opens
    try:
        assert opening.open_path(window.store.path) is window and not said
    finally:
        opening._open_windows.remove(window)


# -- where dialogs start -----------------------------------------------------------------------------


def test_dialogs_start_in_documents_then_in_the_folder_last_used(tmp_path, documents):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert folders.start_folder(settings, "export") == documents
    work = tmp_path / "work"
    work.mkdir()
    folders.remember_folder(settings, "import", work / "article.txt")
    assert folders.start_folder(settings, "import") == work
    assert folders.start_folder(settings, "export") == work  # shared, until exports have their own
    elsewhere = tmp_path / "out"
    elsewhere.mkdir()
    folders.remember_folder(settings, "export", elsewhere / "notes.md")
    assert (folders.start_folder(settings, "export"), folders.start_folder(settings, "import")) == (elsewhere, work)


def test_dialogs_never_start_in_a_hidden_folder_or_the_programs_own(tmp_path, documents):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    hidden = tmp_path / ".local" / "share"
    hidden.mkdir(parents=True)
    for chosen in (hidden / "sample.standpoint", folders.PROGRAM_FOLDER / "main.py"):
        folders.remember_folder(settings, "project", chosen)
        assert folders.start_folder(settings, "project") == documents
    settings.setValue("folders/project", str(hidden))  # remembered by an older version
    assert folders.start_folder(settings, "project") == documents
    settings.setValue("folders/project", str(tmp_path / "deleted since"))
    assert folders.start_folder(settings, "project") == documents


def test_documents_folder_falls_back_to_home(tmp_path, monkeypatch):
    home = tmp_path / "bare"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    assert folders.documents_folder() in (home, home / "Documents")
    assert folders.documents_folder().is_dir()


def test_save_a_copy_starts_in_documents_not_beside_the_sample(window, tmp_path, monkeypatch, documents):
    started = answer_save(monkeypatch, tmp_path / "kept.standpoint")
    saved = window.save_copy()
    assert Path(started[0]) == documents / "work copy.standpoint"
    copy = Store.open(saved, read_only=True)
    assert saved == tmp_path / "kept.standpoint" and copy.document_ids()
    copy.close()
    started = answer_save(monkeypatch, "")
    window.save_copy()
    assert Path(started[0]).parent == tmp_path


def test_export_dialog_suggests_the_export_folder(window, tmp_path, documents):
    from desktop.dialogs.export import ExportDialog

    dialog = ExportDialog(window)
    assert Path(dialog.path.text()) == documents / "work.md"
    out = tmp_path / "handouts"
    out.mkdir()
    dialog.path.setText(str(out / "notes.md"))
    assert dialog.run() and (out / "notes.md").is_file()
    assert Path(ExportDialog(window).path.text()).parent == out

"""Where file dialogs start: the folder last used for the same purpose, else the user's Documents folder.

A dialog given an empty directory opens in the current working directory, which for `python main.py`
is the program's own folder; and a project's folder may be the hidden data folder the sample lives in.
Neither is where a user keeps their work, so neither is ever offered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

PROGRAM_FOLDER = Path(__file__).resolve().parent.parent
SHARED_KEY = "folders/last"


def documents_folder() -> Path:
    """The user's Documents folder, or the home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def is_workplace(folder: Path) -> bool:
    """Whether a folder is one to offer: it exists, is not hidden and is not inside the program's folder."""
    try:
        folder = folder.resolve()
    except OSError:
        return False
    if not folder.is_dir() or folder == PROGRAM_FOLDER or PROGRAM_FOLDER in folder.parents:
        return False
    return not any(part.startswith(".") for part in folder.parts)


def start_folder(settings: QSettings, purpose: str) -> Path:
    """The folder a dialog for this purpose ("import", "export", "project", ...) opens in."""
    for key in (f"folders/{purpose}", SHARED_KEY):
        value = settings.value(key)
        if value and is_workplace(Path(str(value))):
            return Path(str(value))
    return documents_folder()


def start_path(settings: QSettings, purpose: str, name: str) -> str:
    """A file name suggested in the start folder, as a save dialog's directory argument."""
    return str(start_folder(settings, purpose) / name)


def remember_folder(settings: QSettings, purpose: str, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or a chosen folder) for this purpose and as the shared default."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if is_workplace(folder):
        settings.setValue(f"folders/{purpose}", str(folder))
        settings.setValue(SHARED_KEY, str(folder))

"""Opening a project from the window when something is wrong: locked, damaged, newer, read-only.

Each case gets a message that says what happened and offers the way out: a read-only view, the
latest backup, or nothing (the file is never touched without the user's say).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout, QWidget

from annotations.backups import Backup, list_backups, restore_backup
from annotations.errors import (
    NewerProject,
    NotAProject,
    ProjectDamaged,
    ProjectLocked,
    ProjectReadOnly,
    StandpointError,
)
from annotations.store import Store


def open_store(path: Path, parent: QWidget | None = None) -> Store | None:
    """The project at path, or None when the user could not or chose not to open it."""
    try:
        return Store.open(path)
    except (ProjectLocked, ProjectReadOnly) as exc:
        answer = QMessageBox.question(parent, "Standpoint", QCoreApplication.translate(
            "Opening", "{problem}\n\nOpen it read-only, to read and export?").format(problem=exc))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                return Store.open(path, read_only=True)
            except StandpointError as again:
                QMessageBox.warning(parent, _cannot_open(), str(again))
        return None
    except NewerProject as exc:
        QMessageBox.warning(parent, _cannot_open(), _left_as_it_is(str(exc)))
        return None
    except (ProjectDamaged, NotAProject) as exc:
        return offer_latest_backup(path, str(exc), parent)


def offer_latest_backup(path: Path, problem: str, parent: QWidget | None = None) -> Store | None:
    """Say what is wrong with the project and offer its newest backup; the restored project, or None."""
    backups = list_backups(path)
    if not backups:
        QMessageBox.warning(parent, _cannot_open(), _left_as_it_is(problem))
        return None
    text = QCoreApplication.translate("Opening", "{problem}\n\nThe file was left as it is. The latest backup is from {date}.")
    box = QMessageBox(QMessageBox.Icon.Warning, _cannot_open(), text.format(problem=problem, date=backups[0].describe()),
                      parent=parent)  # fmt: skip
    restore = box.addButton(QCoreApplication.translate("Opening", "Restore the Latest Backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    restore_backup(path, backups[0], damaged=True)  # the damaged file is kept beside it, as PROJECT.damaged
    return Store.open(path)


def _cannot_open() -> str:
    return QCoreApplication.translate("Opening", "Standpoint cannot open this")


def _left_as_it_is(problem: str) -> str:
    return QCoreApplication.translate("Opening", "{problem}\n\nThe file was left as it is.").format(problem=problem)


class BackupPicker(QDialog):
    """Lists a project's backups, newest first; returns the chosen one."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore Backup"))
        self.resize(420, 320)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for b in backups:
            item = QListWidgetItem(b.describe())
            item.setData(256, b)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        return item.data(256) if item else None

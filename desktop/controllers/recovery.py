"""File > Restore Backup: put an earlier state of the project back, the current one kept as a backup too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from annotations.store import Store

if TYPE_CHECKING:
    from annotations.backups import Backup

    from ..main_window import MainWindow


class RecoveryController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window

    def restore_backup(self, choose: Backup | None = None) -> bool:
        """Put a backup of this project in its place and reopen it; the current state is backed up first."""
        from annotations.backups import list_backups, restore_backup

        from ..dialogs import run_modal
        from ..safety import BackupPicker

        w = self.w
        backups = list_backups(w.store.path)
        if not backups:
            QMessageBox.information(w, self.tr("Restore Backup"), self.tr("This project has no backups yet."))
            return False
        if choose is None:
            picker = BackupPicker(backups, w)
            if not run_modal(picker) or picker.chosen() is None:
                return False
            choose = picker.chosen()
            assert choose is not None
        w.editor.flush()
        path = w.store.path
        w.project.close()
        try:
            restore_backup(path, choose)
        finally:
            self._reopen(Store.open(path, backup=False))
        w.statusBar().showMessage(self.tr("Restored the backup of {date}.").format(date=choose.describe()), 8000)
        return True

    def _reopen(self, store: Store) -> None:
        """Show a freshly opened store of the same file; the undo history belonged to the file replaced."""
        w = self.w
        w.project.attach(store)
        w.documents.current = None
        w.statements.load_names()
        w.documents.show_first()
        if w.statistics is not None:  # counted again over what the file holds now
            w.statistics.schedule_refresh()

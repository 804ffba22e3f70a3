"""File > Merge…: a colleague's work into the project, with a review of speakers that may be the same.

Reading the files touches nothing; near matches of speakers (accents, a letter or two, one name holding
the other) are shown in `SpeakerReviewDialog` to join or keep apart; then the merge is one command, one undo
step (annotations/merging.py does the work).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .commands import Command
from .i18n import counts

if TYPE_CHECKING:
    from annotations.merging import SpeakerMatch

    from .main_window import MainWindow

translate = QCoreApplication.translate
Review = Callable[[list["SpeakerMatch"]], "dict[str, int] | None"]


class SpeakerReviewDialog(QDialog):
    """Speakers the files bring under names near the project's: tick those that are the same person."""

    def __init__(self, matches: list[SpeakerMatch], parent: QWidget | None = None):
        super().__init__(parent)
        self.matches = matches
        self.setWindowTitle(self.tr("Merge: the same speakers?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These speakers of the merged files have names close to speakers of this project. Tick"
                               " the ones that are the same person: their statements join the project's speaker, and"
                               " the name becomes an alias. Unticked ones are kept as separate speakers."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(matches), 3)
        self.table.setHorizontalHeaderLabels([self.tr("In the merged files"), self.tr("In this project"), self.tr("Why")])
        self.table.setAccessibleName(self.tr("Speakers with close names"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, m in enumerate(matches):
            item = QTableWidgetItem(m.name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, item)
            for col, text in ((1, m.speaker_name), (2, m.reason)):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, cell)
        self.table.itemChanged.connect(self._one_per_name)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 180 + 26 * min(len(matches), 12))

    def set_joined(self, row: int, joined: bool) -> None:
        """Tick or untick a proposal (as a click would)."""
        self._box(row).setCheckState(Qt.CheckState.Checked if joined else Qt.CheckState.Unchecked)

    def _box(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def _one_per_name(self, item: QTableWidgetItem) -> None:
        # A name joins one speaker at most: ticking one proposal for it unticks the others.
        if item.column() != 0 or item.checkState() != Qt.CheckState.Checked:
            return
        name = self.matches[item.row()].name.casefold()
        for row, m in enumerate(self.matches):
            if row != item.row() and m.name.casefold() == name:
                self._box(row).setCheckState(Qt.CheckState.Unchecked)

    def joined(self) -> dict[str, int]:
        """{name in the files (case-folded): the project's speaker id} for every ticked proposal."""
        return {m.name.casefold(): m.speaker_id for row, m in enumerate(self.matches)
                if self._box(row).checkState() == Qt.CheckState.Checked}  # fmt: skip


def review_in_dialog(window: MainWindow) -> Review:
    def review(matches: list[SpeakerMatch]) -> dict[str, int] | None:
        from .dialogs import run_modal

        dialog = SpeakerReviewDialog(matches, window)
        return dialog.joined() if run_modal(dialog) else None

    return review


def choose_paths(window: MainWindow, folder: bool = False) -> list[Path]:
    """The files (or the folder) to merge, as the person picks them."""
    from PySide6.QtWidgets import QFileDialog

    from annotations.merging import MERGE_SUFFIXES

    from .folders import remember_folder, start_folder

    start = str(start_folder(window.settings, "merge"))
    if folder:
        chosen = QFileDialog.getExistingDirectory(window, translate("Merging", "Merge a folder of projects and exports"), start)
        if chosen:
            remember_folder(window.settings, "merge", chosen)
        return [Path(chosen)] if chosen else []
    patterns = " ".join(f"*{s}" for s in MERGE_SUFFIXES)
    paths, _ = QFileDialog.getOpenFileNames(window, translate("Merging", "Merge projects and exports"), start,
                                            translate("Merging", "Projects and exports ({patterns})").format(patterns=patterns))
    if paths:
        remember_folder(window.settings, "merge", paths[0])
    return [Path(p) for p in paths]


def merge_into(window: MainWindow, paths: list[Path] | None = None, review: Review | None = None,
               folder: bool = False) -> bool:  # fmt: skip
    """Read the files, ask about near speakers, merge as one command; False when nothing was merged."""
    from annotations.merging import merge_sources, near_speakers, read_merge_sources

    if window.store.read_only:
        return False
    paths = choose_paths(window, folder) if paths is None else paths
    if not paths:
        return False
    window.editor.flush()
    from .progress import progress_dialog

    dialog = progress_dialog(window, translate("Merging", "Reading…"), len(paths))
    cancelled = False

    def progress(done: int, total: int, name: str) -> bool:
        nonlocal cancelled
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(translate("Merging", "Reading {file}…").format(file=name))
        cancelled = dialog.wasCanceled()
        return not cancelled

    sources = read_merge_sources(paths, progress)
    dialog.close()
    if cancelled:
        return False
    # A REFI-QDA file from another tool says what its code branches are, as on import.
    readable = [s for s in sources if s.readable and (s.source is None or window.documents.roles_chosen(s.source))]
    if not readable:
        errors = [s.error for s in sources] or [translate("Merging", "No project, W3C JSON or .qdpx file was found there.")]
        QMessageBox.warning(window, translate("Merging", "Merge"), "\n\n".join(errors))
        return False
    near = near_speakers(window.store, readable)
    join: dict[str, int] | None = {}
    if near:
        join = (review or review_in_dialog(window))(near)
        if join is None:
            return False  # cancelled: nothing merged
    label = translate("Merging", "Merge “{name}”").format(name=readable[0].name) if len(readable) == 1 \
        else counts.merge_files(len(readable))
    kept = {id(s) for s in readable}
    chosen = [s for s in sources if id(s) in kept or not s.readable]  # the unreadable ones are reported
    command = Command(window.project, label, merge_sources, chosen, join)
    if not window.project.push(command):
        return False
    report = command.result
    message = counts.merged(len(readable), report.statements)
    if report.joined:
        message += " " + translate("Merging", "Joined {names}.").format(names=", ".join(report.joined))
    window.statusBar().showMessage(message, 10000)
    failed = [f.error for f in report.files if f.error]
    if failed:
        QMessageBox.warning(window, translate("Merging", "Merge"),
                            translate("Merging", "Some files were not merged:") + "\n\n" + "\n\n".join(failed))
    return True

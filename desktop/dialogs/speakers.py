"""The speakers dialog: rename, aliases, colour, merge two speakers, delete with confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotations.model import Speaker

from .. import commands
from ..project import Project
from ..statements import colour_chip
from .common import ColourButton, add_undo_actions


class SpeakersDialog(QDialog):
    """Every change applies at once as an undoable command; Close just closes."""

    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Speakers")
        self.resize(620, 420)
        self.project = project
        self.store = project.store

        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _r: self._show_selected())
        self.name = QLineEdit()
        self.name.editingFinished.connect(self._rename)
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText("Other names, separated by commas: Tokayev, der kasachische Präsident")
        self.aliases.editingFinished.connect(self._set_aliases)
        self.description = QLineEdit()
        self.description.setPlaceholderText("Role, e.g. President of Kazakhstan")
        self.description.editingFinished.connect(self._set_description)
        self.colour = ColourButton()
        self.colour.colourChosen.connect(self._set_colour)

        add = QPushButton("&Add…")
        add.clicked.connect(self.add_speaker)
        self.merge_button = QPushButton("&Merge Into…")
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button = QPushButton("&Delete")
        self.delete_button.clicked.connect(self.delete_selected)

        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("A&liases", self.aliases)
        form.addRow("&Role", self.description)
        form.addRow("&Colour", self.colour)
        self.counts = QListWidgetItem()
        buttons = QHBoxLayout()
        for b in (add, self.merge_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        add_undo_actions(self, project)

        project.speakersChanged.connect(self.reload)
        self.reload()

    # -- showing -----------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.selected()
        counts: dict[int | None, int] = {}
        for st in self.store.statements():
            counts[st.speaker_id] = counts.get(st.speaker_id, 0) + 1
        self.list.blockSignals(True)
        self.list.clear()
        for sp in self.store.speakers():
            n = counts.get(sp.id, 0)
            item = QListWidgetItem(colour_chip(sp.colour), f"{sp.name}  ({n})")
            item.setData(Qt.ItemDataRole.UserRole, sp.id)
            item.setToolTip(", ".join(sp.aliases) or sp.name)
            self.list.addItem(item)
            if current and sp.id == current.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def selected(self) -> Speaker | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None:
            return None
        try:
            return self.store.speaker(item.data(Qt.ItemDataRole.UserRole))
        except Exception:
            return None

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.store.speaker(self.list.item(i).data(Qt.ItemDataRole.UserRole)).name == name:
                self.list.setCurrentRow(i)
                return
        raise LookupError(name)

    def _show_selected(self) -> None:
        sp = self.selected()
        for w in (self.name, self.aliases, self.description, self.colour, self.merge_button, self.delete_button):
            w.setEnabled(sp is not None)
        self.name.setText(sp.name if sp else "")
        self.aliases.setText(", ".join(sp.aliases) if sp else "")
        self.description.setText(sp.description if sp else "")
        self.colour.set_colour(sp.colour if sp else "#808080")

    # -- changing ------------------------------------------------------------------------------------

    def _update(self, title: str, **changes) -> None:
        sp = self.selected()
        if sp is None or all(getattr(sp, k) == v for k, v in changes.items()):
            return
        self.project.push(commands.UpdateSpeaker(self.project, sp, title, **changes))

    def _rename(self) -> None:
        sp = self.selected()
        name = self.name.text().strip()
        if sp and name and name != sp.name:
            self._update(f"Rename speaker {sp.name} to {name}", name=name)
        elif sp and not name:
            self.name.setText(sp.name)

    def _set_aliases(self) -> None:
        sp = self.selected()
        if sp:
            aliases = tuple(a.strip() for a in self.aliases.text().split(",") if a.strip())
            self._update(f"Change aliases of {sp.name}", aliases=aliases)

    def _set_description(self) -> None:
        sp = self.selected()
        if sp:
            self._update(f"Change role of {sp.name}", description=self.description.text().strip())

    def _set_colour(self, colour: str) -> None:
        sp = self.selected()
        if sp:
            self._update(f"Recolour speaker {sp.name}", colour=colour)

    def add_speaker(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, "Add speaker", "Name:")
            if not ok:
                return
        name = name.strip()
        if name:
            self.project.push(commands.AddSpeaker(self.project, name))
            self.select(name)

    def merge_selected(self, into: str | None = None) -> None:
        gone = self.selected()
        if gone is None:
            return
        others = [s for s in self.store.speakers() if s.id != gone.id]
        if not others:
            return
        if into is None:
            into, ok = QInputDialog.getItem(self, "Merge speakers", f"Merge “{gone.name}” into:",
                                            [s.name for s in others], 0, False)  # fmt: skip
            if not ok:
                return
        keep = next(s for s in others if s.name == into)
        self.project.push(commands.MergeSpeakers(self.project, keep, gone))
        self.select(keep.name)

    def delete_selected(self, confirm: bool = True) -> None:
        sp = self.selected()
        if sp is None:
            return
        used = len(self.store.statements(speaker_id=sp.id))
        if confirm and used:
            answer = QMessageBox.question(
                self, "Delete speaker",
                f"“{sp.name}” is the speaker of {used} statement{'s' if used != 1 else ''}. Delete the speaker?"
                " The statements stay, without a speaker. (You can undo this.)",
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.project.push(commands.DeleteSpeaker(self.project, sp))

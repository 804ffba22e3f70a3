"""The speakers dialog: rename, aliases, colour, merge two speakers, delete with confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from annotations.model import Speaker

from ..commands import names as commands
from ..project import Project
from .common import ColourButton, RecordDialog


class SpeakersDialog(RecordDialog):
    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(project, self.tr("Speakers"), parent)
        self.list.setAccessibleName(self.tr("Speakers"))
        self.name = QLineEdit()
        self.name.editingFinished.connect(self._rename)
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("Other names, separated by commas: Tokayev, der kasachische Präsident"))
        self.aliases.editingFinished.connect(self._set_aliases)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Role, e.g. President of Kazakhstan"))
        self.description.editingFinished.connect(self._set_description)
        self.colour = ColourButton()
        self.colour.colourChosen.connect(self._set_colour)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("A&liases"), self.aliases)
        self.form.addRow(self.tr("&Role"), self.description)
        self.form.addRow(self.tr("&Colour"), self.colour)
        self.add_button(self.tr("&Add…"), self.add_speaker)
        self.merge_button = self.add_button(self.tr("&Merge Into…"), self.merge_selected)
        self.delete_button = self.add_button(self.tr("&Delete"), self.delete_selected)
        self.buttons.addStretch(1)
        project.speakersChanged.connect(self.reload)
        self.reload()

    def records(self) -> list[Speaker]:
        self._counts: dict[int | None, int] = {}
        for st in self.store.statements():
            self._counts[st.speaker_id] = self._counts.get(st.speaker_id, 0) + 1
        return self.store.speakers()

    def fetch(self, record_id: int) -> Speaker:
        return self.store.speaker(record_id)

    def item_text(self, sp: Speaker) -> str:
        return f"{sp.name}  ({self._counts.get(sp.id, 0)})"

    def show_record(self, sp: Speaker | None) -> None:
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
        self.project.push(commands.update_speaker(self.project, sp, title, **changes))

    def _rename(self) -> None:
        sp = self.selected()
        name = self.name.text().strip()
        if sp and name and name != sp.name:
            self._update(self.tr("Rename speaker {old} to {new}").format(old=sp.name, new=name), name=name)
        elif sp and not name:
            self.name.setText(sp.name)

    def _set_aliases(self) -> None:
        sp = self.selected()
        if sp:
            aliases = tuple(a.strip() for a in self.aliases.text().split(",") if a.strip())
            self._update(self.tr("Change aliases of {name}").format(name=sp.name), aliases=aliases)

    def _set_description(self) -> None:
        sp = self.selected()
        if sp:
            self._update(self.tr("Change role of {name}").format(name=sp.name), description=self.description.text().strip())

    def _set_colour(self, colour: str) -> None:
        sp = self.selected()
        if sp:
            self._update(self.tr("Recolour speaker {name}").format(name=sp.name), colour=colour)

    def add_speaker(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add speaker"), self.tr("Name:"))
            if not ok:
                return
        name = name.strip()
        if name:
            self.project.push(commands.add_speaker(self.project, name))
            self.select(name)

    def merge_selected(self, into: str | None = None) -> None:
        gone = self.selected()
        others = [s for s in self.store.speakers() if gone and s.id != gone.id]
        if gone is None or not others:
            return
        if into is None:
            into, ok = QInputDialog.getItem(self, self.tr("Merge speakers"), self.tr("Merge “{name}” into:").format(name=gone.name),
                                            [s.name for s in others], 0, False)  # fmt: skip
            if not ok:
                return
        keep = next(s for s in others if s.name == into)
        self.project.push(commands.merge_speakers(self.project, keep, gone))
        self.select(keep.name)

    def delete_selected(self, confirm: bool = True) -> None:
        sp = self.selected()
        if sp is None:
            return
        used = len(self.store.statements(speaker_id=sp.id))
        if confirm and used:
            answer = QMessageBox.question(
                self, self.tr("Delete speaker"),
                self.tr("“{name}” is the speaker of %n statement(s). Delete the speaker? The statements stay, without a"
                        " speaker. (You can undo this.)", "", used).format(name=sp.name),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.project.push(commands.delete_speaker(self.project, sp))

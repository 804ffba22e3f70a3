"""The stance-scheme dialog: add, rename, recolour, reorder stances and give them keys."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QMessageBox, QWidget

from annotations.model import Stance
from annotations.store import SPEAKER_PALETTE

from ..commands import names as commands
from ..project import Project
from .common import ColourButton, RecordDialog

KEYS = ["", *"123456789"]


class SchemeDialog(RecordDialog):
    name_field = "label"

    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(project, self.tr("Stance Scheme"), parent)
        self.label = QLineEdit()
        self.label.editingFinished.connect(self._rename)
        self.list.setAccessibleName(self.tr("Stances"))
        self.key = QComboBox()
        self.key.setAccessibleName(self.tr("Key"))
        self.key.addItems([k or self.tr("none") for k in KEYS])
        self._holders: dict[str, str] = {}  # key -> label of the other stance holding it
        self.key.activated.connect(self._set_key)
        self.description = QLineEdit()
        self.description.editingFinished.connect(self._set_description)
        self.colour = ColourButton()
        self.colour.colourChosen.connect(self._set_colour)
        self.form.addRow(self.tr("&Label"), self.label)
        self.form.addRow(self.tr("&Key"), self.key)
        self.form.addRow(self.tr("&Colour"), self.colour)
        self.form.addRow(self.tr("D&escription"), self.description)
        self.add_button(self.tr("&Add…"), self.add_stance)
        self.up = self.add_button(self.tr("Move &Up"), lambda: self.move_selected(-1))
        self.down = self.add_button(self.tr("Move Do&wn"), lambda: self.move_selected(1))
        self.delete_button = self.add_button(self.tr("&Delete"), self.delete_selected)
        self.buttons.addStretch(1)
        project.stancesChanged.connect(self.reload)
        self.reload()

    def records(self) -> list[Stance]:
        return self.store.stances()

    def fetch(self, record_id: int) -> Stance:
        return self.store.stance(record_id)

    def item_text(self, st: Stance) -> str:
        return f"{st.key or '·'}   {st.label}"

    def show_record(self, st: Stance | None) -> None:
        for w in (self.label, self.key, self.description, self.colour, self.up, self.down, self.delete_button):
            w.setEnabled(st is not None)
        self.label.setText(st.label if st else "")
        # Each key says which stance holds it now: choosing a taken key moves it to this stance.
        self._holders = {s.key: s.label for s in self.store.stances() if s.key and (st is None or s.id != st.id)}
        for i, k in enumerate(KEYS):
            shown = self.tr("{key}   (now {stance})").format(key=k, stance=self._holders[k]) if k in self._holders else k
            self.key.setItemText(i, shown if k else self.tr("none"))
        self.key.setCurrentIndex(KEYS.index(st.key) if st and st.key in KEYS else 0)
        self.description.setText(st.description if st else "")
        self.colour.set_colour(st.colour if st else "#808080")

    def _update(self, title: str, **changes) -> None:
        st = self.selected()
        if st is not None and any(getattr(st, k) != v for k, v in changes.items()):
            self.project.push(commands.update_stance(self.project, st, title, **changes))

    def _rename(self) -> None:
        st = self.selected()
        text = self.label.text().strip()
        if st and text and text != st.label:
            self._update(self.tr("Rename stance {old} to {new}").format(old=st.label, new=text), label=text)
        elif st and not text:
            self.label.setText(st.label)

    def _set_key(self, index: int) -> None:
        st = self.selected()
        if st:
            taken = self._holders.get(KEYS[index])  # as the key list showed it
            key = KEYS[index] or self.tr("none")
            title = self.tr("Set key of {stance} to {key} (from {other})") if taken else self.tr("Set key of {stance} to {key}")
            self._update(title.format(stance=st.label, key=key, other=taken), key=KEYS[index])

    def _set_description(self) -> None:
        st = self.selected()
        if st:
            self._update(self.tr("Describe stance {label}").format(label=st.label), description=self.description.text().strip())

    def _set_colour(self, colour: str) -> None:
        st = self.selected()
        if st:
            self._update(self.tr("Recolour stance {label}").format(label=st.label), colour=colour)

    def add_stance(self, label: str | None = None) -> None:
        if label is None:
            label, ok = QInputDialog.getText(self, self.tr("Add stance"), self.tr("Label:"))
            if not ok:
                return
        label = label.strip()
        if not label:
            return
        stances = self.store.stances()
        used = {s.key for s in stances}
        key = next((k for k in KEYS[1:] if k not in used), "")
        colour = SPEAKER_PALETTE[len(stances) % len(SPEAKER_PALETTE)]
        self.project.push(commands.add_stance(self.project, label, colour, key))
        self.select(label)

    def move_selected(self, delta: int) -> None:
        st = self.selected()
        if st is None:
            return
        order = [s.id for s in self.store.stances()]
        i, j = order.index(st.id), order.index(st.id) + delta
        if 0 <= j < len(order):
            order[i], order[j] = order[j], order[i]
            self.project.push(commands.reorder_stances(self.project, order))

    def delete_selected(self, confirm: bool = True) -> None:
        st = self.selected()
        if st is None:
            return
        used = len(self.store.statements(stance_id=st.id))
        if confirm and used:
            answer = QMessageBox.question(
                self, self.tr("Delete stance"),
                self.tr("%n statement(s) take(s) the stance “{label}”. Delete it from the scheme? Those statements keep"
                        " their text and lose the stance. (You can undo this.)", "", used).format(label=st.label),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.project.push(commands.delete_stance(self.project, st))

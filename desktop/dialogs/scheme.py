"""The stance-scheme dialog: add, rename, recolour, reorder stances and give them keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from annotations.model import Stance
from annotations.store import SPEAKER_PALETTE

from .. import commands
from ..project import Project
from ..statements import colour_chip
from .common import ColourButton, add_undo_actions

KEYS = ["", *"123456789"]


class SchemeDialog(QDialog):
    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Stance Scheme")
        self.resize(600, 400)
        self.project = project
        self.store = project.store

        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _r: self._show_selected())
        self.label = QLineEdit()
        self.label.editingFinished.connect(self._rename)
        self.key = QComboBox()
        self.key.addItems([k or "none" for k in KEYS])
        self.key.activated.connect(self._set_key)
        self.description = QLineEdit()
        self.description.editingFinished.connect(self._set_description)
        self.colour = ColourButton()
        self.colour.colourChosen.connect(self._set_colour)

        add = QPushButton("&Add…")
        add.clicked.connect(lambda: self.add_stance())
        self.up = QPushButton("Move &Up")
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down = QPushButton("Move Do&wn")
        self.down.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = QPushButton("&Delete")
        self.delete_button.clicked.connect(lambda: self.delete_selected())

        form = QFormLayout()
        form.addRow("&Label", self.label)
        form.addRow("&Key", self.key)
        form.addRow("&Colour", self.colour)
        form.addRow("D&escription", self.description)
        buttons = QHBoxLayout()
        for b in (add, self.up, self.down, self.delete_button):
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
        project.stancesChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.selected()
        self.list.blockSignals(True)
        self.list.clear()
        for st in self.store.stances():
            item = QListWidgetItem(colour_chip(st.colour), f"{st.key or '·'}   {st.label}")
            item.setData(Qt.ItemDataRole.UserRole, st.id)
            self.list.addItem(item)
            if current and current.id == st.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def selected(self) -> Stance | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None:
            return None
        try:
            return self.store.stance(item.data(Qt.ItemDataRole.UserRole))
        except Exception:
            return None

    def select(self, label: str) -> None:
        for i in range(self.list.count()):
            if self.store.stance(self.list.item(i).data(Qt.ItemDataRole.UserRole)).label == label:
                self.list.setCurrentRow(i)
                return
        raise LookupError(label)

    def _show_selected(self) -> None:
        st = self.selected()
        for w in (self.label, self.key, self.description, self.colour, self.up, self.down, self.delete_button):
            w.setEnabled(st is not None)
        self.label.setText(st.label if st else "")
        self.key.setCurrentIndex(KEYS.index(st.key) if st and st.key in KEYS else 0)
        self.description.setText(st.description if st else "")
        self.colour.set_colour(st.colour if st else "#808080")

    def _update(self, title: str, **changes) -> None:
        st = self.selected()
        if st is not None and any(getattr(st, k) != v for k, v in changes.items()):
            self.project.push(commands.UpdateStance(self.project, st, title, **changes))

    def _rename(self) -> None:
        st = self.selected()
        text = self.label.text().strip()
        if st and text and text != st.label:
            self._update(f"Rename stance {st.label} to {text}", label=text)
        elif st and not text:
            self.label.setText(st.label)

    def _set_key(self, index: int) -> None:
        st = self.selected()
        if st:
            self._update(f"Set key of {st.label} to {KEYS[index] or 'none'}", key=KEYS[index])

    def _set_description(self) -> None:
        st = self.selected()
        if st:
            self._update(f"Describe stance {st.label}", description=self.description.text().strip())

    def _set_colour(self, colour: str) -> None:
        st = self.selected()
        if st:
            self._update(f"Recolour stance {st.label}", colour=colour)

    def add_stance(self, label: str | None = None) -> None:
        if label is None:
            label, ok = QInputDialog.getText(self, "Add stance", "Label:")
            if not ok:
                return
        label = label.strip()
        if not label:
            return
        stances = self.store.stances()
        used = {s.key for s in stances}
        key = next((k for k in KEYS[1:] if k not in used), "")
        colour = SPEAKER_PALETTE[len(stances) % len(SPEAKER_PALETTE)]
        self.project.push(commands.AddStance(self.project, label, colour, key))
        self.select(label)

    def move_selected(self, delta: int) -> None:
        st = self.selected()
        if st is None:
            return
        order = [s.id for s in self.store.stances()]
        i = order.index(st.id)
        j = i + delta
        if 0 <= j < len(order):
            order[i], order[j] = order[j], order[i]
            self.project.push(commands.ReorderStances(self.project, order))

    def delete_selected(self, confirm: bool = True) -> None:
        st = self.selected()
        if st is None:
            return
        used = len(self.store.statements(stance_id=st.id))
        if confirm and used:
            answer = QMessageBox.question(
                self, "Delete stance",
                f"{used} statement{'s' if used != 1 else ''} take the stance “{st.label}”. Delete it from the scheme?"
                " Those statements keep their text and lose the stance. (You can undo this.)",
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.project.push(commands.DeleteStance(self.project, st))

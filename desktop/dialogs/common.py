"""Pieces the dialogs share: a colour button, and a list of records beside a form that edits one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotations.errors import NotFound

from ..actions import undo_actions
from ..project import Project
from ..statements import colour_chip


class ColourButton(QPushButton):
    colourChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.colour = "#808080"
        self.setFixedWidth(64)
        self.clicked.connect(self._choose)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.setStyleSheet(f"background: {colour}; border: 1px solid {QColor(colour).darker(140).name()};"
                           " border-radius: 4px; min-height: 20px;")  # fmt: skip
        self.setToolTip(colour)

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Choose a colour"))
        if chosen.isValid() and chosen.name() != self.colour:
            self.set_colour(chosen.name())
            self.colourChosen.emit(chosen.name())


class RecordDialog(QDialog):
    """A list of records (speakers, stances) beside a form that edits the selected one.

    Every change applies at once as an undoable command; Close just closes. Subclasses say which
    records there are, how an item reads, and fill the form.
    """

    name_field = "name"

    def __init__(self, project: Project, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 420)
        self.project = project
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _r: self._show_selected())
        self.form = QFormLayout()
        self.buttons = QHBoxLayout()
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addStretch(1)
        right.addLayout(self.buttons)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        undo_actions(project, self)  # Ctrl+Z in the dialog undoes on the window's history
        if project.store.read_only:
            self.setWindowTitle(self.tr("{title} (read-only)").format(title=title))
            note = QLabel(self.tr("Another window is editing this project: here you can look, not change."))
            note.setWordWrap(True)
            layout.insertWidget(0, note)

    @property
    def store(self):
        return self.project.store

    def add_button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    # what subclasses provide
    def records(self) -> list:
        raise NotImplementedError

    def fetch(self, record_id: int):
        raise NotImplementedError

    def item_text(self, record) -> str:
        raise NotImplementedError

    def show_record(self, record) -> None:
        raise NotImplementedError

    # the list
    def reload(self) -> None:
        current = self.selected()
        self.list.blockSignals(True)
        self.list.clear()
        for record in self.records():
            item = QListWidgetItem(colour_chip(record.colour), self.item_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            self.list.addItem(item)
            if current and current.id == record.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def selected(self):
        item = self.list.currentItem()
        if item is None:
            return None
        try:
            return self.fetch(item.data(Qt.ItemDataRole.UserRole))
        except NotFound:
            return None

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if getattr(self.fetch(self.list.item(i).data(Qt.ItemDataRole.UserRole)), self.name_field) == name:
                self.list.setCurrentRow(i)
                return
        raise LookupError(name)

    def _show_selected(self) -> None:
        self.show_record(self.selected())
        if self.store.read_only:
            self._lock()

    def _lock(self) -> None:
        """A read-only project's records can be looked at (and their text copied), not changed."""
        for layout in (self.form, self.buttons):
            for i in range(layout.count()):
                item = layout.itemAt(i)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLineEdit):
                    widget.setReadOnly(True)
                elif widget is not None and not isinstance(widget, QLabel):
                    widget.setEnabled(False)

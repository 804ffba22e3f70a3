"""Importing a REFI-QDA file from another tool: say what each branch of its codebook becomes.

QDA tools have codes; Standpoint has speakers, stances and targets. The reader guessed (a branch
called "Sprecher" holds speakers, one whose codes read like names too); here the user sees the
guess and changes it before anything is added.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotations.importers.refi.data import ROLE_LABELS, ROLES, RefiFile


def role_label(role: str) -> str:
    translate = QCoreApplication.translate
    return {"speakers": translate("CodeRolesDialog", "Speakers"), "stances": translate("CodeRolesDialog", "Stances"),
            "targets": translate("CodeRolesDialog", "Targets"),
            "modes": translate("CodeRolesDialog", "Modes of reporting"),
            "ignore": translate("CodeRolesDialog", "Ignore")}.get(role, ROLE_LABELS.get(role, role))  # fmt: skip


class CodeRolesDialog(QDialog):
    """One row per code branch, each with a choice of what it becomes, filled in with the reader's guess."""

    def __init__(self, file: RefiFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.file = file
        self.setWindowTitle(self.tr("Import “{file}”").format(file=file.name))
        origin = f"“{file.origin}”" if file.origin else self.tr("another tool")
        intro = QLabel((self.tr("This project comes from {origin}, whose codes Standpoint does not know.")
                        if file.kind == "project" else
                        self.tr("This codebook comes from {origin}, whose codes Standpoint does not know.")).format(origin=origin)
                       + " " + self.tr("Say what each branch of its codebook is: codes of a speakers branch become"
                                       " speakers, and so on; the choices below are a guess."))  # fmt: skip
        intro.setWordWrap(True)
        rows = QWidget()
        form = QFormLayout(rows)
        self.combos: dict[str, QComboBox] = {}
        for branch in file.branches:
            combo = QComboBox()
            for role in ROLES:
                combo.addItem(role_label(role), role)
            combo.setCurrentIndex(ROLES.index(file.roles.get(branch.guid, "ignore")))
            examples = ", ".join(branch.examples) + (" …" if branch.codes > len(branch.examples) else "")
            codes = self.tr("%n code(s)", "", branch.codes) + ", " + self.tr("%n coding(s)", "", branch.codings)
            label = QLabel(f"<b>{_escape(branch.name)}</b><br><small>{codes}: {_escape(examples)}</small>")
            label.setBuddy(combo)
            combo.setAccessibleName(self.tr("Role of {branch}").format(branch=branch.name))
            form.addRow(label, combo)
            self.combos[branch.guid] = combo
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        # A scroll area asks for little room: show every branch up to a screenful, then scroll.
        scroll.setMinimumHeight(min(420, rows.sizeHint().height() + 2 * scroll.frameWidth() + 4))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def combo(self, branch_name: str) -> QComboBox:
        """The choice for the branch called branch_name."""
        guid = next(b.guid for b in self.file.branches if b.name == branch_name)
        return self.combos[guid]

    def roles(self) -> dict[str, str]:
        """What the user chose: branch GUID -> role."""
        return {guid: combo.currentData() for guid, combo in self.combos.items()}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ask_roles(file: RefiFile, parent: QWidget | None = None) -> bool:
    """Show the dialog; on Import the file's roles are the user's choice. False when the user cancelled."""
    from . import run_modal

    dialog = CodeRolesDialog(file, parent)
    if not run_modal(dialog):
        return False
    file.roles.update(dialog.roles())
    return True

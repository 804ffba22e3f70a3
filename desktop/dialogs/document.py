"""Document properties: title and the metadata a citation needs."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from annotations.model import Document

FIELDS = (("title", "&Title"), ("author", "&Author"), ("outlet", "&Outlet"), ("published", "&Published"),
          ("language", "&Language"), ("source", "&Source (URL or file)"))  # fmt: skip


class DocumentDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Properties of “{document.title}”")
        self.resize(520, 0)
        self.document = document
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, label in FIELDS:
            edit = QLineEdit(getattr(document, name))
            self.fields[name] = edit
            form.addRow(label, edit)
        self.fields["published"].setPlaceholderText("YYYY-MM-DD")
        self.fields["language"].setPlaceholderText("de, en, …")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self) -> dict[str, str]:
        """The fields the user changed (an empty title is not a change)."""
        out = {}
        for name, edit in self.fields.items():
            value = edit.text().strip()
            if value != getattr(self.document, name) and not (name == "title" and not value):
                out[name] = value
        return out

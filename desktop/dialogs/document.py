"""Document properties: title and the metadata a citation needs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from annotations.model import Document

FIELDS = (("title", QT_TRANSLATE_NOOP("DocumentDialog", "&Title")), ("author", QT_TRANSLATE_NOOP("DocumentDialog", "&Author")),
          ("outlet", QT_TRANSLATE_NOOP("DocumentDialog", "&Outlet")),
          ("published", QT_TRANSLATE_NOOP("DocumentDialog", "&Published")),
          ("language", QT_TRANSLATE_NOOP("DocumentDialog", "&Language")),
          ("source", QT_TRANSLATE_NOOP("DocumentDialog", "&Source (URL or file)")))  # fmt: skip


class DocumentDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Properties of “{title}”").format(title=document.title))
        self.resize(520, 0)
        self.document = document
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, label in FIELDS:
            edit = QLineEdit(getattr(document, name))
            self.fields[name] = edit
            form.addRow(self.tr(str(label)), edit)
        self.fields["published"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.fields["language"].setPlaceholderText(self.tr("de, en, …"))
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

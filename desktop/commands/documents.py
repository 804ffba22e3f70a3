"""Commands on documents: import (files, paste, drop), delete, rename and describe, replace the text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from annotations.model import Block, Document
from annotations.store import Store

from ..i18n import counts
from . import Command, excerpt

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from annotations.importing import Source

    from ..project import Project


def import_sources(project: Project, sources: list[Source]) -> Command:
    """Add what was read from files or the clipboard: one undo step, however many files."""
    from annotations.importing import add_sources  # loaded when first needed: the first paint does not

    readable = [s for s in sources if s.readable]
    label = (translate("Commands", "Import “{name}”").format(name=excerpt(readable[0].name)) if len(readable) == 1
             else counts.import_files(len(readable)))
    return Command(project, label, add_sources, sources)


def delete_document(project: Project, document: Document) -> Command:
    return Command(project, translate("Commands", "Delete document “{title}”").format(title=excerpt(document.title)), Store.delete_document, document.id)


def update_document(project: Project, document: Document, label: str, /, **changes: Any) -> Command:
    """Rename a document or change its metadata (author, outlet, date, language, source)."""
    return Command(project, label, _update, document.id, changes)


def _update(store: Store, document_id: int, changes: dict) -> Document:
    return store.update_document(document_id, **changes)


def replace_text(project: Project, document: Document, text: str, blocks: list[Block]) -> Command:
    """Give a document a newer text; its statements are re-anchored. The result is the re-anchoring report."""
    from annotations.reanchoring import replace_document_text

    return Command(project, translate("Commands", "Replace the text of “{title}”").format(title=excerpt(document.title)), replace_document_text,
                   document.id, text, blocks)  # fmt: skip

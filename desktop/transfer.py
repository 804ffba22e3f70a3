"""Bringing documents in (import, paste, drop) and notes out (export), with progress and clear messages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from annotations.errors import ImportFailed, StandpointError
from annotations.importers import ImportedDocument, read_document, supported_suffixes
from annotations.importers.base import plain_text_blocks
from annotations.wording import counted

from . import commands

ANNOTATION_SUFFIXES = {".json", ".jsonld"}


def progress_dialog(parent: QWidget, label: str, total: int) -> QProgressDialog:
    dialog = QProgressDialog(label, "Cancel", 0, total, parent)
    dialog.setWindowTitle("Standpoint")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work never flashes a dialog
    dialog.setValue(0)
    return dialog


def import_paths(window, paths: list[Path]) -> list[int]:
    """Import files as documents (one undo step for all); report what failed and why.

    Returns the ids of the documents added. A file that cannot be read changes nothing.
    """
    added: list[int] = []
    failed: list[str] = []
    notes: list[str] = []
    documents = [p for p in paths if p.suffix.lower() not in ANNOTATION_SUFFIXES]
    annotation_files = [p for p in paths if p.suffix.lower() in ANNOTATION_SUFFIXES]
    dialog = progress_dialog(window, "Importing…", len(paths))
    stack = window.project.undo_stack
    if documents:
        stack.beginMacro(f"Import {counted(len(documents), 'document')}")
    try:
        for i, path in enumerate(documents):
            if dialog.wasCanceled():
                break
            dialog.setLabelText(f"Importing {path.name}…")
            try:
                doc = read_document(path)
            except ImportFailed as exc:
                failed.append(str(exc))
            else:
                cmd = _add(window, doc)
                if cmd.error is None:
                    added.append(cmd.document_id)
                    notes.extend(f"{path.name}: {w}" for w in doc.warnings)
                else:
                    failed.append(f"{path.name}: {cmd.error}")
            dialog.setValue(i + 1)
    finally:
        if documents:
            stack.endMacro()
    for path in annotation_files:
        if dialog.wasCanceled():
            break
        try:
            from annotations.importers.w3c_json import import_annotations

            report = import_annotations(window.store, path)
            notes.append(f"{path.name}: {report.summary()}")
            window.project.documentsChanged.emit()
            for doc_id in window.store.document_ids():
                window.project.statementsChanged.emit(doc_id, [])
        except (StandpointError, ValueError, OSError) as exc:
            failed.append(f"{path.name}: {exc}")
    dialog.close()
    if added:
        window.open_document(added[-1])
    if failed or notes:
        text = "\n\n".join([*failed, *notes])
        (QMessageBox.warning if failed else QMessageBox.information)(window, "Import", text)
    return added


def _add(window, doc: ImportedDocument):
    meta = {k: v for k, v in doc.meta.items() if k in {"author", "outlet", "published", "language", "source", "format"}}
    cmd = commands.AddDocument(window.project, doc.title, doc.text, doc.blocks, **meta)
    window.project.push(cmd)
    return cmd


def choose_and_import(window) -> list[int]:
    patterns = " ".join(f"*{s}" for s in [*supported_suffixes(), *sorted(ANNOTATION_SUFFIXES)])
    paths, _ = QFileDialog.getOpenFileNames(window, "Import documents", "", f"Articles and annotations ({patterns})")
    return import_paths(window, [Path(p) for p in paths]) if paths else []


def document_from_clipboard_text(text: str) -> ImportedDocument:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first = next((line.strip() for line in text.splitlines() if line.strip()), "Pasted text")
    title = first if len(first) <= 80 else first[:79].rstrip() + "…"
    return ImportedDocument(title=title, text=text, blocks=plain_text_blocks(text), meta={"format": "paste"})


def paste_as_document(window) -> int | None:
    text = QGuiApplication.clipboard().text()
    if not text.strip():
        window.statusBar().showMessage("The clipboard holds no text to paste as a document.", 4000)
        return None
    cmd = _add(window, document_from_clipboard_text(text))
    if cmd.error is None:
        window.open_document(cmd.document_id)
        return cmd.document_id
    return None

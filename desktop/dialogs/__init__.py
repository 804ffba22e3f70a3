"""Dialogs: speakers, the stance scheme, export, document properties, shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """Show a dialog until it is closed, then free it.

    A dialog parented to the window would otherwise live as long as the window, still listening
    to the project: after 300 openings, 600 dialogs reloaded on every change (5 s per new speaker).
    """
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()  # deferred: the caller may still read what was chosen

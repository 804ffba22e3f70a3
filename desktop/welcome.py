"""What the article pane shows while a project has no document: what to do first, instead of a blank page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePane(QWidget):
    """The first thing a new project shows: import an article, paste one, or drop a file on the window."""

    importRequested = Signal()
    pasteRequested = Signal()
    filesDropped = Signal(list)  # the local files dropped here, as Paths

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomePane")
        self.setAcceptDrops(True)  # it says "drop a file here": here, not only on the window around it
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.title = QLabel(self.tr("This project has no article yet"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import an Article…"))
        self.import_button.clicked.connect(self.importRequested)
        self.paste_button = QPushButton(self.tr("&Paste as New Document"))
        self.paste_button.clicked.connect(self.pasteRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addSpacing(12)
        column.addLayout(buttons)
        inner = QWidget()
        inner.setLayout(column)
        inner.setMaximumWidth(520)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its size hint, and a word-wrapped
        # label then gets one line's height for three lines of text.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(inner, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.set_read_only(False)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only window cannot import: it says so instead of offering what it cannot do."""
        self.setAcceptDrops(not read_only)
        self.import_button.setVisible(not read_only)
        self.paste_button.setVisible(not read_only)
        if read_only:
            self.hint.setText(self.tr("Another window is editing this project; articles imported there show here"
                                      " when you open the project again."))  # fmt: skip
        else:
            self.hint.setText(self.tr("Import an article (Ctrl+I) or drop a file here. Standpoint reads text, Markdown,"
                                      " web pages, Word, PDF and EPUB files, and W3C or REFI-QDA annotations."))  # fmt: skip

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)

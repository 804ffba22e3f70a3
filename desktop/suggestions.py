"""The suggestions section of the side panel: what the rules propose, to accept or reject with one key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotations.suggest import Suggestion

from .commands import excerpt
from .i18n import mode_name


class SuggestionList(QListWidget):
    """Enter accepts the current suggestion, Delete or Backspace rejects it; arrows move between them."""

    acceptRequested = Signal()
    rejectRequested = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.acceptRequested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.rejectRequested.emit()
        else:
            super().keyPressEvent(event)


class SuggestionsPane(QWidget):
    """A heading with the count, the list, and Accept / Reject / Accept All / Close."""

    acceptRequested = Signal()
    rejectRequested = Signal()
    acceptAllRequested = Signal()
    closeRequested = Signal()
    currentChanged = Signal(int)  # row, -1 for none

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.suggestions: list[Suggestion] = []
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = SuggestionList()
        self.list.setObjectName("suggestionList")
        self.list.setAccessibleName(self.tr("Suggested statements"))
        self.list.setWordWrap(True)
        self.list.setStyleSheet(
            "QListWidget#suggestionList::item { padding: 3px 2px; border-bottom: 1px solid palette(midlight); }"
            " QListWidget#suggestionList::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.list.setUniformItemSizes(False)
        self.list.currentRowChanged.connect(self.currentChanged)
        self.list.acceptRequested.connect(self.acceptRequested)
        self.list.rejectRequested.connect(self.rejectRequested)
        self.list.itemDoubleClicked.connect(lambda _item: self.acceptRequested.emit())
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Mark it as a statement with its speaker and mode (Enter in the list)"))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.reject_button.setToolTip(self.tr("Not a statement: it is not proposed again (Delete in the list)"))
        self.accept_all_button = QPushButton(self.tr("Accept A&ll"))
        self.accept_all_button.setToolTip(self.tr("Mark every suggestion shown, in one step"))
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Hide the suggestions; Suggest Statements shows them again"))
        self.accept_button.clicked.connect(self.acceptRequested)
        self.reject_button.clicked.connect(self.rejectRequested)
        self.accept_all_button.clicked.connect(self.acceptAllRequested)
        close.clicked.connect(self.closeRequested)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_suggestions(self, suggestions: list[Suggestion], row: int = 0) -> None:
        """Show these suggestions, with the one at `row` (or the last) current."""
        self.suggestions = list(suggestions)
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.suggestions:
            # A direct statement is what a reader calls a quote.
            mode = self.tr("quote") if s.mode == "direct" else mode_name(s.mode)
            item = QListWidgetItem(f"{s.speaker or self.tr('Speaker unknown')} · {mode} · {s.cue}\n“{excerpt(s.quote, 90)}”")
            item.setToolTip(s.quote + "\n\n" + self.tr("Confidence {percent}").format(percent=f"{s.confidence:.0%}"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(self.suggestions)
        self.heading.setText(self.tr("Suggestions: {count}").format(count=count) if count
                             else self.tr("No more suggestions in this document"))
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            b.setEnabled(bool(count))
        self.list.setCurrentRow(min(max(row, 0), count - 1) if count else -1)
        self.currentChanged.emit(self.list.currentRow())

    def current(self) -> Suggestion | None:
        """The suggestion the reader is on."""
        row = self.list.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

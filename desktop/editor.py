"""The editor for the current statement: speaker, stance, target, mode and a Markdown note."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, QStringListModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotations.model import MODES, Speaker, Stance, Statement

from .i18n import mode_name

NOTE_IDLE_MS = 800  # a note is saved this long after the last keystroke, and when focus leaves it


def render_note(text: str) -> str:
    """Markdown to HTML with any raw HTML shown as text, never interpreted."""
    import markdown  # on first preview, not at start-up

    return markdown.markdown(html.escape(text, quote=False), extensions=["sane_lists"])


class NotePreview(QTextBrowser):
    """Shows rendered notes and loads nothing: no images, no remote stylesheets."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl | str):  # noqa: N802
        return None


def field_of(box: QComboBox) -> QLineEdit:
    """The line edit of an editable combo box (Qt types it as optional: it exists once setEditable(True))."""
    field = box.lineEdit()
    assert field is not None, "the box is not editable"
    return field


def completer_of(box: QComboBox) -> QCompleter:
    completer = box.completer()
    assert completer is not None, "the box has no completer"
    return completer


class SpeakerBox(QComboBox):
    """Editable speaker field: completion over names and aliases; typing a new name creates one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        field_of(self).setPlaceholderText(self.tr("Who says it? Type a name…"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        popup = completer.popup()
        assert popup is not None
        popup.installEventFilter(self)
        field_of(self).installEventFilter(self)

    tabbedOut = Signal(bool)  # Tab (True) or Shift+Tab left the field: the editor says where focus goes

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        # Tab is handled here, popup open or not: the popup would swallow the focus change, and the
        # window's focus chain (built in creation order) led from a first statement to the filter.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            popup = completer_of(self).popup()
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if popup is not None and popup.isVisible():
                if forward:
                    self.accept_completion()
                popup.hide()
            self.tabbedOut.emit(forward)
            return True
        return super().eventFilter(obj, event)

    def accept_completion(self) -> None:
        """Take the completion the user sees: the highlighted entry, else the first one shown."""
        completer = completer_of(self)
        popup = completer.popup()
        index = popup.currentIndex() if popup is not None else None
        if index is None or not index.isValid():
            index = completer.completionModel().index(0, 0)
        if index.isValid():
            field_of(self).setText(str(index.data()))

    def set_speakers(self, speakers: list[Speaker]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("")
        for sp in speakers:
            self.addItem(sp.name, sp.id)
        self.names.setStringList(sorted({n for sp in speakers for n in sp.names()}, key=str.casefold))
        self.setEditText(text)
        self.blockSignals(False)


class StanceButton(QPushButton):
    """A stance button that shortens its label (to the key, at least) when the side panel is narrow."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.full_text = text
        self.key = text.split()[0] if text.split() else text
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.key) + 24)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        room = self.width() - 22  # the style sheet's padding and border
        text = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if len(text) <= len(self.key) + 1:  # "1…" says less than "1"
            text = self.key
        if text != self.text():
            self.setText(text)

    def sizeHint(self) -> QSize:  # noqa: N802
        # The full label's width, whatever the button shows now.
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.fontMetrics().horizontalAdvance(self.full_text) + 22), hint.height())


class ModeBox(QComboBox):
    """The mode list. Alt+Down opens it, as in any list box, instead of going to the next statement."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            event.accept()  # the key goes to keyPressEvent, which opens the list
            return True
        return super().event(event)


class StatementEditor(QWidget):
    """Emits what the reader asked for; the window turns each request into an undoable command."""

    speakerEntered = Signal(str)
    stanceChosen = Signal(object)  # stance id or None
    targetEntered = Signal(str)
    modeChosen = Signal(str)
    noteEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.statement: Statement | None = None
        self._speaker_text = ""
        self._target_text = ""

        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setObjectName("quoteLabel")

        self.speaker = SpeakerBox()
        # A combo box is otherwise read out by its current item, which says nothing of what it sets.
        for widget in (self.speaker, field_of(self.speaker)):
            widget.setAccessibleName(self.tr("Speaker"))
        self.speaker.tabbedOut.connect(self._leave_speaker)
        field_of(self.speaker).editingFinished.connect(self._speaker_done)
        self.speaker.activated.connect(lambda _i: self._speaker_done())

        self.stance_row = QHBoxLayout()
        self.stance_row.setSpacing(4)
        self.stance_buttons = QButtonGroup(self)
        self.stance_buttons.setExclusive(False)
        self.stance_buttons.idClicked.connect(self._stance_clicked)

        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        field_of(self.target).setPlaceholderText(self.tr("About what? (optional)"))
        for target in (self.target, field_of(self.target)):
            target.setAccessibleName(self.tr("Target"))
        completer_of(self.target).setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        field_of(self.target).editingFinished.connect(self._target_done)

        self.mode = ModeBox()
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.addItem("—", "")
        for m in MODES:
            self.mode.addItem(mode_name(m), m)
        self.mode.activated.connect(lambda i: self.modeChosen.emit(self.mode.itemData(i)))

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note (Markdown)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.installEventFilter(self)
        self.note_timer = QTimer(self, singleShot=True, interval=NOTE_IDLE_MS)
        self.note_timer.timeout.connect(self._note_done)
        self.note.textChanged.connect(self._note_typed)
        self.preview = NotePreview()
        self.note_tabs = QTabWidget()
        self.note_tabs.addTab(self.note, self.tr("Write"))
        self.note_tabs.addTab(self.preview, self.tr("Preview"))
        self.note_tabs.currentChanged.connect(self._refresh_preview)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Speaker"), self.speaker)
        form.addRow(self.tr("Stance"), self.stance_row)
        form.addRow(self.tr("&Target"), self.target)
        form.addRow(self.tr("&Mode"), self.mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        layout.addWidget(self.note_tabs, 1)
        self.set_statement(None)

    # -- filling -------------------------------------------------------------------------------------

    def set_scheme(self, stances: list[Stance]) -> None:
        for button in self.stance_buttons.buttons():
            self.stance_buttons.removeButton(button)
            button.deleteLater()
        for st in stances:
            button = StanceButton(f"{st.key}  {st.label}" if st.key else st.label)
            button.setCheckable(True)
            button.setToolTip(f"{st.label} ({st.key})" + (f"\n{st.description}" if st.description else "")
                              if st.key else st.label)  # fmt: skip
            button.setStyleSheet(_stance_button_css(st.colour))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.stance_buttons.addButton(button, st.id)
            self.stance_row.addWidget(button)
        self._sync_tab_order()
        self._show_stance()

    def set_speakers(self, speakers: list[Speaker]) -> None:
        self.speaker.set_speakers(speakers)

    def set_targets(self, names: list[str]) -> None:
        text = self.target.currentText()
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItems(["", *names])
        self.target.setEditText(text)
        self.target.blockSignals(False)

    def set_statement(self, st: Statement | None, speaker_name: str = "", target_name: str = "") -> None:
        """Show a statement without emitting anything (None shows an empty, disabled editor)."""
        same = st is not None and self.statement is not None and st.id == self.statement.id
        self.statement = st
        for w in (self.speaker, self.target, self.mode, self.note_tabs):
            w.setEnabled(st is not None)
        for b in self.stance_buttons.buttons():
            b.setEnabled(st is not None)
        if st is None:
            self.quote.setText(self.tr("<i>Select text in the article and press Enter to mark a statement.</i>"))
            speaker_name = target_name = ""
        else:
            self.quote.setText(f"“{html.escape(_clip(st.quote, 280))}”")
        if not (same and field_of(self.speaker).hasFocus()):
            self._speaker_text = speaker_name
            self.speaker.setEditText(speaker_name)
        if not (same and field_of(self.target).hasFocus()):
            self._target_text = target_name
            self.target.setEditText(target_name)
        self.mode.setCurrentIndex(max(0, self.mode.findData(st.mode if st else "")))
        if not (same and self.note.hasFocus()):
            self.note.blockSignals(True)
            self.note.setPlainText(st.note if st else "")
            self.note.blockSignals(False)
        self._refresh_preview()
        self._show_stance()

    def _show_stance(self) -> None:
        current = self.statement.stance_id if self.statement else None
        for b in self.stance_buttons.buttons():
            b.setChecked(self.stance_buttons.id(b) == current)

    def _sync_tab_order(self) -> None:
        chain = [self.speaker, *self.stance_buttons.buttons(), self.target, self.mode, self.note]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _leave_speaker(self, forward: bool) -> None:
        """Tab goes to the stances (the next thing to set), Shift+Tab back to the statement list."""
        if forward:
            buttons = self.stance_buttons.buttons()
            (buttons[0] if buttons else self.target).setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.speaker.focusNextPrevChild(False)

    # -- committing ------------------------------------------------------------------------------------

    def _speaker_done(self) -> None:
        text = self.speaker.currentText().strip()
        if self.statement is not None and text != self._speaker_text:
            self._speaker_text = text
            self.speakerEntered.emit(text)

    def _target_done(self) -> None:
        text = self.target.currentText().strip()
        if self.statement is not None and text != self._target_text:
            self._target_text = text
            self.targetEntered.emit(text)

    def _stance_clicked(self, stance_id: int) -> None:
        if self.statement is None:
            return
        self.stanceChosen.emit(None if self.statement.stance_id == stance_id else stance_id)

    def _note_typed(self) -> None:
        self.note_timer.start()

    def _note_done(self) -> None:
        self.note_timer.stop()
        if self.statement is not None and self.note.toPlainText() != self.statement.note:
            self.noteEdited.emit(self.note.toPlainText())

    def flush(self) -> None:
        """Commit whatever is still being typed (before switching statements or closing)."""
        if self.note_timer.isActive():
            self._note_done()
        if field_of(self.speaker).hasFocus():
            self._speaker_done()
        if field_of(self.target).hasFocus():
            self._target_done()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.note and event.type() == QEvent.Type.FocusOut:
            self._note_done()
        return super().eventFilter(obj, event)

    def _refresh_preview(self, *_args) -> None:
        if self.note_tabs.currentWidget() is self.preview:
            self.preview.setHtml(render_note(self.note.toPlainText()))


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _stance_button_css(colour: str) -> str:
    c = QColor(colour)
    return (
        f"QPushButton {{ border: 1px solid {c.darker(120).name()}; border-radius: 4px; padding: 3px 8px; }}"
        f"QPushButton:checked {{ background: {c.name()}; color: {'#000' if c.lightness() > 150 else '#fff'}; }}"
        f"QPushButton:focus {{ border: 2px solid palette(highlight); }}"
    )

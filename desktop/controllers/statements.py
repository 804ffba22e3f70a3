"""Marking and tagging statements: the list, the article's highlights and the editor, kept in step."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from annotations.errors import NotFound
from annotations.model import Speaker, Stance, Statement
from annotations.store.columns import StatementColumns

from ..accessibility import CursorAnnouncer
from ..commands import statements as commands
from ..editor import field_of
from ..highlights import Palette
from ..statements import ANNOTATOR_COLUMN

if TYPE_CHECKING:
    from ..main_window import MainWindow


class StatementsController(QObject):
    """Turns the reader's gestures on statements into commands, and shows what the project reports."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        self.speakers: dict[int, Speaker] = {}
        self.stances: list[Stance] = []
        self.targets: dict[int, str] = {}
        self.colour_by_speaker = False
        self._scroll_to_current = True
        self._patching = False  # rows are being patched: the current row will be put back
        self._stance_shortcuts: list[QShortcut] = []
        p = window.project
        p.statementsChanged.connect(self.on_statements_changed)
        p.speakersChanged.connect(self.load_speakers)
        p.stancesChanged.connect(self.load_scheme)
        p.targetsChanged.connect(self.load_targets)
        window.reader.markRequested.connect(self.mark_selection)
        window.reader.statementClicked.connect(self._on_statement_clicked)
        window.statement_list.selectionModel().currentRowChanged.connect(self._on_current_row)
        window.filter.textChanged.connect(self._on_filter)
        self.announcer = CursorAnnouncer(window.reader, window.list_model)  # for screen readers
        e = window.editor
        e.speakerEntered.connect(self.set_speaker)
        e.stanceChosen.connect(self.set_stance)
        e.targetEntered.connect(self.set_target)
        e.modeChosen.connect(lambda m: self.edit("mode", m))
        e.noteEdited.connect(lambda n: self.edit("note", n))

    @property
    def store(self):
        return self.w.project.store

    # -- names -------------------------------------------------------------------------------------

    def load_names(self) -> None:
        self.speakers = {s.id: s for s in self.store.speakers()}
        self.stances = self.store.stances()
        self.w.editor.set_speakers(list(self.speakers.values()))
        self.w.editor.set_scheme(self.stances)
        self._make_stance_shortcuts()
        self.load_targets()
        self._names_changed()

    def load_speakers(self) -> None:
        self.speakers = {s.id: s for s in self.store.speakers()}
        self.w.editor.set_speakers(list(self.speakers.values()))
        self._names_changed()

    def load_scheme(self) -> None:
        self.stances = self.store.stances()
        self.w.editor.set_scheme(self.stances)
        self._make_stance_shortcuts()
        self._names_changed()

    def load_targets(self) -> None:
        self.targets = {t.id: t.name for t in self.store.targets()}
        self.w.editor.set_targets(sorted(self.targets.values(), key=str.casefold))

    def _names_changed(self) -> None:
        w = self.w
        with self._keeping_current():
            w.list_model.set_names({i: s.name for i, s in self.speakers.items()},
                                   {s.id: (s.label, s.colour) for s in self.stances})  # fmt: skip
        self._show_speaker_colours()
        if w.document is not None:
            w.reader.recolour(self.palette())
            self.show_current()

    def _make_stance_shortcuts(self) -> None:
        # Digit keys set the stance wherever focus is not in a text field: Qt gives a typed digit to a
        # focused line edit (ShortcutOverride) before any shortcut, so notes and names stay typeable.
        for sc in self._stance_shortcuts:
            sc.setEnabled(False)
            sc.deleteLater()
        self._stance_shortcuts = []
        for st in self.stances:
            if st.key:
                sc = QShortcut(QKeySequence(st.key), self.w)
                sc.activated.connect(lambda sid=st.id: self.apply_stance_key(sid))
                self._stance_shortcuts.append(sc)
        clear = QShortcut(QKeySequence("0"), self.w)
        clear.activated.connect(lambda: self.apply_stance_key(None))
        self._stance_shortcuts.append(clear)

    # -- colours -----------------------------------------------------------------------------------

    def palette(self) -> Palette:
        """What colours the highlights: the stances' colours, or the speakers' while highlights follow speakers."""
        speakers = {i: s.colour for i, s in self.speakers.items()} if self.colour_by_speaker else None
        return Palette({st.id: st.colour for st in self.stances}, speakers)

    def set_colour_by_speaker(self, on: bool) -> None:
        self.colour_by_speaker = on
        self.w.reader.recolour(self.palette())
        self._show_speaker_colours()

    def _show_speaker_colours(self) -> None:
        """While highlights follow speakers, the list shows each speaker's colour as the key."""
        colours = {i: s.colour for i, s in self.speakers.items()} if self.colour_by_speaker else {}
        self.w.list_model.set_speaker_colours(colours)

    # -- showing -----------------------------------------------------------------------------------

    def show_statements(self, statements: StatementColumns) -> None:
        """A document's statements, shown afresh in the list (a document opened, or too many changed to patch)."""
        with self._keeping_current():
            self.w.list_model.set_statements(statements)
        self._annotators_changed()

    # -- layers: whose statements are shown ------------------------------------------------------------

    def visible(self, statements: list[Statement]) -> list[Statement]:
        """Those of the statements whose annotator is shown (what the article highlights)."""
        layer = self.w.list_model.layer
        return statements if layer is None else [s for s in statements if s.annotator in layer]

    def set_layer(self, annotators: frozenset[str] | None) -> None:
        """Show the statements of these annotators (None: all) in the list and the article."""
        w = self.w
        with self._keeping_current():
            w.list_model.set_layer(annotators)
        w.reader.show_statements(w.list_model.shown_columns(), self.palette())
        w.layer_button.set_shown(annotators)
        self.show_current()
        w.update_status()

    def show_annotator(self, annotator: str) -> None:
        """Make sure this annotator's statements are shown (one's own, as they are made)."""
        layer = self.w.list_model.layer
        if layer is not None and annotator not in layer:
            self.set_layer(layer | {annotator})

    def _annotators_changed(self) -> None:
        present = self.w.list_model.annotators()
        self.w.layer_button.set_annotators(present)
        self.w.statement_list.setColumnHidden(ANNOTATOR_COLUMN, len(present) <= 1)

    def on_statements_changed(self, document_id: int, ids: list[int]) -> None:
        w = self.w
        if w.document is None or document_id != w.document.id:
            w.library.model.set_counts(document_id, *self.store.count_statements(document_id))
            return
        if not ids:
            self.show_statements(self.store.statement_columns(document_id))
            w.reader.show_statements(w.list_model.shown_columns(), self.palette())
        else:
            changed, removed = [], []
            for i in ids:
                try:
                    changed.append(self.store.statement(i))
                except NotFound:
                    removed.append(i)
            with self._keeping_current():
                w.list_model.apply_changes(changed, removed)
            self._annotators_changed()
            shown = self.visible(changed)
            if len(shown) < len(changed):  # hidden ones leave the article (one may have moved out of the layer)
                removed = [*removed, *(s.id for s in changed if not w.list_model.in_layer(s))]
            w.reader.update_statements(shown, removed)
        current = w.current_statement()
        if current is None or not ids or current.id in ids:
            # The editor and the mark show the current statement; one the change left alone shows as it was
            # (a create: the new row is selected next, which shows it).
            self.show_current()
        w.update_status()
        w.library.model.set_counts(document_id, len(w.list_model.columns), w.list_model.incomplete)

    @contextmanager
    def _keeping_current(self) -> Iterator[None]:
        """While rows change, the current statement stays current, and the editor stays on it.

        A patched or reset model moves Qt's current row away and back; shown as it happens, the
        editor would leave the statement being edited (and take the focus from the field typed in).
        """
        before = self.w.current_statement()
        outer, self._patching = self._patching, True
        try:
            yield
        finally:
            self._patching = outer
        if outer:
            return
        if before is not None:
            self.w.statement_list.select_statement(before.id)
        now = self.w.current_statement()
        if (now and now.id) != (before and before.id):
            self._on_current_row()

    def _on_statement_clicked(self, statement_id: int) -> None:
        # The reader is looking at what they clicked: select it without scrolling the text away.
        self.select_statement(statement_id, scroll=False)

    def select_statement(self, statement_id: int, scroll: bool = True) -> None:
        if self.w.list_model.row_of(statement_id) is None and self.w.filter.text():
            self.w.filter.clear()  # a statement picked in the text must be visible in the list
        outer, self._scroll_to_current = self._scroll_to_current, scroll and self._scroll_to_current
        try:
            self.w.statement_list.select_statement(statement_id)
        finally:
            self._scroll_to_current = outer

    def _on_current_row(self, *_args) -> None:
        if self._patching:
            return  # a row moved under the current one; it is put back when the patch is done
        self.w.editor.flush()
        self.show_current(scroll=self._scroll_to_current)

    def show_current(self, scroll: bool = False) -> None:
        w = self.w
        st = w.current_statement()
        w.reader.set_current(st.id if st else None, scroll=scroll)
        speaker = self.speakers[st.speaker_id].name if st and st.speaker_id in self.speakers else ""
        target = self.targets.get(st.target_id, "") if st and st.target_id is not None else ""
        w.editor.set_statement(st, speaker, target)
        w.user_actions.update_enabled()

    def _on_filter(self, text: str) -> None:
        with self._keeping_current():
            self.w.list_model.set_filter(text)

    # -- what the reader does ------------------------------------------------------------------------

    def mark_selection(self) -> Statement | None:
        """Make the selected text a statement, select it and put the cursor in the speaker field."""
        w = self.w
        if w.document is None or w.store.read_only:
            return None
        span = w.reader.selection_span()
        if span is None:
            w.statusBar().showMessage(self.tr("Select some text in the article first, then press Enter."), 4000)
            return None
        quote = w.document.text[span[0] : span[1]]
        annotator = w.annotator
        self.show_annotator(annotator)  # what one marks is never hidden from them
        command = commands.create_statement(w.project, w.document.id, *span, quote, annotator)
        if not w.project.push(command):
            return None
        created: Statement = command.result
        self.select_statement(created.id)
        w.editor.speaker.setFocus(Qt.FocusReason.OtherFocusReason)
        field_of(w.editor.speaker).selectAll()
        return created

    def set_span_to_selection(self) -> None:
        w = self.w
        st, span = w.current_statement(), w.reader.selection_span()
        if st is None or span is None or w.document is None or (st.start, st.end) == span:
            w.statusBar().showMessage(self.tr("Select the new extent in the article, then choose Set Span."), 4000)
            return
        w.project.push(commands.set_span(w.project, st, *span, w.document.text[span[0] : span[1]]))

    def delete_selected(self) -> None:
        w = self.w
        selected = w.statement_list.selected_statements()
        current = w.current_statement()
        if not selected and current is not None:
            selected = [current]
        if selected:
            row = w.statement_list.currentIndex().row()
            w.project.push(commands.delete_statements(w.project, selected))
            if w.list_model.rowCount():
                w.statement_list.selectRow(min(row, w.list_model.rowCount() - 1))

    def apply_stance_key(self, stance_id: int | None) -> None:
        st = self.w.current_statement()
        if st is None:
            return
        if st.stance_id != stance_id:
            self.set_stance(stance_id)
        # The keyboard flow goes on in the article: select the next statement, Enter, and so on.
        self.w.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_speaker(self, name: str) -> None:
        st = self.w.current_statement()
        if st is not None:
            self.w.project.push(commands.set_speaker_by_name(self.w.project, st, name))

    def set_stance(self, stance_id: int | None) -> None:
        st = self.w.current_statement()
        if st is not None:
            label = next((s.label for s in self.stances if s.id == stance_id), None)
            self.w.project.push(commands.set_stance(self.w.project, st, stance_id, label))

    def set_target(self, name: str) -> None:
        st = self.w.current_statement()
        if st is not None:
            self.w.project.push(commands.set_target_by_name(self.w.project, st, name))

    def edit(self, field: str, value) -> None:
        st = self.w.current_statement()
        if st is not None and getattr(st, field) != value:
            self.w.project.push(commands.edit_statement(self.w.project, st, field, value))

    # -- moving about --------------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        w = self.w
        rows = w.list_model.rowCount()
        if rows:
            row = w.statement_list.currentIndex().row()
            row = 0 if row < 0 else max(0, min(rows - 1, row + delta))
            w.statement_list.selectRow(row)

    def next_incomplete(self) -> None:
        w = self.w
        rows = w.list_model.rowCount()
        start = w.statement_list.currentIndex().row()
        for step in range(1, rows + 1):
            st = w.list_model.statement_at((start + step) % rows)
            if st is not None and not st.complete:
                self.select_statement(st.id)
                w.editor.speaker.setFocus() if st.speaker_id is None else w.statement_list.setFocus()
                return
        w.statusBar().showMessage(self.tr("Every statement has a speaker and a stance."), 4000)

    def focus_reader(self) -> None:
        self.w.editor.flush()
        self.w.reader.setFocus(Qt.FocusReason.ShortcutFocusReason)

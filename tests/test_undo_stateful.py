"""Undo stays true to the file: random edits, undos and redos, and the window always shows what the store holds."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QSettings

from annotations.importing import import_file
from annotations.projects import SAMPLE_ARTICLE
from annotations.store import Store
from annotations.wording import counted
from desktop.commands import names
from desktop.main_window import MainWindow
from desktop.reader import UNTAGGED_COLOUR

NAMES = ["Tokajew", "Putin", "Reporter", "tokajew"]  # the last finds the first, case-insensitively


class WindowAndStore(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.store = Store.open(Path(self.tmp.name) / "p.standpoint")
        self.doc = import_file(self.store, SAMPLE_ARTICLE)
        settings_file = QSettings(str(Path(self.tmp.name) / "s.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.store, settings=settings_file)
        self.window.show()

    def teardown(self):
        self.window.close()
        self.window.deleteLater()
        self.store.close()
        self.tmp.cleanup()

    def _ids(self) -> list[int]:
        return [s.id for s in self.store.statements(self.doc.id)]

    def _select(self, data) -> int:
        statement_id = data.draw(st.sampled_from(self._ids()))
        self.window.statements.select_statement(statement_id)
        return statement_id

    @rule(start=st.integers(0, 5700), length=st.integers(1, 120))
    def mark(self, start, length):
        self.window.reader.select_span(start, min(start + length, len(self.doc.text)))
        self.window.statements.mark_selection()

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), name=st.sampled_from(NAMES + [""]))
    def type_speaker(self, data, name):
        self._select(data)
        editor = self.window.editor
        editor.speaker.setEditText(name)
        editor.speaker.lineEdit().editingFinished.emit()

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), key=st.sampled_from([None, 0, 1, 2, 3]))
    def press_stance_key(self, data, key):
        self._select(data)
        stances = self.store.stances()
        self.window.statements.apply_stance_key(None if key is None else stances[key].id)

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), note=st.text(max_size=20))
    def write_note(self, data, note):
        self._select(data)
        self.window.editor.note.setPlainText(note)
        self.window.editor.flush()

    @precondition(lambda self: self._ids())
    @rule(data=st.data())
    def delete(self, data):
        self._select(data)
        self.window.statements.delete_selected()

    @precondition(lambda self: len(self.store.speakers()) >= 2)
    @rule(data=st.data())
    def merge_speakers(self, data):
        keep, gone = data.draw(st.permutations(self.store.speakers()))[:2]
        self.window.project.push(names.merge_speakers(self.window.project, keep, gone))

    @rule()
    def undo(self):
        self.window.user_actions.undo.trigger()

    @rule()
    def redo(self):
        self.window.user_actions.redo.trigger()

    @invariant()
    def window_shows_what_the_store_holds(self):
        stored = self.store.statements(self.doc.id)
        model = self.window.list_model
        assert [s for s in model.all] == stored
        assert [model.statement_at(r) for r in range(model.rowCount())] == stored  # no filter typed
        speakers = {s.id: s.name for s in self.store.speakers()}
        stances = {s.id: s for s in self.store.stances()}
        for row, s in enumerate(stored):
            assert model.index(row, 1).data() == speakers.get(s.speaker_id, "—")
            assert model.index(row, 2).data() == (stances[s.stance_id].label if s.stance_id else "—")
            colour = stances[s.stance_id].colour if s.stance_id else UNTAGGED_COLOUR
            assert self.window.reader.colour_of(s.id) == colour
        assert sorted(self.window.reader.index.ids_in_order()) == sorted(s.id for s in stored)
        incomplete = sum(not s.complete for s in stored)
        assert self.window.count_label.text() == f"{counted(len(stored), 'statement')} · {incomplete} incomplete"
        assert self.store.db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.slow
def test_random_edits_undos_and_redos_keep_window_and_store_equal(qapp):
    WindowAndStore.TestCase.settings = settings(
        max_examples=60, stateful_step_count=30, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )  # fmt: skip
    WindowAndStore.TestCase().runTest()

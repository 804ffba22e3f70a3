"""Undo is exact for every kind of change, driven through the window as a user would.

Random sequences of every command (statements, speakers, the stance scheme, documents, imports,
text replacement), undos, redos and changes that fail half-way on a full disk. Throughout, the
window shows what the file holds; undoing everything gives back every row of every table as it
was, redoing everything gives back the end; a change that fails leaves the file as it was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from annotations.exporters import export
from annotations.importing import pasted_source, read_source
from annotations.model import MODES
from annotations.wording import counted
from desktop.commands import names
from desktop.main_window import MainWindow
from desktop.reader import UNTAGGED_COLOUR
from tests.conftest import SAMPLE_TEXT
from tests.dump import dump

NAMES = ["Tokajew", "Putin", "Reporter", "tokajew", "Zoë 😀"]  # the 4th finds the 1st, case-insensitively
PASTES = ["Kurz\n\nPutin sagte, die Lage sei ruhig.", "قال الرئيس إن الوضع مستقر.\n\nCafé 😀 e\u0301"]
UNLIMITED = 1073741823


class EveryCommand(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        from annotations.importing import import_file
        from annotations.projects import SAMPLE_ARTICLE
        from annotations.store import Store

        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)
        self.store = Store.open(self.dir / "p.standpoint")
        import_file(self.store, SAMPLE_ARTICLE)
        self.window = MainWindow(self.store, settings=QSettings(str(self.dir / "s.ini"), QSettings.Format.IniFormat))
        self.window.show()
        self.messages: list[str] = []
        self._boxes = {n: getattr(QMessageBox, n) for n in ("warning", "information", "question")}
        QMessageBox.warning = QMessageBox.information = staticmethod(lambda _p, _t, text, *a: self.messages.append(text))
        QMessageBox.question = staticmethod(lambda *a: QMessageBox.StandardButton.Yes)
        self.base = dump(self.store)  # what undoing everything must give back
        self.exports: list[Path] = []

    def teardown(self):
        for n, box in self._boxes.items():
            setattr(QMessageBox, n, box)
        self.window.close()
        self.window.deleteLater()
        self.store.close()
        self.tmp.cleanup()

    # -- helpers ---------------------------------------------------------------------------------

    @property
    def project(self):
        return self.window.project

    def _doc(self):
        return self.window.document

    def _ids(self) -> list[int]:
        doc = self._doc()
        return [s.id for s in self.store.statements(doc.id)] if doc else []

    def _select(self, data) -> int:
        statement_id = data.draw(st.sampled_from(self._ids()))
        self.window.statements.select_statement(statement_id)
        return statement_id

    def _pick(self, data, records):
        return data.draw(st.sampled_from(records))

    def _text_span(self, data) -> tuple[int, int]:
        text = self._doc().text
        start = data.draw(st.integers(0, max(0, len(text) - 2)))
        return start, min(len(text), start + data.draw(st.integers(1, 120)))

    # -- statements ------------------------------------------------------------------------------

    @precondition(lambda self: self._doc() is not None)
    @rule(data=st.data())
    def mark(self, data):
        self.window.reader.select_span(*self._text_span(data))
        self.window.statements.mark_selection()

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), name=st.sampled_from([*NAMES, ""]))
    def type_speaker(self, data, name):
        self._select(data)
        editor = self.window.editor
        editor.speaker.setEditText(name)
        editor.speaker.lineEdit().editingFinished.emit()

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), index=st.integers(0, 8), clear=st.booleans())
    def press_stance_key(self, data, index, clear):
        self._select(data)
        stances = self.store.stances()
        self.window.statements.apply_stance_key(None if clear or not stances else stances[index % len(stances)].id)

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), name=st.sampled_from(["die Proteste", "OVKS", "", "die proteste"]))
    def type_target(self, data, name):
        self._select(data)
        editor = self.window.editor
        editor.target.setEditText(name)
        editor.target.lineEdit().editingFinished.emit()

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), mode=st.sampled_from(["", *MODES]))
    def choose_mode(self, data, mode):
        self._select(data)
        combo = self.window.editor.mode
        combo.setCurrentIndex(combo.findData(mode))
        combo.activated.emit(combo.currentIndex())

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), note=st.text(max_size=20))
    def write_note(self, data, note):
        self._select(data)
        self.window.editor.note.setPlainText(note)
        self.window.editor.flush()

    @precondition(lambda self: self._ids())
    @rule(data=st.data())
    def set_span(self, data):
        self._select(data)
        self.window.reader.select_span(*self._text_span(data))
        self.window.statements.set_span_to_selection()

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), count=st.integers(1, 4))
    def delete(self, data, count):
        ids = data.draw(st.lists(st.sampled_from(self._ids()), min_size=1, max_size=count, unique=True))
        listed = self.window.statement_list
        listed.clearSelection()
        for i in ids:
            row = self.window.list_model.row_of(i)
            if row is not None:
                listed.selectionModel().select(self.window.list_model.index(row, 0),
                                               listed.selectionModel().SelectionFlag.Select
                                               | listed.selectionModel().SelectionFlag.Rows)  # fmt: skip
        self.window.statements.delete_selected()

    @precondition(lambda self: self._ids())
    @rule(data=st.data(), edit=st.sampled_from([None, {"speaker": "Schiedsrichterin", "mode": "direct"},
                                                {"target": "OVKS", "stance_id": None}]))
    def adjudicate(self, data, edit):
        from desktop.commands.agreement import adjudicate

        chosen = self.store.statement(self._select(data))
        self.project.push(adjudicate(self.project, chosen, edit))

    # -- speakers and the stance scheme ------------------------------------------------------------

    @rule(name=st.sampled_from(NAMES))
    def add_speaker(self, name):
        self.project.push(names.add_speaker(self.project, name))

    @precondition(lambda self: self.store.speakers())
    @rule(data=st.data(), name=st.sampled_from(NAMES), colour=st.sampled_from(["#123456", "#abcdef"]))
    def edit_speaker(self, data, name, colour):
        sp = self._pick(data, self.store.speakers())
        self.project.push(names.update_speaker(self.project, sp, "Edit speaker", name=name, colour=colour,
                                               aliases=(name.upper(),)))  # fmt: skip

    @precondition(lambda self: len(self.store.speakers()) >= 2)
    @rule(data=st.data())
    def merge_speakers(self, data):
        keep, gone = data.draw(st.permutations(self.store.speakers()))[:2]
        self.project.push(names.merge_speakers(self.project, keep, gone))

    @precondition(lambda self: self.store.speakers())
    @rule(data=st.data())
    def delete_speaker(self, data):
        self.project.push(names.delete_speaker(self.project, self._pick(data, self.store.speakers())))

    @rule(label=st.sampled_from(["ironic", "Supportive", "sarkastisch"]), key=st.sampled_from(["", "1", "5"]))
    def add_stance(self, label, key):
        self.project.push(names.add_stance(self.project, label, "#aa00aa", key))

    @precondition(lambda self: self.store.stances())
    @rule(data=st.data(), label=st.sampled_from(["kritisch", "neutral", "Opposed"]),
          key=st.sampled_from(["", "1", "3", "9"]), colour=st.sampled_from(["#00aa00", "#0000aa"]))  # fmt: skip
    def edit_stance(self, data, label, key, colour):
        stance = self._pick(data, self.store.stances())
        self.project.push(names.update_stance(self.project, stance, "Edit stance", label=label, key=key, colour=colour))

    @precondition(lambda self: len(self.store.stances()) >= 2)
    @rule(data=st.data())
    def reorder_stances(self, data):
        order = data.draw(st.permutations([s.id for s in self.store.stances()]))
        self.project.push(names.reorder_stances(self.project, list(order)))

    @precondition(lambda self: self.store.stances())
    @rule(data=st.data())
    def delete_stance(self, data):
        self.project.push(names.delete_stance(self.project, self._pick(data, self.store.stances())))

    # -- suggestions --------------------------------------------------------------------------------

    @precondition(lambda self: self._doc() is not None)
    @rule()
    def suggest(self):
        self.window.suggestions.suggest()

    @precondition(lambda self: self.window.suggestions.shown)
    @rule(data=st.data(), verdict=st.sampled_from(["accept", "reject", "accept_all"]))
    def decide_suggestion(self, data, verdict):
        self.window.suggestions_pane.list.setCurrentRow(data.draw(st.integers(0, len(self.window.suggestions.shown) - 1)))
        getattr(self.window.suggestions, verdict)()

    # -- documents ---------------------------------------------------------------------------------

    @rule(text=st.sampled_from(PASTES))
    def paste_document(self, text):
        self.window.documents.add_sources([pasted_source(text)])

    @precondition(lambda self: self.store.document_ids())
    @rule(data=st.data())
    def open_document(self, data):
        self.window.documents.open_document(self._pick(data, self.store.document_ids()))

    @precondition(lambda self: self.store.document_ids())
    @rule(data=st.data(), title=st.sampled_from(["Neu", "Kasachstan 😀"]))
    def rename_document(self, data, title):
        self.window.documents.rename_document(self._pick(data, self.store.document_ids()), title)

    @precondition(lambda self: self.store.document_ids())
    @rule(data=st.data())
    def delete_document(self, data):
        self.window.documents.delete_document(self._pick(data, self.store.document_ids()), confirm=False)

    @precondition(lambda self: self._doc() is not None)
    @rule(cut=st.integers(0, 4000), length=st.integers(0, 800), prefix=st.sampled_from(["", "Vorwort.\n\n"]))
    def replace_text(self, cut, length, prefix):
        text = self._doc().text
        newer = prefix + text[:cut] + text[cut + length :]
        if not newer.strip():
            return
        path = self.dir / "newer.txt"
        path.write_text(newer, encoding="utf-8")
        self.window.documents.replace_text(path)

    @precondition(lambda self: self.store.document_ids())
    @rule()
    def export_json(self):
        self.exports.append(export(self.store, "json", self.dir / f"export-{len(self.exports)}.json"))

    @precondition(lambda self: self.exports)
    @rule(data=st.data())
    def import_json(self, data):
        self.window.documents.add_sources([read_source(self._pick(data, self.exports))])

    @rule(joined=st.booleans(), json=st.booleans())
    def merge_colleague(self, joined, json):
        """File > Merge… of a colleague's project (or its JSON export): near speakers joined or kept apart."""
        from desktop.merging import merge_into

        path = self._colleague(json)
        merge_into(self.window, [path], review=lambda matches: {m.name.casefold(): m.speaker_id for m in matches}
                   if joined else {})  # fmt: skip

    def _colleague(self, json: bool) -> Path:
        from annotations.store import Store

        path = self.dir / "colleague.standpoint"
        if not path.exists():
            with Store.open(path, backup=False) as other:
                doc = other.add_document("Anders betitelt", SAMPLE_TEXT)
                start = doc.text.index("einen versuchten Staatsstreich")
                other.add_statement(doc.id, start, start + 30, annotator="bob", note="Bobs",
                                    speaker_id=other.find_or_add_speaker("Tokajev").id,
                                    stance_id=other.add_stance("ironisch", "#123456").id)  # fmt: skip
                other.add_statement(doc.id, 0, 20, annotator="bob", speaker_id=other.find_or_add_speaker("Putin").id)
                other.add_statement(other.add_document("Neu", "Ein ganz neuer Text.").id, 4, 9, annotator="bob")
                export(other, "json", self.dir / "colleague.json")
        return self.dir / "colleague.json" if json else path

    # -- undo, redo, and a disk that fills up --------------------------------------------------------

    @rule()
    def undo(self):
        self.window.user_actions.undo.trigger()

    @rule()
    def redo(self):
        self.window.user_actions.redo.trigger()

    @precondition(lambda self: self.project.undo_stack.count())
    @rule()
    def undo_everything_then_redo_everything(self):
        stack = self.project.undo_stack
        end, index = dump(self.store), stack.index()
        while stack.canRedo():
            self._step(self.window.user_actions.redo)
        top = dump(self.store)
        while stack.canUndo():
            self._step(self.window.user_actions.undo)
        assert dump(self.store) == self.base
        while stack.canRedo():
            self._step(self.window.user_actions.redo)
        assert dump(self.store) == top
        while stack.index() > index:
            self._step(self.window.user_actions.undo)
        assert dump(self.store) == end

    def _step(self, action) -> None:
        """Undo or redo one step, which must succeed here: a step that keeps failing would loop forever."""
        index, said = self.project.undo_stack.index(), len(self.messages)
        action.trigger()
        assert self.project.undo_stack.index() != index, f"{action.text()} failed: {self.messages[said:]}"

    @rule(extra_pages=st.integers(0, 3), text=st.sampled_from(PASTES))
    def paste_on_a_full_disk(self, extra_pages, text):
        before, count = dump(self.store), self.project.undo_stack.count()
        with self._full_disk(extra_pages):
            self.window.documents.add_sources([pasted_source(text * 4000)])  # some pages fit, the rest do not
        assert dump(self.store) == before and self.project.undo_stack.count() == count

    @precondition(lambda self: self.project.undo_stack.canUndo())
    @rule()
    def undo_on_a_full_disk(self):
        stack = self.project.undo_stack
        before, index = dump(self.store), stack.index()
        with self._full_disk(0):
            self.window.user_actions.undo.trigger()
        if stack.index() == index:  # the undo needed room it did not get: nothing moved, the step is kept
            assert dump(self.store) == before and stack.canUndo()

    def _full_disk(self, extra_pages: int):
        store = self.store

        class Full:
            def __enter__(self):
                pages = store.db.execute("PRAGMA page_count").fetchone()[0]
                store.db.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

            def __exit__(self, *exc):
                store.db.execute(f"PRAGMA max_page_count = {UNLIMITED}")

        return Full()

    # -- what the user sees is what the file holds -------------------------------------------------

    @invariant()
    def window_shows_what_the_file_holds(self):
        w = self.window
        assert w.library.model.rows == self.store.document_summaries()
        doc = w.document
        if doc is None:
            assert not self.store.document_ids() and w.list_model.rowCount() == 0
            return
        assert doc == self.store.document(doc.id)
        assert w.reader.toPlainText().replace("\u2029", "\n") == doc.text
        stored = self.store.statements(doc.id)
        model = w.list_model
        assert model.statements() == stored
        assert [model.statement_at(r) for r in range(model.rowCount())] == stored  # no filter typed
        speakers = {s.id: s.name for s in self.store.speakers()}
        stances = {s.id: s for s in self.store.stances()}
        for row, s in enumerate(stored):
            assert model.index(row, 1).data() == speakers.get(s.speaker_id, "—")
            assert model.index(row, 2).data() == (stances[s.stance_id].label if s.stance_id else "—")
            colour = stances[s.stance_id].colour if s.stance_id else UNTAGGED_COLOUR
            assert w.reader.colour_of(s.id) == colour
        assert sorted(w.reader.index.ids_in_order()) == sorted(s.id for s in stored)
        buttons = w.editor.stance_buttons.buttons()
        # A narrow panel shortens the labels it shows (to "1  supp…", or the key): each is its label's start.
        assert [b.full_text.split("  ")[-1] for b in buttons] == [s.label for s in stances.values()]
        assert all(b.full_text.startswith(b.text().rstrip("…")) for b in buttons)
        incomplete = sum(not s.complete for s in stored)
        unplaced = sum(not s.anchored for s in stored)
        assert w.count_label.text() == (f"{counted(len(stored), 'statement')} · {incomplete} incomplete"
                                        + (f" · {unplaced} not found" if unplaced else ""))  # fmt: skip
        assert self.store.db.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.slow
def test_every_command_undoes_and_redoes_exactly_and_fails_whole(qapp):
    EveryCommand.TestCase.settings = settings(
        max_examples=int(os.environ.get("STANDPOINT_EXAMPLES", 30)), stateful_step_count=35, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )  # fmt: skip
    EveryCommand.TestCase().runTest()


assert SAMPLE_TEXT  # the sample article is what the machine starts from

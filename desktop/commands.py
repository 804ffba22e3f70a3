"""One QUndoCommand per user action; each calls the store and reports what changed."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QUndoCommand

from annotations.errors import StandpointError
from annotations.model import Speaker, Stance, Statement

from .project import Project


class ProjectCommand(QUndoCommand):
    """Runs a store change; a change the store refuses is reported, not pushed.

    PySide prints, rather than raises, exceptions thrown inside redo() when Qt calls it, so the
    command keeps the error and marks itself obsolete: QUndoStack then drops it instead of keeping
    a step that never happened. Never name an attribute `id`: it would shadow QUndoCommand.id(),
    which QUndoStack calls on every push (PySide crashes on it).
    """

    error: Exception | None = None

    def redo(self) -> None:
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step) -> None:
        self.error = None
        try:
            step()
        except (StandpointError, ValueError, sqlite3.Error) as exc:
            self.error = exc
            self.setObsolete(True)
            self.project.commandFailed.emit(str(exc))

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


def excerpt(text: str, length: int = 30) -> str:
    """The start of a text on one line, cut between words where one ends near the limit."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    space = cut.rfind(" ")
    if text[len(cut)] != " " and space >= length * 2 // 3:  # the cut fell inside a word
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


class CreateStatement(ProjectCommand):
    def __init__(self, project: Project, document_id: int, start: int, end: int, quote: str):
        super().__init__(f"Mark “{excerpt(quote)}”")
        self.project, self.document_id, self.span = project, document_id, (start, end)
        self.created: Statement | None = None

    @property
    def statement_id(self) -> int | None:
        return self.created.id if self.created else None

    def apply(self) -> None:
        store = self.project.store
        if self.created is None:
            self.created = store.add_statement(self.document_id, *self.span)
        else:
            store.restore_statement(self.created)  # same id again, so later commands still apply
        self.project.statementsChanged.emit(self.document_id, [self.created.id])

    def revert(self) -> None:
        # Keep what the statement had become (later commands were undone first) to restore it exactly.
        self.created = self.project.store.delete_statement(self.created.id)
        self.project.statementsChanged.emit(self.document_id, [self.created.id])


class DeleteStatements(ProjectCommand):
    def __init__(self, project: Project, statements: list[Statement]):
        label = f"Delete “{excerpt(statements[0].quote)}”" if len(statements) == 1 else f"Delete {len(statements)} statements"
        super().__init__(label)
        self.project, self.statements = project, statements

    def apply(self) -> None:
        for st in self.statements:
            self.project.store.delete_statement(st.id)
        self._emit()

    def revert(self) -> None:
        for st in self.statements:
            self.project.store.restore_statement(st)
        self._emit()

    def _emit(self) -> None:
        by_doc: dict[int, list[int]] = {}
        for st in self.statements:
            by_doc.setdefault(st.document_id, []).append(st.id)
        for doc_id, ids in by_doc.items():
            self.project.statementsChanged.emit(doc_id, ids)


FIELD_NAMES = {"speaker_id": "speaker", "stance_id": "stance", "target_id": "target", "mode": "mode", "note": "note"}


class EditStatement(ProjectCommand):
    """Set one field of a statement (speaker, stance, target, mode, note)."""

    def __init__(self, project: Project, statement: Statement, field: str, value, label: str | None = None):
        super().__init__(label or f"Set {FIELD_NAMES.get(field, field)} of “{excerpt(statement.quote)}”")
        self.project, self.subject_id, self.document_id = project, statement.id, statement.document_id
        self.field, self.before, self.after = field, getattr(statement, field), value

    def apply(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)

    def _set(self, value) -> None:
        self.project.store.update_statement(self.subject_id, **{self.field: value})
        self.project.statementsChanged.emit(self.document_id, [self.subject_id])


class SetSpeakerByName(ProjectCommand):
    """Give a statement the speaker known by a name or alias, creating the speaker if it is new.

    Creating and assigning are one step for the user, so they are one undo step too.
    """

    def __init__(self, project: Project, statement: Statement, name: str):
        name = name.strip()
        super().__init__(f"Set speaker of “{excerpt(statement.quote)}” to {name}" if name else
                         f"Clear speaker of “{excerpt(statement.quote)}”")  # fmt: skip
        self.project, self.subject_id, self.document_id = project, statement.id, statement.document_id
        self.before, self.name = statement.speaker_id, name
        self.created: Speaker | None = None

    def apply(self) -> None:
        store = self.project.store
        speaker_id = None
        if self.name:
            if self.created is not None:
                speaker_id = store.restore_speaker(self.created).id
            else:
                found = store.find_speaker(self.name)
                if found is None:
                    self.created = found = store.add_speaker(self.name)
                speaker_id = found.id
        store.set_speaker(self.subject_id, speaker_id)
        if self.created is not None:
            self.project.speakersChanged.emit()
        self.project.statementsChanged.emit(self.document_id, [self.subject_id])

    def revert(self) -> None:
        store = self.project.store
        store.set_speaker(self.subject_id, self.before)
        if self.created is not None:
            self.created = store.speaker(self.created.id)
            store.delete_speaker(self.created.id)
            self.project.speakersChanged.emit()
        self.project.statementsChanged.emit(self.document_id, [self.subject_id])


class SetTargetByName(ProjectCommand):
    def __init__(self, project: Project, statement: Statement, name: str):
        name = name.strip()
        super().__init__(f"Set target of “{excerpt(statement.quote)}” to {name}" if name else
                         f"Clear target of “{excerpt(statement.quote)}”")  # fmt: skip
        self.project, self.subject_id, self.document_id = project, statement.id, statement.document_id
        self.before, self.name = statement.target_id, name

    def apply(self) -> None:
        store = self.project.store
        known = {t.id for t in store.targets()}
        target_id = store.target_named(self.name).id if self.name else None
        store.set_target(self.subject_id, target_id)
        if target_id is not None and target_id not in known:
            self.project.targetsChanged.emit()
        self.project.statementsChanged.emit(self.document_id, [self.subject_id])

    def revert(self) -> None:
        # A target created here stays in the list of names: it is harmless and keeps completion stable.
        self.project.store.set_target(self.subject_id, self.before)
        self.project.statementsChanged.emit(self.document_id, [self.subject_id])


class SetSpan(ProjectCommand):
    def __init__(self, project: Project, statement: Statement, start: int, end: int, quote: str):
        super().__init__(f"Change span of “{excerpt(statement.quote)}” to “{excerpt(quote)}”")
        self.project, self.subject_id, self.document_id = project, statement.id, statement.document_id
        self.before, self.after = (statement.start, statement.end), (start, end)

    def apply(self) -> None:
        self.project.store.set_span(self.subject_id, *self.after)
        self.project.statementsChanged.emit(self.document_id, [self.subject_id])

    def revert(self) -> None:
        self.project.store.set_span(self.subject_id, *self.before)
        self.project.statementsChanged.emit(self.document_id, [self.subject_id])


# -- speakers --------------------------------------------------------------------------------------


class UpdateSpeaker(ProjectCommand):
    """Rename a speaker, change its aliases, description or colour."""

    def __init__(self, project: Project, speaker: Speaker, title: str, **changes):
        super().__init__(title)
        self.project, self.subject_id = project, speaker.id
        self.before = {k: getattr(speaker, k) for k in changes}
        self.after = changes

    def apply(self) -> None:
        self._apply(self.after)

    def revert(self) -> None:
        self._apply(self.before)

    def _apply(self, values: dict) -> None:
        self.project.store.update_speaker(self.subject_id, **values)
        emit_speakers_changed(self.project)


class AddSpeaker(ProjectCommand):
    def __init__(self, project: Project, name: str):
        super().__init__(f"Add speaker {name}")
        self.project, self.name = project, name
        self.created: Speaker | None = None

    def apply(self) -> None:
        store = self.project.store
        self.created = store.restore_speaker(self.created) if self.created else store.add_speaker(self.name)
        self.project.speakersChanged.emit()

    def revert(self) -> None:
        self.created = self.project.store.speaker(self.created.id)
        self.project.store.delete_speaker(self.created.id)
        self.project.speakersChanged.emit()


class MergeSpeakers(ProjectCommand):
    def __init__(self, project: Project, keep: Speaker, gone: Speaker):
        super().__init__(f"Merge speaker {gone.name} into {keep.name}")
        self.project, self.keep, self.gone = project, keep, gone
        self.moved: list[int] = []

    def apply(self) -> None:
        self.keep = self.project.store.speaker(self.keep.id)
        self.moved = self.project.store.merge_speakers(self.keep.id, self.gone.id)
        self._emit()

    def revert(self) -> None:
        store = self.project.store
        store.update_speaker(self.keep.id, aliases=self.keep.aliases)
        store.restore_speaker(self.gone, self.moved)
        self._emit()

    def _emit(self) -> None:
        emit_speakers_changed(self.project)


class DeleteSpeaker(ProjectCommand):
    def __init__(self, project: Project, speaker: Speaker):
        super().__init__(f"Delete speaker {speaker.name}")
        self.project, self.speaker = project, speaker
        self.affected: list[int] = []

    def apply(self) -> None:
        self.affected = self.project.store.delete_speaker(self.speaker.id)
        self._emit()

    def revert(self) -> None:
        self.project.store.restore_speaker(self.speaker, self.affected)
        self._emit()

    def _emit(self) -> None:
        emit_speakers_changed(self.project)


def emit_speakers_changed(project: Project) -> None:
    project.speakersChanged.emit()
    for doc_id in project.store.document_ids():
        project.statementsChanged.emit(doc_id, [])


def emit_stances_changed(project: Project) -> None:
    project.stancesChanged.emit()
    for doc_id in project.store.document_ids():
        project.statementsChanged.emit(doc_id, [])


# -- stance scheme ---------------------------------------------------------------------------------


class UpdateStance(ProjectCommand):
    def __init__(self, project: Project, stance: Stance, title: str, **changes):
        super().__init__(title)
        self.project, self.subject_id = project, stance.id
        # Giving a key to this stance takes it from another: remember that stance's key too.
        self.before_scheme = project.store.stances()
        self.changes = changes

    def apply(self) -> None:
        self.project.store.update_stance(self.subject_id, **self.changes)
        self._emit()

    def revert(self) -> None:
        for st in self.before_scheme:
            self.project.store.update_stance(st.id, label=st.label, colour=st.colour, key="", description=st.description)
        for st in self.before_scheme:
            if st.key:
                self.project.store.update_stance(st.id, key=st.key)
        self._emit()

    def _emit(self) -> None:
        emit_stances_changed(self.project)


class AddStance(ProjectCommand):
    def __init__(self, project: Project, label: str, colour: str, key: str = ""):
        super().__init__(f"Add stance {label}")
        self.project, self.args = project, (label, colour, key)
        self.created: Stance | None = None
        self.before_scheme = project.store.stances()

    def apply(self) -> None:
        store = self.project.store
        self.created = store.restore_stance(self.created) if self.created else store.add_stance(*self.args)
        self.project.stancesChanged.emit()

    def revert(self) -> None:
        self.created = self.project.store.stance(self.created.id)
        self.project.store.delete_stance(self.created.id)
        for st in self.before_scheme:  # a key taken by the new stance goes back to its owner
            if st.key:
                self.project.store.update_stance(st.id, key=st.key)
        self.project.stancesChanged.emit()


class ReorderStances(ProjectCommand):
    def __init__(self, project: Project, order: list[int]):
        super().__init__("Reorder stances")
        self.project = project
        self.before, self.after = [s.id for s in project.store.stances()], order

    def apply(self) -> None:
        self.project.store.reorder_stances(self.after)
        self.project.stancesChanged.emit()

    def revert(self) -> None:
        self.project.store.reorder_stances(self.before)
        self.project.stancesChanged.emit()


class DeleteStance(ProjectCommand):
    def __init__(self, project: Project, stance: Stance):
        super().__init__(f"Delete stance {stance.label}")
        self.project, self.stance = project, stance
        self.affected: list[int] = []

    def apply(self) -> None:
        self.affected = self.project.store.delete_stance(self.stance.id)
        emit_stances_changed(self.project)

    def revert(self) -> None:
        self.project.store.restore_stance(self.stance, self.affected)
        emit_stances_changed(self.project)


# -- documents ---------------------------------------------------------------------------------------


class AddDocument(ProjectCommand):
    """Add an imported or pasted document; undo removes it, redo puts the same one back."""

    def __init__(self, project: Project, title: str, text: str, blocks=(), **meta):
        super().__init__(f"Add document “{excerpt(title)}”")
        self.project, self.args, self.meta = project, (title, text, tuple(blocks)), meta
        self.snapshot = None
        self.document_id: int | None = None

    def apply(self) -> None:
        store = self.project.store
        if self.snapshot is None:
            self.document_id = store.add_document(*self.args, **self.meta).id
        else:
            store.restore_document(*self.snapshot)
        self.project.documentsChanged.emit()

    def revert(self) -> None:
        self.snapshot = self.project.store.delete_document(self.document_id)
        self.project.documentsChanged.emit()


class DeleteDocument(ProjectCommand):
    def __init__(self, project: Project, document_id: int, title: str):
        super().__init__(f"Delete document “{excerpt(title)}”")
        self.project, self.document_id = project, document_id
        self.snapshot = None

    def apply(self) -> None:
        self.snapshot = self.project.store.delete_document(self.document_id)
        self.project.documentsChanged.emit()

    def revert(self) -> None:
        self.project.store.restore_document(*self.snapshot)
        self.project.documentsChanged.emit()


class UpdateDocument(ProjectCommand):
    """Rename a document or change its metadata (author, outlet, date, language, source)."""

    def __init__(self, project: Project, document, label: str, **changes):
        super().__init__(label)
        self.project, self.document_id = project, document.id
        self.before = {k: getattr(document, k) for k in changes}
        self.after = changes

    def apply(self) -> None:
        self.project.store.update_document(self.document_id, **self.after)
        self.project.documentsChanged.emit()

    def revert(self) -> None:
        self.project.store.update_document(self.document_id, **self.before)
        self.project.documentsChanged.emit()


class ReplaceText(ProjectCommand):
    """Give a document a newer text; its statements are re-anchored. Undo restores text and spans."""

    def __init__(self, project: Project, document_id: int, title: str, text: str, blocks=()):
        super().__init__(f"Replace the text of “{excerpt(title)}”")
        self.project, self.document_id, self.new = project, document_id, (text, tuple(blocks))
        self.before = None
        self.report = None

    def apply(self) -> None:
        from annotations.reanchoring import replace_document_text

        store = self.project.store
        self.before = (store.document(self.document_id), store.statements(self.document_id))
        self.report = replace_document_text(store, self.document_id, *self.new)
        self.project.documentsChanged.emit()
        self.project.textReplaced.emit(self.document_id)

    def revert(self) -> None:
        store = self.project.store
        with store.writing():
            store.delete_document(self.document_id)
            store.restore_document(*self.before)
        self.project.documentsChanged.emit()
        self.project.textReplaced.emit(self.document_id)

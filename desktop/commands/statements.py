"""Commands on statements: mark, delete, tag (speaker, stance, target, mode, note), move a span."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotations import operations
from annotations.model import Statement
from annotations.store import Store

from . import Command, excerpt

if TYPE_CHECKING:
    from ..project import Project

FIELD_NAMES = {"speaker_id": "speaker", "stance_id": "stance", "target_id": "target", "mode": "mode", "note": "note"}


def create_statement(project: Project, document_id: int, start: int, end: int, quote: str,
                     annotator: str = "") -> Command:  # fmt: skip
    """Mark a span as a statement by this annotator."""
    return Command(project, f"Mark “{excerpt(quote)}”", _add, document_id, start, end, annotator)


def _add(store: Store, document_id: int, start: int, end: int, annotator: str) -> Statement:
    return store.add_statement(document_id, start, end, annotator=annotator)


def delete_statements(project: Project, statements: list[Statement]) -> Command:
    label = f"Delete “{excerpt(statements[0].quote)}”" if len(statements) == 1 else f"Delete {len(statements)} statements"
    return Command(project, label, operations.delete_statements, [st.id for st in statements])


def edit_statement(project: Project, statement: Statement, field: str, value: Any, label: str | None = None) -> Command:
    """Set one field of a statement (stance, mode, note, ...)."""
    label = label or f"Set {FIELD_NAMES.get(field, field)} of “{excerpt(statement.quote)}”"
    return Command(project, label, _update, statement.id, field, value)


def _update(store: Store, statement_id: int, field: str, value: Any) -> Statement:
    return store.update_statement(statement_id, **{field: value})


def set_stance(project: Project, statement: Statement, stance_id: int | None, stance_label: str | None) -> Command:
    label = (f"Set stance of “{excerpt(statement.quote)}” to {stance_label}" if stance_label
             else f"Clear stance of “{excerpt(statement.quote)}”")  # fmt: skip
    return edit_statement(project, statement, "stance_id", stance_id, label)


def set_speaker_by_name(project: Project, statement: Statement, name: str) -> Command:
    """Give a statement the speaker known by a name or alias; a new name adds the speaker, in the same step."""
    name = name.strip()
    label = (f"Set speaker of “{excerpt(statement.quote)}” to {name}" if name
             else f"Clear speaker of “{excerpt(statement.quote)}”")  # fmt: skip
    return Command(project, label, operations.set_speaker_by_name, statement.id, name)


def set_target_by_name(project: Project, statement: Statement, name: str) -> Command:
    name = name.strip()
    label = (f"Set target of “{excerpt(statement.quote)}” to {name}" if name
             else f"Clear target of “{excerpt(statement.quote)}”")  # fmt: skip
    return Command(project, label, operations.set_target_by_name, statement.id, name)


def set_span(project: Project, statement: Statement, start: int, end: int, quote: str) -> Command:
    label = f"Change span of “{excerpt(statement.quote)}” to “{excerpt(quote)}”"
    return Command(project, label, Store.set_span, statement.id, start, end)

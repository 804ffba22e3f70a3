"""Commands on statements: mark, delete, tag (speaker, stance, target, mode, note), move a span."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from annotations import operations
from annotations.model import Statement
from annotations.store import Store

from ..i18n import counts
from . import Command, excerpt

if TYPE_CHECKING:
    from ..project import Project

translate = QCoreApplication.translate


def _set_field_label(field: str, quote: str) -> str:
    """A whole sentence per field: languages inflect the field's name differently in it."""
    templates = {"speaker_id": translate("Commands", "Set speaker of “{quote}”"),
                 "stance_id": translate("Commands", "Set stance of “{quote}”"),
                 "target_id": translate("Commands", "Set target of “{quote}”"),
                 "mode": translate("Commands", "Set mode of “{quote}”"),
                 "note": translate("Commands", "Set note of “{quote}”")}  # fmt: skip
    template = templates.get(field) or translate("Commands", "Change “{quote}”")
    return template.format(quote=quote)


def create_statement(project: Project, document_id: int, start: int, end: int, quote: str,
                     annotator: str = "") -> Command:  # fmt: skip
    """Mark a span as a statement by this annotator."""
    return Command(project, translate("Commands", "Mark “{quote}”").format(quote=excerpt(quote)), _add, document_id, start, end, annotator)


def _add(store: Store, document_id: int, start: int, end: int, annotator: str) -> Statement:
    return store.add_statement(document_id, start, end, annotator=annotator)


def delete_statements(project: Project, statements: list[Statement]) -> Command:
    label = translate("Commands", "Delete “{quote}”").format(quote=excerpt(statements[0].quote)) if len(statements) == 1 \
        else counts.delete_statements(len(statements))
    return Command(project, label, operations.delete_statements, [st.id for st in statements])


def edit_statement(project: Project, statement: Statement, field: str, value: Any, label: str | None = None) -> Command:
    """Set one field of a statement (stance, mode, note, ...)."""
    label = label or _set_field_label(field, excerpt(statement.quote))
    return Command(project, label, _update, statement.id, field, value)


def _update(store: Store, statement_id: int, field: str, value: Any) -> Statement:
    return store.update_statement(statement_id, **{field: value})


def set_stance(project: Project, statement: Statement, stance_id: int | None, stance_label: str | None) -> Command:
    label = (translate("Commands", "Set stance of “{quote}” to {value}") if stance_label
             else translate("Commands", "Clear stance of “{quote}”")).format(quote=excerpt(statement.quote), value=stance_label)
    return edit_statement(project, statement, "stance_id", stance_id, label)


def set_speaker_by_name(project: Project, statement: Statement, name: str) -> Command:
    """Give a statement the speaker known by a name or alias; a new name adds the speaker, in the same step."""
    name = name.strip()
    label = (translate("Commands", "Set speaker of “{quote}” to {value}") if name
             else translate("Commands", "Clear speaker of “{quote}”")).format(quote=excerpt(statement.quote), value=name)
    return Command(project, label, operations.set_speaker_by_name, statement.id, name)


def set_target_by_name(project: Project, statement: Statement, name: str) -> Command:
    name = name.strip()
    label = (translate("Commands", "Set target of “{quote}” to {value}") if name
             else translate("Commands", "Clear target of “{quote}”")).format(quote=excerpt(statement.quote), value=name)
    return Command(project, label, operations.set_target_by_name, statement.id, name)


def set_span(project: Project, statement: Statement, start: int, end: int, quote: str) -> Command:
    label = translate("Commands", "Change span of “{quote}” to “{new}”").format(quote=excerpt(statement.quote), new=excerpt(quote))
    return Command(project, label, Store.set_span, statement.id, start, end)

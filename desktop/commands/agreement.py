"""Commands of adjudication: settling annotators' disagreement, one decision per step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from annotations import operations
from annotations.model import Statement

from . import Command, excerpt

if TYPE_CHECKING:
    from ..project import Project


def adjudicate(project: Project, chosen: Statement, edits: dict | None = None, reviewer: str = "") -> Command:
    """Keep one annotator's version (changed by `edits`) as the reviewed statement; the originals stay."""
    translate = QCoreApplication.translate
    if edits:
        label = translate("Commands", "Adjudicate “{quote}” (edited)")
    elif chosen.annotator:
        label = translate("Commands", "Adjudicate “{quote}”: take {annotator}'s")
    else:
        label = translate("Commands", "Adjudicate “{quote}”: take the version without an annotator")
    label = label.format(quote=excerpt(chosen.quote), annotator=chosen.annotator)
    return Command(project, label, operations.adjudicate, chosen.id, edits, reviewer)

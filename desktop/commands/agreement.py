"""Commands of adjudication: settling annotators' disagreement, one decision per step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotations import operations
from annotations.model import Statement

from . import Command, excerpt

if TYPE_CHECKING:
    from ..project import Project


def adjudicate(project: Project, chosen: Statement, edits: dict | None = None, reviewer: str = "") -> Command:
    """Keep one annotator's version (changed by `edits`) as the reviewed statement; the originals stay."""
    who = chosen.annotator or "an annotator"
    label = (f"Adjudicate “{excerpt(chosen.quote)}” (edited)" if edits
             else f"Adjudicate “{excerpt(chosen.quote)}”: take {who}'s")  # fmt: skip
    return Command(project, label, operations.adjudicate, chosen.id, edits, reviewer)

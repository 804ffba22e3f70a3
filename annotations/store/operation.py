"""What one operation is: a label, the changes it made, the patch that undoes it, and its result."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .journal import Changes, Patch


@dataclass
class Operation:
    """One user action, run as one transaction.

    Filled in when the transaction commits: `changes` says which records changed, `undo` puts
    them back (Store.apply), `result` is what the action returned (the statement it made, a report).
    """

    label: str
    changes: Changes = field(default_factory=Changes)
    undo: Patch = field(default_factory=Patch)
    result: Any = None


class OutsideOperation(RuntimeError):
    """A write was attempted outside an operation where every change must be one (the window).

    Not a StandpointError: it is a programming mistake, never something a user caused.
    """

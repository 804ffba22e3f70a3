"""Operations that combine several changes into one user action (each runs inside one operation).

The store's own methods are the single changes (add a statement, set its speaker); what a user
does in one step and the store has no single method for lives here, so the window, the command
line and scripts compose it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Statement
from .store import Store


def set_speaker_by_name(store: Store, statement_id: int, name: str) -> Statement:
    """Give a statement the speaker known by this name or alias, adding the speaker if it is new; "" clears it."""
    name = name.strip()
    with store.writing(f"Set speaker to {name}" if name else "Clear speaker"):
        speaker_id = store.find_or_add_speaker(name).id if name else None
        return store.set_speaker(statement_id, speaker_id)


def set_target_by_name(store: Store, statement_id: int, name: str) -> Statement:
    """Give a statement the target with this name, adding the target if it is new; "" clears it."""
    name = name.strip()
    with store.writing(f"Set target to {name}" if name else "Clear target"):
        target_id = store.find_or_add_target(name).id if name else None
        return store.set_target(statement_id, target_id)


def delete_statements(store: Store, statement_ids: Iterable[int]) -> int:
    """Delete several statements in one step; returns how many were deleted."""
    return store.delete_statements(statement_ids)

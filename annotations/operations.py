"""Operations that combine several changes into one user action (each runs inside one operation).

The store's own methods are the single changes (add a statement, set its speaker); what a user
does in one step and the store has no single method for lives here, so the window, the command
line and scripts compose it the same way.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .model import Statement
from .store import Store

if TYPE_CHECKING:
    from .suggest import Suggestion


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


def suggestions_for(store: Store, document_id: int) -> list[Suggestion]:
    """What the rules propose in a document, less what the reader rejected there and what is
    already marked (a proposal overlapping a statement is left out)."""
    from .suggest import suggest

    doc = store.document(document_id)
    return open_suggestions(store, document_id, suggest(doc.text, doc.language, store.speakers()))


def open_suggestions(store: Store, document_id: int, found: Iterable[Suggestion]) -> list[Suggestion]:
    """Of what the rules found, those the reader has neither rejected nor marked already."""
    rejected = store.rejected_quotes(document_id)
    marked = store.statement_spans(document_id)
    starts = [a for a, _ in marked]
    longest = max((b - a for a, b in marked), default=0)
    out = []
    for s in found:
        if s.quote in rejected:
            continue
        lo = bisect_left(starts, s.start - longest)
        if any(a < s.end and s.start < b for a, b in marked[lo:bisect_left(starts, s.end)]):
            continue
        out.append(s)
    return out


def default_annotator() -> str:
    """Who is working when nobody said: the user logged in (from the environment), or "" when unknown."""
    import getpass

    try:
        return getpass.getuser().strip()
    except (OSError, KeyError, ImportError):  # no user name in the environment nor the password database
        return ""


def accept_suggestions(store: Store, document_id: int, suggestions: Iterable[Suggestion],
                       annotator: str = "") -> list[Statement]:  # fmt: skip
    """Mark suggestions as statements in one step, each with its speaker (added if new), mode, cue and
    annotator; the stance is left for the reader."""
    suggestions = list(suggestions)
    label = "Accept suggestion" if len(suggestions) == 1 else f"Accept {len(suggestions)} suggestions"
    known = store.speakers()
    with store.writing(label):
        added = []
        for s in suggestions:
            speaker_id = s.speaker_id if s.speaker_id in {sp.id for sp in known} else None  # it may be gone since
            if speaker_id is None and s.speaker.strip():
                speaker_id = store.find_or_add_speaker(s.speaker.strip()).id
            added.append(store.add_statement(document_id, s.start, s.end, speaker_id=speaker_id, mode=s.mode,
                                             cue=s.cue, annotator=annotator))  # fmt: skip
        return added


def reject_suggestions(store: Store, document_id: int, suggestions: Iterable[Suggestion]) -> int:
    """Turn suggestions down in one step: they are not proposed again for this document."""
    suggestions = list(suggestions)
    label = "Reject suggestion" if len(suggestions) == 1 else f"Reject {len(suggestions)} suggestions"
    with store.writing(label):
        for s in suggestions:
            store.reject_suggestion(document_id, s.start, s.end, s.quote)
    return len(suggestions)


REVIEWED = "reviewed"
"""The status of a statement that settles annotators' disagreement (adjudication); agreement leaves it out."""


def adjudicate(store: Store, statement_id: int, edits: dict | None = None, reviewer: str = "") -> Statement:
    """Settle a disagreement with one annotator's version: a new statement with its span and values, changed
    by `edits` (any of speaker and target by name, stance_id, mode), status "reviewed", by `reviewer`.

    The annotators' statements stay as they were, so agreement can still be measured and the step undone.
    """
    chosen = store.statement(statement_id)
    fields: dict = {"speaker_id": chosen.speaker_id, "stance_id": chosen.stance_id, "target_id": chosen.target_id,
                    "mode": chosen.mode, "cue": chosen.cue, "note": chosen.note}  # fmt: skip
    with store.writing("Adjudicate a statement"):
        for key, value in (edits or {}).items():
            if key in ("speaker", "target"):
                name = (value or "").strip()
                add = store.find_or_add_speaker if key == "speaker" else store.find_or_add_target
                fields[f"{key}_id"] = add(name).id if name else None
            elif key in ("stance_id", "mode"):
                fields[key] = value if key == "stance_id" else (value or "")
            else:
                raise ValueError(f"Adjudication cannot set {key}.")
        return store.add_statement(chosen.document_id, chosen.start, chosen.end, annotator=reviewer, status=REVIEWED,
                                   **fields)  # fmt: skip


def reviewed_spans(store: Store, document_id: int) -> list[tuple[int, int]]:
    """(start, end) of a document's adjudicated statements, by start."""
    rows = store.db.execute('SELECT start, "end" FROM statements WHERE document_id = ? AND status = ?'
                            ' ORDER BY start, "end"', (document_id, REVIEWED))  # fmt: skip
    return [(a, b) for a, b in rows]

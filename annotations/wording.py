"""Counts as people write them: "1 statement", "2 statements", "no passages"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """n with its noun, singular for exactly one ("1 statement"), plural otherwise ("0 statements")."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


def import_summary(created: int, documents: int = 0, *, names: dict[str, int] | None = None, found_again: int = 0,
                   duplicates: int = 0, changed: int = 0, rejected: int = 0, rejected_word: str = "rejected") -> str:
    """The one line an import of annotations reports: "3 statements imported, 1 document added, 2 speakers added,
    4 already present." `names` counts what was added by kind ({"speaker": 2}), in the order given."""
    parts = [f"{counted(created, 'statement')} imported"]
    if documents:
        parts.append(f"{counted(documents, 'document')} added")
    added = [counted(n, noun) for noun, n in (names or {}).items() if n]
    if added:
        parts.append(f"{', '.join(added)} added")
    if found_again:
        parts.append(f"{found_again} found again by their quote")
    if duplicates:
        parts.append(f"{duplicates} already present")
    if changed:
        parts.append(f"{changed} differ from the project's version (kept as they are)")
    if rejected:
        parts.append(f"{rejected} {rejected_word}")
    return ", ".join(parts) + "."

"""Counts as people write them: "1 statement", "2 statements", "no passages"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """n with its noun, singular for exactly one ("1 statement"), plural otherwise ("0 statements")."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"

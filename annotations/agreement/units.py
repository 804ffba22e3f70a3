"""Pairing annotators' statements into units: the statements different annotators made of the same passage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

DEFAULT_OVERLAP = 0.5
"""Two statements are one unit when they overlap by at least this share of the longer span."""


class Coded(NamedTuple):
    """One annotator's statement as agreement sees it: where it is and its four values (labels, not ids)."""

    id: int
    document_id: int
    start: int
    end: int
    annotator: str
    speaker: str | None
    stance: str | None
    target: str | None
    mode: str | None

    def value(self, field: str) -> str | None:
        """The statement's value of a field: speaker, stance, target or mode."""
        return getattr(self, field)


def overlaps_enough(a: Coded, b: Coded, threshold: float = DEFAULT_OVERLAP) -> bool:
    """Whether two spans overlap by at least `threshold` of the longer one (and by at least one character)."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and shared >= threshold * max(a.end - a.start, b.end - b.start)


def pair_units(statements: Sequence[Coded], threshold: float = DEFAULT_OVERLAP) -> list[tuple[Coded, ...]]:
    """Group one document's statements into units, each holding at most one statement per annotator.

    Every two statements of different annotators that overlap enough are a candidate; candidates are
    taken best first (the larger share of the longer span, then the earlier), and two groups join when
    no annotator is in both and every statement of one overlaps enough with every statement of the other. A statement nobody else matched is a unit of its own. Units come in
    reading order.
    """
    ordered = sorted(statements, key=lambda s: (s.start, s.end, s.annotator, s.id))
    edges: list[tuple[float, int, int, int]] = []
    active: list[int] = []  # indexes of statements that may still overlap what comes next
    for j, s in enumerate(ordered):
        active = [i for i in active if ordered[i].end > s.start]
        for i in active:
            r = ordered[i]
            if r.annotator != s.annotator and overlaps_enough(r, s, threshold):
                shared = min(r.end, s.end) - max(r.start, s.start)
                edges.append((-shared / max(r.end - r.start, s.end - s.start), r.start, i, j))
        active.append(j)
    edges.sort()
    group = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    annotators: dict[int, set[str]] = {i: {s.annotator} for i, s in enumerate(ordered)}

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for _, _, i, j in edges:
        a, b = root(i), root(j)
        if a == b or annotators[a] & annotators[b]:
            continue
        if not all(overlaps_enough(ordered[x], ordered[y], threshold) for x in members[a] for y in members[b]):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        group[b] = a
        members[a].extend(members.pop(b))
        annotators[a] |= annotators.pop(b)
    units = [tuple(ordered[i] for i in sorted(ids)) for ids in members.values()]
    units.sort(key=lambda u: (u[0].start, u[0].end, u[0].id))
    return units

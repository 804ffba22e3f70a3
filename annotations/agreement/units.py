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
    no annotator is in both and every statement of one overlaps enough with every statement of the other.
    A statement nobody else matched is a unit of its own. Units come in reading order.
    """
    ordered = sorted(statements, key=lambda s: (s.start, s.end, s.annotator, s.id))
    spans = [(s.start, s.end, s.annotator) for s in ordered]
    edges: list[tuple[float, int, int, int]] = []
    active: list[int] = []  # indexes of statements that may still overlap what comes next
    for j, (start, end, who) in enumerate(spans):
        if active:
            active = [i for i in active if spans[i][1] > start]
            for i in active:
                a, b, other = spans[i]  # a <= start, as the spans come by start
                if other != who:
                    shared = min(b, end) - start
                    longer = max(b - a, end - start)
                    if shared > 0 and shared >= threshold * longer:
                        edges.append((-shared / longer, a, i, j))
        active.append(j)
    if not edges:
        return [(s,) for s in ordered]
    edges.sort()
    close = {(i, j) for _, _, i, j in edges}  # the pairs that overlap enough (i < j)
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
        ma, mb = members[a], members[b]
        if (len(ma) > 1 or len(mb) > 1) and not all((min(x, y), max(x, y)) in close for x in ma for y in mb):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        group[b] = a
        members[a].extend(members.pop(b))
        annotators[a] |= annotators.pop(b)
    units = [tuple(ordered[i] for i in sorted(ids)) for ids in members.values()]
    units.sort(key=lambda u: (u[0].start, u[0].end, u[0].id))
    return units

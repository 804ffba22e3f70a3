"""Agreement measures over plain values, implemented from their published definitions.

- Cohen's kappa (Cohen 1960): two coders, each unit coded by both.
- Krippendorff's alpha, nominal (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"): any number
  of coders, missing values allowed, through the coincidence matrix.
- Krippendorff's unitizing alpha, alpha_u (Krippendorff 1995, "On the reliability of unitizing contiguous
  data"; Krippendorff 2004, "Content Analysis", 2nd ed., ch. 12): how far coders agree on where units lie on
  a continuum (here: the text, in code points) and which category each unit has.

Nothing here knows about projects; `annotations.agreement.report` feeds these from a store.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate


def observed_and_expected(pairs: Sequence[tuple[Hashable, Hashable]]) -> tuple[float, float]:
    """Cohen's observed agreement p_o and the agreement p_e expected from each coder's own marginals."""
    n = len(pairs)
    if not n:
        return 0.0, 0.0
    agree = sum(1 for a, b in pairs if a == b)
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    return agree / n, expected


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa for two coders' values of the same units; None when it is undefined (no units, or
    both coders always gave the one same value, so chance agreement is 1)."""
    if not pairs:
        return None
    observed, expected = observed_and_expected(pairs)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


@dataclass
class Coincidences:
    """Krippendorff's coincidence matrix of nominal values: o[(c, k)] and the totals n_c and n."""

    o: dict[tuple[Hashable, Hashable], float] = field(default_factory=dict)
    n_c: dict[Hashable, float] = field(default_factory=dict)
    n: float = 0.0
    units: int = 0  # units with at least two values (pairable)

    @property
    def observed(self) -> float | None:
        """Observed agreement: the share of pairable values paired with the same value (None: none pairable)."""
        if not self.n:
            return None
        return sum(v for (c, k), v in self.o.items() if c == k) / self.n

    def category_agreement(self) -> dict[Hashable, float]:
        """Per category c, o_cc / n_c: of the values c, the share another coder matched with c
        (for two coders, the specific agreement 2a / (2a + b + c))."""
        return {c: self.o.get((c, c), 0.0) / n for c, n in self.n_c.items() if n}

    def alpha(self) -> float | None:
        """Krippendorff's alpha for nominal data; None when undefined (no pairable values, or one value only)."""
        n = self.n
        if n <= 1:
            return None
        disagree = n - sum(v for (c, k), v in self.o.items() if c == k)
        expected = n * n - sum(v * v for v in self.n_c.values())
        if expected <= 0:
            return None
        return 1.0 - (n - 1) * disagree / expected


def coincidences(units: Iterable[Sequence[Hashable | None]]) -> Coincidences:
    """The coincidence matrix of units, each a sequence of the coders' values (None: that coder gave none).
    Units with fewer than two values cannot be paired and count for nothing."""
    out = Coincidences()
    o = out.o
    for unit in units:
        values = [v for v in unit if v is not None]
        m = len(values)
        if m < 2:
            continue
        out.units += 1
        first = values[0]
        if values.count(first) == m:  # all alike, the common case: m(m - 1) pairs over m - 1
            o[(first, first)] = o.get((first, first), 0.0) + m
            continue
        counts = Counter(values)
        weight = 1.0 / (m - 1)
        for c, nc in counts.items():
            for k, nk in counts.items():
                pairs = nc * (nc - 1) if c == k else nc * nk
                if pairs:
                    o[(c, k)] = o.get((c, k), 0.0) + pairs * weight
    for (c, _k), v in o.items():
        out.n_c[c] = out.n_c.get(c, 0.0) + v
    out.n = sum(out.n_c.values())
    return out


def krippendorff_alpha(units: Iterable[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's alpha (nominal) over units of coders' values, None for a missing value."""
    return coincidences(units).alpha()


def confusion_matrix(pairs: Iterable[tuple[Hashable, Hashable]]) -> dict[Hashable, dict[Hashable, int]]:
    """How often the first coder's value (row) met the second coder's (column)."""
    matrix: dict[Hashable, dict[Hashable, int]] = {}
    for a, b in pairs:
        row = matrix.setdefault(a, {})
        row[b] = row.get(b, 0) + 1
    return matrix


# -- unitizing --------------------------------------------------------------------------------------------


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of one coder and category, overlapping ones joined (alpha_u wants them apart; adjacent ones stay)."""
    out: list[tuple[int, int]] = []
    last = -1
    for a, b in sorted(spans):
        if b <= a:
            continue
        if a < last:
            if b > last:
                out[-1] = (out[-1][0], b)
                last = b
        else:
            out.append((a, b))
            last = b
    return out


def _segments(units: list[tuple[int, int]], length: int) -> list[tuple[int, int, bool]]:
    """A coder's continuum [0, length) cut into units (True) and the gaps between them (False)."""
    out, pos = [], 0
    for a, b in units:
        if a > pos:
            out.append((pos, a, False))
        out.append((a, b, True))
        pos = b
    if pos < length:
        out.append((pos, length, False))
    return out


def unitizing_distance(b1: int, l1: int, unit1: bool, b2: int, l2: int, unit2: bool) -> int:
    """Krippendorff's squared distance between two coders' overlapping segments (begin, length, is a unit):
    two overlapping units differ by the squares of their begins' and ends' differences; a unit inside the
    other coder's gap by its length squared; anything else by nothing."""
    if unit1 and unit2:
        if b2 < b1 + l1 and b1 < b2 + l2:
            return (b1 - b2) ** 2 + (b1 + l1 - b2 - l2) ** 2
        return 0
    if unit1 and b2 <= b1 and b1 + l1 <= b2 + l2:
        return l1 * l1
    if unit2 and b1 <= b2 and b2 + l2 <= b1 + l1:
        return l2 * l2
    return 0


@dataclass(frozen=True)
class CategoryUnitizing:
    """alpha_u's parts for one category: observed and expected disagreement and their alpha."""

    observed: float
    expected: float
    alpha: float | None


@dataclass(frozen=True)
class Unitizing:
    """alpha_u over all categories (1 - sum of observed / sum of expected disagreements) and per category."""

    alpha: float | None
    categories: dict[Hashable, CategoryUnitizing]


def unitizing_alpha(length: int, coders: Sequence[Iterable[tuple[int, int, Hashable]]]) -> Unitizing:
    """Krippendorff's alpha_u for coders' units (start, end, category) on a continuum [0, length).

    Per category c, after Krippendorff (2004) as DKPro Statistics computes it: the observed disagreement
    sums the distances between every two coders' overlapping segments over m(m-1)L²; the expected one
    considers every placement of every unit of c in every gap of every coder. A coder's overlapping units
    of one category are joined first.
    """
    m = len(coders)
    by_category: dict[Hashable, list[list[tuple[int, int]]]] = {}
    listed = [list(c) for c in coders]
    for i, coded in enumerate(listed):
        for a, b, cat in coded:
            by_category.setdefault(cat, [[] for _ in range(m)])[i].append((a, b))
    result: dict[Hashable, CategoryUnitizing] = {}
    if m < 2 or length <= 0:
        return Unitizing(None, {c: CategoryUnitizing(0.0, 0.0, None) for c in by_category})
    total_o = total_e = 0.0
    for cat, spans in by_category.items():
        units = [_merged(s) for s in spans]
        segments = [_segments(u, length) for u in units]
        d_o = 0
        for i in range(m):
            for j in range(i + 1, m):
                d_o += _pair_distance(segments[i], segments[j])
        observed = 2.0 * d_o / (m * (m - 1) * length * length)
        gaps = sorted(b - a for seg in segments for a, b, unit in seg if not unit)
        suffix = list(accumulate(reversed(gaps)))[::-1] + [0]  # suffix[k]: sum of gaps[k:]
        n_c = sum(len(u) for u in units)
        total = 0
        squared = 0
        for u in units:
            for a, b in u:
                ln = b - a
                k = bisect_left(gaps, ln)
                fits = suffix[k] - (len(gaps) - k) * (ln - 1)  # sum over gaps g >= ln of (g - ln + 1)
                squared += ln * (ln - 1)
                # Three times (N_c - 1)(2l³ - 3l² + l)/3 + l² Σ(g - l + 1), to stay in integers.
                total += (n_c - 1) * (2 * ln**3 - 3 * ln**2 + ln) + 3 * ln * ln * fits
        denominator = m * length * (m * length - 1) - squared
        expected = (2.0 / length) * (total / 3.0) / denominator if denominator > 0 else 0.0
        if expected == 0.0:
            alpha = None
        elif observed == expected:
            alpha = 0.0
        else:
            alpha = 1.0 - observed / expected
        result[cat] = CategoryUnitizing(observed, expected, alpha)
        total_o += observed
        total_e += expected
    joint = 1.0 - total_o / total_e if total_e else None
    return Unitizing(joint, result)


def _pair_distance(first: list[tuple[int, int, bool]], second: list[tuple[int, int, bool]]) -> int:
    """The sum of distances over every overlapping pair of two coders' segments (both cover the continuum)."""
    i = j = 0
    total = 0
    n1, n2 = len(first), len(second)
    while i < n1 and j < n2:
        a1, b1, u1 = first[i]
        a2, b2, u2 = second[j]
        if u1 or u2:
            total += unitizing_distance(a1, b1 - a1, u1, a2, b2 - a2, u2)
        if b1 <= b2:
            i += 1
        if b2 <= b1:
            j += 1
    return total


def span_scores(reference: int, predicted: int, matched: int) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 of one coder's spans against another's, given how many were matched."""
    precision = matched / predicted if predicted else None
    recall = matched / reference if reference else None
    f1 = 2 * matched / (reference + predicted) if reference + predicted else None
    return precision, recall, f1

"""Agreement between a project's annotators: statements read once, paired into units, every measure."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from ..errors import StandpointError
from ..store import Store
from .measures import cohen_kappa, coincidences, confusion_matrix, span_scores, unitizing_alpha
from .units import DEFAULT_OVERLAP, Coded, pair_units

FIELDS: tuple[str, ...] = ("speaker", "stance", "target", "mode")
NONE = "(none)"
"""The value of a field an annotator left empty: a statement without a target agrees with another without one."""
SMALL_SAMPLE = 30
"""Fewer units coded by two or more annotators than this, and the figures are flagged as unreliable."""
DOMINANT = 0.9
"""One category holding more than this share of a field's values, and the field is flagged as skewed."""


@dataclass
class FieldAgreement:
    """The agreement on one field (speaker, stance, target or mode) over the units two or more annotators coded."""

    name: str
    units: int
    observed: float | None
    kappa: float | None
    alpha: float | None
    categories: dict[str, dict[str, float]]  # category -> {"agreement": share matched, "values": how many}
    confusion: dict[str, dict[str, int]]  # first annotator's value (row) x second's (column)

    def as_json(self) -> dict:
        """The field's figures as plain JSON values."""
        return {"units": self.units, "observed": self.observed, "kappa": self.kappa, "alpha": self.alpha,
                "categories": self.categories, "confusion": self.confusion}  # fmt: skip


@dataclass
class PairSpans:
    """How well one annotator's spans match another's: the second's against the first's as reference."""

    first: str
    second: str
    matched: int
    precision: float | None
    recall: float | None
    f1: float | None


@dataclass
class Disagreement:
    """A unit the annotators did not code alike: who is missing from it, and which fields differ."""

    unit: tuple[Coded, ...]
    missing: tuple[str, ...]
    fields: tuple[str, ...]


@dataclass
class AgreementReport:
    """Everything measured between annotators on the documents they share."""

    annotators: list[str]
    documents: list[int]
    threshold: float
    units: list[tuple[Coded, ...]]
    fields: dict[str, FieldAgreement]
    pairs: list[PairSpans]
    f1: float | None
    alpha_u: float | None
    warnings: list[str] = field(default_factory=list)

    @property
    def paired(self) -> int:
        """Units that two or more annotators coded."""
        return sum(1 for u in self.units if len(u) > 1)

    def as_json(self) -> dict:
        """The report as one JSON object (see `python main.py agreement --json`)."""
        return {
            "units": len(self.units),
            "paired_units": self.paired,
            "annotators": self.annotators,
            "documents": len(self.documents),
            "overlap": self.threshold,
            "fields": {name: f.as_json() for name, f in self.fields.items()},
            "spans": {
                "f1": self.f1,
                "alpha_u": self.alpha_u,
                "pairs": [{"first": p.first, "second": p.second, "matched": p.matched, "precision": p.precision,
                           "recall": p.recall, "f1": p.f1} for p in self.pairs],  # fmt: skip
            },
            "warnings": self.warnings,
        }

    def disagreements(self) -> list[Disagreement]:
        """Every unit where an annotator has no statement or the annotators' values of a field differ."""
        out = []
        for unit in self.units:
            present = {s.annotator for s in unit}
            missing = tuple(a for a in self.annotators if a not in present)
            differ = tuple(f for f in FIELDS if len({s.value(f) for s in unit}) > 1)
            if missing or differ:
                out.append(Disagreement(unit, missing, differ))
        return out


def coded_statements(store: Store, document_id: int | None = None) -> list[Coded]:
    """Every statement as agreement sees it (labels, not ids), leaving out adjudicated ("reviewed") ones."""
    sql = (
        'SELECT s.id, s.document_id, s.start, s."end", s.annotator, sp.name, st.label, t.name, nullif(s.mode, \'\')'
        " FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        " LEFT JOIN stances st ON st.id = s.stance_id LEFT JOIN targets t ON t.id = s.target_id"
        " WHERE s.status != 'reviewed'"
    )
    args: tuple = ()
    if document_id is not None:
        sql += " AND s.document_id = ?"
        args = (document_id,)
    make = Coded._make
    return [make(row) for row in store.db.execute(sql, args)]


def statement_quotes(store: Store, statement_ids: Sequence[int]) -> dict[int, str]:
    """The quotes of many statements in one query, by id (a deleted one is absent)."""
    rows = store.db.execute("SELECT id, quote FROM statements WHERE id IN (SELECT value FROM json_each(?))",
                            (json.dumps(list(statement_ids)),))  # fmt: skip
    return dict(rows.fetchall())


def agreement(
    store: Store,
    annotators: Sequence[str] | None = None,
    document_id: int | None = None,
    threshold: float = DEFAULT_OVERLAP,
) -> AgreementReport:
    """Measure how far annotators agree on the documents every one of them annotated.

    By default all annotators with a name. Statements are paired into units by span overlap
    (`threshold`: the share of the longer span two statements must share).
    """
    if not 0 < threshold <= 1:
        raise StandpointError("The overlap threshold must lie between 0 (exclusive) and 1.")
    if document_id is not None:
        store.document(document_id)  # NotFound for an unknown id
    statements = coded_statements(store, document_id)
    known = sorted({s.annotator for s in statements if s.annotator})
    if annotators:
        chosen = list(dict.fromkeys(annotators))
        unknown = [a for a in chosen if a not in {s.annotator for s in statements}]
        if unknown:
            raise StandpointError(f"No statements by {', '.join(unknown)}; annotators: {', '.join(known) or 'none'}.")
    else:
        chosen = known
    if len(chosen) < 2:
        raise StandpointError(f"Agreement needs two or more annotators; the project has {', '.join(known) or 'none'}.")
    wanted = set(chosen)
    by_document: dict[int, list[Coded]] = defaultdict(list)
    for s in statements:
        if s.annotator in wanted:
            by_document[s.document_id].append(s)
    shared = sorted(d for d, sts in by_document.items() if {s.annotator for s in sts} == wanted)
    units: list[tuple[Coded, ...]] = []
    for d in shared:
        units.extend(pair_units(by_document[d], threshold))
    report = AgreementReport(chosen, shared, threshold, units, {}, [], None, None)
    if not shared:
        report.warnings.append("The annotators share no document: each document was annotated by only some of them.")
    for name in FIELDS:
        report.fields[name] = _field(name, chosen, units)
    _spans(store, report, by_document)
    _warn(report)
    return report


def _field(name: str, annotators: list[str], units: list[tuple[Coded, ...]]) -> FieldAgreement:
    slot = {a: i for i, a in enumerate(annotators)}
    rows = []
    for unit in units:
        if len(unit) < 2:
            continue
        row: list[str | None] = [None] * len(annotators)
        for s in unit:
            v = s.value(name)
            row[slot[s.annotator]] = NONE if v is None else v
        rows.append(row)
    co = coincidences(rows)
    first_pair = [(r[0], r[1]) for r in rows if r[0] is not None and r[1] is not None]
    kappa = cohen_kappa(first_pair) if len(annotators) == 2 else None
    categories = {str(c): {"agreement": a, "values": co.n_c[c]} for c, a in sorted(co.category_agreement().items())}
    confusion = {str(a): {str(b): n for b, n in sorted(row.items())}
                 for a, row in sorted(confusion_matrix(first_pair).items())}  # fmt: skip
    return FieldAgreement(name, co.units, co.observed, kappa, co.alpha(), categories, confusion)


def _spans(store: Store, report: AgreementReport, by_document: dict[int, list[Coded]]) -> None:
    counts: dict[str, int] = defaultdict(int)
    for d in report.documents:
        for s in by_document[d]:
            counts[s.annotator] += 1
    together: dict[tuple[str, str], int] = defaultdict(int)
    for unit in report.units:
        present = sorted({s.annotator for s in unit})
        for pair in combinations(present, 2):
            together[pair] += 1
    f1s = []
    for a, b in combinations(report.annotators, 2):
        matched = together[tuple(sorted((a, b)))]  # type: ignore[index]
        precision, recall, f1 = span_scores(counts[a], counts[b], matched)
        report.pairs.append(PairSpans(a, b, matched, precision, recall, f1))
        if f1 is not None:
            f1s.append(f1)
    report.f1 = sum(f1s) / len(f1s) if f1s else None
    if not report.documents:
        return
    # The shared documents one after another make one continuum, as Krippendorff treats several texts.
    lengths = dict(store.db.execute(
        f"SELECT id, length(text) FROM documents WHERE id IN ({','.join('?' * len(report.documents))})",
        report.documents,
    ).fetchall())  # fmt: skip
    slot = {a: i for i, a in enumerate(report.annotators)}
    coders: list[list[tuple[int, int, str]]] = [[] for _ in report.annotators]
    offset = 0
    for d in report.documents:
        for s in by_document[d]:
            coders[slot[s.annotator]].append((offset + s.start, offset + s.end, "statement"))
        offset += lengths[d]
    report.alpha_u = unitizing_alpha(offset, coders).alpha


def _warn(report: AgreementReport) -> None:
    paired = report.paired
    if report.documents and paired < SMALL_SAMPLE:
        report.warnings.append(f"Only {paired} units were coded by two or more annotators; below {SMALL_SAMPLE} the "
                               "figures say little.")  # fmt: skip
    for name, f in report.fields.items():
        total = sum(c["values"] for c in f.categories.values())
        for category, c in f.categories.items():
            if len(f.categories) > 1 and c["values"] / total > DOMINANT:
                report.warnings.append(
                    f"{name}: “{category}” is {c['values'] / total:.0%} of the values; with one category this "
                    "dominant, kappa and alpha are low even when annotators mostly agree."
                )
        if f.units and f.alpha is None:
            report.warnings.append(f"{name}: alpha is undefined, the annotators used one value only.")

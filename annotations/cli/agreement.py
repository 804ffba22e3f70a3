"""`agreement`: how far a project's annotators agree, per field and on the spans."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .info import open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `agreement` command."""
    p = subparsers.add_parser("agreement", help="agreement between annotators (kappa, alpha, alpha_u, span F1)")
    p.add_argument("project", type=Path, help="a .standpoint project file")
    p.add_argument("--annotators", nargs="+", metavar="NAME", help="these annotators (default: all with a name)")
    p.add_argument("--document", type=int, help="only this document id")
    p.add_argument("--overlap", type=float, default=0.5, metavar="SHARE",
                   help="two statements are one unit when they share this much of the longer span (default 0.5)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.set_defaults(run=run_agreement)


def figure(value: float | None) -> str:
    """A measure with three decimals, or a dash where it is undefined."""
    return "–" if value is None else f"{value:.3f}"


def run_agreement(args: argparse.Namespace) -> int:
    """`agreement`: the report as a table with its warnings, or as JSON."""
    from ..agreement import agreement

    with open_existing(args.project) as store:
        report = agreement(store, args.annotators, args.document, args.overlap)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"Annotators: {', '.join(report.annotators)}")
    print(f"Documents they share: {len(report.documents)}; units: {len(report.units)}, "
          f"coded by two or more: {report.paired}")  # fmt: skip
    print()
    print(f"{'field':<10}{'units':>7}{'observed':>10}{'kappa':>8}{'alpha':>8}")
    for name, f in report.fields.items():
        print(f"{name:<10}{f.units:>7}{figure(f.observed):>10}{figure(f.kappa):>8}{figure(f.alpha):>8}")
    print()
    print(f"spans: F1 {figure(report.f1)}, alpha_u {figure(report.alpha_u)}")
    for p in report.pairs:
        print(f"  {p.first} / {p.second}: precision {figure(p.precision)}, recall {figure(p.recall)}, "
              f"F1 {figure(p.f1)} ({p.matched} matched)")  # fmt: skip
    for name, f in report.fields.items():
        if not f.categories:
            continue
        print()
        print(f"{name} by category (share of values matched):")
        width = max(len(c) for c in f.categories)
        for category, c in f.categories.items():
            print(f"  {category:<{width}}  {figure(c['agreement'])}  ({c['values']:g} values)")
    for warning in report.warnings:
        print(f"standpoint: warning: {warning}", file=sys.stderr)
    return 0

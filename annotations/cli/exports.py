"""`export`: write a project's notes as md, html, pdf, csv, json (W3C), qdpx or qdc (REFI-QDA)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..wording import counted
from .info import open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` command."""
    from ..exporters import EXPORTERS

    p = subparsers.add_parser("export", help="export notes: " + ", ".join(sorted({*EXPORTERS, "pdf"})))
    p.add_argument("project", type=Path, help="a .standpoint project file")
    p.add_argument("--format", "-f", required=True, help="md, html, pdf, csv, json, qdpx or qdc")
    p.add_argument("--out", "-o", type=Path, required=True, help="the file to write")
    p.add_argument("--document", type=int, action="append", help="only this document id (repeatable)")
    p.add_argument("--group-by", choices=("order", "speaker"), default="order")
    p.add_argument("--bom", action="store_true", help="CSV: start with a byte-order mark for Excel")
    p.add_argument("--raw", action="store_true",
                   help="CSV: cells exactly as stored, for R or pandas (a spreadsheet could run some as formulas)")
    p.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """`export`: write a project (or some of its documents) in one format."""
    from ..exporters import export

    with open_existing(args.project) as store:
        path = export(store, args.format, args.out, document_ids=args.document, group_by=args.group_by, bom=args.bom,
                      raw=args.raw)
        total = sum(store.count_statements(d)[0] for d in (args.document or store.document_ids()))
    print(f"wrote {path} ({args.format}, {counted(total, 'statement')})")
    return 0

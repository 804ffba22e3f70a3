"""`export`: write a project's notes as md, html, pdf, csv, json (W3C), qdpx or qdc (REFI-QDA), or a worksheet."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..wording import counted
from .info import open_existing
from .worksheets import add_arguments, run_worksheet


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `export` command."""
    from ..exporters import EXPORTERS

    p = subparsers.add_parser("export", help="export notes: " + ", ".join(sorted({*EXPORTERS, "pdf", "worksheet"})))
    p.add_argument("project", type=Path, help="a .standpoint project file")
    p.add_argument("--format", "-f", required=True, help="md, html, pdf, csv, json, qdpx, qdc, or worksheet (its format"
                                                         " follows the --out suffix: .html, .pdf, .docx)")
    p.add_argument("--out", "-o", type=Path, help="the file to write")
    p.add_argument("--per-annotator", type=Path, metavar="DIR",
                   help="json: write DIR/ANNOTATOR/TITLE-HASH.json, one stable, diff-friendly file per annotator and"
                        " document, for a shared folder or git repository (merge reads the folder back)")
    p.add_argument("--annotator", action="append", metavar="NAME",
                   help="with --per-annotator: only this annotator's work (repeatable); in a shared folder, your own")
    p.add_argument("--document", type=int, action="append", help="only this document id (repeatable)")
    p.add_argument("--group-by", choices=("order", "speaker"), default="order")
    p.add_argument("--bom", action="store_true", help="CSV: start with a byte-order mark for Excel")
    p.add_argument("--raw", action="store_true",
                   help="CSV: cells exactly as stored, for R or pandas (a spreadsheet could run some as formulas)")
    add_arguments(p)
    p.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """`export`: write a project (or some of its documents) in one format."""
    from ..errors import StandpointError
    from ..exporters import export

    if args.format == "worksheet":
        return run_worksheet(args)
    if args.per_annotator is not None:
        return _per_annotator(args)
    if args.out is None:
        raise StandpointError("Say where the export goes: --out FILE (or, for json, --per-annotator DIR).")
    with open_existing(args.project) as store:
        path = export(store, args.format, args.out, document_ids=args.document, group_by=args.group_by, bom=args.bom,
                      raw=args.raw)
        total = sum(store.count_statements(d)[0] for d in (args.document or store.document_ids()))
    print(f"wrote {path} ({args.format}, {counted(total, 'statement')})")
    return 0


def _per_annotator(args: argparse.Namespace) -> int:
    from ..errors import StandpointError
    from ..exporters.per_annotator import export_per_annotator

    if args.format != "json":
        raise StandpointError("--per-annotator writes W3C JSON: use it with -f json.")
    if args.out is not None:
        raise StandpointError("Give either --out FILE or --per-annotator DIR, not both.")
    with open_existing(args.project) as store:
        written = export_per_annotator(store, args.per_annotator, args.document, args.annotator)
    annotators = {p.parent.name for p in written}
    print(f"wrote {counted(len(written), 'file')} for {counted(len(annotators), 'annotator')} to {args.per_annotator}")
    return 0

"""`export -f worksheet`: a worksheet for class and its answer key, as HTML, PDF or DOCX after the file's suffix."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..wording import counted
from .info import open_existing


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The worksheet's options on the `export` command."""
    p.add_argument("--key", type=Path, metavar="FILE",
                   help="worksheet: also write the answer key (.html, .pdf or .docx)")
    p.add_argument("--speaker", help="worksheet: only this speaker's statements (name or alias)")
    p.add_argument("--stance", help="worksheet: only statements with this stance label")
    p.add_argument("--status", help="worksheet: only statements with this status (confirmed, suggested, reviewed)")
    p.add_argument("--columns", default="", metavar="target,mode",
                   help="worksheet: more columns to fill in besides speaker and stance")
    p.add_argument("--question", action="append", default=[], metavar="TEXT",
                   help="worksheet: a question of your own under the table (repeatable)")


def run_worksheet(args: argparse.Namespace) -> int:
    """Write the worksheet (to --out) and, with --key, its answer key."""
    from ..errors import StandpointError
    from ..exporters.worksheet import Choice, make_worksheet, write_worksheets

    if args.out is None:
        raise StandpointError("Say where the worksheet goes: --out sheet.html (or .pdf, .docx), and --key for the key.")
    choice = Choice(speaker=args.speaker or "", stance=args.stance or "", status=args.status or "")
    with open_existing(args.project) as store:
        sheet = make_worksheet(store, args.document, choice, args.columns.split(","), args.question)
        written = write_worksheets(sheet, args.out, args.key)
    print(f"wrote {' and '.join(map(str, written))} (worksheet, {counted(len(sheet.items), 'statement')})")
    return 0

"""`merge`: a colleague's project, W3C JSON exports, REFI-QDA projects or a folder of these into a project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..wording import counted
from .info import open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `merge` command."""
    p = subparsers.add_parser("merge", help="merge other projects, W3C JSON exports, .qdpx files or folders of"
                                            " them into a project (one step; merging again changes nothing)")  # fmt: skip
    p.add_argument("project", type=Path, help="the .standpoint project to merge into")
    p.add_argument("others", type=Path, nargs="+", metavar="OTHER",
                   help="a .standpoint project, a W3C JSON export, a .qdpx, or a folder of these")
    p.set_defaults(run=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    """`merge`: read every file first, then merge them in one operation. Speakers are joined by name or alias;
    near matches are listed and kept apart (the window asks about them)."""
    from ..merging import merge_sources, near_speakers, read_merge_sources

    sources = read_merge_sources(args.others)
    if not sources:
        print("standpoint: nothing to merge: no project, JSON or .qdpx file was named or found.", file=sys.stderr)
        return 1
    if not any(s.readable for s in sources):
        for s in sources:
            print(f"standpoint: {s.error}", file=sys.stderr)
        return 1
    for s in sources:
        refi = s.source.refi if s.source is not None else None
        if refi is not None and refi.needs_roles:  # another tool's codebook: what its branches become, as guessed
            print(f"{refi.name}: code branches (to choose otherwise, use `import` with --speakers/--stances/...):")
            for line in refi.describe_roles():
                print(f"  {line}")
    with open_existing(args.project, write=True) as store:
        near = near_speakers(store, sources)
        with store.operation(f"Merge {counted(len(sources), 'file')}"):
            report = merge_sources(store, sources)
    for line in report.lines():
        print(line)
    for f in report.files:
        if f.error:
            print(f"standpoint: {f.error}", file=sys.stderr)
    if near:
        print("near matches, kept as separate speakers (join them in the window's Merge… or Speakers dialog):")
        for m in near:
            print(f"  “{m.name}” ~ “{m.speaker_name}” ({m.reason})")
    print(f"merged {counted(len(sources), 'file')}: {counted(report.statements, 'statement')} added")
    return 1 if any(f.error for f in report.files) else 0

"""`backups` and `restore`: list a project's backups, put one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..backups import list_backups, restore_backup


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `backups` and `restore` commands."""
    p = subparsers.add_parser("backups", help="list the backups of a project, newest first")
    p.add_argument("project", type=Path)
    p.set_defaults(run=run_list)
    p = subparsers.add_parser("restore", help="restore a project from a backup (the newest by default)")
    p.add_argument("project", type=Path)
    p.add_argument("backup", type=Path, nargs="?", help="a backup file listed by `backups`")
    p.set_defaults(run=run_restore)


def run_list(args: argparse.Namespace) -> int:
    """`backups`: list a project's backups, newest first."""
    backups = list_backups(args.project)
    if not backups:
        print(f"No backups of {args.project} yet (one is taken each time it is opened).")
    for b in backups:
        print(f"{b.describe()}  {b.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """`restore`: put a backup in the project's place (the newest unless one is named)."""
    restored = restore_backup(args.project, args.backup)
    print(f"Restored {args.project} from the backup of {restored.describe()}.")
    return 0

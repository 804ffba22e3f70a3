"""The headless commands behind `python main.py <command> ...`, for scripting a project."""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from ..errors import StandpointError

# Each module has register(subparsers): it adds its commands, each with set_defaults(run=...).
COMMAND_MODULES = ("info", "imports", "exports", "backups", "suggestions", "agreement", "merging")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command's subparser."""
    parser = argparse.ArgumentParser(
        prog="standpoint",
        description="Standpoint: mark statements in articles, tag who said them and what position they take.",
        epilog="Without a command, `standpoint [FILE]` opens the window on a project or article.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def command_names() -> set[str]:
    """The names of the commands `python main.py COMMAND` knows."""
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def main(argv: Sequence[str]) -> int:
    """Run one command line; the exit status: 0 done, 1 failed (the reason on stderr), 2 no command, 130 interrupted."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args) or 0
    except StandpointError as exc:
        print(f"standpoint: {exc}", file=sys.stderr)
        return 1
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damage the checks on opening could not see
        project = getattr(args, "project", None)
        print(f"standpoint: {project or 'the project'} is damaged: part of it cannot be read ({exc}).", file=sys.stderr)
        if project is not None:
            from pathlib import Path

            from ..backups import latest_backup_hint

            print(f"standpoint:{latest_backup_hint(Path(project))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130

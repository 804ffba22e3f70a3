"""`stats` and `documents`: what a project holds, in numbers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..statistics import GROUPINGS, as_json, documents_named, format_table, stance_table, write_csv
from ..store import Store
from ..wording import counted


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `stats` and `documents` commands."""
    p = subparsers.add_parser("stats", help="count statements by speaker (target, document, annotator) and stance")
    p.add_argument("project", type=Path, help="a .standpoint project file")
    p.add_argument("--by", choices=GROUPINGS, help="rows of a table of statements by this and stance, with totals")
    p.add_argument("--document", type=int, action="append", metavar="ID",
                   help="only this document id (repeat for several)")
    p.add_argument("--annotator", action="append", metavar="NAME",
                   help='only statements by this annotator (repeat for several; "" for statements nobody is named for)')
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON instead of a table")
    output.add_argument("--csv", action="store_true", help="print the table as CSV (formula-like cells neutralised)")
    p.set_defaults(run=run_stats)

    p = subparsers.add_parser("documents", help="list the documents of a project")
    p.add_argument("project", type=Path)
    p.set_defaults(run=run_documents)


def open_existing(path: Path, write: bool = False) -> Store:
    """Open a project the user named; a missing file is an error here, not a new project.

    Reading commands still work while the project is open in a window: they fall back to a
    read-only connection instead of refusing.
    """
    from ..backups import latest_backup_hint
    from ..errors import NewerProject, NotAProject, ProjectDamaged, ProjectError, ProjectLocked, ProjectReadOnly

    if not path.exists():
        raise ProjectError(f"{path}: there is no such project file.")
    try:
        return said_backup_problem(Store.open(path))
    except (ProjectLocked, ProjectReadOnly):  # in use elsewhere, or on read-only media: reading still works
        if write:
            raise
        return Store.open(path, read_only=True)
    except (NotAProject, ProjectDamaged, NewerProject) as exc:
        raise type(exc)(str(exc) + latest_backup_hint(path)) from None


def run_stats(args: argparse.Namespace) -> int:
    """`stats`: statements counted by speaker (or --by target, document, annotator) and stance.

    Without --by, one line per speaker and stance as before; with it, a table with totals. --json and
    --csv print the same counts for programs.
    """
    by = args.by or "speaker"
    with open_existing(args.project) as store:
        documents = documents_named(store, args.document) if args.document else None
        table = stance_table(store, by, documents, args.annotator)
    if args.csv:
        write_csv(table, sys.stdout)
        return 0
    pairs = table.pairs()
    if args.json:
        rows = [{by: label, "stance": st, "statements": n} for label, st, n in pairs]
        print(json.dumps({"statements": table.total, "incomplete": table.incomplete, f"by_{by}_and_stance": rows,
                          "table": as_json(table)}, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(f"{counted(table.total, 'statement')}, {table.incomplete} incomplete")
    if args.by:
        if table.rows:
            print(format_table(table))
        return 0
    width = max((len(label) for label, _st, _n in pairs), default=7)
    for label, st, n in pairs:
        print(f"{label:<{width}}  {st:<12}  {n:>5}")
    return 0


def run_documents(args: argparse.Namespace) -> int:
    """`documents`: the documents of a project with their ids and statement counts."""
    with open_existing(args.project) as store:
        for doc_id, title in store.document_titles():
            total, incomplete = store.count_statements(doc_id)
            print(f"{doc_id:>4}  {title}  ({counted(total, 'statement')}, {incomplete} incomplete)")
    return 0


def said_backup_problem(store: Store) -> Store:
    """The store, after telling the terminal once if its backup on opening failed."""
    if store.backup_problem:
        print(f"standpoint: warning: {store.backup_problem}", file=sys.stderr)
    return store

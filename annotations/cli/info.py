"""`stats` and `documents`: what a project holds, in numbers."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from ..store import Store
from ..wording import counted


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `stats` and `documents` commands."""
    p = subparsers.add_parser("stats", help="count statements by speaker and stance")
    p.add_argument("project", type=Path, help="a .standpoint project file")
    p.add_argument("--document", type=int, help="only this document id")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
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
    """`stats`: statements counted by speaker and stance, as a table or JSON."""
    with open_existing(args.project) as store:
        statements = store.statements(args.document)
        speakers = {s.id: s.name for s in store.speakers()}
        stances = {s.id: s.label for s in store.stances()}
        by_pair = Counter(
            (speakers.get(s.speaker_id, "(no speaker)"), stances.get(s.stance_id, "(no stance)")) for s in statements
        )
        total, incomplete = store.count_statements(args.document)
    if args.json:
        rows = [{"speaker": sp, "stance": st, "statements": n} for (sp, st), n in sorted(by_pair.items())]
        print(json.dumps({"statements": total, "incomplete": incomplete, "by_speaker_and_stance": rows},
                         ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(f"{counted(total, 'statement')}, {incomplete} incomplete")
    width = max((len(sp) for sp, _ in by_pair), default=7)
    for (sp, st), n in sorted(by_pair.items()):
        print(f"{sp:<{width}}  {st:<12}  {n:>5}")
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

"""`import` and `reimport`: documents, W3C annotations and REFI-QDA projects into a project, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..importers.refi.data import ROLES
from ..wording import counted
from .info import open_existing, said_backup_problem


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `import` and `reimport` commands."""
    from ..importing import supported_suffixes

    p = subparsers.add_parser("import", help=f"import articles, W3C annotations or REFI-QDA projects"
                                             f" ({' '.join(supported_suffixes())})")  # fmt: skip
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--project", "-p", type=Path, required=True, help="the project (created if it does not exist)")
    p.add_argument("--title", help="title for the document (with a single file)")
    p.add_argument("--keep-line-breaks", action="store_true",
                   help="keep the line breaks of hard-wrapped plain text (by default they are joined into paragraphs)")
    for role in ROLES:
        p.add_argument(f"--{role}", action="append", default=[], metavar="BRANCH",
                       help=f"REFI-QDA: the code branch called BRANCH becomes {role} (repeatable; overrides the guess)")
    p.set_defaults(run=run_import)

    p = subparsers.add_parser("reimport", help="replace a document's text with a newer version; statements follow")
    p.add_argument("document", type=int, help="the document id (see `documents`)")
    p.add_argument("file", type=Path)
    p.add_argument("--project", "-p", type=Path, required=True)
    p.add_argument("--keep-line-breaks", action="store_true", help="keep the line breaks of hard-wrapped plain text")
    p.set_defaults(run=run_reimport)


def run_import(args: argparse.Namespace) -> int:
    """Read every file first: when none can be read, no project is created or changed."""
    from ..importing import add_sources, read_sources
    from ..store import Store

    sources = read_sources(args.files, keep_line_breaks=args.keep_line_breaks)
    if not any(s.readable for s in sources):
        for s in sources:
            print(f"standpoint: {s.error}", file=sys.stderr)
        return 1
    if not _apply_roles(args, sources):
        return 2
    title = args.title if len(args.files) == 1 else None
    with said_backup_problem(Store.open(args.project)) as store, store.operation(f"Import {counted(len(sources), 'file')}"):
        report = add_sources(store, sources, title)
    for result in report.files:
        if not result.ok:
            print(f"standpoint: {result.error}", file=sys.stderr)
        elif result.source.document is not None:
            doc = result.documents[0]
            notes = f"  [{'; '.join(result.warnings)}]" if result.warnings else ""
            print(f"{doc.id:>4}  {doc.title}  ({len(doc.text):,} characters, {counted(len(doc.blocks), 'block')})"
                  + notes)  # fmt: skip
        else:
            print(f"{result.source.name}: {result.line}")
            for line in result.warnings:
                print(f"  {line}", file=sys.stderr)
    return 1 if report.failures else 0


def _apply_roles(args: argparse.Namespace, sources: list) -> bool:
    """Apply --speakers, --stances ... to the REFI-QDA files read, and print what each branch becomes."""
    refi = [s.refi for s in sources if s.refi is not None]
    for role in ROLES:
        for branch in getattr(args, role):
            found = [f for f in refi if any(b.name.strip().casefold() == branch.strip().casefold() for b in f.branches)]
            for file in found:
                file.set_role(branch, role)
            if refi and not found:
                names = ", ".join(dict.fromkeys(f"“{b.name}”" for f in refi for b in f.branches)) or "none"
                print(f"standpoint: no file has a code branch “{branch}” (the branches: {names}).", file=sys.stderr)
                return False
    if any(getattr(args, role) for role in ROLES) and not refi:
        print("standpoint: --speakers, --stances, --targets, --modes and --ignore apply to .qdpx and .qdc files only.",
              file=sys.stderr)  # fmt: skip
        return False
    for file in refi:
        if file.needs_roles:
            print(f"{file.name}: code branches (change with --speakers/--stances/--targets/--modes/--ignore BRANCH):")
            for line in file.describe_roles():
                print(f"  {line}")
    return True


def run_reimport(args: argparse.Namespace) -> int:
    """`reimport`: give a document a newer text; statements follow their quotes."""
    from ..importers import read_document
    from ..reanchoring import replace_document_text

    newer = read_document(args.file, keep_line_breaks=args.keep_line_breaks)  # before the project is touched
    with open_existing(args.project, write=True) as store:
        store.document(args.document)
        with store.operation("Replace text"):
            report = replace_document_text(store, args.document, newer.text, newer.blocks)
        print(report.summary())
        for label, ids in (("placed by similarity, check", report.fuzzy), ("not found, flagged", report.unplaced)):
            for statement_id in ids:
                quote = store.statement(statement_id).quote
                print(f"  {label}: statement {statement_id} “{quote if len(quote) <= 60 else quote[:59] + '…'}”")
    return 0


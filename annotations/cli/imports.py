"""`import` and `reimport`: documents and W3C annotations into a project, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ImportFailed, StandpointError
from ..store import Store
from .info import open_existing

ANNOTATION_SUFFIXES = {".json", ".jsonld", ".jsonl"}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import", help="import articles (txt md html docx pdf epub) or W3C annotations (json)")
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--project", "-p", type=Path, required=True, help="the project (created if it does not exist)")
    p.add_argument("--title", help="title for the document (with a single file)")
    p.set_defaults(run=run_import)

    p = subparsers.add_parser("reimport", help="replace a document's text with a newer version; statements follow")
    p.add_argument("document", type=int, help="the document id (see `documents`)")
    p.add_argument("file", type=Path)
    p.add_argument("--project", "-p", type=Path, required=True)
    p.set_defaults(run=run_reimport)


def run_import(args: argparse.Namespace) -> int:
    from ..importers import read_document
    from ..projects import add_imported

    failures = 0
    with Store.open(args.project) as store:
        for path in args.files:
            try:
                if path.suffix.lower() in ANNOTATION_SUFFIXES:
                    from ..importers.w3c_json import import_annotations

                    report = import_annotations(store, path)
                    print(f"{path.name}: {report.summary()}")
                    for line in report.rejected:
                        print(f"  rejected: {line}", file=sys.stderr)
                    for line in report.warnings:
                        print(f"  warning: {line}", file=sys.stderr)
                    continue
                doc = read_document(path)
                title = args.title if args.title and len(args.files) == 1 else None
                added = add_imported(store, doc, title)
                notes = f"  [{'; '.join(doc.warnings)}]" if doc.warnings else ""
                print(f"{added.id:>4}  {added.title}  ({len(added.text):,} characters, {_count(len(added.blocks), 'block')})"
                      + notes)  # fmt: skip
            except (ImportFailed, StandpointError) as exc:
                failures += 1
                print(f"standpoint: {exc}", file=sys.stderr)
    return 1 if failures else 0


def run_reimport(args: argparse.Namespace) -> int:
    from ..importers import read_document
    from ..reanchoring import replace_document_text

    with open_existing(args.project, write=True) as store:
        store.document(args.document)
        doc = read_document(args.file)
        report = replace_document_text(store, args.document, doc.text, doc.blocks)
        print(report.summary())
        for label, ids in (("placed by similarity, check", report.fuzzy), ("not found, flagged", report.unplaced)):
            for statement_id in ids:
                quote = store.statement(statement_id).quote
                print(f"  {label}: statement {statement_id} “{quote if len(quote) <= 60 else quote[:59] + '…'}”")
    return 0


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"

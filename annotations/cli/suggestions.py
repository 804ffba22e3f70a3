"""`suggest`: statements proposed by the rules, for a project's documents or for an article alone."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..wording import counted
from .info import open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `suggest` command."""
    p = subparsers.add_parser("suggest", help="propose statements: quotes, cue verbs and speakers found by rules")
    p.add_argument("file", type=Path, help="a .standpoint project, or an article (txt md html docx pdf epub)")
    p.add_argument("--document", type=int, action="append", help="only this document id (repeatable)")
    p.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    p.add_argument("--language", default="", help="de or en; by default the document's, or guessed")
    p.add_argument("--accept", action="store_true",
                   help="mark every suggestion shown as a statement in the project (one step, undoable in the window)")
    p.add_argument("--annotator", default=None, metavar="NAME",
                   help="with --accept: who the statements are by (default: the user logged in)")
    p.add_argument("--min-confidence", type=float, default=0.0, help="leave out suggestions less sure than this")
    p.set_defaults(run=run_suggest)


def run_suggest(args: argparse.Namespace) -> int:
    """`suggest`: print proposals (code points over the text as Standpoint stores it, end exclusive)."""
    from ..projects import PROJECT_SUFFIX

    if args.file.suffix.lower() == PROJECT_SUFFIX:
        return _for_project(args)
    if args.accept or args.document:
        print("standpoint: --accept and --document need a project; for an article, suggest prints only.",
              file=sys.stderr)
        return 2
    from ..importers import read_document
    from ..suggest import suggest

    doc = read_document(args.file)
    found = [s for s in suggest(doc.text, args.language or doc.meta.get("language", "")) if s.confidence >= args.min_confidence]
    _print(args, [(None, s) for s in found])
    return 0


def _for_project(args: argparse.Namespace) -> int:
    from .. import operations
    from ..suggest import suggest

    with open_existing(args.file, write=args.accept) as store:
        shown = []
        for doc_id in args.document or store.document_ids():
            if args.language:
                doc = store.document(doc_id)
                found = suggest(doc.text, args.language, store.speakers())
            else:
                found = operations.suggestions_for(store, doc_id)
            shown += [(doc_id, s) for s in found if s.confidence >= args.min_confidence]
        _print(args, shown)
        if args.accept and shown:
            annotator = operations.default_annotator() if args.annotator is None else args.annotator.strip()
            with store.operation("Accept suggestions"):
                for doc_id in dict.fromkeys(d for d, _ in shown):
                    operations.accept_suggestions(store, doc_id, [s for d, s in shown if d == doc_id],  # type: ignore[arg-type]
                                                  annotator=annotator)
            if not args.json:
                print(f"accepted {counted(len(shown), 'suggestion')} as statements")
    return 0


def _print(args: argparse.Namespace, shown: list) -> None:
    if args.json:
        print(json.dumps([({"document": d} if d is not None else {}) | s.as_json() for d, s in shown],
                         ensure_ascii=False, indent=2))  # fmt: skip
        return
    for d, s in shown:
        where = f"{d}:" if d is not None else ""
        quote = s.quote.replace("\n", " ")
        quote = quote if len(quote) <= 70 else quote[:69] + "…"
        print(f"{where}{s.start}-{s.end}  {s.mode:<8}  {s.speaker or '(unknown)':<28}  {s.cue:<14}  {quote}")
    if not shown:
        print("no suggestions")

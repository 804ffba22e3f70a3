"""One W3C JSON file per annotator and document, for teams that share plain files (a folder, a git repository).

Each file is `DIR/<annotator>/<title>-<hash of the text>.json`: the name depends on the document's text, not
on a project's ids, so every coder's export of the same article lands in the same name under their own
folder. The files are stable and diff-friendly: keys sorted, the collection's records indented, one
annotation per line, annotations in reading order; exporting again without changes writes the same bytes.
`merge` reads such a folder back (annotations/merging.py).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

from ..errors import StandpointError
from ..safe_files import publish, temporary_beside
from ..store import Store
from .context import build_context
from .w3c import collection

NO_ANNOTATOR = "unknown"  # the folder of statements that name no annotator
_ITEMS = "\x00items\x00"


def slug(text: str, limit: int = 60) -> str:
    """A file name part from any text: letters, digits, - and _ kept (any script), the rest made -."""
    made = re.sub(r"[^\w-]+", "-", text, flags=re.UNICODE).strip("-_.")
    return made[:limit].rstrip("-_.") or "untitled"


def file_name(annotator: str, title: str, text: str) -> Path:
    """Where an annotator's statements on a document go, relative to the folder."""
    digest = hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
    return Path(slug(annotator or NO_ANNOTATOR)) / f"{slug(title)}-{digest}.json"


def stable_json(head: dict, items: list[str]) -> str:
    """The collection with sorted keys, its records indented and one annotation (sorted keys too) per line."""
    head = json.loads(json.dumps(head))
    head["first"]["items"] = _ITEMS
    text = json.dumps(head, ensure_ascii=False, sort_keys=True, indent=1)
    lines = [json.dumps(json.loads(item), ensure_ascii=False, sort_keys=True) for item in items]
    marker = json.dumps(_ITEMS)
    return text.replace(marker, "[\n" + ",\n".join(lines) + "\n  ]" if lines else "[]", 1) + "\n"


def export_per_annotator(store: Store, folder: str | Path, document_ids: list[int] | None = None,
                         annotators: Iterable[str] | None = None) -> list[Path]:  # fmt: skip
    """Write one W3C JSON file per annotator (of those given, all by default) and document (likewise) under
    `folder`; returns the files written. Each file holds the annotator's statements and what they need (the
    document's text, the stance scheme, the speakers and targets they use).

    In a shared folder each coder writes only their own work (`annotators=[name]`): a colleague's statements
    merged into this project are theirs to write."""
    wanted = None if annotators is None else set(annotators)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise StandpointError(f"{folder} is a file, not a folder: choose a folder for the per-annotator export.")
    written = []
    ctx = build_context(store, document_ids)
    everything = ctx.statements
    for doc in ctx.documents:
        by_annotator: dict[str, list] = {}
        for st in everything[doc.id]:
            by_annotator.setdefault(st.annotator, []).append(st)
        for annotator, statements in sorted(by_annotator.items()):
            if wanted is not None and annotator not in wanted:
                continue
            ctx.documents, ctx.statements = [doc], {doc.id: statements}
            head, items = collection(ctx)
            used_speakers = {ctx.speakers[s.speaker_id].name for s in statements if s.speaker_id in ctx.speakers}
            used_targets = {ctx.targets[s.target_id].name for s in statements if s.target_id in ctx.targets}
            head["standpoint:speakers"] = [r for r in head["standpoint:speakers"] if r["name"] in used_speakers]
            head["standpoint:targets"] = [t for t in head["standpoint:targets"] if t in used_targets]
            head["label"] = f"{doc.title} ({annotator or NO_ANNOTATOR})"
            path = folder / file_name(annotator, doc.title, doc.text)
            path.parent.mkdir(parents=True, exist_ok=True)
            _write(path, stable_json(head, items))
            written.append(path)
    return written


def _write(path: Path, text: str) -> None:
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return  # unchanged: the file's time stays, which sync tools and git status respect
    tmp = temporary_beside(path)
    try:
        tmp.write_text(text, encoding="utf-8", newline="")
        publish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

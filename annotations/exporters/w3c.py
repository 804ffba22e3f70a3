"""W3C Web Annotation Data Model (JSON-LD): one Annotation per statement in an AnnotationCollection.

Each annotation targets its document through a TextQuoteSelector and a TextPositionSelector (code
points, as the model requires). Speaker, stance, target and note are bodies with the purposes
identifying, classifying, tagging and commenting. What the model has no term for (mode, cue,
status, the documents' text) sits under the `standpoint:` prefix, which W3C consumers ignore and
Standpoint reads back, so an export imports again without loss.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import TextIO

from ..model import Document, Statement
from ..store import Store
from .context import ExportContext

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
NS = "urn:standpoint:"
CONTEXT = [ANNO_CONTEXT, {"standpoint": NS}]
PURPOSE = {"speaker": "identifying", "stance": "classifying", "target": "tagging", "note": "commenting"}


def project_uuid(store: Store) -> uuid.UUID:
    """A stable identity for the project (given when it is first opened), so ids stay the same across exports."""
    value = store.setting("project_uuid")
    try:
        return uuid.UUID(value)
    except ValueError:
        # A project only ever opened read-only has none yet: derive one from what it already holds.
        first = store.db.execute("SELECT min(created) FROM documents").fetchone()[0] or ""
        return uuid.uuid5(uuid.NAMESPACE_URL, f"standpoint:{store.path.name}:{first}")


def name_uuid(project: uuid.UUID, name: str) -> str:
    """uuid.uuid5(project, name) as a string, without building UUID objects: a third of a
    100k-statement export went into them."""
    digest = bytearray(hashlib.sha1(project.bytes + name.encode(), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def document_iri(project: uuid.UUID, doc: Document | int) -> str:
    """A document's id in exports: its own, never its source URL, which two documents may share."""
    doc_id = doc if isinstance(doc, int) else doc.id
    return f"urn:uuid:{name_uuid(project, f'document/{doc_id}')}"


def statement_iri(project: uuid.UUID, st: Statement) -> str:
    """The statement's stable IRI: a name-based UUID from the project and the statement id."""
    return f"urn:uuid:{name_uuid(project, f'statement/{st.id}')}"


# Strings as JSON (quotes and escapes, non-ASCII kept): the C function json.dumps uses inside.
_string = json.encoder.encode_basestring
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _body(kind: str, value: str, extra: dict | None = None) -> dict:
    body = {"type": "TextualBody", "purpose": PURPOSE[kind], "value": value}
    if kind == "note":
        body["format"] = "text/markdown"
    body.update(extra or {})
    return body


class _Bodies:
    """The JSON of a statement's bodies. A few speakers, stances and targets recur across thousands
    of statements, so each combination is built and encoded once."""

    def __init__(self, ctx: ExportContext) -> None:
        self.ctx = ctx
        self.cache: dict[tuple, tuple[list[dict], str]] = {}

    def of(self, st: Statement) -> str:
        key = (st.speaker_id, st.stance_id, st.target_id)
        cached = self.cache.get(key)
        if cached is None:
            tags = self._tags(st)
            # An untagged statement is still a marked statement; a body with a purpose says so.
            alone = tags if tags else [{"type": "TextualBody", "purpose": "highlighting", "value": "statement"}]
            cached = self.cache[key] = (tags, _encode(alone if len(alone) > 1 else alone[0]))
        tags, encoded = cached
        if not st.note:
            return encoded
        bodies = [*tags, _body("note", st.note)]
        return _encode(bodies if len(bodies) > 1 else bodies[0])

    def _tags(self, st: Statement) -> list[dict]:
        ctx, bodies = self.ctx, []
        if st.speaker_id in ctx.speakers:
            sp = ctx.speakers[st.speaker_id]
            bodies.append(_body("speaker", sp.name, {"standpoint:aliases": list(sp.aliases)} if sp.aliases else None))
        if st.stance_id in ctx.stances:
            stance = ctx.stances[st.stance_id]
            bodies.append(_body("stance", stance.label, {"standpoint:colour": stance.colour}))
        if st.target_id in ctx.targets:
            bodies.append(_body("target", ctx.targets[st.target_id].name))
        return bodies


def annotation(ctx: ExportContext, project: uuid.UUID, source: str, st: Statement, bodies: _Bodies) -> str:
    """One statement as an Annotation (one line of JSON) on the document whose IRI is `source`.

    Written as a template with each string escaped by json's C encoder: building a dict per
    statement and encoding it took most of a 100k-statement export. The tests parse every export
    and run it through the W3C suite, which keeps this honest."""
    extras = ""
    if st.annotator:
        extras += f', "creator": {{"type": "Person", "name": {_string(st.annotator)}}}'
    if st.mode:
        extras += f', "standpoint:mode": {_string(st.mode)}'
    if st.cue:
        extras += f', "standpoint:cue": {_string(st.cue)}'
    if st.status and st.status != "confirmed":
        extras += f', "standpoint:status": {_string(st.status)}'
    motivation = "classifying" if st.stance_id in ctx.stances else "highlighting"
    return (
        f'{{"id": "{statement_iri(project, st)}", "type": "Annotation", "motivation": "{motivation}", '
        f'"created": {_string(st.created)}, "modified": {_string(st.updated)}, '
        f'"target": {{"type": "SpecificResource", "source": {source}, "selector": ['
        f'{{"type": "TextQuoteSelector", "exact": {_string(st.quote)}, "prefix": {_string(st.prefix)}, '
        f'"suffix": {_string(st.suffix)}}}, '
        f'{{"type": "TextPositionSelector", "start": {st.start:d}, "end": {st.end:d}}}]}}, '
        f'"body": {bodies.of(st)}{extras}}}'
    )


def _document_record(project: uuid.UUID, doc: Document) -> dict:
    record = {"id": document_iri(project, doc), "title": doc.title, "text": doc.text, "format": doc.format,
              "blocks": [[b.kind, b.start, b.end, b.level] for b in doc.blocks]}  # fmt: skip
    for key in ("author", "outlet", "published", "language", "source"):
        if getattr(doc, key):
            record[key] = getattr(doc, key)
    return record


def collection(ctx: ExportContext) -> tuple[dict, list[str]]:
    """The AnnotationCollection without its items, and the items as lines of JSON."""
    project = project_uuid(ctx.store)
    items, bodies = [], _Bodies(ctx)
    for doc in ctx.documents:
        source = _string(document_iri(project, doc))
        for st in ctx.statements[doc.id]:
            items.append(annotation(ctx, project, source, st, bodies))
            if not ctx.tick():
                break
    ids = ",".join(str(d.id) for d in ctx.documents)
    head = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{name_uuid(project, 'collection/' + ids)}",
        "type": "AnnotationCollection",
        "label": ctx.documents[0].title if len(ctx.documents) == 1 else ctx.store.path.stem,
        "total": len(items),
        "standpoint:documents": [_document_record(project, d) for d in ctx.documents],
        "standpoint:stances": [{"label": s.label, "colour": s.colour, "key": s.key, "description": s.description}
                               for s in ctx.stances.values()],  # fmt: skip
        "first": {"id": f"urn:uuid:{name_uuid(project, 'page/' + ids)}", "type": "AnnotationPage", "startIndex": 0},
    }
    return head, items


def write(ctx: ExportContext, out: TextIO) -> None:
    """Write a W3C Web Annotation collection (JSON-LD)."""
    # One annotation per line: readable in an editor and quick to write (indent= would switch json
    # to its pure-Python encoder, several times slower).
    data, items = collection(ctx)
    head = _encode(data)
    page_end = head.rindex("}", 0, head.rindex("}"))  # the end of "first", the page object
    out.write(head[:page_end] + ', "items": [\n')
    out.write(",\n".join(items))
    out.write("\n]" + head[page_end:] + "\n")

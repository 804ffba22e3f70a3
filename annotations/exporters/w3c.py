"""W3C Web Annotation Data Model (JSON-LD): one Annotation per statement in an AnnotationCollection.

Each annotation targets its document through a TextQuoteSelector and a TextPositionSelector (code
points, as the model requires) over the document's text, which the export carries: the
`standpoint:documents` record whose id the target's source names holds it exactly as annotated (LF
line ends, no byte-order mark), and the file it came from is named as its `origin`, never as what
positions count over. Speaker and target are tagging bodies told apart by `standpoint:role`, the
stance a classifying body, the note a commenting one; the annotator is the `creator`.

What the model has no term for sits under the `standpoint:` prefix, which W3C consumers ignore and
Standpoint reads back: mode, cue, status per annotation; the documents, the stance scheme, and the
speakers and targets (with those no statement uses) on the collection. Statements and documents
that came from another file keep the id they had there, so an export imported elsewhere and
exported again is the same file.
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
PURPOSE = {"speaker": "tagging", "stance": "classifying", "target": "tagging", "note": "commenting"}
# A speaker is not what the target is (purpose identifying, as files before this layout had it) but
# who says it: a tag with a role, which other tools show as a tag and Standpoint reads as the speaker.
ROLE = {"speaker": {"standpoint:role": "speaker"}}
POSITIONS = ("start and end of every TextPositionSelector count Unicode code points (end exclusive) in the text of"
             " the standpoint:documents record its target's source names: the text as annotated, with LF line ends"
             " and no byte-order mark. The file or page a document came from (its origin) may differ from it:"
             " other line ends, a byte-order mark, markup.")  # fmt: skip


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


def imported_iris(store: Store, kind: str) -> dict[int, str]:
    """{local id: IRI} of the records of a kind ("document", "statement") that came from another file.

    An annotation keeps its id wherever it goes; the first IRI a record was known by wins.
    """
    rows = store.db.execute("SELECT local_id, iri FROM external_ids WHERE kind = ? ORDER BY rowid DESC", (kind,))
    return dict(rows.fetchall())


# Strings as JSON (quotes and escapes, non-ASCII kept): the C function json.dumps uses inside.
_string = json.encoder.encode_basestring
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _body(kind: str, value: str, extra: dict | None = None) -> dict:
    body = {"type": "TextualBody", "purpose": PURPOSE[kind], "value": value, **ROLE.get(kind, {})}
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
            bodies.append(_body("speaker", ctx.speakers[st.speaker_id].name))
        if st.stance_id in ctx.stances:
            stance = ctx.stances[st.stance_id]
            bodies.append(_body("stance", stance.label, {"standpoint:colour": stance.colour}))
        if st.target_id in ctx.targets:
            bodies.append(_body("target", ctx.targets[st.target_id].name))
        return bodies


def annotation(iri: str, source: str, st: Statement, bodies: _Bodies) -> str:
    """One statement as an Annotation (one line of JSON) with this IRI, on the document whose IRI is `source`.

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
    if st.status != "confirmed":
        extras += f', "standpoint:status": {_string(st.status)}'
    motivation = "classifying" if st.stance_id in bodies.ctx.stances else "highlighting"
    return (
        f'{{"id": {_string(iri)}, "type": "Annotation", "motivation": "{motivation}", '
        f'"created": {_string(st.created)}, "modified": {_string(st.updated)}, '
        f'"target": {{"type": "SpecificResource", "source": {source}, "selector": ['
        f'{{"type": "TextQuoteSelector", "exact": {_string(st.quote)}, "prefix": {_string(st.prefix)}, '
        f'"suffix": {_string(st.suffix)}}}, '
        f'{{"type": "TextPositionSelector", "start": {st.start:d}, "end": {st.end:d}}}]}}, '
        f'"body": {bodies.of(st)}{extras}}}'
    )


def _document_record(iri: str, doc: Document) -> dict:
    record = {"id": iri, "title": doc.title, "text": doc.text, "format": doc.format,
              "blocks": [[b.kind, b.start, b.end, b.level] for b in doc.blocks],
              "created": doc.created, "modified": doc.updated}  # fmt: skip
    for key in ("author", "outlet", "published", "language"):
        if getattr(doc, key):
            record[key] = getattr(doc, key)
    if doc.source:
        # Not "source": in JSON-LD that is oa:hasSource, which would say positions count over that file.
        record["origin"] = doc.source
    return record


def _unused(store: Store, table: str, column: str) -> set[int]:
    """Ids of the speakers or targets no statement of the project uses."""
    return {r[0] for r in store.db.execute(f"SELECT id FROM {table} WHERE id NOT IN"
                                           f" (SELECT {column} FROM statements WHERE {column} IS NOT NULL)")}  # fmt: skip


def _vocabulary(ctx: ExportContext) -> dict:
    """The project-level records: the whole stance scheme in its order, and the speakers and targets the
    exported statements use or no statement uses (those of other documents stay out of a partial export)."""
    speakers = {st.speaker_id for sts in ctx.statements.values() for st in sts}
    speakers |= _unused(ctx.store, "speakers", "speaker_id")
    targets = {st.target_id for sts in ctx.statements.values() for st in sts}
    targets |= _unused(ctx.store, "targets", "target_id")
    return {
        "standpoint:stances": [{"label": s.label, "colour": s.colour, "key": s.key, "position": n,
                                "description": s.description} for n, s in enumerate(ctx.stances.values())],
        "standpoint:speakers": [{"name": sp.name, "aliases": list(sp.aliases), "description": sp.description,
                                 "colour": sp.colour} for sp in ctx.speakers.values() if sp.id in speakers],
        "standpoint:targets": [t.name for t in ctx.targets.values() if t.id in targets],
    }  # fmt: skip


def collection(ctx: ExportContext) -> tuple[dict, list[str]]:
    """The AnnotationCollection without its items, and the items as lines of JSON."""
    project = project_uuid(ctx.store)
    documents, statements = imported_iris(ctx.store, "document"), imported_iris(ctx.store, "statement")
    items, bodies = [], _Bodies(ctx)
    doc_iris = [documents.get(d.id) or document_iri(project, d) for d in ctx.documents]
    seen: set[str] = set()
    for doc, doc_iri in zip(ctx.documents, doc_iris):
        source = _string(doc_iri)
        for st in ctx.statements[doc.id]:
            iri = statements.get(st.id) or statement_iri(project, st)
            if statements:
                # SQLite gives a deleted statement's id to the next one, and with it its own IRI, which an
                # imported statement may already carry: one of them takes another, so ids stay unique.
                if iri in seen:
                    iri = f"urn:uuid:{name_uuid(project, f'statement/{st.id}/{len(seen)}')}"
                seen.add(iri)
            items.append(annotation(iri, source, st, bodies))
            if not ctx.tick():
                break
    # Named after the documents' ids, not the project's: the same documents are the same collection in any project.
    ids = ",".join(doc_iris)
    head = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{name_uuid(uuid.NAMESPACE_URL, 'collection/' + ids)}",
        "type": "AnnotationCollection",
        "label": ctx.documents[0].title if len(ctx.documents) == 1 else ctx.store.path.stem,
        "total": len(items),
        "standpoint:positions": POSITIONS,
        "standpoint:documents": [_document_record(iri, d) for iri, d in zip(doc_iris, ctx.documents)],
        **_vocabulary(ctx),
        "first": {"id": f"urn:uuid:{name_uuid(uuid.NAMESPACE_URL, 'page/' + ids)}", "type": "AnnotationPage",
                  "startIndex": 0},
    }  # fmt: skip
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

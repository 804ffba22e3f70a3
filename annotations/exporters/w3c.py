"""W3C Web Annotation Data Model (JSON-LD): one Annotation per statement in an AnnotationCollection.

Each annotation targets its document through a TextQuoteSelector and a TextPositionSelector (code
points, as the model requires). Speaker, stance, target and note are bodies with the purposes
identifying, classifying, tagging and commenting. What the model has no term for (mode, cue,
status, the documents' text) sits under the `standpoint:` prefix, which W3C consumers ignore and
Standpoint reads back, so an export imports again without loss.
"""

from __future__ import annotations

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
    """A stable identity for the project, so ids stay the same across exports."""
    value = store.setting("project_uuid")
    if value:
        return uuid.UUID(value)
    if store.read_only:  # cannot remember one: derive it from what the project already holds
        first = store.db.execute("SELECT min(created) FROM documents").fetchone()[0] or ""
        return uuid.uuid5(uuid.NAMESPACE_URL, f"standpoint:{store.path.name}:{first}")
    value = str(uuid.uuid4())
    store.set_setting("project_uuid", value)
    return uuid.UUID(value)


def document_iri(project: uuid.UUID, doc: Document) -> str:
    if doc.source.startswith(("http://", "https://")):
        return doc.source
    return f"urn:uuid:{uuid.uuid5(project, f'document/{doc.id}')}"


def statement_iri(project: uuid.UUID, st: Statement) -> str:
    return f"urn:uuid:{uuid.uuid5(project, f'statement/{st.id}')}"


def _body(kind: str, value: str, extra: dict | None = None) -> dict:
    body = {"type": "TextualBody", "purpose": PURPOSE[kind], "value": value}
    if kind == "note":
        body["format"] = "text/markdown"
    body.update(extra or {})
    return body


def annotation(ctx: ExportContext, project: uuid.UUID, doc: Document, st: Statement) -> dict:
    bodies = []
    if st.speaker_id in ctx.speakers:
        sp = ctx.speakers[st.speaker_id]
        bodies.append(_body("speaker", sp.name, {"standpoint:aliases": list(sp.aliases)} if sp.aliases else None))
    if st.stance_id in ctx.stances:
        stance = ctx.stances[st.stance_id]
        bodies.append(_body("stance", stance.label, {"standpoint:colour": stance.colour}))
    if st.target_id in ctx.targets:
        bodies.append(_body("target", ctx.targets[st.target_id].name))
    if st.note:
        bodies.append(_body("note", st.note))
    anno: dict = {
        "id": statement_iri(project, st),
        "type": "Annotation",
        "motivation": "classifying" if st.stance_id in ctx.stances else "highlighting",
        "created": st.created,
        "modified": st.updated,
        "target": {
            "type": "SpecificResource",
            "source": document_iri(project, doc),
            "selector": [
                {"type": "TextQuoteSelector", "exact": st.quote, "prefix": st.prefix, "suffix": st.suffix},
                {"type": "TextPositionSelector", "start": st.start, "end": st.end},
            ],
        },
    }
    if not bodies:
        # An untagged statement is still a marked statement; a body with a purpose says so.
        bodies.append({"type": "TextualBody", "purpose": "highlighting", "value": "statement"})
    anno["body"] = bodies if len(bodies) > 1 else bodies[0]
    if st.annotator:
        anno["creator"] = {"type": "Person", "name": st.annotator}
    extras = {"mode": st.mode, "cue": st.cue, "status": st.status if st.status != "confirmed" else ""}
    for key, value in extras.items():
        if value:
            anno[f"standpoint:{key}"] = value
    return anno


def _document_record(project: uuid.UUID, doc: Document) -> dict:
    record = {"id": document_iri(project, doc), "title": doc.title, "text": doc.text, "format": doc.format,
              "blocks": [[b.kind, b.start, b.end, b.level] for b in doc.blocks]}  # fmt: skip
    for key in ("author", "outlet", "published", "language", "source"):
        if getattr(doc, key):
            record[key] = getattr(doc, key)
    return record


def collection(ctx: ExportContext) -> dict:
    project = project_uuid(ctx.store)
    items = []
    for doc in ctx.documents:
        for st in ctx.statements[doc.id]:
            items.append(annotation(ctx, project, doc, st))
            if not ctx.tick():
                break
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid5(project, 'collection/' + ','.join(str(d.id) for d in ctx.documents))}",
        "type": "AnnotationCollection",
        "label": ctx.documents[0].title if len(ctx.documents) == 1 else ctx.store.path.stem,
        "total": len(items),
        "standpoint:documents": [_document_record(project, d) for d in ctx.documents],
        "standpoint:stances": [{"label": s.label, "colour": s.colour, "key": s.key, "description": s.description}
                               for s in ctx.stances.values()],  # fmt: skip
        "first": {"id": f"urn:uuid:{uuid.uuid5(project, 'page/' + ','.join(str(d.id) for d in ctx.documents))}",
                  "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write(ctx: ExportContext, out: TextIO) -> None:
    # One annotation per line: readable in an editor, and each line goes through json's C encoder
    # (indent= would switch json to its pure-Python encoder, several times slower).
    data = collection(ctx)
    items = data["first"].pop("items")
    head = json.dumps(data, ensure_ascii=False)
    page_end = head.rindex("}", 0, head.rindex("}"))  # the end of "first", the page object
    out.write(head[:page_end] + ', "items": [\n')
    out.write(",\n".join(json.dumps(item, ensure_ascii=False) for item in items))
    out.write("\n]" + head[page_end:] + "\n")

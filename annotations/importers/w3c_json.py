"""Reading W3C Web Annotation JSON(-LD) back: Standpoint's own exports and other tools' annotations.

Every annotation is checked against its document before anything is stored: a position out of
range or a quote that does not match is re-anchored by its quote when that finds it, and rejected
with a message when it does not. Nothing broken is ever stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..anchoring import QuoteSelector, reanchor
from ..errors import ImportFailed
from ..model import Block, Document
from ..store import Store

KNOWN_KEYS = {"@context", "id", "type", "motivation", "created", "modified", "target", "body", "creator",
              "generator", "generated", "bodyValue", "audience", "rights", "canonical", "via", "label"}  # fmt: skip
PURPOSES = {"identifying": "speaker", "classifying": "stance", "tagging": "target", "commenting": "note"}
STANDPOINT = "standpoint:"
IMPORTED_IRIS = "w3c_imported_document_iris"


@dataclass
class ImportReport:
    created: list[int] = field(default_factory=list)
    reanchored: list[int] = field(default_factory=list)
    duplicates: int = 0
    documents: list[int] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(self.created)} statements imported"]
        if self.documents:
            parts.append(f"{len(self.documents)} documents added")
        if self.reanchored:
            parts.append(f"{len(self.reanchored)} found again by their quote")
        if self.duplicates:
            parts.append(f"{self.duplicates} already present")
        if self.rejected:
            parts.append(f"{len(self.rejected)} rejected")
        return ", ".join(parts) + "."


def _load(path: Path) -> object:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path.name} could not be read: {exc.strerror or exc}.") from None
    try:
        if path.suffix.lower() == ".jsonl":
            return [json.loads(line) for line in raw.decode("utf-8-sig").splitlines() if line.strip()]
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFailed(f"{path.name} is not valid JSON: {exc}.") from None


def _annotations(data: object) -> tuple[list, dict]:
    """The annotations in a file, and the Standpoint extras of its collection (if any)."""
    if isinstance(data, list):
        return data, {}
    if not isinstance(data, dict):
        raise ImportFailed("The file holds no Web Annotations (expected an object or a list).")
    kind = data.get("type")
    if kind == "AnnotationCollection":
        first = data.get("first")
        items = first.get("items", []) if isinstance(first, dict) else data.get("items", [])
        return items, data
    if kind == "AnnotationPage":
        return data.get("items", []), data
    if kind == "Annotation" or "target" in data:
        return [data], {}
    raise ImportFailed(f"The file holds a “{kind}”, not Web Annotations.")


def _selectors(target: object) -> tuple[str | None, QuoteSelector | None, tuple[int, int] | None]:
    if isinstance(target, list):
        target = target[0] if target else None
    if isinstance(target, str):
        return target, None, None
    if not isinstance(target, dict):
        return None, None, None
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = position = None
    for sel in selectors:
        if not isinstance(sel, dict):
            continue
        if sel.get("type") == "TextQuoteSelector" and isinstance(sel.get("exact"), str):
            quote = QuoteSelector(sel["exact"], str(sel.get("prefix", "")), str(sel.get("suffix", "")))
        if sel.get("type") == "TextPositionSelector":
            start, end = sel.get("start"), sel.get("end")
            if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool):
                position = (start, end)
    return target.get("source"), quote, position


class _Importer:
    def __init__(self, store: Store, extras: dict, report: ImportReport):
        from ..exporters.w3c import document_iri, project_uuid

        self.store, self.report = store, report
        project = project_uuid(store)
        self.by_iri: dict[str, Document] = {}
        for doc_id in store.document_ids():
            doc = store.document(doc_id)
            self.by_iri[document_iri(project, doc)] = doc
            if doc.source:
                self.by_iri.setdefault(doc.source, doc)
        # Documents made by an earlier import keep the identity they had in the file they came from.
        self.imported = json.loads(store.setting(IMPORTED_IRIS, "{}"))
        for iri, doc_id in self.imported.items():
            if doc_id in store.document_ids():
                self.by_iri.setdefault(iri, store.document(doc_id))
        self.records = {r.get("id"): r for r in extras.get(STANDPOINT + "documents", []) if isinstance(r, dict)}
        for st in extras.get(STANDPOINT + "stances", []):
            if isinstance(st, dict) and st.get("label") and not store.find_stance(st["label"]):
                store.add_stance(st["label"], st.get("colour", "#808080"), description=st.get("description", ""))

    def document(self, iri: str | None) -> Document | None:
        if iri in self.by_iri:
            return self.by_iri[iri]
        record = self.records.get(iri)
        if record is None or not isinstance(record.get("text"), str):
            return None
        blocks = [Block(k, s, e, lv) for k, s, e, lv in record.get("blocks", []) if 0 <= s <= e <= len(record["text"])]
        meta = {k: str(record[k]) for k in ("author", "outlet", "published", "language", "source") if record.get(k)}
        doc = self.store.add_document(str(record.get("title", "Imported document")), record["text"], blocks,
                                      format=str(record.get("format", "txt")), **meta)  # fmt: skip
        self.by_iri[iri] = doc
        self.imported[iri] = doc.id
        self.store.set_setting(IMPORTED_IRIS, json.dumps(self.imported))
        self.report.documents.append(doc.id)
        return doc

    def one(self, n: int, anno: object) -> None:
        label = f"Annotation {n + 1}"
        if not isinstance(anno, dict):
            self.report.rejected.append(f"{label}: not an object.")
            return
        label = f"Annotation {n + 1} ({anno.get('id', 'no id')})"
        unknown = sorted(k for k in anno if k not in KNOWN_KEYS and not k.startswith(STANDPOINT))
        if unknown:
            self.report.warnings.append(f"{label}: ignored unknown fields {', '.join(unknown)}.")
        iri, quote, position = _selectors(anno.get("target"))
        doc = self.document(iri)
        if doc is None:
            self.report.rejected.append(f"{label}: its document ({iri}) is not in the project or the file.")
            return
        if quote is None and position is None:
            self.report.rejected.append(f"{label}: no TextQuoteSelector or TextPositionSelector to place it.")
            return
        span, moved = self._place(doc, quote, position)
        if span is None:
            self.report.rejected.append(f"{label}: its quote cannot be found in “{doc.title}”"
                                        + (f" and {position[0]}-{position[1]} does not match it." if position else "."))
            return
        fields = self._bodies(label, anno.get("body", []))
        if self._exists(doc.id, span, fields):
            self.report.duplicates += 1
            return
        st = self.store.add_statement(doc.id, *span, mode=_mode(anno), cue=str(anno.get(STANDPOINT + "cue", "")),
                                      **fields)  # fmt: skip
        self.report.created.append(st.id)
        if moved:
            self.report.reanchored.append(st.id)

    def _place(self, doc: Document, quote: QuoteSelector | None, position) -> tuple[tuple[int, int] | None, bool]:
        text = doc.text
        if position is not None and 0 <= position[0] < position[1] <= len(text):
            if quote is None or text[position[0] : position[1]] == quote.exact:
                return position, False
        if quote is not None:
            anchor = reanchor(text, quote, hint=position[0] if position else None)
            if anchor is not None and anchor.exact:
                return (anchor.start, anchor.end), True
        return None, False

    def _bodies(self, label: str, bodies: object) -> dict:
        fields: dict = {}
        for body in bodies if isinstance(bodies, list) else [bodies]:
            if not isinstance(body, dict) or not isinstance(body.get("value"), str):
                continue
            purposes = body.get("purpose", [])
            purposes = purposes if isinstance(purposes, list) else [purposes]
            kind = next((PURPOSES[p] for p in purposes if p in PURPOSES), None)
            value = body["value"]
            if kind == "speaker" and value.strip():
                speaker = self.store.find_speaker(value) or self.store.add_speaker(
                    value, aliases=[a for a in body.get(STANDPOINT + "aliases", []) if isinstance(a, str)])
                fields["speaker_id"] = speaker.id
            elif kind == "stance" and value.strip():
                stance = self.store.find_stance(value) or self.store.add_stance(
                    value, str(body.get(STANDPOINT + "colour", "#808080")))
                fields["stance_id"] = stance.id
            elif kind == "target" and value.strip():
                fields["target_id"] = self.store.target_named(value).id
            elif kind == "note":
                fields["note"] = value
            elif "highlighting" not in purposes:
                self.report.warnings.append(f"{label}: ignored a body with purpose {purposes or 'none'}.")
        return fields

    def _exists(self, document_id: int, span: tuple[int, int], fields: dict) -> bool:
        for st in self.store.statements_at(document_id, span[0]):
            if (st.start, st.end) == span and all(getattr(st, k) == v for k, v in fields.items()):
                return True
        return False


def _mode(anno: dict) -> str:
    from ..model import MODES

    mode = anno.get(STANDPOINT + "mode", "")
    return mode if mode in MODES else ""


def import_annotations(store: Store, path: str | Path) -> ImportReport:
    """Import a W3C Web Annotation file into a project, all in one transaction."""
    path = Path(path)
    items, extras = _annotations(_load(path))
    report = ImportReport()
    with store.writing():
        importer = _Importer(store, extras, report)
        for n, anno in enumerate(items):
            importer.one(n, anno)
    return report

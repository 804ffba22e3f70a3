"""Reading W3C Web Annotation JSON(-LD) back: Standpoint's own exports and other tools' annotations.

Reading a file (`read_annotation_file`) and adding it to a project (`add_annotations`) are apart:
the first may take a while and touches no project, the second runs inside the caller's operation.

Identity: a document is recognised by its IRI (ours, or one an earlier import remembered) or by
an identical text, never by its title or source URL (two articles may share a URL). An annotation
is recognised by its id (the statement it was exported from, or one an earlier import made from
it), else by an identical span and tags. What is recognised is not added again; one whose content
differs from the project's statement is reported and left as the project has it. What the file
adds keeps what the file says of it: annotator (`creator`), status, created and modified times.

The project-level records of a Standpoint export come first. The stance scheme: a project that still
has the default scheme and no statement takes the file's exactly (order, keys, colours,
descriptions, deleted stances); any other keeps its own, and stances it lacks are added (with their
key when no stance of the project has it), but a default stance it lacks (its user deleted it) only
when a statement of the file takes it. Speakers and targets the project lacks are added,
those no statement uses included; a speaker it has is left as it is.

Older exports (speaker bodies with purpose `identifying`, documents with `source`) read as before.

Every annotation is checked against its document before anything is stored: a position out of
range or a quote that does not match is re-anchored by its quote when that finds it, and rejected
with a message when it does not. Nothing broken is ever stored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..anchoring import QuoteSelector, reanchor
from ..errors import ImportFailed
from ..model import DEFAULT_STANCES, MODES, Block, Document, Statement
from ..store import Store
from ..store.names import colour_or
from ..wording import import_summary
from .text import normalise_newlines

KNOWN_KEYS = {"@context", "id", "type", "motivation", "created", "modified", "target", "body", "creator",
              "generator", "generated", "bodyValue", "audience", "rights", "canonical", "via", "label"}  # fmt: skip
PURPOSES = {"identifying": "speaker", "classifying": "stance", "tagging": "target", "commenting": "note"}
ROLES = ("speaker", "stance", "target")  # standpoint:role of a body; without one, its purpose says (PURPOSES)
STANDPOINT = "standpoint:"
SUFFIXES = (".json", ".jsonld", ".jsonl")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)")


@dataclass
class ImportReport:
    """What importing a W3C annotation file did: statements added or found again, duplicates, differences, rejected."""

    created: list[int] = field(default_factory=list)
    reanchored: list[int] = field(default_factory=list)
    duplicates: int = 0  # already in the project as they are in the file
    changed: list[str] = field(default_factory=list)  # in the project, but different there: left as they are
    documents: list[int] = field(default_factory=list)  # documents added from the file
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the user: counts of what was imported, found again, already there or rejected."""
        return import_summary(len(self.created), len(self.documents), found_again=len(self.reanchored),
                              duplicates=self.duplicates, changed=len(self.changed), rejected=len(self.rejected))


@dataclass
class AnnotationFile:
    """The annotations of one file, read and checked as JSON, before any project is touched."""

    name: str
    items: list
    extras: dict
    warnings: list[str] = field(default_factory=list)


def read_annotation_file(path: str | Path) -> AnnotationFile:
    """Read a W3C JSON, JSON-LD or JSON Lines file; ImportFailed when it holds no annotations."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"{path.name} could not be read: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8-sig")
        if path.suffix.lower() == ".jsonl":
            data: object = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            data = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFailed(f"{path.name} is not valid JSON: {exc}.") from None
    warnings = []
    if "\\u" in text and re.search(r"\\u[dD][89a-fA-F]", text):
        data, broken = _mend_surrogates(data)
        if broken:
            warnings.append(f"{broken} broken characters (lone UTF-16 surrogates) were replaced with “\ufffd”.")
    items, extras = _annotations(path.name, data)
    return AnnotationFile(path.name, items, extras, warnings)


def _mend_surrogates(value: object) -> tuple[object, int]:
    """The same JSON value with every lone surrogate (which no project can store) made U+FFFD."""
    if isinstance(value, str):
        mended, n = _LONE_SURROGATE.subn("\ufffd", value)
        return mended, n
    if isinstance(value, list):
        pairs = [_mend_surrogates(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        out, total = {}, 0
        for k, v in value.items():
            (key, a), (val, b) = _mend_surrogates(k), _mend_surrogates(v)
            out[key] = val
            total += a + b
        return out, total
    return value, 0


def _annotations(name: str, data: object) -> tuple[list, dict]:
    """The annotations in a file, and the Standpoint extras of its collection (if any)."""
    if isinstance(data, list):
        return data, {}
    if not isinstance(data, dict):
        raise ImportFailed(f"{name} holds no Web Annotations (expected an object or a list).")
    kind = data.get("type")
    if kind == "AnnotationCollection":
        first = data.get("first")
        items = first.get("items", []) if isinstance(first, dict) else data.get("items", [])
        return items if isinstance(items, list) else [], data
    if kind == "AnnotationPage":
        items = data.get("items", [])
        return items if isinstance(items, list) else [], data
    if kind == "Annotation" or "target" in data:
        return [data], {}
    raise ImportFailed(f"{name} holds a “{kind}”, not Web Annotations.")


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
    source = target.get("source")
    return source if isinstance(source, str) else None, quote, position


class _Importer:
    def __init__(self, store: Store, extras: dict, report: ImportReport):
        from ..exporters.w3c import document_iri, project_uuid, statement_iri

        self.store, self.report = store, report
        self.project = project_uuid(store)
        self.statement_iri = statement_iri
        self.by_iri: dict[str, int] = {document_iri(self.project, d): d for d in store.document_ids()}
        self.own_statements: dict[int, dict[str, int]] = {}  # document id -> {our annotation IRI: statement id}
        # What this import made: found again by content only among what was there before, so two
        # identical statements (or documents) in the file stay two.
        self.new_documents: set[int] = set()
        self.new_statements: set[int] = set()
        # Read once per document, not once per annotation: a document's text may be megabytes, and its
        # statements a hundred thousand (finding one by its span must not scan them all each time).
        self.documents: dict[int, Document] = {}
        self.spans: dict[int, dict[tuple[int, int], list[Statement]]] = {}
        # Statements waiting to be added, all of one document, in the file's order: added in one statement
        # (Store.add_statements), as one per annotation made a 20,000-annotation file take a minute.
        self.pending: list[tuple[int, tuple[int, int], dict, object, bool]] = []
        self.pending_iris: set[str] = set()
        records = extras.get(STANDPOINT + "documents", [])
        self.records = {r.get("id"): r for r in records if isinstance(r, dict)} if isinstance(records, list) else {}
        # Default stances the project lacks (its user deleted them) that the file's scheme has: added only
        # when one of the file's statements takes one of them.
        self.held_back: dict[str, tuple[str, str, str, str]] = {}
        self._apply_scheme(extras.get(STANDPOINT + "stances"))
        self.stances = {s.label.casefold(): s.id for s in store.stances()}
        self.speaker_names: dict[str, int] = {}
        self.speaker_aliases: dict[str, int] = {}
        for sp in store.speakers():
            self._know_speaker(sp.id, sp.name, sp.aliases)
        self._add_speakers(extras.get(STANDPOINT + "speakers"))
        self.targets = {t.name: t.id for t in store.targets()}
        for name in _list(extras.get(STANDPOINT + "targets")):
            if isinstance(name, str) and name.strip():
                self._target(name)
        for iri in self.records:  # documents without statements come too, in the file's order
            if isinstance(iri, str):
                self.document(iri)

    # -- the project-level records -------------------------------------------------------------------

    def _apply_scheme(self, records: object) -> None:
        if not isinstance(records, list):
            return
        wanted: dict[str, tuple[str, str, str, str]] = {}  # casefolded label -> label, colour, key, description
        ordered = sorted(enumerate(records), key=lambda nr: _position(nr[1], nr[0]))
        for _, r in ordered:
            label = r.get("label") if isinstance(r, dict) else None
            if isinstance(label, str) and label.strip() and label.strip().casefold() not in wanted:
                wanted[label.strip().casefold()] = (label.strip(), colour_or(r.get("colour"), "#808080"),
                                                    _text(r.get("key")), _text(r.get("description")))  # fmt: skip
        if records and not wanted:
            return  # nothing usable in it; an empty list is a scheme with no stances
        store, current = self.store, self.store.stances()
        untouched = [(s.label, s.colour, s.key, s.description) for s in current] == list(DEFAULT_STANCES)
        if not (untouched and store.count_statements()[0] == 0):
            # The project's own scheme: nothing of it changes; what it lacks is added, without taking a key.
            defaults = {d[0].casefold() for d in DEFAULT_STANCES}
            for folded, stance in wanted.items():
                if store.find_stance(stance[0]) is None:
                    if folded in defaults:
                        self.held_back[folded] = stance
                    else:
                        self._add_stance(*stance)
            return
        # A new project: the scheme becomes the file's, deleted stances and all.
        for s in current:
            if s.label.casefold() not in wanted:
                store.delete_stance(s.id)
        for label, colour, key, description in wanted.values():
            have = store.find_stance(label)
            if have is None:
                store.add_stance(label, colour, key, description)
            elif (have.label, have.colour, have.key, have.description) != (label, colour, key, description):
                store.update_stance(have.id, label=label, colour=colour, key=key, description=description)
        by_label = {s.label.casefold(): s.id for s in store.stances()}
        order = [by_label[k] for k in wanted]
        if order != list(by_label.values()):
            store.reorder_stances(order)

    def _know_speaker(self, speaker_id: int, name: str, aliases: tuple[str, ...] | list[str]) -> None:
        self.speaker_names[name.casefold()] = speaker_id
        for alias in aliases:
            self.speaker_aliases.setdefault(alias.casefold(), speaker_id)

    def _speaker_id(self, name: str) -> int | None:
        """The speaker of this name, else the one known by it as an alias (a name beats an alias)."""
        wanted = name.strip().casefold()
        return self.speaker_names.get(wanted) or self.speaker_aliases.get(wanted)

    def _add_speakers(self, records: object) -> None:
        before = set(self.speaker_names) | set(self.speaker_aliases)
        added: list[tuple[int, list[str]]] = []
        for r in _list(records):
            name = r.get("name") if isinstance(r, dict) else None
            if not isinstance(name, str) or not name.strip() or self._speaker_id(name) is not None:
                continue
            colour = r.get("colour")
            sp = self.store.add_speaker(name, description=_text(r.get("description")),
                                        colour=colour_or(colour, "") or None)  # fmt: skip
            self._know_speaker(sp.id, sp.name, ())
            added.append((sp.id, [a for a in _list(r.get("aliases")) if isinstance(a, str)]))
        # Aliases once every name is in: one speaker's alias may be another's name, which add_speaker would
        # refuse; one naming a speaker the project had before is left out, as it would make names ambiguous.
        for speaker_id, aliases in added:
            kept = [a for a in aliases if a.strip().casefold() not in before]
            if kept:
                sp = self.store.update_speaker(speaker_id, aliases=kept)
                self._know_speaker(sp.id, sp.name, sp.aliases)

    def _speaker(self, name: str, aliases: object) -> int:
        found = self._speaker_id(name)
        if found is None:
            sp = self.store.add_speaker(name, aliases=[a for a in _list(aliases) if isinstance(a, str)])
            self._know_speaker(sp.id, sp.name, sp.aliases)
            found = sp.id
        return found

    def _add_stance(self, label: str, colour: str, key: str, description: str) -> int:
        taken = {s.key for s in self.store.stances()}
        return self.store.add_stance(label, colour, "" if key in taken else key, description).id

    def _stance(self, label: str, colour: object) -> int:
        folded = label.strip().casefold()
        found = self.stances.get(folded)
        if found is None:
            held = self.held_back.pop(folded, None)
            found = self.stances[folded] = (self._add_stance(*held) if held else
                                            self.store.add_stance(label, colour_or(colour, "#808080")).id)  # fmt: skip
        return found

    def _target(self, name: str) -> int:
        # By the exact name: the store tells target names apart as SQLite's NOCASE does (ASCII case only).
        found = self.targets.get(name)
        if found is None:
            found = self.targets[name] = self.store.find_or_add_target(name).id
        return found

    # -- documents and annotations -------------------------------------------------------------------

    def document(self, iri: str | None) -> Document | None:
        if iri is None:
            return None
        doc_id = self.by_iri.get(iri)
        if doc_id is None:
            doc_id = self.store.external_id(iri, "document")
        record = self.records.get(iri)
        if doc_id is None and record is not None and isinstance(record.get("text"), str):
            doc_id = self.store.document_with_text(record["text"])  # the same article, exported elsewhere
            if doc_id is None or doc_id in self.new_documents:
                doc_id = self._add_document(record)
            self.store.remember_external_id(iri, "document", doc_id)
        if doc_id is None:
            return None
        self.by_iri[iri] = doc_id
        doc = self.documents.get(doc_id)
        if doc is None:
            doc = self.documents[doc_id] = self.store.document(doc_id)
        return doc

    def _add_document(self, record: dict) -> int:
        text = normalise_newlines(record["text"])
        raw_blocks = record.get("blocks", [])
        blocks = [Block(str(b[0]), b[1], b[2], b[3]) for b in raw_blocks if isinstance(b, list) and len(b) == 4
                  and all(isinstance(x, int) for x in b[1:]) and 0 <= b[1] <= b[2] <= len(text)]  # fmt: skip
        meta = {k: str(record[k]) for k in ("author", "outlet", "published", "language") if record.get(k)}
        origin = record.get("origin", record.get("source"))  # "source" in files before the lossless layout
        if origin:
            meta["source"] = str(origin)
        title = record.get("title")
        doc = self.store.add_document(title if isinstance(title, str) else "Imported document", text, blocks,
                                      format=str(record.get("format", "txt")), created=_time(record.get("created")),
                                      updated=_time(record.get("modified")), **meta)  # fmt: skip
        self.report.documents.append(doc.id)
        self.new_documents.add(doc.id)
        return doc.id

    def known_statement(self, iri: object, doc: Document) -> Statement | None:
        """The statement an annotation id names: one of ours, or one an earlier import made from it."""
        if not isinstance(iri, str):
            return None
        if doc.id not in self.own_statements:
            self.own_statements[doc.id] = {self.statement_iri(self.project, st): st.id
                                           for st in self.store.statements(doc.id)}  # fmt: skip
        statement_id = self.own_statements[doc.id].get(iri) or self.store.external_id(iri, "statement")
        if statement_id is None:
            return None
        try:
            return self.store.statement(statement_id)
        except Exception:  # noqa: BLE001 - deleted since: the annotation is new again
            return None

    def one(self, n: int, anno: object) -> None:
        label = f"Annotation {n + 1}"
        if not isinstance(anno, dict):
            self.report.rejected.append(f"{label}: not an object.")
            return
        iri = anno.get("id")
        label = f"Annotation {n + 1} ({iri if isinstance(iri, str) else 'no id'})"
        unknown = sorted(k for k in anno if k not in KNOWN_KEYS and not k.startswith(STANDPOINT))
        if unknown:
            self.report.warnings.append(f"{label}: ignored unknown fields {', '.join(unknown)}.")
        source, quote, position = _selectors(anno.get("target"))
        doc = self.document(source)
        if doc is None:
            self.report.rejected.append(f"{label}: its document ({source}) is not in the project or the file.")
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
        status = anno.get(STANDPOINT + "status")
        fields.update(mode=_mode(anno), cue=str(anno.get(STANDPOINT + "cue", "")), annotator=_creator(anno),
                      status=status if isinstance(status, str) else "confirmed")  # fmt: skip
        if iri in self.pending_iris or (self.pending and self.pending[0][0] != doc.id):
            self.flush()  # an id the file repeats is compared with the statement it made; one document at a time
        known = self.known_statement(iri, doc)
        if known is not None:
            if (known.start, known.end) == span and all(getattr(known, k) == v for k, v in fields.items()):
                self.report.duplicates += 1
            else:
                self.report.changed.append(f"{label}: statement {known.id} “{_clip(known.quote)}” differs.")
            return
        if self._exists(doc.id, span, fields):
            self.report.duplicates += 1
            return
        created = _time(anno.get("created"))
        fields.update(created=created, updated=_time(anno.get("modified")) or created)
        remember = iri if isinstance(iri, str) and iri not in self.own_statements.get(doc.id, {}) else None
        self.pending.append((doc.id, span, fields, remember, moved))
        if isinstance(iri, str):
            self.pending_iris.add(iri)

    def flush(self) -> None:
        """Add the statements waiting, in the file's order, and remember the ids the file gave them."""
        if not self.pending:
            return
        pending, self.pending, self.pending_iris = self.pending, [], set()
        ids = self.store.add_statements(pending[0][0], [(a, b, fields) for _, (a, b), fields, _, _ in pending])
        self.store.remember_external_ids([(iri, "statement", i) for i, (_, _, _, iri, _) in zip(ids, pending)
                                          if isinstance(iri, str)])  # fmt: skip
        for statement_id, (_, _, _, _, moved) in zip(ids, pending):
            self.new_statements.add(statement_id)
            self.report.created.append(statement_id)
            if moved:
                self.report.reanchored.append(statement_id)

    def _place(self, doc: Document, quote: QuoteSelector | None, position) -> tuple[tuple[int, int] | None, bool]:
        text = doc.text
        fits = position is not None and 0 <= position[0] < position[1] <= len(text)
        if fits and (quote is None or text[position[0] : position[1]] == quote.exact):
            return position, False
        if quote is not None:
            anchor = reanchor(text, quote, hint=position[0] if position else None)
            if anchor is not None and anchor.exact:
                return (anchor.start, anchor.end), True
        return None, False

    def _bodies(self, label: str, bodies: object) -> dict:
        fields: dict = {"speaker_id": None, "stance_id": None, "target_id": None, "note": ""}
        for body in bodies if isinstance(bodies, list) else [bodies]:
            if not isinstance(body, dict) or not isinstance(body.get("value"), str):
                continue
            purposes = body.get("purpose", [])
            purposes = purposes if isinstance(purposes, list) else [purposes]
            role = body.get(STANDPOINT + "role")
            kind = role if role in ROLES else next((PURPOSES[p] for p in purposes if p in PURPOSES), None)
            value = body["value"]
            if kind == "speaker" and value.strip():
                fields["speaker_id"] = self._speaker(value, body.get(STANDPOINT + "aliases"))
            elif kind == "stance" and value.strip():
                fields["stance_id"] = self._stance(value, body.get(STANDPOINT + "colour"))
            elif kind == "target" and value.strip():
                fields["target_id"] = self._target(value)
            elif kind == "note":
                fields["note"] = value
            elif "highlighting" not in purposes:
                self.report.warnings.append(f"{label}: ignored a body with purpose {purposes or 'none'}.")
        return fields

    def _exists(self, document_id: int, span: tuple[int, int], fields: dict) -> bool:
        spans = self.spans.get(document_id)
        if spans is None:  # what the document held before this file: what it adds is never matched
            spans = self.spans[document_id] = {}
            for st in self.store.statements(document_id):
                if st.id not in self.new_statements:
                    spans.setdefault((st.start, st.end), []).append(st)
        return any(all(getattr(st, k) == v for k, v in fields.items()) for st in spans.get(span, ()))


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _position(record: object, index: int) -> tuple[int, int]:
    position = record.get("position") if isinstance(record, dict) else None
    return (position, index) if isinstance(position, int) and not isinstance(position, bool) else (index, index)


def _time(value: object) -> str:
    """A time from the file as it is written there, when it is one with an offset (as exports need); else ""."""
    if not isinstance(value, str):
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        return ""
    return value if _RFC3339.fullmatch(value) else moment.isoformat()


def _creator(anno: dict) -> str:
    """The annotator: a creator's name (or nickname), or the creator itself when it is a plain string."""
    creator = anno.get("creator")
    if isinstance(creator, list):
        creator = creator[0] if creator else None
    if isinstance(creator, dict):
        creator = creator.get("name") or creator.get("nickname")
    return creator if isinstance(creator, str) else ""


def _mode(anno: dict) -> str:
    mode = anno.get(STANDPOINT + "mode", "")
    return mode if mode in MODES else ""


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def add_annotations(store: Store, parsed: AnnotationFile) -> ImportReport:
    """Add the annotations of a file read with read_annotation_file, in one operation."""
    report = ImportReport(warnings=list(parsed.warnings))
    with store.writing(f"Import annotations from {parsed.name}"):
        importer = _Importer(store, parsed.extras, report)
        for n, anno in enumerate(parsed.items):
            importer.one(n, anno)
        importer.flush()
    return report


def import_annotations(store: Store, path: str | Path) -> ImportReport:
    """Read a W3C Web Annotation file and add it to a project, in one operation."""
    return add_annotations(store, read_annotation_file(path))

"""Adding a REFI-QDA file that was read to a project, inside the caller's operation.

Identity: a record is recognised by its GUID — one this project gives it in its own exports, or one
an earlier import remembered (`external_ids`) — else a document by its identical text, a speaker or
stance by its name. What is recognised is not added again, so importing a file twice, or a project's
own export into the project, adds nothing; a statement whose content differs from the project's is
reported and left as the project has it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ...errors import NotFound
from ...exporters.refi_xml import Guids
from ...model import MODES, Statement
from ...store import Store
from ...store.names import checked_colour, colour_or
from ...wording import counted, import_summary
from ..base import plain_text_blocks
from .data import Case, Code, RefiFile, Selection, TextSource
from .roles import codable_codes

VARIABLES = {  # what a source variable is called (lower case) -> the document field it fills
    "title": "title", "titel": "title", "author": "author", "autor": "author", "autorin": "author",
    "outlet": "outlet", "medium": "outlet", "publication": "outlet", "zeitung": "outlet", "published": "published",
    "date": "published", "datum": "published", "veröffentlicht": "published", "language": "language",
    "sprache": "language", "source url": "source", "url": "source", "link": "source",
}  # fmt: skip
ALIASES = ("also known as", "aliases", "alias")
_FIELDS = ("speaker_id", "stance_id", "target_id", "mode")
_ROLE_FIELD = {"speakers": "speaker_id", "stances": "stance_id", "targets": "target_id", "modes": "mode"}


@dataclass
class RefiReport:
    """What adding a REFI-QDA file did: statements and names added, found again, differing, refused."""

    created: list[int] = field(default_factory=list)
    documents: list[int] = field(default_factory=list)
    speakers: int = 0
    stances: int = 0
    targets: int = 0
    duplicates: int = 0
    changed: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the user: what was added, found again or refused."""
        return import_summary(len(self.created), len(self.documents), duplicates=self.duplicates,
                              names={"speaker": self.speakers, "stance": self.stances, "target": self.targets},
                              changed=len(self.changed), rejected=len(self.rejected), rejected_word="refused")  # fmt: skip


def add_refi(store: Store, file: RefiFile) -> RefiReport:
    """Add a file read by read_refi_file, with its current `roles`, in one operation."""
    report = RefiReport(rejected=list(file.refused), warnings=list(file.warnings))
    with store.writing(f"Import {file.name}"):
        adding = _Adding(store, file, report)
        adding.run()
    not_kept = [*file.not_kept, *(counted(n, what) for what, n in adding.not_kept.items() if n)]
    if not_kept:
        report.warnings.append(f"Not kept (a project has no place for them): {', '.join(not_kept)}.")
    return report


class _Adding:
    def __init__(self, store: Store, file: RefiFile, report: RefiReport):
        self.store, self.file, self.report = store, file, report
        guids = self.guids = Guids(store)
        speakers = [s.id for s in store.speakers()]
        self.ours = {kind: {guids.derived(kind, i): i for i in ids} for kind, ids in (
            ("speaker", speakers), ("case", speakers), ("stance", [s.id for s in store.stances()]),
            ("target", [t.id for t in store.targets()]), ("document", store.document_ids()))}  # fmt: skip
        # A file this very project wrote speaks our GUIDs: one of a record deleted since is not to be remembered,
        # or a new record would take it over in the next export.
        self.this_project = file.creating_user == guids.derived("user")
        self.known_documents = set(store.document_ids())
        self.matched: set[int] = set()
        # A project without statements has only the default scheme, if any: it takes the file's, colours,
        # descriptions and order included, as an import into a new project should reproduce the exported one.
        self.fresh = store.count_statements()[0] == 0
        self.file_stances: list[int] = []
        self.codes: dict[str, tuple[str, object]] = {}  # code GUID -> (field, value)
        self.case_of: dict[str, int] = {}  # selection GUID -> speaker id
        self.cases = {c.name.casefold(): c for c in file.cases if c.name}
        self._alias_variables = {g for g, n in file.variables.items() if n.strip().casefold() in ALIASES}
        self.problems: dict[str, list[str]] = {}
        self.identities: list[tuple[str, str, int]] = []
        self.not_kept: Counter[str] = Counter()

    def run(self) -> None:
        for branch in self.file.branches:
            role = self.file.roles.get(branch.guid, "ignore")
            if role == "ignore":
                continue
            for guid in codable_codes(self.file, branch.guid):
                self.code(role, self.file.codes[guid])
        if self.fresh and self.file_stances:
            self.adopt_scheme_order()
        self.read_cases()
        for source in self.file.sources:
            if source.text.strip():
                self.source(source)
            else:
                self.problem("Sources without text, not imported", source.name)
        if self.identities:
            self.store.remember_external_ids(self.identities)
        for what, examples in self.problems.items():
            self.report.warnings.append(f"{what} ({len(examples)}): {', '.join(examples[:4])}"
                                        f"{' …' if len(examples) > 4 else ''}.")  # fmt: skip

    def problem(self, what: str, example: str) -> None:
        self.problems.setdefault(what, []).append(f"“{example}”")

    # -- identities ----------------------------------------------------------------------------------

    def known(self, kind: str, guid: str) -> int | None:
        found = self.ours.get(kind, {}).get(guid)
        return found if found is not None else self.store.external_id(f"urn:uuid:{guid}", kind)

    def remember(self, kind: str, guid: str, local_id: int, new: bool = False) -> None:
        """Keep the GUID a file gives a record (`new`: one just added, which nothing can know yet)."""
        if not self.this_project and (new or self.known(kind, guid) != local_id):
            self.identities.append((f"urn:uuid:{guid}", kind, local_id))

    # -- names ---------------------------------------------------------------------------------------

    def code(self, role: str, code: Code) -> None:
        if not code.name:
            self.problem("Codes without a name, left out", code.guid)
            return
        if role == "modes":
            if code.name in MODES:
                self.codes[code.guid] = ("mode", code.name)
            else:
                self.problem(f"Codes in a modes branch that are not modes ({', '.join(MODES)}), left out", code.name)
            return
        kind = role[:-1]
        local_id = self.known(kind, code.guid)
        if local_id is not None and not self._exists(kind, local_id):
            local_id = None
        if local_id is None:
            local_id = self._find_or_add(kind, code)
            self.remember(kind, code.guid, local_id)
        if kind == "stance":
            self.file_stances.append(local_id)
        self.codes[code.guid] = (_ROLE_FIELD[role], local_id)

    def _exists(self, kind: str, local_id: int) -> bool:
        try:
            getattr(self.store, kind)(local_id)
        except NotFound:
            return False
        return True

    def _find_or_add(self, kind: str, code: Code) -> int:
        store = self.store
        if kind == "speaker":
            found = store.find_speaker(code.name)
            if found is not None:
                return found.id
            self.report.speakers += 1
            case = self.cases.get(code.name.casefold())
            description, aliases = code.description or (case.description if case else ""), _aliases(self.file, case)
            if not aliases and self.file.from_standpoint:
                description, aliases = _older_aliases(description)
            return store.add_speaker(code.name, aliases, description, _colour(code.colour)).id
        if kind == "stance":
            stance = store.find_stance(code.name)
            if stance is not None:
                colour = colour_or(code.colour, stance.colour)
                if self.fresh and (colour, code.description) != (stance.colour, stance.description):
                    store.update_stance(stance.id, colour=colour, description=code.description)
                return stance.id
            self.report.stances += 1
            return store.add_stance(code.name, colour_or(code.colour, "#808080"), description=code.description).id
        before = len(store.targets())
        target = store.find_or_add_target(code.name)
        self.report.targets += len(store.targets()) - before
        return target.id

    def adopt_scheme_order(self) -> None:
        wanted = list(dict.fromkeys(self.file_stances))
        if self.file.from_standpoint:  # Standpoint's export holds the whole scheme: a stance it lacks was deleted there
            for stance in self.store.stances():
                if stance.id not in wanted:
                    self.store.delete_stance(stance.id)
        current = [s.id for s in self.store.stances()]
        order = wanted + [i for i in current if i not in wanted]
        if order != current:
            self.store.reorder_stances(order)

    def read_cases(self) -> None:
        """Cases that hold text selections, or name a speaker, say who speaks in those selections."""
        for case in self.file.cases:
            speaker_id = self.known("case", case.guid)
            if speaker_id is not None and not self._exists("speaker", speaker_id):
                speaker_id = None
            if speaker_id is None and case.name:
                found = self.store.find_speaker(case.name)
                if found is not None:
                    speaker_id = found.id
                elif case.selections:
                    speaker = self.store.add_speaker(case.name, _aliases(self.file, case), case.description)
                    self.report.speakers += 1
                    speaker_id = speaker.id
            if speaker_id is None:
                self.problem("Cases that hold no text and name no speaker, not kept", case.name or case.guid)
                continue
            self.remember("case", case.guid, speaker_id)
            self.not_kept["case attribute"] += sum(1 for g in case.values if g not in self._alias_variables)
            for guid in case.selections:
                self.case_of.setdefault(guid, speaker_id)

    # -- documents and statements --------------------------------------------------------------------

    def source(self, source: TextSource) -> None:
        store = self.store
        doc_id = self.known("document", source.guid)
        if doc_id is not None and (doc_id not in self.known_documents or store.document_text(doc_id) != source.text):
            doc_id = None
        if doc_id is None:
            doc_id = store.document_with_text(source.text)
            if doc_id is None or doc_id not in self.known_documents or doc_id in self.matched:
                doc_id = self._add_document(source)  # two sources of one file are two documents, however alike
            self.remember("document", source.guid, doc_id)
        self.matched.add(doc_id)
        existed = doc_id in self.known_documents
        ours = {self.guids.derived("statement", st.id): st for st in store.statements(doc_id)} if existed else {}
        marks: list[tuple[int, int, dict]] = []
        guids: list[list[str]] = []
        for span, fields, sel_guids, times in self._statements(source):
            known = next((k for k in (self._known_statement(g, doc_id, ours) for g in sel_guids) if k), None) \
                if existed else None  # a document new to the project has no statements to know
            if known is not None:
                if (known.start, known.end) == span and all(getattr(known, k) == v for k, v in fields.items()):
                    self.report.duplicates += 1
                else:
                    self.report.changed.append(f"“{_clip(known.quote)}” (statement {known.id}) differs.")
                continue
            if existed and self._same_exists(doc_id, span, fields):
                self.report.duplicates += 1
                continue
            marks.append((span[0], span[1], {**fields, **times}))
            guids.append(sel_guids)
        ids = store.add_statements(doc_id, marks) if marks else []
        for statement_id, sel_guids in zip(ids, guids):
            for guid in sel_guids:
                self.remember("statement", guid, statement_id, new=True)
        self.report.created += ids

    def _add_document(self, source: TextSource) -> int:
        from ..language import guess_language

        names = self.file.variables
        meta = {}
        for guid, value in source.values.items():
            fieldname = VARIABLES.get(names.get(guid, "").strip().casefold())
            if fieldname:
                meta[fieldname] = value
            else:
                self.not_kept["source attribute"] += 1
        title = meta.pop("title", "") or source.name or "Imported document"
        if not meta.get("language") and not self.file.from_standpoint:  # Standpoint's exports say when there is none
            meta["language"] = guess_language(source.text)
        doc = self.store.add_document(title, source.text, plain_text_blocks(source.text), format="qdpx",
                                      created=source.created, updated=source.updated, **meta)  # fmt: skip
        self.report.documents.append(doc.id)
        return doc.id

    def _known_statement(self, guid: str, doc_id: int, ours: dict[str, Statement]) -> Statement | None:
        if guid in ours:
            return ours[guid]
        statement_id = self.store.external_id(f"urn:uuid:{guid}", "statement")
        if statement_id is None:
            return None
        try:
            st = self.store.statement(statement_id)
        except NotFound:
            return None  # deleted since: the selection is new again
        return st if st.document_id == doc_id else None

    def _same_exists(self, doc_id: int, span: tuple[int, int], fields: dict) -> bool:
        return any((st.start, st.end) == span and all(getattr(st, k) == v for k, v in fields.items())
                   for st in self.store.statements_at(doc_id, span[0]))  # fmt: skip

    def _statements(self, source: TextSource) -> list[tuple[tuple[int, int], dict, list[str], dict]]:
        """(span, fields, selection GUIDs, times) per statement. A foreign tool writes one selection per code
        (QualCoder does), so selections of one span whose codes do not clash become one statement;
        Standpoint's own exports already have one selection per statement. Times are apart from the fields:
        a statement found again is the same whenever it was made."""
        merge = not self.file.from_standpoint
        out: list[tuple[tuple[int, int], dict, list[str], dict]] = []
        by_span: dict[tuple[int, int], int] = {}
        for sel in source.selections:
            fields = self._fields(sel, source)
            if fields is None:
                continue
            assert sel.span is not None
            at = by_span.get(sel.span) if merge else None
            if at is not None and _compatible(out[at][1], fields):
                _, into, guids, _times = out[at]
                for key in _FIELDS:
                    into[key] = into[key] or fields[key]
                into["note"] = _join([into["note"], fields["note"]])
                into["annotator"] = into["annotator"] or fields["annotator"]
                guids.append(sel.guid)
                continue
            by_span[sel.span] = len(out)
            out.append((sel.span, fields, [sel.guid], {"created": sel.created, "updated": sel.updated}))
        return out

    def _fields(self, sel: Selection, source: TextSource) -> dict | None:
        fields: dict = {"speaker_id": None, "stance_id": None, "target_id": None, "mode": ""}
        mapped = 0
        for code in sel.codes:
            found = self.codes.get(code)
            if found is None:
                if code in self.file.codes and self.file.codes[code].children and self.file.role_of(code) != "ignore":
                    self.problem("Codings with the top code of a branch, left out", self.file.codes[code].name)
                continue
            key, value = found
            mapped += 1
            if fields[key] in (None, "") or fields[key] == value:
                fields[key] = value
            else:
                self.problem(f"Selections with more than one {key.removesuffix('_id')} (the first was kept)",
                             _clip(sel.name or sel.guid))  # fmt: skip
        if fields["speaker_id"] is None and sel.guid in self.case_of:
            fields["speaker_id"] = self.case_of[sel.guid]
            mapped += 1
        fields["note"] = _join(sel.notes)
        fields["annotator"] = self._annotator(sel.user)
        if sel.codes and not mapped and not fields["note"]:
            self.problem("Selections coded only with ignored codes, left out", _clip(sel.name or sel.guid))
            return None
        return fields

    def _annotator(self, user: str) -> str:
        if not user or (user == self.file.creating_user and self.file.origin.startswith("Standpoint")):
            return ""  # Standpoint's exports name the project as the creator of statements without an annotator
        return self.file.users.get(user, "")


def _compatible(a: dict, b: dict) -> bool:
    return all(not a[k] or not b[k] or a[k] == b[k] for k in _FIELDS)


def _join(notes: list[str]) -> str:
    """Memo texts as one note: each once (Standpoint's exports give a note as Description and as Note)."""
    return "\n\n".join(dict.fromkeys(n for n in notes if n.strip()))


def _aliases(file: RefiFile, case: Case | None) -> list[str]:
    if case is None:
        return []
    names = {g for g, n in file.variables.items() if n.strip().casefold() in ALIASES}
    return [a.strip() for g, v in case.values.items() if g in names for a in v.split("\n") if a.strip()]


def _older_aliases(description: str) -> tuple[str, list[str]]:
    """Standpoint's exports before speakers became Cases put aliases into the description: "…; also: A, B"."""
    text, marker, aliases = description.rpartition("also: ")
    if not marker or (text and not text.endswith("; ")):
        return description, []
    return text.removesuffix("; "), [a.strip() for a in aliases.split(",") if a.strip()]


def _colour(colour: str) -> str | None:
    try:
        return checked_colour(colour) if colour else None
    except ValueError:
        return None


def _clip(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

"""Merging a colleague's work into a project: another project file, W3C JSON exports, REFI-QDA projects, or a
folder of these (such as one `export --per-annotator` wrote).

Reading (`read_merge_sources`) touches no project; merging (`merge_sources`) adds what was read inside one
operation: one transaction, one undo step. A W3C JSON or REFI-QDA file goes through the import path
(`importing.add_sources`), which recognises what the project already holds; another project file is read
read-only and its rows are copied here:

- documents by identical text (never by id or title), else added;
- speakers by name or alias (case-insensitive), else added; a near match (accents, one or two letters,
  one name holding the other: `near_speakers`) is joined to the project's speaker only when the caller
  says so (the window asks, the command line lists them and keeps them apart), and the name joined becomes
  an alias, so the next merge finds it exactly;
- stances by label, targets by name;
- statements keep their annotator, status, note, times; one already here (known by the id the other
  file gives it, remembered in `external_ids`, or identical in span, annotator, speaker, stance, target
  and mode) is not added again. Merging the same file twice therefore changes nothing.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import StandpointError
from .importing import ANNOTATION_SUFFIXES, Source, add_sources, read_source
from .model import Document, Speaker, Stance, Statement, Target
from .store import Store
from .store.statements import statement_from_row
from .wording import counted

if TYPE_CHECKING:
    from .importers.refi import RefiFile

PROJECT_SUFFIX = ".standpoint"
MERGE_SUFFIXES = (PROJECT_SUFFIX, *ANNOTATION_SUFFIXES, ".qdpx")
"""What merge reads: project files, W3C JSON exports and REFI-QDA projects."""


@dataclass
class OtherProject:
    """Everything another project file holds, read once (read-only), before this project is touched."""

    name: str
    identity: uuid.UUID
    documents: list[Document]
    speakers: list[Speaker]
    stances: list[Stance]
    targets: list[Target]
    statements: list[Statement]
    document_iris: dict[int, str] = field(default_factory=dict)  # ids other files gave its records
    statement_iris: dict[int, str] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> OtherProject:
        """Read a project file without changing it (it may be open in another window)."""
        from .exporters.w3c import imported_iris, project_uuid

        with Store.open(path, read_only=True) as other:
            return cls(path.name, project_uuid(other), [other.document(i) for i in other.document_ids()],
                       other.speakers(), other.stances(), other.targets(), other.statements(),
                       imported_iris(other, "document"), imported_iris(other, "statement"))  # fmt: skip


@dataclass
class MergeSource:
    """What was read from one file to merge: another project, or a source of the import path."""

    name: str
    path: Path
    project: OtherProject | None = None
    source: Source | None = None  # W3C JSON or REFI-QDA
    error: str = ""

    @property
    def readable(self) -> bool:
        """Whether anything was read that can be merged."""
        return self.project is not None or (self.source is not None and self.source.readable)

    def speaker_names(self) -> list[str]:
        """The names of the speakers the file brings (each with the names it gives as aliases first)."""
        if self.project is not None:
            return [sp.name for sp in self.project.speakers]
        if self.source is None:
            return []
        if self.source.annotations is not None:
            return _json_speakers(self.source.annotations.extras, self.source.annotations.items)
        if self.source.refi is not None:
            return _refi_speakers(self.source.refi)
        return []


def _json_speakers(extras: dict, items: list) -> list[str]:
    names: dict[str, None] = {}
    records = extras.get("standpoint:speakers")
    for r in records if isinstance(records, list) else []:
        if isinstance(r, dict) and isinstance(r.get("name"), str) and r["name"].strip():
            names[r["name"].strip()] = None
    for anno in items:
        bodies = anno.get("body", []) if isinstance(anno, dict) else []
        for body in bodies if isinstance(bodies, list) else [bodies]:
            if not isinstance(body, dict) or not isinstance(body.get("value"), str):
                continue
            speaker = body.get("standpoint:role") == "speaker" or (body.get("purpose") == "identifying"
                                                                   and "standpoint:role" not in body)  # fmt: skip
            if speaker and body["value"].strip():
                names[body["value"].strip()] = None
    return list(names)


def _refi_speakers(refi: RefiFile) -> list[str]:
    names = [c.name for guid, c in refi.codes.items() if refi.role_of(guid) == "speakers" and c.parent is not None]
    names += [case.name for case in refi.cases if case.name]
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def merge_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to merge: each path, or for a folder the files in it and its subfolders that merge reads
    (hidden ones, such as a git repository's own, left out), in name order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in MERGE_SUFFIXES
                     and not any(part.startswith(".") for part in f.relative_to(p).parts)]  # fmt: skip
            out += sorted(found)
        else:
            out.append(p)
    return out


def read_merge_sources(paths: Iterable[str | Path],
                       progress: Callable[[int, int, str], bool] | None = None) -> list[MergeSource]:  # fmt: skip
    """Read every file to merge (folders are opened, see merge_files); a file that cannot be read says why.
    `progress(done, total, name)` is called before each file; returning False stops (the rest are not read)."""
    files = merge_files(paths)
    out = []
    for done, path in enumerate(files):
        if progress is not None and progress(done, len(files), path.name) is False:
            break
        out.append(read_merge_source(path))
    return out


def read_merge_source(path: Path) -> MergeSource:
    """Read one file to merge: a project file read-only, else through the import path."""
    suffix = path.suffix.lower()
    if suffix not in MERGE_SUFFIXES:
        return MergeSource(path.name, path, error=f"{path.name}: merge reads project files (.standpoint), W3C JSON"
                                                  " exports (.json) and REFI-QDA projects (.qdpx).")  # fmt: skip
    if suffix == PROJECT_SUFFIX:
        try:
            return MergeSource(path.name, path, project=OtherProject.read(path))
        except StandpointError as exc:
            return MergeSource(path.name, path, error=f"{path.name}: {exc}")
    source = read_source(path)
    return MergeSource(path.name, path, source=source, error=source.error)


# -- speakers ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpeakerMatch:
    """A speaker a file brings that the project may already have under a slightly different name."""

    name: str  # as the file names the speaker
    speaker_id: int  # the project's speaker it may be
    speaker_name: str
    reason: str


def plain(name: str) -> str:
    """A name case-folded, without accents and with its spaces made single: what near matches compare."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance between a and b, or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def near_reason(a: str, b: str) -> str:
    """Why two names that are not equal (case aside) may mean the same speaker, or "" when they do not."""
    from .suggest.speakers import same_speaker

    pa, pb = plain(a), plain(b)
    if not pa or not pb:
        return ""
    if pa == pb:
        return "differ in accents or spacing"
    if min(len(pa), len(pb)) >= 5:
        distance = edit_distance(pa, pb)
        if distance <= 2:
            return f"differ by {counted(distance, 'letter')}"
    if same_speaker(pa, pb):
        return "one name holds the other"
    return ""


def _exact(speakers: list[Speaker]) -> dict[str, int]:
    """Case-folded names and aliases of the project's speakers -> speaker id (a name beats an alias)."""
    found: dict[str, int] = {}
    for sp in speakers:
        for alias in sp.aliases:
            found.setdefault(alias.casefold(), sp.id)
    found.update({sp.name.casefold(): sp.id for sp in speakers})
    return found


def near_speakers(store: Store, sources: Iterable[MergeSource]) -> list[SpeakerMatch]:
    """The speakers the files bring that the project lacks by name and alias but may have under a near
    name, each with every project speaker it may be, for a person to decide."""
    speakers = store.speakers()
    exact = _exact(speakers)
    out, seen = [], set()
    for source in sources:
        aliases = {sp.name: sp.aliases for sp in source.project.speakers} if source.project is not None else {}
        for name in source.speaker_names():
            if name.casefold() in exact or name.casefold() in seen:
                continue
            if any(a.casefold() in exact for a in aliases.get(name, ())):
                continue  # found by one of its aliases: the merge takes it exactly
            seen.add(name.casefold())
            for sp in speakers:
                reason = next((r for r in (near_reason(name, n) for n in sp.names()) if r), "")
                if reason:
                    out.append(SpeakerMatch(name, sp.id, sp.name, reason))
    return out


# -- merging -------------------------------------------------------------------------------------------


@dataclass
class FileMerge:
    """What became of one file."""

    name: str
    line: str = ""
    warnings: list[str] = field(default_factory=list)
    error: str = ""


@dataclass
class MergeReport:
    """What a merge did, file by file."""

    files: list[FileMerge] = field(default_factory=list)
    documents: int = 0  # added (from project files)
    statements: int = 0
    duplicates: int = 0  # statements found already present (in project files; JSON files say theirs in their line)
    speakers: int = 0  # added (from project files)
    joined: list[str] = field(default_factory=list)  # "name → speaker" joined after review

    def messages(self) -> list[str]:
        """One line per file (failures first), then the speakers joined."""
        failed = [f.error for f in self.files if f.error]
        lines = [f"{f.name}: {f.line}" + "".join(f"\n  {w}" for w in f.warnings) for f in self.files if not f.error]
        return failed + lines + [f"joined: {j}" for j in self.joined]

    def lines(self) -> list[str]:
        """One line per file merged, with its warnings, and the speakers joined (failures left to the caller)."""
        return self.messages()[sum(bool(f.error) for f in self.files):]


def merge_sources(store: Store, sources: Iterable[MergeSource], join: Mapping[str, int] | None = None) -> MergeReport:
    """Merge what was read into the project in one operation (the caller's, or one of its own).

    `join` maps a speaker name a file brings (case-folded, as near_speakers gives it) to the project's
    speaker it is to become; any other speaker is matched by name or alias, else added. A file the project
    refuses adds nothing; the others go in.
    """
    join = {k.casefold(): v for k, v in (join or {}).items()}
    report = MergeReport()
    with store.writing("Merge"):
        before = {sp.id for sp in store.speakers()}
        for source in sources:
            result = FileMerge(source.name)
            report.files.append(result)
            if not source.readable:
                result.error = source.error or f"{source.name}: nothing to merge."
                continue
            try:
                with store.writing():
                    if source.project is not None:
                        _merge_project(store, source.project, join, report, result)
                    elif source.source is not None:
                        count = store.count_statements()[0]
                        [done] = add_sources(store, [source.source]).files
                        report.statements += store.count_statements()[0] - count
                        if done.error:
                            raise StandpointError(done.error.removeprefix(f"{source.name}: "))
                        result.line, result.warnings = done.line, done.warnings
            except (StandpointError, ValueError) as exc:
                result.error = f"{source.name}: {exc}"
        # Speakers the import path added under a near name the person joined to one of the project's.
        for name, keep in join.items():
            added = store.find_speaker(name)
            if added is not None and added.id != keep and added.id not in before and keep in before:
                keep_name = store.speaker(keep).name
                store.merge_speakers(keep, added.id)
                report.joined.append(f"{added.name} → {keep_name}")
    return report


def merge_paths(store: Store, paths: Iterable[str | Path], join: Mapping[str, int] | None = None) -> MergeReport:
    """Read files (or folders) and merge them in one operation; see read_merge_sources and merge_sources."""
    return merge_sources(store, read_merge_sources(paths), join)


def _merge_project(store: Store, other: OtherProject, join: Mapping[str, int], report: MergeReport,
                   result: FileMerge) -> None:  # fmt: skip
    from .exporters.w3c import document_iri, name_uuid, project_uuid

    here = project_uuid(store)
    # Documents: by what an earlier merge remembered, else by identical text, else added.
    texts: dict[str, int] = {}
    for doc_id, text in store.db.execute("SELECT id, text FROM documents ORDER BY position DESC, id DESC"):
        texts[text] = doc_id  # the first in the library's order wins
    known = dict(store.db.execute("SELECT iri, local_id FROM external_ids WHERE kind = 'document'").fetchall())
    existing = set(texts.values())
    documents: dict[int, int] = {}
    identities: list[tuple[str, str, int]] = []
    added_documents = 0
    for doc in other.documents:
        iri = other.document_iris.get(doc.id) or document_iri(other.identity, doc.id)
        local = known.get(iri)
        if local not in existing:
            local = texts.get(doc.text)
        if local is None:
            meta = {k: getattr(doc, k) for k in ("author", "outlet", "published", "language", "source") if getattr(doc, k)}
            local = store.add_document(doc.title, doc.text, doc.blocks, created=doc.created, updated=doc.updated,
                                       format=doc.format, **meta).id  # fmt: skip
            texts[doc.text] = local
            identities.append((iri, "document", local))
            added_documents += 1
        documents[doc.id] = local
    speakers = _merge_speakers(store, other.speakers, join, report)
    stances = _merge_stances(store, other.stances)
    targets = {t.id: store.find_or_add_target(t.name).id for t in other.targets}
    # Statements: by the id the other file gives them, else by identical span, annotator and tags.
    merged = set(documents.values())
    present = {row for row in store.db.execute(
        'SELECT document_id, start, "end", annotator, speaker_id, stance_id, target_id, mode FROM statements')
        if row[0] in merged}  # fmt: skip
    known = dict(store.db.execute("SELECT iri, local_id FROM external_ids WHERE kind = 'statement'").fetchall())
    if other.statement_iris:  # the other project holds statements it had from elsewhere, ours perhaps
        known.update((f"urn:uuid:{name_uuid(here, f'statement/{i}')}", i)
                     for (i,) in store.db.execute("SELECT id FROM statements"))  # fmt: skip
    rows, iris, duplicates = [], [], 0
    for st in other.statements:
        iri = other.statement_iris.get(st.id) or f"urn:uuid:{name_uuid(other.identity, f'statement/{st.id}')}"
        doc_id = documents[st.document_id]
        speaker_id = speakers.get(st.speaker_id) if st.speaker_id is not None else None
        stance_id = stances.get(st.stance_id) if st.stance_id is not None else None
        target_id = targets.get(st.target_id) if st.target_id is not None else None
        key = (doc_id, st.start, st.end, st.annotator, speaker_id, stance_id, target_id, st.mode)
        if iri in known or key in present:
            duplicates += 1
            continue
        rows.append(statement_from_row((0, doc_id, st.start, st.end, st.quote, st.prefix, st.suffix, speaker_id,
                                        stance_id, target_id, st.mode, st.cue, st.note, st.annotator, st.status,
                                        st.anchored, st.created, st.updated)))  # fmt: skip
        iris.append(iri)
    ids = store.copy_statements(rows)
    identities += [(iri, "statement", i) for iri, i in zip(iris, ids)]
    if identities:
        store.remember_external_ids(identities)
    report.documents += added_documents
    report.statements += len(ids)
    report.duplicates += duplicates
    parts = [f"{counted(len(ids), 'statement')} merged"]
    if added_documents:
        parts.append(f"{counted(added_documents, 'document')} added")
    if duplicates:
        parts.append(f"{duplicates} already present")
    result.line = ", ".join(parts) + "."


def _merge_speakers(store: Store, incoming: list[Speaker], join: Mapping[str, int],
                    report: MergeReport) -> dict[int, int]:  # fmt: skip
    """{other speaker id: this project's speaker id}: joined as the person said, by name or alias, or added."""
    current = store.speakers()
    exact = _exact(current)
    ids = {sp.id for sp in current}
    out: dict[int, int] = {}
    for sp in incoming:
        chosen = join.get(sp.name.casefold())
        if chosen in ids:
            assert chosen is not None
            keep = store.speaker(chosen)
            taken = set(exact)
            new = [n for n in sp.names() if n.casefold() not in taken]
            if new:  # the names joined become aliases: the next merge finds them exactly
                keep = store.update_speaker(chosen, aliases=[*keep.aliases, *new])
                exact.update({n.casefold(): chosen for n in new})
            report.joined.append(f"{sp.name} → {keep.name}")
            out[sp.id] = chosen
            continue
        found = exact.get(sp.name.casefold()) or next((exact[a.casefold()] for a in sp.aliases
                                                      if a.casefold() in exact), None)  # fmt: skip
        if found is None:
            aliases = [a for a in sp.aliases if a.casefold() not in exact]
            found = store.add_speaker(sp.name, aliases, sp.description, sp.colour).id
            exact.update({n.casefold(): found for n in (sp.name, *aliases)})
            ids.add(found)
            report.speakers += 1
        out[sp.id] = found
    return out


def _merge_stances(store: Store, incoming: list[Stance]) -> dict[int, int]:
    """{other stance id: this project's}: by label, else added at the end of the scheme (with its key when free)."""
    by_label = {s.label.casefold(): s.id for s in store.stances()}
    keys = {s.key for s in store.stances() if s.key}
    out = {}
    for s in incoming:
        found = by_label.get(s.label.casefold())
        if found is None:
            found = store.add_stance(s.label, s.colour, "" if s.key in keys else s.key, s.description).id
            by_label[s.label.casefold()] = found
            keys.add(s.key)
        out[s.id] = found
    return out

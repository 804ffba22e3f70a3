"""The one way files come into a project: the window (dialog, drop, paste), the command line, scripts.

Importing has two halves. Reading (`read_sources`) parses each file and touches no project, so
it can take its time, show progress, be cancelled, and decide whether there is anything to keep
before a project file is even created. Adding (`add_sources`) puts what was read into a project
inside the caller's operation: one transaction, one undo step, however many files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ImportFailed, StandpointError
from .importers import ImportedDocument, document_from_text, read_document
from .importers import supported_suffixes as document_suffixes
from .importers.w3c_json import SUFFIXES as ANNOTATION_SUFFIXES
from .importers.w3c_json import AnnotationFile, add_annotations, read_annotation_file
from .model import Document
from .store import Store

if TYPE_CHECKING:
    from .importers.refi import RefiFile

REFI_SUFFIXES = (".qdpx", ".qdc")  # the REFI-QDA reader loads when such a file is imported

DOCUMENT_META = ("author", "outlet", "published", "language", "source", "format")
"""What an importer may find out about a document and the project keeps beside its title."""


def supported_suffixes() -> list[str]:
    """Every suffix Standpoint imports: articles (txt md html docx pdf epub), W3C annotations (json) and
    REFI-QDA projects and codebooks (qdpx qdc)."""
    return sorted({*document_suffixes(), *ANNOTATION_SUFFIXES, *REFI_SUFFIXES})


@dataclass
class Source:
    """What was read from one file (or the clipboard), before any project is touched."""

    name: str
    path: Path | None = None
    document: ImportedDocument | None = None
    annotations: AnnotationFile | None = None
    refi: RefiFile | None = None  # a REFI-QDA project or codebook; its `roles` may be changed before it is added
    error: str = ""  # why it cannot be imported; such a source changes nothing
    cancelled: bool = False

    @property
    def readable(self) -> bool:
        """Whether anything was read that can be added to a project."""
        return self.document is not None or self.annotations is not None or self.refi is not None

    @property
    def is_project(self) -> bool:
        """Whether the source brings its own statements or names (annotations, a REFI-QDA file), not only an article."""
        return self.annotations is not None or self.refi is not None


@dataclass
class FileResult:
    """What became of one source in a project."""

    source: Source
    documents: list[Document] = field(default_factory=list)  # documents added
    line: str = ""  # one line saying what was imported
    warnings: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        """Whether the source went in."""
        return not self.error


@dataclass
class ImportReport:
    """What an import did, file by file."""

    files: list[FileResult] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        """Every document the import added."""
        return [d for f in self.files for d in f.documents]

    @property
    def failures(self) -> list[FileResult]:
        """The files that could not be imported."""
        return [f for f in self.files if not f.ok]

    @property
    def changed_anything(self) -> bool:
        """Whether the import added or changed anything."""
        return any(f.ok and (f.documents or f.source.is_project) for f in self.files)

    def messages(self) -> list[str]:
        """One paragraph per file that failed or has something to say, failures first."""
        failed = [f.error for f in self.failures]
        notes = [f"{f.source.name}: {f.line}" + "".join(f"\n  {w}" for w in f.warnings)
                 for f in self.files if f.ok and (f.warnings or f.source.is_project)]  # fmt: skip
        return failed + notes


def read_source(path: str | Path, *, keep_line_breaks: bool = False) -> Source:
    """Read one file as an article, W3C annotations or a REFI-QDA project; a file that cannot be read says why.

    keep_line_breaks: plain text wrapped at a fixed width keeps its line breaks instead of being rejoined."""
    path = Path(path)
    try:
        if path.suffix.lower() in REFI_SUFFIXES:
            from .importers.refi import read_refi_file

            return Source(path.name, path, refi=read_refi_file(path))
        if path.suffix.lower() in ANNOTATION_SUFFIXES:
            if path.is_dir():
                raise ImportFailed(f"{path.name} is a folder: choose the files in it to import them.")
            return Source(path.name, path, annotations=read_annotation_file(path))
        return Source(path.name, path, document=read_document(path, keep_line_breaks=keep_line_breaks))
    except StandpointError as exc:
        return Source(path.name, path, error=str(exc))


def read_sources(paths: Iterable[str | Path], progress: Callable[[int, int, str], bool] | None = None, *,
                 keep_line_breaks: bool = False) -> list[Source]:  # fmt: skip
    """Read several files (see read_source). `progress(done, total, name)` is called before each file and at the end;
    returning False cancels the rest, which are reported as cancelled."""
    files = [Path(p) for p in paths]
    sources: list[Source] = []
    for done, path in enumerate(files):
        if progress is not None and progress(done, len(files), path.name) is False:
            sources += [Source(p.name, p, error=f"{p.name}: cancelled before it was imported.", cancelled=True)
                        for p in files[done:]]  # fmt: skip
            return sources
        sources.append(read_source(path, keep_line_breaks=keep_line_breaks))
    if progress is not None:
        progress(len(files), len(files), "")
    return sources


def pasted_source(text: str, title: str | None = None) -> Source:
    """Text from the clipboard as a source: BOM dropped, line ends made \\n, language guessed."""
    try:
        return Source("Pasted text", document=document_from_text(text, title))
    except StandpointError as exc:
        return Source("Pasted text", error=str(exc))


def add_sources(store: Store, sources: Iterable[Source], title: str | None = None) -> ImportReport:
    """Add what was read to a project, in one operation (the caller's, or one of its own).

    `title` names the document when there is exactly one source. Unreadable sources are
    reported and add nothing; a source the project refuses (a broken annotation file) adds
    nothing either, while the others go in.
    """
    sources = list(sources)
    report = ImportReport()
    with store.writing("Import"):
        for source in sources:
            result = FileResult(source)
            report.files.append(result)
            if not source.readable:
                result.error = source.error
                continue
            try:
                with store.writing():  # a source the project refuses leaves the others in
                    if source.document is not None:
                        doc = add_document(store, source.document, title if len(sources) == 1 else None)
                        result.documents.append(doc)
                        result.warnings = list(source.document.warnings)
                        result.line = f"“{doc.title}” ({len(doc.text):,} characters)"
                    elif source.annotations is not None:
                        found = add_annotations(store, source.annotations)
                        result.documents = [store.document(i) for i in found.documents]
                        result.line = found.summary()
                        result.warnings = [*(f"rejected: {r}" for r in found.rejected),
                                           *(f"differs: {c}" for c in found.changed), *found.warnings]  # fmt: skip
                    elif source.refi is not None:
                        from .importers.refi import add_refi

                        added = add_refi(store, source.refi)
                        result.documents = [store.document(i) for i in added.documents]
                        result.line = added.summary()
                        result.warnings = [*(f"refused: {r}" for r in added.rejected),
                                           *(f"differs: {c}" for c in added.changed), *added.warnings]  # fmt: skip
            except (StandpointError, ValueError) as exc:
                result.error = f"{source.name}: {exc}"
    return report


def add_document(store: Store, imported: ImportedDocument, title: str | None = None) -> Document:
    """Add what an importer read (or document_from_text made) to the project."""
    meta = {k: str(v) for k, v in imported.meta.items() if k in DOCUMENT_META and v}
    return store.add_document(title or imported.title, imported.text, imported.blocks, **meta)


def import_paths(store: Store, paths: Iterable[str | Path], title: str | None = None,
                 progress: Callable[[int, int, str], bool] | None = None) -> ImportReport:  # fmt: skip
    """Read files and add them to a project in one operation; see read_sources and add_sources."""
    return add_sources(store, read_sources(paths, progress), title)


def import_file(store: Store, path: str | Path, title: str | None = None) -> Document:
    """Import one article; ImportFailed (and nothing changed) when it cannot be read."""
    report = import_paths(store, [path], title)
    [result] = report.files
    if not result.ok:
        raise ImportFailed(result.error)
    if not result.documents:
        raise ImportFailed(f"{Path(path).name} added no document.")
    return result.documents[0]

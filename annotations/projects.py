"""Where projects live and how a file becomes one: the sample project, articles opened directly."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_path

from .errors import StandpointError
from .importers import ImportedDocument, read_document
from .model import Document
from .store import Store

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_ARTICLE = RESOURCES / "kasachstan-2022.txt"
SAMPLE_TITLE = "Unruhen in Kasachstan, Januar 2022"
PROJECT_SUFFIX = ".standpoint"


def data_dir() -> Path:
    return user_data_path("Standpoint", appauthor=False)


def sample_project_path() -> Path:
    return data_dir() / f"sample{PROJECT_SUFFIX}"


DOCUMENT_META = ("author", "outlet", "published", "language", "source", "format")
"""What an importer may find out about a document and the project keeps beside its title."""


def add_imported(store: Store, imported: ImportedDocument, title: str | None = None) -> Document:
    """Add what an importer read (or document_from_text made) to the project, in one transaction."""
    meta = {k: str(v) for k, v in imported.meta.items() if k in DOCUMENT_META and v}
    return store.add_document(title or imported.title, imported.text, imported.blocks, **meta)


def import_file(store: Store, path: str | Path, title: str | None = None) -> Document:
    """Read a file and add it to the project as one document (ImportFailed if it cannot be read)."""
    return add_imported(store, read_document(path), title)


@dataclass
class ImportResult:
    """What became of one file of an import_files() call."""

    path: Path
    document: Document | None = None  # the document added, when it was
    error: str = ""  # why the file was not imported (it changed nothing)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False  # the user stopped the import before this file

    @property
    def ok(self) -> bool:
        return self.document is not None


def import_files(
    store: Store, paths: Iterable[str | Path], progress: Callable[[int, int], bool] | None = None
) -> list[ImportResult]:
    """Import several files, each in its own transaction, and say per file what happened.

    `progress(done, total)` is called before the first file and after each; returning False
    cancels the rest (they are reported as cancelled). A file that fails adds nothing and does
    not stop the others.
    """
    paths = [Path(p) for p in paths]
    results: list[ImportResult] = []
    total = len(paths)
    for done, path in enumerate(paths):
        if progress is not None and progress(done, total) is False:
            results.extend(ImportResult(p, cancelled=True, error="Cancelled before it was imported.")
                           for p in paths[done:])  # fmt: skip
            return results
        try:
            imported = read_document(path)
            results.append(ImportResult(path, add_imported(store, imported), warnings=list(imported.warnings)))
        except StandpointError as exc:
            results.append(ImportResult(path, error=str(exc)))
    if progress is not None:
        progress(total, total)
    return results


def open_sample_project(path: Path | None = None) -> Store:
    """The project a first start opens: created with the sample article once, reopened after."""
    path = path or sample_project_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path)
    if not store.document_ids():
        import_file(store, SAMPLE_ARTICLE, title=SAMPLE_TITLE)
    return store


def project_beside(article: Path) -> Path:
    """ARTICLE.txt is opened as the project ARTICLE.standpoint in the same folder."""
    return article.with_suffix(PROJECT_SUFFIX)


def open_article(article: Path, project: Path | None = None) -> tuple[Store, Document]:
    """Open the project for an article, importing the article the first time."""
    store = Store.open(project or project_beside(article))
    source = str(article.resolve())
    for doc_id in store.document_ids():
        doc = store.document(doc_id)
        if doc.source == source:
            return store, doc
    try:
        doc = import_file(store, article)
    except Exception:
        store.close()
        raise
    return store, doc

"""Where projects live and how a file becomes one: the sample project, articles opened directly."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from .importers import read_document
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


def import_file(store: Store, path: str | Path, title: str | None = None) -> Document:
    """Read a file and add it to the project as one document (ImportFailed if it cannot be read)."""
    imported = read_document(path)
    meta = {k: v for k, v in imported.meta.items() if k != "title"}
    return store.add_document(title or imported.title, imported.text, imported.blocks, **meta)


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

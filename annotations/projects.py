"""Where projects live and how a file becomes one: the sample project, articles opened directly."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

from .errors import ImportFailed
from .importing import Source, add_sources, read_source
from .model import Document
from .store import Store


def _resources() -> Path:
    """The resources folder: beside the packages in a checkout or install, in the bundle's own folder when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader (packaging/standpoint.spec)
    return Path(bundle) / "resources" if bundle else Path(__file__).resolve().parent.parent / "resources"


RESOURCES = _resources()
SAMPLE_ARTICLE = RESOURCES / "kasachstan-2022.txt"
SAMPLE_TITLE = "Unruhen in Kasachstan, Januar 2022"
PROJECT_SUFFIX = ".standpoint"


def data_dir() -> Path:
    """The user data folder where the sample project and backups live."""
    return user_data_path("Standpoint", appauthor=False)


def sample_project_path() -> Path:
    """Where the sample project is kept."""
    return data_dir() / f"sample{PROJECT_SUFFIX}"


def open_sample_project(path: Path | None = None) -> Store:
    """The project a first start opens: created with the sample article once, reopened after."""
    path = path or sample_project_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path)
    if not store.document_ids():
        _add(store, read_source(SAMPLE_ARTICLE), SAMPLE_TITLE)
    return store


def project_beside(article: Path) -> Path:
    """ARTICLE.txt is opened as the project ARTICLE.standpoint in the same folder."""
    return article.with_suffix(PROJECT_SUFFIX)


def open_article(article: Path, project: Path | None = None) -> tuple[Store, Document]:
    """Open the project for an article, importing the article the first time.

    The article is read before a project file is created: one that cannot be read (a folder, an
    empty or broken file, a type Standpoint does not read) raises ImportFailed and leaves the disk
    as it was.
    """
    project = project or project_beside(article)
    if not (project.exists() and project.stat().st_size > 0):
        source = _readable(article)
        store = Store.open(project)
        return store, _add(store, source)
    store = Store.open(project)
    try:
        wanted = str(article.resolve())
        for doc_id in store.document_ids():
            doc = store.document(doc_id)
            if doc.source == wanted:
                return store, doc
        return store, _add(store, _readable(article))
    except BaseException:
        store.close()
        raise


def _readable(article: Path) -> Source:
    source = read_source(article)
    if not source.readable:
        raise ImportFailed(source.error)
    if source.refi is not None:
        raise ImportFailed(f"{article.name} is a REFI-QDA {source.refi.kind}, not an article: import it into a project"
                           " instead (File > Import, or `standpoint import`).")  # fmt: skip
    if source.document is None:
        raise ImportFailed(f"{article.name} holds annotations, not an article: import it into a project instead.")
    return source


def _add(store: Store, source: Source, title: str | None = None) -> Document:
    with store.operation(f"Import {source.name}"):
        report = add_sources(store, [source], title)
    [result] = report.files
    if not result.ok:
        raise ImportFailed(result.error)
    return result.documents[0]

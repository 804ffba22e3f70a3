"""Shared fixtures. Qt must be told to draw offscreen before any QApplication exists."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from annotations.projects import SAMPLE_ARTICLE, SAMPLE_TITLE, import_file  # noqa: E402
from annotations.store import Store  # noqa: E402

SAMPLE_TEXT = SAMPLE_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "work.standpoint"


@pytest.fixture
def store(project_path: Path):
    """A real project file in tmp_path, holding the sample article."""
    s = Store.open(project_path)
    import_file(s, SAMPLE_ARTICLE, title=SAMPLE_TITLE)
    yield s
    s.close()


@pytest.fixture
def sample_doc(store: Store):
    return store.document(store.document_ids()[0])

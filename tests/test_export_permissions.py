"""Exported files are the user's ordinary files: readable as the umask allows, not private like a temporary file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from annotations import exporters
from annotations.backups import list_backups, make_backup
from annotations.exporters.per_annotator import export_per_annotator
from desktop.dialogs.export import ensure_pdf_registered


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def every_format() -> list[str]:
    ensure_pdf_registered()
    return sorted(exporters.EXPORTERS)


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_every_export_gets_the_permissions_the_umask_gives(store, sample_doc, tmp_path, qapp, mask, expected):
    with store.operation("Mark"):
        store.add_statement(sample_doc.id, 0, 10, annotator="Ada")
    formats = every_format()
    assert {"md", "html", "pdf", "csv", "json", "qdpx", "qdc"} <= set(formats)
    with umask(mask):
        for fmt in formats:
            out = exporters.export(store, fmt, tmp_path / f"notes.{fmt}")
            assert mode(out) == expected, fmt
        copy = store.save_copy(tmp_path / "copy.standpoint")
        assert mode(copy) == expected
        written = export_per_annotator(store, tmp_path / "team")
    assert written and {mode(p) for p in written} == {expected}


def test_replacing_an_export_gives_it_the_umask_permissions_too(store, tmp_path):
    out = tmp_path / "notes.md"
    out.write_text("old")
    out.chmod(0o600)
    with umask(0o022):
        exporters.export(store, "md", out)
    assert mode(out) == 0o644 and out.read_text() != "old"


def test_backups_stay_private(store, tmp_path):
    with umask(0o022):
        make_backup(store.path, force=True)
    assert {mode(b.path) for b in list_backups(store.path)} == {0o600}

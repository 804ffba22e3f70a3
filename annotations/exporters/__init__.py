"""Writing a project's notes out: one module per format, chosen by name.

An exporter is `write(ctx: ExportContext, out: TextIO | BinaryIO) -> None`; `export()` gathers the
context, writes to a temporary file beside the target and moves it into place, so an export that
fails or is cancelled leaves no partial file behind.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import StandpointError
from ..safe_files import publish, temporary_beside
from ..store import Store
from .context import ExportContext, build_context


class ExportCancelled(StandpointError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    write: Callable  # (ctx, out) -> None, or for whole-file exporters (store, path, **options) -> Path
    binary: bool = False
    whole_file: bool = False  # writes the path itself (PDF through Qt, zip archives)


EXPORTERS: dict[str, Exporter] = {}


def register(name: str, write: Callable, suffix: str, *, binary: bool = False, whole_file: bool = False) -> None:
    """Add a format; main.py registers "pdf" from the desktop package, which owns Qt."""
    EXPORTERS[name] = Exporter(name, suffix, write, binary, whole_file)


def export(
    store: Store,
    fmt: str,
    out_path: str | Path,
    *,
    document_ids: list[int] | None = None,
    group_by: str = "order",
    bom: bool = False,
    raw: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> Path:
    """Export the given documents (all by default) in a format; returns the path written.

    CSV cells that a spreadsheet would run as formulas get a leading ' unless `raw` is set.
    """
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise StandpointError(f"Unknown export format “{fmt}”; use one of: {', '.join(sorted(EXPORTERS))}.")
    if group_by not in ("order", "speaker"):
        raise StandpointError("Group statements by “order” (reading order) or “speaker”.")
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise StandpointError(f"{out_path.parent} is not a folder; choose where the export should go.")
    with _no_cycle_collection():
        return _export(exporter, store, out_path, document_ids, group_by, bom, raw, progress)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """An export allocates hundreds of thousands of small objects and frees them in one piece; the
    cycle collector would sweep the whole process (the window's models included) again and again
    meanwhile: 5-8% of an export at 100k statements, measured inside the window's process."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _export(exporter, store, out_path, document_ids, group_by, bom, raw, progress) -> Path:
    if exporter.whole_file:
        return exporter.write(store, out_path, document_ids=document_ids, group_by=group_by, progress=progress)
    ctx = build_context(store, document_ids, group_by=group_by, bom=bom, raw=raw, progress=progress)
    tmp = temporary_beside(out_path)
    try:
        if exporter.binary:
            with open(tmp, "wb") as out:
                exporter.write(ctx, out)
        else:
            encoding = "utf-8-sig" if bom else "utf-8"
            with open(tmp, "w", encoding=encoding, newline="") as out:
                exporter.write(ctx, out)
        if ctx.cancelled:
            raise ExportCancelled("Export cancelled; nothing was written.")
        publish(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out_path


def _register_builtins() -> None:
    from . import csv_export, html, markdown_notes, qdc, qdpx, w3c

    register("md", markdown_notes.write, ".md")
    register("html", html.write, ".html")
    register("csv", csv_export.write, ".csv")
    register("json", w3c.write, ".json")
    register("qdpx", qdpx.write, ".qdpx", binary=True)
    register("qdc", qdc.write, ".qdc", binary=True)


_register_builtins()

__all__ = ["EXPORTERS", "ExportCancelled", "ExportContext", "export", "register"]

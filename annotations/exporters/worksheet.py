"""Worksheets for class: chosen statements numbered in the article, a table to fill in, and its answer key.

`make_worksheet` chooses and numbers the statements; `write_worksheets` writes the worksheet and the key,
each as HTML, PDF or DOCX after its suffix. PDF goes through Qt, which `annotations/` does not import:
the desktop package registers its writer (`register_pdf`), as main.py does for the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StandpointError
from ..model import Document, Statement
from ..safe_files import publish, temporary_beside
from ..store import Store
from ..wording import counted
from .context import ExportContext, build_context
from .worksheet_labels import labels_for, mode_name, stance_name

OPTIONAL_COLUMNS: tuple[str, ...] = ("target", "mode")
"""Columns a worksheet may ask for besides speaker and stance."""

SUFFIXES: tuple[str, ...] = (".html", ".pdf", ".docx")

PdfWriter = Callable[[str, Path, str], None]  # (html, path, title): write the page laid out as a PDF at path
_pdf_writer: PdfWriter | None = None


def register_pdf(writer: PdfWriter) -> None:
    """Let worksheets be written as PDF (the desktop package lays HTML out with Qt)."""
    global _pdf_writer
    _pdf_writer = writer


@dataclass(frozen=True)
class Choice:
    """Which statements go on the sheet: all of the documents', narrowed by speaker, stance, status or ids."""

    speaker: str = ""  # a speaker's name or alias
    stance: str = ""  # a stance label
    status: str = ""  # "confirmed", "suggested", "reviewed"
    statement_ids: frozenset[int] | None = None  # the selection in the list, or the rows its filter shows

    def describe(self) -> str:
        """The filter in words, for messages."""
        parts = [f"{name} “{value}”" for name, value in
                 (("speaker", self.speaker), ("stance", self.stance), ("status", self.status)) if value]  # fmt: skip
        if self.statement_ids is not None:
            parts.append(counted(len(self.statement_ids), "chosen statement"))
        return ", ".join(parts) or "no filter"


@dataclass(frozen=True)
class Item:
    """A numbered statement and its answers, worded for the key."""

    number: int
    statement: Statement
    speaker: str
    stance: str
    target: str
    mode: str

    @property
    def note(self) -> str:
        """The statement's note (Markdown)."""
        return self.statement.note


@dataclass(frozen=True)
class Section:
    """One article and its numbered statements, with the labels of its language."""

    document: Document
    items: list[Item]
    labels: dict[str, str]

    @property
    def statements(self) -> list[Statement]:
        """The chosen statements in reading order."""
        return [item.statement for item in self.items]


@dataclass(frozen=True)
class Worksheet:
    """What both the worksheet and its key show: sections, extra columns and the teacher's questions."""

    sections: list[Section]
    columns: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        """The first article's title (the sheet's name in a PDF's or Word file's properties)."""
        return self.sections[0].document.title if self.sections else ""

    @property
    def items(self) -> list[Item]:
        """Every numbered statement, in order."""
        return [item for section in self.sections for item in section.items]


def make_worksheet(store: Store, document_ids: list[int] | None = None, choice: Choice = Choice(),
                   columns: Iterable[str] = (), questions: Iterable[str] = ()) -> Worksheet:  # fmt: skip
    """The chosen statements of these documents (all by default), numbered in reading order across them.

    StandpointError names what is unknown (a speaker, a stance, a column) or that nothing matched.
    """
    columns = tuple(c.strip().lower() for c in columns if c.strip())
    unknown = [c for c in columns if c not in OPTIONAL_COLUMNS]
    if unknown:
        raise StandpointError(f"No column “{unknown[0]}” on a worksheet; add target, mode or both.")
    ctx = build_context(store, document_ids)
    keep = _filter(ctx, choice)
    sections, number = [], 0
    for doc in ctx.documents:
        labels = labels_for(doc.language)
        items = []
        for st in ctx.statements[doc.id]:
            if keep(st):
                number += 1
                items.append(Item(number, st, ctx.speaker_name(st), stance_name(labels, ctx.stance_label(st)),
                                  ctx.target_name(st), mode_name(labels, st.mode)))  # fmt: skip
        if items:
            sections.append(Section(doc, items, labels))
    if not sections:
        raise StandpointError(f"No statement matches ({choice.describe()}); no worksheet was written.")
    return Worksheet(sections, tuple(dict.fromkeys(columns)), tuple(q.strip() for q in questions if q.strip()),
                     sections[0].labels)  # fmt: skip


def _filter(ctx: ExportContext, choice: Choice) -> Callable[[Statement], bool]:
    speaker_id = stance_id = None
    if choice.speaker.strip():
        speaker = ctx.store.find_speaker(choice.speaker)
        if speaker is None:
            names = ", ".join(s.name for s in ctx.speakers.values()) or "none yet"
            raise StandpointError(f"The project has no speaker “{choice.speaker}”; its speakers: {names}.")
        speaker_id = speaker.id
    if choice.stance.strip():
        stance = ctx.store.find_stance(choice.stance)
        if stance is None:
            labels = ", ".join(s.label for s in ctx.stances.values())
            raise StandpointError(f"The stance scheme has no “{choice.stance}”; its stances: {labels}.")
        stance_id = stance.id
    status = choice.status.strip().casefold()
    ids = choice.statement_ids

    def keep(st: Statement) -> bool:
        return ((speaker_id is None or st.speaker_id == speaker_id) and (stance_id is None or st.stance_id == stance_id)
                and (not status or st.status.casefold() == status) and (ids is None or st.id in ids))  # fmt: skip

    return keep


def render(sheet: Worksheet, path: Path, key: bool) -> bytes | str:
    """The worksheet (or key) in the format the path's suffix names: HTML text, PDF or DOCX bytes."""
    from . import worksheet_docx, worksheet_html

    suffix = path.suffix.lower()
    if suffix == ".html":
        return worksheet_html.render(sheet, key=key)
    if suffix == ".docx":
        return worksheet_docx.render(sheet, key=key)
    if suffix == ".pdf":
        return worksheet_html.render(sheet, key=key, qt_subset=True)
    raise StandpointError(f"A worksheet is written as .html, .pdf or .docx, not “{path.suffix or path.name}”.")


def write_worksheets(sheet: Worksheet, out: str | Path, key: str | Path | None = None) -> list[Path]:
    """Write the worksheet (and the key, if a path is given); each format follows its suffix.

    Both files appear whole or neither does: each is written beside its target and moved into place
    only once both are done.
    """
    targets = [(Path(out), False)] + ([(Path(key), True)] if key is not None else [])
    if len(targets) == 2 and targets[0][0].resolve() == targets[1][0].resolve():
        raise StandpointError("The worksheet and its key would be the same file; give the key another name.")
    for path, _key in targets:
        if path.suffix.lower() not in SUFFIXES:
            raise StandpointError(f"A worksheet is written as .html, .pdf or .docx, not “{path.suffix or path.name}”.")
        if not path.parent.is_dir():
            raise StandpointError(f"{path.parent} is not a folder; choose where the worksheet should go.")
        if path.suffix.lower() == ".pdf" and _pdf_writer is None:
            raise StandpointError("PDF worksheets are laid out by Qt, which is not available here; write .html or .docx.")
    written: list[tuple[Path, Path]] = []
    try:
        for path, is_key in targets:
            tmp = temporary_beside(path)
            written.append((tmp, path))
            content = render(sheet, path, is_key)
            if path.suffix.lower() == ".pdf":
                assert _pdf_writer is not None and isinstance(content, str)
                title = f"{sheet.title} – {sheet.labels['key' if is_key else 'worksheet']}"
                _pdf_writer(content, tmp, title)
            elif isinstance(content, bytes):
                tmp.write_bytes(content)
            else:
                tmp.write_text(content, encoding="utf-8", newline="")
        for tmp, path in written:
            publish(tmp, path)
    except BaseException:
        for tmp, _path in written:
            tmp.unlink(missing_ok=True)
        raise
    return [path for path, _key in targets]

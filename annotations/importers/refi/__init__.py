"""REFI-QDA in: .qdpx projects (QualCoder, MAXQDA, ATLAS.ti, NVivo, Standpoint) and .qdc codebooks.

Reading (`read_refi_file`) opens the file without trusting it (archive.py), reads its records
(parse.py), places every selection in its text however the writing tool counted (positions.py) and
guesses what each code branch is (roles.py); it touches no project. Adding (`add_refi`) puts the
result into a project inside the caller's operation (adding.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import ImportFailed
from ..base import MAX_BYTES
from .data import ROLE_LABELS, ROLES, Branch, RefiFile

if TYPE_CHECKING:
    from ...store import Store
    from .adding import RefiReport

SUFFIXES = (".qdpx", ".qdc")
# The reader's modules (and lxml) load when a file is read: the command line names ROLES on every start.


def read_refi_file(path: str | Path) -> RefiFile:
    """Read a .qdpx project or .qdc codebook; ImportFailed (saying what and why) when it cannot be read whole."""
    path = Path(path)
    if path.is_dir():
        raise ImportFailed(f"{path.name} is a folder: choose the files in it to import them.")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        raise ImportFailed(f"{path}: there is no such file.") from None
    except OSError as exc:
        raise ImportFailed(f"{path.name} could not be read: {exc.strerror or exc}.") from None
    if size == 0:
        raise ImportFailed(f"{path.name} is empty: there is nothing to import.")
    if size > MAX_BYTES:
        raise ImportFailed(f"{path.name} is {size / 1e6:.0f} MB; Standpoint imports files up to {MAX_BYTES // 10**6} MB.")
    from .archive import Archive
    from .parse import read_project, read_xml
    from .positions import resolve
    from .roles import guess

    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        archive = Archive(path)
        try:
            file = read_project(archive)
        finally:
            archive.close()
    elif path.suffix.lower() == ".qdpx":
        raise ImportFailed(f"{path.name} is not a REFI-QDA project: a .qdpx is a zip archive, and this file is not one."
                           " Was it renamed, or cut short?")  # fmt: skip
    else:
        file = read_xml(path.read_bytes(), path.name)
        if file.kind != "codebook":
            raise ImportFailed(f"{path.name} holds a REFI-QDA project without its sources; import the .qdpx instead.")
    _check_codes(file)
    resolve(file)
    _attach_notes(file)
    guess(file)
    if not file.sources and not file.codes:
        raise ImportFailed(f"{path.name} holds no text sources and no codes: there is nothing to import.")
    return file


def add_refi(store: Store, file: RefiFile) -> RefiReport:
    """Add a file read by read_refi_file, with its current `roles`, in the caller's operation (see adding.py)."""
    from .adding import add_refi as add

    return add(store, file)


def _check_codes(file: RefiFile) -> None:
    """A coding with a code the codebook does not define: the file contradicts itself."""
    for source in file.sources:
        for sel in source.selections:
            missing = next((c for c in sel.codes if c not in file.codes), None)
            if missing is not None:
                raise ImportFailed(f"{file.name}: a selection in “{source.name}” (“{sel.name or sel.guid}”) is coded"
                                   f" with the code {missing}, which the codebook does not define; the file"
                                   " contradicts itself, so it was not imported.")  # fmt: skip


def _attach_notes(file: RefiFile) -> None:
    """Notes into the selections that refer to them; a note holding a selection of a source (an annotation) becomes one."""
    used: set[str] = set()
    dangling = 0
    for source in file.sources:
        for sel in source.selections:
            for ref in sel.note_refs:
                note = file.notes.get(ref)
                if note is None:
                    dangling += 1
                    continue
                used.add(ref)
                sel.notes.append(note.text)
        for ref in source.note_refs:
            note = file.notes.get(ref)
            if note is None:
                dangling += 1
                continue
            used.add(ref)
            placed = [s for s in note.selections if s.span is not None and source.text[s.span[0] : s.span[1]].strip()]
            for sel in placed:
                sel.notes = [note.text]
                source.selections.append(sel)
            if len(placed) < len(note.selections):
                file.refused.append(f"the note “{note.name or note.text[:40]}” marks text outside “{source.name}”:"
                                    " not imported.")  # fmt: skip
            if not note.selections:
                file.not_kept.append(f"the note “{note.name or note.text[:40]}” on “{source.name}”")
    unused = [n for g, n in file.notes.items() if g not in used]
    if unused:
        file.not_kept.append(f"{len(unused)} project note{'' if len(unused) == 1 else 's'}"
                             f" ({', '.join(f'“{n.name}”' for n in unused[:3] if n.name)})".replace(" ()", ""))  # fmt: skip
    if dangling:
        file.warnings.append(f"{dangling} references to notes the file does not hold were ignored.")


__all__ = ["ROLES", "ROLE_LABELS", "SUFFIXES", "Branch", "RefiFile", "RefiReport", "add_refi", "read_refi_file"]

"""REFI-QDA project exchange (.qdpx): the work opens in QualCoder, MAXQDA, ATLAS.ti and other QDA tools.

Speakers, stances, targets and modes become codes in four groups; each statement is a
PlainTextSelection (code points, end exclusive, REFI-QDA 10.2) coded with them. What other tools
read in different places is written in each: a note is the selection's Description (the only place
QualCoder reads a coding's memo) and a Note it refers to; a speaker is a code and a Case holding its
statements; a document's metadata are Variables of its source. Texts are files in sources/, never
inline (QualCoder cannot read inline text). GUIDs stay the same from one export to the next.
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable
from typing import BinaryIO

from ..model import Document, Statement
from .context import ExportContext
from .refi_xml import PROJECT_NS, Guids, attr, codes_xml, text, uuid5

DOCUMENT_VARIABLES = (("title", "Title"), ("author", "Author"), ("outlet", "Outlet"), ("published", "Published"),
                      ("language", "Language"), ("source", "Source URL"))  # fmt: skip
"""Document fields written as Variables of each source, and the names other tools show for them."""
ALIASES_VARIABLE = "Also known as"
"""The Variable of a speaker's Case that lists the other names it goes by, one a line."""
_DEPENDENT = uuid.uuid5(uuid.NAMESPACE_URL, "urn:standpoint:refi-qda").bytes
_CHUNK = 1 << 20


def dependent_guid(parent: str, *key: str) -> str:
    """The GUID of a record that exists only inside another (a coding, a note): derived from the parent's
    GUID, so it stays the same wherever the parent's does."""
    return uuid5(_DEPENDENT, "/".join((parent, *key)))


class _Writer:
    """Collects XML text and hands it on encoded, a megabyte at a time."""

    def __init__(self, out: Callable[[bytes], object]):
        self.out = out
        self.parts: list[str] = []
        self.size = 0

    def __call__(self, piece: str) -> None:
        self.parts.append(piece)
        self.size += len(piece)
        if self.size > _CHUNK:
            self.flush()

    def flush(self) -> None:
        self.out("".join(self.parts).encode("utf-8"))
        self.parts, self.size = [], 0


def write(ctx: ExportContext, out: BinaryIO) -> None:
    """Write a REFI-QDA project (.qdpx: a zip of project.qde and the sources' texts)."""
    guids = Guids(ctx.store)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("project.qde", "w") as member:
            emit = _Writer(member.write)
            project_xml(ctx, guids, emit)
            emit.flush()
        for doc in ctx.documents:
            z.writestr(f"sources/{guids.of('document', doc.id)}.txt", doc.text.encode("utf-8"))


def project_xml(ctx: ExportContext, guids: Guids, emit: Callable[[str], None]) -> None:
    """project.qde, piece by piece."""
    user = guids.derived("user")
    now = max((d.updated for d in ctx.documents), default="")
    annotators = sorted({st.annotator for sts in ctx.statements.values() for st in sts if st.annotator})
    users = {name: guids.derived("user", name) for name in annotators}
    created = f" creationDateTime={attr(now)}" if now else ""
    emit('<?xml version="1.0" encoding="utf-8"?>\n'
         f'<Project xmlns="{PROJECT_NS}" name={attr(ctx.store.path.stem)} origin="Standpoint"'
         f" creatingUserGUID={attr(user)}{created}>\n<Users>\n<User guid={attr(user)} name=\"Standpoint\"/>\n")  # fmt: skip
    for name, guid in users.items():
        emit(f"<User guid={attr(guid)} name={attr(name)}/>\n")
    emit(f"</Users>\n<CodeBook>\n{codes_xml(ctx, guids)}\n</CodeBook>\n")
    variables = _variables(ctx, guids)
    if variables:
        emit("<Variables>\n" + "".join(f"<Variable guid={attr(g)} name={attr(n)} typeOfVariable=\"Text\"/>\n"
                                       for g, n in variables.values()) + "</Variables>\n")  # fmt: skip
    _cases(ctx, guids, variables, emit)
    notes: list[str] = []
    emit("<Sources>\n")
    for doc in ctx.documents:
        if not _source(ctx, guids, doc, user, users, variables, notes, emit):
            break
    emit("</Sources>\n")
    if notes:
        emit("<Notes>\n" + "".join(notes) + "</Notes>\n")
    emit("</Project>\n")


def _variables(ctx: ExportContext, guids: Guids) -> dict[str, tuple[str, str]]:
    """field -> (GUID, name) of the Variables this export uses (those with a value somewhere)."""
    used = {f: (guids.derived("variable", f), name) for f, name in DOCUMENT_VARIABLES
            if any(getattr(d, f) for d in ctx.documents)}  # fmt: skip
    if any(sp.aliases for sp in ctx.speakers.values()):
        used["aliases"] = (guids.derived("variable", "aliases"), ALIASES_VARIABLE)
    return used


def _value(variables: dict[str, tuple[str, str]], key: str, value: str) -> str:
    return (f"<VariableValue><VariableRef targetGUID={attr(variables[key][0])}/>"
            f"<TextValue>{text(value)}</TextValue></VariableValue>")  # fmt: skip


def _cases(ctx: ExportContext, guids: Guids, variables: dict, emit: Callable[[str], None]) -> None:
    """Each speaker as a Case holding the selections of its statements: QDA tools compare speakers as cases."""
    if not ctx.speakers:
        return
    spoken: dict[int, list[str]] = {}
    for doc in ctx.documents:
        for st in ctx.statements[doc.id]:
            if st.speaker_id in ctx.speakers:
                spoken.setdefault(st.speaker_id, []).append(guids.of("statement", st.id))
    emit("<Cases>\n")
    for sp in ctx.speakers.values():
        parts = [f"<Case guid={attr(guids.of('case', sp.id))} name={attr(sp.name)}>"]
        if sp.description:
            parts.append(f"<Description>{text(sp.description)}</Description>")
        parts.append(f"<CodeRef targetGUID={attr(guids.of('speaker', sp.id))}/>")
        if sp.aliases:
            parts.append(_value(variables, "aliases", "\n".join(sp.aliases)))
        parts += [f"<SelectionRef targetGUID={attr(g)}/>" for g in spoken.get(sp.id, ())]
        emit("".join(parts) + "</Case>\n")
    emit("</Cases>\n")


def _source(ctx: ExportContext, guids: Guids, doc: Document, user: str, users: dict[str, str], variables: dict,
            notes: list[str], emit: Callable[[str], None]) -> bool:  # fmt: skip
    """One TextSource with its selections; False once the user has cancelled."""
    guid = guids.of("document", doc.id)
    emit(f"<TextSource guid={attr(guid)} name={attr(doc.title)} plainTextPath={attr(f'internal://{guid}.txt')}"
         f" creatingUser={attr(user)} creationDateTime={attr(doc.created)} modifiedDateTime={attr(doc.updated)}>\n")  # fmt: skip
    for st in ctx.statements[doc.id]:
        emit(_selection(ctx, guids, st, users.get(st.annotator, user), notes))
        if not ctx.tick():
            return False
    emit("".join(_value(variables, f, getattr(doc, f)) + "\n" for f, _n in DOCUMENT_VARIABLES
                 if f in variables and getattr(doc, f)))  # fmt: skip
    emit("</TextSource>\n")
    return True


def _selection(ctx: ExportContext, guids: Guids, st: Statement, creator: str, notes: list[str]) -> str:
    guid = guids.of("statement", st.id)
    # GUIDs and times never need escaping: only the quote is written through attr().
    parts = [f'<PlainTextSelection guid="{guid}" name={attr(st.quote)} startPosition="{st.start}"'
             f' endPosition="{st.end}" creatingUser="{creator}" creationDateTime="{st.created}"'
             f' modifiedDateTime="{st.updated}">']  # fmt: skip
    note = st.note if st.note.strip() else ""
    if note:
        parts.append(f"<Description>{text(note)}</Description>")
    for kind, ref in (("speaker", st.speaker_id if st.speaker_id in ctx.speakers else None),
                      ("stance", st.stance_id if st.stance_id in ctx.stances else None),
                      ("target", st.target_id if st.target_id in ctx.targets else None)):  # fmt: skip
        if ref is not None:
            parts.append(f'<Coding guid="{dependent_guid(guid, "coding", kind)}" creatingUser="{creator}">'
                         f'<CodeRef targetGUID="{guids.of(kind, ref)}"/></Coding>')  # fmt: skip
    if st.mode:
        parts.append(f'<Coding guid="{dependent_guid(guid, "coding", "mode")}" creatingUser="{creator}">'
                     f'<CodeRef targetGUID="{guids.mode(st.mode)}"/></Coding>')  # fmt: skip
    if note:
        note_guid = dependent_guid(guid, "note")
        parts.append(f"<NoteRef targetGUID={attr(note_guid)}/>")
        notes.append(f"<Note guid={attr(note_guid)} name={attr(f'Note on “{st.quote[:40]}”')} creatingUser={attr(creator)}"
                     f" creationDateTime={attr(st.updated)}><PlainTextContent>{text(note)}</PlainTextContent></Note>\n")  # fmt: skip
    parts.append("</PlainTextSelection>\n")
    return "".join(parts)

"""Reading project.qde (or a .qdc codebook) into plain records, as the XML streams by.

A project of 100,000 codings is a 100 MB document: each PlainTextSelection is taken out of the tree
as soon as it is read, so memory holds the records, not the XML. What breaks the standard where
Standpoint cannot tell what was meant (no REFI-QDA namespace, an id that is not a GUID, a code or a
source text the file does not hold, a text that is not UTF-8) refuses the whole file: importing
half of it would look like success.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable

from ...errors import ImportFailed
from .archive import Archive, events, refuse_dtd
from .data import Case, Code, Note, RefiFile, Selection, TextSource

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_GUID = re.compile(r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?")
_OTHER_SOURCES = {"PictureSource": "picture source", "PDFSource": "PDF source", "AudioSource": "audio source",
                  "VideoSource": "video source"}  # fmt: skip
_VALUES = ("TextValue", "DateValue", "DateTimeValue", "IntegerValue", "FloatValue", "BooleanValue")


def local(tag: object) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _children(elem: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in elem if local(c.tag) == name]


def _child_text(elem: ET.Element, name: str) -> str:
    found = next((c for c in elem if local(c.tag) == name), None)
    return (found.text or "") if found is not None else ""


class _Reader:
    def __init__(self, name: str, archive: Archive | None):
        self.name, self.archive = name, archive
        self.file = RefiFile(name, "project")
        self.stack: list[ET.Element] = []
        self.guids: set[str] = set()
        self.source: TextSource | None = None
        self.not_kept: Counter[str] = Counter()

    # -- ids -----------------------------------------------------------------------------------------

    def guid(self, elem: ET.Element, attr: str = "guid", unique: bool = False) -> str:
        """The GUID an attribute holds, normalised (no braces, lower case); ImportFailed if it is not one."""
        value = (elem.get(attr) or "").strip()
        match = _GUID.fullmatch(value)
        if match is None:
            what = local(elem.tag)
            named = f" “{elem.get('name')}”" if elem.get("name") else ""
            raise ImportFailed(f"{self.name}: the {attr} of {what}{named} is “{value}”, not a GUID as REFI-QDA requires;"
                               " records cannot be told apart without them, so the file was not imported.")  # fmt: skip
        guid = match.group(1).lower()
        if unique:
            if guid in self.guids:
                raise ImportFailed(f"{self.name}: the GUID {guid} is given to more than one record (a {local(elem.tag)}"
                                   " among them); REFI-QDA requires each to be unique, so the file was not imported.")  # fmt: skip
            self.guids.add(guid)
        return guid

    def position(self, elem: ET.Element, attr: str) -> int:
        try:
            return int((elem.get(attr) or "").strip())
        except ValueError:
            raise ImportFailed(f"{self.name}: a PlainTextSelection (“{elem.get('name', '')}”) has {attr}"
                               f" “{elem.get(attr)}”, not a whole number: the file was not imported.") from None  # fmt: skip

    # -- the document ---------------------------------------------------------------------------------

    def read(self, stream: Iterable[tuple[str, ET.Element]]) -> RefiFile:
        for event, elem in stream:
            if event == "start":
                if not self.stack:
                    self.root(elem)
                self.stack.append(elem)
                if local(elem.tag) == "TextSource" and self.parent_is("Sources"):
                    self.source = TextSource(self.guid(elem, unique=True), elem.get("name") or "")
            else:
                self.stack.pop()
                self.end(elem)
        if self.not_kept:
            self.file.not_kept = [f"{n} {what}{'' if n == 1 else 's'}" for what, n in self.not_kept.items()]
        return self.file

    def parent_is(self, name: str) -> bool:
        return len(self.stack) >= 2 and local(self.stack[-2].tag) == name

    def root(self, elem: ET.Element) -> None:
        kind, namespace = local(elem.tag), _namespace(elem.tag)
        expected = {"Project": PROJECT_NS, "CodeBook": CODEBOOK_NS}.get(kind)
        if expected is None:
            raise ImportFailed(f"{self.name} is not a REFI-QDA project or codebook: its root element is {kind}.")
        if namespace != expected:
            said = f"the namespace “{namespace}”" if namespace else "no namespace"
            raise ImportFailed(f"{self.name} has {said} where REFI-QDA requires {expected}: the file does not follow the"
                               " standard (a known exporter bug), so it was not imported.")  # fmt: skip
        self.file.kind = "project" if kind == "Project" else "codebook"
        self.file.origin = elem.get("origin") or ""
        if elem.get("creatingUserGUID"):
            self.file.creating_user = self.guid(elem, "creatingUserGUID")

    def end(self, elem: ET.Element) -> None:
        name = local(elem.tag)
        parent = local(self.stack[-1].tag) if self.stack else ""
        if name == "PlainTextSelection" and parent == "TextSource" and self.source is not None:
            self.source.selections.append(self.selection(elem))
            self.stack[-1].remove(elem)  # read: its XML is not needed any more
        elif name == "Coding" and parent == "TextSource":
            self.not_kept["coding of a whole source"] += 1
        elif name == "TextSource" and parent == "Sources":
            self.text_source(elem)
            elem.clear()
        elif name in _OTHER_SOURCES and parent == "Sources":
            self.not_kept[_OTHER_SOURCES[name]] += 1
            elem.clear()
        elif name == "User" and parent == "Users":
            self.file.users[self.guid(elem)] = elem.get("name") or ""
        elif name == "Codes" and parent == "CodeBook":
            self.codes(elem)
            elem.clear()
        elif name == "Variable" and parent == "Variables":
            self.file.variables[self.guid(elem)] = elem.get("name") or ""
        elif name == "Case" and parent == "Cases":
            self.case(elem)
            elem.clear()
        elif name == "Note" and parent == "Notes":
            self.note(elem)
            elem.clear()
        elif name in ("Links", "Sets", "Graphs") and len(self.stack) == 1:
            self.not_kept[name.lower()[:-1]] += len(elem)
            elem.clear()
        elif name == "Description" and len(self.stack) == 1 and (elem.text or "").strip():
            self.not_kept["project description"] += 1
        elif name == "NoteRef" and len(self.stack) == 1:
            self.not_kept["project note"] += 1

    # -- records -------------------------------------------------------------------------------------

    def codes(self, codes: ET.Element) -> None:
        pending: list[tuple[ET.Element, str | None]] = [(c, None) for c in reversed(_children(codes, "Code"))]
        order: list[str] = []
        while pending:  # iteratively: a codebook nested a thousand deep must not overflow the stack
            elem, parent = pending.pop()
            guid = self.guid(elem, unique=True)
            code = Code(guid, (elem.get("name") or "").strip(), (elem.get("isCodable") or "true").strip() in ("true", "1"),
                        elem.get("color") or "", _child_text(elem, "Description"), parent)  # fmt: skip
            self.file.codes[guid] = code
            if parent is None:
                order.append(guid)
            else:
                self.file.codes[parent].children.append(guid)
            pending += [(c, guid) for c in reversed(_children(elem, "Code"))]
        self.file.top = order

    def selection(self, elem: ET.Element) -> Selection:
        start, end = self.position(elem, "startPosition"), self.position(elem, "endPosition")
        sel = Selection(self.guid(elem, unique=True), elem.get("name"), start, end)
        if elem.get("creatingUser"):
            sel.user = self.guid(elem, "creatingUser")
        description = _child_text(elem, "Description")
        if description.strip():
            sel.notes.append(description)
        for coding in _children(elem, "Coding"):
            for ref in _children(coding, "CodeRef"):
                sel.codes.append(self.guid(ref, "targetGUID"))
            sel.note_refs += [self.guid(r, "targetGUID") for r in _children(coding, "NoteRef")]
        sel.note_refs += [self.guid(r, "targetGUID") for r in _children(elem, "NoteRef")]
        return sel

    def text_source(self, elem: ET.Element) -> None:
        source, self.source = self.source, None
        assert source is not None
        source.description = _child_text(elem, "Description")
        source.note_refs = [self.guid(r, "targetGUID") for r in _children(elem, "NoteRef")]
        source.values = self.values(elem)
        raw = self.source_text(elem, source.name or source.guid)
        if raw is None:
            return
        source.bom = raw.startswith("\ufeff")
        source.raw = raw
        if source.description.strip():
            self.not_kept["source description"] += 1
        self.file.sources.append(source)

    def source_text(self, elem: ET.Element, label: str) -> str | None:
        """The source's text as the file holds it (BOM and line ends kept); None for one Standpoint cannot read."""
        path = (elem.get("plainTextPath") or "").strip()
        content = next((c for c in elem if local(c.tag) == "PlainTextContent"), None)
        if content is not None and not path:
            return content.text or ""
        if not path:
            self.not_kept["source without plain text (rich text only)"] += 1
            return None
        if not path.startswith("internal://"):
            # An absolute:// or relative:// source lives outside the archive: reading the disk on a file's word is not safe.
            self.not_kept["source kept outside the archive"] += 1
            return None
        if self.archive is None:
            raise ImportFailed(f"{self.name}: “{label}” is in the sources folder of a .qdpx, which a codebook does not have.")
        info = self.archive.source(path)
        if info is None:
            raise ImportFailed(f"{self.name}: the text of “{label}” ({path}) is missing from the archive's sources folder:"
                               " the file is incomplete, so it was not imported.")  # fmt: skip
        return decode_source(self.archive.read(info, f"the text of “{label}”"), self.name, label)

    def values(self, elem: ET.Element) -> dict[str, str]:
        out = {}
        for value in _children(elem, "VariableValue"):
            ref = next((c for c in value if local(c.tag) == "VariableRef"), None)
            given = next((c for c in value if local(c.tag) in _VALUES), None)
            if ref is not None and given is not None and (given.text or "").strip():
                out[self.guid(ref, "targetGUID")] = given.text or ""
        return out

    def case(self, elem: ET.Element) -> None:
        case = Case(self.guid(elem, unique=True), (elem.get("name") or "").strip(), _child_text(elem, "Description"))
        case.selections = [self.guid(r, "targetGUID") for r in _children(elem, "SelectionRef")]
        case.values = self.values(elem)
        self.file.cases.append(case)

    def note(self, elem: ET.Element) -> None:
        note = Note(self.guid(elem, unique=True), elem.get("name") or "")
        path = (elem.get("plainTextPath") or "").strip()
        if path.startswith("internal://") and self.archive is not None:
            info = self.archive.source(path)
            if info is not None:
                note.text = decode_source(self.archive.read(info, f"the note “{note.name}”"), self.name,
                                          f"the note “{note.name}”").removeprefix("\ufeff")  # fmt: skip
        else:
            note.text = _child_text(elem, "PlainTextContent")
        note.selections = [Selection(self.guid(s, unique=True), s.get("name"), self.position(s, "startPosition"),
                                     self.position(s, "endPosition")) for s in _children(elem, "PlainTextSelection")]  # fmt: skip
        self.file.notes[note.guid] = note


def decode_source(data: bytes, name: str, label: str) -> str:
    """A plain-text source as REFI-QDA requires it, UTF-8 (a BOM is kept as U+FEFF); ImportFailed otherwise."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        found = "UTF-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else f"byte 0x{data[exc.start]:02x} at {exc.start} is not UTF-8"
        raise ImportFailed(f"{name}: the text of {label} is not UTF-8 ({found}), which REFI-QDA requires of text"
                           " sources; the file was not imported. Export it again as UTF-8 from the tool that wrote"
                           " it.") from None  # fmt: skip


def read_project(archive: Archive) -> RefiFile:
    """Read the project.qde of an opened .qdpx."""
    info = archive.project()
    archive.charge(info, "project.qde")
    refuse_dtd(archive.chunks(info), f"{archive.name} (project.qde)")
    return _Reader(archive.name, archive).read(events(archive.chunks(info), f"{archive.name} (project.qde)"))


def read_xml(data: bytes, name: str) -> RefiFile:
    """Read a bare REFI-QDA XML document (a .qdc codebook)."""
    refuse_dtd([data], name)
    return _Reader(name, None).read(events([data], name))

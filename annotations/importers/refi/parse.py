"""Reading project.qde (or a .qdc codebook) into plain records, as the XML streams by.

A project of 100,000 codings is a 100 MB document: each PlainTextSelection is taken out of the tree
as soon as it is read, so memory holds the records, not the XML. What breaks the standard where
Standpoint cannot tell what was meant (no REFI-QDA namespace, an id that is not a GUID, a code or a
source text the file does not hold, a text that is not UTF-8) refuses the whole file: importing
half of it would look like success.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any, BinaryIO

from ...errors import ImportFailed
from .archive import Archive, elements, root_element
from .data import Case, Code, Note, RefiFile, Selection, TextSource

Element = Any  # an lxml element: typeshed has no stubs for lxml
PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_GUID = re.compile(r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?")
_OTHER_SOURCES = {"PictureSource": "picture source", "PDFSource": "PDF source", "AudioSource": "audio source",
                  "VideoSource": "video source"}  # fmt: skip
_PLURALS = {"coding of a whole source": "codings of whole sources",
            "source without plain text (rich text only)": "sources without plain text (rich text only)",
            "source kept outside the archive": "sources kept outside the archive"}  # fmt: skip
_VALUES = ("TextValue", "DateValue", "DateTimeValue", "IntegerValue", "FloatValue", "BooleanValue")


def local(tag: object) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


class _Reader:
    def __init__(self, name: str, archive: Archive | None):
        self.name, self.archive = name, archive
        self.file = RefiFile(name, "project")
        self.guids: set[str] = set()
        self.refs: dict[str, str] = {}  # attribute value -> GUID, for the GUIDs that recur (users, codes)
        self.source: TextSource | None = None
        self.source_elem: Element | None = None
        self.not_kept: Counter[str] = Counter()
        self.ns = ""

    def q(self, name: str) -> str:
        """A tag name in the file's namespace, as the parser reports it."""
        return f"{{{self.ns}}}{name}"

    def kids(self, elem: Element, name: str) -> list[Element]:
        tag = self.q(name)
        return [c for c in elem if c.tag == tag]

    def kid_text(self, elem: Element, name: str) -> str:
        tag = self.q(name)
        found = next((c for c in elem if c.tag == tag), None)
        return (found.text or "") if found is not None else ""

    # -- ids -----------------------------------------------------------------------------------------

    def guid(self, elem: Element, attr: str = "guid", unique: bool = False) -> str:
        """The GUID an attribute holds, normalised (no braces, lower case); ImportFailed if it is not one."""
        value = elem.get(attr) or ""
        if not unique and value in self.refs:
            return self.refs[value]
        match = _GUID.fullmatch(value.strip())
        if match is None:
            what = local(elem.tag)
            named = f" “{elem.get('name')}”" if elem.get("name") else ""
            raise ImportFailed(f"{self.name}: the {attr} of {what}{named} is “{value}”, not a GUID as REFI-QDA requires;"
                               " records cannot be told apart without them, so the file was not imported.")  # fmt: skip
        guid = match.group(1).lower()
        if not unique:
            self.refs[value] = guid
        elif guid in self.guids:
            raise ImportFailed(f"{self.name}: the GUID {guid} is given to more than one record (a {local(elem.tag)}"
                               " among them); REFI-QDA requires each to be unique, so the file was not imported.")  # fmt: skip
        else:
            self.guids.add(guid)
        return guid

    def position(self, elem: Element, attr: str) -> int:
        try:
            return int((elem.get(attr) or "").strip())
        except ValueError:
            raise ImportFailed(f"{self.name}: a PlainTextSelection (“{elem.get('name', '')}”) has {attr}"
                               f" “{elem.get(attr)}”, not a whole number: the file was not imported.") from None  # fmt: skip

    # -- the document ---------------------------------------------------------------------------------

    def read(self, root_tag: str, source: BinaryIO) -> RefiFile:
        """Read the document whose root element is root_tag (see archive.root_element) from source."""
        self.namespace(root_tag)
        handlers = self.handlers()
        root = self.q(local(root_tag))
        for event, elem in elements(source, [root, self.t_source, *handlers], self.name):
            parent = elem.getparent()
            parent_tag = parent.tag if parent is not None else ""
            if event == "start":
                if elem.tag == root:
                    self.root(elem)
                elif elem.tag == self.t_source and parent_tag == self.t_sources:
                    self.source = TextSource(self.guid(elem, unique=True), elem.get("name") or "",
                                             created=_time(elem.get("creationDateTime")),
                                             updated=_time(elem.get("modifiedDateTime")))  # fmt: skip
                    self.source_elem = elem
            elif elem.tag in handlers:
                handlers[elem.tag](elem, parent_tag)
        self.file.not_kept = [f"{n} {what if n == 1 else _PLURALS.get(what, what + 's')}"
                              for what, n in self.not_kept.items() if n]  # fmt: skip
        return self.file

    def handlers(self) -> dict[str, Callable[[Element, str], None]]:
        """What to do when an element ends, by tag; anything else is read as part of its parent."""
        self.t_source, self.t_sources = self.q("TextSource"), self.q("Sources")
        out = {self.q("PlainTextSelection"): self.selection_ends, self.t_source: self.text_source_ends,
               self.q("Users"): self.users, self.q("Codes"): self.codes, self.q("Variables"): self.variables,
               self.q("Case"): self.case, self.q("Note"): self.note, self.q("Project"): self.project_ends}  # fmt: skip
        for name, what in _OTHER_SOURCES.items():
            out[self.q(name)] = partial(self.skip, what=what)
        for name in ("Links", "Sets", "Graphs"):
            out[self.q(name)] = partial(self.skip, what=name.lower()[:-1], children=True)
        return out

    def namespace(self, root_tag: str) -> None:
        kind, namespace = local(root_tag), _namespace(root_tag)
        expected = {"Project": PROJECT_NS, "CodeBook": CODEBOOK_NS}.get(kind)
        if expected is None:
            raise ImportFailed(f"{self.name} is not a REFI-QDA project or codebook: its root element is {kind}.")
        if namespace != expected:
            said = f"the namespace “{namespace}”" if namespace else "no namespace"
            raise ImportFailed(f"{self.name} has {said} where REFI-QDA requires {expected}: the file does not follow the"
                               " standard (a known exporter bug), so it was not imported.")  # fmt: skip
        self.ns = namespace
        self.file.kind = "project" if kind == "Project" else "codebook"

    def root(self, elem: Element) -> None:
        self.file.origin = elem.get("origin") or ""
        if elem.get("creatingUserGUID"):
            self.file.creating_user = self.guid(elem, "creatingUserGUID")

    def skip(self, elem: Element, parent: str, what: str, children: bool = False) -> None:
        if parent in (self.t_sources, self.q("Project"), self.q("CodeBook")):
            self.not_kept[what] += len(elem) if children else 1
            elem.clear()

    def project_ends(self, elem: Element, _parent: str) -> None:
        if self.kid_text(elem, "Description").strip():
            self.not_kept["project description"] += 1
        self.not_kept["project note"] += len(self.kids(elem, "NoteRef"))

    # -- records -------------------------------------------------------------------------------------

    def users(self, elem: Element, _parent: str) -> None:
        for user in self.kids(elem, "User"):
            self.file.users[self.guid(user)] = user.get("name") or ""

    def variables(self, elem: Element, _parent: str) -> None:
        for variable in self.kids(elem, "Variable"):
            self.file.variables[self.guid(variable)] = variable.get("name") or ""

    def codes(self, codes: Element, parent_tag: str) -> None:
        if parent_tag != self.q("CodeBook"):
            return
        pending: list[tuple[Element, str | None]] = [(c, None) for c in reversed(self.kids(codes, "Code"))]
        order: list[str] = []
        while pending:  # iteratively: a codebook nested a thousand deep must not overflow the stack
            elem, parent = pending.pop()
            guid = self.guid(elem, unique=True)
            code = Code(guid, (elem.get("name") or "").strip(), (elem.get("isCodable") or "true").strip() in ("true", "1"),
                        elem.get("color") or "", self.kid_text(elem, "Description"), parent)  # fmt: skip
            self.file.codes[guid] = code
            if parent is None:
                order.append(guid)
            else:
                self.file.codes[parent].children.append(guid)
            pending += [(c, guid) for c in reversed(self.kids(elem, "Code"))]
        self.file.top = order
        codes.clear()

    def selection_ends(self, elem: Element, parent: str) -> None:
        if parent == self.t_source and self.source is not None and self.source_elem is not None:
            self.source.selections.append(self.selection(elem))
            self.source_elem.remove(elem)  # read: its XML is not needed any more

    def selection(self, elem: Element) -> Selection:
        start, end = self.position(elem, "startPosition"), self.position(elem, "endPosition")
        sel = Selection(self.guid(elem, unique=True), elem.get("name"), start, end,
                        created=_time(elem.get("creationDateTime")), updated=_time(elem.get("modifiedDateTime")))
        if elem.get("creatingUser"):
            sel.user = self.guid(elem, "creatingUser")
        coding_tag, code_ref, note_ref, description = (self.q("Coding"), self.q("CodeRef"), self.q("NoteRef"),
                                                       self.q("Description"))  # fmt: skip
        for child in elem:
            if child.tag == coding_tag:
                for ref in child:
                    if ref.tag == code_ref:
                        sel.codes.append(self.guid(ref, "targetGUID"))
                    elif ref.tag == note_ref:
                        sel.note_refs.append(self.guid(ref, "targetGUID"))
            elif child.tag == note_ref:
                sel.note_refs.append(self.guid(child, "targetGUID"))
            elif child.tag == description and (child.text or "").strip():
                sel.notes.append(child.text or "")
        return sel

    def text_source_ends(self, elem: Element, parent: str) -> None:
        source, self.source, self.source_elem = self.source, None, None
        if parent != self.t_sources or source is None:
            return
        source.description = self.kid_text(elem, "Description")
        source.note_refs = [self.guid(r, "targetGUID") for r in self.kids(elem, "NoteRef")]
        source.values = self.values(elem)
        self.not_kept["coding of a whole source"] += len(self.kids(elem, "Coding"))  # Standpoint marks passages only
        raw = self.source_text(elem, source.name or source.guid)
        elem.clear()
        if raw is None:
            return
        source.bom = raw.startswith("\ufeff")
        source.raw = raw
        if source.description.strip():
            self.not_kept["source description"] += 1
        self.file.sources.append(source)

    def source_text(self, elem: Element, label: str) -> str | None:
        """The source's text as the file holds it (BOM and line ends kept); None for one Standpoint cannot read."""
        path = (elem.get("plainTextPath") or "").strip()
        content = next((c for c in elem if c.tag == self.q("PlainTextContent")), None)
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

    def values(self, elem: Element) -> dict[str, str]:
        out = {}
        ref_tag, value_tags = self.q("VariableRef"), {self.q(v) for v in _VALUES}
        for value in self.kids(elem, "VariableValue"):
            ref = next((c for c in value if c.tag == ref_tag), None)
            given = next((c for c in value if c.tag in value_tags), None)
            if ref is not None and given is not None and (given.text or "").strip():
                out[self.guid(ref, "targetGUID")] = given.text or ""
        return out

    def case(self, elem: Element, parent: str) -> None:
        if parent != self.q("Cases"):
            return
        case = Case(self.guid(elem, unique=True), (elem.get("name") or "").strip(), self.kid_text(elem, "Description"))
        case.selections = [self.guid(r, "targetGUID") for r in self.kids(elem, "SelectionRef")]
        case.values = self.values(elem)
        self.file.cases.append(case)
        elem.clear()

    def note(self, elem: Element, parent: str) -> None:
        if parent != self.q("Notes"):
            return
        note = Note(self.guid(elem, unique=True), elem.get("name") or "")
        path = (elem.get("plainTextPath") or "").strip()
        if path.startswith("internal://") and self.archive is not None:
            info = self.archive.source(path)
            if info is not None:
                note.text = decode_source(self.archive.read(info, f"the note “{note.name}”"), self.name,
                                          f"the note “{note.name}”").removeprefix("\ufeff")  # fmt: skip
        else:
            note.text = self.kid_text(elem, "PlainTextContent")
        made = _time(elem.get("creationDateTime"))
        note.selections = [Selection(self.guid(s, unique=True), s.get("name"), self.position(s, "startPosition"),
                                     self.position(s, "endPosition"), created=_time(s.get("creationDateTime")) or made)
                           for s in self.kids(elem, "PlainTextSelection")]  # fmt: skip
        self.file.notes[note.guid] = note
        elem.clear()


_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def _time(value: str | None) -> str:
    """A creation or modification time as the file gives it, if it is one with an offset (RFC 3339), else ""."""
    value = (value or "").strip()
    return value if _DATETIME.fullmatch(value) else ""


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
    name = f"{archive.name} (project.qde)"
    root = root_element(archive.chunks(info), name)
    with archive.open(info) as source:
        return _Reader(archive.name, archive).read(root, source)


def read_xml(data: bytes, name: str) -> RefiFile:
    """Read a bare REFI-QDA XML document (a .qdc codebook)."""
    return _Reader(name, None).read(root_element([data], name), io.BytesIO(data))

"""Writing REFI-QDA XML by hand: escaping, GUIDs that stay the same across exports, the codebook.

Strings rather than ElementTree: an export of 100,000 statements is a million elements, and
ElementTree would build them all before writing one; it also cannot keep a carriage return in a
note (XML readers turn a raw CR into LF), which `text()` escapes.
"""

from __future__ import annotations

import hashlib
import re
import uuid

from ..model import MODES
from ..store import Store
from .w3c import project_uuid

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ATTR_SPECIAL = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]')
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;",
                       "\t": "&#9;"})  # fmt: skip
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
GROUPS = (("speaker", "Speaker"), ("stance", "Stance"), ("target", "Target"), ("mode", "Mode"))
"""Standpoint's four code groups, in the order every export writes them."""


def uuid5(namespace: bytes, name: str) -> str:
    """str(uuid.uuid5(UUID(bytes=namespace), name)), in a fifth of the time: GUIDs are most of an export's work."""
    h = hashlib.sha1(namespace + name.encode(), usedforsecurity=False).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}  # RFC 4122: the variant's two high bits are 10


def clean(text: str) -> str:
    """XML 1.0 cannot carry most control characters, even escaped: each becomes U+FFFD."""
    return _XML_ILLEGAL.sub("\ufffd", text)


def attr(value: str) -> str:
    """An attribute value, quoted; line ends and tabs escaped so that they survive attribute normalisation."""
    if _ATTR_SPECIAL.search(value) is None:  # most values: a search is cheaper than a translation
        return f'"{value}"'
    return '"' + clean(value).translate(_ATTR) + '"'


def text(value: str) -> str:
    """Element content; a carriage return escaped, as a reader would turn a raw one into LF."""
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return clean(value).translate(_TEXT)


def colour_attr(colour: str) -> str:
    """` color="#RRGGBB"` when the colour is one the schema accepts, else nothing."""
    return f" color={attr(colour.upper())}" if _COLOUR.fullmatch(colour or "") else ""


class Guids:
    """GUIDs for a project's records: those another file gave them (so a round trip keeps them), else
    derived from the project's identity, the same in every export of the project."""

    KINDS = ("document", "statement", "speaker", "stance", "target", "case")

    def __init__(self, store: Store):
        self.project: uuid.UUID = project_uuid(store)
        self.used: set[str] = set()
        self.given: dict[tuple[str, int], str] = {}
        self.modes: dict[str, str] = {}
        self.remembered: dict[tuple[str, int], str] = {}
        marks = ",".join("?" * len(self.KINDS))
        rows = store.db.execute(f"SELECT iri, kind, local_id FROM external_ids WHERE kind IN ({marks})"
                                " AND iri LIKE 'urn:uuid:%' ORDER BY rowid", self.KINDS)  # fmt: skip
        for iri, kind, local_id in rows:
            guid = iri[len("urn:uuid:"):].lower()
            if _GUID.fullmatch(guid):  # a W3C import may have remembered any urn:uuid: its file gave
                self.remembered.setdefault((kind, local_id), guid)

    def derived(self, *key: object) -> str:
        """The GUID the project itself gives a key (the same as uuid5(project, "qdpx/" + key))."""
        return uuid5(self.project.bytes, "qdpx/" + "/".join(map(str, key)))

    def mode(self, mode: str) -> str:
        """The GUID of a mode's code (asked once per statement, so kept)."""
        guid = self.modes.get(mode)
        if guid is None:
            guid = self.modes[mode] = self.derived("mode", mode)
        return guid

    def of(self, kind: str, local_id: int) -> str:
        """A record's GUID: the one it came with, unless another record of this export has it already."""
        key = (kind, local_id)
        guid = self.given.get(key)
        if guid is None:
            guid = self.remembered.get(key)
            if guid is None or guid in self.used:
                guid = self.derived(kind, local_id)
            n = 0
            while guid in self.used:  # only when a remembered GUID took this record's own: keep them unique
                n += 1
                guid = self.derived(kind, local_id, n)
            self.used.add(guid)
            self.given[key] = guid
        return guid


def codes_xml(ctx, guids: Guids) -> str:
    """The four groups of codes (speakers, stances, targets, modes) with colours and descriptions."""
    out = ["<Codes>"]
    for kind, label in GROUPS:
        out.append(f"<Code guid={attr(guids.derived('group', kind))} name={attr(label)} isCodable=\"false\">")
        out += _group(ctx, guids, kind)
        out.append("</Code>")
    out.append("</Codes>")
    return "\n".join(out)


def _group(ctx, guids: Guids, kind: str) -> list[str]:
    out = []
    if kind == "speaker":
        records = [(guids.of("speaker", s.id), s.name, s.colour, s.description) for s in ctx.speakers.values()]
    elif kind == "stance":
        records = [(guids.of("stance", s.id), s.label, s.colour, s.description) for s in ctx.stances.values()]
    elif kind == "target":
        records = [(guids.of("target", t.id), t.name, "", "") for t in ctx.targets.values()]
    else:
        records = [(guids.mode(m), m, "", "") for m in MODES]
    for guid, name, colour, description in records:
        head = f"<Code guid={attr(guid)} name={attr(name)} isCodable=\"true\"{colour_attr(colour)}"
        out.append(f"{head}><Description>{text(description)}</Description></Code>" if description else f"{head}/>")
    return out

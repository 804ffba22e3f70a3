"""REFI-QDA project exchange (.qdpx): the work opens in QualCoder, MAXQDA, ATLAS.ti and other QDA tools.

Speakers, stances, targets and modes become codes in four groups; each statement is a
PlainTextSelection (code points, end exclusive, REFI-QDA 10.2) coded with them; notes become Notes.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from typing import BinaryIO

from ..model import MODES
from .context import ExportContext
from .w3c import project_uuid

NS = "urn:QDA-XML:project:1.0"
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    """XML 1.0 cannot carry most control characters, even escaped."""
    return _XML_ILLEGAL.sub("\ufffd", text)


class _Guids:
    def __init__(self, project: uuid.UUID):
        self.project = project

    def __call__(self, *key: object) -> str:
        return str(uuid.uuid5(self.project, "qdpx/" + "/".join(map(str, key))))


def q(tag: str) -> str:
    """A tag name in the REFI-QDA project namespace."""
    return f"{{{NS}}}{tag}"


def _code(parent: ET.Element, guid: str, name: str, codable: bool, colour: str | None = None) -> ET.Element:
    attrs = {"guid": guid, "name": _clean(name), "isCodable": "true" if codable else "false"}
    if colour and re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
        attrs["color"] = colour.upper()
    return ET.SubElement(parent, q("Code"), attrs)


def build(ctx: ExportContext) -> tuple[bytes, dict[str, bytes]]:
    """project.qde and the source files it points to."""
    ET.register_namespace("", NS)
    g = _Guids(project_uuid(ctx.store))
    user = g("user")
    now = max((d.updated for d in ctx.documents), default="")
    root = ET.Element(q("Project"), {"name": _clean(ctx.store.path.stem), "origin": "Standpoint",
                                  "creatingUserGUID": user, **({"creationDateTime": now} if now else {})})  # fmt: skip
    users = ET.SubElement(root, q("Users"))
    annotators = sorted({st.annotator for sts in ctx.statements.values() for st in sts if st.annotator})
    ET.SubElement(users, q("User"), {"guid": user, "name": "Standpoint"})
    for name in annotators:
        ET.SubElement(users, q("User"), {"guid": g("user", name), "name": _clean(name)})
    codes = ET.SubElement(ET.SubElement(root, q("CodeBook")), q("Codes"))
    speaker_group = _code(codes, g("group", "speaker"), "Speaker", False)
    for sp in ctx.speakers.values():
        code = _code(speaker_group, g("speaker", sp.id), sp.name, True, sp.colour)
        if sp.aliases or sp.description:
            desc = ET.SubElement(code, q("Description"))
            desc.text = _clean("; ".join(filter(None, [sp.description, "also: " + ", ".join(sp.aliases) if sp.aliases else ""])))
            code.remove(desc)
            code.insert(0, desc)
    stance_group = _code(codes, g("group", "stance"), "Stance", False)
    for stance in ctx.stances.values():
        _code(stance_group, g("stance", stance.id), stance.label, True, stance.colour)
    target_group = _code(codes, g("group", "target"), "Target", False)
    for t in ctx.targets.values():
        _code(target_group, g("target", t.id), t.name, True)
    mode_group = _code(codes, g("group", "mode"), "Mode", False)
    for m in MODES:
        _code(mode_group, g("mode", m), m, True)

    files: dict[str, bytes] = {}
    sources = ET.SubElement(root, q("Sources"))
    notes: list[ET.Element] = []
    for doc in ctx.documents:
        source_guid = g("document", doc.id)
        files[f"sources/{source_guid}.txt"] = doc.text.encode("utf-8")
        source = ET.SubElement(sources, q("TextSource"), {
            "guid": source_guid, "name": _clean(doc.title), "plainTextPath": f"internal://{source_guid}.txt",
            "creatingUser": user, "creationDateTime": doc.created})  # fmt: skip
        for st in ctx.statements[doc.id]:
            creator = g("user", st.annotator) if st.annotator else user
            sel = ET.SubElement(source, q("PlainTextSelection"), {
                "guid": g("statement", st.id), "name": _clean(st.quote), "startPosition": str(st.start),
                "endPosition": str(st.end), "creatingUser": creator, "creationDateTime": st.created,
                "modifiedDateTime": st.updated})  # fmt: skip
            refs = [("speaker", st.speaker_id) if st.speaker_id in ctx.speakers else None,
                    ("stance", st.stance_id) if st.stance_id in ctx.stances else None,
                    ("target", st.target_id) if st.target_id in ctx.targets else None,
                    ("mode", st.mode) if st.mode else None]  # fmt: skip
            for ref in filter(None, refs):
                coding = ET.SubElement(sel, q("Coding"), {"guid": g("coding", st.id, ref[0]), "creatingUser": creator})
                ET.SubElement(coding, q("CodeRef"), {"targetGUID": g(*ref)})
            if st.note.strip():
                note_guid = g("note", st.id)
                ET.SubElement(sel, q("NoteRef"), {"targetGUID": note_guid})
                note = ET.Element(q("Note"), {"guid": note_guid, "name": _clean(f"Note on “{st.quote[:40]}”"),
                                           "creatingUser": creator, "creationDateTime": st.updated})  # fmt: skip
                ET.SubElement(note, q("PlainTextContent")).text = _clean(st.note)
                notes.append(note)
            if not ctx.tick():
                break
    if notes:
        ET.SubElement(root, q("Notes")).extend(notes)
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml, files


def write(ctx: ExportContext, out: BinaryIO) -> None:
    """Write a REFI-QDA project (.qdpx: a zip of project.qde and the sources' text)."""
    xml, files = build(ctx)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", xml)
        for name, data in files.items():
            z.writestr(name, data)

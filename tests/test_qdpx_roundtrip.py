"""Property: a random project exported to .qdpx, imported into an empty project and exported again gives
the same export, times included. Only what must differ is set aside: GUIDs a new project derives for
itself (groups, modes, variables, users) and the project file's name."""

from __future__ import annotations

import os
import re
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.exporters import export
from annotations.importing import import_paths
from annotations.model import MODES
from annotations.store import Store

EXAMPLES = int(os.environ.get("STANDPOINT_EXAMPLES", "25"))
_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Emoji, RTL, combining marks, CJK, a form feed (XML cannot carry it), quotes and markup characters.
ALPHABET = st.sampled_from(list("abcXYZ äöüß") + ["😀", "🎉", "ق", "ا", "ل", "e\u0301", "中", "\x0c", "„", "“",
                                                   "&", "<", ">", '"', "'", "\t", "\n", "\r\n", "\u200f"])  # fmt: skip
NAME = st.text(st.sampled_from(list("abcdefgXYZäöü😀ق中 &<>\"'-")), min_size=1, max_size=12).map(str.strip).filter(bool)


@st.composite
def projects(draw) -> dict:
    documents = []
    for _ in range(draw(st.integers(1, 3))):
        text = "".join(draw(st.lists(ALPHABET, min_size=1, max_size=80))) + " Ende."
        meta = {k: draw(st.sampled_from(["", "x", " Zoë & <Co> ", "2024-05-01"]))
                for k in ("author", "outlet", "published", "language", "source")}  # fmt: skip
        documents.append((draw(NAME), text, meta))
    names = draw(st.lists(NAME, min_size=0, max_size=8, unique_by=str.casefold))
    speakers = names[: len(names) // 2]
    aliases = names[len(names) // 2 :]
    targets = draw(st.lists(NAME, max_size=3, unique_by=str.casefold))
    custom = draw(st.lists(NAME.filter(lambda n: n.casefold() not in ("supportive", "neutral", "opposed", "unclear")),
                           max_size=2, unique_by=str.casefold))  # fmt: skip
    marks = draw(st.lists(st.tuples(st.integers(0, 2), st.floats(0, 1), st.floats(0, 1), st.integers(0, 20),
                                    st.integers(0, 20), st.integers(0, 20), st.integers(0, 4),
                                    st.sampled_from(["", "", "Notiz\r\nmit & <b>", "  ", "- 😀\n"]),
                                    st.sampled_from(["", "", "Rita", "Standpoint"])), max_size=12))  # fmt: skip
    return {"documents": documents, "speakers": speakers, "aliases": aliases, "targets": targets, "custom": custom,
            "marks": marks, "delete_unclear": draw(st.booleans()), "colour": draw(st.sampled_from(["#123abc", None]))}


def build(path: Path, spec: dict) -> Store:
    store = Store.open(path, backup=False)
    docs = [store.add_document(title, text, **meta) for title, text, meta in spec["documents"]]
    speakers = []
    for i, name in enumerate(spec["speakers"]):
        own = [a for j, a in enumerate(spec["aliases"]) if j % max(1, len(spec["speakers"])) == i]
        speakers.append(store.add_speaker(name, aliases=own, description=f"über {name}\n&", colour=spec["colour"]).id)
    targets = [store.find_or_add_target(t).id for t in spec["targets"]]
    for label in spec["custom"]:
        store.add_stance(label, "#aabbcc", description=f"{label}: <eigen>")
    if spec["delete_unclear"]:
        store.delete_stance(store.find_stance("unclear").id)
    stances = [s.id for s in store.stances()]
    for d, a, b, sp, stc, tg, mode, note, annotator in spec["marks"]:
        doc = docs[d % len(docs)]
        start, end = sorted((int(a * len(doc.text)), int(b * len(doc.text))))
        if end - start < 1 or not doc.text[start:end].strip():
            continue
        store.add_statement(doc.id, start, end, speaker_id=speakers[sp % len(speakers)] if speakers and sp % 3 else None,
                            stance_id=stances[stc % len(stances)] if stc % 4 else None,
                            target_id=targets[tg % len(targets)] if targets and tg % 2 else None,
                            mode=(MODES[mode - 1] if mode else ""), note=note, annotator=annotator)  # fmt: skip
    return store


def canonical(path: Path) -> tuple[str, list[bytes]]:
    """The export with GUIDs numbered in order of appearance and the project's file name left out."""
    numbers: dict[str, str] = {}

    def number(match: re.Match) -> str:
        return numbers.setdefault(match.group(0), f"G{len(numbers)}")

    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("project.qde"))
        for elem in root.iter():
            for key, value in list(elem.attrib.items()):
                elem.set(key, _GUID.sub(number, value))
        root.attrib.pop("name")
        xml = ET.tostring(root, encoding="unicode")
        sources = [z.read(n) for n in sorted(z.namelist(), key=lambda n: _GUID.sub(number, n)) if n != "project.qde"]
    return xml, sources


@settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_export_import_export_gives_the_same_export(spec):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with build(folder / "a.standpoint", spec) as original:
            first = export(original, "qdpx", folder / "first.qdpx")
            count = len(original.statements())
        with Store.open(folder / "b.standpoint", backup=False) as copy:
            [result] = import_paths(copy, [first]).files
            assert result.ok and not result.warnings, (result.error, result.warnings)
            assert len(copy.statements()) == count
            second = export(copy, "qdpx", folder / "second.qdpx")
        assert canonical(second) == canonical(first)

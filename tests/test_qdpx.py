"""REFI-QDA export: valid against the schema and the rules the schema cannot express, readable by the
tools that import it (QualCoder reads memos only from Description), and back in without loss."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile

from annotations.exporters import export
from annotations.importing import import_paths
from annotations.store import Store
from tests.dump import dump
from tests.exports_fixture import HOSTILE_NOTE, fill
from tests.standards import validate

NS = "{urn:QDA-XML:project:1.0}"


def _decorate(store: Store) -> None:
    """What a round trip must keep beyond the fixture: metadata, speaker descriptions, a custom stance."""
    store.update_document(1, author="Max Muster", outlet="Tagesblatt", published="2022-01-07", language="de",
                          source="https://example.org/kasachstan?a=1&b=2")  # fmt: skip
    store.update_speaker(store.find_speaker("Putin").id, description="Präsident <Russlands>", colour="#123456")
    store.update_stance(store.find_stance("neutral").id, description="Wägt ab.\r\nZweite Zeile")
    custom = store.add_stance("ironisch", "#abcdef", description="Sagt das Gegenteil.")
    st = store.statements()[0]
    store.update_statement(st.id, stance_id=custom.id, annotator="Rita", note="Zeile eins\r\nZeile zwei & <drei>")


def _project(out) -> ET.Element:
    with zipfile.ZipFile(out) as z:
        return ET.fromstring(z.read("project.qde"))


def test_qdpx_is_valid_and_offsets_are_code_points(store, tmp_path):
    ids = fill(store)
    out = export(store, "qdpx", tmp_path / "work.qdpx")
    result = validate("validate_qdpx.py", "--check-names", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(out) as z:
        qde = z.read("project.qde").decode("utf-8")
        assert any(n.startswith("sources/") for n in z.namelist())
    emoji = store.statement(ids["emoji"])
    assert f'startPosition="{emoji.start}" endPosition="{emoji.end}"' in qde
    assert 'name="Tokajew"' in qde and 'name="opposed"' in qde


def test_other_tools_find_notes_speakers_metadata_and_stance_definitions(store, tmp_path):
    ids = fill(store)
    _decorate(store)
    out = export(store, "qdpx", tmp_path / "work.qdpx")
    result = validate("validate_qdpx.py", "--check-names", str(out))
    assert result.returncode == 0 and "0 warnings" in result.stdout, result.stdout + result.stderr
    root = _project(out)
    selections = {s.get("name"): s for s in root.iter(f"{NS}PlainTextSelection")}
    coup = selections[store.statement(ids["coup"]).quote]
    assert coup.find(f"{NS}Description").text == HOSTILE_NOTE  # where QualCoder reads a coding's memo
    note_guid = coup.find(f"{NS}NoteRef").get("targetGUID")
    note = next(n for n in root.iter(f"{NS}Note") if n.get("guid") == note_guid)
    assert note.find(f"{NS}PlainTextContent").text == HOSTILE_NOTE
    assert all(s.find(f"{NS}PlainTextContent") is None and s.get("plainTextPath", "").startswith("internal://")
               for s in root.iter(f"{NS}TextSource"))  # fmt: skip
    cases = {c.get("name"): c for c in root.iter(f"{NS}Case")}
    assert set(cases) == {sp.name for sp in store.speakers()}
    tokajew = {r.get("targetGUID") for r in cases["Tokajew"].iter(f"{NS}SelectionRef")}
    assert tokajew == {selections[store.statement(i).quote].get("guid") for i in (ids["coup"], ids["outer"])}
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{NS}Variable")}
    sample = next(s for s in root.iter(f"{NS}TextSource") if s.get("name") == store.document(1).title)
    values = {variables[v.find(f"{NS}VariableRef").get("targetGUID")]: v.find(f"{NS}TextValue").text
              for v in sample.iter(f"{NS}VariableValue")}  # fmt: skip
    assert values == {"Title": store.document(1).title, "Author": "Max Muster", "Outlet": "Tagesblatt",
                      "Published": "2022-01-07", "Language": "de", "Source URL": "https://example.org/kasachstan?a=1&b=2"}
    codes = {c.get("name"): c for c in root.iter(f"{NS}Code")}
    assert codes["neutral"].find(f"{NS}Description").text == "Wägt ab.\r\nZweite Zeile"  # CR kept, escaped
    assert codes["ironisch"].get("color") == "#ABCDEF"
    aliases = next(v for v in cases["Tokajew"].iter(f"{NS}VariableValue"))
    assert aliases.find(f"{NS}TextValue").text == "Tokayev"


def test_guids_stay_the_same_across_exports(store, tmp_path):
    fill(store)
    first = export(store, "qdpx", tmp_path / "a.qdpx")
    again = export(store, "qdpx", tmp_path / "b.qdpx")
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(again) as b:
        assert a.read("project.qde") == b.read("project.qde") and a.namelist() == b.namelist()
    before = {s.get("name"): s.get("guid") for s in _project(first).iter(f"{NS}PlainTextSelection")}
    doc = store.document(1)
    at = doc.text.index("Kasachstan")
    store.add_statement(doc.id, at, at + len("Kasachstan"))
    after = {s.get("name"): s.get("guid") for s in _project(export(store, "qdpx", tmp_path / "c.qdpx"))
             .iter(f"{NS}PlainTextSelection")}  # fmt: skip
    assert {k: after[k] for k in before} == before and len(after) == len(before) + 1


def test_a_codebook_export_is_valid_and_matches_the_project_export(store, project_path, tmp_path):
    fill(store)
    _decorate(store)
    qdc = export(store, "qdc", tmp_path / "codes.qdc")
    result = validate("validate_qdpx.py", str(qdc))
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(qdc).getroot()
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    book = {c.get("guid"): c.get("name") for c in root.iter("{urn:QDA-XML:codebook:1.0}Code")}
    project = {c.get("guid"): c.get("name") for c in _project(export(store, "qdpx", tmp_path / "p.qdpx")).iter(f"{NS}Code")}
    assert book == project and "ironisch" in book.values()
    with Store.open(tmp_path / "codes.standpoint") as other:
        [result] = import_paths(other, [qdc]).files  # our own codebook: no question, every name back
        assert result.ok and {sp.name for sp in other.speakers()} == {sp.name for sp in store.speakers()}
        assert other.find_stance("ironisch").description == "Sagt das Gegenteil."


def _content(store: Store) -> dict:
    def name(kind, i):
        return getattr(store, kind)(i).name if i is not None and kind != "stance" else (
            store.stance(i).label if i is not None else None)

    docs = {d.id: store.document(d.id) for d in map(store.document, store.document_ids())}
    return {
        "documents": sorted((d.title, d.text, d.author, d.outlet, d.published, d.language, d.source)
                            for d in docs.values()),
        "statements": sorted((docs[s.document_id].title, s.start, s.end, s.quote, name("speaker", s.speaker_id),
                              name("stance", s.stance_id), name("target", s.target_id), s.mode, s.note, s.annotator)
                             for s in store.statements()),
        "speakers": sorted((s.name, s.aliases, s.description, s.colour) for s in store.speakers()),
        "stances": [(s.label, s.colour, s.description) for s in store.stances()],
        "targets": sorted(t.name for t in store.targets()),
    }  # fmt: skip


def test_own_export_comes_back_whole_into_an_empty_project_and_adds_nothing_to_its_own(store, tmp_path):
    fill(store)
    _decorate(store)
    out = export(store, "qdpx", tmp_path / "work.qdpx")
    with Store.open(tmp_path / "other.standpoint") as other:
        [result] = import_paths(other, [out]).files
        assert result.ok and result.warnings == [], result.warnings
        assert _content(other) == _content(store)
        before, seen = dump(other), []
        other.listeners.append(seen.append)
        [again] = import_paths(other, [out]).files
        assert again.line == "0 statements imported, 7 already present." and dump(other) == before
        assert not seen[-1].changes
    before, seen = dump(store), []
    store.listeners.append(seen.append)
    [same] = import_paths(store, [out]).files
    assert same.line == "0 statements imported, 7 already present." and dump(store) == before
    assert not seen[-1].changes


def test_an_exported_import_keeps_the_guids_it_came_with(store, tmp_path):
    """A project passed on and sent back is recognised: the GUIDs an import remembered are exported again."""
    fill(store)
    out = export(store, "qdpx", tmp_path / "first.qdpx")
    with Store.open(tmp_path / "colleague.standpoint") as colleague:
        import_paths(colleague, [out])
        back = export(colleague, "qdpx", tmp_path / "back.qdpx")
    guids = {s.get("guid") for s in _project(out).iter(f"{NS}PlainTextSelection")}
    assert {s.get("guid") for s in _project(back).iter(f"{NS}PlainTextSelection")} == guids
    before = dump(store)
    [result] = import_paths(store, [back]).files
    assert result.line == "0 statements imported, 7 already present." and dump(store) == before


def test_an_id_another_format_remembered_is_used_only_when_it_is_a_guid(store, tmp_path):
    ids = fill(store)
    store.remember_external_id("urn:uuid:not-a-guid", "statement", ids["coup"])
    store.remember_external_id("urn:uuid:0F8A1907-7E42-4739-8610-A676B4D1B69F", "statement", ids["emoji"])
    out = export(store, "qdpx", tmp_path / "work.qdpx")
    result = validate("validate_qdpx.py", "--check-names", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    guids = {s.get("name"): s.get("guid") for s in _project(out).iter(f"{NS}PlainTextSelection")}
    assert guids[store.statement(ids["emoji"]).quote] == "0f8a1907-7e42-4739-8610-a676b4d1b69f"


def test_a_deleted_name_takes_its_guid_along(store, tmp_path):
    """SQLite gives a deleted row's id to the next one: a new speaker must not be exported as the old one."""
    fill(store)
    out = export(store, "qdpx", tmp_path / "first.qdpx")
    with Store.open(tmp_path / "colleague.standpoint") as colleague:
        import_paths(colleague, [out])
        last = max(colleague.speakers(), key=lambda sp: sp.id)
        old = {c.get("name"): c.get("guid") for c in _project(out).iter(f"{NS}Code")}[last.name]
        colleague.delete_speaker(last.id)
        newcomer = colleague.add_speaker("Neu")
        assert newcomer.id == last.id
        again = export(colleague, "qdpx", tmp_path / "again.qdpx")
    codes = {c.get("name"): c.get("guid") for c in _project(again).iter(f"{NS}Code")}
    assert old not in codes.values() and codes["Neu"] != old


def test_times_come_back_as_the_file_gives_them(store, tmp_path):
    fill(store)
    out = export(store, "qdpx", tmp_path / "work.qdpx")
    with Store.open(tmp_path / "other.standpoint") as other:
        import_paths(other, [out])
        assert sorted((s.quote, s.created, s.updated) for s in other.statements()) == sorted(
            (s.quote, s.created, s.updated) for s in store.statements())
        assert sorted(other.document(i).created for i in other.document_ids()) == sorted(
            store.document(i).created for i in store.document_ids())

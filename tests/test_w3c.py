"""W3C Web Annotation export: passes the official suite, and imports back without loss."""

from __future__ import annotations

import json

import pytest

from annotations.errors import ImportFailed
from annotations.exporters import export
from annotations.importers.w3c_json import import_annotations
from annotations.store import Store
from tests.exports_fixture import fill
from tests.standards import validate

FIELDS = ("start", "end", "quote", "mode", "note")


def _comparable(store: Store) -> list[tuple]:
    out = []
    for st in store.statements():
        doc = store.document(st.document_id)
        out.append((doc.title, *(getattr(st, f) for f in FIELDS),
                    store.speaker(st.speaker_id).name if st.speaker_id else None,
                    store.stance(st.stance_id).label if st.stance_id else None,
                    store.target(st.target_id).name if st.target_id else None))  # fmt: skip
    return sorted(out)


def test_export_passes_the_official_assertions(store, tmp_path):
    fill(store)
    out = export(store, "json", tmp_path / "notes.json")
    result = validate("validate_w3c.py", "--require", "4.2.4-textQuoteSelector", "--require",
                      "4.2.5-textPositionSelector", "--require", "3.3.5-bodyPurpose", str(out))  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    first = data["first"]["items"][0]
    assert {s["type"] for s in first["target"]["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}
    assert first["created"].endswith("+00:00") and first["id"].startswith("urn:uuid:")


@pytest.mark.parametrize("source", ["https://de.wikipedia.org/wiki/Ölkrise", "https://example.org/a b|c",
                                    "https://example.org/مقالة"])
def test_odd_or_non_ascii_source_urls_keep_the_export_valid(tmp_path, source):
    store = Store.open(tmp_path / "p.standpoint")
    doc = store.add_document("Bericht", "Der Minister sagte, alles sei ruhig.\n", source=source)
    store.add_statement(doc.id, 0, 12)
    out = export(store, "json", tmp_path / "notes.json")
    result = validate("validate_w3c.py", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    [record] = json.loads(out.read_text(encoding="utf-8"))["standpoint:documents"]
    assert record["origin"] == source and "source" not in record  # JSON-LD would read "source" as oa:hasSource
    with Store.open(tmp_path / "other.standpoint") as other:
        import_annotations(other, out)
        assert other.document(other.document_ids()[0]).source == source
    store.close()


def test_round_trip_into_an_empty_project_is_lossless(store, tmp_path):
    fill(store)
    out = export(store, "json", tmp_path / "notes.json")
    with Store.open(tmp_path / "other.standpoint") as other:
        report = import_annotations(other, out)
        assert report.rejected == [] and len(report.created) == len(store.statements())
        assert len(report.documents) == 2
        assert _comparable(other) == _comparable(store)
        assert other.find_speaker("Tokayev").name == "Tokajew"
        again = import_annotations(other, out)  # importing twice adds nothing
        assert again.created == [] and again.duplicates == len(store.statements())


def test_import_into_the_same_project_recognises_its_documents(store, tmp_path):
    fill(store)
    out = export(store, "json", tmp_path / "notes.json")
    for st in store.statements():
        store.delete_statement(st.id)
    report = import_annotations(store, out)
    assert report.documents == [] and len(report.created) == 7


def _single(source: str, start: int, end: int, exact: str) -> dict:
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:1", "type": "Annotation",
            "body": {"type": "TextualBody", "purpose": "identifying", "value": "Putin"}, "extra": 1,
            "target": {"source": source, "selector": [
                {"type": "TextQuoteSelector", "exact": exact},
                {"type": "TextPositionSelector", "start": start, "end": end}]}}  # fmt: skip


def test_broken_annotations_are_rejected_or_found_again_never_stored_broken(store, sample_doc, tmp_path):
    from annotations.exporters.w3c import document_iri, project_uuid

    iri = document_iri(project_uuid(store), sample_doc)
    text = sample_doc.text
    at = text.index("Fallschirmjäger")
    cases = [
        _single(iri, 10**6, 10**6 + 5, "nirgends im Text"),   # out of range, quote unknown
        _single(iri, at + 3, at + 18, "Fallschirmjäger"),      # wrong offsets, quote found again
        _single("urn:uuid:unknown", 0, 5, "In Ka"),            # a document the project lacks
        {"type": "Annotation", "target": {"source": iri}},     # nothing to place it by
    ]  # fmt: skip
    path = tmp_path / "incoming.json"
    path.write_text(json.dumps(cases), encoding="utf-8")
    report = import_annotations(store, path)
    assert len(report.rejected) == 3 and len(report.created) == 1 and report.reanchored == report.created
    [st] = store.statements()
    assert (st.start, st.end, st.quote) == (at, at + 15, "Fallschirmjäger")
    assert any("unknown fields extra" in w for w in report.warnings)


def test_not_json_is_a_clear_error(store, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ImportFailed, match="bad.json is not valid JSON"):
        import_annotations(store, bad)
    assert store.statements() == []


def test_statement_ids_are_name_based_uuids():
    import uuid

    from annotations.exporters.w3c import name_uuid

    project = uuid.uuid4()
    for name in ("statement/1", "document/42", "collection/1,2", "statement/Zoë 😀"):
        assert name_uuid(project, name) == str(uuid.uuid5(project, name))

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


def test_positions_count_over_the_text_the_export_carries_not_the_crlf_file_with_a_bom(tmp_path):
    """A .txt with a byte-order mark and CRLF line ends is imported as LF text without the mark; JSON and
    CSV carry that text and their positions select each quote in it, and say the original file may differ."""
    import csv

    from annotations.importing import import_file

    lines = ["Kapitel 1", "", "Es ist eine allgemein anerkannte Wahrheit, 😀 sagte sie.", "",
             *(f"Zeile {n}: nichts Besonderes." for n in range(200)), "", "„Ein Schluss“, sagte Zoë."]  # fmt: skip
    original = tmp_path / "roman.txt"
    original.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    with Store.open(tmp_path / "p.standpoint") as store:
        doc = import_file(store, original)
        for quote in ("allgemein anerkannte Wahrheit, 😀", "Zeile 150", "„Ein Schluss“"):
            at = doc.text.index(quote)
            store.add_statement(doc.id, at, at + len(quote))
        data = json.loads(export(store, "json", tmp_path / "notes.json").read_text(encoding="utf-8"))
        csv_paths = (export(store, "csv", tmp_path / "raw.csv", raw=True), export(store, "csv", tmp_path / "safe.csv"))

    assert "LF line ends and no byte-order mark" in data["standpoint:positions"]
    [record] = data["standpoint:documents"]
    assert record["origin"] == str(original.resolve()) and "source" not in record
    text = record["text"]
    assert "\r" not in text and not text.startswith("\ufeff")
    as_read = original.read_bytes().decode("utf-8")  # the file as a consumer reads it: mark and CRs included
    for anno in data["first"]["items"]:
        assert anno["target"]["source"] == record["id"]
        quote, position = anno["target"]["selector"]
        assert text[position["start"] : position["end"]] == quote["exact"]
    late = data["first"]["items"][-1]["target"]["selector"][1]
    assert as_read[late["start"] : late["end"]] != "„Ein Schluss“"  # which is why the text travels with them

    for path in csv_paths:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert rows[0]["document_text"] == text and all(r["document_text"] == "" for r in rows[1:])
        for row in rows:
            assert text[int(row["start"]) : int(row["end"])] == row["quote"]


def _bodies(anno: dict) -> list[dict]:
    return anno["body"] if isinstance(anno["body"], list) else [anno["body"]]


def test_speakers_are_tags_with_a_role_and_the_collection_carries_the_vocabulary(store, tmp_path):
    fill(store)
    store.add_speaker("Niemand", aliases=["Keiner"], description="sagt nichts", colour="#abcdef")
    store.find_or_add_target("Ungenutzt")
    data = json.loads(export(store, "json", tmp_path / "notes.json").read_text(encoding="utf-8"))
    bodies = [b for a in data["first"]["items"] for b in _bodies(a)]
    assert "identifying" not in {b["purpose"] for b in bodies}  # another tool would take it for what the text is
    speakers = [b for b in bodies if b.get("standpoint:role") == "speaker"]
    assert speakers and all(b["purpose"] == "tagging" for b in speakers)
    assert {"name": "Niemand", "aliases": ["Keiner"], "description": "sagt nichts", "colour": "#abcdef"} in data[
        "standpoint:speakers"]  # fmt: skip
    assert "Ungenutzt" in data["standpoint:targets"]
    assert [s["label"] for s in data["standpoint:stances"]] == [s.label for s in store.stances()]


def test_a_partial_export_leaves_out_the_speakers_of_other_documents(store, tmp_path):
    fill(store)  # Zoë speaks only in the second document
    store.add_speaker("Niemand")
    first = store.document_ids()[0]
    data = json.loads(export(store, "json", tmp_path / "one.json", document_ids=[first]).read_text(encoding="utf-8"))
    assert sorted(s["name"] for s in data["standpoint:speakers"]) == ["Niemand", "Putin", "Tokajew"]


def test_a_scheme_comes_into_a_project_with_its_own_without_changing_it(store, tmp_path):
    """Stances are matched by label; missing ones are added (their key only if free); nothing of the user's
    changes, and a default stance the user deleted comes back only for a statement that takes it."""
    fill(store)
    store.update_stance(store.find_stance("supportive").id, colour="#000001")
    store.add_stance("skeptisch", "#000002", key="5")
    for deleted in ("unclear", "neutral"):
        store.delete_stance(store.find_stance(deleted).id)
    mine = store.stances()
    with Store.open(tmp_path / "colleague.standpoint") as other:
        doc = other.add_document("Kurz", "Putin sagte, die Lage sei ruhig.\n")
        other.update_stance(other.find_stance("neutral").id, description="anders", colour="#000003")
        ironic = other.add_stance("Ironisch", "#000004", key="5", description="meint das Gegenteil")
        other.add_stance("sarkastisch", "#000005", key="6")
        other.add_statement(doc.id, 0, 5, stance_id=ironic.id)
        other.add_statement(doc.id, 6, 11, stance_id=other.find_stance("neutral").id)
        out = export(other, "json", tmp_path / "colleague.json")
    report = import_annotations(store, out)
    assert report.rejected == [] and len(report.created) == 2
    assert store.stances()[: len(mine)] == mine  # kept as they were, in their order
    added = [(s.label, s.colour, s.key, s.description) for s in store.stances()[len(mine) :]]
    assert added == [("Ironisch", "#000004", "", "meint das Gegenteil"), ("sarkastisch", "#000005", "6", ""),
                     ("neutral", "#000003", "2", "anders")]  # fmt: skip
    assert store.find_stance("unclear") is None  # deleted here, and no statement of the file takes it
    assert [store.stance(store.statement(i).stance_id).label for i in report.created] == ["Ironisch", "neutral"]


def test_an_imported_statement_keeps_its_id_but_never_gives_it_to_another(store, tmp_path):
    """SQLite gives a deleted statement's id to the next: that one must not inherit the id an import gave it."""
    fill(store)
    out = export(store, "json", tmp_path / "notes.json")
    with Store.open(tmp_path / "other.standpoint") as other:
        import_annotations(other, out)
        ours = {a["id"] for a in json.loads(out.read_text(encoding="utf-8"))["first"]["items"]}
        again = json.loads(export(other, "json", tmp_path / "again.json").read_text(encoding="utf-8"))
        assert {a["id"] for a in again["first"]["items"]} == ours
        last = max(st.id for st in other.statements())
        gone = other.delete_statement(last)
        made = other.add_statement(gone.document_id, gone.start, gone.end)
        assert made.id == last  # the id came back
        items = json.loads(export(other, "json", tmp_path / "third.json").read_text(encoding="utf-8"))["first"]["items"]
        ids = [a["id"] for a in items]
        assert len(set(ids)) == len(ids) and len(ours - set(ids)) == 1

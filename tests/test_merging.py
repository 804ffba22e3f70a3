"""Merging a colleague's work: project files, W3C JSON, REFI-QDA and folders; one step; twice changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.importing import import_file
from annotations.merging import edit_distance, merge_files, merge_paths, near_reason, near_speakers, read_merge_sources
from annotations.projects import SAMPLE_ARTICLE, SAMPLE_TITLE
from annotations.store import Store
from tests.dump import dump


def _project(path: Path, title: str = SAMPLE_TITLE) -> Store:
    s = Store.open(path)
    import_file(s, SAMPLE_ARTICLE, title=title)
    return s


def _mark(store: Store, quote: str, annotator: str, speaker: str | None = None, stance: str | None = None) -> int:
    doc = store.document(store.document_ids()[0])
    start = doc.text.index(quote)
    speaker_id = store.find_or_add_speaker(speaker).id if speaker else None
    stance_id = store.find_stance(stance).id if stance else None
    return store.add_statement(doc.id, start, start + len(quote), speaker_id=speaker_id, stance_id=stance_id,
                               annotator=annotator).id  # fmt: skip


@pytest.fixture
def alice(tmp_path):
    s = _project(tmp_path / "alice.standpoint")
    _mark(s, "einen versuchten Staatsstreich", "alice", "Tokajew", "opposed")
    yield s
    s.close()


@pytest.fixture
def bob_path(tmp_path):
    path = tmp_path / "bob.standpoint"
    with _project(path, title="Another title, the same text") as s:
        _mark(s, "einen versuchten Staatsstreich", "bob", "Tokajew", "supportive")
        _mark(s, "Terroristen, Kriminelle, Plünderer", "bob", "Putin", "opposed")
        s.add_document("Only Bob's", "Ein Text, den nur Bob hat. Er sagte: Ja.")
        s.add_stance("ironic", "#123456", "9")
        s.add_speaker("Lawrow", aliases=["Lavrov"])
    return path


def test_a_project_merges_by_text_name_and_label_and_keeps_annotators(alice, bob_path):
    reported = []
    alice.listeners.append(reported.append)
    report = merge_paths(alice, [bob_path])
    assert len(reported) == 1  # one operation
    assert report.statements == 2 and report.documents == 1 and not report.files[0].error
    assert len(alice.document_ids()) == 2  # the same text under another title is the same document
    by = {(st.quote, st.annotator) for st in alice.statements()}
    assert ("einen versuchten Staatsstreich", "alice") in by and ("einen versuchten Staatsstreich", "bob") in by
    assert [sp.name for sp in alice.speakers()].count("Tokajew") == 1
    assert alice.find_speaker("Lavrov") is not None and alice.find_stance("ironic") is not None
    bobs = [st for st in alice.statements() if st.annotator == "bob"]
    assert {alice.stance(st.stance_id).label for st in bobs} == {"supportive", "opposed"}


def test_merging_twice_changes_nothing_and_undo_puts_everything_back(alice, bob_path):
    before = dump(alice)
    reported = []
    alice.listeners.append(reported.append)
    merge_paths(alice, [bob_path])
    once = dump(alice)
    again = merge_paths(alice, [bob_path])
    assert dump(alice) == once and again.statements == 0 and again.duplicates == 2
    alice.apply(reported[0].undo)
    assert dump(alice) == before


def test_json_exports_and_a_per_annotator_folder_merge_back(alice, bob_path, tmp_path):
    from annotations.exporters import export
    from annotations.exporters.per_annotator import export_per_annotator

    with Store.open(bob_path) as bob:
        export(bob, "json", tmp_path / "bob.json")
        written = export_per_annotator(bob, tmp_path / "shared")
    assert written and all(p.suffix == ".json" for p in written)
    report = merge_paths(alice, [tmp_path / "shared"])
    assert report.files and not any(f.error for f in report.files)
    assert sum(st.annotator == "bob" for st in alice.statements()) == 2
    once = dump(alice)
    merge_paths(alice, [tmp_path / "shared"])
    assert dump(alice) == once
    merge_paths(alice, [tmp_path / "bob.json"])  # the whole export: Bob's document without statements too
    assert sum(st.annotator == "bob" for st in alice.statements()) == 2 and len(alice.document_ids()) == 2
    once = dump(alice)
    merge_paths(alice, [tmp_path / "shared", tmp_path / "bob.json"])
    assert dump(alice) == once


def test_a_qdpx_merges_through_the_import_path(alice, bob_path, tmp_path):
    from annotations.exporters import export

    with Store.open(bob_path) as bob:
        export(bob, "qdpx", tmp_path / "bob.qdpx")
    report = merge_paths(alice, [tmp_path / "bob.qdpx"])
    assert not report.files[0].error
    assert sum(st.annotator == "bob" for st in alice.statements()) == 2


def test_near_speakers_are_listed_and_joined_only_when_asked(alice, bob_path, tmp_path):
    with Store.open(bob_path) as bob:
        bob.update_speaker(bob.find_speaker("Tokajew").id, name="Tokajev")
    sources = read_merge_sources([bob_path])
    near = near_speakers(alice, sources)
    assert [(m.name, m.speaker_name) for m in near] == [("Tokajev", "Tokajew")]
    tokajew = alice.find_speaker("Tokajew").id
    report = merge_paths(alice, [bob_path], join={"tokajev": tokajew})
    assert report.joined == ["Tokajev → Tokajew"]
    assert alice.find_speaker("Tokajev").id == tokajew  # now an alias: the next merge finds it exactly
    assert near_speakers(alice, read_merge_sources([bob_path])) == []
    once = dump(alice)
    merge_paths(alice, [bob_path])
    assert dump(alice) == once


def test_a_near_speaker_from_json_is_joined_after_the_import(alice, bob_path, tmp_path):
    from annotations.exporters import export

    with Store.open(bob_path) as bob:
        bob.update_speaker(bob.find_speaker("Tokajew").id, name="Tokájew")
        export(bob, "json", tmp_path / "bob.json")
    [match] = near_speakers(alice, read_merge_sources([tmp_path / "bob.json"]))
    assert match.reason == "differ in accents or spacing"
    merge_paths(alice, [tmp_path / "bob.json"], join={match.name: match.speaker_id})
    assert alice.find_speaker("Tokájew").name == "Tokajew"
    assert [sp.name for sp in alice.speakers()].count("Tokajew") == 1


def test_near_reasons():
    assert near_reason("Merkel", "Angela Merkel") == "one name holds the other"
    assert near_reason("Scholz", "Schulz") == "differ by 1 letter"
    assert near_reason("Li", "Wu") == ""
    assert near_reason("Putin", "Obama") == ""
    assert edit_distance("kitten", "sitting") == 3 and edit_distance("kitten", "sitting", limit=5) == 3


def test_a_folder_skips_hidden_files_and_unknown_suffixes(tmp_path):
    (tmp_path / "f" / ".git").mkdir(parents=True)
    (tmp_path / "f" / ".git" / "x.json").write_text("{}")
    (tmp_path / "f" / "notes.txt").write_text("x")
    (tmp_path / "f" / "a").mkdir()
    (tmp_path / "f" / "a" / "b.json").write_text(json.dumps([]))
    assert merge_files([tmp_path / "f"]) == [tmp_path / "f" / "a" / "b.json"]


def test_an_unreadable_file_changes_nothing(alice, tmp_path):
    bad = tmp_path / "bad.standpoint"
    bad.write_text("not a project")
    before = dump(alice)
    report = merge_paths(alice, [bad])
    assert report.files[0].error and dump(alice) == before


# -- the command line -------------------------------------------------------------------------------------


def test_merge_command_merges_files_and_folders_and_lists_near_speakers(alice, bob_path, tmp_path, capsys):
    import subprocess
    import sys

    from annotations.cli import main

    alice.close()
    with Store.open(bob_path) as bob:
        bob.update_speaker(bob.find_speaker("Tokajew").id, name="Tokajev")
    assert main(["export", str(bob_path), "-f", "json", "--per-annotator", str(tmp_path / "shared")]) == 0
    assert "wrote 1 file for 1 annotator" in capsys.readouterr().out
    before = sorted(p.read_bytes() for p in (tmp_path / "shared").rglob("*.json"))
    assert main(["export", str(bob_path), "-f", "json", "--per-annotator", str(tmp_path / "shared")]) == 0
    assert sorted(p.read_bytes() for p in (tmp_path / "shared").rglob("*.json")) == before  # stable
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "main.py", "merge", str(tmp_path / "alice.standpoint"), str(bob_path)],
                         cwd=root, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "2 statements merged" in out.stdout and "“Tokajev” ~ “Tokajew”" in out.stdout
    assert main(["merge", str(tmp_path / "alice.standpoint"), str(tmp_path / "shared")]) == 0
    said = capsys.readouterr().out
    assert "0 statements imported, 2 already present" in said and "merged 1 file: 0 statements added" in said
    with Store.open(tmp_path / "alice.standpoint") as s:
        assert {sp.name for sp in s.speakers()} >= {"Tokajew", "Tokajev"}  # the CLI keeps near matches apart


def test_merge_command_refuses_what_it_cannot_read(alice, tmp_path, capsys):
    from annotations.cli import main

    alice.close()
    (tmp_path / "notes.txt").write_text("x")
    assert main(["merge", str(tmp_path / "alice.standpoint"), str(tmp_path / "notes.txt")]) == 1
    assert "merge reads project files" in capsys.readouterr().err


def test_suggest_accept_writes_the_annotator(store, project_path, capsys):
    from annotations.cli import main

    store.close()
    assert main(["suggest", str(project_path), "--accept", "--annotator", "carol", "--json"]) == 0
    capsys.readouterr()
    with Store.open(project_path) as s:
        assert s.statements() and s.annotators() == ["carol"]


def test_per_annotator_export_writes_only_the_annotators_asked_for(alice, bob_path, tmp_path):
    from annotations.exporters.per_annotator import export_per_annotator

    merge_paths(alice, [bob_path])
    everyone = export_per_annotator(alice, tmp_path / "all")
    assert sorted(p.parent.name for p in everyone) == ["alice", "bob"]
    [mine] = export_per_annotator(alice, tmp_path / "mine", annotators=["alice"])
    assert mine.parent.name == "alice"
    lines = mine.read_text(encoding="utf-8").splitlines()
    [line] = [x for x in lines if x.startswith('{"body"')]  # one annotation per line, keys sorted
    assert list(json.loads(line.rstrip(","))) == sorted(json.loads(line.rstrip(",")))


def test_copy_statements_keeps_what_it_is_given_and_refuses_a_quote_that_is_not_the_text(alice):
    from dataclasses import replace

    from annotations.errors import InvalidSpan

    [st] = alice.statements()
    unplaced = replace(st, start=0, end=3, anchored=False, annotator="bob", created="2020-01-01T00:00:00+00:00")
    [new] = alice.copy_statements([unplaced])
    copied = alice.statement(new)
    assert (copied.quote, copied.anchored, copied.annotator, copied.created) == (st.quote, False, "bob",
                                                                                "2020-01-01T00:00:00+00:00")
    assert alice.annotators() == ["alice", "bob"] and alice.annotators(st.document_id) == ["alice", "bob"]
    before = dump(alice)
    with pytest.raises(InvalidSpan):
        alice.copy_statements([replace(st, annotator="x"), replace(st, start=0, end=3)])
    assert dump(alice) == before


def test_bulk_adds_keep_a_nul_character(alice):
    """SQLite's JSON functions end a string at a NUL: such rows go in one by one, whole."""
    from dataclasses import replace

    [st] = alice.statements()
    [a] = alice.add_statements(st.document_id, [(st.start, st.end, {"annotator": "\x00x", "note": "a\x00b"})])
    [b] = alice.copy_statements([replace(st, annotator="y\x00")])
    assert (alice.statement(a).annotator, alice.statement(a).note, alice.statement(b).annotator) == ("\x00x", "a\x00b",
                                                                                                     "y\x00")


def test_a_speaker_found_by_an_alias_is_not_a_near_match(alice, tmp_path):
    path = tmp_path / "carol.standpoint"
    with _project(path) as carol:
        carol.add_speaker("Tokajev", aliases=["Tokajew"])
        _mark(carol, "einen versuchten Staatsstreich", "carol", "Tokajev")
    assert near_speakers(alice, read_merge_sources([path])) == []
    merge_paths(alice, [path])
    assert [sp.name for sp in alice.speakers()] == ["Tokajew"]

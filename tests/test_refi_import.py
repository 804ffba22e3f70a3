"""REFI-QDA import: the standard's examples, a file QualCoder wrote, broken and hostile files."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from annotations.importers.refi import read_refi_file
from annotations.importing import add_sources, import_paths, read_source
from annotations.store import Store
from tests.dump import dump
from tests.standards import STANDARDS

REFI = STANDARDS / "refi"
QUALCODER = REFI / "real" / "qualcoder-4.0beta-emoji-bom.qdpx"
NS = "{urn:QDA-XML:project:1.0}"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"the REFI-QDA examples are not beside the repository ({path})")
    return path


def _names(path: Path) -> list[str]:
    """The name of every PlainTextSelection of a source, as the file gives it."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("project.qde"))
    return [s.get("name") for s in root.iter(f"{NS}PlainTextSelection") if s.get("name")]


@pytest.fixture
def empty(tmp_path):
    with Store.open(tmp_path / "empty.standpoint") as store:
        yield store


@pytest.mark.parametrize("example", ["valid-emoji-rtl.qdpx", "valid-inline-content.qdpx", "warn-utf16-offsets.qdpx"])
def test_each_valid_example_imports_with_every_quote_as_its_selection_names(empty, example):
    path = _need(REFI / "examples" / example)
    [result] = import_paths(empty, [path]).files
    assert result.ok, result.error
    [statement] = empty.statements()
    assert [statement.quote] == _names(path) == ["We did it 🎉"]
    doc = empty.document(statement.document_id)
    assert doc.title == "news-1.txt" and "Cafe\u0301 owner: لا شكرا." in doc.text
    # The codebook's one branch is called "speaker": its code becomes a speaker.
    assert empty.speaker(statement.speaker_id).name == "speaker: Mayor / stance: pro"
    assert empty.speaker(statement.speaker_id).colour == "#00aa00" and statement.annotator == "Annotator One"
    corrected = [w for w in result.warnings if w.startswith("Positions corrected")]
    assert bool(corrected) == (example == "warn-utf16-offsets.qdpx")
    if corrected:
        assert "UTF-16 units" in corrected[0] and "1 would be misplaced" in corrected[0]


def test_a_qualcoder_file_imports_with_every_coded_text_right(empty):
    path = _need(QUALCODER)
    [result] = import_paths(empty, [path]).files
    assert result.ok, result.error
    statements = empty.statements()
    names = _names(path)
    coded = [st for st in statements if st.quote != "Kritiker"]  # "Kritiker" is an annotation (a note on the text)
    assert sorted(st.quote for st in coded) == sorted(names) and len(names) == 6
    assert {st.created for st in statements} == {"2026-11-28T10:00:56Z"}  # when they were coded, not imported
    by_quote = {st.quote: st for st in statements}

    def tags(quote):
        st = by_quote[quote]
        return (empty.speaker(st.speaker_id).name if st.speaker_id else None,
                empty.stance(st.stance_id).label if st.stance_id else None, st.note, st.annotator)  # fmt: skip

    assert tags("Putin") == ("Putin", None, "Sprecher: Putin (nach dem 😀)", "anna")
    assert tags("„Wir unterstützen die Regierung“") == (None, "supportive", "Zitat mit „Anführungszeichen“ & <b>", "anna")
    assert tags("opposed the deployment of troops") == (None, "opposed", "English memo: opposition", "anna")
    assert tags("Kritiker") == (None, None, "Annotation: Wer sind die Kritiker? 😀", "")
    titles = {empty.document(i).title: empty.document(i) for i in empty.document_ids()}
    assert set(titles) == {"interview_de.txt", "report_en.txt"}
    assert not titles["interview_de.txt"].text.startswith("\ufeff")  # the BOM is not part of the text
    assert titles["interview_de.txt"].language == "de" and titles["report_en.txt"].language == "en"  # "Sprache"
    putin = empty.find_speaker("Putin")
    assert (putin.description, putin.colour) == ("Wladimir Putin", "#f5f6ce")
    warning = next(w for w in result.warnings if w.startswith("Positions corrected"))
    assert "UTF-16 units" in warning and "byte-order mark" in warning and "all 6 named selections" in warning
    assert any("Forschungstagebuch" in w for w in result.warnings)  # what has no place is said, not dropped silently


def test_importing_the_same_file_again_changes_nothing(empty):
    path = _need(QUALCODER)
    import_paths(empty, [path])
    before = dump(empty)
    seen = []
    empty.listeners.append(seen.append)
    [result] = import_paths(empty, [path]).files
    assert result.line.startswith("0 statements imported") and "7 already present" in result.line
    assert dump(empty) == before and not seen[0].changes


@pytest.mark.parametrize(("example", "reason"), [
    ("invalid-no-namespace.qdpx", "has no namespace where REFI-QDA requires urn:QDA-XML:project:1.0"),
    ("invalid-xsd-bad-guid.qdpx", "is “sel-1”, not a GUID"),
    ("invalid-dangling-coderef.qdpx", "coded with the code 99999999-9999-4999-8999-999999999999, which the codebook"),
    ("invalid-missing-source.qdpx", "is missing from the archive's sources folder"),
    ("invalid-latin1-source.qdpx", "is not UTF-8 (byte 0x93 at 12 is not UTF-8)"),
])  # fmt: skip
def test_each_invalid_example_is_refused_with_its_reason_and_nothing_changes(store, example, reason):
    path = _need(REFI / "examples" / example)
    before = dump(store)
    [result] = import_paths(store, [path]).files
    assert not result.ok and reason in result.error and result.error.startswith(example)
    assert dump(store) == before


def test_a_selection_outside_its_source_is_refused_naming_the_coding_and_the_source(empty):
    path = _need(REFI / "examples" / "invalid-out-of-range.qdpx")
    [result] = import_paths(empty, [path]).files
    assert result.ok
    [refused] = [w for w in result.warnings if w.startswith("refused:")]
    assert "“speaker: Mayor / stance: pro”" in refused and "“news-1.txt”" in refused and "40–64" in refused
    assert empty.statements() == [] and len(empty.document_ids()) == 1  # the rest went in
    assert "1 refused" in result.line


def test_a_codebook_becomes_names(empty):
    path = _need(REFI / "samples" / "refi-spec-example1-codebook.qdc")
    source = read_source(path)
    assert source.refi is not None and source.refi.kind == "codebook" and source.refi.needs_roles
    source.refi.set_role("Conservatives", "speakers")
    [result] = add_sources(empty, [source]).files
    assert result.ok, result.error
    assert [sp.name for sp in empty.speakers()] == ["Conservatives"]
    assert {t.name for t in empty.targets()} == {"Economy", "Health care", "Liberals"}
    assert empty.find_speaker("Conservatives").description == "Republicans or right-wing libertarians"


# -- files made here ---------------------------------------------------------------------------------

U = "11111111-1111-4111-8111-111111111111"


def _qde(sources: str, codes: str = "", extra: str = "") -> str:
    codebook = f"<CodeBook><Codes>{codes}</Codes></CodeBook>" if codes else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="t"'
            f' origin="test"><Users><User guid="{U}" name="Rita"/></Users>{codebook}<Sources>{sources}</Sources>'
            f"{extra}</Project>")  # fmt: skip


def _write(path: Path, qde: str | bytes, files: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, data in (files or {}).items():
            z.writestr(name, data)
    return path


def _guid(n: int) -> str:
    return f"{n:08x}-0000-4000-8000-000000000000"


def _source(text_guid: str, selections: str = "", name: str = "a.txt") -> str:
    return f'<TextSource guid="{_guid(99)}" name="{name}" plainTextPath="internal://{text_guid}.txt">{selections}</TextSource>'


def _sel(n: int, start: int, end: int, name: str, *codes: int) -> str:
    codings = "".join(f'<Coding guid="{_guid(500 + n * 10 + i)}"><CodeRef targetGUID="{_guid(c)}"/></Coding>'
                      for i, c in enumerate(codes))  # fmt: skip
    return (f'<PlainTextSelection guid="{_guid(200 + n)}" name="{name}" startPosition="{start}" endPosition="{end}"'
            f' creatingUser="{U}">{codings}</PlainTextSelection>')  # fmt: skip


def test_zip_slip_names_are_never_written_and_never_read(empty, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    path = _write(work / "slip.qdpx", _qde(_source("../../evil")),
                  {"../../evil.txt": b"Der Text", "/tmp/standpoint-evil.txt": b"x", "sources/ok.txt": b"ok"})  # fmt: skip
    before = dump(empty)
    [result] = import_paths(empty, [path]).files
    assert not result.ok and "missing from the archive's sources folder" in result.error
    assert dump(empty) == before
    assert not [p for p in tmp_path.rglob("*evil*")] and not Path("/tmp/standpoint-evil.txt").exists()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_document_type_declaration_is_refused_before_parsing(empty, tmp_path, encoding):
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim", encoding="utf-8")
    body = _qde(_source("t", _sel(1, 0, 3, "Der")))
    xxe = body.replace("<Project ", f'<!DOCTYPE Project [<!ENTITY x SYSTEM "file://{secret}">]><Project ', 1)
    xxe = xxe.replace('name="t"', 'name="&x;"').replace('encoding="utf-8"', f'encoding="{encoding}"')
    path = _write(tmp_path / "xxe.qdpx", xxe.encode(encoding), {"sources/t.txt": b"Der Text"})
    [result] = import_paths(empty, [path]).files
    assert not result.ok and "declares a document type" in result.error
    assert empty.document_ids() == []


def test_a_zip_bomb_is_refused_from_its_directory_before_it_is_unpacked(empty, tmp_path):
    import time
    import tracemalloc

    from annotations.importers.refi.archive import BUDGET

    path = tmp_path / "bomb.qdpx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", _qde(_source("big", _sel(1, 0, 3, "   "))))
        with z.open("sources/big.txt", "w", force_zip64=True) as member:
            chunk = b" " * 2**22
            for _ in range(BUDGET // len(chunk) + 1):
                member.write(chunk)
    assert path.stat().st_size < 2 * 10**6
    tracemalloc.start()
    t = time.perf_counter()
    [result] = import_paths(empty, [path]).files
    took, (_now, peak) = time.perf_counter() - t, tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert not result.ok and "would unpack to more than 200 MB" in result.error and "zip bomb" in result.error
    assert took < 2 and peak < 20 * 2**20
    assert empty.document_ids() == []


def test_an_archive_whose_directory_is_too_large_is_refused_before_it_is_read(empty, tmp_path):
    path = _write(tmp_path / "many.qdpx", _qde(_source("t")), {"sources/t.txt": b"Der Text"})
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 12 : end + 16] = (64 * 2**20).to_bytes(4, "little")  # the directory's size, as the end record says
    path.write_bytes(bytes(data))
    [result] = import_paths(empty, [path]).files
    assert not result.ok and "lists 2 files (64 MB of directory)" in result.error


def test_crlf_sources_and_one_selection_per_code_as_foreign_tools_write_them(empty, tmp_path):
    text = "Erste Zeile.\r\nDer Minister sagte: „Alles ruhig.“\r\nEnde.\r\n"
    quote = "„Alles ruhig.“"
    start = text.index(quote)
    codes = (f'<Code guid="{_guid(1)}" name="Sprecher" isCodable="false"><Code guid="{_guid(2)}" name="Minister"'
             f' isCodable="true"/></Code><Code guid="{_guid(3)}" name="Bewertung" isCodable="false">'
             f'<Code guid="{_guid(4)}" name="beruhigend" isCodable="true"/></Code>'
             f'<Code guid="{_guid(5)}" name="Themen" isCodable="false"><Code guid="{_guid(6)}" name="Lage"'
             f' isCodable="true"/></Code>')  # fmt: skip
    sels = _sel(1, start, start + len(quote), quote, 2) + _sel(2, start, start + len(quote), quote, 4, 6)
    path = _write(tmp_path / "crlf.qdpx", _qde(_source("t", sels), codes), {"sources/t.txt": text.encode("utf-8")})
    source = read_source(path)
    assert source.refi.needs_roles
    assert {b.name: source.refi.roles[b.guid] for b in source.refi.branches} == {
        "Sprecher": "speakers", "Bewertung": "stances", "Themen": "targets"}
    [result] = import_paths(empty, [path]).files
    assert result.ok, result.error
    [st] = empty.statements()  # two selections of one span, one per code: one statement
    assert st.quote == quote and empty.document(st.document_id).text == text.replace("\r\n", "\n")
    assert (empty.speaker(st.speaker_id).name, empty.stance(st.stance_id).label, empty.target(st.target_id).name) == (
        "Minister", "beruhigend", "Lage")


def test_guessing_what_branches_are(tmp_path):
    from annotations.importers.refi.roles import looks_like_person

    codes = (f'<Code guid="{_guid(1)}" name="Politiker" isCodable="false"><Code guid="{_guid(2)}" name="Angela Merkel"'
             f' isCodable="true"/><Code guid="{_guid(3)}" name="Ursula von der Leyen" isCodable="true"/></Code>'
             f'<Code guid="{_guid(4)}" name="Haltung" isCodable="false"><Code guid="{_guid(5)}" name="dafür"'
             f' isCodable="true"/></Code><Code guid="{_guid(6)}" name="Olaf Scholz" isCodable="true"/>'
             f'<Code guid="{_guid(7)}" name="Wirtschaft" isCodable="true"/>')  # fmt: skip
    path = _write(tmp_path / "guess.qdpx", _qde(_source("t"), codes), {"sources/t.txt": b"Der Text."})
    file = read_refi_file(path)
    assert {b.name: file.roles[b.guid] for b in file.branches} == {
        "Politiker": "speakers", "Haltung": "stances", "Olaf Scholz": "speakers", "Wirtschaft": "targets"}
    assert looks_like_person("Kassym-Schomart Tokajew") and looks_like_person("محمد بن سلمان")
    assert not looks_like_person("NATO Gipfel 2024") and not looks_like_person("Health care")


def test_a_file_that_is_not_a_zip_or_not_refi_says_so(empty, tmp_path):
    text = tmp_path / "renamed.qdpx"
    text.write_text("Der Minister sagte etwas.", encoding="utf-8")
    other = _write(tmp_path / "other.qdpx", '<?xml version="1.0"?><Projekt xmlns="urn:x"/>')
    broken = _write(tmp_path / "broken.qdpx", "<Project xmlns='urn:QDA-XML:project:1.0' name='x'><Users>")
    results = import_paths(empty, [text, other, broken]).files
    assert "a .qdpx is a zip archive, and this file is not one" in results[0].error
    assert "not a REFI-QDA project or codebook: its root element is Projekt" in results[1].error
    assert "is not well-formed XML" in results[2].error
    assert empty.document_ids() == []


def test_standard_positions_after_a_bom_and_a_name_found_where_no_counting_fits(empty, tmp_path):
    text = "Vorspann 😀.\nDer Minister sagte: „Alles ruhig.“ Die Lage 😀 bleibt ernst.\n"
    quote, late = "„Alles ruhig.“", "bleibt ernst"
    start = 1 + text.index(quote)  # code points, the BOM counted as REFI-QDA says
    wrong = text.index(late) - 6  # a tool that counted something else again
    sels = _sel(1, start, start + len(quote), quote) + _sel(2, wrong, wrong + len(late), late)
    path = _write(tmp_path / "bom.qdpx", _qde(_source("t", sels)), {"sources/t.txt": b"\xef\xbb\xbf" + text.encode()})
    [result] = import_paths(empty, [path]).files
    assert result.ok, result.error
    assert sorted(st.quote for st in empty.statements()) == sorted([quote, late])
    assert any("were placed where their text was found (check them): “bleibt ernst”" in w for w in result.warnings)
    assert not any(w.startswith("Positions corrected") for w in result.warnings)  # the standard's reading fitted


def test_a_qdpx_written_by_an_earlier_standpoint_imports_as_before(store, tmp_path):
    """tests/fixtures/qdpx-v1-export.qdpx was exported by the version before REFI-QDA import existed
    (speakers as codes whose description carries the aliases, no cases, no variables)."""
    fresh = Store.open(tmp_path / "fresh.standpoint")
    report = import_paths(fresh, [Path(__file__).parent / "fixtures" / "qdpx-v1-export.qdpx"])
    assert report.messages() == ["qdpx-v1-export.qdpx: 3 statements imported, 1 document added, 2 speakers, 1 target added."]
    got = [(st.quote, fresh.speaker(st.speaker_id).name if st.speaker_id else None, fresh.stance(st.stance_id).label,
            fresh.target(st.target_id).name if st.target_id else None, st.mode, st.note) for st in fresh.statements()]  # fmt: skip
    assert got == [
        ("Wir bleiben 😀", "Anna Weber", "supportive", "Streik", "direct", "Eine **Notiz** & <b>mehr</b>"),
        ("alles sei ruhig", "Polizei", "neutral", None, "indirect", ""),
        ("الوضع مستقر", None, "unclear", None, "", "RTL"),
    ]
    weber = fresh.find_speaker("Anna Weber")
    assert (weber.aliases, weber.description) == (("Weber",), "Sprecherin")
    assert fresh.find_speaker("Weber") == weber
    before = len(fresh.statements())
    import_paths(fresh, [Path(__file__).parent / "fixtures" / "qdpx-v1-export.qdpx"])
    assert len(fresh.statements()) == before  # the same file again adds nothing
    fresh.close()

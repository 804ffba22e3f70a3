"""Every export parsed back: what goes in comes out, and nothing a reader opens can run code."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import markdown
import pytest

from annotations.errors import StandpointError
from annotations.exporters import ExportCancelled, export
from annotations.exporters.html import _tint
from tests.exports_fixture import fill


@pytest.fixture
def tagged(store):
    return fill(store)


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data):
        self.text.append(data)


def _parse(html_text: str) -> _Collect:
    p = _Collect()
    p.feed(html_text)
    return p


def test_csv_has_one_row_per_statement_and_neutralises_formulas(store, tagged, tmp_path):
    out = export(store, "csv", tmp_path / "notes.csv", bom=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))  # cells may span lines
    assert len(rows) == len(tagged)
    by_id = {int(r["statement_id"]): r for r in rows}
    coup = by_id[tagged["coup"]]
    assert (coup["quote"], coup["speaker"], coup["stance"], coup["target"], coup["mode"]) == (
        "einen versuchten Staatsstreich", "Tokajew", "opposed", "die Proteste", "direct")
    formula = by_id[tagged["formula"]]
    assert formula["quote"] == "'=SUM(A1:A9)" and formula["speaker"] == "'@Buchhalter"
    assert formula["note"].startswith("'=HYPERLINK")
    emoji = by_id[tagged["emoji"]]
    text = store.document(int(emoji["document_id"])).text
    assert text[int(emoji["start"]) : int(emoji["end"])] == emoji["quote"] == "„Café 😀 am Meer“"
    # Each document's text, which the offsets count over, once: in its first row.
    texts = [(r["document_id"], r["document_text"]) for r in rows if r["document_text"]]
    assert texts == [(str(i), store.document(i).text) for i in store.document_ids()]


def test_markdown_notes_render_quotes_literally_and_neutralise_html(store, tagged, tmp_path):
    md = export(store, "md", tmp_path / "notes.md").read_text(encoding="utf-8")
    html_out = markdown.markdown(md)
    parsed = _parse(html_out)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert not any((v or "").lower().startswith("javascript") for _, v in parsed.attrs)
    text = "".join(parsed.text)
    assert "einen versuchten Staatsstreich" in text and "„Café 😀 am Meer“" in text
    assert '<script>alert("x")</script>' in text  # shown, as the annotator wrote it
    assert "=SUM(A1:A9)" in text
    assert md.count("> ") >= len(tagged)


def test_markdown_quotes_keep_lines_that_look_like_markup_as_text(store, tmp_path):
    from annotations.exporters.markdown_notes import escape

    text = "Er sagte:\n- erstens\n2. zweitens\n===\n12-3 Stimmen."
    doc = store.add_document("Zeilen", text)
    store.add_statement(doc.id, 0, len(text))
    md = export(store, "md", tmp_path / "notes.md", document_ids=[doc.id]).read_text(encoding="utf-8")
    parsed = _parse(markdown.markdown(md))
    assert parsed.tags.count("li") == 1 and parsed.tags.count("h1") == 1  # the statement, the title
    shown = "".join(parsed.text)
    for line in ("- erstens", "2. zweitens", "===", "12-3 Stimmen."):
        assert line in shown
    # The same lines outside a list item, where a parser is quickest to read them as markup.
    alone = _parse(markdown.markdown(escape(text)))
    assert not {"ul", "ol", "h1", "h2"} & set(alone.tags)
    assert "".join(alone.text).split("\n") == text.split("\n")


def test_markdown_can_group_by_speaker(store, tagged, tmp_path):
    md = export(store, "md", tmp_path / "notes.md", group_by="speaker").read_text(encoding="utf-8")
    first_doc = md.split("\n---\n")[0]
    headings = [line for line in first_doc.splitlines() if line.startswith("## ")]
    assert headings == ["## Putin", "## Tokajew", "## (kein Sprecher)"]  # the sample is German: so are its labels


def test_html_handout_is_self_contained_and_safe(store, tagged, tmp_path):
    page = export(store, "html", tmp_path / "handout.html").read_text(encoding="utf-8")
    parsed = _parse(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "link" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert not any(name in ("src",) for name, _ in parsed.attrs)
    assert not any((v or "").strip().lower().startswith(("javascript", "http://tracker")) for _, v in parsed.attrs)
    assert "@media print" in page
    text = "".join(parsed.text)
    assert '<script>alert("x")</script>' in text
    coup_colour = _tint(store.find_stance("opposed").colour)  # lightened for print
    opposed = store.find_stance("opposed").id
    assert f'<mark class="s{opposed}o">einen versuchten Staatsstreich</mark>' in page  # inside another statement
    assert f".s{opposed}o {{ background-color: {coup_colour}; text-decoration: underline; }}" in page
    assert page.count('<li id="note-') == len(tagged)
    assert 'href="#note-1"' in page and 'id="ref-1"' in page


def test_handout_notes_are_numbered_as_their_markers_in_the_text(store, tagged, tmp_path):
    import re

    page = export(store, "html", tmp_path / "handout.html", group_by="speaker").read_text(encoding="utf-8")
    markers = [int(n) for n in re.findall(r'id="ref-(\d+)"', page)]
    assert markers == sorted(markers) == list(range(1, len(tagged) + 1))  # overlaps included
    notes = re.findall(r'<li id="note-(\d+)" value="\d+"><b class="num">(\d+)\.</b>', page)
    assert all(a == b for a, b in notes) and len(notes) == len(tagged)  # written out, as Qt's PDF shows them
    per_document = [re.findall(r'id="note-(\d+)"', part) for part in page.split("<h3>")[1:]]
    assert all([int(n) for n in group] == sorted(int(n) for n in group) for group in per_document)


def test_an_export_that_fails_or_is_cancelled_leaves_no_file(store, tagged, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        export(store, "csv", out / "notes.csv", progress=lambda done, total: False)
    assert list(out.iterdir()) == []
    with pytest.raises(StandpointError, match="Unknown export format"):
        export(store, "docx", tmp_path / "notes.docx")
    with pytest.raises(StandpointError, match="not a folder"):
        export(store, "md", tmp_path / "missing" / "notes.md")


def test_one_document_only(store, tagged, tmp_path):
    second = store.document_ids()[1]
    rows = list(csv.DictReader(export(store, "csv", tmp_path / "n.csv", document_ids=[second])
                               .read_text(encoding="utf-8").splitlines()))  # fmt: skip
    assert {r["document"] for r in rows} == {"Gemischt"} and len(rows) == 3


def test_an_export_is_readable_by_others_as_files_the_user_makes_are(store, tmp_path):
    import os

    old = os.umask(0o022)
    try:
        out = export(store, "md", tmp_path / "notes.md")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600


def test_leftovers_of_a_killed_export_are_swept_by_the_next_one(store, tmp_path):
    import os
    import time

    stale = tmp_path / ".notes.md.k1ll3d.part"
    stale.write_text("half a file")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    running = tmp_path / ".notes.md.st1ll.part"  # another export writing right now
    running.write_text("in progress")
    export(store, "md", tmp_path / "notes.md")
    assert not stale.exists() and running.exists()
    assert sorted(p.name for p in tmp_path.glob("*.part")) == [running.name]


def test_colours_are_checked_where_they_come_in_and_exports_survive_old_ones(store, tmp_path):
    import sqlite3

    with pytest.raises(ValueError, match="is not a colour"):
        store.add_stance("ironisch", "#zzzzzz")
    with pytest.raises(ValueError, match="is not a colour"):
        store.update_stance(store.stances()[0].id, colour="red;}</style><script>alert(1)</script>")
    assert store.add_stance("ironisch", "#AbC").colour == "#aabbcc"
    conn = sqlite3.connect(store.path)  # a project written before colours were checked
    conn.execute("UPDATE stances SET colour = '#zzzzzz' WHERE label = 'ironisch'")
    conn.commit()
    conn.close()
    page = export(store, "html", tmp_path / "handout.html").read_text(encoding="utf-8")
    assert "ironisch" in page and "#zzzzzz" not in page


def test_markdown_keeps_long_lists_whole_and_links_harmless(store, sample_doc, tmp_path):
    text = sample_doc.text
    store.update_document(sample_doc.id, source="https://example.org/a b><img src=x onerror=alert(1)>/Ölkrise")
    words = list(re.finditer(r"\w{6,}", text))[:105]
    for m in words:
        store.add_statement(sample_doc.id, m.start(), m.end())
    last = store.statements()[-1]
    store.set_note(last.id, "[klick][x]\n\n[x]: javascript:alert(1)\n\n[y](javascript\\:alert(2))")
    notes = export(store, "md", tmp_path / "notes.md").read_text(encoding="utf-8")
    page = markdown.markdown(notes)
    assert "<img" not in page  # the source URL stays one link, encoded
    assert "javascript" not in "".join(re.findall(r'href="([^"]*)"', page)).lower()
    assert page.count("<li>") == len(words)
    # CommonMark: an item's blocks are indented at least as far as its text ("100. " is 5 wide), or a
    # quote from item 100 on leaves the list (and 4 spaces before it make it a code block).
    after_100 = notes[notes.index("\n100. "):]
    assert "\n     > " in after_100 and "\n    > " not in after_100.replace("\n     > ", "")


@pytest.mark.parametrize("note", [" =1+1", "\u00a0=1+1", "＝1+1", "﹢cmd", "\n@SUM(A1)", "a\x00b"])
def test_csv_neutralises_what_spreadsheets_run_and_raw_keeps_it_exact(store, sample_doc, tmp_path, note):
    at = sample_doc.text.index("Staatsstreich")
    store.add_statement(sample_doc.id, at, at + len("Staatsstreich"), note=note)
    with open(export(store, "csv", tmp_path / "safe.csv"), encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    if "\x00" in note:
        assert row["note"] == "a\ufffdb"
    else:
        assert row["note"] == "'" + note
    with open(export(store, "csv", tmp_path / "raw.csv", raw=True), encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["note"] == note.replace("\x00", "\ufffd")  # for R or pandas: the value itself


def test_markdown_stays_inert_and_one_list_under_a_commonmark_renderer(store, tagged, sample_doc, tmp_path):
    from markdown_it import MarkdownIt

    store.update_document(sample_doc.id, source="https://example.org/a b><img src=x onerror=alert(1)>/Ölkrise")
    taken = {(s.start, s.end) for s in store.statements(sample_doc.id)}
    spans = [m.span() for m in re.finditer(r"\w{6,}", sample_doc.text)]
    spans = [sp for sp in spans if not any(a < sp[1] and sp[0] < b for a, b in taken)][:105]
    for a, b in spans:
        store.add_statement(sample_doc.id, a, b)
    store.set_note(store.statements(sample_doc.id)[-1].id,
                   "[klick][x]\n\n[x]: javascript:alert(1)\n\n[y](javascript\\:alert(2)) <b onclick=x()>b</b>")  # fmt: skip
    notes = export(store, "md", tmp_path / "notes.md", document_ids=[sample_doc.id]).read_text(encoding="utf-8")
    page = MarkdownIt("commonmark").render(notes)  # raw HTML allowed, as CommonMark renders it by default
    parsed = _parse(page)
    assert not {"script", "img", "b"} & set(parsed.tags)
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert not any((v or "").lower().startswith(("javascript", "data:")) for _, v in parsed.attrs)
    assert parsed.tags.count("ol") + parsed.tags.count("ul") == 1
    assert parsed.tags.count("li") == len(store.statements(sample_doc.id))
    assert "pre" not in parsed.tags and "code" not in parsed.tags  # no quote turned into a code block

"""Files that cannot be imported: ImportFailed naming the file and the reason, and an unchanged project."""

from __future__ import annotations

import pytest

from annotations.errors import ImportFailed
from annotations.importers.base import MAX_BYTES
from annotations.importing import import_file


def _snapshot(store):
    db = store.db
    return (store.document_titles(), db.execute("SELECT count(*) FROM blocks").fetchone()[0],
            db.execute("SELECT count(*) FROM statements").fetchone()[0])  # fmt: skip


@pytest.mark.parametrize("name, content, reason", [
    ("leer.txt", b"", "is empty"),
    ("leer.md", b"   \n\n", "holds no text"),
    ("leer.html", b"<html><body><script>x()</script></body></html>", "holds no text"),
    ("kaputt.docx", b"PK\x03\x04 not really a zip", "is not a Word document that can be read: the file is damaged"),
    ("umbenannt.docx", b"Nur Text, umbenannt.", "is not a Word document: its content \\(plain text\\) does not"
                                                       " match its extension .docx. Was it renamed\\?"),
    ("kaputt.pdf", b"%PDF-1.4 garbage", "could not be read as pdf"),
    ("kaputt.epub", b"\x00\x01\x02", "is not an EPUB book"),
    ("binär.txt", b"\x00\x01\x02\x03" * 10, "binary"),
    ("bild.png", b"\x89PNG\r\n", "cannot read “.png” files"),
    ("ohne_endung", b"Text", "cannot read “files without a suffix”"),
])  # fmt: skip
def test_broken_files_fail_with_a_reason_and_leave_the_project_alone(store, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    before = _snapshot(store)
    with pytest.raises(ImportFailed, match=reason) as err:
        import_file(store, path)
    assert str(err.value).startswith(name)
    assert _snapshot(store) == before


def test_a_file_too_large_is_refused_before_it_is_read(store, tmp_path):
    path = tmp_path / "riesig.txt"
    with open(path, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk and no time
    before = _snapshot(store)
    with pytest.raises(ImportFailed, match=r"riesig.txt is \d+ MB; Standpoint imports files up to"):
        import_file(store, path)
    assert _snapshot(store) == before


def test_missing_files_and_folders(store, tmp_path):
    with pytest.raises(ImportFailed, match="fehlt.txt: there is no such file"):
        import_file(store, tmp_path / "fehlt.txt")
    (tmp_path / "ordner.txt").mkdir()
    with pytest.raises(ImportFailed, match="ordner.txt is a folder"):
        import_file(store, tmp_path / "ordner.txt")


@pytest.mark.parametrize("suffix, part", [(".docx", "word/document.xml"), (".epub", "OEBPS/chapter.xhtml")])
def test_a_zip_bomb_is_refused_before_it_is_unpacked(store, tmp_path, suffix, part):
    import zipfile

    bomb = tmp_path / f"bericht{suffix}"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive, archive.open(part, "w") as entry:
        chunk = b" " * 10**6
        for _ in range(101):  # 101 MB of spaces: about 100 KB on disk
            entry.write(chunk)
    assert bomb.stat().st_size < 1_000_000
    before = len(store.document_ids())
    with pytest.raises(ImportFailed, match="would unpack to 101 MB.*zip bomb"):  # told by the zip's directory
        import_file(store, bomb)
    assert len(store.document_ids()) == before


def test_a_docx_with_entities_is_refused_not_cut(store, tmp_path):
    import zipfile

    path = tmp_path / "xxe.docx"
    body = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>Vorher &x; nachher</w:t></w:r></w:p></w:body></w:document>")  # fmt: skip
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", body)
    with pytest.raises(ImportFailed, match="declares entities"):
        import_file(store, path)


def test_a_docx_of_a_million_paragraphs_is_refused_before_it_is_parsed(store, tmp_path):
    import zipfile

    path = tmp_path / "absaetze.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with archive.open("word/document.xml", "w") as entry:
            entry.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                        b'wordprocessingml/2006/main"><w:body>')
            entry.write(b"<w:p><w:r><w:t>Absatz</w:t></w:r></w:p>" * 1_000_000)  # 39 MB: under the unpacked limit
            entry.write(b"</w:body></w:document>")
    before = len(store.document_ids())
    with pytest.raises(ImportFailed, match="has more than 200,000 paragraphs, the most Standpoint reads"):
        import_file(store, path)  # python-docx took 6 minutes and 1.35 GB over such a file
    assert len(store.document_ids()) == before


def test_paragraph_tags_split_between_reads_are_counted_once(tmp_path):
    import zipfile

    from annotations.importers.docx import _count_paragraphs

    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", b"<w:body>" + b"<w:p>a</w:p><w:p w:x='1'>b</w:p>" * 100_001 + b"</w:body>")
    with zipfile.ZipFile(path) as archive:
        assert _count_paragraphs(archive, limit=10**6) == 200_002

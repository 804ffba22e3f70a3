"""Opening a .qdpx or .qdc without trusting it.

Nothing is ever written to disk: members are read into memory by name, so a member called
`../../.bashrc` (zip-slip) is only a key that no source refers to. Sizes come from the zip's
directory and are checked against a budget before a byte is unpacked (Python's zipfile stops an
entry at its declared size, so a lying entry cannot unpack past the check). XML with a document
type declaration is refused before parsing: REFI-QDA never needs one, and entities in one are how
a file pulls in other files (XXE) or expands a few bytes into gigabytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ...errors import ImportFailed
from ..base import MAX_BYTES

BUDGET = MAX_BYTES
"""Bytes a file may unpack to (project.qde, texts, notes): the same ceiling as any file Standpoint imports."""
MAX_ENTRIES = 100_000
"""Members a .qdpx may list: a project of thousands of sources has thousands; a million is an attack on memory."""
MAX_DIRECTORY = 32 * 2**20
"""Bytes of the zip's central directory, which zipfile reads whole before anything else."""
CHUNK = 1 << 20


class Archive:
    """The members of a .qdpx, read on demand in memory, each charged to one budget."""

    def __init__(self, path: Path):
        self.path, self.name = path, path.name
        self.spent = 0
        _check_directory(path)
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ImportFailed(f"{self.name} is not a REFI-QDA project that can be read: the zip archive is damaged"
                               f" ({exc}).") from None  # fmt: skip
        self.members = {i.filename.replace("\\", "/").lower(): i for i in self.zip.infolist() if not i.is_dir()}

    def close(self) -> None:
        """Close the zip file."""
        self.zip.close()

    def project(self) -> zipfile.ZipInfo:
        """The archive's project.qde (at the root; any case, as tools disagree)."""
        info = self.members.get("project.qde")
        if info is None:
            raise ImportFailed(f"{self.name} is not a REFI-QDA project: it holds no project.qde.")
        return info

    def source(self, reference: str) -> zipfile.ZipInfo | None:
        """The member an `internal://NAME` path names, in the sources folder (any case); None if absent."""
        name = reference[len("internal://"):].replace("\\", "/")
        return self.members.get(f"sources/{name}".lower())

    def charge(self, info: zipfile.ZipInfo, what: str) -> None:
        """Count a member against the budget before it is unpacked; ImportFailed past it."""
        self.spent += info.file_size
        if self.spent > BUDGET:
            raise ImportFailed(f"{self.name} would unpack to more than {BUDGET // 10**6} MB (at {what}); Standpoint"
                               " reads projects up to that size (a file like this is more likely a zip bomb than"
                               " a project).")  # fmt: skip

    def read(self, info: zipfile.ZipInfo, what: str) -> bytes:
        """A member's bytes, charged to the budget."""
        self.charge(info, what)
        try:
            return self.zip.read(info)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
            raise ImportFailed(f"{self.name}: {what} cannot be unpacked ({exc}).") from None

    def open(self, info: zipfile.ZipInfo) -> BinaryIO:
        """A member as a file to read from (to parse a large project.qde without holding it whole); not charged again."""
        try:
            return self.zip.open(info)  # type: ignore[return-value]
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
            raise ImportFailed(f"{self.name}: {info.filename} cannot be unpacked ({exc}).") from None

    def chunks(self, info: zipfile.ZipInfo) -> Iterator[bytes]:
        """A member in pieces (to parse a large project.qde without holding it whole); not charged again."""
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(CHUNK):
                    yield chunk
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
            raise ImportFailed(f"{self.name}: {info.filename} cannot be unpacked ({exc}).") from None


def _check_directory(path: Path) -> None:
    """Refuse an archive whose directory alone would take too much memory, before zipfile reads it."""
    try:
        with open(path, "rb") as fh:
            entries, size = _directory_size(fh)
    except OSError as exc:
        raise ImportFailed(f"{path.name} could not be read: {exc.strerror or exc}.") from None
    if entries > MAX_ENTRIES or size > MAX_DIRECTORY:
        raise ImportFailed(f"{path.name} lists {entries:,} files ({size / 2**20:,.0f} MB of directory); Standpoint reads"
                           f" projects of up to {MAX_ENTRIES:,} (a file like this is more likely a zip bomb than a"
                           " project).")  # fmt: skip


def _directory_size(fh: BinaryIO) -> tuple[int, int]:
    """(entries, bytes) of the central directory, from the end record (zip64 too); (0, 0) if there is none."""
    fh.seek(0, 2)
    length = fh.tell()
    tail_length = min(length, 22 + 65535)  # the end record, and a comment of at most 64 KB after it
    fh.seek(length - tail_length)
    tail = fh.read(tail_length)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return 0, 0  # not a zip: zipfile says so next
    entries = int.from_bytes(tail[at + 10 : at + 12], "little")
    size = int.from_bytes(tail[at + 12 : at + 16], "little")
    locator = tail.rfind(b"PK\x06\x07", 0, at)
    if (entries == 0xFFFF or size == 0xFFFFFFFF) and locator >= 0:
        fh.seek(int.from_bytes(tail[locator + 8 : locator + 16], "little"))
        record = fh.read(56)
        if record[:4] == b"PK\x06\x06" and len(record) == 56:
            entries = int.from_bytes(record[32:40], "little")
            size = int.from_bytes(record[40:48], "little")
    return entries, size


class _RootReached(Exception):
    def __init__(self, tag: str, attrs: dict[str, str]):
        super().__init__(tag)
        self.tag, self.attrs = tag, attrs


class _Prolog:
    """A parser target that stops at the root element and refuses a document type declaration."""

    def __init__(self, name: str):
        self.name = name

    def doctype(self, *_args: object) -> None:
        raise ImportFailed(f"{self.name} declares a document type (a DTD with entities), which REFI-QDA never uses: it"
                           " was not imported, as such a file can pull in other files or expand without bound.")  # fmt: skip

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        raise _RootReached(tag, attrs)

    def end(self, *_args: object) -> None:
        pass

    def data(self, *_args: object) -> None:
        pass

    def close(self) -> None:
        pass


def root_element(chunks: Iterable[bytes], name: str) -> str:
    """The root element's tag, read up to it; ImportFailed if a document type is declared before it (or it is not XML).

    Only the prolog is read: a DTD can come nowhere else, and without one no entity can be declared.
    """
    parser = ET.XMLParser(target=_Prolog(name))  # type: ignore[arg-type]
    try:
        for chunk in chunks:
            parser.feed(chunk)
        parser.close()
    except _RootReached as reached:
        return reached.tag
    except ET.ParseError as exc:
        raise ImportFailed(f"{name} is not well-formed XML ({exc}).") from None
    raise ImportFailed(f"{name} holds no XML element.")


def elements(source: BinaryIO, tags: Iterable[str], name: str) -> Iterator[tuple[str, Any]]:
    """("start" | "end", element) for the elements with these tags, as the XML is read (lxml, entities never
    resolved, for a document root_element has passed)."""
    from lxml import etree

    try:
        yield from etree.iterparse(source, events=("start", "end"), tag=list(tags), resolve_entities=False,
                                   no_network=True, load_dtd=False, huge_tree=True, remove_comments=True)  # fmt: skip
    except etree.XMLSyntaxError as exc:
        raise ImportFailed(f"{name} is not well-formed XML ({exc}).") from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise ImportFailed(f"{name} cannot be unpacked ({exc}).") from None

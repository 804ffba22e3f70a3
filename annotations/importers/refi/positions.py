"""Where a selection lies: REFI-QDA counts code points from the first character of the source file,
and real tools do not always.

QualCoder counts UTF-16 units (one too many after each emoji) and writes a byte-order mark that its
positions do not count. Most tools write each selection's text into its `name`, so the way a file
counts can be found: every way is tried on every named selection, the one that makes the most of
them match wins for the whole file (a source where another way fits better keeps that one), and a
selection no way fits is looked for by its name. What was corrected is said, never silently done.

Positions end up in the text as it is stored: without a BOM, line ends made \\n.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from ...anchoring import QuoteSelector, reanchor
from ...exporters.refi_xml import clean
from ...offsets import Utf16Map
from ...wording import counted
from .data import RefiFile, Selection, TextSource


@dataclass(frozen=True)
class Convention:
    """A way of counting positions: code points or UTF-16 units; a leading BOM counted as character 0 or not."""

    utf16: bool
    bom: bool


STANDARD = Convention(utf16=False, bom=True)
"""REFI-QDA 10.2: code points, from the first one in the file (a BOM is one)."""
CONVENTIONS = (STANDARD, Convention(False, False), Convention(True, False), Convention(True, True))
"""In order of preference when two fit equally well."""


def name_matches(got: str, name: str) -> bool:
    """Whether the text at a selection is what its name says (names may be cut short with an ellipsis)."""
    got = clean(got)
    if got == name or " ".join(got.split()) == " ".join(name.split()):
        return True
    if name.endswith(("…", "...")):
        stem = name.rstrip("…").rstrip(".")
        return bool(stem.strip()) and got.startswith(stem)
    return False


class _Text:
    """One source's text, and how positions under each convention map into it as stored."""

    def __init__(self, source: TextSource):
        self.raw, self.bom = source.raw, source.bom
        self.plain = self.raw[1:] if self.bom else self.raw
        self.crlf = [i for i in _find_all(self.plain, "\r\n")]
        self.stored = self.plain.replace("\r\n", "\n").replace("\r", "\n")
        self._maps: dict[bool, Utf16Map] = {}

    def key(self, convention: Convention) -> tuple[bool, bool]:
        """Conventions with the same key place every selection of this text alike."""
        with_bom = convention.bom and self.bom
        return convention.utf16 and not self._map(with_bom).trivial, with_bom

    def _map(self, with_bom: bool) -> Utf16Map:
        if with_bom not in self._maps:
            self._maps[with_bom] = Utf16Map(self.raw if with_bom else self.plain)
        return self._maps[with_bom]

    def span(self, convention: Convention, start: int, end: int) -> tuple[int, int] | None:
        """Where [start, end) under a convention lies in the stored text; None if outside the text."""
        if not 0 <= start <= end:
            return None
        utf16, with_bom = self.key(convention)
        points = []
        for p in (start, end):
            if utf16:
                m = self._map(with_bom)
                if p > m.utf16_length:
                    return None
                p = m.to_codepoint(p)
            elif p > (len(self.raw) if with_bom else len(self.plain)):
                return None
            if with_bom:
                p = max(0, p - 1)
            points.append(p - bisect_left(self.crlf, p))
        return points[0], points[1]


def _find_all(text: str, what: str) -> list[int]:
    out, i = [], text.find(what)
    while i != -1:
        out.append(i)
        i = text.find(what, i + len(what))
    return out


@dataclass
class _Outcome:
    utf16_sources: list[str] = field(default_factory=list)  # read in UTF-16 units (they hold astral characters)
    bom_sources: list[str] = field(default_factory=list)  # start with a BOM the positions do not count
    named: int = 0
    matched: int = 0
    moved: int = 0  # placed elsewhere than the standard's reading would
    found_by_name: list[str] = field(default_factory=list)
    differing: list[str] = field(default_factory=list)


def resolve(file: RefiFile) -> None:
    """Give every selection its span in the stored text, or refuse it; say what was corrected.

    Afterwards each source's `text` is what the project will store and its `raw` text is dropped.
    """
    texts = {id(s): _Text(s) for s in file.sources}
    chosen = _vote(file, texts)
    outcome = _Outcome()
    for source in file.sources:
        text, convention = texts[id(source)], chosen[id(source)]
        source.selections = [sel for sel in source.selections if _place(file, source, text, convention, sel, outcome)]
        for ref in source.note_refs:  # annotations: notes that hold a selection of this text
            for sel in file.notes[ref].selections if ref in file.notes else ():
                sel.span = text.span(convention, sel.start, sel.end)
        utf16, with_bom = text.key(convention)
        if source.selections and utf16:
            outcome.utf16_sources.append(source.name)
        if source.selections and text.bom and not with_bom:
            outcome.bom_sources.append(source.name)
        source.text, source.raw = text.stored, ""
    file.warnings += _messages(outcome)


def _vote(file: RefiFile, texts: dict[int, _Text]) -> dict[int, Convention]:
    """The convention of each source: the file's best, unless another fits the source's names better."""
    per_source: dict[int, Counter] = {}
    total: Counter = Counter()
    for source in file.sources:
        text = texts[id(source)]
        by_key: dict[tuple[bool, bool], int] = {}
        tally: Counter = Counter()
        for convention in CONVENTIONS:
            key = text.key(convention)
            if key not in by_key:
                by_key[key] = sum(1 for sel in source.selections if sel.name and _fits(text, convention, sel))
            tally[convention] = by_key[key]
        per_source[id(source)] = tally
        total.update(tally)
    best = max(CONVENTIONS, key=lambda c: (total[c], -CONVENTIONS.index(c)))
    chosen = {}
    for source in file.sources:
        tally = per_source[id(source)]
        local = max(CONVENTIONS, key=lambda c: (tally[c], c == best, -CONVENTIONS.index(c)))
        chosen[id(source)] = local if tally[local] > tally[best] else best
    return chosen


def _fits(text: _Text, convention: Convention, sel: Selection) -> bool:
    span = text.span(convention, sel.start, sel.end)
    return span is not None and sel.name is not None and name_matches(text.stored[span[0] : span[1]], sel.name)


def _place(file: RefiFile, source: TextSource, text: _Text, convention: Convention, sel: Selection,
           outcome: _Outcome) -> bool:  # fmt: skip
    span = text.span(convention, sel.start, sel.end)
    fits = span is not None and sel.name is not None and name_matches(text.stored[span[0] : span[1]], sel.name)
    if sel.name and not fits:
        other = next((c for c in CONVENTIONS if _fits(text, c, sel)), None)
        if other is not None:
            convention, span, fits = other, text.span(other, sel.start, sel.end), True
        elif span is not None:
            anchor = reanchor(text.stored, QuoteSelector(sel.name, "", ""), hint=span[0])
            if anchor is not None and anchor.exact:
                span, fits = (anchor.start, anchor.end), True
                outcome.found_by_name.append(_clip(sel.name))
            else:
                outcome.differing.append(f"“{_clip(sel.name)}” is “{_clip(text.stored[span[0] : span[1]])}”")
    if span is None:
        file.refused.append(f"{_coding(file, sel)} lies at {sel.start}–{sel.end}, outside “{source.name}”"
                            f" ({len(text.raw):,} characters): not imported.")  # fmt: skip
        return False
    if not text.stored[span[0] : span[1]].strip():
        file.refused.append(f"{_coding(file, sel)} in “{source.name}” at {sel.start}–{sel.end} holds no text: not imported.")
        return False
    if sel.name:
        outcome.named += 1
        outcome.matched += fits
    if text.key(convention) != text.key(STANDARD):
        outcome.moved += span != text.span(STANDARD, sel.start, sel.end)
    sel.span = span
    return True


def _coding(file: RefiFile, sel: Selection) -> str:
    """How a message names a coding: its codes, the selection's text (or GUID)."""
    codes = [file.codes[c].name for c in sel.codes if c in file.codes]
    what = f"the coding of {', '.join(f'“{n}”' for n in codes)}" if codes else "a selection"
    return f"{what} on “{_clip(sel.name)}” ({sel.guid})" if sel.name else f"{what} ({sel.guid})"


def _clip(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _messages(o: _Outcome) -> list[str]:
    out = []
    ways = []
    if o.utf16_sources:
        ways.append("counts UTF-16 units where REFI-QDA says code points (one more after each emoji or other"
                    " character beyond U+FFFF)")  # fmt: skip
    if o.bom_sources:
        ways.append(f"does not count the byte-order mark that starts {_names(o.bom_sources)}")
    if ways or o.moved:
        how = f"Positions corrected: this file {' and '.join(ways)}, as QualCoder does" if ways else \
            "Positions corrected: some fit another way of counting than the standard's"
        moved = f" ({o.moved} would be misplaced if read as the standard says)" if o.moved else ""
        out.append(f"{how}. Read that way, {_how_many(o.matched, o.named)}{moved}.")
    if o.found_by_name:
        out.append(f"{counted(len(o.found_by_name), 'selection')} fit no way of counting and were placed where their"
                   f" text was found (check them): {', '.join(f'“{n}”' for n in o.found_by_name[:5])}.")  # fmt: skip
    if o.differing:
        out.append(f"{counted(len(o.differing), 'selection')} do not hold the text their names give; imported where"
                   f" the positions say (check them): {'; '.join(o.differing[:5])}.")  # fmt: skip
    return out


def _how_many(matched: int, named: int) -> str:
    if named == 1:
        return f"the named selection {'holds' if matched else 'does not hold'} the text its name gives"
    if matched == named:
        return f"all {named} named selections hold the text their names give"
    return f"{matched} of {named} named selections hold the text their names give"


def _names(names: list[str]) -> str:
    shown = ", ".join(f"“{n}”" for n in names[:3])
    return shown + (f" and {len(names) - 3} more" if len(names) > 3 else "")

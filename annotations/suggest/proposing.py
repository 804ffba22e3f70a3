"""What every rule makes: a proposed statement (`Suggestion`), and the few ways of adding one.

`Proposer` keeps the proposals of one text and the quotations already claimed; `settled` keeps, of
proposals that overlap, the surer.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Speaker
from .lexicon import Lexicon
from .reading import QUOTE_MARKS, TextReader
from .speakers import match_speaker

_HARD_BREAK = ("–", "—", " - ", ";")
HEADING_ENDS = set(".!?:;…,") | QUOTE_MARKS | set(")]")  # how a line of running text or a quotation ends
# A wire story's dateline: "BERLIN (dpa) - ", "BRUSSELS, Nov 12 (Reuters) - ", "WASHINGTON (AP) — ".
DATELINE = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ .'-]{2,30}(?:, [^()\n–—-]{1,25})?(?: ?\([^()\n]{1,30}\))? ?[-–—] ")


@dataclass(frozen=True)
class Suggestion:
    """A proposed statement: the span (code points, end exclusive), who says it, the cue, the mode."""

    start: int
    end: int
    quote: str
    speaker: str
    cue: str
    mode: str  # direct, indirect, reported
    confidence: float
    speaker_id: int | None = None  # the project's speaker the name was matched to

    def as_json(self) -> dict:
        """The suggestion as the `suggest` command prints it."""
        return {"start": self.start, "end": self.end, "quote": self.quote, "speaker": self.speaker,
                "cue": self.cue, "mode": self.mode, "confidence": round(self.confidence, 2)}  # fmt: skip


class Proposer(TextReader):
    """A text read for the rules, with the statements proposed so far."""

    def __init__(self, text: str, lex: Lexicon, speakers: Sequence[Speaker] = ()):
        super().__init__(text, lex, speakers)
        self.found: list[Suggestion] = []
        self.claimed: set[int] = set()  # quotations a rule has taken
        self._said: Suggestion | None = None  # the last statement of the sentence before, if it made one

    def _add(self, start: int, end: int, speaker: str, cue: str, mode: str, confidence: float,
             speaker_id: int | None = None) -> None:  # fmt: skip
        if start == 0 or self.text[start - 1] == "\n":
            dateline = DATELINE.match(self.text, start, end)
            start = dateline.end() if dateline else start  # "BRUSSELS, Nov 12 (Reuters) - " is the wire's, not said
        if end <= start or mode != "indirect" and self._in_heading(start):
            return  # a headline's quotation; "Researchers say targets may double" as a standfirst still reports
        if speaker_id is None and speaker and self.speakers:
            known = match_speaker(speaker, self.speakers)
            speaker_id = known.id if known else None
        if speaker:
            self.voices.append((end, speaker))
        self.found.append(Suggestion(start, end, self.text[start:end], speaker, cue, mode, round(confidence, 2),
                                     speaker_id))  # fmt: skip

    def _in_heading(self, at: int) -> bool:
        """Whether `at` is in a headline or a heading: a short line that ends without a sentence's punctuation
        ("Minister: targets ‘will not be watered down’"). Headlines quote; they make no statements."""
        a = self.text.rfind("\n", 0, at) + 1
        b = self.text.find("\n", at)
        line = self.text[a:b if b >= 0 else len(self.text)].rstrip()
        return bool(line) and line[-1] not in HEADING_ENDS and len(line.split()) <= 20

    def _add_quoted(self, start: int, end: int, speaker: str, cue: str, confidence: float,
                    speaker_id: int | None = None) -> None:  # fmt: skip
        """Direct speech, one statement per paragraph: a quote running on over paragraphs usually makes
        a point in each, and each may take its own stance."""
        for m in re.finditer(r"[^\n]+", self.text[start:end]):
            a, b = start + m.start(), start + m.end()
            while a < b and (self.text[a].isspace() or self.text[a] in QUOTE_MARKS):
                a += 1
            self._add(a, b, speaker, cue, "direct", confidence, speaker_id)

    def _runs(self, indices: list[int]) -> list[list[int]]:
        """Quotations side by side with nothing but a space between ("„Gartenstadt“ „verwüstet“") are one statement."""
        runs: list[list[int]] = []
        for k in indices:
            if runs and not self.text[self.quotes[runs[-1][-1]].close + 1:self.quotes[k].open].strip(" \t"):
                runs[-1].append(k)
            else:
                runs.append([k])
        return runs

    def _clause_end(self, at: int, sentence_end: int, stop_at_dash: bool) -> int:
        """Where a clause running from `at` ends: the sentence's end without its full stop, or a dash."""
        stretch = self.text[at:sentence_end]
        cut = len(stretch)
        if stop_at_dash:
            cut = min([cut, *(stretch.find(d) for d in _HARD_BREAK if d in stretch)])
        end = at + cut
        while end > at and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?…,;:"):
            end -= 1
        return end


def char_before(text: str, at: int) -> str:
    """The last character before `at` that is not white space ("" at the start)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at > 0 else ""


def settled(found: list[Suggestion]) -> list[Suggestion]:
    """In text order; of proposals that overlap, the surer (direct speech first) stays."""
    rank = {"direct": 2, "indirect": 1, "reported": 0}
    spans: list[tuple[int, int]] = []  # kept so far, sorted; they never overlap, so neighbours decide
    kept: list[Suggestion] = []
    for s in sorted(found, key=lambda s: (-rank[s.mode], -s.confidence, s.start)):
        k = bisect_left(spans, (s.start, s.end))
        if (k > 0 and spans[k - 1][1] > s.start) or (k < len(spans) and spans[k][0] < s.end):
            continue
        spans.insert(k, (s.start, s.end))
        kept.append(s)
    return sorted(kept, key=lambda s: (s.start, s.end))

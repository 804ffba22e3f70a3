"""The rules that turn quotes, cue verbs and source phrases into proposed statements.

One pass over the sentences. In each, cue verbs are found outside quotations; a cue claims the
quotations of its sentence (direct speech), else the clause it introduces ("sagte, dass ...",
"said that ...": indirect), and a verb of accusing or describing claims its own clause
(reported). "laut X", "X zufolge", "according to X" name the source of a clause (reported).
Quotations no cue claimed inherit the speaker of the quote they continue ("„A“, sagte er.
„B“"). The speaker is the subject of the cue, resolved: a pronoun to the speaker it refers to,
a role ("der Präsident") or a surname to the full name named earlier, then to the project's
speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Speaker
from .lexicon import Lexicon
from .speakers import Mention, is_pronoun, is_pronoun_word, match_speaker, mention_of, phrase_at, same_speaker
from .text import Quotation, Token, quotations, sentences, words

REACH = 1500  # characters back in which a pronoun or a continued quote finds its speaker
_CLAUSE_BREAK = set(",;:–—()") | set("„“”\"»«")
_HARD_BREAK = ("–", "—", " - ", ";")
_AND = {"and", "und", "but", "aber", "sowie"}
_QUANTITIES = set("""millionen milliarden prozent euro dollar jahre jahren monate monaten tage tagen stunden minuten
menschen kilometer tonnen""".split())
_CALENDAR = set("""monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar
märz mai juni juli oktober dezember according""".split())
_QUOTE_MARKS = set("„“”\"»«‚‘’'‹›")
_OBJECT_FIRST = {"told", "tells", "tell", "asked", "asks", "ask"}  # "told reporters": what follows is not the speaker
_TIME_WORDS = {"on", "in", "at", "during", "after", "before", "late", "last", "earlier", "later", "this", "afterward",
               "afterwards", "yesterday", "today", "tonight", "separately", "previously", "repeatedly", "through", "via",
               "by", "from", "with", "to", "over", "under"}
_ENGLISH_FINITE = {"would", "will", "could", "can", "should", "shall", "may", "might", "must", "had", "has", "have",
                   "was", "were", "is", "are", "did", "does", "do", "needed", "needs", "wanted", "wants"}
_TITLE_CUES = {"titled", "entitled", "called", "named", "dubbed", "headlined", "so-called", "titel", "namens", "genannt",
               "genannten", "sogenannten", "sogenannte", "motto"}


def _clause_opener(t: Token, lex: Lexicon) -> bool:
    """A word that can open a reported clause: a pronoun, an article, a name."""
    low = t.lower
    return low in {"he", "she", "they", "it", "we", "i", "you", "there", "his", "her", "their", "its", "our"} \
        or low in lex.articles or t.capitalised


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


@dataclass(frozen=True)
class _Cue:
    index: int  # into the sentence's tokens
    text: str
    reporting: bool
    end_index: int  # the last token of the cue (a separated particle)


class Reader:
    """Reads one text in one language and proposes its statements."""

    def __init__(self, text: str, lex: Lexicon, speakers: Sequence[Speaker] = ()):
        self.text, self.lex, self.speakers = text, lex, list(speakers)
        self.quotes = quotations(text)
        self._quote_opens = [q.open for q in self.quotes]
        self.tokens = []  # the words outside quotations: what the rules read for cues and speakers
        outside = 0
        for q in self.quotes:
            if q.open >= outside:
                self.tokens += words(text, outside, q.open)
                outside = q.close + 1
        self.tokens += words(text, outside)
        self._starts = [t.start for t in self.tokens]
        self.titles = {k for k, q in enumerate(self.quotes) if self._names_a_title(q)}
        self.mentions: list[Mention] = []  # people and bodies named outside quotations, in order
        self.subjects: list[Mention] = []  # who the sentences are about: what "er" and "she" continue
        self.sentence = 0
        self.names: set[str] = set()  # single words known to be names: surnames, speakers found
        self._phrases: dict[tuple[int, int], list[Token]] = {}
        self._mentions: dict[tuple[str, ...], Mention | None] = {}
        self.found: list[Suggestion] = []
        self.claimed: set[int] = set()  # quotations a cue has taken

    def _names_a_title(self, q: Quotation) -> bool:
        """"a report titled “The Squeezed Basket”", "die so genannten "farbigen Revolutionen"": a name, not words said."""
        k = bisect_left(self._starts, q.open) - 1
        return k >= 0 and self.tokens[k].lower in _TITLE_CUES and not self.text[self.tokens[k].end:q.open].strip()

    def _title_between(self, a: int, b: int) -> bool:
        inside = range(bisect_left(self._quote_opens, a), bisect_left(self._quote_opens, b))
        return bool(inside) and all(k in self.titles and self.quotes[k].close < b for k in inside)

    def _phrase(self, toks: list[Token], i: int) -> list[Token]:
        """phrase_at, remembered: the rules ask for the phrase at the same word several times."""
        if i >= len(toks):
            return []
        key = (toks[i].start, toks[-1].end)
        found = self._phrases.get(key)
        if found is None:
            found = self._phrases[key] = phrase_at(toks, i, self.lex, self.text)
        return found

    def _mention(self, phrase: list[Token]) -> Mention | None:
        """mention_of, remembered by wording: a text names the same people again and again."""
        key = tuple(t.text for t in phrase)
        if key not in self._mentions:
            self._mentions[key] = mention_of(phrase, self.lex)
        m = self._mentions[key]
        if m is None or m.start == phrase[0].start:
            return m
        return Mention(phrase[0].start, m.name, m.roles, m.plural, m.proper, m.sentence, m.definite)

    def run(self) -> list[Suggestion]:
        """Every proposal, in text order, overlapping ones settled in favour of the surer."""
        for number, (start, end) in enumerate(sentences(self.text, self.quotes)):
            self.sentence = number
            self._sentence(start, end)
        self._unclaimed_quotes()
        return _settled(self.found)

    # -- one sentence ------------------------------------------------------------------------------

    def _sentence(self, start: int, end: int) -> None:
        toks = self.tokens[bisect_left(self._starts, start):bisect_left(self._starts, end)]
        self._note_mentions(toks)
        before = len(self.found)
        quotes = [k for k in range(bisect_left(self._quote_opens, start), bisect_left(self._quote_opens, end))
                  if k not in self.titles]  # fmt: skip
        cues = [c for c in (self._cue(toks, i) for i in range(len(toks))) if c is not None]
        speech = [c for c in cues if not c.reporting]
        content = {c.index: self._content(toks, c, end) for c in speech}
        for c in speech:  # "said it would oppose the closure, which it said employs ...": two statements
            clause = content[c.index]
            inner = [d for d in speech if clause and d is not c and clause[0] < toks[d.index].start < clause[1]
                     and "," in self.text[toks[self._clause_start(toks, d.index)].start - 2:toks[d.index].start]]
            if clause and inner:
                cut = toks[self._clause_start(toks, min(d.index for d in inner))].start
                content[c.index] = (clause[0], self._clause_end(clause[0], cut, stop_at_dash=False)) if cut > clause[0] else None
        absorbed: set[int] = set()  # cues whose reported clause holds a short quotation
        for run in self._runs(quotes) if speech else []:
            first, last = self.quotes[run[0]], self.quotes[run[-1]]
            cue = min(speech, key=lambda c: _distance(toks[c.index], first))
            clause = content[cue.index]
            quoted = sum(self.quotes[k].end - self.quotes[k].start for k in run)
            if clause and clause[0] <= first.open and last.close <= clause[1] + 1 and 2 * quoted < clause[1] - clause[0]:
                absorbed.add(cue.index)  # "said lines had been “remarkably patient” and ...": the clause is the statement
                self.claimed.update(run)
            else:
                self._direct(toks, cue, run)
        for cue in cues:
            clause = content.get(cue.index)
            if cue.reporting:
                self._reported_by_verb(toks, cue, end)
            elif clause and (cue.index in absorbed or not any(clause[0] <= self.quotes[k].open < clause[1] for k in quotes)):
                speaker, sure = self._speaker(toks, cue)
                for a, b in self._coordinated(toks, clause):
                    self._add(a, b, speaker, cue.text, "indirect", 0.75 * sure)
        if len(self.found) == before:
            self._reported_by_source(toks, start, end)

    def _cue(self, toks: list[Token], i: int) -> _Cue | None:
        t, lex = toks[i], self.lex
        low = t.lower
        if low not in lex.cue_forms or (t.capitalised and i > 0) or self._in_brackets(toks, i):
            return None
        reporting, end_index, text = False, i, t.text
        if low == "so" and lex.compounds and self._quote_before(toks, i) and "," in self.text[toks[i].start - 3:toks[i].start]:
            return _Cue(i, t.text, False, i) if self._phrase(toks, i + 1) else None  # "«, so Ohlendorf."
        if low in lex.speech or low in lex.separate_participles:
            if not lex.compounds and not self._english_verb(toks, i):
                return None
        elif low in lex.reporting:
            reporting = True
        else:
            for particle, forms, is_reporting in (
                *((p, f, False) for p, f in lex.separable.items()),
                *((p, f, True) for p, f in lex.reporting_separable.items()),
            ):
                j = self._particle(toks, i, particle) if low in forms else None
                if j is not None:
                    reporting, end_index, text = is_reporting, j, f"{t.text} … {toks[j].text}"
                    break
            else:
                return None
        clause = toks[self._clause_start(toks, i):i]
        if any(w.lower in lex.negations for w in clause[-3:]) or (
            i + 1 < len(toks) and toks[i + 1].lower in lex.negations and not self._breaks(toks, i + 1)
        ):
            return None
        if low.endswith(("t", "ed")) and any(w.lower in lex.passive for w in clause[-3:]) \
                and not {"von", "by"} & {w.lower for w in toks[i:i + 4]}:  # fmt: skip
            return None  # "wurde zum Trauertag erklärt": a passive without an agent reports no one's words
        return _Cue(i, text, reporting, end_index)

    def _english_verb(self, toks: list[Token], i: int) -> bool:
        """"report", "note", "claims" are nouns as often as verbs: they count after a subject only."""
        low = toks[i].lower
        if low.endswith("ed") or low in ("said", "told", "wrote", "thought"):
            return True
        prev = toks[i - 1] if i > 0 and not self._breaks(toks, i) else None
        if prev is None:
            return False
        before = toks[i - 2].lower if i > 1 else ""
        return prev.lower in self.lex.pronouns_singular | self.lex.pronouns_plural | {"who", "i", "we", "you", "to"} \
            or (prev.capitalised or bool(self.lex.role_of(prev.lower))) and before not in self.lex.articles  # fmt: skip

    def _in_brackets(self, toks: list[Token], i: int) -> bool:
        line = self.text[self.text.rfind("\n", 0, toks[i].start) + 1:toks[i].start]
        return line.count("(") > line.count(")")

    def _particle(self, toks: list[Token], i: int, particle: str) -> int | None:
        for j in range(i + 1, min(len(toks), i + 16)):
            if self._breaks(toks, j):
                return None
            if toks[j].lower == particle and (j + 1 == len(toks) or self._breaks(toks, j + 1)):
                return j
        return None

    def _breaks(self, toks: list[Token], j: int) -> bool:
        """Whether a clause boundary (comma, colon, quotation...) stands before toks[j]."""
        if j <= 0:
            return True
        gap = self.text[toks[j - 1].end:toks[j].start]
        if gap == " ":
            return False  # by far the most common gap: decided without a scan
        return not _CLAUSE_BREAK.isdisjoint(gap) or "\n" in gap or (bool(gap.strip(" -‐'’")) and "." in gap)

    def _quote_before(self, toks: list[Token], j: int) -> bool:
        """Whether a quotation mark stands between toks[j] and the word before it (or just before a first word)."""
        a = toks[j - 1].end if j > 0 else max(0, toks[j].start - 4)
        gap = self.text[a:toks[j].start]
        return gap != " " and not _QUOTE_MARKS.isdisjoint(gap) and not self._title_between(a, toks[j].start)

    def _clause_start(self, toks: list[Token], i: int) -> int:
        j = i
        while j > 0 and not self._breaks(toks, j):
            j -= 1
        return j

    # -- the constructions -------------------------------------------------------------------------

    def _runs(self, indices: list[int]) -> list[list[int]]:
        """Quotations side by side with nothing but a space between ("„Gartenstadt“ „verwüstet“") are one statement."""
        runs: list[list[int]] = []
        for k in indices:
            if runs and not self.text[self.quotes[runs[-1][-1]].close + 1:self.quotes[k].open].strip(" \t"):
                runs[-1].append(k)
            else:
                runs.append([k])
        return runs

    def _direct(self, toks: list[Token], cue: _Cue, run: list[int]) -> None:
        speaker, sure = self._speaker(toks, cue)
        self.claimed.update(run)
        self._add_quoted(self.quotes[run[0]].start, self.quotes[run[-1]].end, speaker, cue.text, 0.9 * sure)

    def _add_quoted(self, start: int, end: int, speaker: str, cue: str, confidence: float,
                    speaker_id: int | None = None) -> None:  # fmt: skip
        """Direct speech, one statement per paragraph: a quote running on over paragraphs usually makes
        a point in each, and each may take its own stance."""
        for m in re.finditer(r"[^\n]+", self.text[start:end]):
            a, b = start + m.start(), start + m.end()
            while a < b and (self.text[a].isspace() or self.text[a] in _QUOTE_MARKS):
                a += 1
            self._add(a, b, speaker, cue, "direct", confidence, speaker_id)

    def _coordinated(self, toks: list[Token], clause: tuple[int, int]) -> list[tuple[int, int]]:
        """"said the findings would be considered and that funding had risen": two statements."""
        parts, a = [], clause[0]
        for j in range(1, len(toks) - 1):
            t = toks[j]
            if clause[0] < t.start and t.end < clause[1] and t.lower in self.lex.complementisers \
                    and toks[j - 1].lower in _AND and not self._breaks(toks, j):  # fmt: skip
                parts.append((a, self._clause_end(a, toks[j - 1].start, stop_at_dash=False)))
                a = toks[j + 1].start
        parts.append((a, clause[1]))
        return [(x, y) for x, y in parts if y > x]

    def _content(self, toks: list[Token], cue: _Cue, end: int) -> tuple[int, int] | None:
        """The clause a speech cue reports, if it reports one: "sagte, dass ...", "sagte, er wolle ...",
        "said that ...", "said the army would ...", or before it: "Die Lage sei ruhig, sagte er"."""
        subject = self._subject(toks, cue.index)
        inverted = bool(subject) and subject[0].start > toks[cue.index].start
        clause = None if inverted and not self.lex.compounds else self._content_after(toks, cue)  # '," said X, who ...'
        if clause is None:
            clause = self._content_before(toks, cue)
            if clause is None:
                return None
            return clause[0].start, clause[-1].end
        if len(clause) < 3:
            return None
        return clause[0].start, self._clause_end(clause[-1].end, end, stop_at_dash=False)

    def _content_after(self, toks: list[Token], cue: _Cue) -> list[Token] | None:
        lex = self.lex
        lead = toks[self._clause_start(toks, cue.index)].lower
        if lead in ("wie", "as"):  # "Wie die Verwaltung mitteilte, sollen ...": the sentence after the comma
            j = next((j for j in range(cue.end_index + 1, len(toks)) if self._breaks(toks, j)), None)
            return toks[j:] if j is not None and "," in self.text[toks[j - 1].end:toks[j].start] else None
        if not lex.compounds:
            return self._english_content(toks, cue)
        for j in range(cue.end_index + 1, min(len(toks), cue.end_index + 15)):
            t = toks[j]
            if self._quote_before(toks, j):
                return None
            if t.lower in lex.complementisers and (j == cue.end_index + 1 or self._breaks(toks, j)):
                return toks[j + 1:]
            if self._breaks(toks, j):
                gap = self.text[toks[j - 1].end:t.start]
                clause = toks[j:]
                if ":" in gap or ("," in gap and t.lower not in lex.subordinators - lex.complementisers - lex.articles
                                  and self._main_clause(clause)):  # fmt: skip
                    return clause
                return None
        return None

    def _english_content(self, toks: list[Token], cue: _Cue) -> list[Token] | None:
        """"said that ...", "said on Tuesday it would ...", "told Reuters the union would ...", "admitted he had ..."."""
        lex = self.lex
        j = cue.end_index + 1
        if j < len(toks) and toks[cue.index].lower in _OBJECT_FIRST and not self._breaks(toks, j):
            j += len(self._phrase(toks, j)) or 1  # "told reporters", "told the BBC"
        for _ in range(2):  # "on Tuesday", "in a statement", "through an interpreter", "last month": then what was said
            if j < len(toks) and toks[j].lower in _TIME_WORDS and not self._breaks(toks, j):
                j += 1 + len(self._phrase(toks, j + 1)) if j + 1 < len(toks) and not self._breaks(toks, j + 1) else 1
        if j >= len(toks) or self._breaks(toks, j) and not self._only_a_title_before(toks, j):
            if j < len(toks) and ":" in self.text[toks[j - 1].end:toks[j].start]:
                return toks[j:]
            return None
        if toks[j].lower in lex.complementisers:
            return toks[j + 1:]
        clause = toks[j:]
        if toks[cue.index].lower in ("said", "says", "say", "told", "tells"):
            return clause if _clause_opener(clause[0], lex) or clause[0].lower not in lex.function_words else None
        return clause if self._main_clause(clause) else None

    def _main_clause(self, clause: list[Token]) -> bool:
        """Whether a clause after a cue reports content: a subject, then its finite verb (German V2: "sein Land
        habe ..."; English "the plan would ..."), or a Konjunktiv anywhere near the start."""
        lex = self.lex
        if lex.compounds and any(w.lower in lex.subjunctive for w in clause[:12]):
            return True
        subject = self._phrase(clause, 0)
        if not subject or len(subject) >= len(clause) or self._breaks(clause, len(subject)):
            return False
        verb = clause[len(subject)]
        if lex.compounds:  # "..., das Ergebnis prüfen zu lassen" is an infinitive clause: no one's words
            return not verb.capitalised and verb.lower not in lex.function_words - lex.auxiliaries \
                and "zu" not in (w.lower for w in clause[-3:])
        return verb.lower in _ENGLISH_FINITE or (verb.lower.endswith(("ed", "s")) and not verb.capitalised)

    def _only_a_title_before(self, toks: list[Token], j: int) -> bool:
        return self._title_between(toks[j - 1].end, toks[j].start)

    def _content_before(self, toks: list[Token], cue: _Cue) -> list[Token] | None:
        """"Die Wahlbeteiligung sei niedrig gewesen, sagte er." / "The talks will go on, she said."."""
        i = cue.index
        subject = self._subject(toks, i)
        if not subject:
            return None
        inverted = subject[0].start > toks[i].start
        if inverted != self.lex.compounds:  # German: "..., sagte er"; English: "..., she said"
            return None
        lead = i if inverted else toks.index(subject[0])
        if lead == 0 or self._quote_before(toks, lead) or "," not in self.text[toks[lead - 1].end:toks[lead].start]:
            return None
        first = max((j for j in range(lead) if self._quote_before(toks, j)), default=0)
        clause = toks[first:lead]
        if len(clause) < 3 or (not self.lex.compounds and len(self._phrase(clause, 0)) == len(clause)):
            return None  # ', the minister's adviser, said': an apposition, not what was said
        if clause[0].lower in self.lex.subordinators - self.lex.articles:
            return None
        return clause

    def _reported_by_verb(self, toks: list[Token], cue: _Cue, end: int) -> bool:
        """"Russland beschuldigt den Westen, ...", "haben X als Y dargestellt", "accused X of ..."."""
        t = toks[cue.index]
        subject_at = cue.index
        start = t.start
        if cue.index == cue.end_index and (t.lower.startswith("ge") or t.lower in ("dargestellt", "vorgeworfen")):
            aux = next((j for j in range(cue.index - 1, self._clause_start(toks, cue.index) - 1, -1)
                        if toks[j].lower in self.lex.auxiliaries), None)  # fmt: skip
            if aux is None or aux + 1 >= cue.index:
                return False
            subject_at, start = aux, toks[aux + 1].start
            stop = t.end
        else:
            stop = self._clause_end(t.end, end, stop_at_dash=True)
        if stop - start < 12:
            return False
        speaker, sure = self._speaker(toks, _Cue(subject_at, cue.text, True, cue.end_index))
        if not speaker:
            return False
        self._add(start, stop, speaker, cue.text, "reported", 0.6 * sure)
        return True

    def _reported_by_source(self, toks: list[Token], start: int, end: int) -> None:
        """"Laut dem Ministerium ...", "Dem Ministerium zufolge ...", "..., according to the ministry."."""
        lex = self.lex
        firsts = {m[0] for m in lex.source_before}
        for i, t in enumerate(toks):
            if t.lower not in firsts and t.lower not in lex.source_after:
                continue
            for marker in lex.source_before:
                if tuple(w.lower for w in toks[i:i + len(marker)]) != marker:
                    continue
                phrase = self._phrase(toks, i + len(marker))
                tail = i + len(marker) + len(phrase)
                if phrase:
                    self._source_clause(toks, phrase, " ".join(w.text for w in toks[i:tail]), i, tail, end)
                return
            if t.lower in lex.source_after and i > 0:
                k = next((k for k in range(max(0, i - 6), i) if len(self._phrase(toks, k)) == i - k), None)
                if k is not None:
                    self._source_clause(toks, toks[k:i], f"{toks[k].text} … {t.text}", k, i + 1, end)
                return

    def _source_clause(self, toks: list[Token], phrase: list[Token], cue: str, first: int, after: int, end: int) -> None:
        mention = self._mention(phrase)
        if mention is None:
            return
        if first <= len(toks) // 2 and after < len(toks):
            a, b = toks[after].start, self._clause_end(toks[-1].end, end, stop_at_dash=False)
        elif first > 0:
            a, b = toks[0].start, toks[first - 1].end
        else:
            return
        if b - a >= 12:
            self._add(a, b, self._resolved(mention, phrase[0].start), cue, "reported", 0.6)

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

    # -- quotations no cue claimed -----------------------------------------------------------------

    def _unclaimed_quotes(self) -> None:
        """A quotation no cue took continues the statement just before it: "„A“, sagte er. „B“", or
        "Reisinger habe gewusst, sagt sie. »Trotzdem ...«"; a long quote opening a paragraph continues it too."""
        made = sorted(self.found, key=lambda s: s.end)
        ends = [s.end for s in made]
        for k, q in enumerate(self.quotes):
            if k in self.titles or k in self.claimed:
                continue
            at = bisect_right(ends, q.open) - 1
            previous = made[at] if at >= 0 else None
            if previous is None or not previous.speaker or q.open - previous.end >= REACH:
                continue
            if self._continues(previous.end, q):
                self._add_quoted(q.start, q.end, previous.speaker, previous.cue, 0.8, previous.speaker_id)
            elif previous.mode == "direct" and self.text[q.start:q.end].count(" ") >= 5 \
                    and _opens_paragraph(self.text, q.open) and q.open - previous.end < REACH // 3:  # fmt: skip
                self._add_quoted(q.start, q.end, previous.speaker, previous.cue, 0.5, previous.speaker_id)

    def _continues(self, after: int, q: Quotation) -> bool:
        """Whether only the attribution of the quotation before ("", sagte er. "") or nothing stands between two."""
        between = self.text[after:q.open]
        inner = words(self.text, after, q.open)
        if "\n\n" in between.strip() or any(c in "„“”\"»«" for c in between[2:-1]) and len(inner) > 6:
            return False
        return not inner or (len(inner) <= 25 and any(t.lower in self.lex.speech for t in inner))

    # -- speakers ----------------------------------------------------------------------------------

    def _note_mentions(self, toks: list[Token]) -> None:
        """Remember who this sentence names, and who it is about (its subject: the first phrase a verb follows)."""
        lex = self.lex
        i, subject_seen = 0, False
        last: tuple[int, Mention] | None = None  # the mention before, and the index after its phrase
        while i < len(toks):
            t = toks[i]
            if t.lower in lex.articles:  # "the port authority" names no one; "the spokeswoman", "die OVKS" may
                if not any(w.capitalised or w.lower in lex.roles for w in toks[i + 1:i + 4]):
                    i += 1
                    continue
            elif not (t.capitalised or t.lower in lex.roles or is_pronoun_word(t, lex)):
                i += 1  # a name or a role phrase starts with a capital, an article or the role (quick test first)
                continue
            elif lex.compounds and t.text not in self.names and not lex.role_of(t.lower) and (
                i + 1 == len(toks) or not toks[i + 1].capitalised or self._breaks(toks, i + 1)
            ):  # a German noun alone ("Unruhen"): a name only once the text has used it as one
                i += 1
                continue
            phrase = self._phrase(toks, i)
            if not phrase:
                i += 1
                continue
            after = i + len(phrase)
            m = self._mention(phrase)
            if m is not None and self._nameworthy(m):
                if last is not None and last[0] == i and self.text[toks[i - 1].end:toks[i].start].strip() == ",":
                    m = self._apposed_roles(m)  # "Carla Jimenez, a spokeswoman": the role belongs to the name
                self.mentions.append(m)
                if not subject_seen and after < len(toks) and not self._breaks(toks, after) \
                        and not toks[after].capitalised and not is_pronoun_word(toks[after], self.lex):  # fmt: skip
                    self.subjects.append(replace(self.mentions[-1], sentence=self.sentence))
                    subject_seen = True
                last = (after, self.mentions[-1])
            i = after

    def _nameworthy(self, m: Mention) -> bool:
        """Whether a mention may name a speaker. German capitalises every noun, so a lone capitalised word
        ("Lieferengpässe", "Damals") counts only once the text has used it in a longer name or as a speaker."""
        if m.roles:
            return True
        if not m.proper or m.name.lower() in _CALENDAR:
            return False
        parts = m.name.split()
        if any(p.lower() in _QUANTITIES for p in parts):
            return False
        if len(parts) > 1:
            self.names.add(parts[-1])
            return True
        return not self.lex.compounds or m.name in self.names

    def _apposed_roles(self, m: Mention) -> Mention:
        """Join a name and the role beside it, both ways ("Carla Jimenez, a spokeswoman", "Ein Premierminister, Akezhan Kazhegeldin")."""
        before = self.mentions[-1]
        if before.proper and not m.proper and m.roles:
            self.mentions[-1] = replace(before, roles=before.roles | m.roles)
        elif m.proper and not before.proper and before.roles:
            return replace(m, roles=m.roles | before.roles)
        return m

    def _speaker(self, toks: list[Token], cue: _Cue) -> tuple[str, float]:
        """The name of who speaks at a cue, and how sure that is (1, or less for a guess)."""
        phrase = self._subject(toks, self._finite(toks, cue.index))
        at = toks[cue.index].start
        if not phrase:
            return "", 0.6
        if is_pronoun(phrase, self.lex):
            plural = phrase[0].lower in self.lex.pronouns_plural or (
                phrase[0].lower in self.lex.pronouns_either and toks[cue.index].lower.endswith("en"))
            # "Reisinger habe gewusst, sagt sie": what comes before an inverted cue is what was said, not who
            inverted = phrase[0].start > at
            name, sure = self._antecedent(at, plural, before_sentence=inverted), 0.9
        else:
            mention = self._mention(phrase)
            name, sure = (self._resolved(mention, phrase[0].start), 1.0) if mention else ("", 0.6)
        if name:
            self.names.update(name.split()[-1:])
            self.subjects.append(Mention(at, name, proper=True, plural=_is_plural(name, self.lex), sentence=self.sentence))
        return name, sure

    def _finite(self, toks: list[Token], i: int) -> int:
        """Where the finite verb of a cue stands: an auxiliary before a participle ("haben ... berichtet")."""
        for j in range(i - 1, self._clause_start(toks, i) - 1, -1):
            if toks[j].lower in self.lex.auxiliaries:
                return j
        return i

    def _subject(self, toks: list[Token], i: int) -> list[Token]:
        """The phrase that says who speaks at the cue toks[i]."""
        lex = self.lex
        c0 = self._clause_start(toks, i)
        seg = toks[c0:i]
        after: list[Token] = []
        if i + 1 < len(toks) and not self._breaks(toks, i + 1) and (
            lex.compounds or (not seg and self._quote_before(toks, i) and toks[i].lower not in _OBJECT_FIRST)
        ):  # German inverts freely ("sagte er", "Am Montag sagte Putin"); English after a quote only
            after = self._phrase(toks, i + 1)
        if not seg:  # the cue opens its clause: after a quote (", sagte er") or an apposition
            return after or self._apposed(toks, i)
        p = self._phrase(toks, c0)
        if p and all(t.lower in lex.adverbs for t in toks[c0 + len(p):i]):
            return p  # "Putin sagte", "Der kasachische Präsident Kassym-Jomart Tokajew sagte", "The minister also said"
        if seg[0].lower in lex.subordinators or (len(seg) > 1 and seg[1].lower in lex.subordinators):
            for k in range(c0 + 1, i):  # "..., in dem sie sich beklagten": the subject inside the clause
                p = self._phrase(toks, k)
                if p and toks[k].lower not in lex.subordinators:
                    return p
            return after
        if not lex.compounds:  # English: the phrase just before the verb ("In a statement, the minister said")
            for k in range(c0, i):
                p = self._phrase(toks, k)
                if p and all(t.lower in lex.adverbs for t in toks[k + len(p):i]):
                    return p
        if seg[0].lower in _AND and all(t.lower in lex.adverbs or t.lower in _AND for t in seg) and not after:
            subject = next((m for m in reversed(self.subjects) if m.sentence == self.sentence), None)
            if subject is not None:  # "Kiprop won ..., and afterward admitted": the sentence's subject
                return self._phrase(toks, bisect_left(toks, subject.start, key=lambda t: t.start))
        return after  # "Am Montag sagte Putin": a fronted adverbial puts the subject after the verb

    def _apposed(self, toks: list[Token], i: int) -> list[Token]:
        """"Das Nationale Sicherheitskomitee, der Nachfolger des KGB, erklärte": the phrase before the
        apposition, or the name an apposition gives ("Ein Premierminister, Akezhan Kazhegeldin, sagte")."""
        first = max((j for j in range(i) if self._quote_before(toks, j)), default=0)
        head = self._phrase(toks, first)
        if not head or first + len(head) >= i or not self._breaks(toks, first + len(head)):
            return []
        a0 = self._clause_start(toks, i - 1)
        apposition = toks[a0:i]
        m_head = self._mention(head)
        m_app = self._mention(apposition) if self._phrase(toks, a0) == apposition else None
        if m_head and not m_head.proper and m_app and m_app.proper:
            return apposition
        return head

    def _antecedent(self, at: int, plural: bool, before_sentence: bool = False) -> str:
        """Who a pronoun means: the subject of this or the last two sentences, else the nearest named."""
        for m in reversed(self.subjects):
            if self.sentence - m.sentence > 2:
                break
            if before_sentence and m.sentence == self.sentence:
                continue
            if m.start < at and m.plural == plural:
                return self._resolved(m, m.start)
        for m in reversed(self.mentions):
            if at - m.start >= REACH:
                break
            if m.start < at and m.plural == plural:
                return self._resolved(m, m.start)
        if plural and not self.lex.compounds:  # "The campaign group ... They said": a body spoken of as they
            return self._antecedent(at, False, before_sentence)
        return ""

    def _resolved(self, mention: Mention, at: int) -> str:
        """A mention's best name: a role or surname named in full before, then the project's speaker."""
        name = mention.name
        for m in reversed(self.mentions) if mention.roles or " " not in name else ():
            if at - m.start >= REACH * 4:
                break  # far back, the same role or surname may be someone else
            if m.start >= at or not m.proper:
                continue
            if not mention.proper and mention.roles and m.roles & mention.roles:
                return self._known(m.name)
            if mention.proper and " " not in name and len(m.name) > len(name) and name in m.name \
                    and same_speaker(m.name, name):  # fmt: skip
                return self._known(m.name)
        if self._description(mention):
            for m in reversed(self.subjects):  # "der Angeklagte", "the 27-year-old Kenyan": who the text is about
                if self.sentence - m.sentence > 3:
                    break
                if m.start < at and m.proper and m.plural == mention.plural:
                    return self._known(m.name)
        return self._known(name)

    def _description(self, m: Mention) -> bool:
        """"der Angeklagte", "the spokeswoman", "the 27-year-old Kenyan": someone already named, described.
        Not a body ("the company", "die Polizei") nor a named one ("the Met Office", "der Deutschen Flugsicherung")."""
        if not m.definite or m.proper or m.roles & self.lex.bodies:
            return False
        if self.lex.compounds or m.roles:
            return False  # a role not named before is someone new: "Der Bürgermeister sagte"
        head = m.name.split()[-1]  # English: "the 27-year-old Kenyan", "the Ethiopian"
        return len(m.name.split()) <= 3 and head[:1].isupper() and head.endswith(("an", "ian", "ese", "ish", "i"))

    def _known(self, name: str) -> str:
        known = match_speaker(name, self.speakers)
        return known.name if known else name

    def _add(self, start: int, end: int, speaker: str, cue: str, mode: str, confidence: float,
             speaker_id: int | None = None) -> None:  # fmt: skip
        if end <= start:
            return
        if speaker_id is None and speaker:
            known = match_speaker(speaker, self.speakers)
            speaker_id = known.id if known else None
        self.found.append(Suggestion(start, end, self.text[start:end], speaker, cue, mode, round(confidence, 2),
                                     speaker_id))  # fmt: skip


def _distance(t: Token, q: Quotation) -> int:
    return q.open - t.end if t.end <= q.open else t.start - q.close


def _opens_paragraph(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def _is_plural(name: str, lex: Lexicon) -> bool:
    lows = name.lower().split()
    return lex.coordination[2] in lows or "and" in lows or any(w in lex.plural_roles for w in lows)


def _settled(found: list[Suggestion]) -> list[Suggestion]:
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

"""The rules that turn quotes, cue verbs and source phrases into proposed statements.

One pass over the sentences. In each, cue verbs are found outside quotations; a cue claims the
quotations of its sentence (direct speech), else the clause it introduces ("sagte, dass ...",
"said that ...": indirect), and a verb of accusing or describing claims its own clause
(reported). "laut X", "X zufolge", "according to X" name the source of a clause (reported).
Quotations no cue claimed inherit the speaker of the quote they continue ("„A“, sagte er.
„B“"). The speaker is the subject of the cue, resolved: a pronoun to the speaker it refers to,
a role ("der Präsident") or a surname to the full name named earlier, then to the project's
speakers.

What a cue reports (the clause after or before it) is found in clauses.py; speech that runs on without a
cue of its own (the Konjunktiv, colons, interviews) in running.py; the proposals themselves and how they are
added and settled in proposing.py; who a mention means in resolving.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .clauses import Clauses
from .proposing import Suggestion, char_before, settled
from .reading import IMPERSONAL, Cue
from .resolving import REACH, body_name
from .text import Quotation, Token, sentences

__all__ = ["Reader", "Suggestion"]

_PARTICIPLES = {"saying", "adding", "noting", "arguing", "warning", "insisting", "stressing", "explaining", "telling",
                "claiming", "admitting", "writing"}
_ENDS_SENTENCE = re.compile(r"[ \t.!?…]*(?:\n|$|[A-ZÄÖÜ„“\"»«‚‘])")  # after a closing mark: nothing more of its sentence
# Verbs that tag a quotation as said in some manner, and say nothing without one.
_TAGS = {"laughs", "laughed", "jokes", "joked", "sighs", "sighed", "shrugs", "shrugged", "lacht", "lachte", "seufzt",
         "seufzte", "grinst", "grinste"}
_MANNER = {"gesagt", "formuliert", "ausgedrückt"}
_MANNER_ADVERBS = {"ehrlich", "offen", "anders", "kurz", "genauer", "salopp", "vorsichtig", "gelinde", "nebenbei",
                   "allgemein", "grob", "einfach", "pauschal", "zugespitzt"}





class Reader(Clauses):
    """Reads one text in one language and proposes its statements."""


    def run(self) -> list[Suggestion]:
        """Every proposal, in text order, overlapping ones settled in favour of the surer."""
        for number, (start, end) in enumerate(sentences(self.text, self.quotes)):
            self.sentence = number
            self._sentence(start, end)
        self._interview_answers()
        self._unclaimed_quotes()
        return settled(self.found)

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
                     and toks[self._clause_start(toks, d.index)].start > clause[0]  # a clause of its own, not ours
                     and "," in self.text[toks[self._clause_start(toks, d.index)].start - 2:toks[d.index].start]]
            if clause and inner:
                cut = toks[self._clause_start(toks, min(d.index for d in inner))].start
                content[c.index] = (clause[0], self._clause_end(clause[0], cut, stop_at_dash=False)) if cut > clause[0] else None
        absorbed: set[int] = set()  # cues whose reported clause holds a short quotation
        quoting: set[int] = set()  # cues that took a quotation: what follows them is who, not what
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
                subject = self._subject(toks, cue.index)
                if subject and subject[0].start > toks[cue.index].start:
                    quoting.add(cue.index)  # "„…“, sagt eine Mutter aus Eschenau, die …": after her, no content
        if not speech and quotes:
            self._introduced_by_colon(toks, quotes)
        for cue in speech:
            if content[cue.index] is None and not quotes and char_before(self.text, end) == ":":
                self._quote_after_colon(toks, cue, end)
        for cue in cues:
            clause = content.get(cue.index)
            if cue.reporting:
                self._reported_by_verb(toks, cue, end)
            elif clause is None and not quotes:
                count = len(self.found)
                self._as_reported(toks, cue)
                if len(self.found) == count:
                    self._intention(toks, cue, end)
                if len(self.found) == count:
                    self._demand(toks, cue, end)
            elif clause and not (cue.index in quoting and clause[0] > toks[cue.index].start) and (
                    cue.index in absorbed or not any(clause[0] <= self.quotes[k].open < clause[1] for k in quotes)):
                speaker, sure = self._speaker(toks, cue)
                for a, b in self._coordinated(toks, clause):
                    self._add(a, b, speaker, cue.text, "indirect", 0.75 * sure)
                if self.lex.compounds and clause[0] > toks[cue.index].start:
                    ahead = self._content_before(toks, cue)  # "Kündigungen seien nicht geplant, sagte X, die Kurzarbeit werde …"
                    if ahead:
                        self._add(*ahead, speaker, cue.text, "indirect", 0.75 * sure)
        if len(self.found) == before:
            self._reported_by_source(toks, start, end)
        if len(self.found) == before:
            self._reported_on(toks, quotes, start, end)
        made = [s for s in self.found[before:] if s.speaker]
        self._said = max(made, key=lambda s: s.end) if made else None

    def _cue(self, toks: list[Token], i: int) -> Cue | None:
        t, lex = toks[i], self.lex
        low = t.lower
        if low not in lex.cue_forms or (t.capitalised and i > 0) or self._in_brackets(toks, i):
            return None
        if low in _TAGS and not (self._quote_before(toks, i) or i > 0 and self._quote_before(toks, i - 1)):
            return None  # "she laughs at the idea"; only "“…,” she laughs" tags a quotation
        if low in IMPERSONAL and "es" not in {w.lower for w in toks[max(0, i - 1):i + 2]}:
            return None  # "Das Dorf heißt Tössegg": a name, not "hieß es"
        if i == 0 and low in ("asked", "gefragt"):
            return None  # "Asked whether he would …": the question put to a speaker, not words of theirs
        reporting, end_index, text = False, i, t.text
        if low == "so" and lex.compounds and self._quote_before(toks, i) and "," in self.text[toks[i].start - 3:toks[i].start]:
            return Cue(i, t.text, False, i) if self._phrase(toks, i + 1) else None  # "«, so Ohlendorf."
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
        if clause and clause[-1].lower in ("i", "ich"):
            return None  # "When I ask whether …": the writer asking, outside any quotation
        if low in _MANNER and len(clause) == 1 and clause[0].lower in _MANNER_ADVERBS:
            return None  # "Ehrlich gesagt: …", "Frankly speaking, …": how the speaker puts it, not who speaks
        if any(w.lower in lex.negations for w in clause[-3:]) or (
            i + 1 < len(toks) and toks[i + 1].lower in lex.negations and not self._breaks(toks, i + 1)
        ):
            return None
        if low.endswith(("t", "ed")) and any(w.lower in lex.passive for w in clause[-3:]) \
                and not {"von", "by"} & {w.lower for w in toks[i:i + 4]}:  # fmt: skip
            return None  # "wurde zum Trauertag erklärt": a passive without an agent reports no one's words
        return Cue(i, text, reporting, end_index)

    def _english_verb(self, toks: list[Token], i: int) -> bool:
        """"report", "note", "claims" are nouns as often as verbs: they count after a subject only."""
        low = toks[i].lower
        if low.endswith("ed") or low in ("said", "told", "wrote", "thought"):
            return True
        if low in _PARTICIPLES:  # "…, saying they had given everything", "opened by saying": after its subject's clause
            return i > 0 and ("," in self.text[toks[i - 1].end:toks[i].start] or toks[i - 1].lower == "by")
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

    # -- the constructions -------------------------------------------------------------------------


    def _direct(self, toks: list[Token], cue: Cue, run: list[int]) -> None:
        speaker, sure = self._speaker(toks, cue)
        self.claimed.update(run)
        self._add_quoted(self.quotes[run[0]].start, self.quotes[run[-1]].end, speaker, cue.text, 0.9 * sure)





    def _as_reported(self, toks: list[Token], cue: Cue) -> None:
        """"Eine Frau kam ins Krankenhaus, wie die Polizei mitteilte." / "…, as the ministry said.": the sentence
        before the closing "wie"/"as" clause is the source's (reported)."""
        c0 = self._clause_start(toks, cue.index)
        if c0 < 3 or toks[c0].lower not in ("wie", "as") or "," not in self.text[toks[c0 - 1].end:toks[c0].start]:
            return
        if any(self._breaks(toks, j) for j in range(cue.end_index + 1, len(toks))):
            return  # the "wie" clause does not close the sentence
        speaker, sure = self._speaker(toks, cue)
        if speaker:
            self._add(toks[0].start, toks[c0 - 1].end, speaker, cue.text, "reported", 0.55 * sure)







    def _reported_by_verb(self, toks: list[Token], cue: Cue, end: int) -> bool:
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
        speaker, sure = self._speaker(toks, Cue(subject_at, cue.text, True, cue.end_index))
        if not speaker:
            return False
        inside = [k for k in range(bisect_left(self._quote_opens, start), bisect_left(self._quote_opens, stop))
                  if k not in self.titles and k not in self.claimed]  # fmt: skip
        if inside and not self.lex.compounds:  # "called the results "a warning light"": the words quoted are the statement
            for run in self._runs(inside):
                self.claimed.update(run)
                self._add_quoted(self.quotes[run[0]].start, self.quotes[run[-1]].end, speaker, cue.text, 0.6 * sure)
            return True
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
                at = i + len(marker)
                phrase = self._phrase(toks, at) or ([toks[at]] if at < len(toks) and lex.role_of(toks[at].lower) else [])
                tail = i + len(marker) + len(phrase)  # "according to people familiar with the matter": the people
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
        # "Laut X ist …" / "According to X, …": what follows; "…, according to X, as …": the clause it closes
        opens = first <= 1 or not self._breaks(toks, first) or (first <= len(toks) // 2 and first < 4)
        if opens and after < len(toks):
            a, b = toks[after].start, self._clause_end(toks[-1].end, end, stop_at_dash=False)
        elif first > 0:
            a, b = toks[0].start, toks[first - 1].end
        else:
            return
        if b - a >= 12:
            self._add(a, b, self._resolved(mention, phrase[0].start), cue, "reported", 0.6)








    # -- interviews ------------------------------------------------------------------------------


    # -- quotations no cue claimed -----------------------------------------------------------------

    def _unclaimed_quotes(self) -> None:
        """A quotation no cue took continues the statement just before it: "„A“, sagte er. „B“", or
        "Reisinger habe gewusst, sagt sie. »Trotzdem ...«"; a long quote opening a paragraph continues it too."""
        made = sorted(self.found, key=lambda s: s.end)
        ends = [s.end for s in made]
        # subjects by position (a cue's speaker is noted after its sentence's subjects), to find a paragraph's at once
        by_start = sorted(range(len(self.subjects)), key=lambda k: self.subjects[k].start)
        starts = [self.subjects[k].start for k in by_start]
        for k, q in enumerate(self.quotes):
            if k in self.titles or k in self.claimed:
                continue
            at = bisect_right(ends, q.open) - 1
            previous = made[at] if at >= 0 else None
            if previous is None or not previous.speaker or q.open - previous.end >= REACH:
                self._said_by_the_one_before(q, by_start, starts)
                continue
            if self._continues(previous.end, q):
                self._add_quoted(q.start, q.end, previous.speaker, previous.cue, 0.8, previous.speaker_id)
            elif previous.mode == "direct" and self.text[q.start:q.end].count(" ") >= 5 \
                    and _opens_paragraph(self.text, q.open) and q.open - previous.end < REACH // 3:  # fmt: skip
                self._add_quoted(q.start, q.end, previous.speaker, previous.cue, 0.5, previous.speaker_id)

    def _said_by_the_one_before(self, q: Quotation, by_start: list[int], starts: list[int]) -> None:
        """"Mara lacht bitter. „Die eine ist ein Parkplatz …“": a quotation that is a sentence of its own, right
        after a sentence about someone named in the same paragraph, with no cue anywhere: that person's."""
        line = self.text.rfind("\n", 0, q.open) + 1
        before = self.text[line:q.open].rstrip()
        if not before or before[-1] not in ".!?" or len(self.text[q.start:q.end].split()) < 4:
            return
        if not _ENDS_SENTENCE.match(self.text, q.close + 1):
            return  # „…“ steht auf einem Plakat: the quotation is part of a sentence about it
        window = by_start[bisect_left(starts, line):bisect_left(starts, q.open)]
        subject = self.subjects[max(window)] if window else None  # the last one noted, as the rules read on
        if subject is None or not subject.proper or subject.plural or body_name(subject.name, self.lex):
            return
        name = self._resolved(subject, subject.start)
        if name:
            self._add_quoted(q.start, q.end, name, "", 0.45)

    def _continues(self, after: int, q: Quotation) -> bool:
        """Whether only the attribution of the quotation before ("", sagte er. "") or nothing stands between two."""
        between = self.text[after:q.open]
        inner = self.tokens[bisect_left(self._starts, after):bisect_left(self._starts, q.open)]  # the words outside quotations
        if "\n\n" in between.strip() or any(c in "„“”\"»«" for c in between[2:-1]) and len(inner) > 6:
            return False
        return not inner or (len(inner) <= 25 and any(t.lower in self.lex.speech or t.lower == "so" for t in inner))





def _distance(t: Token, q: Quotation) -> int:
    return q.open - t.end if t.end <= q.open else t.start - q.close


def _opens_paragraph(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()



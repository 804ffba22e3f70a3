"""What a cue reports: the clause after it ("sagte, dass …", "said the army would …"), the clause before it
("Die Lage sei ruhig, sagte er"), the sentence a closing "wie"-clause belongs to; coordinated that-clauses.
"""

from __future__ import annotations

from bisect import bisect_left

from .lexicon import Lexicon
from .reading import AND_WORDS, IMPERSONAL, OBJECT_FIRST, Cue
from .running import RunningSpeech, zu_infinitive
from .speakers import CONDITIONAL_OPENERS
from .text import Token

_TIME_WORDS = {"on", "in", "at", "during", "after", "before", "late", "last", "earlier", "later", "this", "afterward",
               "afterwards", "yesterday", "today", "tonight", "separately", "previously", "repeatedly", "through", "via",
               "by", "from", "with", "to", "over", "under", "only", "simply", "merely"}
_ENGLISH_FINITE = {"would", "will", "could", "can", "should", "shall", "may", "might", "must", "had", "has", "have",
                   "was", "were", "is", "are", "did", "does", "do", "needed", "needs", "wanted", "wants"}
_CONDITIONS = CONDITIONAL_OPENERS | {"falls", "if"}
def _clause_opener(t: Token, lex: Lexicon) -> bool:
    """A word that can open a reported clause: a pronoun, an article, a name."""
    low = t.lower
    return low in {"he", "she", "they", "it", "we", "i", "you", "there", "his", "her", "their", "its", "our"} \
        or low in lex.articles or t.capitalised




class Clauses(RunningSpeech):
    """Finds the clause each speech cue reports."""

    def _content(self, toks: list[Token], cue: Cue, end: int) -> tuple[int, int] | None:
        """The clause a speech cue reports, if it reports one: "sagte, dass ...", "sagte, er wolle ...",
        "said that ...", "said the army would ...", or before it: "Die Lage sei ruhig, sagte er"."""
        subject = self._subject(toks, cue.index)
        inverted = bool(subject) and subject[0].start > toks[cue.index].start
        clause = None if inverted and not self.lex.compounds else self._content_after(toks, cue)  # '," said X, who ...'
        if clause is None:
            return self._content_before(toks, cue)
        if len(clause) < 3:
            return None
        return clause[0].start, self._clause_end(clause[-1].end, end, stop_at_dash=False)

    def _content_after(self, toks: list[Token], cue: Cue) -> list[Token] | None:
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

    def _english_content(self, toks: list[Token], cue: Cue) -> list[Token] | None:
        """"said that ...", "said on Tuesday it would ...", "told Reuters the union would ...", "admitted he had ..."."""
        lex = self.lex
        j = cue.end_index + 1
        if j < len(toks) and toks[cue.index].lower in OBJECT_FIRST and not self._breaks(toks, j):
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
        if lex.compounds and any((w.lower in lex.subjunctive or self._subjunctive_at(clause, j))
                                 and not (j > 0 and clause[j - 1].lower == "zu") for j, w in enumerate(clause[:12])):
            return True  # a Konjunktiv, not the "zu haben" of an infinitive
        if lex.compounds and any(zu_infinitive(clause, k) for k in range(max(0, len(clause) - 3), len(clause))):
            return False  # "…, das Geld genommen zu haben": an infinitive clause, what was admitted or intended (reported)
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

    def _content_before(self, toks: list[Token], cue: Cue) -> tuple[int, int] | None:
        """"Die Wahlbeteiligung sei niedrig gewesen, sagte er." / "The talks will go on, she said." / "Die Lage sei
        „dramatisch“, sagte er" (a quoted fragment closing the clause goes with it)."""
        i = cue.index
        subject = self._subject(toks, i)
        if not subject and toks[i].lower in IMPERSONAL and i + 1 < len(toks) and toks[i + 1].lower == "es":
            subject = [toks[i + 1]]  # "…, heißt es darin": "es" stands where the speaker would
        if not subject:
            return None
        inverted = subject[0].start > toks[i].start
        if inverted != self.lex.compounds:  # German: "..., sagte er"; English: "..., she said"
            return None
        after = max(cue.end_index, toks.index(subject[-1])) + 1
        stop = next((j for j in range(after, len(toks)) if self._breaks(toks, j)), len(toks))
        if stop - after > 7:
            return None  # "According to the complaint, Sturdevant wrote more than 300 checks …": the cue's own clause
        if ":" in self.text[toks[stop - 1].end:toks[stop].start if stop < len(toks) else toks[stop - 1].end + 3]:
            return None  # "Asked whether …, Sowerby said: „…“": the cue introduces what follows the colon
        lead = i if inverted else toks.index(subject[0])
        if lead == 0 or "," not in self.text[toks[lead - 1].end:toks[lead].start]:
            return None
        end = toks[lead - 1].end
        if self._quote_before(toks, lead):
            k = bisect_left(self._quote_opens, toks[lead].start) - 1
            if k < 0:
                return None  # a closing mark with no opening one (a text cut in a quotation)
            q = self.quotes[k]
            words_before = bisect_left(toks, q.open, key=lambda t: t.start)
            if words_before == 0 or q.open < toks[0].start or self._breaks_before_quote(toks[words_before - 1].end, q.open):
                return None  # „…“, sagte er: the quotation is what was said, direct
            lead, end = words_before, q.close + 1  # the fragment ends the clause it belongs to
        first = max((j for j in range(lead) if self._quote_before(toks, j) and self._quote_opens_clause(toks, j)), default=0)
        clause = toks[first:lead]
        if len(clause) < 3 or (not self.lex.compounds and len(self._phrase(clause, 0)) == len(clause)):
            return None  # ', the minister's adviser, said': an apposition, not what was said
        if [t.lower for t in clause[:3]] == ["auf", "die", "frage"]:
            return None  # "Auf die Frage, ob …, sagte sie": the question put to her
        if clause[0].lower in self.lex.subordinators - self.lex.articles or clause[0].lower in _CONDITIONS:
            return None  # "Sollte sich der Verdacht bestätigen, drohen …": a condition, not what was said
        return clause[0].start, max(end, clause[-1].end)

    def _quote_opens_clause(self, toks: list[Token], j: int) -> bool:
        """Whether the quotation before toks[j] stands on its own ("„A“, sagte er. B, …") rather than inside a
        clause ("Kündigungen werde man „mit allen Mitteln“ verhindern")."""
        k = bisect_left(self._quote_opens, toks[j].start) - 1
        if k < 0:
            return True
        before = bisect_left(toks, self.quotes[k].open, key=lambda t: t.start)
        return before == 0 or self._breaks_before_quote(toks[before - 1].end, self.quotes[k].open)

    def _breaks_before_quote(self, after_word: int, quote_open: int) -> bool:
        """Whether a clause ends between a word and the quotation opening after it ("sagte: „…")."""
        return bool(set(self.text[after_word:quote_open]) & set(",:;.!?"))

    def _coordinated(self, toks: list[Token], clause: tuple[int, int]) -> list[tuple[int, int]]:
        """"said the findings would be considered and that funding had risen": two statements."""
        parts, a = [], clause[0]
        for j in range(1, len(toks) - 1):
            t = toks[j]
            if clause[0] < t.start and t.end < clause[1] and t.lower in self.lex.complementisers \
                    and toks[j - 1].lower in AND_WORDS and not self._breaks(toks, j):  # fmt: skip
                parts.append((a, self._clause_end(a, toks[j - 1].start, stop_at_dash=False)))
                a = toks[j + 1].start
        parts.append((a, clause[1]))
        return [(x, y) for x, y in parts if y > x]

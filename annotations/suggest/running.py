"""Speech that runs on without a verb of saying of its own: German reported speech in the Konjunktiv after a
statement (or after the sentence naming whom it is about), announced intentions in infinitive clauses
("kündigte an, … vorzulegen"), quotations introduced by a colon, "said:" closing a paragraph before the
quotation, and interview answers ("Reimold: …"), one statement a paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .proposing import Proposer, char_before
from .reading import Cue
from .speakers import CONDITIONAL_OPENERS, Mention
from .text import Token

# Cues whose infinitive clause is what someone means to do or wants done: "kündigte an, … vorzulegen".
_INTENDING = {"kündigte", "kündigt", "kündigten", "angekündigt", "forderte", "fordert", "forderten", "gefordert",
              "versprach", "verspricht", "versprachen", "versprochen", "drohte", "droht", "drohten", "gedroht",
              "bot", "bietet", "boten", "angeboten", "appellierte", "appelliert", "verlangte", "verlangt", "mahnte",
              "räumte", "räumt", "räumten", "bestritt", "bestreitet", "bestritten", "empfahl", "empfahlen", "empfiehlt",
              "empfohlen"}
_PARTICLE_ZU = re.compile(r"(?:ab|an|auf|aus|bei|dar|ein|fest|her|hin|mit|nach|vor|weg|zu|zurück|zusammen|durch|um|"
                          r"über|wieder|frei|stand|teil|statt|los|fort|bereit|offen)zu\w+en")
def zu_infinitive(toks: list[Token], k: int) -> bool:
    """Whether toks[k] is (the "zu" of) an infinitive with zu: "zu helfen", "vorzulegen"."""
    t = toks[k]
    if t.capitalised:
        return False
    if t.lower == "zu":
        return k + 1 < len(toks) and not toks[k + 1].capitalised and toks[k + 1].lower.endswith(("en", "ern", "eln"))
    return bool(_PARTICLE_ZU.fullmatch(t.lower))


# Cues whose object is what is demanded: "forderte eine Freiheitsstrafe", "plädierte auf Freispruch".
_DEMANDING = {"forderte", "fordert", "forderten", "verlangte", "verlangt", "verlangten", "plädierte", "plädiert",
              "plädierten", "beantragte", "beantragt", "beantragten"}


# A paragraph opened by a name and a colon: an interview's answer (or question).
_LABELLED = re.compile(r"^(?P<label>[^\W\d_][\w’'.-]*(?: [^\W\d_][\w’'.-]*){0,2}):[ \t]+(?:\([^)\n]{1,30}\)[ \t]*)?"
                       r"(?P<body>\S[^\n]*?)\s*$", re.M)
# Konjunktiv II: reported speech in the first clause ("Die Regeln müssten kontrolliert werden"), the narrator's
# conjecture after it ("Die Kosten werden geschätzt, einen Großteil könnten Bund und Land übernehmen").
_CONDITIONAL = {"hätte", "hätten", "wäre", "wären", "würde", "würden", "könnten", "müssten", "sollten", "wollten", "gäbe",
                "kämen", "dürften"}
# Konjunktiv I forms no narrator uses: a sentence in them reports someone's words.
_PRESENT_SUBJUNCTIVE = {"sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "liege",
                        "stehe", "gehe", "komme", "bleibe", "wisse", "brauche", "handle", "handele"}
# Sentence openings that are no one's words: an open question, a condition the writer sets.
_NOT_REPORTING = CONDITIONAL_OPENERS | {"ob", "falls"}
# Konjunktiv forms that are also indicative plurals ("die Mieter haben"), and words in -e that are no verbs.
_INDICATIVE_TOO = {"haben", "werden"}
_NOT_VERBS = set("""heute gerne ohne alle beide lange bitte alleine selbe eine keine jede diese jene welche manche einige
viele wenige andere mehrere seine ihre meine deine unsere eure deren dessen ebenso schließlich gleiche wurde""".split())


class RunningSpeech(Proposer):
    """The constructions in which what was said is not tied to a cue verb in its own clause."""

    def _reported_on(self, toks: list[Token], quotes: list[int], start: int, end: int) -> None:
        """German reported speech runs on in the Konjunktiv without a cue of its own: "Sie sagte: „…“
        Künftig sollten auch möblierte Wohnungen …. Ausnahmen werde es weiter geben." Each such sentence
        right after a statement is that speaker's, until a sentence in the indicative ends the run."""
        said = self._said
        if not self.lex.compounds or not toks or self.text[end - 1:end] == "?" or toks[0].lower in _NOT_REPORTING \
                or [t.lower for t in toks[:3]] == ["auf", "die", "frage"]:  # fmt: skip
            return  # "Ob die Union zustimmen würde, ließ er offen", "Sollte sich … bestätigen", "Auf die Frage, ob …"
        if said is None or any(":" in self.text[toks[j - 1].end:toks[j].start] for j in range(1, len(toks))):
            self._reported_by_subject(toks, quotes, start, end)  # "Ganz anders sieht es X: Wer …, werde …": X's
            return
        first_clause = next((j for j in range(1, len(toks)) if self._breaks(toks, j)), len(toks))
        mood = next((t for j, t in enumerate(toks) if self._subjunctive_at(toks, j)
                     and (j < first_clause or t.lower not in _CONDITIONAL)), None)  # fmt: skip
        if mood is None or any(self.quotes[k].open < mood.start < self.quotes[k].close for k in quotes):
            return
        b = self._clause_end(start, end, stop_at_dash=False)
        quoted = sum(self.quotes[k].end - self.quotes[k].start for k in quotes)
        if 2 * quoted >= b - start:
            return  # mostly a quotation: direct speech, settled with the quotations
        self.claimed.update(quotes)
        self._add(start, b, said.speaker, mood.text, "indirect", 0.55, said.speaker_id)

    def _reported_by_subject(self, toks: list[Token], quotes: list[int], start: int, end: int) -> None:
        """"Finanzchefin X verwies auf die Bilanz. Die Eigenkapitalquote liege bei 41 Prozent" / "X hält fest: Die
        Lage sei stabil": a sentence in the Konjunktiv I (never the narrator's mood) reports who the sentence
        before, or the clause before its colon, is about."""
        colon = next((j for j in range(1, len(toks)) if ":" in self.text[toks[j - 1].end:toks[j].start]), None)
        first_clause = next((j for j in range(1, len(toks)) if self._breaks(toks, j)), len(toks))
        if colon is not None:
            mood = next((t for j, t in enumerate(toks[colon:], colon) if t.lower in _PRESENT_SUBJUNCTIVE
                         and j < colon + 8), None)  # fmt: skip
            subject = self._subject_of(self.sentence, before=toks[colon].start)
            a = toks[colon].start
        else:
            mood = next((t for j, t in enumerate(toks[:first_clause]) if t.lower in _PRESENT_SUBJUNCTIVE
                         or self._subjunctive_at(toks, j) and t.lower not in self.lex.subjunctive), None)  # fmt: skip
            subject = self._subject_of(self.sentence - 1)
            a = start
        if mood is None or subject is None or quotes or not (subject.proper or subject.roles):
            return
        name = self._resolved(subject, subject.start)
        if name:
            self._add(a, self._clause_end(a, end, stop_at_dash=False), name, mood.text, "indirect", 0.45)

    def _subject_of(self, sentence: int, before: int | None = None) -> Mention | None:
        """The last subject noted in a sentence (before a position in it), looked for from the end only as far as that sentence."""
        for m in reversed(self.subjects):
            if m.sentence < sentence:
                return None
            if m.sentence == sentence and (before is None or m.start < before):
                return m
        return None

    def _subjunctive_at(self, toks: list[Token], j: int) -> bool:
        """Whether toks[j] is a finite verb in the Konjunktiv: a known form ("sei", "werde", "müssten"), or a
        verb in -e right after a noun or pronoun, where the indicative would end in -t ("Die Ministerin bekämpfe")."""
        t, lex = toks[j], self.lex
        if t.capitalised and j > 0:
            return False
        if t.lower in lex.subjunctive:
            return t.lower not in _INDICATIVE_TOO
        if j == 0 or not t.lower.endswith("e") or t.lower.endswith("te") or len(t.lower) < 4 \
                or t.lower in lex.function_words or t.lower in _NOT_VERBS or self._breaks(toks, j):  # fmt: skip
            return False
        before = toks[j - 1]
        after_ok = j + 1 == len(toks) or self._breaks(toks, j + 1) or not toks[j + 1].capitalised
        if before.lower in ("man", "er", "sie", "es"):
            return after_ok  # "man prüfe den Fall", "sie sei offen"
        return after_ok and before.capitalised and before.lower not in lex.articles and before.lower not in lex.function_words

    def _introduced_by_colon(self, toks: list[Token], quotes: list[int]) -> None:
        """"Der Manager gab sich kämpferisch: „Wir werden nicht …“", "He was defiant: "We will …"": a quotation
        after a colon, in a sentence with no verb of saying, is said by the sentence's subject."""
        for run in self._runs(quotes):
            q = self.quotes[run[0]]
            if not toks or char_before(self.text, q.open) != ":" or q.open - toks[0].start < 10:
                continue
            subject = self._subject_of(self.sentence, before=q.open)
            if subject is None:  # "Für das Jahr gab sich der Manager kämpferisch:": the one named before the colon
                subject = next(self._mentions_before(q.open, q.open - toks[0].start + 1), None)
            if subject is None or not (subject.proper or subject.roles):
                continue
            name = self._resolved(subject, subject.start)
            if name:
                self.claimed.update(run)
                self._add_quoted(q.start, self.quotes[run[-1]].end, name, ":", 0.6)

    def _quote_after_colon(self, toks: list[Token], cue: Cue, end: int) -> None:
        """"A Defra spokesperson said:" closing a paragraph, the quotation opening the next one: its words."""
        after = end
        while after < len(self.text) and self.text[after] in ": \t\n":
            after += 1
        k = bisect_left(self._quote_opens, after)
        if k >= len(self.quotes) or self.quotes[k].open != after or k in self.titles:
            return
        speaker, sure = self._speaker(toks, cue)
        if speaker:
            self.claimed.add(k)
            self._add_quoted(self.quotes[k].start, self.quotes[k].end, speaker, cue.text, 0.85 * sure)

    def _intention(self, toks: list[Token], cue: Cue, end: int) -> None:
        """"Die Ministerin kündigte an, einen Gesetzentwurf vorzulegen", "forderte, die Mieten zu senken": an
        announced intention or a demand, in an infinitive clause right after the cue (reported)."""
        if not self.lex.compounds or toks[cue.index].lower not in _INTENDING:
            return
        j = cue.end_index + 1
        if j >= len(toks) or "," not in self.text[toks[j - 1].end:toks[j].start]:
            return
        rest = toks[j:]
        if not any(zu_infinitive(rest, k) for k in range(len(rest))):
            return
        speaker, sure = self._speaker(toks, cue)
        if speaker:
            self._add(rest[0].start, self._clause_end(rest[0].start, end, stop_at_dash=False), speaker, cue.text,
                      "reported", 0.5 * sure)  # fmt: skip

    def _demand(self, toks: list[Token], cue: Cue, end: int) -> None:
        """"Die Staatsanwältin forderte eine Freiheitsstrafe von zwei Jahren", "plädierte auf eine Bewährungsstrafe":
        what someone demands, named as a thing rather than a clause (reported)."""
        if not self.lex.compounds or toks[cue.index].lower not in _DEMANDING or cue.end_index != cue.index:
            return
        j = cue.index + 1
        subject = self._subject(toks, cue.index)
        if subject and subject[0].start > toks[cue.index].start:
            j = bisect_left(toks, subject[-1].end, key=lambda t: t.start)  # "forderte die Staatsanwältin …"
        stop = next((k for k in range(j + 1, len(toks)) if self._breaks(toks, k)), len(toks))
        if stop - j < 3 or j >= len(toks) or self._breaks(toks, j):
            return
        a, b = toks[j].start, toks[stop - 1].end
        if toks[stop - 1].lower == "auf":  # "forderte den Vorstand auf, eine Garantie abzugeben": what he is asked to do
            rest = toks[stop:]
            if not rest or not any(zu_infinitive(rest, k) for k in range(len(rest))):
                return
            a, b = rest[0].start, self._clause_end(rest[0].start, end, stop_at_dash=False)
        speaker, sure = self._speaker(toks, cue)
        if speaker:
            self._add(a, b, speaker, cue.text, "reported", 0.45 * sure)

    def _interview_answers(self) -> None:
        """"Reimold: Weder noch. Wir planen …": in an interview each answer is the interviewee's statement,
        one per paragraph; the label is a name the text has introduced, used for two answers or more.
        Questions ("Frage:", "Q:", the paper's name) name no one introduced and are left alone."""
        by_label: dict[str, list[re.Match[str]]] = {}
        for m in _LABELLED.finditer(self.text):
            by_label.setdefault(m["label"], []).append(m)
        for label, answers in by_label.items():
            if len(answers) < 2:
                continue
            at = answers[0].start()
            name = self._resolved(Mention(at, label, proper=True), at)
            if name == label or name.split()[-1] != label.split()[-1]:
                continue  # not a person named in full before
            spans = [(m.start("body"), m.end("body")) for m in answers]
            self.found = [f for f in self.found if not any(a <= f.start < b for a, b in spans)]
            for a, b in spans:
                self.claimed.update(k for k, q in enumerate(self.quotes) if a <= q.open < b)
                self._add_quoted(a, b, name, f"{label}:", 0.85)

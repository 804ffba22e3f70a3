"""What the rules read a text as: its words outside quotations, sentences, clause boundaries, the people
and bodies it names, and who speaks at a cue (a subject phrase, resolved to a name).

`TextReader` holds the text and answers the rules' questions about it; `rules.Reader` builds on it and
decides what is a statement. What a mention means (a pronoun, a role, a surname, a spokesperson) is
resolved by `resolving.NameResolver`, over the mentions and subjects noted here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import Speaker
from .lexicon import Lexicon
from .resolving import REACH, NameResolver, body_name, is_plural
from .speakers import (
    SPOKES,
    Mention,
    is_pronoun,
    is_pronoun_word,
    mention_of,
    phrase_at,
)
from .text import Quotation, Token, quotations, words

_CLAUSE_BREAK = set(",;:–—()") | set("„“”\"»«")
AND_WORDS = {"and", "und", "but", "aber", "sowie"}
_QUANTITIES = set("""millionen milliarden prozent euro dollar jahre jahren monate monaten tage tagen stunden minuten
menschen kilometer tonnen""".split())
_CALENDAR = set("""monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar
märz mai juni juli oktober dezember according""".split())
OBJECT_FIRST = {"told", "tells", "tell", "asked", "asks", "ask"}  # "told reporters": what follows is not the speaker
IMPERSONAL = {"hieß", "heißt", "hiess", "heisst"}  # "hieß es": the source is named by "aus", "von", "in"
QUOTE_MARKS = set("„“”\"»«‚‘’'‹›")
_AGE_AFTER = re.compile(r",? \(?\d{1,3}\)?[,)]?(?=[\s,.])")  # "Mara, 34," or "Jonas (28)": an age after a name
# After these a name is where or whom, not who: "in Penrith she …", "since her first EP".
_PREPOSITIONS = set("""in at from to near since on of for with by into about after before across an auf aus bei nach von mit
zu für über unter vor gegen seit""".split())
_NAME_ARTICLES = {"dem", "der", "des", "das", "die", "den", "im", "vom", "beim", "the"}  # "im «Tages-Anzeiger»", "told the "New York Times""
_TITLE_CUES = {"titled", "entitled", "called", "named", "dubbed", "headlined", "so-called", "titel", "namens", "genannt",
               "genannten", "sogenannten", "sogenannte", "motto", "reading", "chanting", "chanted", "sangen", "sang",
               "skandierten", "skandierte"}  # "a banner reading …", "Die Fans sangen „Jonas, Jonas“": no one's statement



@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence: where its verb stands, its words, whether it reports a position held."""

    index: int  # into the sentence's tokens
    text: str
    reporting: bool
    end_index: int  # the last token of the cue (a separated particle)


class TextReader(NameResolver):
    """One text in one language, read for the rules: words, clauses, mentions and speakers."""

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
        self.voices: list[tuple[int, str]] = []  # (end, speaker) of each statement proposed so far
        self._phrases: dict[tuple[int, int], list[Token]] = {}
        self._mentions: dict[tuple[str, ...], Mention | None] = {}

    def _names_a_title(self, q: Quotation) -> bool:
        """"a report titled “The Squeezed Basket”", "die so genannten "farbigen Revolutionen"", "gegenüber dem
        «Tösstaler Anzeiger»": a name, not words said."""
        k = bisect_left(self._starts, q.open) - 1
        if k < 0 or self.text[self.tokens[k].end:q.open].strip():
            return False
        if self.tokens[k].lower in _TITLE_CUES:
            return True
        inner = self.text[q.start:q.end].split()
        return self.tokens[k].lower in _NAME_ARTICLES and 1 <= len(inner) <= 4 \
            and all(w[:1].isupper() and w[-1:] not in ".,!?:;" for w in inner)  # fmt: skip

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
        return gap != " " and not QUOTE_MARKS.isdisjoint(gap) and not self._title_between(a, toks[j].start)

    def _clause_start(self, toks: list[Token], i: int) -> int:
        j = i
        while j > 0 and not self._breaks(toks, j):
            j -= 1
        return j

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
            elif lex.compounds and t.text not in self.names and _AGE_AFTER.match(self.text, t.end):
                self.names.add(t.text)  # "Mara, 34, lebt …", "Jonas (28)": a person named by a first name
                continue  # looked at again as a name
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
                verb = self._past_brackets(toks, after)
                if not subject_seen and verb < len(toks) and (verb > after or not self._breaks(toks, verb)) \
                        and not toks[verb].capitalised and not is_pronoun_word(toks[verb], self.lex) \
                        and not (i > 0 and toks[i - 1].lower in _PREPOSITIONS and not self._breaks(toks, i)):  # fmt: skip
                    self.subjects.append(replace(self.mentions[-1], sentence=self.sentence))
                    subject_seen = True
                last = (after, self.mentions[-1])
            i = after

    def _past_brackets(self, toks: list[Token], j: int) -> int:
        """The first word after a bracket that opens before toks[j] ("Henrike Vossberg (SPD) will"), else j."""
        if j == 0 or j >= len(toks) or "(" not in self.text[toks[j - 1].end:toks[j].start]:
            return j
        close = self.text.find(")", toks[j].start)
        if close < 0 or close - toks[j].start > 60:
            return j
        return bisect_left(toks, close, key=lambda t: t.start)

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

    def _speaker(self, toks: list[Token], cue: Cue) -> tuple[str, float]:
        """The name of who speaks at a cue, and how sure that is (1, or less for a guess)."""
        at = toks[cue.index].start
        if toks[cue.index].lower in IMPERSONAL:
            phrase = self._source_of(toks, cue.index)  # "Aus Regierungskreisen hieß es, …": who "es" stands for
            if not phrase:  # "…, heißt es darin": the report the sentence before is about
                before = next((m for m in reversed(self.subjects) if m.sentence < self.sentence), None)
                if before is not None and self.sentence - before.sentence <= 2:
                    return self._resolved(before, before.start), 0.6
        else:
            phrase = self._subject(toks, self._finite(toks, cue.index))
        if not phrase:
            return "", 0.6
        if is_pronoun(phrase, self.lex):
            plural = phrase[0].lower in self.lex.pronouns_plural or (
                phrase[0].lower in self.lex.pronouns_either and toks[cue.index].lower.endswith("en"))
            # "Reisinger habe gewusst, sagt sie": what comes before an inverted cue is what was said, not who
            inverted = phrase[0].start > at
            name, sure = self._antecedent(at, plural, before_sentence=inverted), 0.9
            if phrase[0].lower == "it":  # only bodies speak as "it": the last one that spoke, if near
                body = next((v for end, v in reversed(self.voices) if at - end < REACH and body_name(v, self.lex)), None)
                name = body if body is not None and not body_name(name, self.lex) else name
        else:
            mention = self._mention(phrase)
            name, sure = (self._resolved(mention, phrase[0].start), 1.0) if mention else ("", 0.6)
            if mention is not None and name == mention.name and phrase[0].start > at and self._quote_before(toks, cue.index):
                name = self._referred(mention) or name  # "„…“, sagte der Anwalt": the one the sentences are about
        if name and all(w.lower() in _CALENDAR for w in name.split()):
            name = ""  # "one Sunday critic": a day does not speak
        if name:
            self.names.update(name.split()[-1:])
            self.subjects.append(Mention(at, name, proper=True, plural=is_plural(name, self.lex), sentence=self.sentence))
        return name, sure

    def _source_of(self, toks: list[Token], i: int) -> list[Token]:
        """The phrase after "aus", "von" or "in" around an impersonal cue ("Aus dem Büro der Ministerin hieß es",
        "hieß es in einem Papier des Ministeriums")."""
        a = self._clause_start(toks, i)
        b = next((j for j in range(i + 1, len(toks)) if self._breaks(toks, j)), len(toks))
        for j in (*range(a, i), *range(i + 1, b)):
            if toks[j].lower in ("aus", "von", "in", "im", "bei", "beim"):
                phrase = self._phrase(toks, j + 1)
                if phrase:
                    return phrase
        return []

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
            lex.compounds or (not seg and self._quote_before(toks, i) and toks[i].lower not in OBJECT_FIRST)
            or (not seg and toks[i].lower in ("said", "says") and self._inverted_at(toks, i + 1))
        ):  # German inverts freely ("sagte er", "Am Montag sagte Putin"); English after a quote, or "…, said the people,"
            after = self._phrase(toks, i + 1)
            after = self._named_after(toks, after) or after
        if not seg and not lex.compounds and toks[i].lower.endswith("ing") and i > 0:
            return self._sentence_subject(toks, i)  # "Sowerby refused to criticise them, saying …": the sentence's
        if not seg:  # the cue opens its clause: after a quote (", sagte er") or an apposition
            if i > 0 and not self._quote_before(toks, i):
                apposed = self._apposed(toks, i)  # "…, Gerold Amsinck, sagte der Deutschen Presse-Agentur"
                if apposed and apposed[-1].end == toks[i - 1].end:
                    return apposed
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
        k = i - 1
        while k > c0 and toks[k].lower in lex.adverbs:
            k -= 1
        if toks[k].lower in AND_WORDS and not after:  # "… called the decision ‘short-sighted’ and said …"
            p = self._sentence_subject(toks, k)  # "Kiprop won ..., and afterward admitted": the sentence's subject
            if p:
                return p
        return after  # "Am Montag sagte Putin": a fronted adverbial puts the subject after the verb

    def _inverted_at(self, toks: list[Token], j: int) -> bool:
        """"…, said the people, who asked …", "…, said a spokesman.": a role phrase closing its clause after "said"."""
        phrase = self._phrase(toks, j)
        m = self._mention(phrase) if phrase else None
        end = j + len(phrase)
        return m is not None and bool(m.roles) and (end == len(toks) or self._breaks(toks, end))

    def _named_after(self, toks: list[Token], role: list[Token]) -> list[Token]:
        """The name set off by commas after a role ("sagte der Sprecher der Fraktion, Florian Dürrhammer, am
        Dienstag"), or [] if none follows."""
        head = self._mention(role) if role else None
        j = bisect_left(toks, role[-1].end, key=lambda t: t.start) if role else len(toks)
        if head is None or head.proper or not head.roles or j >= len(toks) \
                or "," not in self.text[toks[j - 1].end:toks[j].start]:  # fmt: skip
            return []
        name = self._phrase(toks, j)
        m = self._mention(name) if name else None
        if m is None or not m.proper or {"der", "des", "von", "of", "the"} & {t.lower for t in name} \
                or (j + len(name) < len(toks) and not self._breaks(toks, j + len(name))):  # fmt: skip
            return []
        return name

    def _sentence_subject(self, toks: list[Token], k: int) -> list[Token]:
        """The phrase of this sentence's subject noted before toks[k], if there is one."""
        for m in reversed(self.subjects):
            if m.sentence != self.sentence:
                break
            if m.start < toks[k].start:
                p = self._phrase(toks, bisect_left(toks, m.start, key=lambda t: t.start))
                if p:
                    return p
        return []

    def _apposed(self, toks: list[Token], i: int) -> list[Token]:
        """"Das Nationale Sicherheitskomitee, der Nachfolger des KGB, erklärte": the phrase before the
        apposition, or the name an apposition gives ("Ein Premierminister, Akezhan Kazhegeldin, sagte")."""
        first = max((j for j in range(i) if self._quote_before(toks, j)), default=0)
        head = self._phrase(toks, first)
        a0 = self._clause_start(toks, i - 1)
        apposition = toks[a0:i]
        m_app = self._mention(apposition) if a0 > first and self._phrase(toks, a0) == apposition else None
        if not head or first + len(head) >= i or not self._breaks(toks, first + len(head)):
            # "Der Präsident des Verbands privater Vermieter, Gerold Amsinck, sagte": the name the apposition gives
            return apposition if m_app and m_app.proper and "," in self.text[toks[a0 - 1].end:toks[a0].start] else []
        m_head = self._mention(head)
        if m_head and (not m_head.proper or m_head.roles & SPOKES) and m_app and m_app.proper:
            return apposition
        return head

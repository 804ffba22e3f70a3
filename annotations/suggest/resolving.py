"""Who a mention means: a pronoun the subject it continues, a role or a surname the full name named before, a
description ("der Angeklagte", "the 23-year-old") whom the text is about, a spokesperson the body they speak
for, then the project's speakers.

`NameResolver` answers for `reading.TextReader`, which notes the mentions and subjects it looks back over.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..model import Speaker
from .lexicon import Lexicon
from .speakers import AGED, CORPORATE, HONORIFICS, SPOKES, Mention, match_speaker, same_speaker

REACH = 1500  # characters back in which a pronoun or a continued quote finds its speaker


class NameResolver:
    """Resolves mentions to names over what a reader has noted so far."""

    text: str
    lex: Lexicon
    speakers: list[Speaker]
    mentions: list[Mention]  # people and bodies named outside quotations, in text order
    subjects: list[Mention]  # who the sentences are about
    voices: list[tuple[int, str]]  # (end, speaker) of each statement proposed so far
    sentence: int

    def _antecedent(self, at: int, plural: bool, before_sentence: bool = False) -> str:
        """Who a pronoun means: the subject of this or the last two sentences, else the nearest named."""
        for m in reversed(self.subjects):
            if self.sentence - m.sentence > 2:
                break
            if before_sentence and m.sentence == self.sentence:
                continue
            if m.start < at and m.plural == plural:
                return self._resolved(m, m.start)
        for m in self._mentions_before(at, REACH):
            if m.plural == plural:
                return self._resolved(m, m.start)
        if plural and not self.lex.compounds:  # "The campaign group ... They said": a body spoken of as they
            return self._antecedent(at, False, before_sentence)
        return ""

    def _resolved(self, mention: Mention, at: int) -> str:
        """A mention's best name: a role or surname named in full before, then the project's speaker."""
        name = mention.name
        bare = _without_honorific(name) if mention.proper else name  # "Mr Pellow", "Frau Kessler": a surname
        indefinite = self.text[mention.start:mention.start + 4].lower().split(" ")[0] in _INDEFINITE
        # "the company", "das Unternehmen", "a council spokeswoman": a body described, not named ("der Bundesverband
        # der Flughafenbetreiber" is a name of its own)
        general = (mention.definite or bool(mention.roles & SPOKES)) and bool(mention.roles & self.lex.bodies) \
            and not {"of", "der", "des", "von"} & set(name.lower().split()) \
            and not any(w[:1].isupper() and not self.lex.role_of(w.lower()) for w in name.split()[1:])  # "the Environment Agency"
        if mention.proper and " " not in bare:  # "Quennell", "Kestrel": one who has spoken before, if one has
            for end, voice in reversed(self.voices):
                if at - end >= REACH * 4:
                    break
                full = _without_honorific(voice)  # "Mr Whitcombe" said before names no one more fully
                if len(full) > len(bare) and bare in full and same_speaker(full, bare):
                    return self._known(full)
        # far back, the same role or surname may be someone else
        for m in self._mentions_before(at, REACH * 4) if mention.roles or " " not in bare else ():
            body = _owner(m.name) if general else ""  # "ein Vertriebsleiter der Hallberg Systemtechnik GmbH": the firm
            if body and _named(body, self.lex) and _organisation(body, mention.roles & self.lex.bodies, self.lex, mention.name):
                return self._known(body)  # "the company", "der Verband", "a council spokeswoman": the body named before
            if not m.proper:
                continue
            if not mention.proper and mention.roles and m.roles & mention.roles and not indefinite:
                return self._known(m.name)  # "der Präsident": the one named before; "ein Sprecher" is someone new
            full = _without_honorific(m.name)  # "Frau Reimold" in a question names no one more fully
            if mention.proper and " " not in bare and len(full) > len(bare) and bare in full and same_speaker(full, bare):
                return self._known(full)
        if not mention.proper and mention.roles and all(r.endswith(tuple(SPOKES)) for r in mention.roles):
            body = self._spoken_for(mention, at)  # "ein Polizeisprecher", "a White House spokeswoman"
            if body:
                return body
            for m in self._mentions_before(at, REACH * 2):  # "teilte eine Sprecherin mit": of the body named last
                if _named(m.name, self.lex) and body_name(m.name, self.lex):
                    return self._known(m.name)
        if self._description(mention):
            for m in reversed(self.subjects):  # "der Angeklagte", "the 27-year-old Kenyan": who the text is about
                if self.sentence - m.sentence > 3:
                    break
                if m.start < at and m.proper and m.plural == mention.plural:
                    return self._known(m.name)
        return self._known(bare)  # "Mr. Whitcombe" found no fuller name: "Whitcombe", as the name, without the title

    def _mentions_before(self, at: int, reach: int) -> Iterator[Mention]:
        """The mentions that start before `at` and less than `reach` before it, nearest first. Mentions are kept
        in text order, so this starts where `at` falls rather than walking back from the end of the text (the
        rules also ask after reading it all: interview labels, quotations no cue took)."""
        k = bisect_left(self.mentions, at, key=lambda m: m.start)
        for j in range(k - 1, -1, -1):
            m = self.mentions[j]
            if at - m.start >= reach:
                return
            yield m

    def _spoken_for(self, mention: Mention, at: int) -> str:
        """The body a spokesperson's own words name: "Polizeisprecher" the police named before (or "Polizei"),
        "BVG-Sprecher" the BVG, "a White House spokeswoman" the White House."""
        words = mention.name.split()
        head = words[-1]
        role = max((r for r in SPOKES if head.lower().endswith(r)), key=len, default="")
        prefix = head[: len(head) - len(role)].rstrip("-") if role and len(role) < len(head) else ""
        before = [w for w in words[:-1] if w[:1].isupper() and w.lower() not in self.lex.articles]
        body = prefix or " ".join(before)
        if len(body) < 2:
            return ""
        for m in self._mentions_before(at, REACH * 4):
            if body.casefold() in m.name.casefold() and _named(m.name, self.lex) and m.name != mention.name:
                return self._known(m.name)
        return self._known(body[:1].upper() + body[1:])

    def _referred(self, m: Mention) -> str:
        """Whom a definite description after a quotation refers back to ("„…“, sagte der Anwalt", "said the
        lawyer"): the person the last sentences were about, if the description names no one of its own."""
        if not m.definite or m.proper or m.plural or m.roles & self.lex.bodies or len(m.name.split()) > 2:
            return ""
        for s in reversed(self.subjects):
            if self.sentence - s.sentence > 2:
                break
            if s.start < m.start and s.proper and not s.plural and " " in s.name and not body_name(s.name, self.lex):
                return self._known(s.name)
        return ""

    def _description(self, m: Mention) -> bool:
        """"der Angeklagte", "the spokeswoman", "the 27-year-old Kenyan": someone already named, described.
        Not a body ("the company", "die Polizei") nor a named one ("the Met Office", "der Deutschen Flugsicherung")."""
        if not m.definite or m.proper or m.roles & self.lex.bodies:
            return False
        if AGED.fullmatch(m.name.split()[-1]) or m.name.split()[-1].lower() in ("jährige", "jähriger", "jährigen"):
            return True  # "die 71-Jährige", "the 23-year-old"
        if self.lex.compounds or m.roles:
            return False  # a role not named before is someone new: "Der Bürgermeister sagte"
        head = m.name.split()[-1]  # English: "the 27-year-old Kenyan", "the Ethiopian", "the 23-year-old"
        if AGED.fullmatch(head):
            return True
        return len(m.name.split()) <= 3 and head[:1].isupper() and head.endswith(("an", "ian", "ese", "ish", "i"))

    def _known(self, name: str) -> str:
        if not self.speakers:
            return name  # an article alone, or a project without speakers yet
        known = match_speaker(name, self.speakers)
        return known.name if known else name


_INDEFINITE = {"ein", "eine", "einer", "a", "an", "one"}


def _without_honorific(name: str) -> str:
    parts = name.split()
    return " ".join(parts[1:]) if len(parts) > 1 and parts[0].lower().rstrip(".") in HONORIFICS else name


def _organisation(name: str, roles: frozenset[str], lex: Lexicon, description: str = "") -> bool:
    """Whether a name is of the kind of body a role means: "Hollingford Council" for "the council", a
    company's name for "the company" / "das Unternehmen", "Thamesdown Water" for "the water company"."""
    lows = name.lower().split()
    if any(lex.role_of(w) in roles for w in lows):
        return True
    if any(w in lows for w in description.lower().split() if len(w) > 3 and not lex.role_of(w) and w not in lex.function_words):
        return True
    companies = {"company", "firm", "unternehmen", "konzern", "firma"}
    return bool(roles & companies) and any(w.strip(".,") in CORPORATE for w in lows)


def _owner(name: str) -> str:
    """A name, or the body named after its last "der"/"des"/"of" ("Vertriebsleiter der Hallberg GmbH" -> "Hallberg GmbH")."""
    words = name.split()
    k = max((k for k, w in enumerate(words) if w.lower() in ("der", "des", "of", "von")), default=-1)
    return " ".join(words[k + 1:]) if 0 <= k < len(words) - 1 else name


def _named(name: str, lex: Lexicon) -> bool:
    """A body's own name: capitalised words, not only role nouns ("Hollingford Council", "Kröller Werke")."""
    words = name.split()
    # "Bauministerium" names one ministry; "Ministerium" alone, or "Company", describes one
    return all(w[:1].isupper() or w.lower() in CORPORATE for w in words) \
        and not all(lex.role_of(w.lower()) == w.lower() for w in words)


def body_name(name: str, lex: Lexicon) -> bool:
    """Whether a name is a body's: a company word, a town, or a role that is an institution."""
    return any(w.strip(".,") in CORPORATE or w in _PLACES or lex.role_of(w) in lex.bodies for w in name.lower().split())


_PLACES = {"stadt", "gemeinde", "landkreis", "city", "county"}  # "Stadt Leipzig", "Harwick District Council"


def is_plural(name: str, lex: Lexicon) -> bool:
    """Whether a name names several ("Russland und Kasachstan", "Einwohner")."""
    lows = name.lower().split()
    return lex.coordination[2] in lows or "and" in lows or any(w in lex.plural_roles for w in lows)


"""Who speaks: the phrase that names a speaker, its plain form, and what "er" or "der Präsident" refers to."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Speaker
from .lexicon import Lexicon
from .text import Token

MAX_PHRASE = 9  # words: a speaker is named briefly; longer runs are clauses


@dataclass(frozen=True)
class Mention:
    """Someone the text names: where, how it is best called, the role nouns beside it, singular or plural."""

    start: int
    name: str
    roles: frozenset[str] = frozenset()
    plural: bool = False
    proper: bool = False  # a person's or body's own name rather than a role ("Tokajew", not "der Präsident")
    sentence: int = -1  # the sentence it is the subject of, if it is one
    definite: bool = False  # "der Angeklagte", "the spokeswoman": someone named before, described


def phrase_at(tokens: Sequence[Token], i: int, lex: Lexicon, text: str) -> list[Token]:
    """The noun phrase starting at tokens[i] ("der kasachische Präsident Kassym-Jomart Tokajew",
    "die Einwohner von Almaty", "Russische und staatliche Medien", "the port authority"), or []."""
    out: list[Token] = []
    seen_noun = False
    j = i
    while j < len(tokens) and len(out) < MAX_PHRASE:
        t = tokens[j]
        if out and _gap_breaks(text[out[-1].end:t.start]) and not (
            out[-1].lower in HONORIFICS and text[out[-1].end:t.start] == ". "
        ):  # "Dr. Owen Fairbrother" is one name
            break
        low = t.lower
        speaks_for = low == "for" and bool(out) and lex.role_of(out[-1].lower) in SPOKES  # "a spokesperson for the …"
        speaks_for = speaks_for or (low == "from" and bool(out) and out[-1].lower in lex.documents)  # "data from X"
        if is_pronoun_word(t, lex):
            return [] if out else [t]  # a pronoun stands alone
        if (not out and low in lex.coordination[0:1]) or (low in lex.articles and (not out or out[-1].lower in (*_LINKS, "for"))):
            out.append(t)  # an article, or "sowohl" of "sowohl ... als auch ..."
        elif (low in _LINKS or speaks_for) and seen_noun and j + 1 < len(tokens) and not _dative_after_name(out, t, lex) \
                and (_nounish(tokens[j + 1], lex) or speaks_for and tokens[j + 1].lower in lex.articles) \
                and not _gap_breaks(text[t.end:tokens[j + 1].start]):  # fmt: skip
            out.append(t)
            seen_noun = False  # a complement follows ("von Almaty", "des Ministeriums", "by ING Bank")
        elif low in (lex.coordination[2], "als", "and") and out and _joins(tokens, j, lex):
            skip = 2 if low == "als" else 1  # "als auch"
            out.extend(tokens[j:j + skip])
            seen_noun = False
            j += skip
            continue
        elif _nounish(t, lex) and (t.capitalised or lex.role_of(low) or low in CORPORATE
                                   or (out and _english_noun_follows(out, t, lex))):
            out.append(t)  # English writes its nouns in lower case: "the port authority"
            seen_noun = True
        elif low in lex.articles and out and not lex.compounds and out[-1].text.endswith(("'s", "’s")):
            out.append(t)
        elif not seen_noun and t.text.isdigit() and text[t.end:t.end + 1] == "-" and j + 1 < len(tokens):
            out.append(t)  # "der 46-Jährige", "the 23-year-old": an age, then what it describes
        elif (_adjectival(t, lex) or _participle_after_article(out, t, lex)) and not seen_noun:
            out.append(t)  # "kasachische", "27-year-old", "an emailed (statement)"
        else:
            break
        j += 1
    while out and not _nounish(out[-1], lex):
        out.pop()
    if out and not lex.compounds and not _english_head(out, lex):
        return []
    return out if any(_nounish(t, lex) for t in out) else []


def _dative_after_name(out: list[Token], t: Token, lex: Lexicon) -> bool:
    """"sagte Rautenberg der Deutschen Presse-Agentur": after a person's name, "der" is whom they spoke to
    ("Präsident der Republik", "die Universität der Künste" keep their complement)."""
    return lex.compounds and t.lower in ("der", "dem") and len(out) <= 3 \
        and all(w.capitalised and not lex.role_of(w.lower) for w in out)


def _english_head(phrase: list[Token], lex: Lexicon) -> bool:
    """An English phrase names someone when its last word is a name, a role or a document, or a noun after
    an article or a name ("the port authority", "Truck drivers"); "sometimes" alone is not one."""
    head = phrase[-1]
    if head.capitalised or lex.role_of(head.lower) or head.lower in lex.documents:
        return True
    return len(phrase) > 1 and (phrase[0].lower in lex.articles | _QUANTIFIERS or phrase[0].capitalised)


_COUNTS = {"two", "three", "four", "five", "six", "several", "some", "many", "multiple"}
_QUANTIFIERS = {"one", "two", "three", "four", "five", "another", "some", "several", "many", "most", "few", "other"}


_LINKS = {"von", "des", "der", "of", "by"}
# Who speaks for a body: "a spokeswoman for Kestrel" is Kestrel's word, unless a name is given beside it.
# Words that make a name a company's or an institution's: "Kestrel Home Appliances", "Lakeshore Field Services LLC".
CORPORATE = set("""inc corp corporation co ltd llc plc group holdings industries appliances technologies systems
services motors airlines bank energy foods pharma partners gmbh ggmbh ag se kg kgaa ug werke stadtwerke""".split())
AGED = re.compile(r"\d+-(?:year|jährige?r?)-?old|\d+-[Jj]ährige?r?")
# The verbs that open a condition the writer sets ("Hätte Hollweck verloren, …", "Sollte sich … bestätigen",
# "Had the vote failed, …"): what follows them is no one's statement, and they are no part of a name.
CONDITIONAL_OPENERS = frozenset({"hätte", "hätten", "wäre", "wären", "würde", "würden", "sollte", "sollten", "had", "were",
                                 "should"})
_TOWNS = {"stadt", "gemeinde", "landkreis", "kreis", "region"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "herr", "frau", "sen", "rep", "gov", "lt", "gen",
              "col", "sgt", "capt", "supt", "insp"}
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin"}
_IRREGULAR_PAST = set("""won said told went came made took gave saw ran got left found began became kept held brought led
met paid sent spent stood fell rose lost hit cut put set let won't""".split())


def _participle_after_article(out: list[Token], t: Token, lex: Lexicon) -> bool:
    return not lex.compounds and bool(out) and out[-1].lower in lex.articles and t.lower.endswith("ed") \
        and t.lower not in lex.speech and t.lower not in lex.reporting


def _english_noun_follows(out: list[Token], t: Token, lex: Lexicon) -> bool:
    """A lower-case English word continues a phrase after an article, an adjective or one capitalised
    modifier ("the port authority", "Truck drivers"), not after a name ("Ruth Alemu won")."""
    if lex.compounds or t.lower in _IRREGULAR_PAST or t.lower.endswith("ed"):
        return False
    prev = out[-1]
    if prev.lower in lex.articles or prev.lower in _QUANTIFIERS or not prev.capitalised or prev.text.endswith(("'s", "’s")):
        return True
    return len(out) == 1 or (len(out) == 2 and out[0].lower in lex.articles)


def _joins(tokens: Sequence[Token], j: int, lex: Lexicon) -> bool:
    """Whether the conjunction at j joins two parts of one phrase ("Russland und Kasachstan")."""
    k = j + 2 if tokens[j].lower == "als" else j + 1
    if tokens[j].lower == "als" and (k - 1 >= len(tokens) or tokens[k - 1].lower != "auch"):
        return False
    return k < len(tokens) and (_nounish(tokens[k], lex) or _adjectival(tokens[k], lex)) and not is_pronoun_word(tokens[k], lex)


def _gap_breaks(gap: str) -> bool:
    return bool(gap.strip(" -‐")) or "\n" in gap


def is_pronoun_word(t: Token, lex: Lexicon) -> bool:
    """Whether a word is a personal pronoun that may stand for a speaker ("er", "sie", "he", "they", "it")."""
    low = t.lower
    return low in lex.pronouns_singular or low in lex.pronouns_plural or low in lex.pronouns_either


def _nounish(t: Token, lex: Lexicon) -> bool:
    low = t.lower
    if low in CORPORATE or (low[:1].isdigit() and AGED.fullmatch(t.text)):
        return True  # "Emsland Pflege gGmbH", "der 46-Jährige"
    if is_pronoun_word(t, lex) or low in lex.documents:
        return True
    if low in lex.function_words or low in lex.speech or low in lex.reporting or low in lex.negations \
            or low in lex.adverbs or not lex.compounds and low.endswith(("ly", "ed")) and len(low) > 4:  # fmt: skip
        return False
    return t.capitalised or bool(lex.role_of(low)) or not lex.compounds and not t.text[:1].isdigit()


def _adjectival(t: Token, lex: Lexicon) -> bool:
    low = t.lower
    if low in lex.function_words or low in lex.speech or (t.text[:1].isdigit() and lex.compounds):
        return False
    if lex.compounds:  # German: inflected adjectives, written in lower case
        return not t.capitalised and low.endswith(("e", "en", "er", "es", "em"))
    return not t.capitalised and low not in lex.adverbs and not low.endswith(("ly", "ed", "ing")) or t.text[:1].isdigit()


def is_pronoun(phrase: Sequence[Token], lex: Lexicon) -> bool:
    """Whether the phrase is a lone personal pronoun ("er", "sie", "he", "they")."""
    return len(phrase) == 1 and is_pronoun_word(phrase[0], lex)


def mention_of(phrase: Sequence[Token], lex: Lexicon) -> Mention | None:
    """What a speaker phrase names: a proper name if it holds one (the role nouns kept to find it
    again later), else the role phrase in its plain form ("Das kasachische Außenministerium" ->
    "Kasachisches Außenministerium")."""
    if not phrase or is_pronoun(phrase, lex):
        return None
    words = [t.text for t in phrase]
    lows = [w.lower() for w in words]
    first, _, conj = lex.coordination
    if lows[0] == first and "als" in lows:  # "sowohl Russland als auch Kasachstan" -> "Russland und Kasachstan"
        k = lows.index("als")
        rest = words[k + 2:] if k + 1 < len(words) and lows[k + 1] == "auch" else words[k + 1:]
        words = [*words[1:k], conj, *rest]
    elif lows[0] == first and conj in lows[1:]:  # "both Russia and Kazakhstan"
        words = words[1:]
    lows = [w.lower() for w in words]
    if not lex.compounds:  # "two people familiar (with the matter)": the people, however many
        while len(words) > 1 and lows[-1] in ("familiar", "briefed", "close", "knowledgeable"):
            words, lows = words[:-1], lows[:-1]
        while len(words) > 1 and lows[0] in _COUNTS:
            words, lows = words[1:], lows[1:]
    roles = frozenset(r for r in map(lex.role_of, lows) if r)
    plural = conj in lows or "and" in lows or (
        any(w in lex.plural_roles or lex.role_of(w) in lex.plural_roles for w in lows) and not _singular_article(lows))
    spokes = next((k for k, w in enumerate(lows[:-2]) if lex.role_of(w) in SPOKES and lows[k + 1] in (*_LINKS, "for")), -1)
    body = spokes + 2 + (spokes >= 0 and lows[spokes + 2] in lex.articles and not lex.compounds)
    if spokes >= 0 and body < len(words) and all(w[:1].isupper() for w in words[body:]):
        # "a spokeswoman for Kestrel", "a spokesperson for the Commission": the body speaks
        org = mention_of(phrase[body:], lex)
        if org is not None and org.proper and not any(lex.role_of(w.removesuffix("s")) for w in lows[body:]):
            return Mention(phrase[0].start, org.name, org.roles | roles, proper=True)
        if org is not None and not lex.compounds and org.roles & lex.bodies:
            return Mention(phrase[0].start, org.name, org.roles | roles, proper=False)
    if lows[0] in lex.documents or (len(lows) > 1 and lows[0] in lex.articles and lows[1] in lex.documents):
        k = next((k for k, w in enumerate(lows) if w in (*_LINKS, "from")), -1)  # "a note by ING Bank" -> "ING Bank"
        if 0 < k < len(words) - 1:
            return mention_of([t for t in phrase if t.text in words[k + 1:]], lex)
    if lex.compounds and len(lows) == 3 and lows[0] in ("die", "der", "das") and (lows[1] in _TOWNS or not roles) \
            and words[1][:1].isupper() and words[2][:1].isupper():  # fmt: skip
        return Mention(phrase[0].start, " ".join(words[1:]), roles, proper=True)  # "die Stadt Leipzig", "die Deutsche Bahn"
    while len(words) > 1 and (lows[0] in lex.subjunctive or lows[0] in lex.auxiliaries or lows[0] in CONDITIONAL_OPENERS):
        words, lows = words[1:], lows[1:]  # "Hätte Hollweck …": the verb that opens the sentence, then the name
    name = _proper_name(words, lows, lex)
    parts = name.split()
    if len(parts) > 2 and parts[0].lower().rstrip(".") in HONORIFICS:
        name = " ".join(parts[1:])  # the title is not part of the name ("Mr Pellow" keeps its, to find the name)
    if name:
        return Mention(phrase[0].start, name, roles, plural=False, proper=True)
    definite = lows[0] in ("the", "der", "die", "das")
    proper = not roles and lows[0] not in lex.articles and all(w[:1].isupper() or w in (conj, "and", *_LINKS) for w in words)
    if not roles and any(w in CORPORATE for w in lows[1:]):
        proper = True  # "die Emsland Pflege gGmbH", "the Acme Corp": a company's name, article or not
    if proper and any(w in ("of", "von") for w in lows):  # "Ruth Alemu of Ethiopia": the name, not where from
        k = next(k for k, w in enumerate(lows) if w in ("of", "von"))
        words = words[:k] if k >= 2 else words
    if proper and len(words) > 2 and lows[0].rstrip(".") in HONORIFICS:
        words, lows = words[1:], lows[1:]  # "Dr. Owen Fairbrother": the name without its title
    return Mention(phrase[0].start, _plain(words, lows, lex), roles, plural=plural, proper=proper, definite=definite)


def _singular_article(lows: list[str]) -> bool:
    return lows[0] in {"der", "dem", "des", "ein", "eines", "einem", "a", "an"}


def _proper_name(words: list[str], lows: list[str], lex: Lexicon) -> str:
    """The run of capitalised words after the last role noun: "Präsident Kassym-Jomart Tokajew" -> the name."""
    last_role = max((k for k, w in enumerate(lows) if lex.role_of(w)), default=-1)
    if last_role < 0 and not lex.compounds and not words[0][:1].isupper():
        # English: "ready-meal producer Brightwell Group", "The campaign group Bog Watch Scotland": the name at the end
        last_role = max((k for k, w in enumerate(words) if not w[:1].isupper()), default=-1)
        if lows[0] in ("the", "a", "an") and len(words) - last_role - 1 < 2:
            return ""  # "the 27-year-old Kenyan" describes someone
    if last_role < 0 and lex.compounds and lows[0] in lex.articles and len(words) >= 4 \
            and all(w[:1].isupper() for w in words[1:]) and not any(w in _LINKS for w in lows):  # fmt: skip
        last_role = 1  # "ihren Herausforderer Thomas Lehmann": a noun, then the name
    if last_role < 0:
        return ""
    tail = words[last_role + 1:]
    if len(tail) > 2 and tail[-2] in ("of", "von", "aus"):
        tail = tail[:-2]  # "Senator Dale Whitcombe of Kansas": the name, not where from
    if tail and all(w[:1].isupper() for w in tail) and not any(lex.role_of(w) for w in tail):
        return " ".join(tail)
    return ""


def _plain(words: list[str], lows: list[str], lex: Lexicon) -> str:
    """Drop a leading article; in German, give the adjectives the ending they have without one."""
    if lows and lows[0] in lex.articles:
        article, words = lows[0], words[1:]
        if lex.compounds:  # the adjectives before the head noun: "Das Nationale Sicherheitskomitee"
            k = 0
            while k + 1 < len(words) and words[k].endswith(("e", "en")):
                words[k] = _strong(words[k], article)
                k += 1
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def _strong(adjective: str, article: str) -> str:
    if article == "das" and adjective.endswith("e"):
        return adjective + "s"
    if article == "der" and adjective.endswith("e"):
        return adjective + "r"
    if article == "die" and adjective.endswith("en"):
        return adjective[:-1]
    return adjective


_FOLD = re.compile(r"\w+")


def name_tokens(name: str) -> list[str]:
    """A name's words, case-folded, with German adjective endings dropped, for comparing names."""
    return [re.sub(r"(?<=\w{3})(es|er|en|em|e|s)$", "", w) for w in _FOLD.findall(name.casefold())]


def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker names mean the same one: equal, or one a part of the other ("Putin",
    "Wladimir Putin"); a list of speakers ("Russland und Kasachstan") only when equal."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if {"und", "and"} & (set(ta) | set(tb)):
        return False
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return set(small) <= set(large)


def match_speaker(name: str, speakers: Iterable[Speaker]) -> Speaker | None:
    """The project speaker a proposed name means: by name or alias, else the only one whose name
    holds it or is held by it ("Putin" -> "Wladimir Putin")."""
    speakers = list(speakers)
    folded = name.casefold()
    for sp in speakers:
        if any(n.casefold() == folded for n in sp.names()):
            return sp
    near = [sp for sp in speakers if any(same_speaker(name, n) for n in sp.names())]
    return near[0] if len(near) == 1 else None

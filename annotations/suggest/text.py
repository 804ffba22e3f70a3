"""The text as the suggestion rules see it: words, quotations and sentences, with code point offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

# An opening mark and the marks that may close it. “ closes „ in German and opens in English;
# which one it is follows from what is open, and from the characters around it.
_PAIRS = {
    "„": "“”\"",
    "‚": "‘’",
    "“": "”",
    "‘": "’",
    "»": "«",
    "«": "»",
    '"': '"',
    "'": "'",
    "‹": "›",
    "›": "‹",
}
_DOUBLE = set("„“”»«\"")
_MARKS = set(_PAIRS) | set("”’")
_OPENING_CONTEXT = set(" \t\n([{/–—-") | _MARKS
_CLOSING_CONTEXT = set(" \t\n)]}.,;:!?…–—-") | _MARKS
WORD = re.compile(r"\d+(?:[.,:]\d+)*|\w+(?:[-‐'’]\w+)*", re.UNICODE)


class Token(NamedTuple):
    """A word (or number) of the text; `lower` is it in lower case, for the lexicon (worked out once: the
    rules ask millions of times in a long text)."""

    text: str
    start: int
    end: int
    lower: str
    capitalised: bool  # starts with a capital letter


@dataclass(frozen=True)
class Quotation:
    """A quoted passage: `start`/`end` its text without the marks, `open`/`close` where the marks stand."""

    start: int
    end: int
    open: int
    close: int  # the closing mark, or where the passage ended without one (paragraph end)
    closed: bool = True


def words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of text[start:end], in order."""
    out: list[Token] = []
    append, make = out.append, tuple.__new__  # a long text has hundreds of thousands of words: no overhead per word
    for m in WORD.finditer(text, start, len(text) if end is None else end):
        w = m.group()
        a, b = m.span()
        append(make(Token, (w, a, b, w.lower(), w[:1].isupper())))
    return out


def _opening_like(text: str, i: int) -> bool:
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return before in _OPENING_CONTEXT and not after.isspace()


def _closing_like(text: str, i: int) -> bool:
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return not before.isspace() and (after in _CLOSING_CONTEXT or after.isspace())


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or (text[i] in "'’" and after.isspace() and before in "sSzZxX"))


def quotations(text: str) -> list[Quotation]:
    """Every quoted passage, in order of its opening mark.

    A passage left open at a paragraph's end continues when the next paragraph opens with the
    same kind of mark (the English convention for long quotes) and ends there otherwise (an
    unclosed mark). Quotes inside quotes belong to the outer one. Single marks count only as
    a pair within one paragraph, since they are apostrophes far more often.
    """
    found: list[Quotation] = []
    opener = -1  # position of the open mark, -1 when none
    closers = ""
    nested: list[str] = []
    single_open = -1
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            if opener >= 0:
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if j < n and text[j] == text[opener] and _opening_like(text, j) and not nested:
                    i = j + 1  # the next paragraph continues the quotation
                    continue
                found.append(_passage(text, opener, i, closed=False))
                opener, nested = -1, []
            single_open = -1
            i += 1
            continue
        if c not in _MARKS:
            i += 1
            continue
        if opener >= 0:
            if nested and c in _PAIRS.get(nested[-1], "") and _closing_like(text, i):
                nested.pop()
            elif c in closers and (_closing_like(text, i) or not _opening_like(text, i)):
                found.append(_passage(text, opener, i))
                opener, nested = -1, []
            elif c in _PAIRS and _opening_like(text, i) and not _is_apostrophe(text, i):
                nested.append(c)
        elif c in _DOUBLE or c in "‹›":
            if c in _PAIRS and _opening_like(text, i):
                opener, closers, nested = i, _PAIRS[c], []
        elif single_open >= 0:
            if c in _PAIRS[text[single_open]] and _closing_like(text, i) and not _is_apostrophe(text, i):
                found.append(_passage(text, single_open, i))
                single_open = -1
        elif c in _PAIRS and _opening_like(text, i) and not _is_apostrophe(text, i):
            single_open = i
        i += 1
    if opener >= 0:
        found.append(_passage(text, opener, n, closed=False))
    return [q for q in found if q.end > q.start]


def _passage(text: str, open_: int, close: int, closed: bool = True) -> Quotation:
    start, end = open_ + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quotation(start, end, open_, close, closed)


_ABBREVIATIONS = set("""z b d h u a s o ä dr prof mr mrs ms st nr bzw usw ca vgl etc jan feb aug sept sep okt oct
nov dez dec inc ltd co corp jr sr gen col lt gov sen rep vs no""".split())
_MONTHS = set("""januar februar märz april mai juni juli august september oktober november dezember""".split())
_END = re.compile(r"[.!?…]+[\"'”“’»«)\]]*(?=\s)|\n")


def sentences(text: str, quotes: list[Quotation]) -> list[tuple[int, int]]:
    """Sentence spans. Full stops inside a quotation do not end the sentence around it, so a
    multi-sentence quote stays with its attribution; a paragraph ends every sentence open in it
    (except inside a quotation that runs on)."""
    inside = sorted((q.open, q.close) for q in quotes)
    starts = [a for a, _ in inside]
    spans, begin = [], 0
    for m in _END.finditer(text):
        at = m.start()
        k = bisect_right(starts, at) - 1
        if k >= 0 and inside[k][0] < at < inside[k][1] and m.end() <= inside[k][1]:
            continue  # a full stop inside a quotation; one that closes it may end the sentence: „… hinnehmbar.“ Künftig …
        if m.group() != "\n" and not _ends_sentence(text, at, m.end()):
            continue
        end = m.end()
        if text[begin:end].strip():
            spans.append(_trimmed(text, begin, end))
        begin = end
    if text[begin:].strip():
        spans.append(_trimmed(text, begin, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _ends_sentence(text: str, at: int, after: int) -> bool:
    nxt = after
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    if nxt >= len(text) or text[nxt] == "\n":
        return True
    following = text[nxt]
    if not (following.isupper() or following.isdigit() or following in _MARKS or following in "(["):
        return False
    if text[at] != ".":
        return True
    m = _LAST_WORD.search(text, max(0, at - 20), at)
    if m is None:
        return True
    word = m.group()
    if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        # "Hans J. Müller" goes on; "auf der Plattform X. Die Rechnung …" ends: an initial precedes a name, not an article
        m2 = _FIRST_WORD.match(text, nxt, nxt + 20)
        return m2 is not None and m2.group().lower() in _SENTENCE_OPENERS and len(word) == 1 and word.isupper() \
            and word.lower() not in _ABBREVIATIONS
    if word.isdigit():  # "am 5. Januar": an ordinal, not the end of a sentence
        m2 = _FIRST_WORD.match(text, nxt, nxt + 20)
        return not (m2 and m2.group().lower() in _MONTHS)
    return True


_LAST_WORD = re.compile(r"\w+$")
_SENTENCE_OPENERS = set("""der die das den dem ein eine er sie es wir ich man the a an he she it they we i this that
there""".split())
_FIRST_WORD = re.compile(r"\w+")

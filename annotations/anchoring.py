"""Where a statement sits in a text: snapping spans to words (in every script), quote selectors, re-anchoring."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .scripts import cluster_end, cluster_start, is_unspaced

CONTEXT = 32  # characters of prefix and suffix kept with each quote (W3C TextQuoteSelector)


def _is_word_char(ch: str) -> bool:
    # Letters, digits and combining marks belong to a word; so do joiners inside emoji sequences.
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or ch in "\u200d\u00ad'’-_" or cat == "So"


def _in_spaced_word(ch: str) -> bool:
    return _is_word_char(ch) and not is_unspaced(ch)


WordBreaks = Callable[[str], Iterable[int]]
"""Word boundaries (code points, 0 and the end included or not) of a run of text written without spaces."""

MAX_WORD = 20  # code points: a longer "word" in a script without spaces is a clause a breaker failed to split
_RUN_WINDOW = 200  # code points either side of a cut shown to the word breaker: its context, and its cost


def snap_to_words(text: str, start: int, end: int, word_breaks: WordBreaks | None = None) -> tuple[int, int]:
    """Widen [start, end) outward to whole words and trim surrounding white space.

    A selection made by hand usually cuts a word or catches a space; the reader means the words.
    Where words are separated by spaces (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, ...) a cut
    word is taken whole. In scripts written without spaces (Han, Kana, Thai, Lao, Khmer, Myanmar) letters
    alone do not say where a word ends: the selection is widened only to the word `word_breaks` finds
    around the cut (a dictionary breaker such as Qt's), and without one only to the whole grapheme
    cluster it cuts; never to the whole run of text, which is a clause or a sentence. No grapheme cluster
    (a letter with its marks, an emoji sequence, an Indic conjunct) is ever cut.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    start, end = cluster_start(text, start), cluster_end(text, end)
    if is_unspaced(text[start]):
        start = _unspaced_word(text, start, word_breaks)[0]
    elif start > 0 and _in_spaced_word(text[start - 1]) and _is_word_char(text[start]):
        while start > 0 and _in_spaced_word(text[start - 1]):
            start -= 1
    if is_unspaced(text[end - 1]):
        end = _unspaced_word(text, end, word_breaks)[1]
    elif end < len(text) and _in_spaced_word(text[end]) and _is_word_char(text[end - 1]):
        while end < len(text) and _in_spaced_word(text[end]):
            end += 1
    return cluster_start(text, start), cluster_end(text, end)


def _unspaced_word(text: str, cut: int, word_breaks: WordBreaks | None) -> tuple[int, int]:
    """The word around a cut inside a run without spaces, or (cut, cut) where none is known or it is too long."""
    if word_breaks is None:
        return cut, cut
    lo = cut
    while lo > 0 and cut - lo < _RUN_WINDOW and is_unspaced(text[lo - 1]):
        lo -= 1
    hi = cut
    while hi < len(text) and hi - cut < _RUN_WINDOW and is_unspaced(text[hi]):
        hi += 1
    breaks = sorted({0, hi - lo, *(b for b in word_breaks(text[lo:hi]) if 0 <= b <= hi - lo)})
    i = bisect_right(breaks, cut - lo)
    before, after = lo + breaks[i - 1], lo + breaks[min(i, len(breaks) - 1)]
    if breaks[i - 1] == cut - lo or after - before > MAX_WORD:
        return cut, cut
    return before, after


@dataclass(frozen=True)
class QuoteSelector:
    """A W3C TextQuoteSelector: the quote and a little text on either side, to find it again."""

    exact: str
    prefix: str
    suffix: str


def quote_selector(text: str, start: int, end: int, context: int = CONTEXT) -> QuoteSelector:
    """The quote selector for text[start:end], with up to `context` characters of prefix and suffix."""
    return QuoteSelector(text[start:end], text[max(0, start - context) : start], text[end : end + context])


@dataclass(frozen=True)
class Anchor:
    """Where a quote was found again in a text; `exact` is False for a fuzzy match."""

    start: int
    end: int
    exact: bool  # False where only a fuzzy match was found


def _context_score(text: str, start: int, end: int, sel: QuoteSelector) -> int:
    before = text[max(0, start - len(sel.prefix)) : start]
    after = text[end : end + len(sel.suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(sel.prefix)):
        if a != b:
            break
        score += 1
    for a, b in zip(after, sel.suffix):
        if a != b:
            break
        score += 1
    return score


def reanchor(text: str, sel: QuoteSelector, hint: int | None = None, min_ratio: float = 0.8) -> Anchor | None:
    """Find a quote again in a changed text.

    Exact occurrences come first, the one with the most matching context winning (ties go to the
    one nearest the old position). Failing that, a fuzzy match of quote and context; None when
    nothing is close enough, so that the caller can flag the statement instead of moving it.
    """
    if not sel.exact:
        return None
    hits, i = [], text.find(sel.exact)
    while i != -1:
        hits.append(i)
        i = text.find(sel.exact, i + 1)
    if hits:
        best = max(
            hits,
            key=lambda h: (_context_score(text, h, h + len(sel.exact), sel), -abs(h - (hint or 0))),
        )
        return Anchor(best, best + len(sel.exact), True)
    return _fuzzy(text, sel, hint, min_ratio)


def _fuzzy(text: str, sel: QuoteSelector, hint: int | None, min_ratio: float) -> Anchor | None:
    n = len(sel.exact)
    # Look near the old position first, then everywhere: texts are edited locally far more often.
    if hint is not None:
        found = _best_window(text, max(0, hint - 4 * n - 200), min(len(text), hint + 5 * n + 200), sel.exact)
        if found and found[2] >= min_ratio:
            return Anchor(found[0], found[1], False)
    # Elsewhere only where a piece of the quote survives intact: sliding a matcher over the whole
    # text cost 12 s per lost statement in a 1 MB article; this costs milliseconds.
    best = None
    for lo, hi in _seeded_windows(text, sel.exact):
        found = _best_window(text, lo, hi, sel.exact)
        if found and (best is None or found[2] > best[2]):
            best = found
    if best and best[2] >= min_ratio:
        return Anchor(best[0], best[1], False)
    return None


def _seeded_windows(text: str, quote: str, per_piece: int = 50, most: int = 20) -> list[tuple[int, int]]:
    """Ranges of text where pieces of the quote occur, placed where the quote would start.

    A quote at least 80 % similar to its old self keeps some of its pieces unchanged unless the
    edits are spread evenly over all of them. Pieces found too often (a common word) say nothing;
    the ranges most pieces agree on are tried first, and only the `most` best.
    """
    n = len(quote)
    if n < 8:
        return []
    k = max(4, min(12, n // 8))
    votes: dict[int, int] = {}
    hits: list[int]
    for j in range(0, n - k + 1, k):
        piece, hits, i = quote[j : j + k], [], text.find(quote[j : j + k])
        while i != -1 and len(hits) <= per_piece:
            hits.append(i - j)
            i = text.find(piece, i + 1)
        if len(hits) <= per_piece:
            for h in hits:
                bucket = h // max(1, n // 4)  # nearby starts (an insertion in the quote) vote together
                votes[bucket] = votes.get(bucket, 0) + 1
    best = sorted(votes, key=lambda b: -votes[b])[:most]
    step = max(1, n // 4)
    windows = sorted((max(0, b * step - n // 4), min(len(text), b * step + step + n + n // 2)) for b in best)
    merged: list[tuple[int, int]] = []
    for lo, hi in windows:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _best_window(text: str, lo: int, hi: int, quote: str) -> tuple[int, int, float] | None:
    import difflib  # only fuzzy re-anchoring needs it

    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(quote)
    n, best = len(quote), None
    step = max(1, n // 4)
    for s in range(lo, max(lo + 1, hi - n // 2), step):
        matcher.set_seq1(text[s : s + n + n // 4])
        if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
            continue
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        a0 = s + blocks[0].a - blocks[0].b
        a1 = s + blocks[-1].a + blocks[-1].size + (n - blocks[-1].b - blocks[-1].size)
        a0, a1 = max(0, a0), min(len(text), a1)
        ratio = difflib.SequenceMatcher(None, text[a0:a1], quote, autojunk=False).ratio()
        if best is None or ratio > best[2]:
            best = (a0, a1, ratio)
    return best

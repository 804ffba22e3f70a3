"""Writing systems in a selection: scripts written without spaces, and grapheme clusters never to be cut."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

# Scripts that put no space between words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar): in them a
# "word" cannot be found by letters alone, so a selection is never widened across the whole run of letters.
_UNSPACED = sorted([
    (0x0E00, 0x0E7F),    # Thai
    (0x0E80, 0x0EFF),    # Lao
    (0x1000, 0x109F),    # Myanmar
    (0x1780, 0x17FF),    # Khmer
    (0x19E0, 0x19FF),    # Khmer symbols
    (0x2E80, 0x2FDF),    # CJK radicals, Kangxi radicals
    (0x3005, 0x3007),    # 々 〆 〇
    (0x3021, 0x3029),    # Hangzhou numerals
    (0x3031, 0x3035),    # kana repeat marks
    (0x303B, 0x303C),    # 〻 〼
    (0x3040, 0x30FF),    # Hiragana, Katakana (with ー and the iteration marks)
    (0x31F0, 0x31FF),    # Katakana phonetic extensions
    (0x3400, 0x4DBF),    # CJK extension A
    (0x4E00, 0x9FFF),    # CJK unified ideographs
    (0xA9E0, 0xA9FF),    # Myanmar extended B
    (0xAA60, 0xAA7F),    # Myanmar extended A
    (0xF900, 0xFAFF),    # CJK compatibility ideographs
    (0xFF66, 0xFF9F),    # half-width Katakana
    (0x1B000, 0x1B16F),  # Kana supplement and extended
    (0x20000, 0x3134F),  # CJK extensions B to G
])  # fmt: skip
_STARTS = [lo for lo, _ in _UNSPACED]

# Viramas that join two consonants into one conjunct cluster (Unicode 15.1, GB9c: Indic_Conjunct_Break=Linker),
# and, as Qt does, the Khmer coeng and the Myanmar stacking virama, whose subscript consonants are never split.
_LINKERS = frozenset("\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d\u17d2\u1039")
_CONJUNCT_SCRIPTS = ((0x0900, 0x0D7F), (0x1000, 0x102A), (0x1780, 0x17B3))


def is_unspaced(ch: str) -> bool:
    """Whether a character belongs to a script written without spaces between words."""
    cp = ord(ch)
    i = bisect_right(_STARTS, cp) - 1
    return i >= 0 and cp <= _UNSPACED[i][1]


def _is_extend(ch: str) -> bool:
    # Combining marks (harakat, Thai tone marks, Indic vowel signs), joiners, variation selectors,
    # emoji skin tones and tag characters all stay with the character before them.
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or ch in "\u200c\u200d"
        or 0x1F3FB <= cp <= 0x1F3FF
        or 0xE0020 <= cp <= 0xE007F
    )


def _is_pictographic(ch: str) -> bool:
    cp = ord(ch)
    return cp >= 0x1F000 and cp <= 0x1FAFF or unicodedata.category(ch) == "So"


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _is_consonant(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CONJUNCT_SCRIPTS) and unicodedata.category(ch) == "Lo"


def _hangul(ch: str) -> str:
    cp = ord(ch)
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return "L"
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return "V"
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return "T"
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    return ""


def joined(text: str, i: int) -> bool:
    """Whether text[i - 1] and text[i] belong to one grapheme cluster (no boundary at i).

    The extended grapheme cluster rules of Unicode's UAX #29 that matter for reading: CR LF, combining
    marks, Hangul jamo, emoji ZWJ sequences, flags and Indic conjuncts. Prepended concatenation marks
    (rare, and harmless to split) are left out.
    """
    if i <= 0 or i >= len(text):
        return False
    a, b = text[i - 1], text[i]
    if a == "\r":
        return b == "\n"
    if a == "\n" or b in "\r\n":
        return False
    if _is_extend(b):
        return True
    ha, hb = _hangul(a), _hangul(b)
    if ha and hb and (ha == "L" and hb != "T" or ha in ("LV", "V") and hb in ("V", "T") or ha in ("LVT", "T") and hb == "T"):
        return True
    if a == "\u200d" and _is_pictographic(b):
        j = i - 2
        while j >= 0 and _is_extend(text[j]):
            j -= 1
        return j >= 0 and _is_pictographic(text[j])
    if _is_regional(a) and _is_regional(b):
        j = i - 1
        while j >= 0 and _is_regional(text[j]):
            j -= 1
        return (i - 1 - j) % 2 == 1  # an odd number of indicators before: b completes a flag
    if _is_consonant(b):
        j, linked = i - 1, False
        while j >= 0 and (_is_extend(text[j]) or text[j] in _LINKERS):
            linked |= text[j] in _LINKERS
            j -= 1
        return linked and j >= 0 and _is_consonant(text[j])
    return False


def cluster_start(text: str, i: int) -> int:
    """The start of the grapheme cluster that position i cuts (i itself at a boundary)."""
    while joined(text, i):
        i -= 1
    return i


def cluster_end(text: str, i: int) -> int:
    """The end of the grapheme cluster that position i cuts (i itself at a boundary)."""
    while joined(text, i):
        i += 1
    return i


def grapheme_boundaries(text: str) -> list[int]:
    """Every grapheme cluster boundary of a text, 0 and len(text) included."""
    return [i for i in range(len(text) + 1) if not joined(text, i)]

"""Conversion between code-point offsets (storage, exports) and UTF-16 offsets (Qt, JavaScript)."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import repeat
from operator import add

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Maps offsets of one text both ways in O(log n).

    Only characters outside the Basic Multilingual Plane (emoji, some CJK) take two UTF-16
    units, so the map keeps just their positions; a text without any costs nothing.
    """

    def __init__(self, text: str):
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 offset of each astral character: its code-point offset plus the astral ones before it.
        self._astral_u16 = [cp + i for i, cp in enumerate(self._astral_cp)]
        self.length = len(text)
        self.utf16_length = len(text) + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        return cp + bisect_left(self._astral_cp, cp)

    def to_utf16_many(self, offsets: list[int]) -> list[int]:
        """The UTF-16 offsets of many code-point offsets (the same list when the text has no astral character)."""
        if not self._astral_cp:
            return offsets
        astral = self._astral_cp
        return list(map(add, offsets, map(bisect_left, repeat(astral), offsets)))

    def to_codepoint(self, u16: int) -> int:
        """The code point at or before a UTF-16 offset (one inside a surrogate pair rounds down)."""
        # Each astral character that starts before u16 took one extra unit; one whose low
        # surrogate u16 points at counts too, which rounds down to the character itself.
        return u16 - bisect_left(self._astral_u16, u16)

    @property
    def trivial(self) -> bool:
        """Whether the text has no characters outside the BMP (both counts are the same)."""
        return not self._astral_cp

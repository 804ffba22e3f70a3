"""Word boundaries from Qt, for scripts written without spaces (Thai by dictionary; Han one by one)."""

from __future__ import annotations

from PySide6.QtCore import QTextBoundaryFinder

from annotations.offsets import Utf16Map


def qt_word_breaks(run: str) -> list[int]:
    """The word boundaries Qt finds in a run of text, as code points.

    Qt (6.11) splits Thai with a dictionary, Lao, Khmer and Myanmar into syllables, and Chinese and
    Japanese into single characters (it has no CJK dictionary, with or without ICU); annotations.anchoring
    widens a selection only to the word around a cut, so the last is the same as keeping what was selected.
    """
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, run)
    utf16 = Utf16Map(run)
    breaks = [0]
    while (at := finder.toNextBoundary()) != -1:
        breaks.append(utf16.to_codepoint(at))
    return breaks

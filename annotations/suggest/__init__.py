"""Suggested statements: quotes, cue verbs and speakers found by rules, for the reader to accept or reject.

No model and no download: word lists per language (lexicon.py), quotation and sentence finding
(text.py), speaker phrases and their resolution (speakers.py) and the rules that combine them
(rules.py). German and English; other languages get the English rules, which still find quotes.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable

from ..importers.language import guess_language
from ..model import Speaker
from .lexicon import LEXICONS, lexicon_for
from .rules import Reader, Suggestion
from .speakers import same_speaker
from .text import WORD

__all__ = ["Suggestion", "suggest", "same_speaker"]


def suggest(text: str, language: str = "", speakers: Iterable[Speaker] = ()) -> list[Suggestion]:
    """Proposed statements of a text, in order; `language` decides the rules ("" guesses it), and
    speakers named as in `speakers` (a project's, with aliases) are given that speaker."""
    lex = lexicon_for(language or guess_language(text) or _by_cue_words(text))
    # The reading makes a tuple per word and frees them by reference counting; the cycle collector would only
    # walk the growing heap again and again (a tenth of the time on 1 MB), so it waits until the end.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return Reader(text, lex, list(speakers)).run()
    finally:
        if collecting:
            gc.enable()


def _by_cue_words(text: str) -> str:
    """Too short to guess its language: the language whose cue verbs it uses most (English on a tie)."""
    counts = Counter(w.lower() for w in WORD.findall(text[:20000]))
    return max(LEXICONS, key=lambda code: (sum(counts[w] for w in LEXICONS[code].speech), code == "en"))

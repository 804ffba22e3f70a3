"""Guessing what the branches of a foreign codebook are: QDA tools have codes, Standpoint has speakers,
stances and targets. The guess is only a starting point: the window shows it for the reader to
change, the command line prints it and takes options to override it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ...model import MODES
from .data import Branch, RefiFile

OWN_GROUPS = {"speaker": "speakers", "stance": "stances", "target": "targets", "mode": "modes"}
"""The top-level groups of Standpoint's own exports, by name."""

_SPEAKER_NAMES = {"speaker", "speakers", "sprecher", "sprecherin", "sprecherinnen", "sprecher*innen", "sprecher:innen",
                  "akteur", "akteure", "akteurin", "akteurinnen", "akteur*innen", "akteur:innen", "actor", "actors",
                  "person", "personen", "persons", "people", "quelle", "quellen", "source", "sources", "urheber",
                  "wer spricht", "who", "zitierte", "zitierte person", "zitierte personen"}  # fmt: skip
_STANCE_NAMES = {"stance", "stances", "haltung", "haltungen", "position", "positionen", "positions", "bewertung",
                 "bewertungen", "tendenz", "tendenzen", "einstellung", "einstellungen", "sentiment", "evaluation",
                 "attitude", "attitudes", "polarity", "valence", "standpunkt", "standpunkte"}  # fmt: skip
_STANCE_CODES = {"supportive", "neutral", "opposed", "unclear", "positive", "negative", "positiv", "negativ", "pro",
                 "contra", "kontra", "for", "against", "dafür", "dagegen", "zustimmend", "ablehnend", "ambivalent",
                 "favour", "favor", "support", "oppose", "ja", "nein", "unentschieden", "unklar", "mixed", "gemischt",
                 "kritisch", "critical", "befürwortend"}  # fmt: skip
_PARTICLES = {"von", "van", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "al", "el", "bin", "ibn",
              "zu", "ten", "ter", "dos", "das", "y", "bint", "abu"}  # fmt: skip


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("_", " ").split()).strip(" :")


def looks_like_person(name: str) -> bool:
    """Whether a code name reads like a person's name: two to four capitalised words ("Angela Merkel",
    "Kassym-Schomart Tokajew", "Ursula von der Leyen"). One word is too little to tell (German
    capitalises every noun), and digits or a trailing full stop say it is something else."""
    words = name.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name) or name.rstrip().endswith((".", ":", "?", "!")):
        return False
    named = 0
    for word in words:
        if word.casefold() in _PARTICLES:
            continue
        parts = [p for p in re.split(r"[-'’]", word) if p]
        if not parts or not all(_capitalised(p) for p in parts):
            return False
        named += 1
    return named >= 2


def _capitalised(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    if not letters or not unicodedata.category(letters[0]).startswith("L"):
        return False
    if len(letters) == 1:
        return letters[0].isupper() and part.endswith(".")  # an initial: "J."
    if letters[0].isupper() and any(c.islower() for c in letters[1:]):  # "Merkel", "McCain", not "NATO"
        return True
    return not letters[0].isupper() and not letters[0].islower()  # scripts without case (Arabic, Chinese)


def guess(file: RefiFile) -> None:
    """Fill in the file's branches, with a count of their codes and codings, and the guess of what each is."""
    codings: Counter[str] = Counter()
    for source in file.sources:
        for sel in source.selections:
            for code in set(sel.codes):
                if code in file.codes:
                    codings[file.branch_of(code)] += 1
    file.branches = []
    names = {_key(file.codes[g].name) for g in file.top}
    file.own_layout = names == set(OWN_GROUPS) and len(file.top) == len(OWN_GROUPS)
    for guid in file.top:
        codes = codable_codes(file, guid)
        if not codes:
            continue  # an empty category: nothing to decide
        file.branches.append(Branch(guid, file.codes[guid].name, len(codes), codings[guid],
                                    tuple(file.codes[c].name for c in codes[:4])))  # fmt: skip
        file.roles[guid] = OWN_GROUPS[_key(file.codes[guid].name)] if file.own_layout else _guess_branch(file, guid, codes)


def codable_codes(file: RefiFile, branch: str) -> list[str]:
    """The codes of a branch a selection can carry: every code below its top, or the top when it stands alone."""
    top = file.codes[branch]
    if not top.children:
        return [branch] if top.codable else []
    out, pending = [], list(reversed(top.children))
    while pending:
        guid = pending.pop()
        out.append(guid)
        pending += reversed(file.codes[guid].children)
    return out


def _guess_branch(file: RefiFile, branch: str, codes: list[str]) -> str:
    name = _key(file.codes[branch].name)
    if name in _SPEAKER_NAMES:
        return "speakers"
    if name in _STANCE_NAMES:
        return "stances"
    names = [file.codes[c].name for c in codes]
    if names and all(n in MODES for n in names) and name in ("mode", "modes", "redewiedergabe"):
        return "modes"
    if names and sum(_key(n) in _STANCE_CODES for n in names) * 2 > len(names) and len(file.codes[branch].children):
        return "stances"
    cases = {_key(c.name) for c in file.cases}
    people = sum(looks_like_person(n) or _key(n) in cases for n in names)
    if names and people * 2 >= len(names):
        return "speakers"
    return "targets"

"""The words exports put around a document's statements, in the document's own language.

A handout of a German article reads "Anmerkungen", "kein Sprecher", "Haltungen" whatever language the
window speaks: the labels belong to the document, not to its reader. Plain dictionaries, no Qt, so the
command line and the exporters use them too. Languages without a table get English.
"""

from __future__ import annotations

from .model import Document

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "notes": "Notes",
        "stances": "Stances",
        "not_tagged": "not yet tagged",
        "no_speaker": "no speaker",
        "no_stance": "no stance",
        "no_speaker_group": "(no speaker)",
        "on_target": "on {target}",
        "back_to_text": "back to the text",
        "handout": "Standpoint handout",
        "statement": "{n} statement",
        "statements": "{n} statements",
        "incomplete": "{n} incomplete",
        "direct": "direct",
        "indirect": "indirect",
        "free indirect": "free indirect",
        "reported": "reported",
    },
    "de": {
        "notes": "Anmerkungen",
        "stances": "Haltungen",
        "not_tagged": "noch nicht zugeordnet",
        "no_speaker": "kein Sprecher",
        "no_stance": "keine Haltung",
        "no_speaker_group": "(kein Sprecher)",
        "on_target": "zu {target}",
        "back_to_text": "zurück zum Text",
        "handout": "Standpoint-Handout",
        "statement": "{n} Aussage",
        "statements": "{n} Aussagen",
        "incomplete": "{n} unvollständig",
        "direct": "direkt",
        "indirect": "indirekt",
        "free indirect": "frei indirekt",
        "reported": "berichtet",
    },
}


def language_of(document: Document) -> str:
    """The language a document's exports are labelled in: its own ("de", "de-AT" -> "de"), else guessed from its text."""
    code = (document.language or "").replace("_", "-").split("-")[0].lower()
    if not code:
        from .importers.language import guess_language

        code = (guess_language(document.text) or "").lower()
    return code if code in LABELS else "en"


class Labels:
    """The labels of one language: `labels["notes"]`, `labels.counted(3, "statement")`."""

    def __init__(self, language: str):
        self.language = language if language in LABELS else "en"
        self._table = LABELS[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or LABELS["en"][key]

    def counted(self, n: int, noun: str) -> str:
        """n with its noun: "1 statement", "2 statements" (both languages put the singular at exactly one)."""
        return self[noun if n == 1 else noun + "s"].format(n=n)

    def mode(self, mode: str) -> str:
        """A mode of reporting (stored in English) in this language."""
        return self._table.get(mode, mode)


def labels_for(document: Document) -> Labels:
    """The labels a document's exports use."""
    return Labels(language_of(document))

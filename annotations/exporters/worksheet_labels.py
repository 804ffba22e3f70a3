"""The words a worksheet prints, in the language of the article it is made from (one dict per language)."""

from __future__ import annotations

# Kept as plain dicts, one per language, so that a shared label table can take them over whole.
EN: dict[str, str] = {
    "worksheet": "Worksheet",
    "key": "Answer key",
    "name": "Name",
    "class": "Class",
    "task": "Read the article. For each underlined passage, say in the table who speaks and which stance they take.",
    "statements": "Statements",
    "number": "No.",
    "quote": "Quote",
    "speaker": "Who speaks?",
    "stance": "Which stance?",
    "target": "About what?",
    "mode": "How is it reported?",
    "note": "Note",
    "questions": "Questions",
    # The default scheme's stances and the modes, as the key shows them.
    "stance:supportive": "supportive",
    "stance:neutral": "neutral",
    "stance:opposed": "opposed",
    "stance:unclear": "unclear",
    "mode:direct": "direct",
    "mode:indirect": "indirect",
    "mode:free indirect": "free indirect",
    "mode:reported": "reported",
}

DE: dict[str, str] = {
    "worksheet": "Arbeitsblatt",
    "key": "Lösung",
    "name": "Name",
    "class": "Klasse",
    "task": "Lies den Artikel. Trage für jede unterstrichene Stelle in die Tabelle ein, wer spricht und welche"
            " Haltung die Person einnimmt.",
    "statements": "Aussagen",
    "number": "Nr.",
    "quote": "Zitat",
    "speaker": "Wer spricht?",
    "stance": "Welche Haltung?",
    "target": "Worüber?",
    "mode": "Wie wiedergegeben?",
    "note": "Anmerkung",
    "questions": "Fragen",
    "stance:supportive": "unterstützend",
    "stance:neutral": "neutral",
    "stance:opposed": "ablehnend",
    "stance:unclear": "unklar",
    "mode:direct": "direkt",
    "mode:indirect": "indirekt",
    "mode:free indirect": "erlebte Rede",
    "mode:reported": "berichtet",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "de": DE}


def labels_for(language: str) -> dict[str, str]:
    """The labels for a document's language ("de", "de-AT", "German" all German); English when unknown."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    code = {"german": "de", "deutsch": "de", "english": "en"}.get(code, code)
    return LABELS.get(code, EN)


def stance_name(labels: dict[str, str], label: str) -> str:
    """A stance label as the key prints it: the default scheme's in the document's language, others as they are."""
    return labels.get(f"stance:{label.casefold()}", label) if label else ""


def mode_name(labels: dict[str, str], mode: str) -> str:
    """A mode as the key prints it, in the document's language."""
    return labels.get(f"mode:{mode}", mode) if mode else ""

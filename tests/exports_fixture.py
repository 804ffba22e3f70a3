"""A project with the statements that exports must get right: hostile notes, emoji, RTL, formulas."""

from __future__ import annotations

from annotations.store import Store

HOSTILE_NOTE = ('**Framing** <script>alert("x")</script> <img src=x onerror=alert(1)> '
                "[click](javascript:alert(1)) ![pixel](http://tracker.example/p.png)")  # fmt: skip
MIXED_TEXT = "Zoë sagte: „Café 😀 am Meer“.\n\nقال الرئيس إن الوضع مستقر.\n\n=SUM(A1:A9) sagte der Buchhalter.\n"


def fill(store: Store) -> dict[str, int]:
    """Tag statements in the sample (document 1) and a mixed-script second document."""
    doc = store.document(store.document_ids()[0])
    tokajew = store.add_speaker("Tokajew", aliases=["Tokayev"])
    putin = store.find_or_add_speaker("Putin")
    opposed, supportive = store.find_stance("opposed").id, store.find_stance("supportive").id

    def at(d, quote, **fields):
        start = d.text.index(quote)
        return store.add_statement(d.id, start, start + len(quote), **fields).id

    ids = {
        "coup": at(doc, "einen versuchten Staatsstreich", speaker_id=tokajew.id, stance_id=opposed,
                   target_id=store.find_or_add_target("die Proteste").id, mode="direct", note=HOSTILE_NOTE),
        "outer": at(doc, 'sein Land habe "einen versuchten Staatsstreich" überstanden', speaker_id=tokajew.id,
                    stance_id=supportive, mode="indirect"),
        "csto": at(doc, "Terroristen, Kriminelle, Plünderer", speaker_id=putin.id, stance_id=opposed),
        "untagged": at(doc, "Reinigungskräfte entfernten Trümmer"),
    }  # fmt: skip
    mixed = store.add_document("Gemischt", MIXED_TEXT, author="Test", outlet="Zeitung", language="de")
    ids["emoji"] = at(mixed, "„Café 😀 am Meer“", speaker_id=store.find_or_add_speaker("Zoë").id, stance_id=supportive)
    ids["arabic"] = at(mixed, "الوضع مستقر", speaker_id=store.find_or_add_speaker("الرئيس").id, stance_id=supportive,
                       note="- 1 list\n+ 2")
    ids["formula"] = at(mixed, "=SUM(A1:A9)", speaker_id=store.find_or_add_speaker("@Buchhalter").id,
                        stance_id=supportive, note="=HYPERLINK(\"http://x\")")
    return ids

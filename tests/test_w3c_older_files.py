"""Files written by earlier versions of Standpoint import as they did: the layout before the lossless round trip."""

from __future__ import annotations

import json
from pathlib import Path

from annotations.importers.w3c_json import import_annotations
from annotations.store import Store

V1 = Path(__file__).parent / "fixtures" / "w3c-v1-export.json"


def _rows(store: Store) -> list[tuple]:
    def name(getter, i, attr):
        return getattr(getter(i), attr) if i is not None else None

    return [(store.document(st.document_id).title, st.start, st.end, st.quote,
             name(store.speaker, st.speaker_id, "name"), name(store.stance, st.stance_id, "label"),
             name(store.target, st.target_id, "name"), st.mode, st.cue, st.note) for st in store.statements()]  # fmt: skip


def test_the_fixture_is_in_the_older_layout():
    data = json.loads(V1.read_text(encoding="utf-8"))
    purposes = {b["purpose"] for a in data["first"]["items"] for b in ([a["body"]] if isinstance(a["body"], dict)
                                                                        else a["body"])}  # fmt: skip
    assert "identifying" in purposes and "standpoint:speakers" not in data
    assert all("source" in d or d["format"] == "paste" for d in data["standpoint:documents"])


def test_an_older_export_imports_into_an_empty_project(tmp_path):
    with Store.open(tmp_path / "empty.standpoint") as store:
        report = import_annotations(store, V1)
        assert report.rejected == [] and report.warnings == [] and len(report.created) == 7
        first, second = (store.document(i) for i in store.document_ids())
        assert (first.title, first.author, first.outlet, first.published, first.language, first.source, first.format) == (
            "Gipfel in Astana", "Anna Müller", "Zeitung", "2022-01-10", "de", "https://example.org/gipfel", "txt")
        assert [b.kind for b in first.blocks] == ["heading", "paragraph", "paragraph", "paragraph"]
        assert (second.title, second.format, second.text) == (
            "Kurzmeldung", "paste", "Kurzmeldung 👩\u200d👩\u200d👧\n\nPutin sagte, die Lage sei ruhig.\n")
        assert _rows(store) == [
            ("Gipfel in Astana", 0, 16, "Gipfel in Astana", None, None, None, "", "", ""),
            ("Gipfel in Astana", 33, 92, 'sein Land habe "einen versuchten Staatsstreich" überstanden', "Tokajew",
             "supportive", None, "indirect", "sagte", ""),
            ("Gipfel in Astana", 49, 79, "einen versuchten Staatsstreich", "Tokajew", "opposed", "die Proteste",
             "direct", "", "**Framing**: ein *Putsch*?\n\n- eins\n- zwei"),
            ("Gipfel in Astana", 94, 121, "Die Proteste seien vorbei 😀", "Tokajew", "ironisch", None, "", "", ""),
            ("Gipfel in Astana", 138, 149, "الوضع مستقر", "الرئيس", "neutral", None, "", "", ""),
            ("Gipfel in Astana", 164, 193, "„Café am Meer“ – e\u0301 ist schön", "Zoë 😀", None, None, "free indirect",
             "", ""),
            ("Kurzmeldung", 32, 50, "die Lage sei ruhig", "Putin", "neutral", None, "reported", "", ""),
        ]  # fmt: skip
        assert store.find_speaker("Токаев").name == "Tokajew"
        ironic = store.find_stance("ironisch")
        assert (ironic.colour, ironic.description) == ("#aa00ff", "Sagt das Gegenteil.")
        # What the file always held and is now read too: annotators, drafts, times, the whole stance scheme.
        assert [(st.annotator, st.status) for st in store.statements()] == [
            ("", "confirmed"), ("Alice", "confirmed"), ("", "confirmed"), ("Bob", "draft"), ("", "confirmed"),
            ("", "confirmed"), ("", "draft")]  # fmt: skip
        coup = store.statements()[2]
        assert (coup.created, coup.updated) == ("2024-05-01T10:00:03+00:00", "2024-05-01T10:00:03+00:00")
        assert [(s.label, s.colour, s.key) for s in store.stances()] == [
            ("supportive", "#3a9d5d", "1"), ("neutral", "#123456", "2"), ("ironisch", "#aa00ff", "5"),
            ("opposed", "#d0463b", "3")]  # fmt: skip
        # What this layout never held: speakers and targets without statements, speaker descriptions.
        assert store.find_speaker("Niemand") is None and [t.name for t in store.targets()] == ["die Proteste"]

        again = import_annotations(store, V1)
        assert again.created == [] and again.duplicates == 7 and again.documents == []

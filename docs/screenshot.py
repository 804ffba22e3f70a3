"""Make docs/screenshot.png: the real window on the sample article with several tagged statements;
and docs/suggestions.png: the same with the statements Suggest Statements proposes.

Run: python docs/screenshot.py [OUT.png]   (uses the offscreen platform unless DISPLAY is set)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotations.importing import import_file  # noqa: E402
from annotations.projects import SAMPLE_ARTICLE, SAMPLE_TITLE  # noqa: E402
from annotations.store import Store  # noqa: E402

TAGS = [  # quote, speaker, stance, target, mode, note
    ("die Untergrabung der Grundlagen des Staates, die vollständige Verschlechterung der internen Situation in "
     "Kasachstan zu verhindern", "Putin", "supportive", "CSTO deployment", "indirect", "Frames the CSTO as a shield."),
    ("nicht der erste und bei weitem nicht der letzte Versuch sind, sich von außen in die inneren Angelegenheiten "
     "unserer Staaten einzumischen", "Putin", "opposed", "foreign interference", "direct", ""),
    ("einen versuchten Staatsstreich", "Tokajew", "opposed", "the protesters", "direct", "Coup narrative."),
    ("Unter dem Deckmantel spontaner Proteste brach eine Welle von Unruhen aus", "Tokajew", "opposed",
     "the protesters", "direct", ""),
    ("Die meisten Geschäfte öffneten wieder", "Reporter", "neutral", "", "reported", ""),
    ("Der Fall dieser Stadt hätte den Weg für eine Übernahme des dicht besiedelten Südens und dann des ganzen Landes "
     "geebnet", "Tokajew", "opposed", "the protesters", "direct", ""),
    ("Sowohl Russland als auch Kasachstan haben die Unruhen als einen vom Ausland unterstützten Aufstand dargestellt",
     "Reporter", "unclear", "", "reported", ""),
]


def build_demo(path: Path) -> Store:
    store = Store.open(path)
    doc = import_file(store, SAMPLE_ARTICLE, title=SAMPLE_TITLE)
    store.add_speaker("Kassym-Jomart Tokajew", aliases=["Tokajew", "Tokayev"], description="President of Kazakhstan")
    store.add_speaker("Wladimir Putin", aliases=["Putin"], description="President of Russia")
    for quote, speaker, stance, target, mode, note in TAGS:
        start = doc.text.index(quote)
        store.add_statement(
            doc.id, start, start + len(quote),
            speaker_id=store.find_or_add_speaker(speaker).id, stance_id=store.find_stance(stance).id,
            target_id=store.find_or_add_target(target).id if target else None, mode=mode, note=note,
        )  # fmt: skip
    start = doc.text.index("Reinigungskräfte entfernten Trümmer")
    store.add_statement(doc.id, start, start + len("Reinigungskräfte entfernten Trümmer"))  # one left incomplete
    return store


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication([])
    from desktop.annotators import set_annotator_name
    from desktop.i18n import install_translators
    from desktop.main_window import MainWindow

    install_translators("en")  # as the app does: English counts its plurals through a catalogue

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp  # the status bar shows the project as a reader would have it: ~/Documents/...
        (Path(tmp) / "Documents").mkdir()
        store = build_demo(Path(tmp) / "Documents" / "kasachstan-2022.standpoint")
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        set_annotator_name(settings, "Lea")  # asked once already: the picture shows the everyday window
        window = MainWindow(store, settings=settings)
        window.resize(1360, 820)
        window.show()
        third = store.statements()[3]
        window.statements.select_statement(third.id)
        window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum() // 4)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out))
        window.suggestions.suggest()  # the second picture: what Suggest Statements proposes beside them
        window.suggestions.step(2)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out.with_name("suggestions.png")))
        window.close()
        store.close()
        install_translators("de")  # the third picture: the same window in German, as a German system shows it
        store = Store.open(Path(tmp) / "Documents" / "kasachstan-2022.standpoint")
        window = MainWindow(store, settings=settings)
        window.resize(1360, 820)
        window.show()
        window.statements.select_statement(third.id)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out.with_name("screenshot-de.png")))
        window.close()
        store.close()
    print(f"wrote {out}, {out.with_name('suggestions.png')} and {out.with_name('screenshot-de.png')}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("screenshot.png"))

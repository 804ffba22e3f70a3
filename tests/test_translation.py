"""The window in German: every text a user sees is translated, and the catalogues are complete."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from annotations.agreement import agreement
from desktop.i18n import LANGUAGE_KEY, TRANSLATIONS, install_translators, ui_language
from tests.test_agreement import code_two_annotators

# The same in both languages (or names): not a sign of a missing translation when seen in German.
SAME_IN_GERMAN = {"Standpoint", "OK", "Annotator", "Annotator:", "Name", "Name:", "Format", "kappa", "alpha", "—",
                  "English", "Deutsch"}  # fmt: skip


def catalogue(language: str) -> dict[str, list[str]]:
    """Source -> translation forms, from a .ts file."""
    tree = ElementTree.parse(TRANSLATIONS / f"standpoint_{language}.ts")
    found = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        found[message.findtext("source") or ""] = forms
    return found


def test_every_string_of_the_window_has_a_german_translation_and_english_plurals():
    for language in ("de", "en"):
        text = (TRANSLATIONS / f"standpoint_{language}.ts").read_text(encoding="utf-8")
        unfinished = re.findall(r"<source>(.*?)</source>\s*<translation type=\"unfinished\"", text, re.S)
        assert unfinished == [], f"standpoint_{language}.ts: untranslated (run python resources/i18n/update.py)"
        assert (TRANSLATIONS / f"standpoint_{language}.qm").stat().st_mtime_ns > 0
    german = catalogue("de")
    for source, forms in german.items():  # placeholders survive translation, or .format() would fail
        for form in forms:
            assert set(re.findall(r"\{\w+\}", form)) == set(re.findall(r"\{\w+\}", source)), (source, form)
            assert ("%n" in form or "%Ln" in form) == ("%n" in source or "%Ln" in source), (source, form)


def _texts(widget: QWidget) -> set[str]:
    """What a user reads on a window and everything in it: labels, buttons, fields' hints, tooltips,
    menus and their actions, tabs, list headers, combo box items; not the article or the data rows."""
    seen: set[str] = set()

    def add(text: str | None) -> None:
        if text:
            seen.add(text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip())

    for w in [widget, *widget.findChildren(QWidget)]:
        add(w.toolTip())
        add(w.accessibleName())
        if w.isWindow() or isinstance(w, QDockWidget):
            add(w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w.text())
        elif isinstance(w, QLineEdit):
            add(w.placeholderText())
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                add(w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i))
        elif isinstance(w, (QGroupBox, QMenu)):
            add(w.title())
        elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
            for column in range(w.model().columnCount(QModelIndex())):
                add(str(w.model().headerData(column, Qt.Orientation.Horizontal) or ""))
    for action in widget.findChildren(QAction):
        add(action.text())
        add(action.toolTip())
        add(action.iconText())
        if action.menu():
            add(action.menu().title())
    return seen


def _open_everything(window, qtbot) -> set[str]:
    """The main window and the dialogs it opens, shown one after the other, with everything they say."""
    from desktop.annotators import PreferencesDialog
    from desktop.dialogs.agreement import AgreementDialog
    from desktop.dialogs.document import DocumentDialog
    from desktop.dialogs.export import ExportDialog
    from desktop.dialogs.scheme import SchemeDialog
    from desktop.dialogs.shortcuts import ShortcutsDialog
    from desktop.dialogs.speakers import SpeakersDialog
    from desktop.dialogs.statistics import StatisticsDialog

    window.suggestions.suggest()  # the suggestions pane, with its list
    texts = _texts(window)
    for make in (lambda: PreferencesDialog(window.settings, window), lambda: SpeakersDialog(window.project, window),
                 lambda: SchemeDialog(window.project, window), lambda: ExportDialog(window),
                 lambda: StatisticsDialog(window), lambda: ShortcutsDialog(window),
                 lambda: DocumentDialog(window.document, window),
                 lambda: AgreementDialog(window.project, agreement(window.store), window)):  # fmt: skip
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        texts |= _texts(dialog)
        dialog.close()
    return texts


def _data_names(store) -> set[str]:
    """What the project holds, shown as it was written: names, labels, descriptions, titles, file names."""
    from desktop.annotators import default_name

    names = {s.name for s in store.speakers()} | {t.name for t in store.targets()}
    names |= {s.label for s in store.stances()} | {s.description for s in store.stances()}
    names |= {title for _id, title in store.document_titles()} | {s.annotator for s in store.statements()}
    return {n for n in names | {store.path.name, str(store.path), str(store.path.resolve()), default_name()} if n}


def _untranslated(english: set[str], german: set[str], allowed: set[str], data: set[str]) -> list[str]:
    """Texts shown alike in both languages that hold an English word once the project's own names are taken out."""
    found = []
    for text in english & german:
        if text in allowed:
            continue
        rest = text
        for name in sorted(data, key=len, reverse=True):
            rest = rest.replace(name, " ")
        rest = rest.replace("Standpoint", " ")
        if re.search(r"[A-Za-z]{3}", rest) and not re.fullmatch(r"[\w.+ -]*\+[\w.+ -]*|F\d+|Esc", rest.strip()):
            found.append(text)
    return sorted(found)


@pytest.fixture
def two_annotators(store, sample_doc):
    code_two_annotators(store, sample_doc.id)
    return store


def test_the_window_in_german_shows_no_english_text(two_annotators, make_window, qtbot, tmp_path):
    store = two_annotators
    english = _open_everything(make_window(store), qtbot)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "de")  # Edit > Preferences > Deutsch, as the next start reads it
    settings.sync()
    try:
        assert ui_language(settings) == "de"
        install_translators(ui_language(settings))
        german_window = make_window(store)
        german = _open_everything(german_window, qtbot)
    finally:
        install_translators("en")
    identical = {source for source, forms in catalogue("de").items() if forms == [source]}
    # The agreement report's warnings are written by annotations/agreement in English (not yet translated).
    english = {t for t in english if not t.startswith("⚠")}
    untranslated = _untranslated(english, german, SAME_IN_GERMAN | identical, _data_names(store))
    assert untranslated == [], "\n".join(untranslated)
    # and the German is really there: menus, a dialog, a count with its plural
    assert {"Datei", "Bearbeiten", "Ansicht", "Hilfe", "Einstellungen", "Haltungsschema", "Sprache:"} <= german
    assert german_window.windowTitle().endswith("— Standpoint")
    assert re.fullmatch(r"\d+ Aussagen? · \d+ unvollständig.*", german_window.count_label.text())


def test_the_language_follows_the_system_unless_preferences_choose_one(tmp_path, qapp):
    from desktop.i18n import SYSTEM, chosen_language, set_chosen_language, system_language

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) == SYSTEM and ui_language(settings) == system_language()
    set_chosen_language(settings, "de")
    assert ui_language(settings) == "de"
    set_chosen_language(settings, "klingon")  # an unknown value falls back to the system's
    assert chosen_language(settings) == SYSTEM


def test_preferences_keep_the_chosen_language_for_the_next_start(window, qtbot):
    from desktop.annotators import PreferencesDialog
    from desktop.i18n import chosen_language

    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findText("Deutsch"))
    dialog.accept()
    assert chosen_language(window.settings) == "de"
    assert any("next time Standpoint starts" in label.text() for label in dialog.findChildren(QLabel))

"""The window's language: the system's or the one chosen in Preferences, installed as Qt translators.

Strings are marked where they are written (`self.tr`, `QCoreApplication.translate`); this module only
decides which catalogue to load. `resources/i18n/update.py` regenerates the catalogues from the code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from annotations.projects import RESOURCES

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
TRANSLATIONS = RESOURCES / "i18n"
# The languages the window is translated into; English is the source and needs no catalogue.
LANGUAGES = ("en", "de")
# Each language named in itself, so a reader who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}


def chosen_language(settings: QSettings) -> str:
    """What Preferences holds: "system" (the default), or a language code."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def set_chosen_language(settings: QSettings, language: str) -> None:
    settings.setValue(LANGUAGE_KEY, language if language in LANGUAGES else SYSTEM)
    settings.sync()


def system_language() -> str:
    """The first of the system's UI languages the window speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def ui_language(settings: QSettings) -> str:
    """The language the window is shown in: the one chosen in Preferences, else the system's."""
    chosen = chosen_language(settings)
    return system_language() if chosen == SYSTEM else chosen


def catalogue(language: str) -> Path:
    """The compiled catalogue (.qm) of Standpoint's own strings in a language."""
    return TRANSLATIONS / f"standpoint_{language}.qm"


_installed: list[QTranslator] = []  # Qt does not own installed translators; they must stay alive


def install_translators(language: str) -> list[QTranslator]:
    """Load Qt's own catalogue (standard buttons and dialogs) and Standpoint's for a language.

    Replaces the ones installed before. English has a catalogue too, for its plurals only: the source
    says "%n statement(s)", the catalogue "1 statement" and "2 statements". Qt has none for English.
    """
    remove_translators()
    app = QCoreApplication.instance()
    if app is None:
        return []
    for name, folder in ((f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         (f"standpoint_{language}", str(TRANSLATIONS))):  # fmt: skip
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            _installed.append(translator)
    return list(_installed)


def remove_translators() -> None:
    """Back to the source strings (English) for widgets built from now on."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()


def mode_name(mode: str) -> str:
    """A mode of reporting (stored in English, as the data's vocabulary) as the window shows it."""
    names = {"direct": QCoreApplication.translate("Modes", "direct"),
             "indirect": QCoreApplication.translate("Modes", "indirect"),
             "free indirect": QCoreApplication.translate("Modes", "free indirect"),
             "reported": QCoreApplication.translate("Modes", "reported")}  # fmt: skip
    return names.get(mode, mode)


class Counts(QObject):
    """Counted phrases for code outside a QObject: pyside6-lupdate finds plural forms only in tr() calls,
    never in QCoreApplication.translate(), so module functions count through these."""

    def statements(self, n: int) -> str:
        """ "200,000 statements", with thousands separated as the window's language writes them."""
        return self.tr("%Ln statement(s)", "", n)

    def delete_statements(self, n: int) -> str:
        return self.tr("Delete %n statement(s)", "", n)

    def import_files(self, n: int) -> str:
        return self.tr("Import %n file(s)", "", n)

    def merge_files(self, n: int) -> str:
        return self.tr("Merge %n file(s)", "", n)

    def merged(self, files: int, statements: int) -> str:
        return self.tr("Merged %n file(s):", "", files) + " " + self.tr("%n statement(s) added.", "", statements)


counts = Counts()

"""Who is annotating, and whose statements are shown.

The annotator's name lives in the application's settings (QSettings), not in a project: it is asked once
by a small bar above the statements (skippable; until then and after a skip, the name the user logged in
with), and changed in Edit > Preferences…. Every statement made in the window carries it.

The layer switcher (`LayerButton`, on the toolbar, and View > Annotators) shows the statements of one
annotator, several or all, in the list and in the article's highlights.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import LANGUAGE_NAMES, LANGUAGES, SYSTEM, chosen_language, set_chosen_language

NAME_KEY = "annotator/name"
ASKED_KEY = "annotator/asked"


@cache  # the login does not change while the program runs; asking the system took ~0.1 ms per statement marked
def default_name() -> str:
    """The name the user logged in with, or "" when the system does not say."""
    from annotations.operations import default_annotator

    return default_annotator()


def annotator_name(settings: QSettings) -> str:
    """The annotator's name as kept in the settings, else the user's login name."""
    value = settings.value(NAME_KEY, None)
    return str(value).strip() if value is not None else default_name()


def set_annotator_name(settings: QSettings, name: str) -> None:
    """Keep the annotator's name (asked: the prompt does not come back)."""
    settings.setValue(NAME_KEY, name.strip())
    settings.setValue(ASKED_KEY, True)
    settings.sync()


def was_asked(settings: QSettings) -> bool:
    """Whether the first-use prompt was answered or skipped."""
    return str(settings.value(ASKED_KEY, "false")).lower() in ("true", "1")


def shown_name(annotator: str) -> str:
    """An annotator as the window shows it; statements that name nobody are listed under one label."""
    return annotator or QCoreApplication.translate("Annotators", "(no annotator)")


class AnnotatorPrompt(QWidget):
    """A small bar asking, once, under which name statements are made; Skip keeps the login name."""

    answered = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        # The question, then the answer, then the buttons: side by side, a narrow side panel cut them off.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 4)
        question = QLabel(self.tr("Your name as annotator:"))
        question.setWordWrap(True)
        column.addWidget(question)
        self.field = QLineEdit(annotator_name(settings))
        self.field.setPlaceholderText(self.tr("the name your statements carry"))
        self.field.setAccessibleName(self.tr("Your name as annotator"))
        self.field.returnPressed.connect(self.save)
        column.addWidget(self.field)
        layout = QHBoxLayout()
        layout.addStretch(1)
        column.addLayout(layout)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Keep your login name; change it any time in Edit > Preferences…"))
        self.skip_button.clicked.connect(self.skip)
        layout.addWidget(self.save_button)
        layout.addWidget(self.skip_button)

    def save(self) -> None:
        set_annotator_name(self.settings, self.field.text())
        self.hide()
        self.answered.emit(self.field.text().strip())

    def skip(self) -> None:
        set_annotator_name(self.settings, default_name())
        self.hide()
        self.answered.emit(default_name())


class PreferencesDialog(QDialog):
    """Edit > Preferences…: the annotator's name and the window's language."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.name = QLineEdit(annotator_name(settings))
        self.name.setPlaceholderText(default_name() or self.tr("your name"))
        form.addRow(self.tr("&Annotator:"), self.name)
        hint = QLabel(self.tr("Every statement you mark or accept carries this name, so a team's work can be"
                              " merged, compared and shown by annotator."))  # fmt: skip
        hint.setWordWrap(True)
        form.addRow(hint)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), SYSTEM)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen_language(settings))))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language)
        # Widgets take their texts when they are built; retranslating every one live is not worth its code.
        restart = QLabel(self.tr("A new language is used the next time Standpoint starts."))
        restart.setWordWrap(True)
        form.addRow(restart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        set_annotator_name(self.settings, self.name.text())
        set_chosen_language(self.settings, str(self.language.currentData()))
        super().accept()


class LayerButton(QToolButton):
    """Whose statements are shown: all annotators (the default), or the ones ticked in its menu."""

    layerChanged = Signal(object)  # frozenset[str] of annotators shown, or None for all

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(self.tr("Show the statements of one annotator, several, or all"))
        self.menu_ = QMenu(self.tr("&Annotators"), self)
        self.setMenu(self.menu_)
        self.annotators: list[str] = []
        self.shown: frozenset[str] | None = None
        self.rebuild()

    def set_annotators(self, annotators: Iterable[str]) -> None:
        """The annotators present in the document; the choice is kept for those still there."""
        annotators = sorted(set(annotators), key=lambda a: (a.casefold(), a))
        if annotators == self.annotators:
            return
        self.annotators = annotators
        self.rebuild()

    def set_shown(self, shown: frozenset[str] | None) -> None:
        """Show these annotators (None: all) and say so."""
        if shown == self.shown:
            return
        self.shown = shown
        self.rebuild()
        self.layerChanged.emit(shown)

    def rebuild(self) -> None:
        menu = self.menu_
        fill_annotator_menu(menu, self.tr("All Annotators"), self.annotators, self.shown is None, lambda: self.set_shown(None),
                            lambda n: self.shown is None or n in self.shown, self._toggle, shown_name)  # fmt: skip
        only = menu.addMenu(self.tr("Only"))
        for name in self.annotators:
            only.addAction(shown_name(name)).triggered.connect(lambda _c=False, n=name: self.set_shown(frozenset({n})))
        only.setEnabled(len(self.annotators) > 1)
        if self.shown is None:
            self.setText(self.tr("Annotators: all"))
        elif len(self.shown) == 1:
            self.setText(self.tr("Annotator: {name}").format(name=shown_name(next(iter(self.shown)))))
        else:
            self.setText(self.tr("Annotators: %n", "", len(self.shown)))

    def _toggle(self, name: str, checked: bool) -> None:
        current = set(self.annotators) if self.shown is None else set(self.shown)
        current = current | {name} if checked else current - {name}
        self.set_shown(None if current >= set(self.annotators) else frozenset(current))


def fill_annotator_menu(menu: QMenu, all_label: str, names: Iterable[str], all_checked: bool, on_all: Callable[[], None],
                        checked: Callable[[str], bool], on_toggle: Callable[[str, bool], None],
                        label: Callable[[str], str]) -> None:  # fmt: skip
    """A menu of annotators to tick, below one item for all of them (the layer switcher, the statistics filter)."""
    menu.clear()
    everyone = menu.addAction(all_label)
    everyone.setCheckable(True)
    everyone.setChecked(all_checked)
    everyone.triggered.connect(lambda _c=False: on_all())
    menu.addSeparator()
    for name in names:
        action = menu.addAction(label(name).replace("&", "&&"))
        action.setCheckable(True)
        action.setChecked(checked(name))
        action.setData(name)
        action.triggered.connect(lambda on, n=name: on_toggle(n, on))

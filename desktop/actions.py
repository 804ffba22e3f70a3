"""Every menu item, toolbar button and shortcut of the window, defined in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .project import Project

Key = QKeySequence.StandardKey


class Actions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)  # a QObject for self.tr, whose context lupdate takes from the class name
        self.window = w = window
        style = w.style()
        stack = w.project.undo_stack

        st, docs = w.statements, w.documents
        self.mark = self._action(self.tr("&Mark Statement"), st.mark_selection, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
                                 tip=self.tr("Mark the selected text as a statement (Enter)"))  # fmt: skip
        # Enter marks only while the article has focus; elsewhere it confirms fields and dialogs.
        self.mark.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        w.reader.addAction(self.mark)
        self.set_span = self._action(self.tr("Set Span to &Selection"), st.set_span_to_selection, ["Ctrl+E"],
                                     tip=self.tr("Give the current statement the text selected in the article"))  # fmt: skip
        self.delete = self._action(self.tr("&Delete Statement"), st.delete_selected, [Key.Delete],
                                   icon=style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))  # fmt: skip
        w.statement_list.addAction(self.delete)
        w.reader.addAction(self.delete)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.undo, self.redo = undo_actions(w.project, w)

        self.next_statement = self._action(self.tr("&Next Statement"), lambda: st.step(1), ["Alt+Down"])
        self.previous_statement = self._action(self.tr("&Previous Statement"), lambda: st.step(-1), ["Alt+Up"])
        sg = w.suggestions
        self.suggest = self._action(self.tr("&Suggest Statements"), sg.suggest, ["Ctrl+Shift+G"],
                                    tip=self.tr("Find quotes, cue verbs and speakers in this document and propose them"))  # fmt: skip
        self.suggest_everywhere = self._action(self.tr("Suggest in All &Documents"), sg.suggest_everywhere, ["Ctrl+Alt+Shift+G"],
                                               tip=self.tr("Find proposals in every document of the project"))  # fmt: skip
        self.accept_suggestion = self._action(self.tr("&Accept Suggestion"), sg.accept, ["Ctrl+Shift+Return"],
                                              tip=self.tr("Mark the current suggestion with its speaker and mode"))  # fmt: skip
        self.reject_suggestion = self._action(self.tr("Re&ject Suggestion"), sg.reject, ["Ctrl+Shift+Backspace"],
                                              tip=self.tr("Not a statement: it is not proposed again"))  # fmt: skip
        self.accept_all_suggestions = self._action(self.tr("Accept A&ll Suggestions"), sg.accept_all, ["Ctrl+Shift+A"])
        self.next_suggestion = self._action(self.tr("Next Su&ggestion"), lambda: sg.step(1), ["F9"])
        self.previous_suggestion = self._action(self.tr("Previous Sugg&estion"), lambda: sg.step(-1), ["Shift+F9"])
        self.next_incomplete = self._action(self.tr("Next &Incomplete Statement"), st.next_incomplete, ["F8"],
                                            tip=self.tr("Jump to the next statement without a speaker or a stance"))  # fmt: skip
        self.back_to_text = self._action(self.tr("Back to the &Article"), st.focus_reader, ["Esc"])
        self.find = self._action(self.tr("&Filter Statements"), w.filter.take_focus, [Key.Find])
        self.search = self._action(self.tr("&Search Project…"), w.layout_controller.show_search, ["Ctrl+Shift+F"],
                                   tip=self.tr("Search quotes, notes and the text of every document"))  # fmt: skip

        self.zoom_in = self._action(self.tr("Zoom &In"), lambda: w.reader.zoom(1), [Key.ZoomIn, "Ctrl+="])
        self.zoom_out = self._action(self.tr("Zoom &Out"), lambda: w.reader.zoom(-1), [Key.ZoomOut])
        self.zoom_reset = self._action(self.tr("&Actual Size"), lambda: w.reader.zoom(-w.reader.zoom_steps), ["Ctrl+0"])
        self.by_speaker = self._action(self.tr("Colour by S&peaker"), st.set_colour_by_speaker, ["Ctrl+Shift+P"], checkable=True,
                                       tip=self.tr("Colour highlights by speaker instead of stance"))  # fmt: skip

        self.preferences = self._action(self.tr("Pr&eferences…"), w.edit_preferences, [Key.Preferences],
                                        tip=self.tr("Your name as annotator, and the language of the window"))  # fmt: skip
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.merge = self._action(self.tr("&Merge…"), w.merge_files, ["Ctrl+Shift+M"],
                                  tip=self.tr("Merge a colleague's project, W3C JSON exports or .qdpx files: one undo step"))  # fmt: skip
        self.merge_folder = self._action(self.tr("Merge &Folder…"), lambda: w.merge_files(folder=True), [],
                                         tip=self.tr("Merge every project and export in a folder (a shared folder, a git"
                                             " repository written by export --per-annotator)"))  # fmt: skip
        self.speakers = self._action(self.tr("&Speakers…"), w.edit_speakers, ["Ctrl+Shift+K"])
        self.scheme = self._action(self.tr("Stance S&cheme…"), w.edit_scheme, ["Ctrl+Shift+H"])
        self.statistics = self._action(self.tr("S&tatistics…"), w.show_statistics, ["Ctrl+Shift+T"],
                                       tip=self.tr("Statements by speaker, target, document or annotator and stance"))  # fmt: skip
        self.agreement = self._action(self.tr("&Agreement…"), w.show_agreement, [],
                                      tip=self.tr("How far the annotators agree; settle their disagreements"))  # fmt: skip
        self.new_project = self._action(QCoreApplication.translate("Actions", "&New Project…"), w.files.new_project,
                                        [Key.New], tip=QCoreApplication.translate("Actions", "An empty project, saved where you choose"))  # fmt: skip
        self.open = self._action(self.tr("&Open…"), w.open_file, [Key.Open])
        self.import_files = self._action(self.tr("&Import…"), docs.choose_and_import, ["Ctrl+I"],
                                         tip=self.tr("Import articles (txt, md, html, docx, pdf, epub) or W3C annotations"))  # fmt: skip
        self.paste_document = self._action(self.tr("&Paste as New Document"), docs.paste_document, ["Ctrl+Shift+V"])
        self.keep_line_breaks = self._action(
            QCoreApplication.translate("Actions", "&Keep Line Breaks of Plain Text"), docs.set_keep_line_breaks, [],
            tip=QCoreApplication.translate("Actions", "Import hard-wrapped text files as they are, instead of joining"
                                                      " their lines into paragraphs"), checkable=True)  # fmt: skip
        self.keep_line_breaks.setChecked(docs.keeps_line_breaks())
        self.save_copy = self._action(self.tr("Save a &Copy…"), w.save_copy, ["Ctrl+Shift+S"],
                                      tip=self.tr("The whole project as one file elsewhere, to send or to keep"))  # fmt: skip
        self.export = self._action(self.tr("&Export…"), w.export_notes, ["Ctrl+Shift+E"],
                                   tip=self.tr("Markdown, HTML handout, PDF, CSV, W3C JSON-LD, REFI-QDA"))  # fmt: skip
        self.export_worksheet = self._action(
            QCoreApplication.translate("Actions", "Export &Worksheet…"), w.export_worksheet, [],
            tip=QCoreApplication.translate("Actions", "A worksheet for class and its answer key: the chosen statements"
                                                      " numbered in the article, a table to fill in"))  # fmt: skip
        self.replace_text = self._action(self.tr("&Replace Text from File…"), docs.replace_text, [],
                                         tip=self.tr("Load a newer version of this document; statements follow their quotes"))  # fmt: skip
        self.restore = self._action(self.tr("Restore &Backup…"), w.recovery.restore_backup, [],
                                    tip=self.tr("Put an earlier state of this project back (the current one is kept too)"))  # fmt: skip
        self.properties = self._action(self.tr("Document &Properties…"), docs.document_properties, ["Alt+Return"])
        self.library = self.window.library_dock.toggleViewAction()
        self.library.setShortcut(QKeySequence("Ctrl+L"))
        self.quit = self._action(self.tr("&Quit"), w.close, [Key.Quit, "Ctrl+Q"])
        self.shortcuts_help = self._action(self.tr("&Keyboard Shortcuts"), w.show_shortcuts, [Key.HelpContents])
        self.about = self._action(self.tr("&About Standpoint"), w.show_about, [])

        self._menus()
        self._toolbar()
        self.update_enabled()
        stack.indexChanged.connect(lambda _i: self.update_enabled())

    def _action(self, text: str, slot, keys, tip: str = "", icon=None, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if icon is not None:
            action.setIcon(icon)
        action.setShortcuts(_unique([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys]))
        action.setCheckable(checkable)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot if checkable else (lambda _checked=False: slot()))
        self.window.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.window.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(self.new_project)
        file.addAction(self.open)
        file.addMenu(self.window.files.recent_menu)
        file.addAction(self.import_files)
        file.addAction(self.paste_document)
        file.addAction(self.keep_line_breaks)
        file.addAction(self.merge)
        file.addAction(self.merge_folder)
        file.addSeparator()
        file.addAction(self.save_copy)
        file.addAction(self.export)
        file.addAction(self.export_worksheet)
        file.addSeparator()
        file.addAction(self.restore)
        file.addSeparator()
        file.addAction(self.replace_text)
        file.addAction(self.properties)
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        for a in (self.undo, self.redo, None, self.mark, self.set_span, self.delete, None, self.find, self.search, None,
                  self.preferences):  # fmt: skip
            edit.addSeparator() if a is None else edit.addAction(a)
        view = bar.addMenu(self.tr("&View"))
        for a in (self.library, None, self.zoom_in, self.zoom_out, self.zoom_reset, None, self.by_speaker, None,
                  self.next_statement, self.previous_statement, self.next_incomplete, self.back_to_text):  # fmt: skip
            view.addSeparator() if a is None else view.addAction(a)
        view.addSeparator()
        view.addMenu(self.window.layer_button.menu_)
        project = bar.addMenu(self.tr("&Project"))
        project.addAction(self.speakers)
        project.addAction(self.scheme)
        project.addSeparator()
        project.addAction(self.statistics)
        project.addAction(self.agreement)
        suggestions = bar.addMenu(self.tr("&Suggestions"))
        for a in (self.suggest, self.suggest_everywhere, None, self.accept_suggestion, self.reject_suggestion, self.accept_all_suggestions, None,
                  self.next_suggestion, self.previous_suggestion):  # fmt: skip
            suggestions.addSeparator() if a is None else suggestions.addAction(a)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_help)
        help_menu.addAction(self.about)
        self.window.reader.context_actions = [self.mark, self.set_span]

    def _toolbar(self) -> None:
        tb = QToolBar(self.tr("Main"), self.window)
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.import_files, self.export, None, self.mark, self.delete, None, self.undo, self.redo, None,
                  self.suggest, None, self.by_speaker, None, self.speakers, self.scheme):  # fmt: skip
            tb.addSeparator() if a is None else tb.addAction(a)
        tb.addSeparator()
        tb.addWidget(self.window.layer_button)
        self.window.addToolBar(tb)

    def update_enabled(self) -> None:
        has = self.window.current_statement() is not None and not self.window.store.read_only
        self.delete.setEnabled(has)
        self.set_span.setEnabled(has)

    def make_read_only(self) -> None:
        """A read-only project can be read and exported, not changed."""
        for action in (self.mark, self.set_span, self.delete, self.import_files, self.paste_document, self.merge, self.merge_folder,
                       self.replace_text, self.properties, self.restore, self.undo, self.redo, self.accept_suggestion,
                       self.reject_suggestion, self.accept_all_suggestions):  # fmt: skip
            action.setEnabled(False)


def undo_actions(project: Project, parent: QWidget) -> tuple[QAction, QAction]:
    """Undo and Redo for a window or dialog, on the project's one history, with labels that say what they do.

    Not QUndoStack's own actions: those call the stack directly, and an undo that fails must keep
    its place in the history (Project.undo).
    """
    stack = project.undo_stack
    translate = QCoreApplication.translate
    undo = QAction(translate("Actions", "&Undo"), parent)
    redo = QAction(translate("Actions", "&Redo"), parent)
    undo.setShortcuts([QKeySequence(Key.Undo)])
    redo.setShortcuts(_unique([QKeySequence(Key.Redo), QKeySequence("Ctrl+Shift+Z")]))
    undo.triggered.connect(lambda _checked=False: project.undo())
    redo.triggered.connect(lambda _checked=False: project.redo())
    for action, word, menu_text, tip, can, text, changed_can, changed_text in (
        (undo, translate("Actions", "Undo"), translate("Actions", "&Undo {action}"), translate("Actions", "Undo {action}"),
         stack.canUndo, stack.undoText, stack.canUndoChanged, stack.undoTextChanged),
        (redo, translate("Actions", "Redo"), translate("Actions", "&Redo {action}"), translate("Actions", "Redo {action}"),
         stack.canRedo, stack.redoText, stack.canRedoChanged, stack.redoTextChanged),
    ):  # fmt: skip
        def show(_value=None, action=action, word=word, bare=action.text(), menu_text=menu_text, tip=tip, can=can,
                 text=text) -> None:  # fmt: skip
            if not (isValid(stack) and isValid(action)):  # the stack's destructor clears it, and signals so
                return
            label = text()
            action.setEnabled(can() and not project.store.read_only)
            # A quote's "&" is text, not a mnemonic.
            action.setText(menu_text.format(action=label.replace("&", "&&")) if label else bare)
            action.setToolTip(tip.format(action=label) if label else word)
        changed_can.connect(show)
        changed_text.connect(show)
        show()
        # The toolbar keeps short, steady names; the menu and the tooltip say what would be undone.
        action.setIconText(word)
        parent.addAction(action)
    return undo, redo


def _unique(keys: list[QKeySequence]) -> list[QKeySequence]:
    seen, out = set(), []
    for k in keys:
        if not k.isEmpty() and k.toString() not in seen:
            seen.add(k.toString())
            out.append(k)
    return out

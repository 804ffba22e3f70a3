"""Every menu item, toolbar button and shortcut of the window, defined in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .project import Project

Key = QKeySequence.StandardKey


class Actions:
    def __init__(self, window: MainWindow):
        self.window = w = window
        style = w.style()
        stack = w.project.undo_stack

        st, docs = w.statements, w.documents
        self.mark = self._action("&Mark Statement", st.mark_selection, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
                                 tip="Mark the selected text as a statement (Enter)")  # fmt: skip
        # Enter marks only while the article has focus; elsewhere it confirms fields and dialogs.
        self.mark.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        w.reader.addAction(self.mark)
        self.set_span = self._action("Set Span to &Selection", st.set_span_to_selection, ["Ctrl+E"],
                                     tip="Give the current statement the text selected in the article")  # fmt: skip
        self.delete = self._action("&Delete Statement", st.delete_selected, [Key.Delete],
                                   icon=style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))  # fmt: skip
        w.statement_list.addAction(self.delete)
        w.reader.addAction(self.delete)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.undo, self.redo = undo_actions(w.project, w)

        self.next_statement = self._action("&Next Statement", lambda: st.step(1), ["Alt+Down"])
        self.previous_statement = self._action("&Previous Statement", lambda: st.step(-1), ["Alt+Up"])
        sg = w.suggestions
        self.suggest = self._action("&Suggest Statements", sg.suggest, ["Ctrl+Shift+G"],
                                    tip="Find quotes, cue verbs and speakers in this document and propose them")  # fmt: skip
        self.suggest_everywhere = self._action("Suggest in All &Documents", sg.suggest_everywhere, ["Ctrl+Alt+Shift+G"],
                                               tip="Find proposals in every document of the project")  # fmt: skip
        self.accept_suggestion = self._action("&Accept Suggestion", sg.accept, ["Ctrl+Shift+Return"],
                                              tip="Mark the current suggestion with its speaker and mode")  # fmt: skip
        self.reject_suggestion = self._action("Re&ject Suggestion", sg.reject, ["Ctrl+Shift+Backspace"],
                                              tip="Not a statement: it is not proposed again")  # fmt: skip
        self.accept_all_suggestions = self._action("Accept A&ll Suggestions", sg.accept_all, ["Ctrl+Shift+A"])
        self.next_suggestion = self._action("Next Su&ggestion", lambda: sg.step(1), ["F9"])
        self.previous_suggestion = self._action("Previous Sugg&estion", lambda: sg.step(-1), ["Shift+F9"])
        self.next_incomplete = self._action("Next &Incomplete Statement", st.next_incomplete, ["F8"],
                                            tip="Jump to the next statement without a speaker or a stance")  # fmt: skip
        self.back_to_text = self._action("Back to the &Article", st.focus_reader, ["Esc"])
        self.find = self._action("&Filter Statements", w.filter.take_focus, [Key.Find])
        self.search = self._action("&Search Project…", w.layout_controller.show_search, ["Ctrl+Shift+F"],
                                   tip="Search quotes, notes and the text of every document")  # fmt: skip

        self.zoom_in = self._action("Zoom &In", lambda: w.reader.zoom(1), [Key.ZoomIn, "Ctrl+="])
        self.zoom_out = self._action("Zoom &Out", lambda: w.reader.zoom(-1), [Key.ZoomOut])
        self.zoom_reset = self._action("&Actual Size", lambda: w.reader.zoom(-w.reader.zoom_steps), ["Ctrl+0"])
        self.by_speaker = self._action("Colour by S&peaker", st.set_colour_by_speaker, ["Ctrl+Shift+P"], checkable=True,
                                       tip="Colour highlights by speaker instead of stance")  # fmt: skip

        self.preferences = self._action("Pr&eferences…", w.edit_preferences, [Key.Preferences],
                                        tip="Your name as annotator")  # fmt: skip
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.merge = self._action("&Merge…", w.merge_files, ["Ctrl+Shift+M"],
                                  tip="Merge a colleague's project, W3C JSON exports or .qdpx files: one undo step")  # fmt: skip
        self.merge_folder = self._action("Merge &Folder…", lambda: w.merge_files(folder=True), [],
                                         tip="Merge every project and export in a folder (a shared folder, a git"
                                             " repository written by export --per-annotator)")  # fmt: skip
        self.speakers = self._action("&Speakers…", w.edit_speakers, ["Ctrl+Shift+K"])
        self.scheme = self._action("Stance S&cheme…", w.edit_scheme, ["Ctrl+Shift+H"])
        self.statistics = self._action("S&tatistics…", w.show_statistics, ["Ctrl+Shift+T"],
                                       tip="Statements by speaker, target, document or annotator and stance")  # fmt: skip
        self.agreement = self._action("&Agreement…", w.show_agreement, [],
                                      tip="How far the annotators agree; settle their disagreements")  # fmt: skip
        self.new_project = self._action(QCoreApplication.translate("Actions", "&New Project…"), w.files.new_project,
                                        [Key.New], tip=QCoreApplication.translate("Actions", "An empty project, saved where you choose"))  # fmt: skip
        self.open = self._action("&Open…", w.open_file, [Key.Open])
        self.import_files = self._action("&Import…", docs.choose_and_import, ["Ctrl+I"],
                                         tip="Import articles (txt, md, html, docx, pdf, epub) or W3C annotations")  # fmt: skip
        self.paste_document = self._action("&Paste as New Document", docs.paste_document, ["Ctrl+Shift+V"])
        self.keep_line_breaks = self._action(
            QCoreApplication.translate("Actions", "&Keep Line Breaks of Plain Text"), docs.set_keep_line_breaks, [],
            tip=QCoreApplication.translate("Actions", "Import hard-wrapped text files as they are, instead of joining"
                                                      " their lines into paragraphs"), checkable=True)  # fmt: skip
        self.keep_line_breaks.setChecked(docs.keeps_line_breaks())
        self.save_copy = self._action("Save a &Copy…", w.save_copy, ["Ctrl+Shift+S"],
                                      tip="The whole project as one file elsewhere, to send or to keep")  # fmt: skip
        self.export = self._action("&Export…", w.export_notes, ["Ctrl+Shift+E"],
                                   tip="Markdown, HTML handout, PDF, CSV, W3C JSON-LD, REFI-QDA")  # fmt: skip
        self.replace_text = self._action("&Replace Text from File…", docs.replace_text, [],
                                         tip="Load a newer version of this document; statements follow their quotes")  # fmt: skip
        self.restore = self._action("Restore &Backup…", w.recovery.restore_backup, [],
                                    tip="Put an earlier state of this project back (the current one is kept too)")  # fmt: skip
        self.properties = self._action("Document &Properties…", docs.document_properties, ["Alt+Return"])
        self.library = self.window.library_dock.toggleViewAction()
        self.library.setShortcut(QKeySequence("Ctrl+L"))
        self.quit = self._action("&Quit", w.close, [Key.Quit, "Ctrl+Q"])
        self.shortcuts_help = self._action("&Keyboard Shortcuts", w.show_shortcuts, [Key.HelpContents])
        self.about = self._action("&About Standpoint", w.show_about, [])

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
        file = bar.addMenu("&File")
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
        file.addSeparator()
        file.addAction(self.restore)
        file.addSeparator()
        file.addAction(self.replace_text)
        file.addAction(self.properties)
        file.addSeparator()
        file.addAction(self.quit)
        edit = bar.addMenu("&Edit")
        for a in (self.undo, self.redo, None, self.mark, self.set_span, self.delete, None, self.find, self.search, None,
                  self.preferences):  # fmt: skip
            edit.addSeparator() if a is None else edit.addAction(a)
        view = bar.addMenu("&View")
        for a in (self.library, None, self.zoom_in, self.zoom_out, self.zoom_reset, None, self.by_speaker, None,
                  self.next_statement, self.previous_statement, self.next_incomplete, self.back_to_text):  # fmt: skip
            view.addSeparator() if a is None else view.addAction(a)
        view.addSeparator()
        view.addMenu(self.window.layer_button.menu_)
        project = bar.addMenu("&Project")
        project.addAction(self.speakers)
        project.addAction(self.scheme)
        project.addSeparator()
        project.addAction(self.statistics)
        project.addAction(self.agreement)
        suggestions = bar.addMenu("&Suggestions")
        for a in (self.suggest, self.suggest_everywhere, None, self.accept_suggestion, self.reject_suggestion, self.accept_all_suggestions, None,
                  self.next_suggestion, self.previous_suggestion):  # fmt: skip
            suggestions.addSeparator() if a is None else suggestions.addAction(a)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_help)
        help_menu.addAction(self.about)
        self.window.reader.context_actions = [self.mark, self.set_span]

    def _toolbar(self) -> None:
        tb = QToolBar("Main", self.window)
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
    undo, redo = QAction("&Undo", parent), QAction("&Redo", parent)
    undo.setShortcuts([QKeySequence(Key.Undo)])
    redo.setShortcuts(_unique([QKeySequence(Key.Redo), QKeySequence("Ctrl+Shift+Z")]))
    undo.triggered.connect(lambda _checked=False: project.undo())
    redo.triggered.connect(lambda _checked=False: project.redo())
    for action, word, can, text, changed_can, changed_text in (
        (undo, "Undo", stack.canUndo, stack.undoText, stack.canUndoChanged, stack.undoTextChanged),
        (redo, "Redo", stack.canRedo, stack.redoText, stack.canRedoChanged, stack.redoTextChanged),
    ):
        def show(_value=None, action=action, word=word, can=can, text=text) -> None:
            if not (isValid(stack) and isValid(action)):  # the stack's destructor clears it, and signals so
                return
            label = text().replace("&", "&&")  # a quote's "&" is text, not a mnemonic
            action.setEnabled(can() and not project.store.read_only)
            action.setText(f"&{word} {label}" if label else f"&{word}")
            action.setToolTip(f"{word} {label}" if label else word)
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

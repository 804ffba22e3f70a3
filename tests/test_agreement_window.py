"""Project > Agreement…: the measures, the disagreements, and adjudication by keyboard, on the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from annotations.agreement import agreement
from desktop.dialogs.agreement import AgreementDialog, EditVersionDialog
from tests.test_agreement import code_two_annotators


def open_dialog(window, qtbot) -> AgreementDialog:
    dialog = AgreementDialog(window.project, agreement(window.store), window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    return dialog


def statuses(store):
    return [(s.annotator, s.status) for s in store.statements()]


def test_project_agreement_opens_the_dialog_on_the_annotators_work(store, sample_doc, make_window, qtbot):
    code_two_annotators(store, sample_doc.id)
    window = make_window(store)
    project_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    assert window.user_actions.agreement in project_menu.actions()
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.tabs.setCurrentIndex(1)
        seen.append(dialog.focusWidget() is dialog.list)
        dialog.reject()

    QTimer.singleShot(0, look)
    window.user_actions.agreement.trigger()
    assert isinstance(seen[0], AgreementDialog) and seen[0].report.annotators == ["ana", "ben"]
    assert seen[1] is True  # the Disagreements tab takes the keys at once


def test_measures_per_field_category_and_confusion_matrix(store, sample_doc, make_window, qtbot):
    code_two_annotators(store, sample_doc.id)
    dialog = open_dialog(make_window(store), qtbot)
    table = dialog.fields_table
    stance_row = [table.item(r, 0).text() for r in range(table.rowCount())].index("stance")
    assert [table.item(stance_row, c).text() for c in range(5)] == ["stance", "2", "0.500", "0.000", "0.000"]
    assert {dialog.categories.item(r, 0).text() for r in range(dialog.categories.rowCount())} == {"supportive",
                                                                                                  "opposed"}  # fmt: skip
    labels = [dialog.confusion.verticalHeaderItem(r).text() for r in range(dialog.confusion.rowCount())]
    assert labels == ["opposed", "supportive"]
    assert dialog.confusion.item(1, 0).text() == "1" and dialog.confusion.item(1, 1).text() == "1"
    table.selectRow([table.item(r, 0).text() for r in range(4)].index("speaker"))
    assert dialog.confusion_label.text().startswith("speaker")


def test_adjudication_by_keyboard_one_undoable_step_per_decision(store, sample_doc, make_window, qtbot):
    code_two_annotators(store, sample_doc.id)
    window = make_window(store)
    dialog = open_dialog(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    dialog.list.setFocus()
    assert dialog.list.count() == 4 and "stance differs" in dialog.list.item(0).text()
    assert "<b>opposed</b>" in dialog.versions.text() and "<b>supportive</b>" in dialog.versions.text()
    before = len(store.statements())

    qtbot.keyClick(dialog.list, Qt.Key.Key_2)  # take ben's version: opposed
    reviewed = [s for s in store.statements() if s.status == "reviewed"]
    assert len(store.statements()) == before + 1 and len(reviewed) == 1
    assert store.stance(reviewed[0].stance_id).label == "opposed"
    assert reviewed[0].annotator == window.annotator != ""  # settled in the reviewer's name
    ben = next(s for s in store.statements() if s.annotator == "ben" and s.start == 310)
    assert (reviewed[0].start, reviewed[0].end) == (ben.start, ben.end)
    assert dialog.list.item(0).text().startswith("✓ ") and dialog.list.currentRow() == 1  # on to the next
    assert window.project.undo_stack.undoText().startswith("Adjudicate")

    qtbot.keyClick(dialog.list, Qt.Key.Key_2)  # ben did not mark this one: nothing to take
    assert len(store.statements()) == before + 1 and dialog.list.currentRow() == 1
    qtbot.keyClick(dialog.list, Qt.Key.Key_1)  # ana's
    assert len(store.statements()) == before + 2

    window.project.undo()
    window.project.undo()
    assert len(store.statements()) == before and not dialog.list.item(0).text().startswith("✓")
    assert ("ana", "confirmed") in statuses(store) and ("ben", "confirmed") in statuses(store)  # originals kept
    window.project.redo()
    assert len(store.statements()) == before + 1


def test_edit_stores_the_values_chosen(store, sample_doc, make_window, qtbot):
    code_two_annotators(store, sample_doc.id)
    dialog = open_dialog(make_window(store), qtbot)
    dialog.tabs.setCurrentIndex(1)
    dialog.list.setFocus()

    def answer():
        form = QApplication.activeModalWidget()
        assert isinstance(form, EditVersionDialog)
        form.stance.setCurrentIndex(form.stance.findText("neutral"))
        form.target.setCurrentText("Regierung")
        form.mode.setCurrentText("indirect")
        form.accept()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(dialog.list, Qt.Key.Key_E)
    [reviewed] = [s for s in store.statements() if s.status == "reviewed"]
    assert store.stance(reviewed.stance_id).label == "neutral" and reviewed.mode == "indirect"
    assert reviewed.target_id is not None and store.speaker(reviewed.speaker_id).name == "Tokayev"
    # adjudicated statements do not count as a third coder
    assert agreement(store).annotators == ["ana", "ben"]

"""Project > Statistics as a person uses it: the table's cells, the chart's segments, the lists they open,
going to a statement, live refresh, groupings and filters, and the exported PNG, SVG and CSV."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from annotations.statistics import ANY
from annotations.store import Store
from desktop.dialogs.statistics import REFRESH_MS
from tests.conftest import mark

# (quote in the sample, speaker, stance, annotator)
MARKS = [
    ("einen versuchten Staatsstreich", "Tokajew", "opposed", "ana"),
    ("Putin", "Tokajew", "opposed", "ben"),
    ("Kasachstan", "Tokajew", "supportive", "ana"),
    ("Almaty", "Putin", "neutral", "ben"),
    ("Fallschirmjäger", "=cmd|' /C calc'!A0", "opposed", "ana"),
]


def add(store, doc_id: int, quote: str, speaker: str | None, stance: str | None, annotator: str):
    text = store.document_text(doc_id)
    at = text.index(quote)
    return store.add_statement(
        doc_id, at, at + len(quote),
        speaker_id=store.find_or_add_speaker(speaker).id if speaker else None,
        stance_id=store.find_stance(stance).id if stance else None,
        annotator=annotator,
    )  # fmt: skip


@pytest.fixture
def stats_window(store, make_window):
    doc_id = store.document_ids()[0]
    for quote, speaker, stance, annotator in MARKS:
        add(store, doc_id, quote, speaker, stance, annotator)
    store.add_document("Zweiter Artikel", "Ein zweiter Text über Almaty. " * 20)
    return make_window(store, doc_id)


def open_statistics(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.statistics is not None and window.statistics.isVisible())
    dialog = window.statistics
    dialog.resize(1100, 700)
    qtbot.waitUntil(dialog.isActiveWindow)  # keys go to the statistics, not to the window's article
    return dialog


def shown_table(dialog) -> list[list[str]]:
    """Every cell of the table as the view shows it, the header first."""
    model = dialog.view.model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [header] + [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def listed(dialog) -> list[str]:
    return [dialog.statement_list.item(i).text() for i in range(dialog.statement_list.count())]


def segment(dialog, label: str, stance: str):
    row = next(r for r in dialog.table.rows if r.label == label)
    sid = dialog.window_.store.find_stance(stance).id
    return next(s for s in dialog.chart.segments() if s.key == row.key and s.stance_id == sid)


def test_the_table_shows_statements_by_speaker_and_stance_with_totals(stats_window, qtbot, tmp_path):
    dialog = open_statistics(stats_window, qtbot)
    rows = shown_table(dialog)
    assert rows[0] == ["Speaker", "supportive", "neutral", "opposed", "unclear", "Total"]
    assert rows[1] == ["Tokajew", "1", "0", "2", "0", "3"]
    assert ["Putin", "0", "1", "0", "0", "1"] in rows
    assert rows[-1] == ["Total", "1", "1", "3", "0", "5"]
    assert dialog.summary.text() == "5 statements (0 incomplete) in all documents, by every annotator."
    assert dialog.group_by.accessibleName() and dialog.view.accessibleName() and dialog.chart.accessibleName()
    dialog.grab().save(str(tmp_path / "statistics.png"))  # to look at: python -m pytest ... --basetemp DIR
    open_statistics(stats_window, qtbot)
    assert len(stats_window.findChildren(type(dialog))) == 1  # the shortcut brings the one window forward


def test_clicking_a_cell_lists_its_statements_and_enter_shows_one_in_the_article(stats_window, qtbot):
    dialog = open_statistics(stats_window, qtbot)
    view = dialog.view
    index = view.model().index(0, 3)  # Tokajew × opposed
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert dialog.listed_label.text() == "Tokajew · opposed: 2 statements"
    assert [t.split("”")[0] for t in listed(dialog)] == ["“Putin", "“einen versuchten Staatsstreich"]  # reading order
    # Keyboard: the totals cell of the row, then into the list, Enter
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert dialog.listed_label.text() == "Tokajew · every stance: 3 statements"
    dialog.statement_list.setFocus()
    assert [t.split("”")[0] for t in listed(dialog)] == ["“Kasachstan", "“Putin", "“einen versuchten Staatsstreich"]
    dialog.statement_list.setCurrentRow(1)
    qtbot.keyClick(dialog.statement_list, Qt.Key.Key_Return)
    current = stats_window.current_statement()
    assert current is not None and current.quote == "Putin" and current.annotator == "ben"
    assert stats_window.statement_list.current_statement() == current  # the window's list shows it too


def test_a_bar_segment_is_where_the_chart_draws_it_and_clicking_it_lists_its_statements(stats_window, qtbot):
    dialog = open_statistics(stats_window, qtbot)
    chart = dialog.chart
    qtbot.waitUntil(lambda: chart.width() > 200)
    opposed = segment(dialog, "Tokajew", "opposed")
    supportive = segment(dialog, "Tokajew", "supportive")
    assert opposed.count == 2 and supportive.count == 1
    assert abs(opposed.rect.width() - 2 * supportive.rect.width()) < 0.5  # lengths follow the counts
    assert opposed.rect.left() == pytest.approx(supportive.rect.right())  # scheme order: supportive first
    image = chart.grab().toImage()
    colour = QColor(image.pixel(opposed.rect.center().toPoint().x(), int(opposed.rect.top()) + 2))
    assert colour.name() == stats_window.store.find_stance("opposed").colour
    assert chart.segment_at(opposed.rect.center()) == opposed
    assert chart.segment_at(QPoint(2, 2).toPointF()) is None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=supportive.rect.center().toPoint())
    assert dialog.listed_label.text() == "Tokajew · supportive: 1 statement"
    assert listed(dialog)[0].startswith("“Kasachstan” — Tokajew · supportive · ana")
    current = dialog.view.currentIndex()
    assert (current.row(), current.column()) == (0, 1)  # the table shows the same cell
    # The keyboard reaches every segment: arrows move, Enter lists
    chart.setFocus()
    assert chart.focused_segment() == supportive
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.focused_segment() == opposed
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert dialog.listed_label.text() == "Tokajew · opposed: 2 statements"
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Space)
    assert dialog.listed_label.text().endswith(": 1 statement")


def test_the_view_counts_again_when_the_project_changes(stats_window, qtbot):
    dialog = open_statistics(stats_window, qtbot)
    dialog.show_cell(dialog.table.rows[0].key, stats_window.store.find_stance("opposed").id)
    stats_window.activateWindow()  # back to the article, the statistics open beside it
    qtbot.waitUntil(stats_window.isActiveWindow)
    mark(stats_window, qtbot, "Nursultan Nasarbajew", "Tokajew", Qt.Key.Key_3)
    qtbot.waitUntil(lambda: shown_table(dialog)[1] == ["Tokajew", "1", "0", "3", "0", "4"])
    assert dialog.listed_label.text() == "Tokajew · opposed: 3 statements"  # the listed cell follows
    stats_window.project.undo()  # the stance
    stats_window.project.undo()  # the speaker
    stats_window.project.undo()  # the statement
    qtbot.waitUntil(lambda: shown_table(dialog)[1] == ["Tokajew", "1", "0", "2", "0", "3"])
    stats_window.project.run("Rename", lambda s: s.update_speaker(s.find_speaker("Tokajew").id, name="Kassym-Jomart Tokajew"))
    qtbot.waitUntil(lambda: shown_table(dialog)[1][0] == "Kassym-Jomart Tokajew")
    dialog.hide()  # hidden, it does not count; shown again, it does at once
    stats_window.project.run("Rename", lambda s: s.update_speaker(s.find_speaker("Kassym-Jomart Tokajew").id, name="Tokajew"))
    qtbot.wait(2 * REFRESH_MS)
    assert shown_table(dialog)[1][0] == "Kassym-Jomart Tokajew"
    dialog.show()
    assert shown_table(dialog)[1][0] == "Tokajew"


def test_groupings_documents_and_annotators(stats_window, qtbot):
    dialog = open_statistics(stats_window, qtbot)
    store = stats_window.store
    first, second = store.document_ids()
    dialog.group_by.setFocus()
    qtbot.keyClick(dialog.group_by, Qt.Key.Key_Down)  # target × stance
    assert shown_table(dialog)[0][0] == "Target"
    assert shown_table(dialog)[1] == ["(no target)", "1", "1", "3", "0", "5"]
    dialog.set_grouping("annotator")
    assert [r[0] for r in shown_table(dialog)[1:]] == ["ana", "ben", "Total"]
    dialog.set_grouping("document")
    assert [r[0] for r in shown_table(dialog)[1:]] == ["Unruhen in Kasachstan, Januar 2022", "Total"]

    # The annotator menu: one annotator, then both, then all again
    dialog.set_grouping("speaker")
    dialog.annotator_menu.popup(dialog.annotator_button.mapToGlobal(QPoint(0, 0)))  # filled as it opens
    ana = next(a for a in dialog.annotator_menu.actions() if a.text() == "ana")
    ana.trigger()
    assert shown_table(dialog)[-1] == ["Total", "1", "0", "2", "0", "3"]
    assert dialog.annotator_button.text() == "ana"
    dialog.annotator_menu.popup(dialog.annotator_button.mapToGlobal(QPoint(0, 0)))
    assert [a.text() for a in dialog.annotator_menu.actions() if a.isChecked()] == ["ana"]
    ben = next(a for a in dialog.annotator_menu.actions() if a.text() == "ben")
    ben.trigger()
    assert shown_table(dialog)[-1][-1] == "5"
    assert dialog.annotator_button.text() == "ana, ben"
    dialog.annotator_menu.popup(dialog.annotator_button.mapToGlobal(QPoint(0, 0)))
    next(a for a in dialog.annotator_menu.actions() if "All" in a.text()).trigger()
    assert dialog.annotator_button.text() == "All"

    # Documents: the current one follows the main window; chosen ones through the checklist
    dialog.set_documents("current")
    assert shown_table(dialog)[-1][-1] == "5"
    stats_window.documents.open_document(second)
    qtbot.waitUntil(lambda: shown_table(dialog)[-1][-1] == "0")
    assert "the current document" in dialog.summary.text()

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        chooser.check({first})
        chooser.accept()

    QTimer.singleShot(0, answer)
    dialog.choose_documents()
    assert dialog.document_ids() == [first]
    assert shown_table(dialog)[-1][-1] == "5"
    assert "1 chosen document" in dialog.summary.text()
    dialog.set_documents("all")
    assert dialog.document_ids() is None


def test_exports_hold_what_the_view_shows(stats_window, qtbot, tmp_path):
    dialog = open_statistics(stats_window, qtbot)
    store = stats_window.store
    png = dialog.export_png(tmp_path / "chart.png")
    image = QImage(str(png))
    assert image.width() == 900 and image.height() > 100
    layout, _places = dialog.chart.layout_at(900.0)
    for seg in layout:
        centre = seg.rect.center().toPoint()
        assert QColor(image.pixel(centre.x(), int(seg.rect.top()) + 2)).name() == seg.colour
    colours = {s.colour for s in store.stances()}
    assert {s.colour for s in layout} == {store.find_stance(x).colour for x in ("supportive", "neutral", "opposed")}

    svg = dialog.export_svg(tmp_path / "chart.svg")
    root = ET.parse(svg).getroot()
    assert root.get("viewBox") == f"0 0 900 {image.height()}"  # the PNG's size and layout
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Tokajew" in texts and "Putin" in texts and "opposed" in texts
    assert "Statements by speaker and stance (5 statements)" in texts
    fills = {g.get("fill") for g in root.iter("{http://www.w3.org/2000/svg}g")}
    assert {store.find_stance("opposed").colour, store.find_stance("neutral").colour} <= fills
    assert colours & fills

    out = dialog.export_csv(tmp_path / "table")  # the suffix is added
    assert out == tmp_path / "table.csv"
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows == [[str(c) for c in r] for r in shown_table(dialog)][:1] + [
        ["Tokajew", "1", "0", "2", "0", "3"], ["'=cmd|' /C calc'!A0", "0", "0", "1", "0", "1"],
        ["Putin", "0", "1", "0", "0", "1"], ["Total", "1", "1", "3", "0", "5"]]  # fmt: skip
    assert stats_window.statusBar().currentMessage().startswith("Saved ")


def test_the_chart_keeps_to_the_first_rows_of_a_long_table(stats_window, qtbot):
    dialog = open_statistics(stats_window, qtbot)
    store, doc_id = stats_window.store, stats_window.document.id
    text = store.document_text(doc_id)
    words = sorted({w for w in text.split() if w.isalpha() and len(w) > 3})[:70]

    def many(s) -> None:
        for n, word in enumerate(words):
            at = text.index(word)
            s.add_statement(doc_id, at, at + len(word), speaker_id=s.find_or_add_speaker(f"Sprecher {n:02}").id)

    stats_window.project.run("Many speakers", many)
    dialog.refresh()
    assert len(dialog.table.rows) > dialog.chart.MAX_BARS
    assert {s.row for s in dialog.chart.segments()} == set(range(dialog.chart.MAX_BARS))
    image = dialog.chart.image()
    assert image.height() < 32767 and not image.isNull()


def test_closing_the_window_closes_the_statistics(stats_window, qtbot):
    dialog = open_statistics(stats_window, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    stats_window.activateWindow()
    qtbot.waitUntil(stats_window.isActiveWindow)
    dialog = open_statistics(stats_window, qtbot)  # Ctrl+Shift+T again
    assert shown_table(dialog)[-1][-1] == "5"
    assert dialog.statement_list.accessibleName() and dialog.annotator_button.accessibleName()
    stats_window.close()
    assert not dialog.isVisible()
    assert stats_window.store.closed
    assert ANY is not None


def test_a_read_only_project_shows_its_statistics(store, project_path, make_window, qtbot):
    doc_id = store.document_ids()[0]
    add(store, doc_id, "Putin", "Tokajew", "opposed", "ana")
    store.close()
    with Store.open(project_path, read_only=True) as viewer:
        window = make_window(viewer)
        dialog = open_statistics(window, qtbot)
        assert shown_table(dialog)[1] == ["Tokajew", "0", "0", "1", "0", "1"]
        window.close()


def test_restoring_a_backup_counts_again(stats_window, qtbot, project_path):
    from annotations.backups import list_backups, make_backup

    make_backup(project_path, force=True)
    stats_window.project.run("Delete", lambda s: s.delete_statements([st.id for st in s.statements()]))
    dialog = open_statistics(stats_window, qtbot)
    assert shown_table(dialog)[-1][-1] == "0"
    assert stats_window.recovery.restore_backup(choose=list_backups(project_path)[0])
    qtbot.waitUntil(lambda: shown_table(dialog)[-1][-1] == "5")


def test_clicking_a_header_sorts_the_rows_and_the_chart_follows(stats_window, qtbot):
    dialog = open_statistics(stats_window, qtbot)
    header = dialog.view.horizontalHeader()

    def labels() -> list[str]:
        return [r[0] for r in shown_table(dialog)[1:]]

    def bars() -> list[str]:
        return list(dict.fromkeys(dialog.table.rows[s.row].label for s in dialog.chart.segments()))

    formula = "=cmd|' /C calc'!A0"
    assert labels() == ["Tokajew", formula, "Putin", "Total"]  # largest first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    ascending = [formula, "Tokajew", "Putin"]  # by neutral, then by total
    assert labels() in (ascending + ["Total"], ascending[::-1] + ["Total"])
    assert bars() == labels()[:-1]  # the chart draws the rows in the table's order
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(2) + 5, 5))
    assert labels() in (ascending + ["Total"], ascending[::-1] + ["Total"])
    first = labels()
    dialog.refresh()  # counting again keeps the order chosen
    assert labels() == first and bars() == first[:-1]


def test_the_listed_cell_follows_its_row_and_goes_when_the_row_does(stats_window, qtbot):
    dialog = open_statistics(stats_window, qtbot)
    store = stats_window.store
    putin = store.find_speaker("Putin")
    neutral = store.find_stance("neutral").id
    dialog.show_cell(putin.id, neutral)
    assert dialog.listed_label.text() == "Putin · neutral: 1 statement"
    doc_id = stats_window.document.id

    def more_putin(s) -> None:  # Putin becomes the largest row: his row moves to the top
        for quote in ("Kasachstan", "Almaty", "Moskau"):
            add(s, doc_id, quote, "Putin", "neutral", "ana")

    stats_window.project.run("More", more_putin)
    qtbot.waitUntil(lambda: shown_table(dialog)[1][0] == "Putin")
    assert dialog.listed_label.text() == "Putin · neutral: 4 statements"
    current = dialog.view.currentIndex()
    assert (current.row(), current.column()) == (0, 2)
    stats_window.project.run("Delete Putin", lambda s: s.delete_speaker(putin.id))
    qtbot.waitUntil(lambda: "Putin" not in [r[0] for r in shown_table(dialog)])
    assert dialog.statement_list.count() == 0 and dialog.listed_label.text().startswith("Choose a cell")

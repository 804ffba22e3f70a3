"""File > Export from the window."""

from PySide6.QtCore import Qt

from desktop.dialogs.export import ExportDialog
from tests.conftest import mark


def test_export_dialog_writes_the_chosen_format(window, qtbot, tmp_path):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    labels = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert labels == ["md", "html", "pdf", "csv", "json", "qdpx", "qdc"]
    dialog.format.setCurrentIndex(labels.index("csv"))
    assert dialog.path.text().endswith("work.csv") and dialog.bom.isEnabled() and not dialog.group.isEnabled()
    dialog.path.setText(str(tmp_path / "out.csv"))
    assert dialog.run()
    assert "einen versuchten Staatsstreich" in (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert window.statusBar().currentMessage() == f"Exported to {tmp_path / 'out.csv'}"


def test_pdf_from_the_window(window, qtbot, tmp_path):
    mark(window, qtbot, "einen versuchten Staatsstreich", "Tokajew", Qt.Key.Key_3)
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.path.setText(str(tmp_path / "handout.pdf"))
    assert dialog.run()
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")


def test_every_field_of_the_export_dialog_has_its_alt_key(window, qtbot):
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for key, field in ((Qt.Key.Key_S, dialog.path), (Qt.Key.Key_F, dialog.format), (Qt.Key.Key_I, dialog.scope)):
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
        assert field.hasFocus()

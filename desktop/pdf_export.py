"""PDF handouts through Qt's own PDF writer: the HTML handout, laid out by QTextDocument."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from annotations.errors import StandpointError
from annotations.safe_files import publish, temporary_beside
from annotations.store import Store


def export_pdf(store: Store, out_path: str | Path, *, document_ids=None, progress=None, group_by: str = "order",
               **_options) -> Path:
    """Write the handout of the given documents (all by default) as an A4 PDF.

    The file appears whole or not at all: it is written next to the target and moved into place.
    """
    from annotations.exporters.html import handout_html

    if QApplication.instance() is None:  # the command line: Qt's text layout needs an application
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([])
    out_path = Path(out_path)
    html = handout_html(store, document_ids, qt_subset=True, group_by=group_by)
    if progress is not None and progress(1, 3) is False:
        raise StandpointError(QCoreApplication.translate("Export", "Export cancelled; nothing was written."))
    tmp = temporary_beside(out_path)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle(store.document(document_ids[0]).title if document_ids else store.path.stem)
        writer.setCreator("Standpoint")
        doc = QTextDocument()
        doc.setDefaultFont(QFont("DejaVu Serif", 11))
        doc.setHtml(html)
        # No page size here: print_() then lays the text out for the writer's own page and resolution.
        if progress is not None and progress(2, 3) is False:
            raise StandpointError(QCoreApplication.translate("Export", "Export cancelled; nothing was written."))
        doc.print_(writer)
        del writer  # closes the file
        publish(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(3, 3)
    return out_path

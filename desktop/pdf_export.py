"""PDF through Qt's own PDF writer: the HTML handout (and worksheets), laid out by QTextDocument."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextFormat, QTextTable
from PySide6.QtWidgets import QApplication

from annotations.errors import StandpointError
from annotations.safe_files import publish, temporary_beside
from annotations.store import Store

from .fonts import reading_font


def write_pdf(html: str, path: Path, title: str, progress=None, whole_tables: bool = False) -> None:
    """Lay out a page of Qt-subset HTML on A4 and write it to path (written in place: callers use a temporary file).

    whole_tables: a table that fits on a page starts on a new one rather than run over the page's end.
    """
    if QApplication.instance() is None:  # the command line: Qt's text layout needs an application
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Standpoint")
    doc = QTextDocument()
    doc.setDefaultFont(reading_font(11))  # a list of families: Arabic, Thai, CJK, emoji find a face
    doc.setHtml(html)
    if whole_tables:
        _paginate(doc, writer)
    # Without whole_tables, no page size here: print_() then lays the text out for the writer's own page and resolution.
    if progress is not None and progress(2, 3) is False:
        raise StandpointError(QCoreApplication.translate("Export", "Export cancelled; nothing was written."))
    doc.print_(writer)
    del writer  # closes the file


def _paginate(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Lay the document out for the writer's pages as print_() would, then move every table that a page
    break would cut to the next page. Qt splits a table row between its lines and knows no CSS
    `break-inside`; a page break before a whole table it does honour."""
    doc.documentLayout().setPaintDevice(writer)
    # The 2 cm print_() gives a document it paginates itself, in the layout's 96-dpi units (it scales them).
    margin = 2 / 2.54 * 96
    scale = writer.logicalDpiY() / 96
    root = doc.rootFrame().frameFormat()
    root.setMargin(margin)
    doc.rootFrame().setFrameFormat(root)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        box = layout.frameBoundingRect(frame)  # asked afresh each time: a table moved moves the rest
        if box.height() < page - 2 * margin * scale and int(box.top() // page) != int((box.bottom() - 1) // page):
            fmt = frame.frameFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFrameFormat(fmt)


def export_pdf(store: Store, out_path: str | Path, *, document_ids=None, progress=None, group_by: str = "order",
               **_options) -> Path:
    """Write the handout of the given documents (all by default) as an A4 PDF.

    The file appears whole or not at all: it is written next to the target and moved into place.
    """
    from annotations.exporters.html import handout_html

    out_path = Path(out_path)
    html = handout_html(store, document_ids, qt_subset=True, group_by=group_by)
    if progress is not None and progress(1, 3) is False:
        raise StandpointError(QCoreApplication.translate("Export", "Export cancelled; nothing was written."))
    tmp = temporary_beside(out_path)
    try:
        title = store.document(document_ids[0]).title if document_ids else store.path.stem
        write_pdf(html, tmp, title, progress)
        publish(tmp, out_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(3, 3)
    return out_path

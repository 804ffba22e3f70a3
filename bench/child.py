"""A fresh process for start-up and memory figures: `bare` (a bare Qt window), `article PROJECT` (our
article view alone in a window, showing the project's first document: no panel, menus or docks),
or `app PROJECT`.

Prints `painted <seconds since the interpreter started>` at the first paint, and with --scroll also
`scrolled <s>` after scrolling to the middle, and `rss <MB>` (peak resident memory).
"""

import os
import sys
import time

STARTED = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QEvent, QObject, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit  # noqa: E402


def peak_rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


class FirstPaint(QObject):
    def __init__(self, app, after):
        super().__init__()
        self.app, self.after, self.seen = app, after, False

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"painted {time.perf_counter() - STARTED:.4f}", flush=True)
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.after)
        return False


def main() -> None:
    mode = sys.argv[1]
    scroll = "--scroll" in sys.argv
    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
        if len(sys.argv) > 2 and not sys.argv[2].startswith("--"):
            view = QPlainTextEdit()
            view.setReadOnly(True)
            with open(sys.argv[2], encoding="utf-8") as fh:
                view.setPlainText(fh.read())
            window.setCentralWidget(view)
            target = view
        else:
            target = None
    elif mode == "article":
        from annotations.store import Store
        from desktop.highlights import Palette
        from desktop.reader import ArticleView

        store = Store.open(sys.argv[2], backup=False)
        window = QMainWindow()
        target = ArticleView()
        doc = store.document(store.document_ids()[0])
        target.show_document(doc, store.statement_columns(doc.id), Palette({}))
        window.setCentralWidget(target)
    else:
        import tempfile

        from annotations.store import Store
        from desktop.app import make_application
        from desktop.main_window import MainWindow

        make_application()
        store = Store.open(sys.argv[2], backup=False)
        settings = QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings=settings)
        target = window.reader

    def after():
        try:
            report()
        finally:
            app.quit()

    def report():
        if scroll and target is not None:
            t = time.perf_counter()
            bar = target.verticalScrollBar()
            bar.setValue(bar.maximum() // 2)
            target.viewport().repaint()
            print(f"scrolled {time.perf_counter() - t:.4f}", flush=True)
        print(f"rss {peak_rss_mb():.1f}", flush=True)

    window.resize(1280, 800)
    watcher = FirstPaint(app, after)
    (target.viewport() if target is not None else window).installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()

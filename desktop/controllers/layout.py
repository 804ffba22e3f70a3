"""The window's layout: geometry, splitters and zoom remembered between sessions; the side docks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from ..main_window import MainWindow


SIDE_PANEL_MIN_WIDTH = 190  # below its contents' width: in a small window the panel gives way, not the article


class LayoutController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.w = window
        # The panel's contents (stance buttons, the first-use bar) would otherwise hold it at ~420 px,
        # and a 640 px window would leave the article some 30 characters a line.
        panel = window.splitter.widget(1)
        assert panel is not None, "the window lays out the article and the panel first"
        panel.setMinimumWidth(SIDE_PANEL_MIN_WIDTH)
        window.splitter.setCollapsible(1, True)  # dragged fully aside, the article has the window
        window.path_label.setMinimumWidth(60)  # the path gives way in the status bar (its tooltip has it whole)

    def restore(self) -> None:
        w, settings = self.w, self.w.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            w.restoreGeometry(geometry)
        else:
            w.resize(1280, 800)
        for key, splitter in (("window/splitter", w.splitter), ("window/side_splitter", w.side_splitter)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)
            elif splitter is w.splitter:
                splitter.setSizes([760, 520])
        zoom = int(str(settings.value("reader/zoom", 0)))
        if zoom:
            w.reader.zoom(zoom)

    def save(self) -> None:
        w, settings = self.w, self.w.settings
        settings.setValue("window/geometry", w.saveGeometry())
        settings.setValue("window/splitter", w.splitter.saveState())
        settings.setValue("window/side_splitter", w.side_splitter.saveState())
        settings.setValue("reader/zoom", w.reader.zoom_steps)
        settings.sync()

    def show_search(self) -> None:
        w = self.w
        opening = not w.search_dock.isVisible()
        w.search_dock.show()
        w.search_dock.raise_()
        if opening and w.library_dock.isVisible() and not w.library_dock.isFloating():
            # Both docks share the left side: results need the room more than the document list.
            w.resizeDocks([w.library_dock, w.search_dock], [1, 3], Qt.Orientation.Vertical)
        w.search.query.setFocus()
        w.search.query.selectAll()

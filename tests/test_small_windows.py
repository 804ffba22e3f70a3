"""A small window keeps the article readable: the side panel gives way first."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from desktop.reader import MIN_READING_CHARS


def chars_per_line(reader) -> float:
    text_width = reader.viewport().width() - 2 * reader.document().documentMargin()
    return text_width / QFontMetricsF(reader.font()).averageCharWidth()


@pytest.mark.parametrize("size", [(800, 600), (640, 480)])
def test_the_article_keeps_forty_characters_a_line_in_a_small_window(window, qtbot, size):
    window.splitter.setSizes([300, 700])  # a wide panel, as a larger screen left it
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() <= size[0])
    assert chars_per_line(window.reader) >= MIN_READING_CHARS - 0.5
    panel = window.splitter.widget(1)
    assert panel.width() > 0 and window.editor.isVisibleTo(window)  # the panel narrows; it is not gone
    assert window.width() == size[0]


def test_zooming_in_keeps_the_minimum_in_characters(window, qtbot):
    window.resize(800, 600)
    window.reader.zoom(3)
    qtbot.waitUntil(lambda: chars_per_line(window.reader) >= MIN_READING_CHARS - 0.5)


def test_narrow_stance_buttons_keep_their_keys(window, qtbot):
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.width() == 640)
    for button in window.editor.stance_buttons.buttons():
        assert button.text()[0] == button.full_text[0]
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()

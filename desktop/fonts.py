"""The reading font: a list of families, so that every script in an article finds a face that has it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

SERIF_FAMILIES = ("Noto Serif", "Source Serif 4", "Source Serif Pro", "Georgia", "Charter", "DejaVu Serif", "Liberation Serif")
# Faces for the scripts the Latin serifs lack, tried in this order before the system's own fallback
# (fontconfig, Core Text, DirectWrite), which takes over for anything still missing. On Debian they come
# with fonts-noto-cjk, fonts-noto-core, fonts-noto-extra and fonts-noto-color-emoji (README, "Fonts").
SCRIPT_FAMILIES = (
    "Noto Naskh Arabic", "Noto Serif Hebrew", "Noto Serif Devanagari", "Noto Serif Bengali", "Noto Serif Thai",
    "Noto Serif Lao", "Noto Serif Khmer", "Noto Serif Myanmar", "Noto Serif CJK SC", "Noto Serif CJK JP",
    "Noto Sans Arabic", "Noto Sans Devanagari", "Noto Sans Thai", "Noto Sans CJK SC", "DejaVu Sans",
    "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji",
)  # fmt: skip


def reading_families() -> list[str]:
    """The installed reading families, Latin serifs first, then faces for other scripts and emoji."""
    installed = set(QFontDatabase.families())
    return [f for f in (*SERIF_FAMILIES, *SCRIPT_FAMILIES) if f in installed]


def reading_font(point_size: float = 12.5) -> QFont:
    """The article's font: never a single face, and a serif by style hint when none of the list is installed."""
    font = QFont()
    families = reading_families()
    if families:
        font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font

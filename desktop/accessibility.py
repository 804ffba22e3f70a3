"""What a screen reader hears of statements: each row of the list, and which statement the article's cursor is in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from annotations.model import Statement

from .commands import excerpt
from .reader import ArticleView
from .statements import ANNOTATOR_COLUMN, StatementListModel

translate = QCoreApplication.translate  # called with literal texts, so pyside6-lupdate finds them


def _speaker(name: str | None) -> str:
    return translate("Accessibility", "speaker {name}").format(name=name) if name else translate("Accessibility", "speaker missing")


def _stance(label: str | None) -> str:
    return translate("Accessibility", "stance {label}").format(label=label) if label else translate("Accessibility", "stance missing")


def statement_text(st: Statement, column: int, speaker: str | None, stance: str | None) -> str:
    """A list cell as heard: the quote's cell says the whole row, so that moving down the list reads each
    statement with what it lacks; the other cells say their value with what it is."""
    if column == 1:
        return _speaker(speaker)
    if column == 2:
        return _stance(stance)
    if column == ANNOTATOR_COLUMN:
        return translate("Accessibility", "annotator {name}").format(name=st.annotator) if st.annotator else translate("Accessibility", "annotator unknown")
    parts = [translate("Accessibility", "“{quote}”").format(quote=excerpt(st.quote, 80)), _speaker(speaker), _stance(stance)]
    if not st.anchored:
        parts.append(translate("Accessibility", "not found in the document's text"))
    return ", ".join(parts)


class CursorAnnouncer(QObject):
    """Keeps the article's accessible description on the statement the text cursor is in:
    “In statement 3 of 12: Putin, opposed”, or nothing outside statements."""

    def __init__(self, reader: ArticleView, model: StatementListModel):
        super().__init__(reader)
        self.reader, self.model = reader, model
        reader.cursorPositionChanged.connect(self.update)
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)

    def update(self) -> None:
        self.reader.setAccessibleDescription(self.description())

    def description(self) -> str:
        reader, model = self.reader, self.model
        if reader.document_model is None:
            return ""
        position = reader.map.to_codepoint(reader.textCursor().position())
        ids = reader.statements_at(position)
        if not ids:
            return ""
        # Where statements overlap, the one picked in the panel, else the most specific.
        chosen = reader.current_id if reader.current_id in ids else ids[0]
        row = model.row_of(chosen)
        st = model.statement_at(row) if row is not None else None
        if row is None or st is None:  # hidden by the filter or the layer: still say the cursor is in one
            return translate("Accessibility", "In a statement not shown in the list")
        speaker = model.speaker_names.get(st.speaker_id) or translate("Accessibility", "speaker missing")
        stance = model.stance_labels.get(st.stance_id) or translate("Accessibility", "stance missing")
        return translate("Accessibility", "In statement {n} of {total}: {speaker}, {stance}").format(
            n=row + 1, total=model.rowCount(), speaker=speaker, stance=stance)  # fmt: skip

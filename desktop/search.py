"""The search pane: words and filters across the project; a result opens where it was found."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from annotations.model import MODES
from annotations.search import Filters, Hit, search
from annotations.store import Store

from .i18n import mode_name
from .project import Project

TYPING_PAUSE_MS = 200


class SearchPane(QWidget):
    hitChosen = Signal(object)  # Hit

    def __init__(self, project: Project, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.hits: list[Hit] = []
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search quotes, notes and article text…"))
        self.query.setClearButtonEnabled(True)
        self.speaker, self.stance, self.target = QComboBox(), QComboBox(), QComboBox()
        self.mode, self.document = QComboBox(), QComboBox()
        self.results = QListWidget()
        self.query.setAccessibleName(self.tr("Search the project"))
        self.results.setAccessibleName(self.tr("Search results"))
        names = (self.tr("Only statements of speaker"), self.tr("Only statements of stance"),
                 self.tr("Only statements about target"), self.tr("Only statements in mode"),
                 self.tr("Only in document"))  # fmt: skip
        for combo, name in zip((self.speaker, self.stance, self.target, self.mode, self.document), names):
            combo.setAccessibleName(name)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.summary = QLabel()
        self.timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.run)
        for combo in (self.speaker, self.stance, self.target, self.mode, self.document):
            combo.activated.connect(lambda _i: self.run())
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.addWidget(self.query, 0, 0, 1, 4)
        for col, (label, combo) in enumerate(((self.tr("Speaker"), self.speaker), (self.tr("Stance"), self.stance))):
            grid.addWidget(QLabel(label), 1, col * 2)
            grid.addWidget(combo, 1, col * 2 + 1)
        for col, (label, combo) in enumerate(((self.tr("Target"), self.target), (self.tr("Mode"), self.mode))):
            grid.addWidget(QLabel(label), 2, col * 2)
            grid.addWidget(combo, 2, col * 2 + 1)
        grid.addWidget(QLabel(self.tr("Document")), 3, 0)
        grid.addWidget(self.document, 3, 1, 1, 3)
        grid.addWidget(self.results, 4, 0, 1, 4)
        grid.addWidget(self.summary, 5, 0, 1, 4)
        self.reload_filters()

    @property
    def store(self) -> Store:
        return self.project.store  # the project may reopen its file (a restored backup)

    def reload_filters(self) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("any"), None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

        fill(self.speaker, [(s.name, s.id) for s in self.store.speakers()])
        fill(self.stance, [(s.label, s.id) for s in self.store.stances()])
        fill(self.target, [(t.name, t.id) for t in self.store.targets()])
        fill(self.mode, [(mode_name(m), m) for m in MODES])
        fill(self.document, [(title, i) for i, title in self.store.document_titles()])

    def filters(self) -> Filters:
        return Filters(self.speaker.currentData(), self.stance.currentData(), self.target.currentData(),
                       self.mode.currentData(), self.document.currentData())  # fmt: skip

    def run(self) -> None:
        self.timer.stop()
        try:
            self.hits = search(self.store, self.query.text(), self.filters())
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a damaged index or text: say so, stay usable
            self.hits = []
            self.results.clear()
            self.summary.setText(self.tr("The project's search index cannot be read ({problem}). File > Restore Backup"
                                         " puts an earlier state back.").format(problem=exc))  # fmt: skip
            return
        titles = dict(self.store.document_titles())
        speakers: dict[int | None, str] = {s.id: s.name for s in self.store.speakers()}
        self.results.clear()
        for hit in self.hits:
            if hit.kind == "statement" and hit.statement_id is not None:
                st = self.store.statement(hit.statement_id)
                who = speakers.get(st.speaker_id, self.tr("no speaker"))
                text = f"“{hit.snippet}” — {who}"
            else:
                text = hit.snippet
            item = QListWidgetItem(f"{text}\n{titles.get(hit.document_id, '')}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        statements = sum(h.kind == "statement" for h in self.hits)
        found = self.tr("%n statement(s)", "", statements) + ", " + self.tr("%n passage(s) of text", "", len(self.hits) - statements)
        self.summary.setText(found if self.hits else (self.tr("Nothing found.") if self.query.text().strip() else ""))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.hitChosen.emit(item.data(Qt.ItemDataRole.UserRole))

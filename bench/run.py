"""Standpoint's benchmark: each figure beside a floor measured in the same run, and its target.

python bench/run.py [--quick] [--json PATH]

Floors are the raw tools doing the least possible work: a bare Qt window, a QPlainTextEdit given
the same text, plain sqlite3, the csv and json modules over the same rows, zipfile over the same
bytes, lxml parsing the same XML, one regular expression over the words of a text. Timings are medians.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.inputs import build_corpus, build_project, build_statistics_corpus, long_text  # noqa: E402


@dataclass
class Row:
    figure: str
    value: float
    floor: float | None
    unit: str
    target: str
    ok: bool

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.99) - 1)]


def child(*args: str) -> dict[str, float]:
    """Run bench/child.py; wall time to first paint measured here, from before the process starts."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "child.py"), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT)  # fmt: skip
    out: dict[str, float] = {}
    for line in proc.stdout:
        key, value = line.split()
        if key == "painted":
            out["wall"] = time.perf_counter() - t
        out[key] = float(value)
    proc.wait(timeout=120)
    return out


class Bench:
    def __init__(self, quick: bool, tmp: Path):
        self.quick, self.tmp = quick, tmp
        self.repeats = 3 if quick else 7
        self.rows: list[Row] = []

    def add(self, figure, value, floor, unit, target, ok) -> None:
        self.rows.append(Row(figure, value, floor, unit, target, bool(ok)))

    # -- start-up ----------------------------------------------------------------------------------

    def startup(self) -> None:
        from annotations.importing import import_file
        from annotations.projects import SAMPLE_ARTICLE, SAMPLE_TITLE
        from annotations.store import Store

        project = self.tmp / "sample.standpoint"
        with Store.open(project, backup=False) as store:
            import_file(store, SAMPLE_ARTICLE, title=SAMPLE_TITLE)
        bare = statistics.median(child("bare")["wall"] for _ in range(self.repeats))
        app = statistics.median(child("app", str(project))["wall"] for _ in range(self.repeats))
        self.add("start to first paint, sample", app, bare, "s", "≤ 1.5× bare window", app <= 1.5 * bare)
        # How far the bare window is from any window that shows the sample: our article view and
        # the store alone, with no side panel, menus or docks.
        article = statistics.median(child("article", str(project))["wall"] for _ in range(self.repeats))
        self.add("  the article view alone, sample", article, bare, "s", "(context)", True)

    # -- opening long documents ---------------------------------------------------------------------------

    def open_documents(self) -> None:
        from PySide6.QtWidgets import QPlainTextEdit

        from annotations.model import Document
        from annotations.store.columns import StatementColumns
        from desktop.highlights import Palette
        from desktop.reader import ArticleView

        size = 100_000 if self.quick else 1_000_000
        text = long_text(size)
        doc = Document(1, "Benchmark", text)
        raw, view = QPlainTextEdit(), ArticleView()
        for w in (raw, view):
            w.resize(900, 700)
            w.show()

        def floor():
            raw.setPlainText(text)
            raw.viewport().repaint()

        def ours():
            view.show_document(doc, StatementColumns(), Palette({}))
            view.viewport().repaint()

        f, o = median_time(floor, self.repeats), median_time(ours, self.repeats)
        label = "100 KB" if self.quick else "1 MB"
        self.add(f"open a {label} document", o, f, "s", "≤ 1.5× QPlainTextEdit", o <= 1.5 * f)
        raw.close()
        view.close()

        if self.quick:
            return
        big = self.tmp / "10mb.txt"
        big.write_text(long_text(10_000_000), encoding="utf-8")
        project = self.tmp / "10mb.standpoint"
        build_project(project, big.read_text(encoding="utf-8"), 0)
        floor_run = child("bare", str(big), "--scroll")
        app_run = child("app", str(project), "--scroll")
        opened = app_run["wall"] + app_run.get("scrolled", 0)
        self.add("open a 10 MB document and scroll to its middle", opened,
                 floor_run["wall"] + floor_run.get("scrolled", 0), "s", "< 1 s", opened < 1.0)  # fmt: skip
        self.add("peak memory with a 10 MB document", app_run["rss"], floor_run["rss"], "MB", "< 300 MB",
                 app_run["rss"] < 300)  # fmt: skip

    # -- many statements ----------------------------------------------------------------------------------

    def full_check(self, project: Path, count: int) -> None:
        """What opening a changed project costs before its backup: every page, every text, the indexes."""
        from annotations.opening import full_check

        def quick() -> None:
            conn = sqlite3.connect(project)
            conn.execute("PRAGMA quick_check").fetchone()
            conn.close()

        f, o = median_time(quick, self.repeats), median_time(lambda: full_check(project), self.repeats)
        self.add(f"full check before a backup, {count:,} statements", o, f, "s", "< 1 s", o < 1.0)

    def many_statements(self) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QPlainTextEdit

        from annotations.store import Store
        from desktop.main_window import MainWindow

        count = 10_000 if self.quick else 100_000
        text = long_text(100_000 if self.quick else 1_000_000)
        project = self.tmp / f"{count}.standpoint"
        doc_id = build_project(project, text, count)
        self.full_check(project, count)
        settings = QSettings(str(self.tmp / "s.ini"), QSettings.Format.IniFormat)

        def open_window() -> tuple[float, MainWindow, Store]:
            store = Store.open(project, backup=False)
            t = time.perf_counter()
            window = MainWindow(store, settings=settings)
            window.resize(1280, 800)
            window.show()
            QApplication.processEvents()
            window.reader.viewport().repaint()
            return time.perf_counter() - t, window, store

        def floor_open() -> float:
            # The least that shows the same: plain sqlite3 fetching the rows the window reads, a bare
            # QPlainTextEdit showing the text.
            t = time.perf_counter()
            conn = sqlite3.connect(project)
            conn.execute('SELECT id, start, "end", speaker_id, stance_id, annotator, anchored FROM statements'
                         ' WHERE document_id = ? ORDER BY start, "end", id', (doc_id,)).fetchall()  # fmt: skip
            text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            conn.close()
            view = QPlainTextEdit()
            view.resize(1280, 800)
            view.setPlainText(text)
            view.show()
            QApplication.processEvents()
            view.viewport().repaint()
            took = time.perf_counter() - t
            view.close()
            return took

        opens = []
        for _ in range(2):  # a median of three opens: one alone swings by half on a shared machine
            took, window, store = open_window()
            opens.append(took)
            window.close()
            store.close()
            QApplication.processEvents()
        took, window, store = open_window()
        opened = statistics.median([*opens, took])
        floor = statistics.median(floor_open() for _ in range(3))
        self.add(f"open a document with {count:,} statements", opened, floor, "s", "< 300 ms", opened < 0.3)

        reader = window.reader

        def draw_visible():
            reader.painter.reset()
            reader.viewport().repaint()

        shown = median_time(draw_visible, self.repeats)
        self.add(f"highlights on screen, {count:,} statements", shown, None, "s", "< 0.2 s", shown < 0.2)
        bar = reader.verticalScrollBar()
        steps = []
        for i in range(30):
            t = time.perf_counter()
            bar.setValue(int(bar.maximum() * (i + 1) / 31))
            reader.viewport().repaint()
            steps.append(time.perf_counter() - t)
        self.add(f"scroll a page and draw, {count:,} statements (p99)", p99(steps), None, "s", "< 0.2 s",
                 p99(steps) < 0.2)  # fmt: skip

        floor_conn = sqlite3.connect(self.tmp / "floor.db", isolation_level=None)
        floor_conn.execute("PRAGMA journal_mode = WAL")
        floor_conn.execute("PRAGMA synchronous = FULL")
        floor_conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, a INTEGER, b INTEGER, q TEXT)")
        creates, floors = [], []
        n = 50 if self.quick else 200
        for i in range(n):
            start = (i * 4099) % (len(text) - 100)
            reader.select_span(start, start + 40)  # the reader's selection, on screen
            reader.viewport().repaint()
            t = time.perf_counter()
            window.statements.mark_selection()  # store, list model, highlight ...
            reader.viewport().repaint()  # ... and drawn
            creates.append(time.perf_counter() - t)
            t = time.perf_counter()
            floor_conn.execute("INSERT INTO t(a, b, q) VALUES (?, ?, ?)", (start, start + 40, text[start : start + 40]))
            floors.append(time.perf_counter() - t)
        self.add(f"create one statement among {count:,} (p99)", p99(creates), p99(floors), "s", "< 16 ms",
                 p99(creates) < 0.016)  # fmt: skip

        # The reader clicks into the filter (or presses Ctrl+F) first; that readies its search text.
        t = time.perf_counter()
        window.activateWindow()
        window.filter.setFocus()
        QApplication.processEvents()
        self.add(f"focus the filter, {count:,} statements (once)", time.perf_counter() - t, None, "s", "(context)", True)
        typed, floor_times = [], []
        quotes = [s.quote.casefold() for s in window.list_model.statements()]
        for prefix in ("s", "sa", "sag", "sagt", "sagte", ""):
            t = time.perf_counter()
            window.filter.setText(prefix)
            QApplication.processEvents()
            typed.append(time.perf_counter() - t)
            t = time.perf_counter()
            [q for q in quotes if prefix in q]
            floor_times.append(time.perf_counter() - t)
        self.add(f"filter the side panel, {count:,} statements (per keystroke, max)", max(typed), max(floor_times),
                 "s", "< 50 ms", max(typed) < 0.05)  # fmt: skip
        switches = []
        for layer in (frozenset({""}), frozenset({window.annotator}), None):  # the built rows name no annotator
            t = time.perf_counter()
            window.layer_button.set_shown(layer)
            reader.viewport().repaint()
            switches.append(time.perf_counter() - t)
        self.add(f"switch the annotator layer, {count:,} statements (max)", max(switches), None, "s", "< 0.3 s",
                 max(switches) < 0.3)  # fmt: skip
        window.close()
        store.close()
        self.exports(project)

    # -- a team's corpus ------------------------------------------------------------------------------

    def corpus(self) -> None:
        """A corpus of 2,000 articles and 200,000 statements by 4 annotators (issue 11, "Corpus scale"): open it
        and show the library, switch between its documents, search it."""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication, QListWidget

        from annotations.search import search
        from annotations.store import Store
        from desktop.main_window import MainWindow

        documents, count = (100, 10_000) if self.quick else (2_000, 200_000)
        project = self.tmp / "team.standpoint"
        build_corpus(project, documents, count)
        corpus = f"{documents:,} documents, {count:,} statements"
        settings = QSettings(str(self.tmp / "corpus.ini"), QSettings.Format.IniFormat)

        def floor_library():
            # The least that shows the library: plain sqlite3 reading titles and counts, a bare list showing them.
            conn = sqlite3.connect(project)
            rows = conn.execute("SELECT d.id, d.title, count(s.id) FROM documents d LEFT JOIN statements s"
                                " ON s.document_id = d.id GROUP BY d.id ORDER BY d.position").fetchall()  # fmt: skip
            conn.close()
            view = QListWidget()
            view.addItems([f"{title}\n{n} statements" for _, title, n in rows])
            view.show()
            QApplication.processEvents()
            view.close()

        def open_project():
            store = Store.open(project, backup=False)
            window = MainWindow(store, settings=settings)
            window.resize(1280, 800)
            window.show()
            QApplication.processEvents()
            window.library.view.viewport().repaint()
            window.close()
            store.close()

        f = median_time(floor_library, self.repeats)
        o = median_time(open_project, self.repeats)
        self.add(f"open the project, library shown, {corpus}", o, f, "s", "< 1 s", o < 1.0)

        store = Store.open(project, backup=False)
        window = MainWindow(store, settings=settings)
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        ids = store.document_ids()
        chosen = [ids[(i * 7919) % len(ids)] for i in range(1, 2 * self.repeats + 2)]
        switches = []
        for document_id in chosen:
            t = time.perf_counter()
            window.documents.open_document(document_id)
            QApplication.processEvents()
            window.reader.viewport().repaint()
            switches.append(time.perf_counter() - t)
        per = count // documents
        o = statistics.median(switches)
        self.add(f"switch documents (~{per} statements each), {corpus}", o, None, "s", "< 100 ms", o < 0.1)

        queries = ("Kasachstan", "Tokajew", "Soldaten", "militärische Ausrüstung", "Sicherheitskr", "Präsident")

        def floor_search(q: str) -> None:
            conn = sqlite3.connect(project)
            match = " ".join(f'"{w}"*' for w in q.split())
            conn.execute("SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT 500", (match,)).fetchall()
            conn.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (match,)).fetchall()
            conn.close()

        floors = [median_time(lambda q=q: floor_search(q), self.repeats) for q in queries]
        found = [median_time(lambda q=q: search(store, q), self.repeats) for q in queries]
        self.add(f"full-text search per query (max of {len(queries)}), {corpus}", max(found), max(floors), "s",
                 "< 100 ms", max(found) < 0.1)  # fmt: skip

        def in_pane(q: str) -> None:
            window.search.query.setText(q)
            window.search.run()
            QApplication.processEvents()

        shown = [median_time(lambda q=q: in_pane(q), self.repeats) for q in queries]
        self.add(f"  search in the pane, results listed (max), {corpus}", max(shown), max(floors), "s", "< 100 ms",
                 max(shown) < 0.1)  # fmt: skip
        window.close()
        store.close()

    # -- export and import ---------------------------------------------------------------------------

    def exports(self, project: Path) -> None:
        from annotations.exporters import export
        from annotations.store import Store

        store = Store.open(project, backup=False)
        count = store.count_statements()[0]
        columns = 'id, document, start, "end", quote, speaker, stance, target, mode, note, annotator, created, updated'

        def raw_rows():
            return store.db.conn.execute(f"SELECT {columns} FROM statement_view").fetchall()

        def floor_csv():
            buf = io.StringIO()
            csv.writer(buf).writerows(raw_rows())
            (self.tmp / "floor.csv").write_text(buf.getvalue(), encoding="utf-8")

        def floor_json():
            keys = [c.strip().strip('"') for c in columns.split(",")]
            rows = [dict(zip(keys, r)) for r in raw_rows()]
            (self.tmp / "floor.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")

        def floor_text():
            (self.tmp / "floor.md").write_text("".join(f"> {r[4]}\n\n{r[5]} · {r[6]}\n\n" for r in raw_rows()),
                                               encoding="utf-8")  # fmt: skip

        for fmt, floor, factor in (("csv", floor_csv, 2), ("json", floor_json, 2), ("md", floor_text, 3),
                                   ("html", floor_text, 3)):  # fmt: skip
            f = median_time(floor, self.repeats)
            o = median_time(lambda fmt=fmt: export(store, fmt, self.tmp / f"out.{fmt}"), self.repeats)
            self.add(f"export {count:,} statements as {fmt}", o, f, "s", f"≤ {factor}× raw writer", o <= factor * f)
        self.refi(store, count)
        store.close()

        text = long_text(100_000 if self.quick else 1_000_000)
        article = self.tmp / "article.txt"
        article.write_text(text, encoding="utf-8")

        def floor_import():
            conn = sqlite3.connect(self.tmp / "floor-import.db")
            conn.execute("CREATE TABLE IF NOT EXISTS d(t TEXT)")
            with conn:
                conn.execute("INSERT INTO d VALUES (?)", (article.read_bytes().decode("utf-8"),))
            conn.close()

        def ours():
            from annotations.importing import import_file

            with Store.open(self.tmp / "import.standpoint", backup=False) as s:
                import_file(s, article)

        f, o = median_time(floor_import, self.repeats), median_time(ours, self.repeats)
        label = "100 KB" if self.quick else "1 MB"
        self.add(f"import {label} of text", o, f, "s", "< 0.5 s", o < 0.5)


    def refi(self, store, count: int) -> None:
        """REFI-QDA out and back in; floors: zipping the bytes the export holds, parsing its XML."""
        import zipfile

        from annotations.exporters import export
        from annotations.importing import import_paths
        from annotations.store import Store

        out = self.tmp / "out.qdpx"
        o = median_time(lambda: export(store, "qdpx", out), self.repeats)
        with zipfile.ZipFile(out) as z:
            members = {i.filename: z.read(i) for i in z.infolist()}

        def floor_zip():
            with zipfile.ZipFile(self.tmp / "floor.zip", "w", zipfile.ZIP_DEFLATED) as z:
                for name, data in members.items():
                    z.writestr(name, data)

        f = median_time(floor_zip, self.repeats)
        self.add(f"export {count:,} statements as qdpx", o, f, "s", "≤ 3.5× zipping", o <= 3.5 * f)

        try:
            from lxml import etree

            def parse(data: bytes) -> object:
                return etree.fromstring(data, etree.XMLParser(huge_tree=True))
        except ImportError:
            import xml.etree.ElementTree as ET

            parse = ET.fromstring

        def floor_parse():
            with zipfile.ZipFile(out) as z:
                parse(z.read("project.qde"))

        runs = iter(range(self.repeats))

        def ours():
            with Store.open(self.tmp / f"qdpx-{next(runs)}.standpoint", backup=False) as s:
                [result] = import_paths(s, [out]).files
                assert result.ok and len(result.documents) == 1, result.error

        f = median_time(floor_parse, self.repeats)
        o = median_time(ours, self.repeats)
        self.add(f"import {count:,} statements from qdpx", o, f, "s", "≤ 8× XML parse", o <= 8 * f)

    # -- statistics over a corpus ----------------------------------------------------------------------

    def statistics(self) -> None:
        """Statistics over a corpus (2,000 articles, 200,000 statements by 4 annotators); floor: plain sqlite3
        grouping the same rows by the same two columns."""
        from annotations.statistics import stance_table, statements_in_cell
        from annotations.store import Store

        documents, count = (100, 10_000) if self.quick else (2_000, 200_000)
        project = self.tmp / "corpus.standpoint"
        t = time.perf_counter()
        build_statistics_corpus(project, documents, count, annotators=4)
        built = time.perf_counter() - t
        corpus = f"{documents:,} documents, {count:,} statements"
        self.add(f"  build the corpus, {corpus} (executemany)", built, None, "s", "(context)", True)

        def floor():
            conn = sqlite3.connect(project)
            conn.execute("SELECT speaker_id, stance_id, count(*) FROM statements GROUP BY 1, 2").fetchall()
            conn.close()

        with Store.open(project, backup=False) as store:
            f = median_time(floor, self.repeats)
            for by in ("speaker", "target", "document", "annotator"):
                o = median_time(lambda by=by: stance_table(store, by), self.repeats)
                self.add(f"statistics by {by} × stance, {corpus}", o, f, "s", "< 1 s", o < 1.0)
            ids = store.document_ids()
            chosen = ids[: len(ids) // 2]
            o = median_time(lambda: stance_table(store, "speaker", chosen, ["coder1", "coder2"]), self.repeats)
            self.add(f"statistics by speaker, half the documents, 2 annotators, {corpus}", o, f, "s", "< 1 s", o < 1.0)
            table = stance_table(store, "speaker")
            top = table.rows[0]
            stance = next(iter(top.counts))
            o = median_time(lambda: statements_in_cell(store, "speaker", top.key, stance), self.repeats)
            self.add(f"list one cell's statements ({top.counts[stance]:,}), {corpus}", o, None, "s", "< 0.5 s", o < 0.5)
        self.statistics_view(project, corpus)

    def statistics_view(self, project: Path, corpus: str) -> None:
        """Project > Statistics on the corpus: opening it (table, chart), and the table by document."""
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from annotations.store import Store
        from desktop.main_window import MainWindow

        store = Store.open(project, backup=False)
        window = MainWindow(store, settings=QSettings(str(self.tmp / "stats.ini"), QSettings.Format.IniFormat))
        window.show()
        QApplication.processEvents()

        def open_view():
            window.show_statistics()
            QApplication.processEvents()
            window.statistics.close()  # deleted on close: the next run builds it anew
            QApplication.processEvents()

        o = median_time(open_view, self.repeats)
        self.add(f"open Project > Statistics, {corpus}", o, None, "s", "< 1 s", o < 1.0)
        window.show_statistics()
        dialog = window.statistics
        runs = iter(range(10_000))

        def by_document():
            dialog.set_grouping(("document", "speaker")[next(runs) % 2])
            QApplication.processEvents()

        o = median_time(by_document, self.repeats)
        self.add(f"  switch the view's grouping, {corpus}", o, None, "s", "< 1 s", o < 1.0)
        window.close()
        store.close()

    # -- suggested statements ------------------------------------------------------------------------

    def suggestions(self) -> None:
        """The rules over 1 MB of German (the sample) and of English news (a development text), against
        the least work that reads every word: the same word pattern run over the text."""
        from annotations.suggest import suggest
        from annotations.suggest.text import WORD

        size = 100_000 if self.quick else 1_000_000
        english = (ROOT / "tests" / "data" / "suggest" / "harbour-strike.txt").read_text(encoding="utf-8")
        for language, text in (("de", long_text(size)), ("en", long_text(size, english))):
            f = median_time(lambda text=text: WORD.findall(text), self.repeats)
            o = median_time(lambda text=text, language=language: suggest(text, language), self.repeats)
            label = "100 KB" if self.quick else "1 MB"
            self.add(f"suggest statements in {label} ({language})", o, f, "s", "< 1 s", o < 1)


    # -- a team's corpus -------------------------------------------------------------------------------

    def agreement(self) -> None:
        """Agreement over a corpus coded by 4 annotators; floor: reading the same rows with plain sqlite3."""
        from annotations.agreement import agreement
        from annotations.store import Store

        documents, count = (200, 20_000) if self.quick else (2_000, 200_000)
        project = self.tmp / "team-corpus.standpoint"
        t = time.perf_counter()
        build_corpus(project, documents, count)
        self.add(f"  build the corpus ({documents:,} documents, {count:,} statements)", time.perf_counter() - t, None,
                 "s", "(context)", True)  # fmt: skip

        def floor():
            conn = sqlite3.connect(project)
            conn.execute(
                'SELECT s.id, s.document_id, s.start, s."end", s.annotator, sp.name, st.label, t.name, s.mode'
                " FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id LEFT JOIN stances st"
                " ON st.id = s.stance_id LEFT JOIN targets t ON t.id = s.target_id"
            ).fetchall()
            conn.close()

        store = Store.open(project, backup=False)
        report = None

        def ours():
            nonlocal report
            report = agreement(store)

        repeats = max(1, self.repeats // 2)
        f, o = median_time(floor, repeats), median_time(ours, repeats)
        store.close()
        assert report is not None and len(report.annotators) == 4
        self.add(f"agreement over {documents:,} documents, {count:,} statements by 4 annotators", o, f, "s", "< 5 s",
                 o < 5)  # fmt: skip

    # -- merging a colleague's project ------------------------------------------------------------------

    def merge(self) -> None:
        """Two projects of the same article, each with its annotator's statements, merged into a copy of the first."""
        import shutil

        from annotations.merging import merge_paths
        from annotations.store import Store

        count = 10_000 if self.quick else 100_000
        text = long_text(200_000 if self.quick else 1_000_000)
        ours_path, theirs_path = self.tmp / "merge-a.standpoint", self.tmp / "merge-b.standpoint"
        for path, seed, annotator in ((ours_path, 1, "alice"), (theirs_path, 2, "bob")):
            build_project(path, text, count, seed=seed)
            conn = sqlite3.connect(path)
            with conn:
                conn.execute("UPDATE statements SET annotator = ?", (annotator,))
            conn.close()
        target = self.tmp / "merge-target.standpoint"

        def fresh() -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            shutil.copyfile(ours_path, target)

        columns = 'document_id, start, "end", quote, prefix, suffix, speaker_id, stance_id, target_id, mode, cue, note,' \
                  " annotator, status, anchored, created, updated"

        def floor() -> float:
            fresh()
            conn = sqlite3.connect(target)
            conn.execute("ATTACH DATABASE ? AS other", (str(theirs_path),))
            t = time.perf_counter()
            with conn:
                conn.execute(f"INSERT INTO statements({columns}) SELECT {columns} FROM other.statements")
            elapsed = time.perf_counter() - t
            conn.close()
            return elapsed

        def ours() -> float:
            fresh()
            with Store.open(target, backup=False) as store:
                t = time.perf_counter()
                report = merge_paths(store, [theirs_path])
                elapsed = time.perf_counter() - t
            assert report.statements == count, report.messages()
            return elapsed

        repeats = 3
        f = statistics.median(floor() for _ in range(repeats))
        o = statistics.median(ours() for _ in range(repeats))
        self.add(f"merge two {count:,}-statement projects", o, f, "s", "< 10 s", o < 10)

        # The team workflow: the colleague's work as a folder of per-annotator W3C JSON files.
        from annotations.exporters.per_annotator import export_per_annotator

        with Store.open(theirs_path, backup=False) as theirs:
            export_per_annotator(theirs, self.tmp / "shared")
        files = sorted((self.tmp / "shared").rglob("*.json"))

        def floor_json() -> float:
            t = time.perf_counter()
            for path in files:
                json.loads(path.read_text(encoding="utf-8"))
            return time.perf_counter() - t

        def ours_json() -> float:
            fresh()
            with Store.open(target, backup=False) as store:
                t = time.perf_counter()
                report = merge_paths(store, [self.tmp / "shared"])
                elapsed = time.perf_counter() - t
            assert report.statements == count, report.messages()
            return elapsed

        f = statistics.median(floor_json() for _ in range(repeats))
        o = statistics.median(ours_json() for _ in range(repeats))
        self.add(f"merge a per-annotator JSON folder, {count:,} statements", o, f, "s", "< 10 s",
                 o < 10)  # fmt: skip


def print_table(rows: list[Row]) -> None:
    width = max(len(r.figure) for r in rows) + 2
    print(f"{'figure':<{width}}{'value':>10}{'floor':>10}{'ratio':>8}  {'target':<22}ok")
    for r in rows:
        value = f"{r.value:.1f}" if r.unit == "MB" else f"{r.value * 1000:.1f} ms" if r.value < 1 else f"{r.value:.2f} s"
        floor = "" if r.floor is None else (f"{r.floor:.1f}" if r.unit == "MB" else
                                             f"{r.floor * 1000:.1f} ms" if r.floor < 1 else f"{r.floor:.2f} s")  # fmt: skip
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}"
        print(f"{r.figure:<{width}}{value:>10}{floor:>10}{ratio:>8}  {r.target:<22}{'yes' if r.ok else 'NO'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs, few repeats (a smoke run)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--only", nargs="+", metavar="STEP", help="run only these steps: startup, open, statements,"
                        " corpus, statistics, suggestions, agreement, merge")  # fmt: skip
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive for the run)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp  # backups and settings of the run stay in the run
        bench = Bench(args.quick, Path(tmp))
        steps = {"startup": bench.startup, "open": bench.open_documents, "statements": bench.many_statements,
                 "corpus": bench.corpus, "statistics": bench.statistics, "suggestions": bench.suggestions,
                 "agreement": bench.agreement, "merge": bench.merge}  # fmt: skip
        for name, step in steps.items():
            if args.only and name not in args.only:
                continue
            step()
        print_table(bench.rows)
        if args.json:
            args.json.write_text(json.dumps([{**asdict(r), "ratio": r.ratio} for r in bench.rows], indent=1),
                                 encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

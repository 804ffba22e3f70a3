"""Statements counted by speaker, target, document or annotator, crossed with stance.

One SQL `GROUP BY` over the statements table gives every cell; names come from the small tables
after. Over the whole project or chosen documents, for every annotator or some of them. Each cell's
statements can be listed (`statements_in_cell`), and a table written as CSV for a spreadsheet
(`write_csv`, formula-like cells neutralised as the statement export does). Qt-free: the window's
statistics view, `python main.py stats` and scripts share it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, TextIO

from .exporters.csv_export import neutralise
from .model import Stance, Statement

if TYPE_CHECKING:
    from .store import Store

GROUPINGS: tuple[str, ...] = ("speaker", "target", "document", "annotator")
"""What the rows of a table can be; the columns are always the stances of the scheme."""

_COLUMN = {"speaker": "speaker_id", "target": "target_id", "document": "document_id", "annotator": "annotator"}
NONE_LABELS = {"speaker": "(no speaker)", "target": "(no target)", "document": "(no document)",
               "annotator": "(no annotator)", "stance": "(no stance)"}  # fmt: skip
"""How a row or column of statements without that field reads."""

Key = int | str | None
"""A row's key: a speaker, target or document id, an annotator's name; None (or "" for annotators): none given."""


class _Any:
    """Stands for every row or every stance when listing a table's statements (its totals)."""

    def __repr__(self) -> str:
        return "ANY"


ANY: Final = _Any()
"""Pass as a row key or stance to `statements_in_cell` to list a whole column or row (the totals)."""


@dataclass(frozen=True)
class Filter:
    """Which statements count: of these documents (None: all) by these annotators (None: all; "" is nobody named)."""

    documents: tuple[int, ...] | None = None
    annotators: tuple[str, ...] | None = None

    def sql(self) -> tuple[str, list]:
        """A WHERE clause (empty, or starting with " WHERE") over statements `s`, and its arguments."""
        where, args = [], []
        # json_each takes any number of values in one argument (SQLite caps the number of arguments).
        if self.documents is not None:
            where.append("s.document_id IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(list(self.documents)))
        if self.annotators is not None:
            where.append("s.annotator IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(list(self.annotators), ensure_ascii=False))
        return (" WHERE " + " AND ".join(where) if where else ""), args


@dataclass(frozen=True)
class Row:
    """One row of a table: what it counts (key and label), statements per stance id (None: no stance), the total."""

    key: Key
    label: str
    counts: dict[int | None, int]
    total: int
    colour: str = ""  # a speaker's colour, else empty


@dataclass(frozen=True)
class StanceTable:
    """Statements by one grouping (rows) and stance (columns), with the totals.

    `stances` are the scheme's stances in its order, then None when some statements have no stance.
    Rows come by total, largest first (documents in the library's order), the row without a value last.
    """

    by: str
    stances: tuple[Stance | None, ...]
    rows: tuple[Row, ...]
    column_totals: dict[int | None, int] = field(default_factory=dict)
    total: int = 0
    incomplete: int = 0  # statements without a speaker or a stance

    def count(self, key: Key, stance_id: int | None) -> int:
        """Statements in one cell (0 for a cell the table does not hold)."""
        for row in self.rows:
            if row.key == key:
                return row.counts.get(stance_id, 0)
        return 0

    def row(self, key: Key) -> Row | None:
        """The row with this key, if the table has one."""
        return next((r for r in self.rows if r.key == key), None)

    def stance_label(self, stance: Stance | None) -> str:
        """A column's heading."""
        return stance.label if stance is not None else NONE_LABELS["stance"]

    def header(self) -> list[str]:
        """The first line of the table as text: the grouping, each stance, "Total"."""
        return [self.by.capitalize(), *(self.stance_label(s) for s in self.stances), "Total"]

    def lines(self) -> list[list[str | int]]:
        """The table as rows of cells, the header first and a "Total" row last (for CSV and the terminal)."""
        ids = [s.id if s is not None else None for s in self.stances]
        out: list[list[str | int]] = [list(self.header())]
        for r in self.rows:
            out.append([r.label, *(r.counts.get(i, 0) for i in ids), r.total])
        out.append(["Total", *(self.column_totals.get(i, 0) for i in ids), self.total])
        return out

    def pairs(self) -> list[tuple[str, str, int]]:
        """(row label, stance label, statements) for every non-empty cell, by row label then stance label."""
        labels = {(s.id if s else None): self.stance_label(s) for s in self.stances}
        cells = [(r.label, labels[i], n) for r in self.rows for i, n in r.counts.items() if n]
        return sorted(cells)


def stance_table(
    store: Store,
    by: str = "speaker",
    documents: Iterable[int] | None = None,
    annotators: Iterable[str] | None = None,
) -> StanceTable:
    """Count statements by `by` (speaker, target, document or annotator) and stance, in one GROUP BY.

    `documents` limits the count to those document ids, `annotators` to statements by those annotators
    ("" for statements nobody is named for); None counts all.
    """
    if by not in GROUPINGS:
        raise ValueError(f"Statistics group by {', '.join(GROUPINGS)}, not “{by}”.")
    flt = make_filter(documents, annotators)
    where, args = flt.sql()
    column = _COLUMN[by]
    sql = (f"SELECT s.{column}, s.stance_id, count(*), sum(s.speaker_id IS NULL OR s.stance_id IS NULL)"
           f" FROM statements s{where} GROUP BY 1, 2")  # fmt: skip
    cells: dict[Key, dict[int | None, int]] = {}
    incomplete = 0
    for key, stance_id, n, missing in store.db.execute(sql, args).fetchall():
        if by == "annotator" and key is None:
            key = ""
        cells.setdefault(key, {})[stance_id] = n
        incomplete += missing
    scheme = store.stances()
    known = {s.id for s in scheme}
    # A stance id the scheme lacks cannot happen (ON DELETE SET NULL); counted as no stance if it ever did.
    for counts in cells.values():
        for stance_id in [i for i in counts if i is not None and i not in known]:
            counts[None] = counts.get(None, 0) + counts.pop(stance_id)
    stances: list[Stance | None] = list(scheme)
    if any(None in c for c in cells.values()):
        stances.append(None)
    labels, colours, order = _labels(store, by, cells)
    rows = [Row(key, labels.get(key, str(key)), counts, sum(counts.values()), colours.get(key, ""))
            for key, counts in cells.items()]  # fmt: skip
    none_key: Key = "" if by == "annotator" else None
    if order is not None:
        rows.sort(key=lambda r: (r.key == none_key, order.get(r.key, len(order))))
    else:
        rows.sort(key=lambda r: (r.key == none_key, -r.total, r.label.casefold()))
    column_totals: dict[int | None, int] = {}
    for r in rows:
        for i, n in r.counts.items():
            column_totals[i] = column_totals.get(i, 0) + n
    return StanceTable(by, tuple(stances), tuple(rows), column_totals, sum(r.total for r in rows), incomplete)


def _labels(store: Store, by: str, cells: dict) -> tuple[dict[Key, str], dict[Key, str], dict[Key, int] | None]:
    """Each row key's label, its colour (speakers), and an order when rows keep one (documents)."""
    none_label = NONE_LABELS[by]
    if by == "speaker":
        speakers = store.speakers()
        return ({s.id: s.name for s in speakers} | {None: none_label},
                {s.id: s.colour for s in speakers}, None)  # fmt: skip
    if by == "target":
        return {t.id: t.name for t in store.targets()} | {None: none_label}, {}, None
    if by == "document":
        titles = store.document_titles()  # in the library's order
        return ({i: (t or f"Document {i}") for i, t in titles}, {},
                {i: n for n, (i, _t) in enumerate(titles)})  # fmt: skip
    return {k: (k or none_label) for k in cells}, {}, None


def make_filter(documents: Iterable[int] | None = None, annotators: Iterable[str] | None = None) -> Filter:
    """A Filter from any iterables (None: no limit)."""
    return Filter(None if documents is None else tuple(documents), None if annotators is None else tuple(annotators))


def statements_in_cell(
    store: Store,
    by: str,
    key: Key | _Any = ANY,
    stance_id: int | None | _Any = ANY,
    documents: Iterable[int] | None = None,
    annotators: Iterable[str] | None = None,
) -> list[Statement]:
    """The statements one cell of `stance_table(store, by, documents, annotators)` counts, in reading order.

    `key` is the row's key and `stance_id` the column's stance (None: no stance); ANY for either lists a
    row's or a column's total, both ANY every statement the table counts.
    """
    from .store.statements import _PREFIXED, statement_from_row

    if by not in GROUPINGS:
        raise ValueError(f"Statistics group by {', '.join(GROUPINGS)}, not “{by}”.")
    where, args = make_filter(documents, annotators).sql()
    clauses = [where[len(" WHERE "):]] if where else []
    if not isinstance(key, _Any):
        column = _COLUMN[by]
        if by == "annotator":
            clauses.append("s.annotator = ?")
            args.append(key or "")
        elif key is None:
            clauses.append(f"s.{column} IS NULL")
        else:
            clauses.append(f"s.{column} = ?")
            args.append(key)
    if not isinstance(stance_id, _Any):
        if stance_id is None:
            clauses.append("s.stance_id IS NULL")
        else:
            clauses.append("s.stance_id = ?")
            args.append(stance_id)
    sql = f"SELECT {_PREFIXED} FROM statements s JOIN documents d ON d.id = s.document_id"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += ' ORDER BY d.position, s.document_id, s.start, s."end", s.id'
    return [statement_from_row(r) for r in store.db.execute(sql, args).fetchall()]


def annotators(store: Store, documents: Iterable[int] | None = None) -> list[str]:
    """Every annotator named on a statement (of these documents), sorted; "" when some statements name nobody."""
    where, args = make_filter(documents).sql()
    rows = store.db.execute(f"SELECT DISTINCT s.annotator FROM statements s{where}", args).fetchall()
    return sorted((r[0] for r in rows), key=lambda a: (a != "", a.casefold()))


def write_csv(table: StanceTable, out: TextIO, raw: bool = False) -> None:
    """The table as CSV (header, one line per row, a Total line); labels that look like formulas are neutralised
    unless `raw`."""
    writer = csv.writer(out, lineterminator="\r\n")
    for line in table.lines():
        writer.writerow(line if raw else [neutralise(v) for v in line])


def format_table(table: StanceTable, width_limit: int = 40) -> str:
    """The table as aligned text for a terminal; long labels are shortened to `width_limit` characters."""
    lines = table.lines()

    def cut(value: object) -> str:
        text = str(value).replace("\n", " ")
        return text if len(text) <= width_limit else text[: width_limit - 1] + "…"

    cells = [[cut(v) for v in line] for line in lines]
    widths = [max(len(line[i]) for line in cells) for i in range(len(cells[0]))]
    out = []
    for n, line in enumerate(cells):
        first = line[0].ljust(widths[0])
        rest = [v.rjust(w) for v, w in zip(line[1:], widths[1:])]
        out.append("  ".join([first, *rest]).rstrip())
        if n == 0 or n == len(cells) - 2:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def as_json(table: StanceTable) -> dict:
    """The table as plain JSON values: grouping, stance labels, rows with their counts by stance label, totals."""
    labels = [(s.id if s else None, table.stance_label(s)) for s in table.stances]
    return {
        "by": table.by,
        "stances": [label for _i, label in labels],
        "rows": [{"key": r.key, "label": r.label, "counts": {lab: r.counts.get(i, 0) for i, lab in labels},
                  "total": r.total} for r in table.rows],  # fmt: skip
        "totals": {lab: table.column_totals.get(i, 0) for i, lab in labels},
        "total": table.total,
    }


def documents_named(store: Store, ids: Sequence[int]) -> list[int]:
    """The ids that name documents of the project, in the order given; NotFound for one that does not."""
    from .errors import NotFound

    known = set(store.document_ids())
    missing = [i for i in ids if i not in known]
    if missing:
        raise NotFound(f"The project has no document {', '.join(map(str, missing))}.")
    return list(ids)

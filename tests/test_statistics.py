"""Statistics: counts by speaker, target, document and annotator × stance, checked against counting by hand;
the statements of a cell; CSV; and `python main.py stats` with its groupings and filters."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from annotations.statistics import (
    ANY,
    GROUPINGS,
    annotators,
    format_table,
    stance_table,
    statements_in_cell,
    write_csv,
)
from annotations.store import Store

ROOT = Path(__file__).resolve().parent.parent

# (document index, speaker, stance, target, annotator)
MARKS = [
    (0, "Tokajew", "opposed", "Proteste", "ana"),
    (0, "Tokajew", "opposed", "Proteste", "ben"),
    (0, "Tokajew", "supportive", "Regierung", "ana"),
    (0, "Putin", "supportive", "Regierung", "ana"),
    (0, "Putin", None, None, "ben"),
    (0, None, None, None, ""),
    (1, "Tokajew", "neutral", "Proteste", "ben"),
    (1, "=HYPERLINK(\"http://x\")", "opposed", None, "ana"),
    (1, None, "unclear", "Regierung", "ben"),
]


@pytest.fixture
def corpus(store: Store) -> Store:
    first = store.document_ids()[0]
    second = store.add_document("Zweiter Artikel", "Ein zweiter Text. " * 40).id
    docs = [first, second]
    for n, (doc, speaker, stance, target, annotator) in enumerate(MARKS):
        store.add_statement(
            docs[doc], n * 12, n * 12 + 10,
            speaker_id=store.find_or_add_speaker(speaker).id if speaker else None,
            stance_id=store.find_stance(stance).id if stance else None,  # type: ignore[union-attr]
            target_id=store.find_or_add_target(target).id if target else None,
            annotator=annotator,
        )  # fmt: skip
    return store


def by_hand(store: Store, by: str, documents=None, names=None) -> Counter:
    """The table's cells counted one statement at a time from the store's own reading of them."""
    column = {"speaker": "speaker_id", "target": "target_id", "document": "document_id", "annotator": "annotator"}[by]
    return Counter(
        (getattr(s, column), s.stance_id)
        for s in store.statements()
        if (documents is None or s.document_id in documents) and (names is None or s.annotator in names)
    )


def cells(table) -> Counter:
    return Counter({(r.key, stance): n for r in table.rows for stance, n in r.counts.items()})


@pytest.mark.parametrize("by", GROUPINGS)
def test_every_grouping_counts_what_counting_by_hand_counts(corpus, by):
    first, second = corpus.document_ids()
    for documents, names in ((None, None), ([second], None), (None, ["ana"]), ([first], ["ben", ""]), ([], None)):
        table = stance_table(corpus, by, documents, names)
        expected = by_hand(corpus, by, documents, names)
        assert cells(table) == expected
        assert table.total == sum(expected.values())
        assert sum(r.total for r in table.rows) == table.total
        for stance in table.stances:
            sid = stance.id if stance else None
            assert table.column_totals.get(sid, 0) == sum(n for (_k, s), n in expected.items() if s == sid)


def test_speaker_table_reads_as_a_person_expects(corpus):
    table = stance_table(corpus, "speaker")
    assert [r.label for r in table.rows] == ["Tokajew", "Putin", '=HYPERLINK("http://x")', "(no speaker)"]
    tokajew = table.rows[0]
    opposed = corpus.find_stance("opposed").id
    assert tokajew.total == 4 and tokajew.counts[opposed] == 2
    assert table.count(tokajew.key, opposed) == 2
    assert [s.label if s else None for s in table.stances] == ["supportive", "neutral", "opposed", "unclear", None]
    assert table.header() == ["Speaker", "supportive", "neutral", "opposed", "unclear", "(no stance)", "Total"]
    assert table.lines()[-1] == ["Total", 2, 1, 3, 1, 2, 9]
    assert (table.total, table.incomplete) == (9, 3)
    assert tokajew.colour.startswith("#")


def test_no_stance_column_only_when_some_statement_lacks_one(corpus):
    table = stance_table(corpus, "target", annotators=["ana"])
    assert None not in table.stances
    assert [r.label for r in table.rows] == ["Regierung", "Proteste", "(no target)"]


def test_documents_keep_the_library_order_and_annotators_name_nobody_last(corpus):
    first, second = corpus.document_ids()
    table = stance_table(corpus, "document")
    assert [r.key for r in table.rows] == [first, second]
    assert table.rows[1].label == "Zweiter Artikel"
    table = stance_table(corpus, "annotator")
    assert [r.label for r in table.rows] == ["ana", "ben", "(no annotator)"]
    assert table.row("").total == 1
    assert annotators(corpus) == ["", "ana", "ben"]
    assert annotators(corpus, [second]) == ["ana", "ben"]


def test_a_cell_lists_exactly_the_statements_it_counts(corpus):
    for by in GROUPINGS:
        table = stance_table(corpus, by, annotators=["ana", "ben"])
        for row in table.rows:
            for stance, n in row.counts.items():
                listed = statements_in_cell(corpus, by, row.key, stance, annotators=["ana", "ben"])
                assert len(listed) == n
                assert all(s.stance_id == stance and s.annotator in ("ana", "ben") for s in listed)
            assert len(statements_in_cell(corpus, by, row.key, ANY, annotators=["ana", "ben"])) == row.total
        for stance in table.stances:
            sid = stance.id if stance else None
            assert len(statements_in_cell(corpus, by, ANY, sid, annotators=["ana", "ben"])) == table.column_totals[sid]
    everything = statements_in_cell(corpus, "speaker")
    assert [s.id for s in everything] == [s.id for s in corpus.statements()]  # reading order


def test_unknown_grouping_is_refused(corpus):
    with pytest.raises(ValueError, match="group by"):
        stance_table(corpus, "mode")
    with pytest.raises(ValueError, match="group by"):
        statements_in_cell(corpus, "colour")


def test_csv_neutralises_labels_that_look_like_formulas(corpus):
    out = io.StringIO()
    write_csv(stance_table(corpus, "speaker"), out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ["Speaker", "supportive", "neutral", "opposed", "unclear", "(no stance)", "Total"]
    assert rows[1] == ["Tokajew", "1", "1", "2", "0", "0", "4"]
    assert "'=HYPERLINK(\"http://x\")" in [r[0] for r in rows]
    assert rows[-1] == ["Total", "2", "1", "3", "1", "2", "9"]
    raw = io.StringIO()
    write_csv(stance_table(corpus, "speaker"), raw, raw=True)
    assert '"=HYPERLINK(""http://x"")"' in raw.getvalue()


def test_the_terminal_table_aligns_its_columns(corpus):
    lines = format_table(stance_table(corpus, "annotator")).splitlines()
    assert lines[0].split() == ["Annotator", "supportive", "neutral", "opposed", "unclear", "(no", "stance)", "Total"]
    assert lines[-1].split() == ["Total", "2", "1", "3", "1", "2", "9"]
    assert len({len(line) for line in lines if line.startswith(("ana", "ben", "Total"))}) == 1


# -- the command line ---------------------------------------------------------------------------------


def stats(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", "stats", str(project), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)  # fmt: skip


def test_stats_without_options_prints_what_it_always_did(corpus, project_path):
    corpus.close()
    out = stats(project_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "9 statements, 3 incomplete"
    assert lines[1].split() == ["(no", "speaker)", "(no", "stance)", "1"]  # by speaker's name, then stance
    assert any(line.split() == ["Tokajew", "opposed", "2"] for line in lines)
    data = json.loads(stats(project_path, "--json").stdout)
    assert (data["statements"], data["incomplete"]) == (9, 3)
    assert {"speaker": "Tokajew", "stance": "opposed", "statements": 2} in data["by_speaker_and_stance"]
    assert data["table"]["rows"][0] == {"key": 1, "label": "Tokajew", "total": 4, "counts": {
        "supportive": 1, "neutral": 1, "opposed": 2, "unclear": 0, "(no stance)": 0}}


def test_stats_groups_and_filters(corpus, project_path):
    first, second = corpus.document_ids()
    corpus.close()
    out = stats(project_path, "--by", "target", "--annotator", "ana", "--annotator", "ben")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "8 statements, 2 incomplete"
    assert lines[1].split()[:2] == ["Target", "supportive"]
    assert lines[-1].split() == ["Total", "2", "1", "3", "1", "1", "8"]
    data = json.loads(stats(project_path, "--by", "document", "--document", str(second), "--json").stdout)
    assert data["statements"] == 3
    assert data["by_document_and_stance"] == [
        {"document": "Zweiter Artikel", "stance": "neutral", "statements": 1},
        {"document": "Zweiter Artikel", "stance": "opposed", "statements": 1},
        {"document": "Zweiter Artikel", "stance": "unclear", "statements": 1},
    ]
    both = json.loads(stats(project_path, "--by", "annotator", "--document", str(first), "--document", str(second),
                            "--json").stdout)  # fmt: skip
    assert [r["label"] for r in both["table"]["rows"]] == ["ana", "ben", "(no annotator)"]
    nobody = json.loads(stats(project_path, "--annotator", "", "--json").stdout)
    assert nobody["statements"] == 1
    rows = list(csv.reader(io.StringIO(stats(project_path, "--by", "speaker", "--csv").stdout)))
    assert rows[0][0] == "Speaker" and rows[-1][-1] == "9"
    assert "'=HYPERLINK(\"http://x\")" in [r[0] for r in rows]


def test_stats_refuses_an_unknown_document_or_grouping(corpus, project_path):
    corpus.close()
    out = stats(project_path, "--document", "999")
    assert out.returncode == 1 and "no document 999" in out.stderr
    out = stats(project_path, "--by", "mode")
    assert out.returncode == 2 and "invalid choice" in out.stderr

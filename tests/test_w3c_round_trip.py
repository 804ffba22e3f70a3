"""The W3C JSON round trip loses nothing, for random projects.

A random project (emoji, RTL, combining marks, CRLF and lone CR in texts, overlapping and identical
statements, empty fields, unicode names, drafts, custom and deleted stances, speakers and targets
without statements) is exported, imported into a new project and exported again: the two files are
equal and the two projects hold the same. Importing a project's own export into it changes nothing,
also when that export names statements by the ids they were imported with.
Every export passes the W3C validator (run once at the end: it is a subprocess).
`STANDPOINT_EXAMPLES=300 python -m pytest tests/test_w3c_round_trip.py` runs it longer.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.errors import InvalidSpan
from annotations.exporters import export
from annotations.importers.base import plain_text_blocks
from annotations.importers.text import normalise_newlines
from annotations.importers.w3c_json import import_annotations
from annotations.model import MODES
from annotations.store import Store
from tests.dump import dump
from tests.standards import validate

EXAMPLES = int(os.environ.get("STANDPOINT_EXAMPLES", 25))

FRAGMENTS = ["Der Minister sagte, ", "alles sei ruhig. ", "Café 😀 ", "👩\u200d👩\u200d👧 ", "e\u0301 ",
             "قال الرئيس إن الوضع مستقر. ", "שלום עולם ", "\r\n", "\n\n", "\r", "\t", " ", "=SUM(A1) ", "„Zitat“ ",
             "Ölkrise ", "x"]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=14).map("".join)
short = st.one_of(st.just(""), st.sampled_from(["Zoë 😀", "الرئيس", "e\u0301", "a\r\nb", " padded "]), st.text(max_size=10))
names = st.one_of(st.sampled_from(["Tokajew", "Putin", "Zoë 😀", "الرئيس", "e\u0301mile", "ß", "SS", "Ä", "ä"]),
                  st.text(min_size=1, max_size=10)).filter(lambda s: s.strip())  # fmt: skip
colours = st.text("0123456789abcdefABCDEF", min_size=6, max_size=6).map(lambda h: "#" + h)
sources = st.sampled_from(["", "https://de.wikipedia.org/wiki/Ölkrise", "https://example.org/a b|c",
                           "https://example.org/مقالة", "C:\\Users\\zoë\\pride.txt", "/home/u/x.txt"])  # fmt: skip


def _clock(start: datetime, offset: timedelta):
    """A clock that ticks a second per call, in a zone of its own: times that only a faithful import keeps."""
    zone, ticks = timezone(offset), iter(range(10**9))
    return lambda: (start + timedelta(seconds=next(ticks))).astimezone(zone).isoformat()


def _build(store: Store, data) -> None:
    draw = data.draw
    for _ in range(draw(st.integers(0, 6))):  # the stance scheme, changed as a user would
        stances, op = store.stances(), draw(st.sampled_from(["delete", "edit", "add", "reorder"]))
        try:
            if op == "delete" and stances:
                store.delete_stance(draw(st.sampled_from(stances)).id)
            elif op == "edit" and stances:
                store.update_stance(draw(st.sampled_from(stances)).id, colour=draw(colours), description=draw(short),
                                    key=draw(st.sampled_from(["", "1", "5", "9"])))  # fmt: skip
            elif op == "add":
                store.add_stance(draw(names), draw(colours), draw(st.sampled_from(["", "2", "7"])), draw(short))
            elif op == "reorder" and stances:
                store.reorder_stances(draw(st.permutations([s.id for s in stances])))
        except ValueError:  # a label the scheme has
            pass
    for _ in range(draw(st.integers(0, 4))):
        with contextlib.suppress(ValueError):  # a name already taken
            store.add_speaker(draw(names), aliases=draw(st.lists(names, max_size=2)), description=draw(short),
                              colour=draw(colours))  # fmt: skip
    speakers = store.speakers()
    if len(speakers) > 1 and draw(st.booleans()):  # one speaker's alias is another's name
        store.update_speaker(speakers[0].id, aliases=[*speakers[0].aliases, speakers[1].name])
    for name in draw(st.lists(names, max_size=3)):
        store.find_or_add_target(name)
    pool = draw(st.lists(texts, min_size=1, max_size=2))  # drawn from a pool: two documents may share a text
    for _ in range(draw(st.integers(1, 3))):
        text = draw(st.sampled_from(pool))
        meta = {k: draw(short) for k in ("author", "outlet", "published", "language")}
        store.add_document(draw(short), text, plain_text_blocks(normalise_newlines(text)), source=draw(sources),
                           format=draw(st.sampled_from(["txt", "md", "html", "paste", "docx"])), **meta)  # fmt: skip
    speaker_ids = [None, *(s.id for s in store.speakers())]
    stance_ids = [None, *(s.id for s in store.stances())]
    target_ids = [None, *(t.id for t in store.targets())]
    for doc_id in store.document_ids():
        n = len(store.document_text(doc_id))
        if not n:
            continue
        for _ in range(draw(st.integers(0, 6))):
            start = draw(st.integers(0, n - 1))
            fields = {"speaker_id": draw(st.sampled_from(speaker_ids)), "stance_id": draw(st.sampled_from(stance_ids)),
                      "target_id": draw(st.sampled_from(target_ids)), "mode": draw(st.sampled_from(("", *MODES))),
                      "cue": draw(short), "note": draw(short), "annotator": draw(short),
                      "status": draw(st.sampled_from(["confirmed", "draft", ""]))}  # fmt: skip
            try:
                made = store.add_statement(doc_id, start, draw(st.integers(start + 1, n)), **fields)
            except InvalidSpan:  # only white space
                continue
            if draw(st.booleans()):  # twice, exactly
                store.add_statement(doc_id, made.start, made.end, **fields)
            if draw(st.booleans()):  # edited later: "updated" differs from "created"
                store.update_statement(made.id, note=made.note + " (edited)")


def _held(store: Store) -> dict:
    """What a project holds, by names rather than ids (which differ between projects)."""
    def name(get, i, attr):
        return None if i is None else getattr(get(i), attr)

    docs = [store.document(i) for i in store.document_ids()]
    order = {d.id: n for n, d in enumerate(docs)}
    return {
        "documents": [(d.title, d.text, d.author, d.outlet, d.published, d.language, d.source, d.format, d.blocks,
                       d.created, d.updated) for d in docs],
        "statements": [(order[s.document_id], s.start, s.end, s.quote, s.prefix, s.suffix,
                        name(store.speaker, s.speaker_id, "name"), name(store.stance, s.stance_id, "label"),
                        name(store.target, s.target_id, "name"), s.mode, s.cue, s.note, s.annotator, s.status,
                        s.anchored, s.created, s.updated) for s in store.statements()],
        "speakers": [(s.name, s.aliases, s.description, s.colour) for s in store.speakers()],
        "stances": [(s.label, s.colour, s.key, s.description) for s in store.stances()],
        "targets": [t.name for t in store.targets()],
    }  # fmt: skip


def test_export_import_export_is_lossless_and_every_export_is_valid():
    kept = Path(tempfile.mkdtemp(prefix="standpoint-w3c-"))  # the exports, for one run of the validator
    exports: list[Path] = []

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
              HealthCheck.data_too_large])  # fmt: skip
    @given(data=st.data(), start=st.datetimes(datetime(1990, 1, 1), datetime(2090, 1, 1), timezones=st.just(UTC)),
           offset=st.sampled_from([timedelta(0), timedelta(hours=2), timedelta(hours=-9, minutes=-30)]))  # fmt: skip
    def round_trip(data, start, offset):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            (tmp / "a").mkdir(), (tmp / "b").mkdir()
            # The same file name: a collection of several documents is labelled with it.
            with Store.open(tmp / "a" / "p.standpoint", clock=_clock(start, offset)) as a:
                _build(a, data)
                first = export(a, "json", tmp / "first.json")
                with Store.open(tmp / "b" / "p.standpoint") as b:
                    report = import_annotations(b, first)
                    assert report.rejected == [] and report.warnings == [] and report.changed == []
                    assert _held(b) == _held(a)
                    second = export(b, "json", tmp / "second.json")
                    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
                    before = dump(b)  # its export names what it imported by the ids it came with
                    import_annotations(b, second)
                    assert dump(b) == before
                before = dump(a)
                again = import_annotations(a, first)
                assert again.created == [] and again.documents == [] and again.changed == []
                assert dump(a) == before
            if len(exports) < 40:
                exports.append(kept / f"{len(exports)}.json")
                shutil.copy(first, exports[-1])

    try:
        round_trip()
        result = validate("validate_w3c.py", "--require", "4.2.4-textQuoteSelector", "--require",
                          "4.2.5-textPositionSelector", "--require", "3.3.5-bodyPurpose", *map(str, exports))  # fmt: skip
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    finally:
        shutil.rmtree(kept, ignore_errors=True)

"""What every exporter needs, gathered once: documents, their statements, and names for ids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Document, Speaker, Stance, Statement, Target
from ..store import Store


@dataclass
class ExportContext:
    """What an export reads from a project, read once: documents, their statements in order, names."""

    store: Store
    documents: list[Document]
    statements: dict[int, list[Statement]]  # by document id, in reading order
    speakers: dict[int, Speaker]
    stances: dict[int, Stance]
    targets: dict[int, Target]
    group_by: str = "order"
    bom: bool = False
    raw: bool = False  # CSV cells exactly as stored (for analysis tools, not spreadsheets)
    progress: Callable[[int, int], bool] | None = None
    cancelled: bool = False
    _done: int = field(default=0, repr=False)

    @property
    def total(self) -> int:
        """How many statements the export writes."""
        return sum(len(v) for v in self.statements.values())

    def tick(self, n: int = 1) -> bool:
        """Count work done; False once the user has cancelled (exporters then stop early)."""
        self._done += n
        due = self._done % 500 < n or self._done == self.total
        if self.progress is not None and due and self.progress(self._done, max(1, self.total)) is False:
            self.cancelled = True
        return not self.cancelled

    def speaker_name(self, st: Statement) -> str:
        """The statement's speaker's name, or "" without one."""
        return self.speakers[st.speaker_id].name if st.speaker_id in self.speakers else ""

    def stance_label(self, st: Statement) -> str:
        """The statement's stance's label, or "" without one."""
        return self.stances[st.stance_id].label if st.stance_id in self.stances else ""

    def target_name(self, st: Statement) -> str:
        """The statement's target's name, or "" without one."""
        return self.targets[st.target_id].name if st.target_id in self.targets else ""

    def grouped(self, document_id: int, no_speaker: str = "(no speaker)") -> list[tuple[str, list[Statement]]]:
        """Statements of a document in reading order, or grouped by speaker (speakers by name, `no_speaker` last)."""
        statements = self.statements[document_id]
        if self.group_by != "speaker":
            return [("", statements)]
        groups: dict[str, list[Statement]] = {}
        for st in statements:
            groups.setdefault(self.speaker_name(st) or no_speaker, []).append(st)
        return sorted(groups.items(), key=lambda kv: (kv[0] == no_speaker, kv[0].casefold()))


def per_tagging(make: Callable[[Statement], str]) -> Callable[[Statement], str]:
    """make(st) computed once per combination of speaker, stance, target and mode: a handful of
    them recur across thousands of statements, and their escaped line need not be made again."""
    made: dict[tuple, str] = {}

    def get(st: Statement) -> str:
        key = (st.speaker_id, st.stance_id, st.target_id, st.mode)
        line = made.get(key)
        if line is None:
            line = made[key] = make(st)
        return line

    return get


def build_context(
    store: Store,
    document_ids: list[int] | None = None,
    *,
    group_by: str = "order",
    bom: bool = False,
    raw: bool = False,
    progress: Callable[[int, int], bool] | None = None,
) -> ExportContext:
    """Read what an export of these documents (all by default) needs, in reading or speaker order."""
    ids = document_ids if document_ids else store.document_ids()
    documents = [store.document(i) for i in ids]
    return ExportContext(
        store=store,
        documents=documents,
        statements={d.id: store.statements(d.id) for d in documents},
        speakers={s.id: s for s in store.speakers()},
        stances={s.id: s for s in store.stances()},
        targets={t.id: t for t in store.targets()},
        group_by=group_by,
        bom=bom,
        raw=raw,
        progress=progress,
    )

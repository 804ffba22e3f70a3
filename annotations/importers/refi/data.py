"""What a REFI-QDA file holds, read and checked, before any project is touched.

Plain records only: the window shows them (the code branches and the guess of what each is), the
command line prints them, and `adding.py` turns them into documents, statements and names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...wording import counted

ROLES: tuple[str, ...] = ("speakers", "stances", "targets", "modes", "ignore")
"""What a branch of a foreign codebook can become: Standpoint has no codes, only these."""

ROLE_LABELS = {"speakers": "Speakers", "stances": "Stances", "targets": "Targets", "modes": "Modes of reporting",
               "ignore": "Ignore"}  # fmt: skip


@dataclass(slots=True)
class Code:
    """One code of the codebook; `parent` is None for the top of a branch."""

    guid: str
    name: str
    codable: bool = True
    colour: str = ""
    description: str = ""
    parent: str | None = None
    children: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Selection:
    """A PlainTextSelection: positions as the file gives them, and `span` once they are checked against the text."""

    guid: str
    name: str | None
    start: int
    end: int
    user: str = ""
    created: str = ""  # creationDateTime and modifiedDateTime, when the file gives them as RFC 3339
    updated: str = ""
    codes: list[str] = field(default_factory=list)  # code GUIDs, in the file's order
    notes: list[str] = field(default_factory=list)  # memo texts: Description first, then NoteRefs
    note_refs: list[str] = field(default_factory=list)
    span: tuple[int, int] | None = None  # code points of the stored text (no BOM, line ends \n)


@dataclass(slots=True)
class TextSource:
    """A text source: its text as it will be stored, its selections and its variable values."""

    guid: str
    name: str
    text: str = ""
    selections: list[Selection] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)  # variable GUID -> value
    note_refs: list[str] = field(default_factory=list)
    description: str = ""
    raw: str = ""  # the text as decoded, BOM and CR included: what positions count over; dropped once resolved
    bom: bool = False
    created: str = ""
    updated: str = ""


@dataclass(slots=True)
class Case:
    """A case; it becomes a speaker where it holds text selections or names one."""

    guid: str
    name: str
    description: str = ""
    selections: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Note:
    """A note (memo); one holding selections of a source is an annotation of that text (QualCoder writes them)."""

    guid: str
    name: str
    text: str = ""
    selections: list[Selection] = field(default_factory=list)


@dataclass(slots=True)
class Branch:
    """A top-level code with what it holds, as the window and the command line show it."""

    guid: str
    name: str
    codes: int  # codable codes in it
    codings: int  # selections coded with them
    examples: tuple[str, ...] = ()


@dataclass
class RefiFile:
    """A .qdpx project or .qdc codebook, read and checked; `roles` says what each branch becomes.

    `roles` maps a branch's GUID to one of ROLES. It starts as the reader's guess and may be
    changed (by the window's dialog, or the command line's options) before the file is added.
    """

    name: str
    kind: str  # "project" or "codebook"
    origin: str = ""
    codes: dict[str, Code] = field(default_factory=dict)
    top: list[str] = field(default_factory=list)  # branch GUIDs, in the file's order
    users: dict[str, str] = field(default_factory=dict)
    creating_user: str = ""
    variables: dict[str, str] = field(default_factory=dict)  # GUID -> name
    sources: list[TextSource] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    notes: dict[str, Note] = field(default_factory=dict)
    branches: list[Branch] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    own_layout: bool = False  # Standpoint's four groups: nothing to ask
    warnings: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # selections that cannot go in, and why
    not_kept: list[str] = field(default_factory=list)  # what the project has no place for

    @property
    def from_standpoint(self) -> bool:
        """Whether Standpoint wrote the file: its four groups, and its name as the origin."""
        return self.own_layout and self.origin.startswith("Standpoint")

    @property
    def needs_roles(self) -> bool:
        """Whether the reader should be asked what the branches are: a foreign codebook with codes."""
        return not self.own_layout and bool(self.branches)

    def branch_of(self, code_guid: str) -> str:
        """The GUID of the branch a code belongs to."""
        code = self.codes[code_guid]
        seen = 0
        while code.parent is not None and code.parent in self.codes and seen < len(self.codes):
            code = self.codes[code.parent]
            seen += 1
        return code.guid

    def role_of(self, code_guid: str) -> str:
        """What a code becomes under the current roles ("ignore" for a code the file does not define)."""
        if code_guid not in self.codes:
            return "ignore"
        return self.roles.get(self.branch_of(code_guid), "ignore")

    def describe_roles(self) -> list[str]:
        """One line per branch: its name and what it becomes, for the command line."""
        return [f"{b.name} → {self.roles.get(b.guid, 'ignore')} ({counted(b.codes, 'code')},"
                f" {counted(b.codings, 'coding')})" for b in self.branches]  # fmt: skip

    def set_role(self, branch_name: str, role: str) -> None:
        """Make the branch called `branch_name` (case-insensitive) one of ROLES; KeyError names the branches."""
        if role not in ROLES:
            raise KeyError(f"“{role}” is not one of {', '.join(ROLES)}")
        wanted = branch_name.strip().casefold()
        found = [b for b in self.branches if b.name.strip().casefold() == wanted]
        if not found:
            names = ", ".join(f"“{b.name}”" for b in self.branches) or "none"
            raise KeyError(f"{self.name} has no code branch “{branch_name}” (its branches: {names})")
        for branch in found:
            self.roles[branch.guid] = role

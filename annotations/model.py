"""Plain, immutable records of what a project holds; offsets are Unicode code points."""

from __future__ import annotations

from dataclasses import dataclass

MODES: tuple[str, ...] = ("direct", "indirect", "free indirect", "reported")
"""How a statement is reported, after the German Redewiedergabe scheme."""

BLOCK_KINDS: tuple[str, ...] = ("paragraph", "heading", "quote", "list item")


@dataclass(frozen=True)
class Block:
    """A structural range of a document's canonical text (paragraph, heading, ...)."""

    kind: str
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True)
class Document:
    """An article in a project: its text (offsets count code points), blocks and metadata."""

    id: int
    title: str
    text: str
    author: str = ""
    outlet: str = ""
    published: str = ""
    language: str = ""
    source: str = ""
    format: str = "txt"
    blocks: tuple[Block, ...] = ()
    created: str = ""
    updated: str = ""


@dataclass(frozen=True)
class Speaker:
    """Who says something: a name, other names it goes by, a description and a colour."""

    id: int
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    colour: str = "#808080"

    def names(self) -> tuple[str, ...]:
        """The name followed by every alias: what a reader may type to mean this speaker."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Stance:
    """A position in the stance scheme: label, colour, the key that sets it, a description."""

    id: int
    label: str
    colour: str
    key: str = ""
    position: int = 0
    description: str = ""


@dataclass(frozen=True)
class Target:
    """What a statement is about (optional)."""

    id: int
    name: str


@dataclass(frozen=True)
class Statement:
    """A marked passage: where it is, its quote, who says it, the stance, target, mode and note."""

    id: int
    document_id: int
    start: int  # code points, inclusive
    end: int  # code points, exclusive
    quote: str
    prefix: str = ""
    suffix: str = ""
    speaker_id: int | None = None
    stance_id: int | None = None
    target_id: int | None = None
    mode: str = ""
    cue: str = ""
    note: str = ""
    annotator: str = ""
    status: str = "confirmed"
    anchored: bool = True
    created: str = ""
    updated: str = ""

    @property
    def complete(self) -> bool:
        """A statement is complete once it says who speaks and what position they take."""
        return self.speaker_id is not None and self.stance_id is not None


DEFAULT_STANCES: tuple[tuple[str, str, str, str], ...] = (
    # label, colour, key, description (after the K-News-Stance scheme)
    ("supportive", "#3a9d5d", "1", "Speaks in favour of the target."),
    ("neutral", "#6c8ebf", "2", "Reports or weighs without taking a side."),
    ("opposed", "#d0463b", "3", "Speaks against the target."),
    ("unclear", "#b08a2e", "4", "The position cannot be told from the text."),
)

"""Names a statement is tagged with: speakers (with aliases), the stance scheme, and targets."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

from ..errors import NotFound
from ..model import DEFAULT_STANCES, Speaker, Stance, Target
from .core import StoreCore

SPEAKER_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f",
)  # fmt: skip

_SPEAKER = "SELECT id, name, aliases, description, colour FROM speakers"
_STANCE = "SELECT id, label, colour, key, position, description FROM stances"


def _speaker(row: Sequence) -> Speaker:
    return Speaker(row[0], row[1], tuple(json.loads(row[2])), row[3], row[4])


def _stance(row: Sequence) -> Stance:
    return Stance(row[0], row[1], row[2], row[3], row[4], row[5])


class NameMethods(StoreCore):
    """The store's speakers, stance scheme and targets."""

    # -- speakers ------------------------------------------------------------------------------------

    def speaker(self, speaker_id: int) -> Speaker:
        """One speaker; NotFound if there is none with this id."""
        row = self.db.execute(f"{_SPEAKER} WHERE id = ?", (speaker_id,)).fetchone()
        if row is None:
            raise NotFound(f"The project has no speaker {speaker_id}.")
        return _speaker(row)

    def speakers(self) -> list[Speaker]:
        """Every speaker, by name."""
        return [_speaker(r) for r in self.db.execute(f"{_SPEAKER} ORDER BY name COLLATE NOCASE")]

    def find_speaker(self, name: str) -> Speaker | None:
        """The speaker called `name` or known by it as an alias (case-insensitive)."""
        wanted = name.strip().casefold()
        if not wanted:
            return None
        return next((sp for sp in self.speakers() if any(n.casefold() == wanted for n in sp.names())), None)

    def add_speaker(
        self, name: str, aliases: Iterable[str] = (), description: str = "", colour: str | None = None
    ) -> Speaker:
        """A new speaker; ValueError if the name is empty or already a speaker's name or alias."""
        name = name.strip()
        if not name:
            raise ValueError("A speaker needs a name.")
        if self.find_speaker(name):
            raise ValueError(f"There is already a speaker called “{name}”.")
        with self.writing(f"Add speaker {name}"):
            if colour is not None:
                colour = checked_colour(colour)
            else:
                count = self.db.execute("SELECT count(*) FROM speakers").fetchone()[0]
                colour = SPEAKER_PALETTE[count % len(SPEAKER_PALETTE)]
            cur = self.db.execute(
                "INSERT INTO speakers(name, aliases, description, colour) VALUES (?, ?, ?, ?)",
                (name, _aliases_json(aliases, name), description, colour),
            )
        assert cur.lastrowid is not None
        return self.speaker(cur.lastrowid)

    def find_or_add_speaker(self, name: str) -> Speaker:
        """The speaker known by this name or alias, added to the project if there is none."""
        return self.find_speaker(name) or self.add_speaker(name)

    def update_speaker(
        self,
        speaker_id: int,
        *,
        name: str | None = None,
        aliases: Iterable[str] | None = None,
        description: str | None = None,
        colour: str | None = None,
    ) -> Speaker:
        """Rename a speaker, or change its aliases, description or colour."""
        current = self.speaker(speaker_id)
        name = current.name if name is None else name.strip()
        if not name:
            raise ValueError("A speaker needs a name.")
        # Only a new name can clash: another speaker may already have this one as an alias (add_speaker does
        # not look at aliases), and that must not keep this speaker's aliases or colour from being edited.
        clash = self.find_speaker(name) if name.casefold() != current.name.casefold() else None
        if clash and clash.id != speaker_id:
            raise ValueError(f"There is already a speaker called “{name}”.")
        aliases = current.aliases if aliases is None else tuple(aliases)
        with self.writing(f"Edit speaker {name}"):
            self.db.execute(
                "UPDATE speakers SET name = ?, aliases = ?, description = ?, colour = ? WHERE id = ?",
                (name, _aliases_json(aliases, name), current.description if description is None else description,
                 current.colour if colour is None else checked_colour(colour), speaker_id),
            )  # fmt: skip
        return self.speaker(speaker_id)

    def merge_speakers(self, keep_id: int, gone_id: int) -> list[int]:
        """Move every statement of `gone` to `keep`, keep gone's names as aliases, delete gone.

        Returns the ids of the statements that moved.
        """
        if keep_id == gone_id:
            raise ValueError("A speaker cannot be merged with itself.")
        keep, gone = self.speaker(keep_id), self.speaker(gone_id)
        with self.writing(f"Merge speaker {gone.name} into {keep.name}"):
            moved = [r[0] for r in self.db.execute("SELECT id FROM statements WHERE speaker_id = ?", (gone_id,))]
            self.db.execute(
                "UPDATE statements SET speaker_id = ?, updated = ? WHERE speaker_id = ?", (keep_id, self.clock(), gone_id)
            )
            self.db.execute("DELETE FROM speakers WHERE id = ?", (gone_id,))
            self._forget_name_identities(("speaker", "case"), gone_id)
            self.db.execute(
                "UPDATE speakers SET aliases = ? WHERE id = ?",
                (_aliases_json((*keep.aliases, *gone.names()), keep.name), keep_id),
            )
        return moved

    def delete_speaker(self, speaker_id: int) -> list[int]:
        """Delete a speaker; its statements keep their text but lose the speaker. Returns their ids."""
        sp = self.speaker(speaker_id)
        with self.writing(f"Delete speaker {sp.name}"):
            affected = [r[0] for r in self.db.execute("SELECT id FROM statements WHERE speaker_id = ?", (speaker_id,))]
            self.db.execute("DELETE FROM speakers WHERE id = ?", (speaker_id,))
            self._forget_name_identities(("speaker", "case"), speaker_id)
        return affected

    def _forget_name_identities(self, kinds: tuple[str, ...], local_id: int) -> None:
        # SQLite gives a deleted row's id to the next one, which must not inherit what another file called
        # the deleted one (a REFI-QDA export reuses it as the code's or case's GUID).
        marks = ", ".join("?" * len(kinds))
        self.db.execute(f"DELETE FROM external_ids WHERE kind IN ({marks}) AND local_id = ?", (*kinds, local_id))

    # -- the stance scheme ---------------------------------------------------------------------------

    def stances(self) -> list[Stance]:
        """The stance scheme, in its order."""
        return [_stance(r) for r in self.db.execute(f"{_STANCE} ORDER BY position, id")]

    def stance(self, stance_id: int) -> Stance:
        """One stance; NotFound if the scheme has none with this id."""
        row = self.db.execute(f"{_STANCE} WHERE id = ?", (stance_id,)).fetchone()
        if row is None:
            raise NotFound(f"The project has no stance {stance_id}.")
        return _stance(row)

    def find_stance(self, label: str) -> Stance | None:
        """The stance with this label (case-insensitive)."""
        wanted = label.strip().casefold()
        return next((s for s in self.stances() if s.label.casefold() == wanted), None)

    def seed_stances(self) -> None:
        """Give a project without a scheme the default one (supportive, neutral, opposed, unclear)."""
        with self.writing("Add the default stance scheme"):
            for label, colour, key, description in DEFAULT_STANCES:
                self.add_stance(label, colour, key, description)

    def add_stance(self, label: str, colour: str, key: str = "", description: str = "") -> Stance:
        """A new stance at the end of the scheme; a key already taken moves to it."""
        label = label.strip()
        if not label:
            raise ValueError("A stance needs a label.")
        if self.find_stance(label):
            raise ValueError(f"The scheme already has a stance “{label}”.")
        colour = checked_colour(colour)
        with self.writing(f"Add stance {label}"):
            self._free_key(key, None)
            position = self.db.execute("SELECT coalesce(max(position), -1) + 1 FROM stances").fetchone()[0]
            cur = self.db.execute(
                "INSERT INTO stances(label, colour, key, position, description) VALUES (?, ?, ?, ?, ?)",
                (label, colour, key, position, description),
            )
        assert cur.lastrowid is not None
        return self.stance(cur.lastrowid)

    def _free_key(self, key: str, owner: int | None) -> None:
        # A key belongs to one stance: giving it to another takes it from the first.
        if key:
            self.db.execute("UPDATE stances SET key = '' WHERE key = ? AND id IS NOT ?", (key, owner))

    def update_stance(
        self,
        stance_id: int,
        *,
        label: str | None = None,
        colour: str | None = None,
        key: str | None = None,
        description: str | None = None,
    ) -> Stance:
        """Rename, recolour, describe a stance or give it a key (taken from the stance that had it)."""
        current = self.stance(stance_id)
        label = current.label if label is None else label.strip()
        if not label:
            raise ValueError("A stance needs a label.")
        clash = self.find_stance(label)
        if clash and clash.id != stance_id:
            raise ValueError(f"The scheme already has a stance “{label}”.")
        key = current.key if key is None else key
        with self.writing(f"Edit stance {label}"):
            self._free_key(key, stance_id)
            self.db.execute(
                "UPDATE stances SET label = ?, colour = ?, key = ?, description = ? WHERE id = ?",
                (label, current.colour if colour is None else checked_colour(colour), key,
                 current.description if description is None else description, stance_id),
            )  # fmt: skip
        return self.stance(stance_id)

    def reorder_stances(self, stance_ids: Sequence[int]) -> list[Stance]:
        """Put the scheme in this order (every stance named once)."""
        if sorted(stance_ids) != sorted(s.id for s in self.stances()):
            raise ValueError("A new order must name every stance of the scheme once.")
        with self.writing("Reorder stances"):
            self.db.conn.executemany(
                "UPDATE stances SET position = ? WHERE id = ?", [(p, i) for p, i in enumerate(stance_ids)]
            )
        return self.stances()

    def delete_stance(self, stance_id: int) -> list[int]:
        """Remove a stance from the scheme; its statements lose their stance. Returns their ids."""
        st = self.stance(stance_id)
        with self.writing(f"Delete stance {st.label}"):
            affected = [r[0] for r in self.db.execute("SELECT id FROM statements WHERE stance_id = ?", (stance_id,))]
            self.db.execute("DELETE FROM stances WHERE id = ?", (stance_id,))
            self._forget_name_identities(("stance",), stance_id)
        return affected

    # -- targets -------------------------------------------------------------------------------------

    def targets(self) -> list[Target]:
        """Every target, by name."""
        return [Target(*r) for r in self.db.execute("SELECT id, name FROM targets ORDER BY name COLLATE NOCASE")]

    def target(self, target_id: int) -> Target:
        """One target; NotFound if there is none with this id."""
        row = self.db.execute("SELECT id, name FROM targets WHERE id = ?", (target_id,)).fetchone()
        if row is None:
            raise NotFound(f"The project has no target {target_id}.")
        return Target(*row)

    def find_or_add_target(self, name: str) -> Target:
        """The target with this name (case-insensitive), added to the project if there is none."""
        name = name.strip()
        if not name:
            raise ValueError("A target needs a name.")
        row = self.db.execute("SELECT id, name FROM targets WHERE name = ?", (name,)).fetchone()
        if row:
            return Target(*row)
        with self.writing(f"Add target {name}"):
            cur = self.db.execute("INSERT INTO targets(name) VALUES (?)", (name,))
        assert cur.lastrowid is not None
        return Target(cur.lastrowid, name)


def _aliases_json(aliases: Iterable[str], name: str) -> str:
    seen, out = {name.casefold()}, []
    for a in aliases:
        a = a.strip()
        if a and a.casefold() not in seen:
            seen.add(a.casefold())
            out.append(a)
    return json.dumps(out, ensure_ascii=False)


_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


def checked_colour(colour: str) -> str:
    """A colour as #rrggbb (lower case); ValueError for anything else, which exports would choke on."""
    colour = colour.strip()
    if not _HEX_COLOUR.fullmatch(colour):
        raise ValueError(f"“{colour}” is not a colour: give it as #rrggbb, for example #c0392b.")
    if len(colour) == 4:
        colour = "#" + "".join(c * 2 for c in colour[1:])
    return colour.lower()


def colour_or(colour: object, default: str) -> str:
    """A colour read from another file: kept when it is one, else the default (imports do not fail on it)."""
    try:
        return checked_colour(str(colour))
    except ValueError:
        return default

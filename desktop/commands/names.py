"""Commands on the names statements are tagged with: speakers and the stance scheme."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from annotations.model import Speaker, Stance
from annotations.store import Store

from . import Command

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ..project import Project


def update_speaker(project: Project, speaker: Speaker, label: str, /, **changes: Any) -> Command:
    """Rename a speaker, change its aliases, description or colour."""
    return Command(project, label, _update_speaker, speaker.id, changes)


def _update_speaker(store: Store, speaker_id: int, changes: dict) -> Speaker:
    return store.update_speaker(speaker_id, **changes)


def add_speaker(project: Project, name: str) -> Command:
    return Command(project, translate("Commands", "Add speaker {name}").format(name=name), Store.add_speaker, name)


def merge_speakers(project: Project, keep: Speaker, gone: Speaker) -> Command:
    return Command(project, translate("Commands", "Merge speaker {gone} into {keep}").format(gone=gone.name, keep=keep.name), Store.merge_speakers, keep.id, gone.id)


def delete_speaker(project: Project, speaker: Speaker) -> Command:
    return Command(project, translate("Commands", "Delete speaker {name}").format(name=speaker.name), Store.delete_speaker, speaker.id)


def update_stance(project: Project, stance: Stance, label: str, /, **changes: Any) -> Command:
    """Rename, recolour, describe a stance or give it a key (taken from the stance that had it)."""
    return Command(project, label, _update_stance, stance.id, changes)


def _update_stance(store: Store, stance_id: int, changes: dict) -> Stance:
    return store.update_stance(stance_id, **changes)


def add_stance(project: Project, label: str, colour: str, key: str = "") -> Command:
    return Command(project, translate("Commands", "Add stance {label}").format(label=label), Store.add_stance, label, colour, key)


def reorder_stances(project: Project, order: list[int]) -> Command:
    return Command(project, translate("Commands", "Reorder stances"), Store.reorder_stances, order)


def delete_stance(project: Project, stance: Stance) -> Command:
    return Command(project, translate("Commands", "Delete stance {label}").format(label=stance.label), Store.delete_stance, stance.id)

"""The project's own exceptions: each message says what happened, to which file, and what to do."""

from __future__ import annotations


class StandpointError(Exception):
    """Base of every error a user may be shown."""


class ProjectError(StandpointError):
    """A project file cannot be opened or written."""


class NotAProject(ProjectError):
    """The file is not a Standpoint project (not SQLite, or SQLite without our tables)."""


class ProjectDamaged(ProjectError):
    """The file is a damaged SQLite database."""


class NewerProject(ProjectError):
    """The file was written by a newer Standpoint with a schema this version does not know."""


class ProjectLocked(ProjectError):
    """Another Standpoint window or process is writing to the file."""


class ProjectReadOnly(ProjectError):
    """The file, its folder or the disk does not accept writes."""


class NotFound(StandpointError):
    """A document, statement, speaker or stance id that the project does not hold."""


class InvalidSpan(StandpointError):
    """A span that does not fit the document's text."""


class InvalidText(StandpointError):
    """Text that a project cannot store (a lone UTF-16 surrogate from a broken file or an API caller)."""


class ImportFailed(StandpointError):
    """A file could not be imported; the project is left as it was."""

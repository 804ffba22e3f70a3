"""Standpoint's core: documents, statements, speakers and stances, kept in SQLite. Never imports Qt."""

__version__ = "0.1.0"

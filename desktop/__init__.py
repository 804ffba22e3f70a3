"""Standpoint's window: shows a project and turns the reader's gestures into undoable commands."""

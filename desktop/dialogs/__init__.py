"""Dialogs: speakers, the stance scheme, shortcuts."""

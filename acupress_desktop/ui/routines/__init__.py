"""Saved routines: their page, the editor, the printable card and the notices before a routine."""

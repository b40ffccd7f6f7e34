"""The Settings dialog, its sections and the values it edits."""

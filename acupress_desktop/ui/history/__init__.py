"""The History page: tiles, charts and the table of sessions."""

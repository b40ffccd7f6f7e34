"""Tests of the packaging: wheel configuration, icons and the Linux desktop files."""

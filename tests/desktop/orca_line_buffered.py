#!/usr/bin/python3
"""Start Orca with its debug log written line by line, so a test reads what Orca said as soon
as Orca says it (Orca opens the log with Python's default buffering, and a short utterance
would wait in the buffer until kilobytes more came). Usage: orca_line_buffered.py ORCA ARGS..."""

import builtins
import runpy
import sys

orca, arguments = sys.argv[1], sys.argv[2:]
log = arguments[arguments.index("--debug-file") + 1] if "--debug-file" in arguments else None
_open = builtins.open


def _line_buffered_log(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
    if log is not None and file == log and "w" in mode and "b" not in mode:
        kwargs["buffering"] = 1
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered_log
sys.argv = [orca, *arguments]
runpy.run_path(orca, run_name="__main__")

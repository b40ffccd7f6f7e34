"""Run every benchmark and print its figures (``make bench``; about 6 minutes)."""

from __future__ import annotations

import sys

from benchmarks import cue_onsets, long_run, session_timing, startup_memory


def main() -> int:
    """Session timing and CPU, cue onsets as heard, start-up time and memory, memory over 8
    simulated hours."""
    session_timing.main([])
    cue_onsets.main([])
    startup_memory.main([])
    long_run.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())

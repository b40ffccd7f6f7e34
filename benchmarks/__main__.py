"""Run every benchmark and print its figures (``make bench``; about 5 minutes)."""

from __future__ import annotations

import sys

from benchmarks import long_run, session_timing, startup_memory


def main() -> int:
    """Session timing and CPU, start-up time and memory, memory over 8 simulated hours."""
    session_timing.main([])
    startup_memory.main([])
    long_run.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())

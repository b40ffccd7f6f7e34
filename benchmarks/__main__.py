"""Run every benchmark and print its figures."""

from __future__ import annotations

import sys

from benchmarks import session_timing


def main() -> int:
    """Run the benchmarks in turn."""
    return session_timing.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

"""Write the acupress(1) man page from the app's own ``--help`` text (argparse's layout).

The help text is the one source of the options, so the man page cannot drift from the program:
the usage becomes the SYNOPSIS, the description line the DESCRIPTION, and every argument of
"positional arguments" and "options" an indented paragraph of OPTIONS. No help2man needed.

Usage (make_deb.py calls ``manpage()``; this prints the roff source)::

    python packaging/manpage.py [--command "python -m acupress_desktop"]
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass

HOMEPAGE = "https://github.com/acupress/acupress"
SECTION_TITLES = {"positional arguments": "ARGUMENTS", "options": "OPTIONS"}


@dataclass(frozen=True)
class Help:
    """argparse's help text, split into its parts."""

    usage: str  # "acupress [-h] ... [FILE ...]" on one line, without "usage: "
    description: str
    sections: dict[str, list[tuple[str, str]]]  # section title -> (term, help) pairs


def parse_help(text: str) -> Help:
    """Split argparse's ``--help`` output into usage, description and argument sections."""
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    usage_block = blocks[0]
    if not usage_block.startswith("usage: "):
        raise ValueError(f"not argparse help: {usage_block[:40]!r}")
    usage = " ".join(usage_block.removeprefix("usage: ").split())
    description_parts: list[str] = []
    sections: dict[str, list[tuple[str, str]]] = {}
    for block in blocks[1:]:
        lines = block.splitlines()
        title = lines[0].rstrip(":")
        if not lines[0].endswith(":") or lines[0].startswith(" "):
            description_parts.append(" ".join(block.split()))
            continue
        entries: list[tuple[str, str]] = []
        for line in lines[1:]:
            if re.match(r"^ {2}\S", line):  # a new argument: "  --flag ARG   help starts"
                term, _, rest = line.strip().partition("  ")
                entries.append((term.strip(), rest.strip()))
            elif entries:  # help continued, or the help of a term too long for its column
                term, said = entries[-1]
                entries[-1] = (term, f"{said} {line.strip()}".strip())
        sections[title] = entries
    return Help(usage=usage, description="\n".join(description_parts), sections=sections)


def roff(text: str) -> str:
    """``text`` safe inside a roff line: backslashes, hyphens (as minus) and leading dots."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


def _term(term: str) -> str:
    """``-v, --verbose`` bold, metavariables italic: ``\\fB\\-v\\fR, \\fB\\-\\-verbose\\fR``."""
    parts = []
    for option in term.split(", "):
        name, _, value = option.partition(" ")
        if name.startswith("-"):
            part = f"\\fB{roff(name)}\\fR"
            if value:
                part += f" \\fI{roff(value)}\\fR"
        else:
            part = f"\\fI{roff(option)}\\fR"
        parts.append(part)
    return ", ".join(parts)


def manpage(help_text: str, version: str, date: str, name: str = "acupress") -> str:
    """The roff source of ``name(1)`` for this help text, dated ``date`` (YYYY-MM-DD)."""
    parsed = parse_help(help_text)
    summary = parsed.description.splitlines()[0].rstrip(".") if parsed.description else name
    program, _, arguments = parsed.usage.partition(" ")
    lines = [
        f'.TH {name.upper()} 1 "{date}" "{name} {version}" "User Commands"',
        ".SH NAME",
        f"{name} \\- {roff(summary[0].lower() + summary[1:])}",
        ".SH SYNOPSIS",
        f"\\fB{roff(program)}\\fR {roff(arguments)}",
        ".SH DESCRIPTION",
        roff(parsed.description or summary),
        ".PP",
        "Without options it opens the main window. Files named on the command line are routine"
        " files exported by Acupress (\\fI*.acupress.json\\fR); they are imported, all or nothing"
        " per file.",
    ]
    for title, entries in parsed.sections.items():
        lines.append(f".SH {SECTION_TITLES.get(title, roff(title.upper()))}")
        for term, said in entries:
            lines += [".TP", _term(term), roff(said)]
    lines += [
        ".SH SEE ALSO",
        f"The project's homepage: {roff(HOMEPAGE)}",
        ".PP",
        "Acupress is self\\-care information, not medical advice.",
    ]
    return "\n".join(lines) + "\n"


def help_of(command: Sequence[str]) -> str:
    """``COMMAND --help`` (offscreen, wide enough that argparse wraps only long terms)."""
    env = dict(os.environ, COLUMNS="200", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    return result.stdout


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the man page of COMMAND."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--command", default=f"{sys.executable} -m acupress_desktop")
    parser.add_argument("--version", dest="version_", default="0", help="version for the header")
    parser.add_argument("--date", default="1970-01-01", help="date for the header")
    args = parser.parse_args(argv)
    print(manpage(help_of(shlex.split(args.command)), args.version_, args.date), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

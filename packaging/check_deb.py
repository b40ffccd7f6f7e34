"""Install dist/acupress_<version>_<arch>.deb with apt on this machine, use it, purge it.

This proves what a user of ``sudo apt install ./acupress_….deb`` gets. It changes the system (as
root, or through sudo), so it is not part of ``make test``; ``make deb-check`` runs it, and
tests/packaging/test_deb.py does when ``ACUPRESS_DEB_CHECK=1``. Steps, each timed:

1. ``apt-get install -y --no-install-recommends ./dist/acupress_….deb``: the ``Depends`` alone
   must be enough; then ``dpkg -L acupress`` is kept, to check the removal against it;
2. the installed command: ``/usr/bin/acupress --version``, then, offscreen with a throwaway home,
   ``acupress --screenshot OUT.png --data-dir DATA``: exit 0, a picture at least 1000x600 with
   real content, ``settings.json`` in DATA;
3. the desktop integration: the desktop entry's Exec= and TryExec= are files of the package,
   ``desktop-file-validate`` says nothing, ``appstreamcli validate --no-net`` passes, dpkg's
   triggers registered the MIME type (shared-mime-info's ``application/…xml`` and ``globs2``),
   the desktop database lists it (``mimeinfo.cache``) and, where gtk-update-icon-cache is
   installed, the hicolor icon cache was rebuilt; the man page is acupress(1);
4. ``apt-get remove --purge -y acupress``: none of the package's files is left (nor
   /opt/acupress), the MIME type is unregistered, and the user's DATA folder is untouched.

Usage::

    python packaging/check_deb.py [--deb dist/acupress_0.1.0-1_amd64.deb] [--keep DIR]

Exit status 0 when every check passed. It refuses to run when acupress is already installed
(it would remove that installation at the end).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from screenshot_check import screenshot_problem  # beside this script

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "acupress"
APP_ID = "io.github.acupress.Acupress"
MIME_TYPE = "application/x-acupress-routines+json"
INSTALL_DIR = Path("/opt/acupress")
COMMAND = Path("/usr/bin/acupress")
SHARE = Path("/usr/share")
DESKTOP = SHARE / "applications" / f"{APP_ID}.desktop"
METAINFO = SHARE / "metainfo" / f"{APP_ID}.metainfo.xml"
MIME_XML = SHARE / "mime" / f"{MIME_TYPE}.xml"  # update-mime-database writes it
MAN_PAGE = SHARE / "man" / "man1" / f"{PACKAGE}.1.gz"


class CheckError(Exception):
    """A step found a problem; the message says which."""


@contextmanager
def step(title: str) -> Iterator[None]:
    """Print the step's title and, when it ends, how long it took."""
    print(f"-- {title}", flush=True)
    started = time.monotonic()
    yield
    print(f"   ok ({time.monotonic() - started:.1f} s)", flush=True)


def as_root(command: Sequence[str | Path]) -> list[str]:
    """``command`` run as root: directly when we are root, else through sudo."""
    parts = [str(part) for part in command]
    if os.geteuid() == 0:
        return parts
    if shutil.which("sudo") is None:
        raise CheckError("not root and no sudo: cannot install a package")
    return ["sudo", "--non-interactive", *parts]


def run(
    command: Sequence[str | Path], env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """Run ``command``; on failure raise CheckError with its output."""
    result = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise CheckError(
            f"{' '.join(str(p) for p in command)} exited with {result.returncode}\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return result


def default_deb() -> Path:
    """The newest dist/acupress_*_<arch>.deb."""
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    debs = sorted((ROOT / "dist").glob(f"{PACKAGE}_*_{arch}.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        raise CheckError(f"no dist/{PACKAGE}_*_{arch}.deb: build it with `make deb`")
    return debs[-1]


def installed_version() -> str | None:
    """The installed acupress's version, None when it is not installed."""
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or "install ok installed" not in result.stdout:
        return None
    return result.stdout.rsplit(" ", 1)[-1]


def package_files() -> list[Path]:
    """``dpkg -L acupress``: every file, link and folder the package installed."""
    listing = run(["dpkg", "-L", PACKAGE]).stdout.splitlines()
    return [Path(line) for line in listing if line.startswith("/") and line != "/."]


def app_env(home: Path) -> dict[str, str]:
    """Offscreen, a throwaway home, no Python or Qt paths from this checkout or a venv."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_PLUGIN_PATH"):
        env.pop(name, None)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    env["XDG_CACHE_HOME"] = str(home / ".cache")
    env["PATH"] = "/usr/local/bin:/usr/bin:/bin"  # the installed command, not a venv's
    return env


def desktop_value(key: str) -> str:
    """A key of the installed desktop entry's [Desktop Entry] group."""
    match = re.search(rf"^{key}=(.*)$", DESKTOP.read_text(encoding="utf-8"), re.MULTILINE)
    if not match:
        raise CheckError(f"{DESKTOP} has no {key}=")
    return match.group(1).strip()


def command_path(command: str) -> Path:
    """Where the desktop environment finds ``command``: as given, or in /usr/bin."""
    return Path(command) if command.startswith("/") else Path("/usr/bin") / command


def check_installed_app(version: str, work: Path) -> None:
    """``acupress --version`` and ``--screenshot`` from the installed copy."""
    home, data, shot = work / "home", work / "data", work / "out.png"
    home.mkdir()
    if not COMMAND.is_symlink() or not COMMAND.resolve().is_relative_to(INSTALL_DIR):
        raise CheckError(f"{COMMAND} is not a link into {INSTALL_DIR}")
    said = run([COMMAND, "--version"], env=app_env(home), timeout=120).stdout.strip()
    upstream = version.rsplit("-", 1)[0]
    if upstream not in said:
        raise CheckError(f"acupress --version said {said!r}, not {upstream}")
    print(f"   {said}")
    started = time.monotonic()
    run(
        [PACKAGE, "--screenshot", shot, "--data-dir", data],
        env=app_env(home),
        timeout=180,
    )
    size, problem = screenshot_problem(shot)
    if problem:
        raise CheckError(problem)
    if not (data / "settings.json").is_file():
        raise CheckError(f"--data-dir {data} holds no settings.json")
    print(f"   screenshot {size[0]}x{size[1]} in {time.monotonic() - started:.1f} s")


def check_desktop_integration(files: set[Path], installed_at: float) -> None:
    """Launcher, validators, MIME registration, desktop database, icon cache, man page."""
    for key in ("Exec", "TryExec"):
        target = command_path(desktop_value(key).split()[0])
        if target not in files or not target.exists():
            raise CheckError(f"{key}= runs {target}, which the package does not install")
    said = run(["desktop-file-validate", DESKTOP]).stdout.strip()
    if said:
        raise CheckError(f"desktop-file-validate: {said}")
    report = run(["appstreamcli", "validate", "--no-net", METAINFO]).stdout.strip()
    print("   appstreamcli: " + " | ".join(report.splitlines()[-3:]))
    if not MIME_XML.is_file():
        raise CheckError(f"the MIME type is not registered: no {MIME_XML}")
    globs = (SHARE / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    if f"60:{MIME_TYPE}:*.acupress.json" not in globs:
        raise CheckError(f"{SHARE}/mime/globs2 lacks the *.acupress.json glob")
    cache = SHARE / "applications" / "mimeinfo.cache"
    entries = cache.read_text(encoding="utf-8") if cache.is_file() else ""
    if not re.search(rf"^{re.escape(MIME_TYPE)}=.*{re.escape(DESKTOP.name)}", entries, re.M):
        raise CheckError(f"{cache} does not list {DESKTOP.name} for {MIME_TYPE}")
    icon_cache = SHARE / "icons" / "hicolor" / "icon-theme.cache"
    if shutil.which("gtk-update-icon-cache") and icon_cache.stat().st_mtime < installed_at - 2:
        raise CheckError(f"{icon_cache} was not rebuilt by dpkg's trigger")
    page = gzip.decompress(MAN_PAGE.read_bytes()).decode("utf-8")
    if not page.startswith(".TH ACUPRESS 1") or "data\\-dir" not in page:
        raise CheckError(f"{MAN_PAGE} is not acupress(1) with its options")
    print(f"   {MIME_XML.name}, globs2 and mimeinfo.cache list {MIME_TYPE}")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its contents."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def check(deb: Path, work: Path) -> None:
    """All steps, in ``work``."""
    if installed_version() is not None:
        raise CheckError(
            f"{PACKAGE} {installed_version()} is installed already; this check would remove it"
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    started = time.monotonic()
    installed_at = time.time()
    with step(f"apt-get install {deb.name} ({deb.stat().st_size / 2**20:.1f} MiB)"):
        run(
            as_root(["apt-get", "install", "-y", "-q", "--no-install-recommends", deb.resolve()]),
            env=env,
        )
        version = installed_version()
        if version is None:
            raise CheckError(f"{PACKAGE} is not installed after apt-get install")
        files = package_files()
        installed = sum(p.lstat().st_size for p in files if p.is_file() or p.is_symlink())
        leaves = [p for p in files if not p.is_dir() or p.is_symlink()]
        print(f"   {PACKAGE} {version}: {len(leaves)} files, {installed / 2**20:.0f} MiB")
    try:
        with step("installed app: acupress --version, --screenshot offscreen"):
            check_installed_app(version, work)
        with step("desktop entry, AppStream, MIME type, desktop database, man page"):
            check_desktop_integration(set(files), installed_at)
    finally:
        data_before = snapshot(work / "data") if (work / "data").is_dir() else {}
        with step("apt-get remove --purge acupress"):
            run(as_root(["apt-get", "remove", "--purge", "-y", "-q", PACKAGE]), env=env)
    with step("nothing left behind; the user's data untouched"):
        left = [p for p in leaves if p.exists() or p.is_symlink()]
        if INSTALL_DIR.exists():
            left.append(INSTALL_DIR)
        if MIME_XML.exists():
            left.append(MIME_XML)
        cache = SHARE / "applications" / "mimeinfo.cache"
        if cache.is_file() and DESKTOP.name in cache.read_text(encoding="utf-8"):
            left.append(cache)
        if left:
            raise CheckError("left after purge:\n  " + "\n  ".join(map(str, left)))
        if not data_before or snapshot(work / "data") != data_before:
            raise CheckError(f"the data folder {work / 'data'} changed during the removal")
        print(f"   {len(leaves)} files gone; {len(data_before)} data files intact")
    print(f"   whole check {time.monotonic() - started:.0f} s")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--deb", type=Path, help="the package (default: the newest in dist/)")
    parser.add_argument("--keep", type=Path, help="work in DIR (kept) instead of a temp folder")
    args = parser.parse_args(argv)
    try:
        deb = args.deb or default_deb()
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=False)
            check(deb, args.keep.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="acupress-deb-") as work:
                check(deb, Path(work))
    except (CheckError, subprocess.TimeoutExpired) as exc:
        print(f"deb check FAILED: {exc}", file=sys.stderr)
        return 1
    print("deb check passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

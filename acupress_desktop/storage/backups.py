"""Automatic backups (made, listed, rotated, checked before a restore) and files set aside: a damaged
data file, or the one a restore replaced. Files set aside are kept, never deleted."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from acupress_desktop.core.text import translate
from acupress_desktop.storage.db_errors import DatabaseError, DatabaseTooNewError
from acupress_desktop.storage.db_files import (
    RESTORE_STAGING,
    SIDE_FILES,
    Inspection,
    inspect_file,
    sync_folder,
    unlink_quietly,
)
from acupress_desktop.storage.files import create_private
from acupress_desktop.storage.reasons import logged, os_reason

#: How files are stamped with the UTC time, in backup names and in the names of files set aside.
STAMP = "%Y%m%d-%H%M%S"
_BACKUP_NAME = re.compile(r"^acupress-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
_STRAY_COPY = re.compile(r"^\.acupress-.*\.tmp(-wal|-shm|-journal)?$")  # a backup cut short


# -- backups -------------------------------------------------------------------------------------


def list_backups(folder: Path) -> list[tuple[datetime, Path]]:
    found: list[tuple[datetime, int, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _BACKUP_NAME.match(entry.name)
        if match:
            stamp = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
            found.append((stamp, int(match.group(2) or 1), entry))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [(stamp, path) for stamp, _, path in found]


def free_backup_name(folder: Path, stamp: str) -> Path:
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        candidate = folder / f"acupress-{stamp}{extra}.sqlite3"
        if not candidate.exists():
            return candidate
        number += 1


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent single-file copy of ``source`` at ``target``, written under a temporary name first."""
    staging = target.with_name(f".{target.name}.tmp")
    unlink_quietly(staging)
    try:
        create_private(staging)
        copy = sqlite3.connect(staging, isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            copy.close()
        with staging.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, target)
        sync_folder(target.parent)
    except BaseException:
        for suffix in ("", *SIDE_FILES):
            unlink_quietly(Path(f"{staging}{suffix}"))
        raise


def rotate_backups(folder: Path, keep: int) -> None:
    """Delete all but the newest ``keep`` backups, and partial copies left by a crash."""
    for _, old in list_backups(folder)[keep:]:
        unlink_quietly(old)
    for stray in folder.iterdir():
        if _STRAY_COPY.match(stray.name):
            unlink_quietly(stray)


def backup_offer(backups: tuple[Path, ...]) -> str:
    if not backups:
        return translate("Database", "There is no automatic backup to restore.")
    stamp = list_backups(backups[0].parent)[0][0]
    return translate(
        "Database",
        "The latest automatic backup is from %1 UTC; you can restore it from the list of backups.",
    ).replace("%1", f"{stamp:%Y-%m-%d %H:%M}")


def has_backup_on(folder: Path, moment: datetime, tz: tzinfo | None) -> bool:
    """True when a backup in ``folder`` was made on the same day as ``moment`` in the time zone ``tz``."""
    day = moment.astimezone(tz).date()
    return any(stamp.astimezone(tz).date() == day for stamp, _ in list_backups(folder))


def check_backup(backup: Path) -> Inspection:
    """Inspect a backup before restoring it; refuse a damaged one or one from a newer version.

    Raises:
        DatabaseTooNewError: the backup comes from a newer version of the app.
        DatabaseError: the backup cannot be read or is damaged.
    """
    try:
        inspection = inspect_file(backup)
    except DatabaseTooNewError as exc:
        raise DatabaseTooNewError(
            translate(
                "Database",
                "The backup “%1” was made by a newer version of Acupress, so it was not "
                "restored. Your current data is unchanged.",
            ).replace("%1", backup.name)
        ) from exc
    except DatabaseError as exc:
        raise DatabaseError(
            translate("Database", "%1 The backup was not restored.").replace("%1", str(exc))
        ) from exc
    if inspection.damage:
        raise DatabaseError(
            translate(
                "Database",
                "The backup “%1” is damaged (%2), so it was not restored. Your current data "
                "is unchanged; choose another backup.",
            )
            .replace("%2", inspection.damage)
            .replace("%1", backup.name)
        )
    return inspection


# -- files set aside -----------------------------------------------------------------------------


def move_aside(path: Path, label: str, stamp: str) -> Path:
    """Rename the data file and its -wal/-shm to ``acupress.<label>-<stamp>.sqlite3`` (kept, never deleted)."""
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        target = path.with_name(f"{path.stem}.{label}-{stamp}{extra}{path.suffix}")
        if not any(Path(f"{target}{s}").exists() for s in ("", *SIDE_FILES)):
            break
        number += 1
    moved: list[str] = []
    try:
        for suffix in ("", *SIDE_FILES):
            if suffix == "" or Path(f"{path}{suffix}").exists():
                os.replace(f"{path}{suffix}", f"{target}{suffix}")
                moved.append(suffix)
    except OSError:
        for suffix in reversed(moved):  # put back what moved, so the set stays together
            os.replace(f"{target}{suffix}", f"{path}{suffix}")
        raise
    sync_folder(path.parent)
    return target


def finish_interrupted_restore(path: Path) -> None:
    """Complete a restore cut short after the old file was moved aside; drop one cut short before."""
    staging = path.with_name(RESTORE_STAGING)
    if not staging.exists():
        return
    try:
        if path.exists():
            staging.unlink()  # the restore never started replacing: the current file is intact
        else:
            os.replace(staging, path)  # the old file is already aside; the copy is complete
    except OSError:
        pass  # opening goes on with what is there; nothing is lost either way


def put_back(aside: Path, path: Path) -> None:
    """Undo ``move_aside``: rename the file set aside (and its -wal/-shm) back to ``path``."""
    for suffix in ("", *SIDE_FILES):
        if Path(f"{aside}{suffix}").exists():
            os.replace(f"{aside}{suffix}", f"{path}{suffix}")


def move_damaged_aside(path: Path, damage: str, stamp: str) -> Path:
    """Move a damaged data file aside as ``acupress.damaged-<stamp>.sqlite3``; DatabaseError if it cannot be."""
    try:
        return move_aside(path, "damaged", stamp)
    except OSError as exc:
        raise DatabaseError(
            translate(
                "Database",
                "The data file “%1” is damaged (%2) and could not be moved aside (%3). "
                "Nothing was changed; move the file somewhere else yourself and start "
                "Acupress again.",
            )
            .replace("%2", damage)
            .replace("%3", os_reason(exc))
            .replace("%1", str(path))
        ) from logged(exc, f"moving {path} aside failed")


def damaged_message(aside: Path, damage: str, data_dir: Path) -> str:
    """The damaged file was kept as ``aside`` in ``data_dir`` and a new, empty one started."""
    return (
        translate(
            "Database",
            "Your saved routines and history could not be read because the data file is damaged "
            "(%1). It was kept as “%2” in “%3”, and a new, empty data file was started.",
        )
        .replace("%1", damage)
        .replace("%2", aside.name)
        .replace("%3", str(data_dir))
    )


def damaged_unmoved_message(path: Path, damage: str, because: str, read_only: str) -> str:
    """A damaged file that could not be moved aside ``because`` the folder cannot be written."""
    return (
        translate(
            "Database",
            "The data file “%1” is damaged (%2), and it could not be moved aside "
            "because %3. Nothing was changed. %4",
        )
        .replace("%2", damage)
        .replace("%3", because)
        .replace("%4", read_only)
        .replace("%1", str(path))
    )

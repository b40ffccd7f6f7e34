"""Saved routines: the user's own (read-write, in the database) and the built-ins (read-only, from data/routines.json)."""

from __future__ import annotations

import builtins
import json
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from acupress_desktop.core.catalogue import Catalogue, load_catalogue
from acupress_desktop.core.routine import (
    NAME_MAX,
    Routine,
    RoutineError,
    RoutineStep,
    clean_name,
    name_key,
    name_refusal,
    name_taken,
    normalise_name,
)
from acupress_desktop.core.text import translate
from acupress_desktop.resources import data_path
from acupress_desktop.storage.database import Database

BUILTIN_PREFIX = "builtin:"
BUILTIN_FORMAT = "acupress-builtin-routines"
BUILTIN_VERSION = 1
_COLUMNS = (
    "id, name, description, rest_seconds, rounds, get_ready_seconds, switch_seconds, breathing, "
    "favourite, last_used_utc, find_point, halfway_cue, press_style, press_with_breath"
)


@dataclass(frozen=True)
class StoredRoutine:
    """A routine as saved, with what the routine list needs to sort it.

    Attributes:
        routine: the routine; ``routine.id`` is its stored id, ``routine.builtin`` marks built-ins.
        favourite: starred by the user (shown first).
        last_used: when a session last started from it (UTC), or None.
    """

    routine: Routine
    favourite: bool
    last_used: datetime | None


class RoutineNameError(RoutineError):
    """A routine name is empty, too long or already taken; the message says which."""


class RoutineNotFoundError(RoutineError, KeyError):
    """No routine has this id (it may have been deleted meanwhile)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def check_name(name: str, taken: Iterable[str]) -> str:
    """The name as stored (``core.routine.normalise_name``), or RoutineNameError saying why not.

    The rule (``core.routine.name_refusal``) is the same for the editor, an imported file and
    this repository: at least one visible character, at most 80 characters counted as Unicode
    code points after normalising (so "é", "背" and "🙂" each count as one), one line, no
    characters that change the direction of the text. Characters that show nothing (zero-width
    spaces, soft hyphens, blank-looking letters such as U+3164) are dropped. A name is taken when
    it looks like another (``name_key``: the same ignoring case, width, spaces and invisible
    characters).
    """
    problem = name_refusal(name, taken)
    if problem:
        raise RoutineNameError(problem)
    return normalise_name(name)


def numbered_name(name: str, taken: Iterable[str], label: str = "") -> str:
    """``name`` if free, else "<name> (<label> 2)", "(3)"…; always at most 80 characters.

    With a label (e.g. "copy") the first try is "<name> (copy)".
    """
    keys = {name_key(other) for other in taken}
    base = clean_name(name)
    number = 1
    while True:
        if number == 1:
            suffix = f" ({label})" if label else ""
        else:
            suffix = f" ({label} {number})" if label else f" ({number})"
        candidate = base[: NAME_MAX - len(suffix)].rstrip() + suffix
        if name_key(candidate) not in keys:
            return candidate
        number += 1


def load_builtin_routines(catalogue: Catalogue, path: Path | None = None) -> tuple[Routine, ...]:
    """The built-in routines (ids "builtin:<slug>", builtin=True), validated against the catalogue."""
    path = path or data_path("routines.json")
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RoutineError(f"The built-in routines file {path} cannot be read: {exc}") from exc
    if not isinstance(raw, dict) or raw.get("format") != BUILTIN_FORMAT:
        raise RoutineError(
            f"The built-in routines file {path} is not in the {BUILTIN_FORMAT} format."
        )
    if raw.get("version") != BUILTIN_VERSION:
        raise RoutineError(f"The built-in routines file {path} has an unknown version.")
    entries = raw.get("routines")
    if not isinstance(entries, list) or not entries:
        raise RoutineError(f"The built-in routines file {path} has no routines.")
    point_ids = {point.id for point in catalogue.points}
    routines: list[Routine] = []
    for number, entry in enumerate(entries, start=1):
        try:
            routine = _builtin_from_json(entry)
            routine.validate()
            _check_points(routine, point_ids)
            check_name(routine.name, [r.name for r in routines])
            if any(r.id == routine.id for r in routines):
                raise RoutineError(f"the slug of {routine.id} is used twice")
        except (RoutineError, KeyError, TypeError) as exc:
            raise RoutineError(f"Built-in routine {number}: {exc}") from exc
        routines.append(routine)
    return tuple(routines)


def _builtin_from_json(entry: Any) -> Routine:
    def field(owner: dict[str, Any], key: str, kind: type) -> Any:
        value = owner[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"field '{key}' must be {kind.__name__}")
        return value

    if not isinstance(entry, dict):
        raise TypeError("each routine must be an object")
    steps = tuple(
        RoutineStep(
            field(step, "point", str), field(step, "seconds", int), field(step, "sides", str)
        )
        for step in field(entry, "steps", list)
    )
    return Routine(
        name=field(entry, "name", str),
        steps=steps,
        rest_seconds=field(entry, "rest_seconds", int),
        rounds=field(entry, "rounds", int),
        get_ready_seconds=field(entry, "get_ready_seconds", int),
        switch_seconds=field(entry, "switch_seconds", int),
        breathing=field(entry, "breathing", str),
        builtin=True,
        id=BUILTIN_PREFIX + field(entry, "slug", str),
        description=field(entry, "description", str),
    )


def _check_points(routine: Routine, point_ids: Iterable[str]) -> None:
    known = set(point_ids)
    for number, step in enumerate(routine.steps, start=1):
        if step.point_id not in known:
            raise RoutineError(
                translate("Routines", "steps[%1].point_id: “%2” is not a known point")
                .replace("%1", str(number))
                .replace("%2", step.point_id)
            )


def _row_values(routine: Routine) -> tuple[object, ...]:
    """Column values in the order name, name_key, description, rest, rounds, get ready, switch,
    breathing, find point, halfway cue, press style, press with breath."""
    return (
        routine.name,
        name_key(routine.name),
        routine.description,
        routine.rest_seconds,
        routine.rounds,
        routine.get_ready_seconds,
        routine.switch_seconds,
        routine.breathing,
        int(routine.find_point),
        int(routine.halfway_cue),
        routine.press_style,
        int(routine.press_with_breath),
    )


def _insert_steps(conn: sqlite3.Connection, routine: Routine) -> None:
    conn.executemany(
        "INSERT INTO routine_steps (routine_id, position, point_id, seconds, sides) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (routine.id, position, step.point_id, step.seconds, step.sides)
            for position, step in enumerate(routine.steps)
        ],
    )


def _iso(moment: datetime) -> str:
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.isoformat(timespec="microseconds")


def _gone() -> str:
    return translate(
        "Routines", "This routine no longer exists (it may have been deleted). Nothing was changed."
    )


def _parse_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


class RoutineRepository:
    """Built-in and user routines, with favourites and last use; every change is one transaction.

    Built-ins are never written to the database: only their favourite and last-used state is
    (table ``builtin_state``). User routines get a new uuid4 hex id when created.
    """

    def __init__(
        self,
        db: Database,
        builtins: Sequence[Routine],
        now: Callable[[], datetime] | None = None,
        *,
        catalogue: Catalogue | None = None,
    ) -> None:
        self._db = db
        self._builtins = {routine.id: routine for routine in builtins}
        self._english_names = {routine.id: routine.name for routine in builtins}
        self._now = now or (lambda: datetime.now(UTC))
        self._point_ids = frozenset(point.id for point in (catalogue or load_catalogue()).points)

    # -- reading -------------------------------------------------------------------------------

    def list(self) -> list[StoredRoutine]:
        """Favourites first, then the most recently used, then by name; built-ins included."""
        with self._db.snapshot() as conn:
            stored = self._builtin_states(conn) + self._user_routines(conn)
        stored.sort(key=lambda item: name_key(item.routine.name))
        stored.sort(
            key=lambda item: item.last_used or datetime.min.replace(tzinfo=UTC), reverse=True
        )
        stored.sort(key=lambda item: not item.favourite)
        return stored

    def get(self, routine_id: str) -> StoredRoutine:
        """The routine with this id; RoutineNotFoundError when there is none."""
        with self._db.snapshot() as conn:
            if routine_id in self._builtins:
                return next(s for s in self._builtin_states(conn) if s.routine.id == routine_id)
            found = self._user_routines(conn, routine_id)
        if not found:
            raise RoutineNotFoundError(_gone())
        return found[0]

    def find_by_name(self, name: str) -> StoredRoutine | None:
        """The routine with this name, ignoring case and surrounding spaces, or None.

        A built-in routine is also found by its English name when another language is shown
        (so a desktop shortcut made with ``--routine "Lower back"`` keeps working).
        """
        key = name_key(name)
        found = next((s for s in self.list() if name_key(s.routine.name) == key), None)
        if found is None:
            english = next((i for i, n in self._english_names.items() if name_key(n) == key), None)
            found = self.get(english) if english else None
        return found

    def set_builtin_texts(self, builtins: Sequence[Routine]) -> None:
        """Show the built-ins with these (translated) names and descriptions; ids must match."""
        if {r.id for r in builtins} != set(self._builtins):
            raise ValueError("translated built-in routines must have the same ids")
        self._builtins = {routine.id: routine for routine in builtins}

    # -- changing ------------------------------------------------------------------------------

    def create(self, routine: Routine) -> Routine:
        """Save a new user routine (validated, unique name) and return it with its new id."""
        with self._db.transaction() as conn:
            stored = self._prepared(conn, routine, uuid.uuid4().hex)
            self._insert(conn, stored, favourite=False, last_used=None)
        return stored

    def update(self, routine: Routine) -> Routine:
        """Save changes to a user routine; built-ins raise RoutineError (copy them instead)."""
        self._refuse_builtin(routine.id, routine.builtin)
        with self._db.transaction() as conn:
            current = self._user_routines(conn, routine.id)
            if not current:
                raise RoutineNotFoundError(
                    translate(
                        "Routines",
                        "This routine no longer exists (it may have been deleted), so the changes "
                        "were not saved.",
                    )
                )
            stored = self._prepared(conn, routine, routine.id)
            try:
                conn.execute(
                    "UPDATE routines SET name = ?, name_key = ?, description = ?, rest_seconds = ?, "
                    "rounds = ?, get_ready_seconds = ?, switch_seconds = ?, breathing = ?, "
                    "find_point = ?, halfway_cue = ?, press_style = ?, press_with_breath = ?, "
                    "updated_utc = ? WHERE id = ?",
                    (*_row_values(stored), _iso(self._now()), stored.id),
                )
            except sqlite3.IntegrityError as exc:  # another copy of the app took the name meanwhile
                raise RoutineNameError(name_taken(stored.name)) from exc
            conn.execute("DELETE FROM routine_steps WHERE routine_id = ?", (stored.id,))
            _insert_steps(conn, stored)
        return stored

    def rename(self, routine_id: str, name: str) -> Routine:
        """Give a user routine a new (unique) name."""
        self._refuse_builtin(routine_id)
        return self.update(replace(self.get(routine_id).routine, name=name))

    def duplicate(self, routine_id: str, name: str | None = None) -> Routine:
        """A new user routine copied from any routine; named "<name> (copy)", "(copy 2)"… by default."""
        source = self.get(routine_id).routine
        if name is None:
            with self._db.snapshot() as conn:
                # "<name> (copy)", "<name> (copy 2)"…: the word is in the user's language
                copy = translate("Routines", "copy")
                name = numbered_name(source.name, self._names(conn), copy)
        return self.create(replace(source, name=name, id="", builtin=False))

    def delete(self, routine_id: str) -> StoredRoutine:
        """Delete a user routine and return it (for undo with ``restore``)."""
        self._refuse_builtin(routine_id, deleting=True)
        with self._db.transaction() as conn:
            found = self._user_routines(conn, routine_id)
            if not found:
                raise RoutineNotFoundError(
                    translate("Routines", "This routine was already deleted.")
                )
            conn.execute("DELETE FROM routines WHERE id = ?", (routine_id,))
        return found[0]

    def restore(self, deleted: StoredRoutine) -> Routine:
        """Undo a delete: same id, favourite and last use; a name taken meanwhile gets " (2)"."""
        routine = deleted.routine
        self._refuse_builtin(routine.id, routine.builtin, deleting=True)
        with self._db.transaction() as conn:
            existing = self._user_routines(conn, routine.id)
            if existing:
                return existing[0].routine
            name = numbered_name(routine.name, self._names(conn))
            stored = self._prepared(conn, replace(routine, name=name), routine.id)
            self._insert(conn, stored, deleted.favourite, deleted.last_used)
        return stored

    def set_favourite(self, routine_id: str, favourite: bool) -> None:
        """Star or unstar any routine, built-in or not."""
        self._set_state(routine_id, "favourite", int(favourite))

    def mark_used(self, routine_id: str) -> None:
        """Record that a session started from this routine now."""
        self._set_state(routine_id, "last_used_utc", _iso(self._now()))

    def import_routines(self, routines: Sequence[Routine]) -> builtins.list[Routine]:
        """Save all the routines as new user routines, or none of them (one transaction)."""
        saved: builtins.list[Routine] = []
        with self._db.transaction() as conn:
            for number, routine in enumerate(routines, start=1):
                try:
                    stored = self._prepared(conn, routine, uuid.uuid4().hex)
                except RoutineError as exc:
                    kind = type(exc) if isinstance(exc, RoutineNameError) else RoutineError
                    reason = str(exc).rstrip(".")
                    raise kind(
                        translate("Routines", "Routine %1 (“%2”): %3. Nothing was imported.")
                        .replace("%1", str(number))
                        .replace("%3", reason)
                        .replace("%2", routine.name.strip())
                    ) from exc
                self._insert(conn, stored, favourite=False, last_used=None)
                saved.append(stored)
        return saved

    # -- internals -----------------------------------------------------------------------------

    def _refuse_builtin(
        self, routine_id: str, builtin: bool = False, *, deleting: bool = False
    ) -> None:
        if builtin or routine_id in self._builtins or routine_id.startswith(BUILTIN_PREFIX):
            if deleting:
                raise RoutineError(
                    translate(
                        "Routines",
                        "Built-in routines cannot be deleted; they are always there to copy.",
                    )
                )
            raise RoutineError(
                translate("Routines", "Built-in routines can be copied, not edited.")
            )

    def _names(self, conn: sqlite3.Connection, but: str = "") -> builtins.list[str]:
        """Names a routine may not take: the built-ins' as shown and in English (so a user routine
        never shares a name with a built-in in another language, nor answers ``--routine`` for
        it), and the other user routines'."""
        rows = conn.execute("SELECT name FROM routines WHERE id != ?", (but,)).fetchall()
        shown = [r.name for r in self._builtins.values()]
        return shown + list(self._english_names.values()) + [row[0] for row in rows]

    def _prepared(self, conn: sqlite3.Connection, routine: Routine, routine_id: str) -> Routine:
        name = check_name(routine.name, self._names(conn, but=routine_id))
        stored = replace(routine, name=name, id=routine_id, builtin=False)
        stored.validate()
        _check_points(stored, self._point_ids)
        return stored

    def _insert(
        self,
        conn: sqlite3.Connection,
        routine: Routine,
        favourite: bool,
        last_used: datetime | None,
    ) -> None:
        now = _iso(self._now())
        try:
            conn.execute(
                "INSERT INTO routines (name, name_key, description, rest_seconds, rounds, "
                "get_ready_seconds, switch_seconds, breathing, find_point, halfway_cue, "
                "press_style, press_with_breath, id, created_utc, updated_utc, "
                "favourite, last_used_utc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *_row_values(routine),
                    routine.id,
                    now,
                    now,
                    int(favourite),
                    None if last_used is None else _iso(last_used),
                ),
            )
        except sqlite3.IntegrityError as exc:  # another copy of the app took the name meanwhile
            raise RoutineNameError(name_taken(routine.name)) from exc
        _insert_steps(conn, routine)

    def _set_state(self, routine_id: str, column: str, value: object) -> None:
        assert column in ("favourite", "last_used_utc")
        with self._db.transaction() as conn:
            if routine_id in self._builtins:
                conn.execute(
                    f"INSERT INTO builtin_state (builtin_id, {column}) VALUES (?, ?) "
                    f"ON CONFLICT (builtin_id) DO UPDATE SET {column} = excluded.{column}",
                    (routine_id, value),
                )
                return
            changed = conn.execute(
                f"UPDATE routines SET {column} = ? WHERE id = ?", (value, routine_id)
            ).rowcount
            if not changed:
                raise RoutineNotFoundError(_gone())

    def _builtin_states(self, conn: sqlite3.Connection) -> builtins.list[StoredRoutine]:
        states = {
            row[0]: (bool(row[1]), _parse_time(row[2]))
            for row in conn.execute(
                "SELECT builtin_id, favourite, last_used_utc FROM builtin_state"
            )
        }
        return [
            StoredRoutine(routine, *states.get(routine.id, (False, None)))
            for routine in self._builtins.values()
        ]

    def _user_routines(
        self, conn: sqlite3.Connection, routine_id: str | None = None
    ) -> builtins.list[StoredRoutine]:
        """All user routines, or the one with ``routine_id`` (an empty list when there is none)."""
        one = routine_id is not None
        where, params = ("WHERE id = ?", (routine_id,)) if one else ("", ())
        rows = conn.execute(f"SELECT {_COLUMNS} FROM routines {where}", params).fetchall()
        steps: dict[str, builtins.list[RoutineStep]] = defaultdict(list)
        step_where = "WHERE routine_id = ?" if one else ""
        for owner, point_id, seconds, sides in conn.execute(
            "SELECT routine_id, point_id, seconds, sides FROM routine_steps "
            f"{step_where} ORDER BY routine_id, position",
            params,
        ):
            steps[owner].append(RoutineStep(point_id, seconds, sides))
        return [
            StoredRoutine(
                Routine(
                    name=row[1],
                    steps=tuple(steps[row[0]]),
                    rest_seconds=row[3],
                    rounds=row[4],
                    get_ready_seconds=row[5],
                    switch_seconds=row[6],
                    breathing=row[7],
                    id=row[0],
                    description=row[2],
                    find_point=bool(row[10]),
                    halfway_cue=bool(row[11]),
                    press_style=row[12],
                    press_with_breath=bool(row[13]),
                ),
                bool(row[8]),
                _parse_time(row[9]),
            )
            for row in rows
        ]

"""The Routines page's use cases: list, start, create, edit, copy, rename, delete with undo,
favourite, import (with name clashes), export and the printable card.

The page forwards what the user asked for and shows what comes back: every method returns a
typed result (``Changed``, ``Deleted``, ``ImportPlan``, ``Imported``, ``results.Saved``,
``Started``) or a ``results.Refusal`` whose message is a plain-text sentence in the user's
language; nothing here raises for a refusal the user can meet. What went wrong inside goes to
the log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir

from acupress_desktop.controllers.results import Refusal, Saved
from acupress_desktop.core.catalogue import Catalogue
from acupress_desktop.core.routine import Routine, RoutineError
from acupress_desktop.storage.db_errors import DatabaseError
from acupress_desktop.storage.files import safe_file_name
from acupress_desktop.storage.routines import RoutineRepository, StoredRoutine
from acupress_desktop.storage.transfer import (
    ExportError,
    name_clashes,
    read_import,
    with_free_names,
    write_export,
)
from acupress_desktop.storage.transfer_format import FILE_SUFFIX, ImportRefused

log = logging.getLogger(__name__)

#: Writes the printable card of a routine to a path (PDF, or PNG pages) and returns the files
#: written; raises OSError (the ui's CardError) with a sentence for the user when it cannot.
CardWriter = Callable[[Path, Routine], Sequence[Path]]

#: The suffixes a printable card can have; any other name gets ".pdf".
CARD_SUFFIXES = (".pdf", ".png")

# The messages are translated in the context "RoutinesPage": they are that page's sentences,
# wherever they are made (and keep their translations).

#: What the repository raises when it refuses; its message is already a sentence for the user.
_REFUSALS = (RoutineError, DatabaseError)


def _shown(path: Path) -> str:
    return QDir.toNativeSeparators(str(path))


@dataclass(frozen=True)
class Changed:
    """A routine was saved (created, edited, copied, renamed or brought back)."""

    routine: Routine
    notice: str = ""


@dataclass(frozen=True)
class Deleted:
    """A routine was deleted; ``undo_delete`` brings it back."""

    routine: Routine
    notice: str


@dataclass(frozen=True)
class Started:
    """Start a session of ``routine``; ``problem`` (if any) says that its last use was not kept."""

    routine: Routine
    problem: str = ""


@dataclass(frozen=True)
class ImportPlan:
    """A file read and checked whole, not yet stored.

    Attributes:
        path: the file.
        routines: every routine in it, in file order.
        clashes: the names of those an existing routine already uses (ask before importing).
    """

    path: Path
    routines: tuple[Routine, ...]
    clashes: tuple[str, ...]


@dataclass(frozen=True)
class Imported:
    """Every routine of a file was stored (with new names where asked)."""

    routines: tuple[Routine, ...]
    notice: str


class RoutinesController:
    """The routine use cases over a routine repository and the catalogue."""

    def __init__(self, repository: RoutineRepository, catalogue: Catalogue) -> None:
        self._repository = repository
        self._catalogue = catalogue
        self._deleted: StoredRoutine | None = None

    # -- reading ------------------------------------------------------------------------------
    def routines(self) -> list[StoredRoutine] | Refusal:
        """Every routine, favourites first, then the most recently used."""
        try:
            return self._repository.list()
        except DatabaseError as exc:
            log.warning("listing routines: %r", exc)
            return Refusal(str(exc))

    def get(self, routine_id: str) -> StoredRoutine | None:
        """The routine with this id, or None (deleted meanwhile, or unreadable)."""
        found = self._entry(routine_id)
        return None if isinstance(found, Refusal) else found

    def _entry(self, routine_id: str) -> StoredRoutine | Refusal:
        try:
            return self._repository.get(routine_id)
        except _REFUSALS as exc:  # RoutineNotFoundError says it may have been deleted
            log.info("routine %s not read: %r", routine_id, exc)
            return Refusal(str(exc))

    def taken_names(self, but: str = "") -> list[str]:
        """The names of the routines (all but the one with id ``but``) a name may not look like
        (check a name against them with ``core.routine.name_refusal``, as the repository does)."""
        listed = self.routines()
        if isinstance(listed, Refusal):
            return []
        return [entry.routine.name for entry in listed if entry.routine.id != but]

    # -- using and changing -------------------------------------------------------------------
    def start(self, routine_id: str) -> Started | Refusal:
        """Start a session of the routine and remember it as used (a failure to remember does
        not stop the session)."""
        entry = self._entry(routine_id)
        if isinstance(entry, Refusal):
            return entry
        try:
            self._repository.mark_used(routine_id)
        except _REFUSALS as exc:
            log.warning("marking %s as used: %r", routine_id, exc)
            return Started(entry.routine, str(exc))
        return Started(entry.routine)

    def create(self, routine: Routine) -> Changed | Refusal:
        """Store a new routine (the editor's, or "Save as routine" after a session)."""
        try:
            created = self._repository.create(routine)
        except _REFUSALS as exc:
            log.info("creating a routine refused: %r", exc)
            return Refusal(str(exc))
        return Changed(
            created,
            QCoreApplication.translate("RoutinesPage", "Saved “%1”.").replace("%1", created.name),
        )

    def save(self, routine: Routine) -> Changed | Refusal:
        """Store what the editor made: a new routine (no id) or changes to a user routine."""
        if not routine.id:
            return self.create(routine)
        try:
            saved = self._repository.update(routine)
        except _REFUSALS as exc:
            log.info("saving routine %s refused: %r", routine.id, exc)
            return Refusal(str(exc))
        return Changed(
            saved,
            QCoreApplication.translate("RoutinesPage", "Saved “%1”.").replace("%1", saved.name),
        )

    def copy(self, routine_id: str) -> Changed | Refusal:
        """A copy of any routine (built-ins too) named "<name> (copy)"."""
        try:
            copy = self._repository.duplicate(routine_id)
        except _REFUSALS as exc:
            log.info("copying %s refused: %r", routine_id, exc)
            return Refusal(str(exc))
        return Changed(
            copy,
            QCoreApplication.translate("RoutinesPage", "Copied as “%1”.").replace("%1", copy.name),
        )

    def rename(self, routine_id: str, name: str) -> Changed | Refusal:
        """Give a user routine a new name (the same rule as the editor's)."""
        try:
            renamed = self._repository.rename(routine_id, name)
        except _REFUSALS as exc:
            log.info("renaming %s refused: %r", routine_id, exc)
            return Refusal(str(exc))
        return Changed(renamed)

    def delete(self, routine_id: str) -> Deleted | Refusal:
        """Delete a user routine; ``undo_delete`` brings back the one deleted last."""
        try:
            deleted = self._repository.delete(routine_id)
        except _REFUSALS as exc:
            log.info("deleting %s refused: %r", routine_id, exc)
            return Refusal(str(exc))
        self._deleted = deleted
        return Deleted(
            deleted.routine,
            QCoreApplication.translate("RoutinesPage", "Deleted “%1”.").replace(
                "%1", deleted.routine.name
            ),
        )

    @property
    def can_undo(self) -> bool:
        """Whether a deleted routine can be brought back."""
        return self._deleted is not None

    def undo_delete(self) -> Changed | Refusal | None:
        """Bring back the routine deleted last, with its favourite and last use (None: nothing
        to undo). A name taken meanwhile gets " (2)"."""
        if self._deleted is None:
            return None
        try:
            restored = self._repository.restore(self._deleted)
        except _REFUSALS as exc:
            log.warning("undoing the delete of %s: %r", self._deleted.routine.id, exc)
            return Refusal(str(exc))
        self._deleted = None
        return Changed(restored)

    def set_favourite(self, routine_id: str, favourite: bool) -> Refusal | None:
        """Star or unstar any routine."""
        try:
            self._repository.set_favourite(routine_id, favourite)
        except _REFUSALS as exc:
            log.info("favourite of %s not changed: %r", routine_id, exc)
            return Refusal(str(exc))
        return None

    # -- files --------------------------------------------------------------------------------
    def read_import(self, path: Path) -> ImportPlan | Refusal:
        """Read and check a routine file whole; nothing is stored yet. The plan names the
        routines whose names are already used, so the user can be asked first."""
        try:
            routines = read_import(path, self._catalogue)
            taken = [entry.routine.name for entry in self._repository.list()]
        except (ImportRefused, *_REFUSALS, OSError) as exc:
            log.info("import of %s refused: %r", path, exc)
            return Refusal(self._not_imported(exc))
        return ImportPlan(path, tuple(routines), tuple(name_clashes(routines, taken)))

    def finish_import(self, plan: ImportPlan, *, new_names: bool) -> Imported | Refusal:
        """Store every routine of the plan in one transaction, or none of them.

        ``new_names``: a routine whose name is used (now, not only when the file was read) gets
        a free one ("Name (2)"); without it such a file is refused whole.
        """
        routines: Sequence[Routine] = plan.routines
        try:
            if new_names:
                taken = [entry.routine.name for entry in self._repository.list()]
                routines = with_free_names(routines, taken)
            stored = self._repository.import_routines(routines)
        except _REFUSALS as exc:
            log.info("import of %s refused: %r", plan.path, exc)
            return Refusal(self._not_imported(exc))
        notice = QCoreApplication.translate("RoutinesPage", "Imported %1 routine(s).").replace(
            "%1", str(len(stored))
        )
        return Imported(tuple(stored), notice)

    def suggested_export_name(self, routine: Routine) -> str:
        """A plain file name (no folder) for the routine's export file."""
        return safe_file_name(routine.name, FILE_SUFFIX)

    def suggested_card_name(self, routine: Routine) -> str:
        """A plain file name (no folder) for the routine's printable card."""
        return safe_file_name(routine.name, ".pdf")

    def export(self, routine_id: str, path: Path) -> Saved | Refusal:
        """Save the routine as an .acupress.json file (the suffix added when missing); the file
        is the whole new one or left as it was."""
        entry = self._entry(routine_id)
        if isinstance(entry, Refusal):
            return entry
        if not path.name.endswith(FILE_SUFFIX):
            path = path.with_name(path.name + FILE_SUFFIX)
        try:
            write_export(path, [entry.routine])
        except (ExportError, OSError) as exc:
            log.info("export of %s to %s refused: %r", routine_id, path, exc)
            return Refusal(str(exc))
        notice = QCoreApplication.translate("RoutinesPage", "Saved “%1” to %2.").replace(
            "%1", entry.routine.name
        )
        return Saved((path,), notice.replace("%2", _shown(path)))

    def save_card(self, routine_id: str, path: Path, write: CardWriter) -> Saved | Refusal:
        """Save the routine's printable card with ``write`` (".pdf" added unless the name ends
        in .pdf or .png)."""
        entry = self._entry(routine_id)
        if isinstance(entry, Refusal):
            return entry
        if path.suffix.lower() not in CARD_SUFFIXES:
            path = path.with_name(path.name + ".pdf")
        try:
            written = tuple(write(path, entry.routine))
        except OSError as exc:  # the card's own error says which file and why
            log.info("card of %s to %s not saved: %r", routine_id, path, exc)
            return Refusal(str(exc))
        notice = QCoreApplication.translate(
            "RoutinesPage", "Saved a printable card of “%1” to %2."
        ).replace("%1", entry.routine.name)
        return Saved(written, notice.replace("%2", _shown(written[0]) if written else ""))

    # -- messages -----------------------------------------------------------------------------
    @staticmethod
    def _not_imported(exc: Exception) -> str:
        return QCoreApplication.translate("RoutinesPage", "Nothing was imported. %1").replace(
            "%1", str(exc)
        )

"""Child process of the crash-safety test: saves routines without end, reporting each save after its commit.

Usage: ``python tests/storage/crash_writer.py DATA_DIR SEED``. Protocol on stdout, one line each,
flushed at once:

* ``L <id> <hash>``: a routine found in the database at start (then ``READY``);
* ``W <id|-> <hash>``: about to save this content (``-``: a new routine, id not known yet);
* ``S <id> <hash>``: the save returned, so it is *reported saved* and must survive any crash.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from dataclasses import replace
from pathlib import Path

if __name__ == "__main__":  # run as a script: make the package importable from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from acupress_desktop.core.catalogue import load_catalogue
from acupress_desktop.core.routine import Routine, RoutineStep, StepSides
from acupress_desktop.storage.database import Database
from acupress_desktop.storage.routines import RoutineRepository, StoredRoutine

POINTS = ("LI4", "TE5", "ST36", "SP6", "BL23", "BL40", "GB30", "KI3")
SIDES: tuple[StepSides, ...] = ("both", "left", "right")


def content_hash(stored: StoredRoutine) -> str:
    """A short digest of everything saved about a routine (its content and its star)."""
    routine = stored.routine
    payload = [
        routine.name,
        [[step.point_id, step.seconds, step.sides] for step in routine.steps],
        routine.rest_seconds,
        routine.rounds,
        routine.get_ready_seconds,
        routine.switch_seconds,
        routine.breathing,
        routine.description,
        stored.favourite,
    ]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()[:20]


def random_steps(rng: random.Random) -> tuple[RoutineStep, ...]:
    return tuple(
        RoutineStep(rng.choice(POINTS), rng.randint(5, 600), rng.choice(SIDES))
        for _ in range(rng.randint(1, 12))
    )


def main(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    db, _ = Database.open(data_dir)
    repo = RoutineRepository(db, (), catalogue=load_catalogue())
    out = sys.stdout
    known = repo.list()
    out.write("".join(f"L {s.routine.id} {content_hash(s)}\n" for s in known) + "READY\n")
    out.flush()
    ids = [s.routine.id for s in known]
    while True:
        choice = rng.random()
        if choice < 0.3 or not ids:
            routine = Routine(
                f"Routine {rng.getrandbits(64):016x}",
                random_steps(rng),
                rest_seconds=rng.randint(0, 120),
                description="x" * rng.randint(0, 3000),
            )
            digest = content_hash(StoredRoutine(routine, False, None))
            out.write(f"W - {digest}\n")
            out.flush()
            routine_id = repo.create(routine).id
            ids.append(routine_id)
        else:
            routine_id = rng.choice(ids)
            current = repo.get(routine_id)
            if choice < 0.8:
                changed = StoredRoutine(
                    replace(current.routine, steps=random_steps(rng), rounds=rng.randint(1, 10)),
                    current.favourite,
                    None,
                )
            else:
                changed = replace(current, favourite=not current.favourite)
            digest = content_hash(changed)
            out.write(f"W {routine_id} {digest}\n")
            out.flush()
            if changed.favourite != current.favourite:
                repo.set_favourite(routine_id, changed.favourite)
            else:
                repo.update(changed.routine)
        out.write(f"S {routine_id} {digest}\n")
        out.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))

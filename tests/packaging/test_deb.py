"""The .deb installed for real with apt, used and purged (packaging/check_deb.py).

It changes the machine (root or sudo), so it runs only when ``ACUPRESS_DEB_CHECK=1`` and a
package has been built with ``make deb``; otherwise it is skipped and says so.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.packaging.helpers import PACKAGING, ROOT

pytestmark = pytest.mark.skipif(
    os.environ.get("ACUPRESS_DEB_CHECK") != "1",
    reason="installs and purges the .deb system-wide: set ACUPRESS_DEB_CHECK=1 (after make deb)",
)


def test_the_deb_installs_runs_and_purges_cleanly() -> None:
    """check_deb.py passes: every step, from apt-get install to nothing left after the purge."""
    debs = list((ROOT / "dist").glob("acupress_*.deb"))
    assert debs, "ACUPRESS_DEB_CHECK=1 but no dist/acupress_*.deb: run `make deb` first"
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "check_deb.py")],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "deb check passed" in result.stdout

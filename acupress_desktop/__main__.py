"""Run Acupress with ``python -m acupress_desktop``."""

import sys

from acupress_desktop.app import main

sys.exit(main())

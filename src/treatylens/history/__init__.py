"""Judge a guarantee against history: reference cases, ATOP alliances, analogues, calibration.

Everything here reads the versioned data shipped in ``treatylens/history/data`` (rebuilt by
``scripts/build_reference.py``); nothing reads the shared project folder at run time.
"""

from __future__ import annotations

from treatylens.history.analogues import Analogue, attach_analogues, find_analogues
from treatylens.history.calibration import method_note

__all__ = ["Analogue", "attach_analogues", "find_analogues", "method_note"]

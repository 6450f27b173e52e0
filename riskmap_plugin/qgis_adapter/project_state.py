"""The RiskMap panel's state, kept in the QGIS project (scope ``RiskMap``, key ``state``).

The state is one JSON object: the model document as edited, the layer choice
per criterion, the units choice, the output path and the preset's name. Saving
the project saves it; reopening the project gives the same panel and, with the
same data, the same numbers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from qgis.core import QgsProject

SCOPE = "RiskMap"
KEY = "state"
#: Bumped when the state's layout changes incompatibly.
STATE_VERSION = 1


def save_state(project: QgsProject, state: Mapping[str, Any]) -> None:
    """Store ``state`` (JSON-serialisable) in ``project``; marks the project dirty if it changed."""
    text = json.dumps({"version": STATE_VERSION, **state}, ensure_ascii=False, sort_keys=True)
    current, found = project.readEntry(SCOPE, KEY, "")
    if found and current == text:
        return
    project.writeEntry(SCOPE, KEY, text)


def load_state(project: QgsProject) -> dict[str, Any] | None:
    """The stored state, or ``None`` when the project has none (or an unreadable one)."""
    text, found = project.readEntry(SCOPE, KEY, "")
    if not found or not text:
        return None
    try:
        state = json.loads(text)
    except ValueError:
        return None
    if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
        return None
    state.pop("version", None)
    return state

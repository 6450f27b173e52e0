"""Model presets of the dock: the built-in ones and the user's own saved models.

Built-in presets derive from the bundled sample model, so there is one source
of truth for the criteria: "Stabilization priorities" is the sample as shipped,
"Equal weights" the same criteria with weight 1 each. The user's presets are
model JSON files in a folder of the QGIS profile (``<profile>/riskmap/presets``).
No QGIS or Qt here; the dock passes the folder in.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import resource_path

STABILIZATION = "Stabilization priorities"
EQUAL_WEIGHTS = "Equal weights"
SAMPLE_MODEL = ("sample", "stabilization_2018.json")


@dataclass(frozen=True)
class Preset:
    """A named model document; ``path`` is the file it came from (None when derived)."""

    name: str
    document: Mapping[str, Any]
    builtin: bool
    path: Path | None = None

    def model(self) -> dict[str, Any]:
        """A fresh copy of the document to edit."""
        return copy.deepcopy(dict(self.document))


def slug(name: str) -> str:
    """A file-name-safe form of a model name.

    >>> slug("Stabilization priorities")
    'stabilization_priorities'
    """
    text = re.sub(r"[^\w]+", "_", name.strip().lower(), flags=re.UNICODE).strip("_")
    return text or "model"


def builtin_presets() -> list[Preset]:
    """The presets that ship with RiskMap."""
    path = resource_path(*SAMPLE_MODEL)
    document = json.loads(path.read_text(encoding="utf-8"))
    equal = copy.deepcopy(document)
    equal["name"] = EQUAL_WEIGHTS
    for criterion in equal["criteria"]:
        criterion["weight"] = 1
    equal.get("aggregation", {}).pop("dimension_weights", None)
    return [
        Preset(STABILIZATION, document, True, path),
        Preset(EQUAL_WEIGHTS, equal, True, None),
    ]


def user_presets(folder: Path) -> list[Preset]:
    """The user's saved presets (``*.json`` in ``folder``), by name; unreadable files skipped."""
    presets = []
    if not folder.is_dir():
        return presets
    for path in sorted(folder.glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            continue
        if isinstance(document, dict) and isinstance(document.get("name"), str):
            presets.append(Preset(document["name"], document, False, path))
    return presets


def all_presets(folder: Path | None) -> list[Preset]:
    """Built-in presets first, then the user's (a user preset never hides a built-in one)."""
    presets = builtin_presets()
    taken = {p.name for p in presets}
    for preset in user_presets(folder) if folder is not None else []:
        if preset.name not in taken:
            presets.append(preset)
            taken.add(preset.name)
    return presets


def save_user_preset(folder: Path, document: Mapping[str, Any]) -> Path:
    """Write ``document`` as ``<folder>/<slug of its name>.json`` (replacing one of that name)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{slug(str(document.get('name', 'model')))}.json"
    write_model_file(path, document)
    return path


def write_model_file(path: Path, document: Mapping[str, Any]) -> None:
    """Write a model document as readable UTF-8 JSON."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    Path(path).write_text(text + "\n", encoding="utf-8")

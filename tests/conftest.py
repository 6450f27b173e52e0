"""Fixtures shared by every tier. No QGIS or Qt here: the core tier runs without them.

QGIS fixtures live in the tier conftests (tests/gui/conftest.py, tests/qgis/conftest.py)
and come from pytest-qgis (``qgis_app``, ``qgis_iface``, ``qgis_new_project``,
``qgis_processing``) and pytest-qt (``qtbot``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

# QGIS switches every GeoPackage it opens to WAL mode, rewriting the file header of the
# committed sample; this keeps test runs from modifying the repository (the Makefile
# sets it too, for QGIS processes the tests start).
os.environ.setdefault("OGR_SQLITE_JOURNAL", "DELETE")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository checkout the tests run from."""
    return REPO_ROOT


@pytest.fixture
def model_parses(monkeypatch) -> list:
    """Every model document parsed during the test (``parse_model``, which ``load_model``
    calls too), wherever RiskMap's modules imported it from."""
    import sys

    from riskmap_plugin.core.model import parse

    original, parsed = parse.parse_model, []

    def counting(document):
        parsed.append(document)
        return original(document)

    for module in list(sys.modules.values()):
        name = getattr(module, "__name__", "") or ""
        if name.startswith("riskmap_plugin") and getattr(module, "parse_model", None) is original:
            monkeypatch.setattr(module, "parse_model", counting)
    return parsed

"""Fixtures for the tests that run in real QGIS (offscreen)."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _add_processing_to_path() -> None:
    """QGIS's own Processing plugin is not on sys.path outside the desktop app."""
    try:
        import processing  # noqa: F401

        return
    except ImportError:
        pass
    prefixes = [os.environ.get("QGIS_PREFIX_PATH", ""), "/usr", "/usr/local", sys.prefix]
    for prefix in filter(None, prefixes):
        candidate = Path(prefix, "share", "qgis", "python", "plugins")
        if (candidate / "processing").is_dir():
            sys.path.append(str(candidate))
            return


_add_processing_to_path()

from qgis.core import QgsApplication  # noqa: E402
from qgis_test_helpers import make_typed_memory_layer, write_gpkg  # noqa: E402


@pytest.fixture(autouse=True)
def _free_qgis_objects_while_qgis_runs(qgis_app):
    """Collect each test's leftovers (layers in reference cycles, tracebacks) at once.

    A QgsVectorLayer that Python frees only at interpreter exit, after QGIS has
    shut GDAL down, crashes the process; collecting here frees it in time.
    """
    yield
    gc.collect()


#: Providers this test session registered. The registry owns the C++ object, but the
#: algorithms live in the Python half: drop the last Python reference and QGIS stops
#: finding "riskmap:score".
_PROVIDERS: list = []


def register_riskmap_provider():
    """The registered RiskMap provider, registering (and keeping) a new one when needed."""
    from riskmap_plugin.processing_provider.provider import RiskMapProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("riskmap")
    if provider is None:
        provider = RiskMapProvider()
        _PROVIDERS.append(provider)
        registry.addProvider(provider)
    return provider


@pytest.fixture(scope="session")
def riskmap_provider(qgis_processing):
    """The RiskMap provider in the Processing registry (a test that removes it registers a
    new one with ``register_riskmap_provider``)."""
    return register_riskmap_provider()


@pytest.fixture
def typed_gpkg_layer(qgis_app, tmp_path):
    """The typed layer saved to a GeoPackage (fast-path eligible)."""
    return write_gpkg(make_typed_memory_layer(), tmp_path / "typed.gpkg", "typed")

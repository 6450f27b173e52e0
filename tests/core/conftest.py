"""The core tier runs without QGIS: plain pytest, synthetic data from tests/synthetic.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

SAMPLE = ROOT / "resources" / "sample"


@pytest.fixture(scope="session")
def sample_layers():
    """The Iraq sample's layers as GeoDataFrames, read the way a headless run reads them."""
    import geopandas as gpd

    from riskmap_plugin.core import load_model, required_layers

    model = load_model(SAMPLE / "stabilization_2018.json")
    gpkg = SAMPLE / "iraq_2018.gpkg"
    return model, {ref: gpd.read_file(gpkg, layer=ref) for ref in required_layers(model)}

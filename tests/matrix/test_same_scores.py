"""The same model scores the sample identically on every QGIS of the matrix.

``make test-matrix`` runs ``qgis_process run riskmap:score`` on the sample with QGIS 3.22
(this machine) and with 3.40 and 3.44 (Debian 13 environments), each writing
``build/matrix/<release>/sample.gpkg``; this compares every result with the oldest.
Run by ``make test-matrix``, which sets RISKMAP_MATRIX_OUTPUTS: there, fewer than two
results is a failure. Elsewhere (a plain ``pytest``) the module is skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pyogrio
import pytest

OUTPUTS = os.environ.get("RISKMAP_MATRIX_OUTPUTS")
pytestmark = pytest.mark.skipif(not OUTPUTS, reason="run by make test-matrix")


def _results() -> dict[str, Path]:
    found = {p.parent.name: p for p in Path(OUTPUTS).glob("*/sample.gpkg")}
    return dict(sorted(found.items(), key=lambda item: tuple(map(int, item[0].split(".")))))


def _table(path: Path, layer: str, key: str):
    frame = pyogrio.read_dataframe(path, layer=layer, read_geometry=layer != "units")
    return frame.sort_values(key).reset_index(drop=True)


def test_every_release_wrote_its_result():
    results = _results()
    assert {"3.22", "3.40", "3.44"} <= set(results), sorted(results)


@pytest.mark.parametrize("release", ["3.40", "3.44"])
def test_scores_ranks_classes_and_annotations_equal_the_oldest_release(release):
    results = _results()
    oldest = _table(results["3.22"], "units", "unit_id")
    newer = _table(results[release], "units", "unit_id")
    assert list(newer["unit_id"]) == list(oldest["unit_id"])
    np.testing.assert_allclose(newer["score"], oldest["score"], rtol=0, atol=1e-9)
    np.testing.assert_allclose(newer["coverage"], oldest["coverage"], rtol=0, atol=1e-9)
    for column in ("rank", "class", "area_id", "drivers"):
        assert list(newer[column]) == list(oldest[column]), column


@pytest.mark.parametrize("release", ["3.40", "3.44"])
def test_areas_and_watch_list_equal_the_oldest_release(release):
    results = _results()
    for layer, key in (("areas", "name"), ("watch_list", "unit_id")):
        oldest = _table(results["3.22"], layer, key)
        newer = _table(results[release], layer, key)
        assert list(newer[key]) == list(oldest[key]), layer
        assert newer.geometry.geom_equals_exact(oldest.geometry, tolerance=1e-6).all(), layer

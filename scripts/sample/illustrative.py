"""The illustrative layers (no public source exists): made up with a fixed seed."""

from __future__ import annotations

import datetime as dt

from .catalogue import ILLUSTRATIVE_NOTE

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
# The as-of date: the illustrative layers use nothing recorded after it.
AS_OF = dt.date(2018, 1, 31)
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

    # Sleeper-cell reports near real IS-related events of the 18 months before the as-of
    # date, every event equally likely (no weighting by where violence later rose), each
    # report dated 0-90 days after its event and never after the as-of date.
    start = dt.date(2016, 7, 1)
    ev = events[
        (events["date_start"] >= start.isoformat())
        & (events["date_start"] <= AS_OF.isoformat())
        & ((events["side_a"] == "IS") | (events["side_b"] == "IS"))
        & (events["where_prec"] <= 3)
        & events["ocha_adm2_pcode"].notna()
    ].sort_values("id")
    # Dampen the pull of a few very frequently hit places (e.g. Mosul city in 2017).
    loc_n = ev.groupby("where_coordinates")["id"].transform("count").to_numpy()
    w = 1.0 / np.sqrt(loc_n)
    w = w / w.sum()
    n_cells = 160
    idx = rng.choice(len(ev), size=n_cells, replace=True, p=w)
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
        event_date = dt.date.fromisoformat(str(e.date_start)[:10])
        reported = min(event_date + dt.timedelta(days=int(rng.integers(0, 91))), AS_OF)
        sleeper.append(
            dict(
                report_id=f"SC-{k:04d}",
                date_reported=reported,
                confidence=int(rng.choice([1, 2, 3], p=[0.45, 0.35, 0.20])),
                source_type=str(rng.choice(source_types, p=[0.35, 0.25, 0.2, 0.1, 0.1])),
                ocha_adm2_pcode=e.ocha_adm2_pcode,
                note=ILLUSTRATIVE_NOTE,
                geometry=_round_pt(p),
            )
        )

    # Near towns of districts with a (made-up, pre-2018 common-knowledge) Sunni Arab
    # majority, anywhere in Iraq, weighted by town size only.
    sunni = [r["ADM2_PCODE"] for r in mix if r["share_sunni_arab"] >= 0.5]
    tw = towns[towns["ocha_adm2_pcode"].isin(sunni)].sort_values("geonameid")

    def near_towns(n, sd):
        wt = np.sqrt(tw["population"].clip(lower=0).to_numpy() + 5000.0)
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
        ("name_ar", "str"),
        ("feature_code", "str"),
        ("population", "int64"),
        ("population_geonames", "int64"),
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

"""Parsers of the optional analysis sections: time, hot spots, uncertainty."""

from __future__ import annotations

from .criteria import _string_list
from .reader import Reader
from .types import (
    AGGREGATIONS,
    EVENT_MEASURES,
    NORMALISATIONS,
    Criterion,
    HotspotRule,
    TimeRule,
    UncertaintyRule,
)


def _criterion_id(
    r: Reader, key: str, criteria: tuple[Criterion, ...], allow: tuple[str, ...] = ()
) -> str:
    value: str = r.get(key, str, required=not allow) or (allow[0] if allow else "")
    ids = [c.id for c in criteria]
    if value not in ids and value not in allow:
        raise r.error(
            key, f"no criterion has the id '{value}'", "use one of: " + ", ".join([*allow, *ids])
        )
    return value


def parse_time(r: Reader | None, criteria: tuple[Criterion, ...]) -> TimeRule | None:
    if r is None:
        return None
    criterion_id = _criterion_id(r, "criterion", criteria)
    criterion = next(c for c in criteria if c.id == criterion_id)
    if criterion.measure not in EVENT_MEASURES or not criterion.date_field:
        raise r.error(
            "criterion",
            f"'{criterion_id}' does not count dated events",
            "choose a counting criterion with a date_field",
        )
    rule = TimeRule(
        criterion=criterion_id,
        months=int(r.number("months", 12, minimum=4, maximum=240)),
        reference_year=r.whole("reference_year", None, 1900, 2200),
        reference_basis=r.choice(
            "reference_basis", ("same_months", "calendar_year"), "same_months"
        ),
        surge_factor=r.number("surge_factor", 2.0, minimum=1, maximum=1000),
        surge_min_count=int(r.number("surge_min_count", 3, minimum=1, maximum=1_000_000)),
    )
    r.reject_unknown()
    return rule


def parse_hotspots(r: Reader | None, criteria: tuple[Criterion, ...]) -> HotspotRule | None:
    if r is None:
        return None
    weights = r.choice("weights", ("queen", "distance"), "queen")
    distance = r.number(
        "distance_km",
        minimum=0,
        maximum=20_000,
        exclusive_minimum=True,
        required=weights == "distance",
    )
    rule = HotspotRule(
        of=_criterion_id(r, "of", criteria, allow=("score",)),
        weights=weights,
        distance_km=distance,
        permutations=int(r.number("permutations", 999, minimum=0, maximum=99_999)),
        seed=r.seed("seed"),
        fdr=r.get("fdr", bool, default=True),
    )
    r.reject_unknown()
    return rule


def parse_uncertainty(r: Reader | None) -> UncertaintyRule | None:
    if r is None:
        return None
    normalisations = tuple(_string_list(r, "normalisations"))
    aggregations = tuple(_string_list(r, "aggregations"))
    for key, values, options in (
        ("normalisations", normalisations, NORMALISATIONS[:3]),
        ("aggregations", aggregations, AGGREGATIONS),
    ):
        for value in values:
            if value not in options:
                raise r.error(key, f"unknown value '{value}'", "use some of: " + ", ".join(options))
    rule = UncertaintyRule(
        draws=int(r.number("draws", 1000, minimum=10, maximum=100_000)),
        seed=r.seed("seed"),
        concentration=r.number(
            "concentration", 50.0, minimum=0, maximum=1e6, exclusive_minimum=True
        ),
        normalisations=normalisations,
        aggregations=aggregations,
    )
    r.reject_unknown()
    return rule

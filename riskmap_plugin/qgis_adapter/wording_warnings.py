"""The run's warnings (:data:`..core.messages.WARNINGS`) in QGIS's language.

One spelled-out ``QCoreApplication.translate`` call per template, on one line each, so
that ``make transup`` (pylupdate5) files them under ``RiskMapWarnings``;
``tests/qgis/test_briefing_words.py`` checks this list against ``WARNINGS``.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

from ..core.messages import reword
from .wording import LocaleNumber, translated_language, ui_locale


def say_warning(text: str) -> str:
    """A run's warning in QGIS's language (as given when it has no translation)."""
    locale_name = ui_locale()
    if translated_language(locale_name) is None:
        return str(text)
    return reword(text, translated_warnings(), LocaleNumber(locale_name))


def translated_warnings() -> dict[str, str]:
    """Key → warning template in the installed translation (English where there is none)."""
    t: dict[str, str] = {}
    t["units_without_geometry"] = QCoreApplication.translate("RiskMapWarnings", "units layer '{layer}': {count} units without geometry were left out")  # noqa: E501  # fmt: skip
    t["units_made_valid"] = QCoreApplication.translate("RiskMapWarnings", "units layer '{layer}': {count} invalid polygons were made valid")  # noqa: E501  # fmt: skip
    t["outside_crs"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} features lie outside the valid area of their CRS and were left out")  # noqa: E501  # fmt: skip
    t["made_valid"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} invalid geometries were made valid")  # noqa: E501  # fmt: skip
    t["not_finite"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} features have coordinates that are not numbers and were left out")  # noqa: E501  # fmt: skip
    t["no_geometries"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': none of its {count} features has a geometry, so it counts nothing")  # noqa: E501  # fmt: skip
    t["outside_units"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': none of its {count} features lies within the units' extent, so it counts nothing — check its CRS, or whether longitude and latitude are swapped")  # noqa: E501  # fmt: skip
    t["not_dates"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} values of '{field}' are not dates and were left out")  # noqa: E501  # fmt: skip
    t["after_as_of"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} features dated after the as-of date {as_of} were not counted")  # noqa: E501  # fmt: skip
    t["field_case"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': the field '{field}' was matched to '{name}', which differs only in case (PostGIS imports lower-case field names)")  # noqa: E501  # fmt: skip
    t["counted_in_database"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': counted per unit in its PostGIS database; its features were not read into RiskMap")  # noqa: E501  # fmt: skip
    t["negative_values"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} negative values of '{field}' were counted as 0")  # noqa: E501  # fmt: skip
    t["not_numbers"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} values of '{field}' are not numbers and were counted as 0")  # noqa: E501  # fmt: skip
    t["infinite"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} values of '{field}' are infinite and were counted as 0")  # noqa: E501  # fmt: skip
    t["no_population"] = QCoreApplication.translate("RiskMapWarnings", "criterion '{criterion}': {count} units have no population above 0; their rate is missing")  # noqa: E501  # fmt: skip
    t["shares_rescaled"] = QCoreApplication.translate("RiskMapWarnings", "criterion '{criterion}': in {count} units the share fields do not sum to 1; they were rescaled")  # noqa: E501  # fmt: skip
    t["no_values"] = QCoreApplication.translate("RiskMapWarnings", "criterion '{criterion}': no unit has a value; it was left out")  # noqa: E501  # fmt: skip
    t["too_coarse"] = QCoreApplication.translate("RiskMapWarnings", "criterion '{criterion}': counts events located to {rule} or better ('{field}'); {count} of {total} events ({share} %) are located more coarsely and were not counted")  # noqa: E501  # fmt: skip
    t["severity_floor"] = QCoreApplication.translate("RiskMapWarnings", "criterion '{criterion}': layer '{layer}' records only events with '{field}' of at least {floor}, so smaller incidents (e.g. attacks without deaths) are not in the data")  # noqa: E501  # fmt: skip
    t["snapshot_after_as_of"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': its data are a snapshot of {snapshot}, after the as-of date {as_of}, so they may carry what was not known on the as-of date")  # noqa: E501  # fmt: skip
    t["reference_pro_rated"] = QCoreApplication.translate("RiskMapWarnings", "criterion '{criterion}': the data cover only {count} of the {days} days of the reference {period}; its count was pro-rated")  # noqa: E501  # fmt: skip
    t["no_towns"] = QCoreApplication.translate("RiskMapWarnings", "criterion '{criterion}': {count} units have no town; their distance is measured from the unit's centre")  # noqa: E501  # fmt: skip
    t["no_denominator"] = QCoreApplication.translate("RiskMapWarnings", "criterion '{criterion}': {count} units have nothing to divide by; their ratio is missing")  # noqa: E501  # fmt: skip
    t["correlated"] = QCoreApplication.translate("RiskMapWarnings", "criteria '{first}' and '{second}' are strongly correlated on this run (Spearman ρ = {rho}); together they may count the same thing twice")  # noqa: E501  # fmt: skip
    t["unit_over_area_cap"] = QCoreApplication.translate("RiskMapWarnings", "area '{name}': its unit alone covers {km2} km², more than areas → max_km2 ({cap} km²); a unit is never split")  # noqa: E501  # fmt: skip
    t["far_crs"] = QCoreApplication.translate("RiskMapWarnings", "the analysis CRS {crs} is meant for another region than the units, so distances and areas are distorted — leave 'crs' out (RiskMap picks the units' UTM zone) or choose a CRS for this region")  # noqa: E501  # fmt: skip
    t["reference_level_left_out"] = QCoreApplication.translate("RiskMapWarnings", "the data do not cover the reference year {year} of the time analysis, so no unit is compared with its {year} level")  # noqa: E501  # fmt: skip
    t["no_area_boundary"] = QCoreApplication.translate("RiskMapWarnings", "no layer '{layer}' in this project: the at-risk areas were not kept inside its boundaries")  # noqa: E501  # fmt: skip
    t["curves_approximated"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': curved geometries (arcs) were approximated by straight segments")  # noqa: E501  # fmt: skip
    t["rings_closed"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} unclosed rings were closed")  # noqa: E501  # fmt: skip
    t["rings_left_out"] = QCoreApplication.translate("RiskMapWarnings", "layer '{layer}': {count} polygons with unclosed rings were left out (shapely 2.1 or newer closes them)")  # noqa: E501  # fmt: skip
    return t

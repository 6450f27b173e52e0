"""The briefing's sentences (:data:`.words.ENGLISH`) in QGIS's language.

One spelled-out ``QCoreApplication.translate`` call per template, on one line each,
so that ``make transup`` (pylupdate5) files every one under ``RiskMapBriefing``;
``tests/qgis/test_briefing_words.py`` checks this list against ``ENGLISH``.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication


def translated_sentences() -> dict[str, str]:
    """Key → template in the installed translation (English where there is none)."""
    t: dict[str, str] = {}
    t["subtitle"] = QCoreApplication.translate("RiskMapBriefing", "Areas at risk of a violent-extremist resurgence · as of {as_of} · generated {generated} · RiskMap {version}")  # noqa: E501  # fmt: skip
    t["method"] = QCoreApplication.translate("RiskMapBriefing", "Each of the {units} units is scored 0–100: the {mean} of {criteria} criteria normalised to 0–1 (1 = riskiest); weight by dimension: {shares}. {classes}. {areas}. Watch list ({watch} units, closest to the cut-off or with the strongest reason first): {places}. Scores rank units against each other; they are not probabilities.")  # noqa: E501  # fmt: skip
    t["areas_peaks"] = QCoreApplication.translate("RiskMapBriefing", "At-risk areas grow around each locally highest unit of {min_class}{cutoff} and are named after that unit's seat town")  # noqa: E501  # fmt: skip
    t["areas_touching"] = QCoreApplication.translate("RiskMapBriefing", "At-risk areas are touching units of {min_class}{cutoff}, named after the seat town of their highest unit")  # noqa: E501  # fmt: skip
    t["dimension_share"] = QCoreApplication.translate("RiskMapBriefing", "{dimension} {share} %")  # noqa: E501  # fmt: skip
    t["mean_arithmetic"] = QCoreApplication.translate("RiskMapBriefing", "weighted arithmetic mean")  # noqa: E501  # fmt: skip
    t["mean_geometric"] = QCoreApplication.translate("RiskMapBriefing", "weighted geometric mean (non-compensatory)")  # noqa: E501  # fmt: skip
    t["classes_by"] = QCoreApplication.translate("RiskMapBriefing", "{count} classes by {method}")  # noqa: E501  # fmt: skip
    t["breaks_jenks"] = QCoreApplication.translate("RiskMapBriefing", "natural breaks (Jenks)")  # noqa: E501  # fmt: skip
    t["breaks_quantiles"] = QCoreApplication.translate("RiskMapBriefing", "quantiles")  # noqa: E501  # fmt: skip
    t["breaks_equal_interval"] = QCoreApplication.translate("RiskMapBriefing", "equal intervals")  # noqa: E501  # fmt: skip
    t["breaks_fixed"] = QCoreApplication.translate("RiskMapBriefing", "fixed breaks")  # noqa: E501  # fmt: skip
    t["min_class"] = QCoreApplication.translate("RiskMapBriefing", "class {label} or above")  # noqa: E501  # fmt: skip
    t["min_class_any"] = QCoreApplication.translate("RiskMapBriefing", "the upper classes")  # noqa: E501  # fmt: skip
    t["cutoff"] = QCoreApplication.translate("RiskMapBriefing", " (score ≥ {score})")  # noqa: E501  # fmt: skip
    t["how_sure"] = QCoreApplication.translate("RiskMapBriefing", "How sure: {draws} Monte Carlo runs varied {varied}. Rank band = the 5–95 % range of an area's best rank over the runs; in top class = the share of runs in which it stays within the {at_risk} at-risk units.")  # noqa: E501  # fmt: skip
    t["varied_weights"] = QCoreApplication.translate("RiskMapBriefing", "the weights (drawn around the set ones)")  # noqa: E501  # fmt: skip
    t["varied_normalisation"] = QCoreApplication.translate("RiskMapBriefing", "the normalisation ({methods})")  # noqa: E501  # fmt: skip
    t["varied_aggregation"] = QCoreApplication.translate("RiskMapBriefing", "the aggregation ({methods})")  # noqa: E501  # fmt: skip
    t["method_minmax"] = QCoreApplication.translate("RiskMapBriefing", "min–max")  # noqa: E501  # fmt: skip
    t["method_percentile"] = QCoreApplication.translate("RiskMapBriefing", "percentile")  # noqa: E501  # fmt: skip
    t["method_zscore"] = QCoreApplication.translate("RiskMapBriefing", "z-score")  # noqa: E501  # fmt: skip
    t["method_weighted_arithmetic"] = QCoreApplication.translate("RiskMapBriefing", "arithmetic")  # noqa: E501  # fmt: skip
    t["method_weighted_geometric"] = QCoreApplication.translate("RiskMapBriefing", "geometric")  # noqa: E501  # fmt: skip
    t["choice_normalisation"] = QCoreApplication.translate("RiskMapBriefing", "normalisation method")  # noqa: E501  # fmt: skip
    t["choice_aggregation"] = QCoreApplication.translate("RiskMapBriefing", "aggregation method")  # noqa: E501  # fmt: skip
    t["weights_that_move"] = QCoreApplication.translate("RiskMapBriefing", "The weights that move the ranking most: {weights}")  # noqa: E501  # fmt: skip
    t["method_choices"] = QCoreApplication.translate("RiskMapBriefing", "; method choices: {choices}")  # noqa: E501  # fmt: skip
    t["label_share"] = QCoreApplication.translate("RiskMapBriefing", "{label} ({share} %)")  # noqa: E501  # fmt: skip
    t["choice_share"] = QCoreApplication.translate("RiskMapBriefing", "{label} {share} %")  # noqa: E501  # fmt: skip
    t["list_separator"] = QCoreApplication.translate("RiskMapBriefing", ", ")  # noqa: E501  # fmt: skip
    t["or"] = QCoreApplication.translate("RiskMapBriefing", "{first} or {last}")  # noqa: E501  # fmt: skip
    t["and"] = QCoreApplication.translate("RiskMapBriefing", "{first} and {last}")  # noqa: E501  # fmt: skip
    t["and_more"] = QCoreApplication.translate("RiskMapBriefing", "{names} and {count} more")  # noqa: E501  # fmt: skip
    t["sentence_end"] = QCoreApplication.translate("RiskMapBriefing", ".")  # noqa: E501  # fmt: skip
    t["coverage"] = QCoreApplication.translate("RiskMapBriefing", "Data coverage: {share} % of the weight on average")  # noqa: E501  # fmt: skip
    t["low_coverage"] = QCoreApplication.translate("RiskMapBriefing", "; {count} units with low coverage ({names})")  # noqa: E501  # fmt: skip
    t["illustrative_caveat"] = QCoreApplication.translate("RiskMapBriefing", "Illustrative — not real data: {layers} — made up for the sample; do not use for decisions.")  # noqa: E501  # fmt: skip
    t["illustrative_sources"] = QCoreApplication.translate("RiskMapBriefing", "Illustrative — not real data (made up for the sample): {layers}")  # noqa: E501  # fmt: skip
    t["illustrative_short"] = QCoreApplication.translate("RiskMapBriefing", "Illustrative — not real data: {layers}")  # noqa: E501  # fmt: skip
    t["source_missing"] = QCoreApplication.translate("RiskMapBriefing", "{table}: source not recorded — add its attribution")  # noqa: E501  # fmt: skip
    t["area_class"] = QCoreApplication.translate("RiskMapBriefing", "Class: {label} · highest score {score} · mean {mean} · {units}")  # noqa: E501  # fmt: skip
    t["units_one"] = QCoreApplication.translate("RiskMapBriefing", "{count} unit")  # noqa: E501  # fmt: skip
    t["units_many"] = QCoreApplication.translate("RiskMapBriefing", "{count} units")  # noqa: E501  # fmt: skip
    t["rank_band"] = QCoreApplication.translate("RiskMapBriefing", "Rank band {band}")  # noqa: E501  # fmt: skip
    t["area_size"] = QCoreApplication.translate("RiskMapBriefing", "{km2} km² ({share} %)")  # noqa: E501  # fmt: skip
    t["area_size_note"] = QCoreApplication.translate("RiskMapBriefing", " · {size} of the study area")  # noqa: E501  # fmt: skip
    t["in_top_class"] = QCoreApplication.translate("RiskMapBriefing", " · in the top class in {share} of runs")  # noqa: E501  # fmt: skip
    t["area_trend"] = QCoreApplication.translate("RiskMapBriefing", "Trend: {trend} · surge: {surge} · hot spot: {hotspot}")  # noqa: E501  # fmt: skip
    t["area_drivers"] = QCoreApplication.translate("RiskMapBriefing", "Top drivers: {drivers}")  # noqa: E501  # fmt: skip
    t["area_name"] = QCoreApplication.translate("RiskMapBriefing", "Area {number}")  # noqa: E501  # fmt: skip
    t["area_heading"] = QCoreApplication.translate("RiskMapBriefing", "Area {number} of {count}: {name}")  # noqa: E501  # fmt: skip
    t["hot_spot"] = QCoreApplication.translate("RiskMapBriefing", "Hot spot {level} %")  # noqa: E501  # fmt: skip
    t["cold_spot"] = QCoreApplication.translate("RiskMapBriefing", "Cold spot {level} %")  # noqa: E501  # fmt: skip
    t["not_significant"] = QCoreApplication.translate("RiskMapBriefing", "Not significant")  # noqa: E501  # fmt: skip
    t["surge"] = QCoreApplication.translate("RiskMapBriefing", "surge in the last 4 weeks")  # noqa: E501  # fmt: skip
    t["no_surge"] = QCoreApplication.translate("RiskMapBriefing", "none")  # noqa: E501  # fmt: skip
    t["trend_p"] = QCoreApplication.translate("RiskMapBriefing", "{trend} (p = {p})")  # noqa: E501  # fmt: skip
    t["percent"] = QCoreApplication.translate("RiskMapBriefing", "{share} %")  # noqa: E501  # fmt: skip
    t["times_level"] = QCoreApplication.translate("RiskMapBriefing", "{value} × the {period} level")  # noqa: E501  # fmt: skip
    t["more_than"] = QCoreApplication.translate("RiskMapBriefing", "{value} more than in {period}")  # noqa: E501  # fmt: skip
    t["reference"] = QCoreApplication.translate("RiskMapBriefing", "reference")  # noqa: E501  # fmt: skip
    t["riskiest_unit"] = QCoreApplication.translate("RiskMapBriefing", " (riskiest unit)")  # noqa: E501  # fmt: skip
    t["no_data"] = QCoreApplication.translate("RiskMapBriefing", "no data")  # noqa: E501  # fmt: skip
    t["changes_title"] = QCoreApplication.translate("RiskMapBriefing", "Changes since the last briefing")  # noqa: E501  # fmt: skip
    t["changes_areas"] = QCoreApplication.translate("RiskMapBriefing", "Areas — {parts}.")  # noqa: E501  # fmt: skip
    t["changes_new"] = QCoreApplication.translate("RiskMapBriefing", "new: {names}")  # noqa: E501  # fmt: skip
    t["changes_gone"] = QCoreApplication.translate("RiskMapBriefing", "no longer listed: {names}")  # noqa: E501  # fmt: skip
    t["changes_parts"] = QCoreApplication.translate("RiskMapBriefing", "{first}; {second}")  # noqa: E501  # fmt: skip
    t["changes_entered"] = QCoreApplication.translate("RiskMapBriefing", "Entered the at-risk areas: {units} — {names}.")  # noqa: E501  # fmt: skip
    t["changes_left"] = QCoreApplication.translate("RiskMapBriefing", "Left the at-risk areas: {units} — {names}.")  # noqa: E501  # fmt: skip
    t["changes_none"] = QCoreApplication.translate("RiskMapBriefing", "No unit entered or left the at-risk areas.")  # noqa: E501  # fmt: skip
    t["changes_moves"] = QCoreApplication.translate("RiskMapBriefing", "Largest rank moves: {moves}.")  # noqa: E501  # fmt: skip
    t["changes_move"] = QCoreApplication.translate("RiskMapBriefing", "{name} {before} → {now}")  # noqa: E501  # fmt: skip
    t["changes_new_rank"] = QCoreApplication.translate("RiskMapBriefing", "new")  # noqa: E501  # fmt: skip
    t["changes_criterion"] = QCoreApplication.translate("RiskMapBriefing", "The criterion that moved most: {label}.")  # noqa: E501  # fmt: skip
    t["unit_in_area"] = QCoreApplication.translate("RiskMapBriefing", "{unit} ({area})")  # noqa: E501  # fmt: skip
    t["summary"] = QCoreApplication.translate("RiskMapBriefing", "Since the previous result: {entered} entered, {left} left the at-risk areas")  # noqa: E501  # fmt: skip
    t["summary_moved"] = QCoreApplication.translate("RiskMapBriefing", ", {units} moved 5 ranks or more")  # noqa: E501  # fmt: skip
    t["summary_criterion"] = QCoreApplication.translate("RiskMapBriefing", "; moved most: {label}")  # noqa: E501  # fmt: skip
    return t

"""The dock proposes the date, severity and precision fields of a known dataset (QGIS-free)."""

from __future__ import annotations


def test_the_dock_proposes_the_fields_of_a_known_dataset():
    from riskmap_plugin.gui.criteria_rules import proposed_fields
    from riskmap_plugin.gui.layer_guess import LayerInfo

    ucdp = LayerInfo("l", "GED", "events", "point", ("id", "WHERE_PREC", "best", "date_start",
                                                      "type_of_violence"))  # fmt: skip
    assert proposed_fields({"measure": "low_severity_count"}, ucdp) == {
        "date_field": "date_start",
        "precision": {"field": "WHERE_PREC", "scale": "ucdp_ged"},
        "field": "best",
    }
    acled = LayerInfo("l", "ACLED", "acled", "point",
                      ("event_date", "event_type", "fatalities", "geo_precision"))  # fmt: skip
    assert proposed_fields({"measure": "count", "date_field": "d"}, acled) == {
        "precision": {"field": "geo_precision", "scale": "acled"}
    }
    assert proposed_fields({"measure": "count"}, LayerInfo("l", "x", "x", "point", ("a",))) == {}
    assert proposed_fields({"measure": "attribute"}, ucdp) == {}

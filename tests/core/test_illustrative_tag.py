"""Made-up data keeps its tag in every phrase: map labels, watch-list reasons, cards, briefing."""

from __future__ import annotations

from riskmap_plugin.core import parse_model
from riskmap_plugin.core.explain import Explainer


def _criteria():
    return parse_model(
        {
            "riskmap_model": 1,
            "name": "m",
            "as_of": "2018-01-31",
            "units": {"layer": "u", "id_field": "id"},
            "criteria": [
                {
                    "id": "mix",
                    "label": "Ethnic mix (illustrative)",
                    "noun": "mix",
                    "layer": "m",
                    "measure": "diversity",
                    "fields": ["a", "b"],
                    "illustrative": True,
                },
                {"id": "inc", "label": "Incidents", "layer": "e", "measure": "count"},
            ],
        }
    ).criteria


def test_an_illustrative_phrase_says_so():
    mix, incidents = _criteria()
    explainer = Explainer((mix, incidents), 2018)
    assert explainer.phrase(mix, 0.63, {}) == "mix index 0.63 (illustrative)"
    assert explainer.phrase(incidents, 3, {}) == "3 incidents", "real data stays untagged"


def test_the_tag_is_not_doubled_and_follows_a_translation():
    mix, incidents = _criteria()
    explainer = Explainer((mix, incidents), 2018)
    # "no data" prints the label, which already carries the tag.
    assert explainer.phrase(mix, float("nan"), {}) == "Ethnic mix (illustrative): no data"
    french = Explainer(
        (mix, incidents),
        2018,
        templates={"diversity": "indice de {noun} {value}", "illustrative": "{text} (fictif)"},
    )
    assert french.phrase(mix, 0.5, {}) == "indice de mix 0.50 (fictif)"


def test_watch_list_reasons_and_drivers_carry_the_tag():
    mix, incidents = _criteria()
    explainer = Explainer((mix, incidents), 2018)
    import numpy as np

    drivers = explainer.drivers(
        np.array([0.63, 4.0]),
        np.array([1.0, 0.5]),
        np.array([2.0, 1.0]),
        [{}, {}],
        top_k=2,
    )
    assert explainer.annotation(drivers) == "mix index 0.63 (illustrative) · 4 incidents"

"""The run's warnings are templates: stored as English text, said again in any language."""

from __future__ import annotations

import string

import pytest

from riskmap_plugin.core.messages import WARNINGS, parse, reword, warning

FIELDS = {"layer": "events", "count": 243, "field": "date_start", "as_of": "2018-01-31",
          "criterion": "returns", "rule": "within 25 km", "total": 900, "share": 27, "floor": 1,
          "snapshot": "2017-12-31", "days": 365, "period": "2013-01-01…2013-12-31",
          "first": "incidents", "second": "vs_2013", "rho": "0.91",
          "name": "Ar Rutbah", "km2": "30,349", "cap": "8,000",
          "crs": "EPSG:32618", "year": 2013}  # fmt: skip


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(WARNINGS))
def test_every_warning_is_found_again_from_its_text(key):
    values = {name: FIELDS[name] for name in _fields(WARNINGS[key])}
    text = warning(key, **values)
    assert parse(text) == (key, {name: str(value) for name, value in values.items()})


ARABIC_DIGITS = str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")


def arabic_number(value, decimals):
    return f"{value:,.{decimals}f}".translate(ARABIC_DIGITS)


def test_every_number_of_a_warning_is_in_the_languages_digits_names_and_dates_as_given():
    # One digit system per language: areas, caps, shares and years too, not just counts.
    text = warning("unit_over_area_cap", name="Ar Rutbah 2", km2="30,348", cap="8,000")
    arabic = reword(text, {"unit_over_area_cap": "{name}: {km2} > {cap}"}, arabic_number)
    assert arabic == "Ar Rutbah 2: ٣٠٬٣٤٨ > ٨٬٠٠٠"
    text = warning("correlated", first="a1", second="b2", rho="0.91")
    assert reword(text, {"correlated": "{first} {second} {rho}"}, arabic_number) == "a1 b2 ٠.٩١"
    text = warning("reference_level_left_out", year=2013)
    assert reword(text, {"reference_level_left_out": "{year}"}, arabic_number) == "٢٠١٣"
    text = warning("after_as_of", layer="events 1", count=5, as_of="2018-01-31")
    said = reword(text, {"after_as_of": "{layer} {count} {as_of}"}, arabic_number)
    assert said == "events 1 ٥ 2018-01-31"


def test_a_warning_is_reworded_with_the_language_templates_and_digits():
    text = warning("after_as_of", layer="events", count=243, as_of="2018-01-31")
    assert (
        text
        == "layer 'events': 243 features dated after the as-of date 2018-01-31 were not counted"
    )
    french = {"after_as_of": "couche « {layer} » : {count} entités après le {as_of}"}
    assert reword(text, french) == "couche « events » : 243 entités après le 2018-01-31"
    digits = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    arabic = reword(
        text, {"after_as_of": "{count} / {layer}"}, lambda v, d: str(v).translate(digits)
    )
    assert arabic == "٢٤٣ / events"


def test_other_texts_and_missing_or_broken_templates_leave_the_text_as_it_is():
    text = warning("made_valid", layer="events", count=3)
    assert reword("a message from elsewhere", {"made_valid": "x"}) == "a message from elsewhere"
    assert reword(text, None) == text
    assert reword(text, {"after_as_of": "…"}) == text
    assert reword(text, {"made_valid": "{couche}"}) == text


def test_the_core_words_its_warnings_from_the_templates(repo_root):
    import geopandas as gpd

    from riskmap_plugin.core.model import load_model
    from riskmap_plugin.core.run import required_layers, score

    sample = repo_root / "resources/sample"
    model = load_model(sample / "stabilization_2018.json")
    layers = {
        ref: gpd.read_file(sample / "iraq_2018.gpkg", layer=ref) for ref in required_layers(model)
    }
    result = score(model, layers)
    assert result.warnings
    assert all(parse(w) is not None for w in result.warnings), result.warnings


def test_a_warning_keeps_its_key_and_fields_through_the_child_process_and_the_provenance():
    import json
    import pickle

    from riskmap_plugin.core.messages import keyed, provenance_warnings, stored_keys

    said = warning("made_valid", layer="events\n2018", count=12)  # no pattern finds this one
    assert parse(said) is None
    again = pickle.loads(pickle.dumps(said))
    assert again == said and keyed(again) == (
        "made_valid",
        {"layer": "events\n2018", "count": "12"},
    )
    stored = json.loads(json.dumps({"warnings": [said], "warning_keys": stored_keys([said])}))
    (read,) = provenance_warnings(stored)
    assert read == said and read.key == "made_valid"
    assert (
        reword(read, {"made_valid": "{count} réparées ({layer})"}) == "12 réparées (events\n2018)"
    )


def test_old_provenance_without_keys_and_damaged_keys_keep_their_english():
    from riskmap_plugin.core.messages import provenance_warnings

    text = "layer 'events': 3 invalid geometries were made valid"
    assert provenance_warnings({"warnings": [text]}) == [text]
    assert provenance_warnings({"warnings": [text], "warning_keys": [["made_valid", {}]]}) == [text]
    assert provenance_warnings({"warnings": [text], "warning_keys": [["gone", {}]]}) == [text]
    assert reword(provenance_warnings({"warnings": [text]})[0], {"made_valid": "{count}!"}) == "3!"

"""The English of the errors users meet most, by key: one home for each of their words.

:meth:`.errors.RiskMapError.of` makes an error from a key (and its fix, ``key.fix``);
``make transup`` (pylupdate5) files each template under ``RiskMapErrors`` through the core's
no-op marker, and the QGIS side says them in QGIS's language
(:func:`riskmap_plugin.qgis_adapter.wording_warnings.say_error`). Kept apart from
:mod:`.errors` so that the error types stay short and the table can grow.
"""

from __future__ import annotations

from .translatable import QT_TRANSLATE_NOOP

#: What is wrong (``key``) and how to fix it (``key.fix``), for the errors users meet most.
# fmt: off
ERRORS: dict[str, str] = {
    # Reading the model file
    "no_model_file": QT_TRANSLATE_NOOP("RiskMapErrors", "the model file '{path}' does not exist"),
    "no_model_file.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose an existing .json model file"),
    "model_file_too_large": QT_TRANSLATE_NOOP("RiskMapErrors", "the model file '{name}' is larger "
        "than 10 MB"),
    "model_file_too_large.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "a model document is a few KB; "
        "check that this is the right file"),
    "unreadable_model_file": QT_TRANSLATE_NOOP("RiskMapErrors", "cannot read the model file "
        "'{name}': {reason}"),
    "unreadable_model_file.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "save the model as UTF-8 JSON"),
    "invalid_json": QT_TRANSLATE_NOOP("RiskMapErrors", "not valid JSON (line {line}, column "
        "{column}: {reason})"),
    "invalid_json.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "fix the JSON syntax, or export the "
        "model again"),
    "key_twice": QT_TRANSLATE_NOOP("RiskMapErrors", "the key '{key}' is given twice in the same "
        "object"),
    "key_twice.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "keep one of them: JSON would silently "
        "use the last one"),
    "unsupported_version": QT_TRANSLATE_NOOP("RiskMapErrors", "format version {version} is not "
        "supported (this RiskMap reads version {supported})"),
    "unsupported_version.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "upgrade RiskMap, or save the "
        "model again from this version"),
    # One key of the model document
    "required_key": QT_TRANSLATE_NOOP("RiskMapErrors", "this key is required but missing"),
    "required_key.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "add \"{key}\" to {section}"),
    "unknown_keys": QT_TRANSLATE_NOOP("RiskMapErrors", "unknown keys {keys}"),
    "unknown_key": QT_TRANSLATE_NOOP("RiskMapErrors", "unknown key {keys}"),
    "unknown_key.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "remove it, or check its spelling "
        "against docs/model-format.md"),
    "expected_number": QT_TRANSLATE_NOOP("RiskMapErrors", "expected a number, found {found} "
        "{value}"),
    "expected_whole_number": QT_TRANSLATE_NOOP("RiskMapErrors", "expected a whole number, found "
        "{found} {value}"),
    "expected_kind": QT_TRANSLATE_NOOP("RiskMapErrors", "expected {kind}, found {found} {value}"),
    "number_out_of_range": QT_TRANSLATE_NOOP("RiskMapErrors", "expected a number between {low} "
        "and {high}"),
    "whole_number_out_of_range": QT_TRANSLATE_NOOP("RiskMapErrors", "the number {value} is out of "
        "range"),
    "empty": QT_TRANSLATE_NOOP("RiskMapErrors", "must not be empty"),
    "unknown_value": QT_TRANSLATE_NOOP("RiskMapErrors", "unknown value '{value}'"),
    "unknown_value.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "use one of: {options}"),
    "at_least": QT_TRANSLATE_NOOP("RiskMapErrors", "must be at least {minimum}, found {value}"),
    "greater_than": QT_TRANSLATE_NOOP("RiskMapErrors", "must be greater than {minimum}, found "
        "{value}"),
    "at_most": QT_TRANSLATE_NOOP("RiskMapErrors", "must be at most {maximum}, found {value}"),
    "between": QT_TRANSLATE_NOOP("RiskMapErrors", "must be between {minimum} and {maximum}, found "
        "{value}"),
    "not_a_date": QT_TRANSLATE_NOOP("RiskMapErrors", "'{value}' is not a date"),
    "not_a_date.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "write dates as YYYY-MM-DD, e.g. "
        "2018-01-31"),
    "date_out_of_range": QT_TRANSLATE_NOOP("RiskMapErrors", "the date {date} is out of range"),
    "date_out_of_range.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "give a date between {first} and "
        "{last}"),
    # The model's criteria and sections
    "no_criteria": QT_TRANSLATE_NOOP("RiskMapErrors", "the model has no criteria"),
    "no_criteria.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "add at least one criterion"),
    "id_twice": QT_TRANSLATE_NOOP("RiskMapErrors", "the id '{id}' is used twice"),
    "id_twice.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "give every criterion its own id"),
    "ids_differ_in_case": QT_TRANSLATE_NOOP("RiskMapErrors", "the ids '{other}' and '{id}' differ "
        "only in case"),
    "ids_differ_in_case.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "give every criterion an id of "
        "its own (output fields ignore case)"),
    "all_weights_zero": QT_TRANSLATE_NOOP("RiskMapErrors", "all weights are 0, so nothing would "
        "be scored"),
    "all_weights_zero.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "give at least one criterion a "
        "weight above 0"),
    "one_window_length": QT_TRANSLATE_NOOP("RiskMapErrors", "give exactly one of days, months or "
        "start (with optional end)"),
    "for_example": QT_TRANSLATE_NOOP("RiskMapErrors", "e.g. {example}"),
    "window_too_short": QT_TRANSLATE_NOOP("RiskMapErrors", "the window must be at least 1 day or "
        "1 month long"),
    "window_reversed": QT_TRANSLATE_NOOP("RiskMapErrors", "the window ends before it starts"),
    "window_reversed.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "swap start and end"),
    "year_or_start": QT_TRANSLATE_NOOP("RiskMapErrors", "give either a reference year or a start "
        "date"),
    "basis_with_start": QT_TRANSLATE_NOOP("RiskMapErrors", "the basis '{basis}' does not go with a "
        "start date"),
    "basis_with_year": QT_TRANSLATE_NOOP("RiskMapErrors", "the basis '{basis}' does not go with a "
        "reference year"),
    "basis.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "use \"same_months\" or \"calendar_year\" with "
        "a year, \"period\" with start and end"),
    "period_without_end": QT_TRANSLATE_NOOP("RiskMapErrors", "a reference period needs its end "
        "date"),
    "add_example": QT_TRANSLATE_NOOP("RiskMapErrors", "add {example}"),
    "year_out_of_range": QT_TRANSLATE_NOOP("RiskMapErrors", "the reference year {year} is out of "
        "range"),
    "coverage_reversed": QT_TRANSLATE_NOOP("RiskMapErrors", "the coverage ends before it starts"),
    "coverage_reversed.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "swap the dates"),
    "precision_without_scale": QT_TRANSLATE_NOOP("RiskMapErrors", "a precision field needs the "
        "scale its codes follow"),
    "precision_without_scale.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "add \"scale\": \"ucdp_ged\" "
        "or \"acled\""),
    "population_and_field": QT_TRANSLATE_NOOP("RiskMapErrors", "divide either by the population or "
        "by a field, not both"),
    "population_and_field.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "remove \"population\", or "
        "remove \"layer\" and \"field\""),
    "all_dimension_weights_zero": QT_TRANSLATE_NOOP("RiskMapErrors", "all dimension weights are "
        "0"),
    "empty_translation": QT_TRANSLATE_NOOP("RiskMapErrors", "the translation of '{english}' must "
        "be a non-empty text"),
    "empty_translation.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "write \"English text\": "
        "\"translated text\""),
    # Reading the model document
    "expected_object": QT_TRANSLATE_NOOP("RiskMapErrors", "expected an object, found {found}"),
    "expected_object.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "write it as {example}"),
    "too_many_digits": QT_TRANSLATE_NOOP("RiskMapErrors", "a number in the model has too many "
        "digits"),
    "too_many_digits.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "write numbers with at most 15 "
        "significant digits"),
    "too_deep": QT_TRANSLATE_NOOP("RiskMapErrors", "the document is nested more than {depth} "
        "levels deep"),
    "too_deep.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "a model is a few levels deep; check that "
        "this is a RiskMap model"),
    "lone_surrogate": QT_TRANSLATE_NOOP("RiskMapErrors", "the text holds an invalid character (a "
        "lone UTF-16 surrogate)"),
    "lone_surrogate.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "retype the text, or save the model "
        "again as UTF-8"),
    "model_document_too_large": QT_TRANSLATE_NOOP("RiskMapErrors", "the model document is larger "
        "than 10 MB"),
    "model_document_too_large.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "a model document is a few "
        "KB; check its source"),
    # Measuring the criteria
    "rate_needs_population": QT_TRANSLATE_NOOP("RiskMapErrors", "a rate needs the units' "
        "population field"),
    "ratio_needs_population": QT_TRANSLATE_NOOP("RiskMapErrors", "a ratio to the population needs "
        "the units' population field"),
    "needs_population.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "set population_field on the "
        "criterion or on the units"),
    "distance_needs_towns": QT_TRANSLATE_NOOP("RiskMapErrors", "a distance from towns needs the "
        "model's towns layer"),
    "distance_needs_towns.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "add {example} to the model, or "
        "measure \"from\": \"edge\""),
    "share_needs_polygons": QT_TRANSLATE_NOOP("RiskMapErrors", "the share of area covered needs a "
        "polygon layer"),
    "share_needs_polygons.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose a polygon layer (e.g. "
        "flashpoint zones)"),
    "cannot_compare": QT_TRANSLATE_NOOP("RiskMapErrors", "cannot compare the field '{field}' with "
        "{value}"),
    "cannot_compare.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "compare numbers with numbers"),
    # The reference period of a change
    "reference_after_as_of": QT_TRANSLATE_NOOP("RiskMapErrors", "the reference period "
        "{first}…{last} ends after the as-of date {as_of}"),
    "reference_after_as_of.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose a reference before the "
        "as-of date"),
    "reference_partly_covered": QT_TRANSLATE_NOOP("RiskMapErrors", "the data cover only {covered} "
        "of the {days} days of the reference period {first}…{last} (the dates of layer '{layer}' "
        "run from {data}), so the missing days would count as zero"),
    "reference_partly_covered.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose a reference the "
        "data cover (e.g. \"basis\": \"calendar_year\" of a complete year), declare the layer's "
        "coverage under layers → coverage if the data are complete, or allow \"incomplete\": "
        "\"pro_rate\""),
    "reference_no_dated_feature": QT_TRANSLATE_NOOP("RiskMapErrors", "'{label}' compares with "
        "{first}…{last}, but layer '{layer}' has no dated feature in '{field}' to count then"),
    "reference_no_dated_feature.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "check the date field, or "
        "choose a measure without a reference period"),
    "reference_outside_data": QT_TRANSLATE_NOOP("RiskMapErrors", "'{label}' compares with "
        "{first}…{last}, which lies wholly outside the data: the dates of layer '{layer}' run from "
        "{data_first} to {data_last}"),
    "reference_outside_data.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose a reference year from "
        "{year_first} to {year_last} (or a period within those dates), or declare the layer's "
        "coverage under layers → coverage if the data reach further back"),
    # The units layer
    "units_lack_fields": QT_TRANSLATE_NOOP("RiskMapErrors", "The units layer '{layer}' lacks the "
        "field(s) {missing} named in the model."),
    "units_lack_fields.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "Pick a units layer with those "
        "fields, or one with unit_id and unit_name (e.g. the output of 'Create hexagon grid')."),
    "units_not_numbers": QT_TRANSLATE_NOOP("RiskMapErrors", "{count} units have coordinates that "
        "are not numbers (NaN or infinite; features {features})"),
    "units_not_numbers.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "repair or redraw those polygons "
        "(e.g. Vector → Geometry Tools → Check Validity)"),
    "units_without_id": QT_TRANSLATE_NOOP("RiskMapErrors", "{count} units have no id in '{field}'"),
    "units_without_id.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "fill the ids, or choose another id "
        "field"),
    "ids_repeat": QT_TRANSLATE_NOOP("RiskMapErrors", "ids repeat in '{field}': {count} ids are "
        "shared by several units (features {features})"),
    "ids_repeat.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose a field with one value per unit"),
    "units_outside_crs": QT_TRANSLATE_NOOP("RiskMapErrors", "{count} units lie outside the valid "
        "area of the layer's CRS (e.g. a longitude beyond ±180)"),
    "units_outside_crs.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "check the layer's CRS: its "
        "coordinates look like those of another CRS"),
    # Layers and fields the model refers to
    "unread_layer": QT_TRANSLATE_NOOP("RiskMapErrors", "the model reads no layer named '{name}'"),
    "layer_not_found": QT_TRANSLATE_NOOP("RiskMapErrors", "the layer '{layer}' was not found"),
    "layer_not_found.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "add it to the project, or map the "
        "model's layer name to a layer"),
    "no_layer_found": QT_TRANSLATE_NOOP("RiskMapErrors", "No layer found for '{reference}' (tried "
        "{tried})."),
    "no_layer_found.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "Add the layer to the project under "
        "that name, map the reference to a layer or file in the layer map, or give a file path "
        "in the model."),
    "no_layer_found.sample": QT_TRANSLATE_NOOP("RiskMapErrors", "Add the layer to the project "
        "under that name, map the reference to a layer or file in the layer map, or give a file "
        "path in the model. To run on the sample's own layers, tick 'Use the sample's layers'."),
    "no_crs": QT_TRANSLATE_NOOP("RiskMapErrors", "the layer has no coordinate reference system"),
    "no_crs.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "set the layer's CRS in QGIS (Layer "
        "Properties → Source)"),
    "no_field": QT_TRANSLATE_NOOP("RiskMapErrors", "the field '{field}' does not exist"),
    "no_field.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "pick one of: {options}"),
    "no_units_field": QT_TRANSLATE_NOOP("RiskMapErrors", "the {role} field '{field}' does not "
        "exist"),
    "no_units_field.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose one of: {options}"),
    "no_places_field.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "set places → {key} to one of: "
        "{options}"),
    "no_date_field": QT_TRANSLATE_NOOP("RiskMapErrors", "the date field '{field}' does not exist"),
    "no_date_field.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "pick the layer's date field in the "
        "criterion"),
    "no_precision_field": QT_TRANSLATE_NOOP("RiskMapErrors", "the precision field '{field}' does "
        "not exist"),
    "no_precision_field.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "fix the criterion's precision → "
        "field"),
    "no_filter_field": QT_TRANSLATE_NOOP("RiskMapErrors", "the filter field '{field}' does not "
        "exist"),
    "no_filter_field.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "fix the criterion's filter"),
    "no_polygons": QT_TRANSLATE_NOOP("RiskMapErrors", "the units layer has no polygons"),
    "no_polygons.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose a polygon layer with features "
        "(districts, a hexagon grid)"),
    "not_polygons": QT_TRANSLATE_NOOP("RiskMapErrors", "the units layer has features that are not "
        "polygons"),
    "not_polygons.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "use a polygon layer for the units"),
    "unknown_crs": QT_TRANSLATE_NOOP("RiskMapErrors", "'{crs}' is not a CRS that RiskMap knows"),
    "unknown_crs.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "use an EPSG code such as EPSG:32638"),
    "not_projected": QT_TRANSLATE_NOOP("RiskMapErrors", "{crs} is not a projected CRS, so "
        "distances would not be in metres"),
    "not_projected.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "use a projected CRS (e.g. a "
        "UTM zone)"),
    "no_usable_geometry": QT_TRANSLATE_NOOP("RiskMapErrors", "the units layer has no usable "
        "geometry"),
    "no_usable_geometry.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "check that the layer has "
        "polygons"),
    # Making a hexagon grid
    "cell_size_zero": QT_TRANSLATE_NOOP("RiskMapErrors", "the cell size must be above 0 km"),
    "cell_size_zero.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose a cell size such as 10 km"),
    "boundary_no_crs": QT_TRANSLATE_NOOP("RiskMapErrors", "the boundary layer has no CRS"),
    "boundary_no_crs.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "set the layer's CRS"),
    "grid_needs_crs": QT_TRANSLATE_NOOP("RiskMapErrors", "the grid needs a CRS"),
    "grid_needs_crs.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "give the extent's CRS"),
    "grid_needs_extent": QT_TRANSLATE_NOOP("RiskMapErrors", "the grid needs an extent or a "
        "boundary layer"),
    "grid_needs_extent.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "give an extent or a polygon "
        "layer"),
    "too_many_cells": QT_TRANSLATE_NOOP("RiskMapErrors", "a {km} km grid would need {cells} cells"),
    "too_many_cells.fix": QT_TRANSLATE_NOOP("RiskMapErrors", "choose a larger cell size or a "
        "smaller extent"),
    "cancelled": QT_TRANSLATE_NOOP("RiskMapErrors", "The run was cancelled."),
}
# fmt: on

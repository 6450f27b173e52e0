"""The only place that turns QGIS layers into GeoDataFrames and back.

Modules: ``layers`` (resolve a model's layer reference to a QgsVectorLayer),
``reading`` (layer → GeoDataFrame, fast pyogrio path or QGIS iterator path),
``output`` (atomic GeoPackage writer with provenance), ``provenance``,
``features`` (GeoDataFrame → QgsFeatures) and ``runner`` (the one call both
fronts use). Imports stay lazy here so importing the package is cheap.
"""

"""What the briefing says, without QGIS: its texts, numbers and sentences.

The briefing's context (:mod:`.context`) is read from a result GeoPackage's tables
with pandas and worded here (:mod:`.words`, :mod:`.notes`, :mod:`.sources`,
:mod:`.changes_section`, :mod:`.backtest_words`); the atlas pages' tables are built
in :mod:`.pages`. Nothing in this package imports QGIS or Qt (a structure test checks
it): the layout, its map layers and the PDF are the QGIS part, one level up.
"""

"""RiskMap's Processing provider: toolbox, Model Designer, batch and qgis_process.

Not named ``processing`` on purpose: that name is QGIS's own plugin.
"""

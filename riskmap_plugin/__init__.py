"""RiskMap: score areas at risk of a violent-extremist resurgence, inside QGIS."""


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    """Create the plugin; QGIS calls this when it loads the plugin.

    The import stays inside the function so that importing the package (e.g. by
    the core tests or by Processing) does not pull in the GUI.
    """
    from .plugin import RiskMapPlugin

    return RiskMapPlugin(iface)

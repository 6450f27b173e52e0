<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb">
<context>
    <name>DependenciesDialog</name>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="32"/>
        <source>RiskMap — Python packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="38"/>
        <source>RiskMap needs these Python packages in QGIS&apos;s Python:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="38"/>
        <source>Install them for your user with pip, here or in a terminal, then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="52"/>
        <source>pip&apos;s output appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="57"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="58"/>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="78"/>
        <source>Command copied. Run it in a terminal, then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="89"/>
        <source>Installing… this can take a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="102"/>
        <source>Installed. Restart QGIS to use RiskMap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="104"/>
        <source>pip failed (exit code {0}). Read its output above, or copy the command and run it in a terminal; then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="114"/>
        <source>Could not start {0}. Copy the command and run it in a terminal; then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskMapDock</name>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="25"/>
        <source>RiskMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="32"/>
        <source>Install missing packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="35"/>
        <source>RiskMap scores areas at risk of a violent-extremist resurgence from the indicator layers of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="55"/>
        <source>RiskMap cannot score yet: these Python packages are missing or too old in QGIS&apos;s Python:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskMapPlugin</name>
    <message>
        <location filename="../riskmap_plugin/plugin.py" line="86"/>
        <source>RiskMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/plugin.py" line="90"/>
        <source>Show or hide the RiskMap panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

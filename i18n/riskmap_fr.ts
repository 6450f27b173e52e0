<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>@default</name>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="19"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="21"/>
        <source>Show the full message</source>
        <translation>Afficher le message complet</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="16"/>
        <source>Print briefing (PDF)</source>
        <translation>Imprimer la note d’information (PDF)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="56"/>
        <source>Result GeoPackage</source>
        <translation>GeoPackage du résultat</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="59"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="64"/>
        <source>Classification banner</source>
        <translation>Bandeau de classification</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="76"/>
        <source>Briefing PDF</source>
        <translation>Note d’information PDF</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="81"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="15"/>
        <source>Create hexagon grid</source>
        <translation>Créer une grille hexagonale</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="61"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="62"/>
        <source>Cell size (km)</source>
        <translation>Taille des cellules (km)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="71"/>
        <source>Boundary to clip to</source>
        <translation>Limite de découpage</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="79"/>
        <source>Grid CRS (metres)</source>
        <translation>SCR de la grille (mètres)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="82"/>
        <source>Hexagon grid</source>
        <translation>Grille hexagonale</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="98"/>
        <source>Give an extent or a boundary layer — the grid needs an area to cover.</source>
        <translation>Indiquez une emprise ou une couche de limite — la grille doit couvrir une zone.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="128"/>
        <source>The grid CRS {} is in degrees — choose a projected CRS in metres.</source>
        <translation>Le SCR de la grille {} est en degrés — choisissez un SCR projeté en mètres.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="167"/>
        <source>{} hexagons of {} km</source>
        <translation>{} hexagones de {} km</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="14"/>
        <source>Score at-risk areas</source>
        <translation>Noter les zones à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="54"/>
        <source>Model file (JSON)</source>
        <translation>Fichier du modèle (JSON)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="60"/>
        <source>Units layer (replaces the model&apos;s units)</source>
        <translation>Couche des unités (remplace celles du modèle)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="68"/>
        <source>As-of date (replaces the model&apos;s)</source>
        <translation>Date de référence (remplace celle du modèle)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="76"/>
        <source>Layer map (JSON object or name=layer;name2=file)</source>
        <translation>Correspondance des couches (objet JSON ou nom=couche;nom2=fichier)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/model_algorithm.py" line="34"/>
        <source>Model file not found: '{}' — choose a RiskMap model JSON file.</source>
        <translation>Fichier du modèle introuvable : '{}' — choisissez un fichier de modèle RiskMap (JSON).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="165"/>
        <source>As-of date '{}' is not a date — write it as YYYY-MM-DD.</source>
        <translation>La date de référence '{}' n’est pas une date — écrivez-la AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="203"/>
        <source>No output chosen — set OUTPUT_UNITS, OUTPUT_AREAS or OUTPUT_WATCH.</source>
        <translation>Aucune sortie choisie — définissez OUTPUT_UNITS, OUTPUT_AREAS ou OUTPUT_WATCH.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="283"/>
        <source>Wrote {}</source>
        <translation>{} écrit</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="66"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>rank</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>Data coverage</source>
        <translation>Couverture des données</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="257"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>raw</source>
        <translation>brut</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="124"/>
        <source>Previous result to compare with (GeoPackage)</source>
        <translation>Résultat précédent à comparer (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="265"/>
        <source>Surge: the last 4 weeks far above the 6 months before</source>
        <translation>Pic : les 4 dernières semaines bien au-dessus des 6 mois précédents</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="52"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="56"/>
        <source>At-risk areas ({})</source>
        <translation>Zones à risque ({})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="58"/>
        <source>Criteria and weights</source>
        <translation>Critères et poids</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="59"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="61"/>
        <source>Caveats</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="63"/>
        <source>Sources and attributions</source>
        <translation>Sources et attributions</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="65"/>
        <source>Drivers in this area (area values; points of the score)</source>
        <translation>Facteurs dans cette zone (valeurs de la zone ; points du score)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="66"/>
        <source>Units in this area ({})</source>
        <translation>Unités de cette zone ({})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="70"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="74"/>
        <source>Counts are the area&apos;s totals; other measures its riskiest unit&apos;s value.</source>
        <translation>Les comptages sont les totaux de la zone ; les autres mesures, la valeur de son unité la plus à risque.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="76"/>
        <source>Method, caveats and full sources: page 1.</source>
        <translation>Méthode, limites et sources complètes : page 1.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="78"/>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="64"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="65"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="72"/>
        <source>Top drivers</source>
        <translation>Principaux facteurs</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="205"/>
        <source>… and {} more (see the area pages)</source>
        <translation>… et {} de plus (voir les pages des zones)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Riskier when</source>
        <translation>Plus risqué si</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="258"/>
        <source>Value in the area</source>
        <translation>Valeur dans la zone</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="259"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="260"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="263"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="266"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="68"/>
        <source>Rank band</source>
        <translation>Plage de rangs</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="69"/>
        <source>Top class</source>
        <translation>Classe la plus haute</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="70"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="33"/>
        <source>At-risk areas</source>
        <translation>Zones à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="34"/>
        <source>Watch list (look again)</source>
        <translation>Liste de veille (à revoir)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="35"/>
        <source>Risk class of units</source>
        <translation>Classe de risque des unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="36"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="37"/>
        <source>historical</source>
        <translation>historique</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="38"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="39"/>
        <source>intensifying</source>
        <translation>en intensification</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="40"/>
        <source>diminishing</source>
        <translation>en diminution</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="41"/>
        <source>persistent</source>
        <translation>persistant</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="42"/>
        <source>sporadic</source>
        <translation>sporadique</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Very low</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Very high</source>
        <translation>Très élevée</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="43"/>
        <source>higher</source>
        <translation>plus haut</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="44"/>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="86"/>
        <source>RiskMap {version} · model “{model}” · result {result} · as of {as_of} · generated {generated}</source>
        <translation>RiskMap {version} · modèle « {model} » · résultat {result} · au {as_of} · générée le {generated}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="35"/>
        <source>… and {} more units (see the map)</source>
        <translation>… et {} unités de plus (voir la carte)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>briefing</source>
        <translation>briefing</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>print layout</source>
        <translation>mise en page</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>atlas</source>
        <translation>atlas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="25"/>
        <source>Creates a grid of hexagons to use as analysis units (e.g. as the &lt;i&gt;Units layer&lt;/i&gt; of &lt;i&gt;Score at-risk areas&lt;/i&gt;). Each hexagon has a &lt;tt&gt;unit_id&lt;/tt&gt; and a &lt;tt&gt;unit_name&lt;/tt&gt;.

&lt;b&gt;Extent&lt;/b&gt;: the area to cover (type coordinates, draw on the canvas, or take a layer's extent). Optional when a boundary is given.

&lt;b&gt;Cell size (km)&lt;/b&gt;: the distance across a hexagon between opposite flat sides (10 km gives cells of about 87 km²); 10 km suits a country, 2–5 km a governorate.

&lt;b&gt;Boundary&lt;/b&gt; (optional): polygons to clip the grid to, e.g. the country outline; hexagons outside it are dropped.

&lt;b&gt;Grid CRS&lt;/b&gt; (optional): a projected CRS in metres; by default the UTM zone at the centre of the extent.</source>
        <translation>Crée une grille d'hexagones à utiliser comme unités d'analyse (par exemple comme &lt;i&gt;Couche des unités&lt;/i&gt; de l'outil &lt;i&gt;Évaluer les zones à risque&lt;/i&gt;). Chaque hexagone possède un &lt;tt&gt;unit_id&lt;/tt&gt; et un &lt;tt&gt;unit_name&lt;/tt&gt;.

&lt;b&gt;Emprise&lt;/b&gt; : la zone à couvrir (saisissez des coordonnées, dessinez sur le canevas ou reprenez l'emprise d'une couche). Facultative lorsqu'une limite est fournie.

&lt;b&gt;Taille de cellule (km)&lt;/b&gt; : la distance entre deux côtés plats opposés d'un hexagone (10 km donne des cellules d'environ 87 km²) ; 10 km convient à un pays, 2–5 km à un gouvernorat.

&lt;b&gt;Limite&lt;/b&gt; (facultatif) : polygones selon lesquels découper la grille, par exemple le contour du pays ; les hexagones situés à l'extérieur sont supprimés.

&lt;b&gt;CRS de la grille&lt;/b&gt; (facultatif) : un système de coordonnées de référence (CRS) projeté en mètres ; par défaut, la zone UTM au centre de l'emprise.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>hexagon</source>
        <translation>hexagone</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>analysis units</source>
        <translation>unités d'analyse</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>tessellation</source>
        <translation>pavage</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="56"/>
        <source>Scored units</source>
        <translation>Unités notées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="58"/>
        <source>Watch list</source>
        <translation>Liste de surveillance</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>at-risk areas</source>
        <translation>zones à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>stabilization</source>
        <translation>stabilisation</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>violent extremism</source>
        <translation>extrémisme violent</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>composite indicator</source>
        <translation>indicateur composite</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>multi-criteria</source>
        <translation>multicritère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>watch list</source>
        <translation>liste de surveillance</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="298"/>
        <source>Computed by RiskMap with the model &apos;{0}&apos; as of {1}.</source>
        <translation>Calculé par RiskMap avec le modèle « {0} » à la date de référence du {1}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="37"/>
        <source>Re-scores the model at earlier as-of dates, each time with only the data dated up to that day, and compares each unit's score with what happened in the following months: the events of the outcome criterion (by default the model's time criterion, with its filters and location-precision rule) dated after the as-of date and up to the end of the horizon. Beside the model, always: four baselines from conflict history alone (events in the prior 6 and 12 months, months with events among the prior 12, a decayed history).

&lt;b&gt;As-of dates&lt;/b&gt;: a list (2016-12-31, 2017-06-30…) or &lt;b&gt;First&lt;/b&gt;, &lt;b&gt;Last&lt;/b&gt; and &lt;b&gt;Every N months&lt;/b&gt;. &lt;b&gt;Horizon&lt;/b&gt;: months after each as-of date.

&lt;b&gt;Leave out illustrative criteria&lt;/b&gt;: score without the criteria marked illustrative. Either way, the figures with and without them are both in the table.

&lt;b&gt;Propose weights&lt;/b&gt;: search non-negative weights that would have done better on the earlier dates and report them on the last dates, which the search did not see. Nothing is changed in the model.

&lt;b&gt;Outputs&lt;/b&gt;: a GeoPackage with the metrics by as-of date and scorer (ROC AUC, average precision, precision and recall at k, Spearman, shares of later events in the at-risk areas and on the watch list), the verdict against the best baseline with a bootstrap interval, the criterion report, and the units at the last as-of date styled as hits, misses and false alarms; the metrics as CSV; a chart (PNG, needs matplotlib). Flags: a horizon cut by the end of the data, and layers without dates (possible look-ahead).</source>
        <translation>Réévalue le modèle à des dates de référence antérieures, chaque fois avec les seules données datées jusqu'à ce jour, et compare le score de chaque unité avec ce qui s'est passé au cours des mois suivants : les événements du critère de résultat (par défaut le critère temporel du modèle, avec ses filtres et sa règle de précision de localisation) datés d'après la date de référence et jusqu'à la fin de l'horizon. À côté du modèle, toujours : quatre références naïves fondées uniquement sur l'historique du conflit (événements des 6 et 12 mois précédents, mois avec événements parmi les 12 précédents, historique atténué dans le temps).

&lt;b&gt;Dates de référence&lt;/b&gt; : une liste (2016-12-31, 2017-06-30…) ou &lt;b&gt;Première&lt;/b&gt;, &lt;b&gt;Dernière&lt;/b&gt; et &lt;b&gt;Tous les N mois&lt;/b&gt;. &lt;b&gt;Horizon&lt;/b&gt; : mois suivant chaque date de référence.

&lt;b&gt;Exclure les critères illustratifs&lt;/b&gt; : évaluer sans les critères marqués comme illustratifs. Dans les deux cas, les chiffres avec et sans ces critères figurent dans le tableau.

&lt;b&gt;Proposer des pondérations&lt;/b&gt; : rechercher des pondérations non négatives qui auraient donné de meilleurs résultats sur les dates antérieures et présenter leurs résultats sur les dernières dates, que la recherche n'a pas vues. Rien n'est modifié dans le modèle.

&lt;b&gt;Sorties&lt;/b&gt; : un GeoPackage contenant les métriques par date de référence et par méthode de notation (ROC AUC, précision moyenne, précision et rappel à k, Spearman, parts des événements ultérieurs dans les zones à risque et sur la liste de surveillance), le verdict face à la meilleure référence naïve avec un intervalle bootstrap, le rapport par critère, et les unités à la dernière date de référence symbolisées en détections, manqués et fausses alertes ; les métriques en CSV ; un graphique (PNG, nécessite matplotlib). Signalements : horizon tronqué par la fin des données, et couches sans dates (anticipation possible).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>backtest</source>
        <translation>test rétrospectif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>baseline</source>
        <translation>référence naïve</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="17"/>
        <source>Backtest the model against what happened next</source>
        <translation>Test rétrospectif du modèle par rapport à ce qui a suivi</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="87"/>
        <source>As-of dates (YYYY-MM-DD, comma-separated)</source>
        <translation>Dates de référence (YYYY-MM-DD, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="92"/>
        <source>First as-of date</source>
        <translation>Première date de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="95"/>
        <source>Last as-of date</source>
        <translation>Dernière date de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="98"/>
        <source>Every N months</source>
        <translation>Tous les N mois</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="98"/>
        <source>Horizon (months after each as-of date)</source>
        <translation>Horizon (mois suivant chaque date de référence)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="112"/>
        <source>Outcome criterion (id; default: the time criterion)</source>
        <translation>Critère de résultat (identifiant ; par défaut : le critère temporel)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="119"/>
        <source>Leave out illustrative criteria</source>
        <translation>Exclure les critères illustratifs</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="124"/>
        <source>Propose weights that would have done better</source>
        <translation>Proposer des pondérations qui auraient donné de meilleurs résultats</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="71"/>
        <source>Backtest GeoPackage</source>
        <translation>GeoPackage du test rétrospectif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="134"/>
        <source>Metrics table (CSV)</source>
        <translation>Tableau des métriques (CSV)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="143"/>
        <source>Chart (PNG)</source>
        <translation>Graphique (PNG)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="152"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="178"/>
        <source>No as-of dates — give AS_OF_DATES, or FIRST and LAST (YYYY-MM-DD).</source>
        <translation>Aucune date de référence — indiquez AS_OF_DATES, ou FIRST et LAST (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="184"/>
        <source>FIRST ({}) is after LAST ({}) — swap them.</source>
        <translation>FIRST ({}) est postérieur à LAST ({}) — inversez-les.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="245"/>
        <source>{}: '{}' is not a date — write it as YYYY-MM-DD.</source>
        <translation>{} : '{}' n'est pas une date — écrivez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="25"/>
        <source>Prints a RiskMap result GeoPackage (written by &lt;i&gt;Score at-risk areas&lt;/i&gt;) as a briefing PDF: page 1 with the overview map, legend, scale bar, north arrow, locator, the tables of at-risk areas and of criteria and weights, the method note, caveats (data coverage, illustrative layers) and the data sources and attributions; then one page per at-risk area with its map, drivers with raw values and member units.

&lt;b&gt;Banner&lt;/b&gt;: the classification text printed at the top and bottom of every page.
&lt;b&gt;Page size&lt;/b&gt;: A4 or A3 landscape.
&lt;b&gt;Backtest&lt;/b&gt; (optional): a GeoPackage written by &lt;i&gt;Backtest the model&lt;/i&gt; for the same model adds a last page &quot;How well has this model done?&quot; (default: &lt;i&gt;&amp;lt;result&amp;gt;_backtest.gpkg&lt;/i&gt; beside the result, when it exists).</source>
        <translation>Imprime un GeoPackage de résultats RiskMap (écrit par &lt;i&gt;Évaluer les zones à risque&lt;/i&gt;) sous forme de note d'information PDF : page 1 avec la carte d'ensemble, la légende, l'échelle graphique, la flèche du nord, la carte de situation, les tableaux des zones à risque et des critères et pondérations, la note méthodologique, les réserves (couverture des données, couches illustratives) ainsi que les sources des données et les attributions ; puis une page par zone à risque avec sa carte, ses facteurs déterminants avec leurs valeurs brutes et ses unités membres.

&lt;b&gt;Bandeau&lt;/b&gt; : le texte de classification imprimé en haut et en bas de chaque page.
&lt;b&gt;Format de page&lt;/b&gt; : A4 ou A3 paysage.
&lt;b&gt;Test rétrospectif&lt;/b&gt; (facultatif) : un GeoPackage écrit par &lt;i&gt;Test rétrospectif du modèle&lt;/i&gt; pour le même modèle ajoute une dernière page « Quels résultats ce modèle a-t-il obtenus ? » (par défaut : &lt;i&gt;&amp;lt;result&amp;gt;_backtest.gpkg&lt;/i&gt; à côté du résultat, s'il existe).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="30"/>
        <source>Hit: at risk, and events followed</source>
        <translation>Détection : à risque, et des événements ont suivi</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="31"/>
        <source>Miss: events, but not at risk</source>
        <translation>Manqué : des événements, mais pas à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="32"/>
        <source>False alarm: at risk, no event followed</source>
        <translation>Fausse alerte : à risque, aucun événement n'a suivi</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="35"/>
        <source>Quiet: not at risk, no event</source>
        <translation>Calme : pas à risque, aucun événement</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="59"/>
        <source>Hits and misses</source>
        <translation>Détections et manqués</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="146"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="67"/>
        <source>Size</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="71"/>
        <source>Illustrative</source>
        <translation>Illustratif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="61"/>
        <source>Scores analysis units (districts, sub-districts or a hexagon grid) with a RiskMap model and marks the areas at risk of a violent-extremist resurgence, each annotated with the criteria that put it there, plus a watch list of units just below the cut-off or rising.

&lt;b&gt;Model file&lt;/b&gt;: the RiskMap model (JSON) with the criteria, weights and settings. Layer references in the model are looked up in this order: the layer map, project layers (id or name), project GeoPackage tables, file paths (relative to the model file), then the model&apos;s &lt;i&gt;default_source&lt;/i&gt; GeoPackage.

&lt;b&gt;Units layer&lt;/b&gt; (optional): a polygon layer that replaces the model&apos;s units, e.g. the output of &lt;i&gt;Create hexagon grid&lt;/i&gt;. It needs the model&apos;s id/name fields, or unit_id and unit_name.

&lt;b&gt;As-of date&lt;/b&gt; (optional): replaces the model&apos;s as-of date; time windows count back from it.

&lt;b&gt;Layer map&lt;/b&gt; (optional): sends model references to other layers or files, as JSON &lt;tt&gt;{&quot;events&quot;: &quot;Security incidents&quot;}&lt;/tt&gt; or &lt;tt&gt;events=incidents.gpkg;towns=Towns&lt;/tt&gt;.

&lt;b&gt;Previous result&lt;/b&gt; (optional): a GeoPackage written by an earlier run (e.g. for the last briefing). Units that entered or left the at-risk areas, or moved 5 ranks or more, are written to a &lt;i&gt;changes&lt;/i&gt; table with the criterion that moved most; the briefing prints them under &quot;Changes since the last briefing&quot;. It may be the output file itself: it is read before it is replaced.

&lt;b&gt;Allow files outside the model&apos;s folder&lt;/b&gt; (off by default): a model file is shared between colleagues, so the files it names are read only from its own folder (and below); remote and virtual sources (URLs, /vsicurl/, .vrt) are never opened from a model. Layers in the project and in the layer map are always allowed.

&lt;b&gt;Outputs&lt;/b&gt;: when the outputs go to the same GeoPackage they are written together, atomically (a failed or cancelled run leaves the previous file untouched), with the &lt;i&gt;criteria&lt;/i&gt; and &lt;i&gt;sensitivity&lt;/i&gt; tables (and &lt;i&gt;changes&lt;/i&gt;) and the run&apos;s provenance (model, as-of date, inputs with content hashes, versions, time).</source>
        <translation>Évalue les unités d'analyse (districts, sous-districts ou grille hexagonale) avec un modèle RiskMap et signale les zones à risque de résurgence de l'extrémisme violent, chacune accompagnée des critères qui l'y ont placée, ainsi qu'une liste de surveillance des unités situées juste sous le seuil ou en hausse.

&lt;b&gt;Fichier du modèle&lt;/b&gt; : le modèle RiskMap (JSON) contenant les critères, les pondérations et les paramètres. Les références de couches du modèle sont recherchées dans cet ordre : la correspondance des couches, les couches du projet (identifiant ou nom), les tables GeoPackage du projet, les chemins de fichiers (relatifs au fichier du modèle), puis le GeoPackage &lt;i&gt;default_source&lt;/i&gt; du modèle.

&lt;b&gt;Couche des unités&lt;/b&gt; (facultatif) : une couche de polygones qui remplace les unités du modèle, par exemple la sortie de &lt;i&gt;Créer une grille hexagonale&lt;/i&gt;. Elle doit contenir les champs d'identifiant et de nom du modèle, ou unit_id et unit_name.

&lt;b&gt;Date de référence&lt;/b&gt; (facultatif) : remplace la date de référence du modèle ; les fenêtres temporelles sont comptées à rebours à partir de celle-ci.

&lt;b&gt;Correspondance des couches&lt;/b&gt; (facultatif) : redirige les références du modèle vers d'autres couches ou fichiers, en JSON &lt;tt&gt;{&quot;events&quot;: &quot;Security incidents&quot;}&lt;/tt&gt; ou &lt;tt&gt;events=incidents.gpkg;towns=Towns&lt;/tt&gt;.

&lt;b&gt;Résultat précédent&lt;/b&gt; (facultatif) : un GeoPackage écrit par une exécution antérieure (par exemple pour la dernière note d'information). Les unités entrées dans les zones à risque ou sorties de celles-ci, ou ayant gagné ou perdu 5 rangs ou plus, sont écrites dans une table &lt;i&gt;changes&lt;/i&gt; avec le critère qui a le plus varié ; la note d'information les présente sous « Changements depuis la dernière note d'information ». Il peut s'agir du fichier de sortie lui-même : il est lu avant d'être remplacé.

&lt;b&gt;Autoriser les fichiers hors du dossier du modèle&lt;/b&gt; (désactivé par défaut) : un fichier de modèle étant partagé entre collègues, les fichiers qu'il désigne ne sont lus que dans son propre dossier (et ses sous-dossiers) ; les sources distantes et virtuelles (URL, /vsicurl/, .vrt) ne sont jamais ouvertes depuis un modèle. Les couches du projet et de la correspondance des couches sont toujours autorisées.

&lt;b&gt;Sorties&lt;/b&gt; : lorsque les sorties sont dirigées vers le même GeoPackage, elles sont écrites ensemble, de manière atomique (une exécution échouée ou annulée laisse le fichier précédent intact), avec les tables &lt;i&gt;criteria&lt;/i&gt; et &lt;i&gt;sensitivity&lt;/i&gt; (et &lt;i&gt;changes&lt;/i&gt;) et la provenance de l'exécution (modèle, date de référence, entrées avec empreintes de contenu, versions, heure).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="133"/>
        <source>Allow files outside the model&apos;s folder</source>
        <translation>Autoriser les fichiers hors du dossier du modèle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="201"/>
        <source>No at-risk areas at this cut-off.</source>
        <translation>Aucune zone à risque à ce seuil.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="234"/>
        <source>Chart: could not write '{}' ({}) — choose a folder you can write to.</source>
        <translation>Graphique : impossible d'écrire « {} » ({}) — choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="83"/>
        <source>Use the sample&apos;s layers, illustrative ones included (the model&apos;s default_source)</source>
        <translation>Utiliser les couches de l'échantillon, illustratives comprises (default_source du modèle)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="104"/>
        <source>Boundary to clip to: the layer '{}' has no polygons (it is empty or its geometries are NULL) — choose a layer with the area's outline.</source>
        <translation>Limite de découpage : la couche « {} » n'a aucun polygone (elle est vide ou ses géométries sont NULL) — choisissez une couche portant le contour de la zone.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="111"/>
        <source>Extent: '{}' has no area (a point, a line or numbers that are not coordinates) — draw the extent on the canvas or take a layer's extent.</source>
        <translation>Emprise : « {} » n'a pas de surface (un point, une ligne ou des nombres qui ne sont pas des coordonnées) — tracez l'emprise sur le canevas ou prenez celle d'une couche.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="181"/>
        <source>Hexagon grid: the disk is full — free some space or choose another folder.</source>
        <translation>Grille hexagonale : le disque est plein — libérez de l'espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="182"/>
        <source>Hexagon grid: could not write to '{}' — choose a folder you can write to with free space.</source>
        <translation>Grille hexagonale : impossible d'écrire dans « {} » — choisissez un dossier accessible en écriture et disposant d'espace libre.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="97"/>
        <source>&lt;b&gt;Use the sample&apos;s layers&lt;/b&gt; (off by default): the model&apos;s &lt;i&gt;default_source&lt;/i&gt; is read only when this is ticked, and only when it is RiskMap&apos;s sample GeoPackage, which holds real open data and made-up (illustrative) layers. Without it, a layer that the project, the layer map and the model&apos;s paths do not give stops the run, naming the layer: made-up data never reach a result unasked.</source>
        <translation>&lt;b&gt;Utiliser les couches de l'échantillon&lt;/b&gt; (désactivé par défaut) : la &lt;i&gt;default_source&lt;/i&gt; du modèle n'est lue que si cette case est cochée, et seulement s'il s'agit du GeoPackage d'échantillon de RiskMap, qui contient des données ouvertes réelles et des couches inventées (illustratives). Sans elle, une couche que ni le projet, ni la correspondance des couches, ni les chemins du modèle ne fournissent arrête l'exécution en la nommant : des données inventées n'atteignent jamais un résultat sans qu'on l'ait demandé.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="32"/>
        <source>A schema for the stored runs ('{}') was given without a database connection — choose the PostgreSQL connection too, or clear the schema.</source>
        <translation>Un schéma pour les exécutions stockées (« {} ») a été donné sans connexion à une base — choisissez aussi la connexion PostgreSQL, ou videz le schéma.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="34"/>
        <source>No schema was given for the stored runs in the connection '{}' — choose a schema (e.g. riskmap; it is created if missing).</source>
        <translation>Aucun schéma n'a été donné pour les exécutions stockées dans la connexion « {} » — choisissez un schéma (par ex. riskmap ; il est créé s'il manque).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="36"/>
        <source>There is no saved PostgreSQL connection named '{0}' — create it in the Data Source Manager (PostgreSQL), or choose one of: {1}.</source>
        <translation>Il n'existe aucune connexion PostgreSQL enregistrée nommée « {0} » — créez-la dans le gestionnaire des sources de données (PostgreSQL), ou choisissez parmi : {1}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="40"/>
        <source>&lt;b&gt;Also store the run in PostGIS&lt;/b&gt; (optional, advanced): a saved PostgreSQL connection (Data Source Manager; its authentication configuration is used, no password is written anywhere) and a schema. The run is stored there as a new run, in one transaction (all or nothing): the &lt;i&gt;runs&lt;/i&gt; table and the units, areas, watch list, criteria, sensitivity and changes tables keyed by run id, with views of each model&apos;s latest run. The run id is an output and is logged. When the store refuses the run, no output file is written either.</source>
        <translation>&lt;b&gt;Stocker aussi l'exécution dans PostGIS&lt;/b&gt; (facultatif, avancé) : une connexion PostgreSQL enregistrée (gestionnaire des sources de données ; sa configuration d'authentification est utilisée, aucun mot de passe n'est écrit nulle part) et un schéma. L'exécution y est stockée comme nouvelle exécution, en une transaction (tout ou rien) : la table &lt;i&gt;runs&lt;/i&gt; et les tables des unités, zones, liste de veille, critères, sensibilité et changements indexées par identifiant d'exécution, avec des vues de la dernière exécution de chaque modèle. L'identifiant d'exécution est une sortie et est journalisé. Si le stockage refuse l'exécution, aucun fichier de sortie n'est écrit non plus.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="58"/>
        <source>Also store the run in PostGIS: database connection</source>
        <translation>Stocker aussi l'exécution dans PostGIS : connexion à la base</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="64"/>
        <source>Schema for the stored runs (created if missing)</source>
        <translation>Schéma des exécutions stockées (créé s'il manque)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="76"/>
        <source>Stored run id</source>
        <translation>Identifiant de l'exécution stockée</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="100"/>
        <source>(none saved)</source>
        <translation>(aucune enregistrée)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="127"/>
        <source>Stored run {0} in the schema &apos;{1}&apos; ({2})</source>
        <translation>Exécution {0} stockée dans le schéma « {1} » ({2})</translation>
    </message>
</context>
<context>
    <name>AreaCard</name>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="54"/>
        <source>score {}</source>
        <translation>score {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="66"/>
        <source>Zoom the map to {}</source>
        <translation>Zoomer la carte sur {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="82"/>
        <source>rank {}</source>
        <translation>rang {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="85"/>
        <source>in the top class in {} % of runs</source>
        <translation>dans la classe la plus haute dans {} % des tirages</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="90"/>
        <source>trend: {}</source>
        <translation>tendance : {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="92"/>
        <source>surge in the last 4 weeks</source>
        <translation>pic au cours des 4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="75"/>
        <source>{} km² ({} % of the study area)</source>
        <translation>{} km² ({} % de la zone d'étude)</translation>
    </message>
</context>
<context>
    <name>AreaCards</name>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="118"/>
        <source>At-risk areas</source>
        <translation>Zones à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="148"/>
        <source>{} more areas: see the areas layer&apos;s attribute table.</source>
        <translation>{} zones de plus : voir la table attributaire de la couche des zones.</translation>
    </message>
</context>
<context>
    <name>BacktestPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="51"/>
        <source>Backtest</source>
        <translation>Test rétrospectif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Leave out illustrative criteria</source>
        <translation>Exclure les critères illustratifs</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Propose better weights</source>
        <translation>Proposer de meilleures pondérations</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Run backtest</source>
        <translation>Lancer le test rétrospectif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="71"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="127"/>
        <source>First as-of date</source>
        <translation>Première date de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>The earliest date to re-score the model at</source>
        <translation>La date la plus ancienne à laquelle réévaluer le modèle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="128"/>
        <source>Last as-of date</source>
        <translation>Dernière date de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>No as-of date after this one</source>
        <translation>Aucune date de référence après celle-ci</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Every N months</source>
        <translation>Tous les N mois</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Months between two as-of dates</source>
        <translation>Nombre de mois entre deux dates de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Months after each as-of date in which events are counted</source>
        <translation>Mois suivant chaque date de référence pendant lesquels les événements sont comptés</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Judge the model without its illustrative criteria (both are shown)</source>
        <translation>Juger le modèle sans ses critères illustratifs (les deux sont affichés)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Search weights on the earlier dates, check them on the last; nothing changes</source>
        <translation>Rechercher des pondérations sur les dates antérieures, les vérifier sur les dernières ; rien n'est modifié</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Re-score the model at each as-of date with only the data available then</source>
        <translation>Réévaluer le modèle à chaque date de référence avec les seules données disponibles à ce moment-là</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Cancel backtest</source>
        <translation>Annuler le test rétrospectif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Stop the backtest; nothing is written</source>
        <translation>Arrêter le test rétrospectif ; rien n'est écrit</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Backtest progress</source>
        <translation>Progression du test rétrospectif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Moves once per as-of date</source>
        <translation>Avance d'un cran par date de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Backtest chart</source>
        <translation>Graphique du test rétrospectif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Average precision and ROC AUC over the as-of dates</source>
        <translation>Précision moyenne et ROC AUC selon les dates de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="129"/>
        <source>Every (months)</source>
        <translation>Intervalle (mois)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="130"/>
        <source>Horizon (months)</source>
        <translation>Horizon (mois)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="173"/>
        <source>Generate the at-risk areas first: the backtest is saved beside the result, for the briefing.</source>
        <translation>Générez d'abord les zones à risque : le test rétrospectif est enregistré à côté du résultat, pour la note d'information.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="191"/>
        <source>The first as-of date is after the last one — swap them.</source>
        <translation>La première date de référence est postérieure à la dernière — inversez-les.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="215"/>
        <source>RiskMap backtest: {}</source>
        <translation>Test rétrospectif RiskMap : {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="230"/>
        <source>Backtest at {} as-of dates…</source>
        <translation>Test rétrospectif sur {} dates de référence…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="249"/>
        <source>{} flags (look-ahead, horizon): see the table.</source>
        <translation>{} signalements (anticipation, horizon) : voir le tableau.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="269"/>
        <source>Backtest cancelled — nothing was written.</source>
        <translation>Test rétrospectif annulé — rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="281"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="42"/>
        <source>Briefing</source>
        <translation>Note d’information</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="50"/>
        <source>{size} landscape</source>
        <translation>{size} paysage</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Create briefing</source>
        <translation>Créer la note d’information</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="55"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Paper size of the briefing</source>
        <translation>Format du papier de la note</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Classification banner</source>
        <translation>Bandeau de classification</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Printed at the top and bottom of every page; stored in the project</source>
        <translation>Imprimé en haut et en bas de chaque page ; enregistré dans le projet</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Build the print layout of the current result (one page per area)</source>
        <translation>Construire la mise en page du résultat actuel (une page par zone)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Write the briefing to a PDF, with a PNG preview of page 1</source>
        <translation>Écrire la note en PDF, avec un aperçu PNG de la page 1</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="113"/>
        <source>There is no result yet — generate the at-risk layer first.</source>
        <translation>Pas encore de résultat — générez d’abord la couche des zones à risque.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="126"/>
        <source>Layout “{name}” added to the project's layouts.</source>
        <translation>Mise en page « {name} » ajoutée aux mises en page du projet.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="145"/>
        <source>Export briefing</source>
        <translation>Exporter la note d’information</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="145"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="154"/>
        <source>Briefing written: {path} ({pages} pages)</source>
        <translation>Note écrite : {path} ({pages} pages)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="178"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
</context>
<context>
    <name>CriteriaDelegate</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="49"/>
        <source>Layer of the criterion</source>
        <translation>Couche du critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="60"/>
        <source>Field of the criterion</source>
        <translation>Champ du critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="72"/>
        <source>Choice of {}</source>
        <translation>Choix de {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="78"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="79"/>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="80"/>
        <source>Window in days</source>
        <translation>Fenêtre en jours</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="87"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>CriteriaTableModel</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="74"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="75"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="76"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="77"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="78"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="79"/>
        <source>Window (days)</source>
        <translation>Fenêtre (jours)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="80"/>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="81"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="82"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="83"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="84"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="257"/>
        <source>the chosen layer is no longer in the project</source>
        <translation>la couche choisie n’est plus dans le projet</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="263"/>
        <source>every weight is 0: give at least one criterion a weight</source>
        <translation>tous les poids valent 0 : donnez un poids à au moins un critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="269"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="275"/>
        <source>— choose a layer —</source>
        <translation>— choisir une couche —</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="287"/>
        <source>lower is riskier</source>
        <translation>plus bas = plus risqué</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="287"/>
        <source>higher is riskier</source>
        <translation>plus haut = plus risqué</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="318"/>
        <source>This criterion can run.</source>
        <translation>Ce critère peut être calculé.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="319"/>
        <source>This criterion cannot run:</source>
        <translation>Ce critère ne peut pas être calculé :</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="321"/>
        <source>Guessed automatically ({how}) — check it.</source>
        <translation>Deviné automatiquement ({how}) — vérifiez.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="323"/>
        <source>Share of the total weight</source>
        <translation>Part du poids total</translation>
    </message>
</context>
<context>
    <name>CriteriaWidget</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="35"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="36"/>
        <source>One row per criterion. Double-click a cell to change it; the status column says why a row cannot run.</source>
        <translation>Une ligne par critère. Double-cliquez sur une cellule pour la modifier ; la colonne État dit pourquoi une ligne ne peut pas être calculée.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="66"/>
        <source>Add a criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="67"/>
        <source>Remove the selected criterion</source>
        <translation>Supprimer le critère sélectionné</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="70"/>
        <source>Move the criterion up</source>
        <translation>Monter le critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="71"/>
        <source>Move the criterion down</source>
        <translation>Descendre le critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="127"/>
        <source>New criterion {}</source>
        <translation>Nouveau critère {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="72"/>
        <source>Edit the selected criterion: fields, filters, window, normalisation…</source>
        <translation>Modifier le critère sélectionné : champs, filtres, fenêtre temporelle, normalisation…</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="211"/>
        <source>higher is riskier</source>
        <translation>plus élevé = plus à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="211"/>
        <source>lower is riskier</source>
        <translation>plus faible = plus à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="272"/>
        <source>Criterion “{}”</source>
        <translation>Critère « {} »</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="294"/>
        <source>who to credit for this layer (printed in the briefing)</source>
        <translation>à qui attribuer cette couche (imprimé dans la note d'information)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="303"/>
        <source>Attribution of the layer</source>
        <translation>Attribution de la couche</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="33"/>
        <source>Add a filter</source>
        <translation>Ajouter un filtre</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="54"/>
        <source>One value, or a list for &quot;is one of&quot;: [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>Une valeur, ou une liste pour &quot;fait partie de&quot; : [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="60"/>
        <source>Remove the filter</source>
        <translation>Supprimer le filtre</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="122"/>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="123"/>
        <source>difference</source>
        <translation>différence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="115"/>
        <source>same months</source>
        <translation>mêmes mois</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="118"/>
        <source>whole year, scaled</source>
        <translation>année entière, mise à l'échelle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Counted things (for the labels)</source>
        <translation>Objets comptés (pour les étiquettes)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Date field</source>
        <translation>Champ de date</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Window (days, 0 = all time)</source>
        <translation>Fenêtre (jours, 0 = toute la période)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Severity or value field</source>
        <translation>Champ de gravité ou de valeur</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Low-severity threshold</source>
        <translation>Seuil de faible gravité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Share fields</source>
        <translation>Champs de parts</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Filters (which features count)</source>
        <translation>Filtres (quelles entités comptent)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Reference period</source>
        <translation>Période de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Location precision (which events count)</source>
        <translation>Précision de localisation (quels événements comptent)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
</context>
<context>
    <name>DependenciesDialog</name>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="44"/>
        <source>RiskMap — Python packages</source>
        <translation>RiskMap — paquets Python</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="51"/>
        <source>RiskMap needs these Python packages in QGIS&apos;s Python:</source>
        <translation>RiskMap a besoin de ces paquets Python dans le Python de QGIS :</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="65"/>
        <source>pip&apos;s output appears here.</source>
        <translation>La sortie de pip s’affiche ici.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="72"/>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="117"/>
        <source>Command copied. Run it in a terminal, then restart QGIS.</source>
        <translation>Commande copiée. Lancez-la dans un terminal, puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="139"/>
        <source>Installing… this can take a few minutes.</source>
        <translation>Installation… cela peut prendre quelques minutes.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="152"/>
        <source>Installed. Restart QGIS to use RiskMap.</source>
        <translation>Installé. Redémarrez QGIS pour utiliser RiskMap.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="154"/>
        <source>pip failed (exit code {0}). Read its output above, or copy the command and run it in a terminal; then restart QGIS.</source>
        <translation>pip a échoué (code de sortie {0}). Lisez sa sortie ci-dessus, ou copiez la commande et lancez-la dans un terminal ; puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="164"/>
        <source>Could not start {0}. Copy the command and run it in a terminal; then restart QGIS.</source>
        <translation>Impossible de lancer {0}. Copiez la commande et lancez-la dans un terminal ; puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="71"/>
        <source>Install…</source>
        <translation>Installer…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="88"/>
        <source>On Linux, install them from your distribution, so that they use the same GEOS, PROJ and GDAL libraries as QGIS (packages from PyPI bring their own copies, which break QGIS). Run the first command in a terminal, then restart QGIS. If your distribution&apos;s packages are too old, the last command builds them against the system libraries instead (it needs a compiler and the GEOS, PROJ and GDAL development packages).</source>
        <translation>Sous Linux, installez-les depuis votre distribution, afin qu'ils utilisent les mêmes bibliothèques GEOS, PROJ et GDAL que QGIS (les paquets de PyPI apportent leurs propres copies, qui cassent QGIS). Exécutez la première commande dans un terminal, puis redémarrez QGIS. Si les paquets de votre distribution sont trop anciens, la dernière commande les compile plutôt avec les bibliothèques du système (elle nécessite un compilateur et les paquets de développement de GEOS, PROJ et GDAL).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="98"/>
        <source>These packages come with QGIS and are too old: {0}. RiskMap does not replace QGIS&apos;s own packages: update them with the QGIS installer (OSGeo4W Setup on Windows) or install a newer QGIS, then restart QGIS.</source>
        <translation>Ces paquets sont fournis avec QGIS et sont trop anciens : {0}. RiskMap ne remplace pas les paquets propres à QGIS : mettez-les à jour avec l'installateur de QGIS (OSGeo4W Setup sous Windows) ou installez une version plus récente de QGIS, puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="103"/>
        <source>Install them for your user with QGIS&apos;s own Python. RiskMap runs exactly the command below; the packages QGIS already provides are pinned at their versions, so pip cannot replace them. Restart QGIS afterwards.</source>
        <translation>Installez-les pour votre utilisateur avec le Python de QGIS. RiskMap exécute exactement la commande ci-dessous ; les paquets déjà fournis par QGIS sont épinglés à leur version, pip ne peut donc pas les remplacer. Redémarrez ensuite QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="121"/>
        <source>Install Python packages</source>
        <translation>Installer des paquets Python</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="121"/>
        <source>RiskMap will run:

{0}

Continue?</source>
        <translation>RiskMap va exécuter :

{0}

Continuer ?</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="89"/>
        <source>{} (mine)</source>
        <translation>{} (le mien)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="141"/>
        <source>Load a RiskMap model</source>
        <translation>Charger un modèle RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="196"/>
        <source>RiskMap model (*.json)</source>
        <translation>Modèle RiskMap (*.json)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="196"/>
        <source>Save the RiskMap model</source>
        <translation>Enregistrer le modèle RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="219"/>
        <source>Saved the preset “{}”.</source>
        <translation>Préréglage « {} » enregistré.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="95"/>
        <source>Guessed {found} of {total} layers — check them.</source>
        <translation>{found} couches sur {total} devinées — vérifiez-les.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="143"/>
        <source>Restored {found} layers from the model file.</source>
        <translation>{found} couches restaurées depuis le fichier du modèle.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="150"/>
        <source>Some layers of the model file could not be restored: {}</source>
        <translation>Certaines couches du fichier du modèle n'ont pas pu être restaurées : {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="209"/>
        <source>Saved the model to {}.</source>
        <translation>Modèle enregistré dans {}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="185"/>
        <source>Files outside the model&apos;s folder</source>
        <translation>Fichiers hors du dossier du modèle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="178"/>
        <source>This model reads {count} files outside its own folder:

{files}

A model shared by someone else could name any file on this computer. Open these files as layers of your project?</source>
        <translation>Ce modèle lit {count} fichiers hors de son propre dossier :

{files}

Un modèle partagé par quelqu'un d'autre pourrait désigner n'importe quel fichier de cet ordinateur. Ouvrir ces fichiers comme couches de votre projet ?</translation>
    </message>
</context>
<context>
    <name>PanelLogic</name>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="237"/>
        <source>RiskMap model</source>
        <translation>Modèle RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="75"/>
        <source>criteria rows {} cannot run</source>
        <translation>les lignes de critères {} ne peuvent pas être calculées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="81"/>
        <source>add at least one criterion</source>
        <translation>ajoutez au moins un critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="83"/>
        <source>choose an output GeoPackage</source>
        <translation>choisissez un GeoPackage de sortie</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="91"/>
        <source>Run the model and add the at-risk areas to the map (Ctrl+Return)</source>
        <translation>Calculer le modèle et ajouter les zones à risque à la carte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="95"/>
        <source>Cannot run yet: {}</source>
        <translation>Calcul impossible pour l’instant : {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="124"/>
        <source>Running “{}”…</source>
        <translation>Calcul de « {} »…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="173"/>
        <source>Done — %p%</source>
        <translation>Terminé — %p%</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="175"/>
        <source>{count} at-risk areas, {watch} units on the watch list → {path}</source>
        <translation>{count} zones à risque, {watch} unités sur la liste de veille → {path}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="201"/>
        <source>Cancelled — nothing was written.</source>
        <translation>Annulé — rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="62"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="284"/>
        <source>hex {} km</source>
        <translation>hexagones {} km</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="183"/>
        <source>(stored as run {})</source>
        <translation>(stockée comme exécution {})</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="94"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RiskMapAnnotations</name>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="29"/>
        <source>{value} {noun}</source>
        <translation>{value} {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="30"/>
        <source>{value} {noun} in {window}</source>
        <translation>{value} {noun} en {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="31"/>
        <source>{value} low-severity {noun}</source>
        <translation>{value} {noun} de faible gravité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="32"/>
        <source>{value} low-severity {noun} in {window}</source>
        <translation>{value} {noun} de faible gravité en {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="34"/>
        <source>{value} {noun} per km²</source>
        <translation>{value} {noun} par km²</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="35"/>
        <source>{value} {noun} per km² in {window}</source>
        <translation>{value} {noun} par km² en {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="36"/>
        <source>{value} {noun} per {per} people</source>
        <translation>{value} {noun} pour {per} habitants</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="37"/>
        <source>{value} {noun} per {per} people in {window}</source>
        <translation>{value} {noun} pour {per} habitants en {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="39"/>
        <source>{noun} present</source>
        <translation>{noun} présents</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="40"/>
        <source>{noun} in {window}</source>
        <translation>{noun} en {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="43"/>
        <source>{current} {noun} vs {reference} in {reference_period}</source>
        <translation>{current} {noun} contre {reference} en {reference_period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="45"/>
        <source>{value} km from {noun}</source>
        <translation>à {value} km de {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="46"/>
        <source>&lt; 1 km from {noun}</source>
        <translation>à moins de 1 km de {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="52"/>
        <source>{value} % in {noun}</source>
        <translation>{value} % en {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="53"/>
        <source>{noun} {value}</source>
        <translation>{noun} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="54"/>
        <source>{noun} index {value}</source>
        <translation>indice de {noun} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="55"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="56"/>
        <source> (≥ {reference_period} level)</source>
        <translation> (≥ niveau de {reference_period})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="58"/>
        <source>{label} in the top {share} % ({annotation})</source>
        <translation>{label} dans les {share} % les plus élevés ({annotation})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="62"/>
        <source>below the gate {rule}</source>
        <translation>sous le seuil {rule}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="63"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="64"/>
        <source>near {town}</source>
        <translation>près de {town}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="74"/>
        <source>rank band {low}–{high} reaches the at-risk units ({p} % of runs)</source>
        <translation>la plage de rangs {low}–{high} atteint les unités à risque ({p} % des tirages)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="76"/>
        <source>{n} mo</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="77"/>
        <source>{n} d</source>
        <translation>{n} j</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="78"/>
        <source>intensifying</source>
        <translation>en intensification</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="79"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="60"/>
        <source>score {score} within {margin} points of the at-risk cut-off {cutoff}</source>
        <translation>score {score} à moins de {margin} points du seuil de risque {cutoff}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="47"/>
        <source>towns {value} km from {noun}</source>
        <translation>localités à {value} km de {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="48"/>
        <source>towns &lt; 1 km from {noun}</source>
        <translation>localités à &lt; 1 km de {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="49"/>
        <source>{value} % {noun}</source>
        <translation>{value} % {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="50"/>
        <source>{period} scaled to {window}</source>
        <translation>{period} ramené à {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="51"/>
        <source>{period} (pro-rated)</source>
        <translation>{period} (au prorata)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="65"/>
        <source> – </source>
        <translation> – </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="66"/>
        <source>{label} rising: {trend} trend (p = {p})</source>
        <translation>{label} en hausse : tendance {trend} (p = {p})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="68"/>
        <source>{label} surge: {value} {noun} in the last 4 weeks</source>
        <translation>{label} : poussée à {value} {noun} au cours des 4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="70"/>
        <source>{label} as high as in {year} ({current} {noun} vs {reference})</source>
        <translation>{label} : niveau aussi élevé qu'en {year} ({current} {noun} contre {reference})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="72"/>
        <source>{label}: {annotation} while the score is low ({score})</source>
        <translation>{label} : {annotation} alors que le score est faible ({score})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="81"/>
        <source>{text} (illustrative)</source>
        <translation>{text} (illustratif)</translation>
    </message>
</context>
<context>
    <name>RiskMapBriefing</name>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="33"/>
        <source>Areas at risk of a violent-extremist resurgence · as of {as_of} · generated {generated} · RiskMap {version}</source>
        <translation>Zones à risque de résurgence de l’extrémisme violent · au {as_of} · générée le {generated} · RiskMap {version}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="45"/>
        <source>{dimension} {share} %</source>
        <translation>{dimension} {share} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="46"/>
        <source>weighted arithmetic mean</source>
        <translation>moyenne arithmétique pondérée</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="47"/>
        <source>weighted geometric mean (non-compensatory)</source>
        <translation>moyenne géométrique pondérée (non compensatoire)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="49"/>
        <source>{count} classes by {method}</source>
        <translation>{count} classes par {method}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="50"/>
        <source>natural breaks (Jenks)</source>
        <translation>seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="51"/>
        <source>quantiles</source>
        <translation>quantiles</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="52"/>
        <source>equal intervals</source>
        <translation>intervalles égaux</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="53"/>
        <source>fixed breaks</source>
        <translation>seuils fixes</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="54"/>
        <source>class {label} or above</source>
        <translation>classe « {label} » ou plus</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="55"/>
        <source>the upper classes</source>
        <translation>les classes supérieures</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="56"/>
        <source> (score ≥ {score})</source>
        <translation> (score ≥ {score})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="58"/>
        <source>How sure: {draws} Monte Carlo runs varied {varied}. Rank band = the 5–95 % range of an area's best rank over the runs; in top class = the share of runs in which it stays within the {at_risk} at-risk units.</source>
        <translation>Degré de certitude : {draws} tirages de Monte-Carlo ont fait varier {varied}. Plage de rangs = l’intervalle 5–95 % du meilleur rang de la zone sur les tirages ; classe la plus haute = la part des tirages où elle reste parmi les {at_risk} unités à risque.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="61"/>
        <source>the weights (drawn around the set ones)</source>
        <translation>les poids (tirés autour des poids fixés)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="63"/>
        <source>the normalisation ({methods})</source>
        <translation>la normalisation ({methods})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="64"/>
        <source>the aggregation ({methods})</source>
        <translation>l’agrégation ({methods})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="65"/>
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="66"/>
        <source>percentile</source>
        <translation>centile</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="67"/>
        <source>z-score</source>
        <translation>score z</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="68"/>
        <source>arithmetic</source>
        <translation>arithmétique</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="69"/>
        <source>geometric</source>
        <translation>géométrique</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="70"/>
        <source>normalisation method</source>
        <translation>méthode de normalisation</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="71"/>
        <source>aggregation method</source>
        <translation>méthode d’agrégation</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="72"/>
        <source>The weights that move the ranking most: {weights}</source>
        <translation>Les poids qui font le plus bouger le classement : {weights}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="74"/>
        <source>; method choices: {choices}</source>
        <translation> ; choix de méthode : {choices}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="75"/>
        <source>{label} ({share} %)</source>
        <translation>{label} ({share} %)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="76"/>
        <source>{label} {share} %</source>
        <translation>{label} {share} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="78"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="79"/>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="80"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="81"/>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} de plus</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="82"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="84"/>
        <source>Data coverage: {share} % of the weight on average</source>
        <translation>Couverture des données : {share} % du poids en moyenne</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="86"/>
        <source>; {count} units with low coverage ({names})</source>
        <translation> ; {count} unités à faible couverture ({names})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="88"/>
        <source>Illustrative — not real data: {layers} — made up for the sample; do not use for decisions.</source>
        <translation>Illustratif — pas de données réelles : {layers} — inventées pour l’exemple ; ne pas utiliser pour décider.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="91"/>
        <source>Illustrative — not real data (made up for the sample): {layers}</source>
        <translation>Illustratif — pas de données réelles (inventées pour l’exemple) : {layers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="93"/>
        <source>Illustrative — not real data: {layers}</source>
        <translation>Illustratif — pas de données réelles : {layers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="95"/>
        <source>{table}: source not recorded — add its attribution</source>
        <translation>{table} : source non enregistrée — ajoutez son attribution</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="98"/>
        <source>Class: {label} · highest score {score} · mean {mean} · {units}</source>
        <translation>Classe : {label} · score le plus haut {score} · moyenne {mean} · {units}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="102"/>
        <source>{count} unit</source>
        <translation>{count} unité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="103"/>
        <source>{count} units</source>
        <translation>{count} unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="104"/>
        <source>Rank band {band}</source>
        <translation>Plage de rangs {band}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="105"/>
        <source> · in the top class in {share} of runs</source>
        <translation> · dans la classe la plus haute dans {share} des tirages</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="106"/>
        <source>Trend: {trend} · surge: {surge} · hot spot: {hotspot}</source>
        <translation>Tendance : {trend} · pic : {surge} · point chaud : {hotspot}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="108"/>
        <source>Top drivers: {drivers}</source>
        <translation>Principaux facteurs : {drivers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="109"/>
        <source>Area {number}</source>
        <translation>Zone {number}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="114"/>
        <source>surge in the last 4 weeks</source>
        <translation>pic au cours des 4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="115"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="116"/>
        <source>{trend} (p = {p})</source>
        <translation>{trend} (p = {p})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="117"/>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="118"/>
        <source>{value} × the {period} level</source>
        <translation>{value} × le niveau de {period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="119"/>
        <source>{value} more than in {period}</source>
        <translation>{value} de plus qu’en {period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="120"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="121"/>
        <source> (riskiest unit)</source>
        <translation> (unité la plus à risque)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="122"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="124"/>
        <source>Changes since the last briefing</source>
        <translation>Changements depuis le dernier briefing</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="125"/>
        <source>Areas — {parts}.</source>
        <translation>Zones — {parts}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="126"/>
        <source>new: {names}</source>
        <translation>nouvelles : {names}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="127"/>
        <source>no longer listed: {names}</source>
        <translation>plus listées : {names}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="128"/>
        <source>{first}; {second}</source>
        <translation>{first} ; {second}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="129"/>
        <source>Entered the at-risk areas: {units} — {names}.</source>
        <translation>Entrées dans les zones à risque : {units} — {names}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="131"/>
        <source>Left the at-risk areas: {units} — {names}.</source>
        <translation>Sorties des zones à risque : {units} — {names}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="133"/>
        <source>No unit entered or left the at-risk areas.</source>
        <translation>Aucune unité n’est entrée dans les zones à risque ni n’en est sortie.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="135"/>
        <source>Largest rank moves: {moves}.</source>
        <translation>Plus grands changements de rang : {moves}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="136"/>
        <source>{name} {before} → {now}</source>
        <translation>{name} {before} → {now}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="137"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="138"/>
        <source>The criterion that moved most: {label}.</source>
        <translation>Le critère qui a le plus bougé : {label}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="140"/>
        <source>{unit} ({area})</source>
        <translation>{unit} ({area})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="141"/>
        <source>Since the previous result: {entered} entered, {left} left the at-risk areas</source>
        <translation>Depuis le résultat précédent : {entered} entrées, {left} sorties des zones à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="143"/>
        <source>, {units} moved 5 ranks or more</source>
        <translation>, {units} ont bougé de 5 rangs ou plus</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="144"/>
        <source>; moved most: {label}</source>
        <translation> ; le plus changé : {label}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="110"/>
        <source>Area {number} of {count}: {name}</source>
        <translation>Zone {number} sur {count} : {name}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="111"/>
        <source>Hot spot {level} %</source>
        <translation>Point chaud {level} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="112"/>
        <source>Cold spot {level} %</source>
        <translation>Point froid {level} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="113"/>
        <source>Not significant</source>
        <translation>Non significatif</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="36"/>
        <source>Each of the {units} units is scored 0–100: the {mean} of {criteria} criteria normalised to 0–1 (1 = riskiest); weight by dimension: {shares}. {classes}. {areas}. Watch list ({watch} units, closest to the cut-off or with the strongest reason first): {places}. Scores rank units against each other; they are not probabilities.</source>
        <translation>Chacune des {units} unités reçoit un score de 0 à 100 : {mean} de {criteria} critères normalisés sur 0–1 (1 = le plus à risque) ; pondération par dimension : {shares}. {classes}. {areas}. Liste de surveillance ({watch} unités, en commençant par les plus proches du seuil ou celles dont le motif est le plus fort) : {places}. Les scores classent les unités les unes par rapport aux autres ; ce ne sont pas des probabilités.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="41"/>
        <source>At-risk areas grow around each locally highest unit of {min_class}{cutoff} and are named after that unit&apos;s seat town</source>
        <translation>Les zones à risque s'étendent autour de chaque unité de classe {min_class}{cutoff} dont le score est un maximum local, et sont nommées d'après le chef-lieu de cette unité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="43"/>
        <source>At-risk areas are touching units of {min_class}{cutoff}, named after the seat town of their highest unit</source>
        <translation>Les zones à risque sont des unités contiguës de classe {min_class}{cutoff}, nommées d'après le chef-lieu de leur unité au score le plus élevé</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="100"/>
        <source>{km2} km² ({share} %)</source>
        <translation>{km2} km² ({share} %)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="101"/>
        <source> · {size} of the study area</source>
        <translation> · {size} de la zone d'étude</translation>
    </message>
</context>
<context>
    <name>RiskMapCriterionWords</name>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="21"/>
        <source>Count of events</source>
        <translation>Nombre d'événements</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="22"/>
        <source>Sum of a severity field</source>
        <translation>Somme d'un champ de gravité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="23"/>
        <source>Count of low-severity events</source>
        <translation>Nombre d'événements de faible gravité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="26"/>
        <source>Events per km²</source>
        <translation>Événements par km²</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="27"/>
        <source>Events per population</source>
        <translation>Événements rapportés à la population</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="28"/>
        <source>Presence of events</source>
        <translation>Présence d'événements</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="29"/>
        <source>Change against a reference period</source>
        <translation>Variation par rapport à une période de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="32"/>
        <source>Distance to nearest feature</source>
        <translation>Distance à l'entité la plus proche</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="33"/>
        <source>Share of area</source>
        <translation>Part de la superficie</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="34"/>
        <source>Attribute value</source>
        <translation>Valeur d'attribut</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="35"/>
        <source>Diversity of shares</source>
        <translation>Diversité des parts</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="36"/>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="37"/>
        <source>Percentile rank</source>
        <translation>Rang centile</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="38"/>
        <source>Z-score</source>
        <translation>Score z</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="39"/>
        <source>Goalposts</source>
        <translation>Bornes (goalposts)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="40"/>
        <source>Above a threshold</source>
        <translation>Au-dessus d'un seuil</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="47"/>
        <source>is one of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="48"/>
        <source>is not one of</source>
        <translation>ne fait pas partie de</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="49"/>
        <source>as the units&apos; grain needs</source>
        <translation>selon la finesse des unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="50"/>
        <source>exact location only</source>
        <translation>localisation exacte seulement</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="51"/>
        <source>within about 25 km</source>
        <translation>à environ 25 km près</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="52"/>
        <source>district or better</source>
        <translation>district ou mieux</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="53"/>
        <source>province or better</source>
        <translation>province ou mieux</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="54"/>
        <source>coarser too (country)</source>
        <translation>plus grossier aussi (pays)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="55"/>
        <source>every event (no rule)</source>
        <translation>tous les événements (aucune règle)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="56"/>
        <source>scale of the known dataset</source>
        <translation>échelle du jeu de données connu</translation>
    </message>
</context>
<context>
    <name>RiskMapDock</name>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="34"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="45"/>
        <source>Install missing packages…</source>
        <translation>Installer les paquets manquants…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="52"/>
        <source>RiskMap scores areas at risk of a violent-extremist resurgence from the indicator layers of this project.</source>
        <translation>RiskMap note les zones à risque de résurgence de l’extrémisme violent à partir des couches d’indicateurs de ce projet.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="110"/>
        <source>RiskMap cannot score yet: these Python packages are missing or too old in QGIS&apos;s Python:</source>
        <translation>RiskMap ne peut pas encore noter : ces paquets Python manquent ou sont trop anciens dans le Python de QGIS :</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="47"/>
        <source>Install missing packages</source>
        <translation>Installer les paquets manquants</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="48"/>
        <source>Install the missing Python packages with pip, or copy the command</source>
        <translation>Installer les paquets Python manquants avec pip, ou copier la commande</translation>
    </message>
</context>
<context>
    <name>RiskMapErrors</name>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="18"/>
        <source>the model file &apos;{path}&apos; does not exist</source>
        <translation>le fichier de modèle « {path} » n’existe pas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="19"/>
        <source>choose an existing .json model file</source>
        <translation>choisissez un fichier de modèle .json existant</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="20"/>
        <source>the model file &apos;{name}&apos; is larger than 10 MB</source>
        <translation>le fichier de modèle « {name} » dépasse 10 Mo</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="22"/>
        <source>a model document is a few KB; check that this is the right file</source>
        <translation>un document de modèle fait quelques Ko ; vérifiez qu’il s’agit du bon fichier</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="24"/>
        <source>cannot read the model file &apos;{name}&apos;: {reason}</source>
        <translation>impossible de lire le fichier de modèle « {name} » : {reason}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="26"/>
        <source>save the model as UTF-8 JSON</source>
        <translation>enregistrez le modèle en JSON UTF-8</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="27"/>
        <source>not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>JSON non valide (ligne {line}, colonne {column} : {reason})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="29"/>
        <source>fix the JSON syntax, or export the model again</source>
        <translation>corrigez la syntaxe JSON, ou exportez de nouveau le modèle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="31"/>
        <source>the key &apos;{key}&apos; is given twice in the same object</source>
        <translation>la clé « {key} » figure deux fois dans le même objet</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="33"/>
        <source>keep one of them: JSON would silently use the last one</source>
        <translation>n’en gardez qu’une : JSON utiliserait la dernière sans le dire</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="35"/>
        <source>format version {version} is not supported (this RiskMap reads version {supported})</source>
        <translation>la version de format {version} n’est pas prise en charge (ce RiskMap lit la version {supported})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="37"/>
        <source>upgrade RiskMap, or save the model again from this version</source>
        <translation>mettez RiskMap à jour, ou enregistrez de nouveau le modèle depuis cette version</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="40"/>
        <source>this key is required but missing</source>
        <translation>cette clé est obligatoire mais absente</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="41"/>
        <source>add &quot;{key}&quot; to {section}</source>
        <translation>ajoutez « {key} » à {section}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="42"/>
        <source>unknown keys {keys}</source>
        <translation>clés inconnues {keys}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="43"/>
        <source>unknown key {keys}</source>
        <translation>clé inconnue {keys}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="44"/>
        <source>remove it, or check its spelling against docs/model-format.md</source>
        <translation>supprimez-la, ou vérifiez son orthographe dans docs/model-format.md</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="46"/>
        <source>expected a number, found {found} {value}</source>
        <translation>nombre attendu, trouvé {found} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="48"/>
        <source>expected a whole number, found {found} {value}</source>
        <translation>nombre entier attendu, trouvé {found} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="50"/>
        <source>expected {kind}, found {found} {value}</source>
        <translation>attendu : {kind}, trouvé {found} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="51"/>
        <source>expected a number between {low} and {high}</source>
        <translation>nombre attendu entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="53"/>
        <source>the number {value} is out of range</source>
        <translation>le nombre {value} est hors limites</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="55"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="56"/>
        <source>unknown value &apos;{value}&apos;</source>
        <translation>valeur inconnue « {value} »</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="57"/>
        <source>use one of: {options}</source>
        <translation>utilisez l’une de ces valeurs : {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="58"/>
        <source>must be at least {minimum}, found {value}</source>
        <translation>doit valoir au moins {minimum}, trouvé {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="59"/>
        <source>must be greater than {minimum}, found {value}</source>
        <translation>doit être supérieur à {minimum}, trouvé {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="61"/>
        <source>must be at most {maximum}, found {value}</source>
        <translation>doit valoir au plus {maximum}, trouvé {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="62"/>
        <source>must be between {minimum} and {maximum}, found {value}</source>
        <translation>doit être compris entre {minimum} et {maximum}, trouvé {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="64"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>« {value} » n’est pas une date</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="65"/>
        <source>write dates as YYYY-MM-DD, e.g. 2018-01-31</source>
        <translation>écrivez les dates au format YYYY-MM-DD, p. ex. 2018-01-31</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="67"/>
        <source>the date {date} is out of range</source>
        <translation>la date {date} est hors limites</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="68"/>
        <source>give a date between {first} and {last}</source>
        <translation>indiquez une date entre le {first} et le {last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="198"/>
        <source>the model reads no layer named &apos;{name}&apos;</source>
        <translation>le modèle ne lit aucune couche nommée « {name} »</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="199"/>
        <source>the layer &apos;{layer}&apos; was not found</source>
        <translation>la couche « {layer} » est introuvable</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="200"/>
        <source>add it to the project, or map the model&apos;s layer name to a layer</source>
        <translation>ajoutez-la au projet, ou faites correspondre le nom de couche du modèle à une couche</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="202"/>
        <source>No layer found for &apos;{reference}&apos; (tried {tried}).</source>
        <translation>Aucune couche trouvée pour « {reference} » (essayé : {tried}).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="204"/>
        <source>Add the layer to the project under that name, map the reference to a layer or file in the layer map, or give a file path in the model.</source>
        <translation>Ajoutez la couche au projet sous ce nom, faites correspondre la référence à une couche ou à un fichier dans la correspondance des couches, ou indiquez un chemin de fichier dans le modèle.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="207"/>
        <source>Add the layer to the project under that name, map the reference to a layer or file in the layer map, or give a file path in the model. To run on the sample&apos;s own layers, tick &apos;Use the sample&apos;s layers&apos;.</source>
        <translation>Ajoutez la couche au projet sous ce nom, faites correspondre la référence à une couche ou à un fichier dans la correspondance des couches, ou indiquez un chemin de fichier dans le modèle. Pour exécuter sur les couches de l’échantillon, cochez « Utiliser les couches de l’échantillon ».</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="210"/>
        <source>the layer has no coordinate reference system</source>
        <translation>la couche n’a pas de système de coordonnées de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="211"/>
        <source>set the layer's CRS in QGIS (Layer Properties → Source)</source>
        <translation>définissez le SCR de la couche dans QGIS (Propriétés de la couche → Source)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="213"/>
        <source>the field &apos;{field}&apos; does not exist</source>
        <translation>le champ « {field} » n’existe pas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="214"/>
        <source>pick one of: {options}</source>
        <translation>choisissez l’un de ces champs : {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="215"/>
        <source>the {role} field &apos;{field}&apos; does not exist</source>
        <translation>le champ {role} « {field} » n’existe pas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="217"/>
        <source>choose one of: {options}</source>
        <translation>choisissez l’un de ces champs : {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="218"/>
        <source>set places → {key} to one of: {options}</source>
        <translation>donnez à places → {key} l’une de ces valeurs : {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="220"/>
        <source>the date field &apos;{field}&apos; does not exist</source>
        <translation>le champ de date « {field} » n’existe pas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="221"/>
        <source>pick the layer&apos;s date field in the criterion</source>
        <translation>choisissez le champ de date de la couche dans le critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="223"/>
        <source>the precision field &apos;{field}&apos; does not exist</source>
        <translation>le champ de précision « {field} » n’existe pas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="225"/>
        <source>fix the criterion's precision → field</source>
        <translation>corrigez precision → field du critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="227"/>
        <source>the filter field &apos;{field}&apos; does not exist</source>
        <translation>le champ de filtre « {field} » n’existe pas</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="229"/>
        <source>fix the criterion&apos;s filter</source>
        <translation>corrigez le filtre du critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="230"/>
        <source>the units layer has no polygons</source>
        <translation>la couche d’unités ne contient aucun polygone</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="231"/>
        <source>choose a polygon layer with features (districts, a hexagon grid)</source>
        <translation>choisissez une couche de polygones non vide (districts, grille hexagonale)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="233"/>
        <source>the units layer has features that are not polygons</source>
        <translation>la couche d’unités contient des entités qui ne sont pas des polygones</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="235"/>
        <source>use a polygon layer for the units</source>
        <translation>utilisez une couche de polygones pour les unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="260"/>
        <source>The run was cancelled.</source>
        <translation>L’exécution a été annulée.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="71"/>
        <source>the model has no criteria</source>
        <translation>le modèle n’a aucun critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="72"/>
        <source>add at least one criterion</source>
        <translation>ajoutez au moins un critère</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="73"/>
        <source>the id &apos;{id}&apos; is used twice</source>
        <translation>l’identifiant « {id} » est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="74"/>
        <source>give every criterion its own id</source>
        <translation>donnez à chaque critère son propre identifiant</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="75"/>
        <source>the ids &apos;{other}&apos; and &apos;{id}&apos; differ only in case</source>
        <translation>les identifiants « {other} » et « {id} » ne diffèrent que par la casse</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="77"/>
        <source>give every criterion an id of its own (output fields ignore case)</source>
        <translation>donnez à chaque critère un identifiant bien à lui (les champs du résultat ignorent la casse)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="79"/>
        <source>all weights are 0, so nothing would be scored</source>
        <translation>tous les poids valent 0 : rien ne serait noté</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="81"/>
        <source>give at least one criterion a weight above 0</source>
        <translation>donnez à au moins un critère un poids supérieur à 0</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="83"/>
        <source>give exactly one of days, months or start (with optional end)</source>
        <translation>indiquez exactement un seul de days, months ou start (avec end facultatif)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="85"/>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="86"/>
        <source>the window must be at least 1 day or 1 month long</source>
        <translation>la fenêtre doit durer au moins 1 jour ou 1 mois</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="88"/>
        <source>the window ends before it starts</source>
        <translation>la fenêtre se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="89"/>
        <source>swap start and end</source>
        <translation>intervertissez start et end</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="90"/>
        <source>give either a reference year or a start date</source>
        <translation>indiquez soit une année de référence, soit une date de début</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="92"/>
        <source>the basis &apos;{basis}&apos; does not go with a start date</source>
        <translation>la base « {basis} » ne va pas avec une date de début</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="94"/>
        <source>the basis &apos;{basis}&apos; does not go with a reference year</source>
        <translation>la base « {basis} » ne va pas avec une année de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="96"/>
        <source>use &quot;same_months&quot; or &quot;calendar_year&quot; with a year, &quot;period&quot; with start and end</source>
        <translation>utilisez &quot;same_months&quot; ou &quot;calendar_year&quot; avec une année, &quot;period&quot; avec start et end</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="98"/>
        <source>a reference period needs its end date</source>
        <translation>une période de référence a besoin de sa date de fin</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="100"/>
        <source>add {example}</source>
        <translation>ajoutez {example}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="101"/>
        <source>the reference year {year} is out of range</source>
        <translation>l’année de référence {year} est hors limites</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="103"/>
        <source>the coverage ends before it starts</source>
        <translation>la couverture se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="104"/>
        <source>swap the dates</source>
        <translation>intervertissez les dates</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="105"/>
        <source>a precision field needs the scale its codes follow</source>
        <translation>un champ de précision a besoin de l’échelle que suivent ses codes</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="107"/>
        <source>add &quot;scale&quot;: &quot;ucdp_ged&quot; or &quot;acled&quot;</source>
        <translation>ajoutez &quot;scale&quot;: &quot;ucdp_ged&quot; ou &quot;acled&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="109"/>
        <source>divide either by the population or by a field, not both</source>
        <translation>divisez soit par la population, soit par un champ, pas par les deux</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="111"/>
        <source>remove &quot;population&quot;, or remove &quot;layer&quot; and &quot;field&quot;</source>
        <translation>supprimez &quot;population&quot;, ou supprimez &quot;layer&quot; et &quot;field&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="113"/>
        <source>all dimension weights are 0</source>
        <translation>tous les poids des dimensions valent 0</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="115"/>
        <source>the translation of &apos;{english}&apos; must be a non-empty text</source>
        <translation>la traduction de « {english} » doit être un texte non vide</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="117"/>
        <source>write &quot;English text&quot;: &quot;translated text&quot;</source>
        <translation>écrivez &quot;English text&quot;: &quot;translated text&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="120"/>
        <source>expected an object, found {found}</source>
        <translation>attendu : un objet, trouvé {found}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="121"/>
        <source>write it as {example}</source>
        <translation>écrivez-le sous la forme {example}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="122"/>
        <source>a number in the model has too many digits</source>
        <translation>un nombre du modèle a trop de chiffres</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="124"/>
        <source>write numbers with at most 15 significant digits</source>
        <translation>écrivez les nombres avec au plus 15 chiffres significatifs</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="126"/>
        <source>the document is nested more than {depth} levels deep</source>
        <translation>le document est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="128"/>
        <source>a model is a few levels deep; check that this is a RiskMap model</source>
        <translation>un modèle a peu de niveaux ; vérifiez qu’il s’agit bien d’un modèle RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="130"/>
        <source>the text holds an invalid character (a lone UTF-16 surrogate)</source>
        <translation>le texte contient un caractère invalide (un substitut UTF-16 isolé)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="132"/>
        <source>retype the text, or save the model again as UTF-8</source>
        <translation>retapez le texte, ou enregistrez de nouveau le modèle en UTF-8</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="134"/>
        <source>the model document is larger than 10 MB</source>
        <translation>le document du modèle dépasse 10 Mo</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="136"/>
        <source>a model document is a few KB; check its source</source>
        <translation>un document de modèle fait quelques Ko ; vérifiez sa provenance</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="139"/>
        <source>a rate needs the units&apos; population field</source>
        <translation>un taux a besoin du champ de population des unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="141"/>
        <source>a ratio to the population needs the units&apos; population field</source>
        <translation>un rapport à la population a besoin du champ de population des unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="143"/>
        <source>set population_field on the criterion or on the units</source>
        <translation>définissez population_field sur le critère ou sur les unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="145"/>
        <source>a distance from towns needs the model&apos;s towns layer</source>
        <translation>une distance depuis les localités a besoin de la couche des localités du modèle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="147"/>
        <source>add {example} to the model, or measure &quot;from&quot;: &quot;edge&quot;</source>
        <translation>ajoutez {example} au modèle, ou mesurez &quot;from&quot;: &quot;edge&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="149"/>
        <source>the share of area covered needs a polygon layer</source>
        <translation>la part de surface couverte a besoin d’une couche de polygones</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="151"/>
        <source>choose a polygon layer (e.g. flashpoint zones)</source>
        <translation>choisissez une couche de polygones (p. ex. les zones de tension)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="153"/>
        <source>cannot compare the field &apos;{field}&apos; with {value}</source>
        <translation>impossible de comparer le champ « {field} » avec {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="155"/>
        <source>compare numbers with numbers</source>
        <translation>comparez des nombres avec des nombres</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="157"/>
        <source>the reference period {first}…{last} ends after the as-of date {as_of}</source>
        <translation>la période de référence {first}…{last} se termine après la date de référence {as_of}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="159"/>
        <source>choose a reference before the as-of date</source>
        <translation>choisissez une référence antérieure à la date de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="161"/>
        <source>the data cover only {covered} of the {days} days of the reference period {first}…{last} (the dates of layer '{layer}' run from {data}), so the missing days would count as zero</source>
        <translation>les données ne couvrent que {covered} des {days} jours de la période de référence {first}…{last} (les dates de la couche « {layer} » vont de {data}) : les jours manquants compteraient pour zéro</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="164"/>
        <source>choose a reference the data cover (e.g. &quot;basis&quot;: &quot;calendar_year&quot; of a complete year), declare the layer's coverage under layers → coverage if the data are complete, or allow &quot;incomplete&quot;: &quot;pro_rate&quot;</source>
        <translation>choisissez une référence que les données couvrent (p. ex. &quot;basis&quot;: &quot;calendar_year&quot; d’une année complète), déclarez la couverture de la couche sous layers → coverage si les données sont complètes, ou autorisez &quot;incomplete&quot;: &quot;pro_rate&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="168"/>
        <source>'{label}' compares with {first}…{last}, but layer '{layer}' has no dated feature in '{field}' to count then</source>
        <translation>« {label} » se compare à {first}…{last}, mais la couche « {layer} » n’a aucune entité datée dans « {field} » à compter alors</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="170"/>
        <source>check the date field, or choose a measure without a reference period</source>
        <translation>vérifiez le champ de date, ou choisissez une mesure sans période de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="172"/>
        <source>'{label}' compares with {first}…{last}, which lies wholly outside the data: the dates of layer '{layer}' run from {data_first} to {data_last}</source>
        <translation>« {label} » se compare à {first}…{last}, entièrement en dehors des données : les dates de la couche « {layer} » vont du {data_first} au {data_last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="175"/>
        <source>choose a reference year from {year_first} to {year_last} (or a period within those dates), or declare the layer's coverage under layers → coverage if the data reach further back</source>
        <translation>choisissez une année de référence de {year_first} à {year_last} (ou une période entre ces dates), ou déclarez la couverture de la couche sous layers → coverage si les données remontent plus loin</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="179"/>
        <source>The units layer &apos;{layer}&apos; lacks the field(s) {missing} named in the model.</source>
        <translation>La couche des unités « {layer} » n’a pas le ou les champs {missing} nommés dans le modèle.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="181"/>
        <source>Pick a units layer with those fields, or one with unit_id and unit_name (e.g. the output of &apos;Create hexagon grid&apos;).</source>
        <translation>Choisissez une couche d’unités qui a ces champs, ou une couche avec unit_id et unit_name (p. ex. le résultat de « Create hexagon grid »).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="183"/>
        <source>{count} units have coordinates that are not numbers (NaN or infinite; features {features})</source>
        <translation>{count} unités ont des coordonnées qui ne sont pas des nombres (NaN ou infinies ; entités {features})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="185"/>
        <source>repair or redraw those polygons (e.g. Vector → Geometry Tools → Check Validity)</source>
        <translation>réparez ou redessinez ces polygones (p. ex. Vecteur → Outils de géométrie → Vérifier la validité)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="187"/>
        <source>{count} units have no id in &apos;{field}&apos;</source>
        <translation>{count} unités n’ont pas d’identifiant dans « {field} »</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="188"/>
        <source>fill the ids, or choose another id field</source>
        <translation>remplissez les identifiants, ou choisissez un autre champ d’identifiant</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="190"/>
        <source>ids repeat in &apos;{field}&apos;: {count} ids are shared by several units (features {features})</source>
        <translation>des identifiants se répètent dans « {field} » : {count} identifiants sont partagés par plusieurs unités (entités {features})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="192"/>
        <source>choose a field with one value per unit</source>
        <translation>choisissez un champ qui a une valeur par unité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="193"/>
        <source>{count} units lie outside the valid area of the layer's CRS (e.g. a longitude beyond ±180)</source>
        <translation>{count} unités sont hors de l’emprise valide du SCR de la couche (p. ex. une longitude au-delà de ±180)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="195"/>
        <source>check the layer&apos;s CRS: its coordinates look like those of another CRS</source>
        <translation>vérifiez le SCR de la couche : ses coordonnées ressemblent à celles d’un autre SCR</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="236"/>
        <source>&apos;{crs}&apos; is not a CRS that RiskMap knows</source>
        <translation>« {crs} » n’est pas un SCR que RiskMap connaît</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="237"/>
        <source>use an EPSG code such as EPSG:32638</source>
        <translation>utilisez un code EPSG tel que EPSG:32638</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="238"/>
        <source>{crs} is not a projected CRS, so distances would not be in metres</source>
        <translation>{crs} n’est pas un SCR projeté : les distances ne seraient pas en mètres</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="240"/>
        <source>use a projected CRS (e.g. a UTM zone)</source>
        <translation>utilisez un SCR projeté (p. ex. une zone UTM)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="242"/>
        <source>the units layer has no usable geometry</source>
        <translation>la couche des unités n’a aucune géométrie utilisable</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="244"/>
        <source>check that the layer has polygons</source>
        <translation>vérifiez que la couche contient des polygones</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="247"/>
        <source>the cell size must be above 0 km</source>
        <translation>la taille de cellule doit dépasser 0 km</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="248"/>
        <source>choose a cell size such as 10 km</source>
        <translation>choisissez une taille de cellule telle que 10 km</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="249"/>
        <source>the boundary layer has no CRS</source>
        <translation>la couche de limite n’a pas de SCR</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="250"/>
        <source>set the layer&apos;s CRS</source>
        <translation>définissez le SCR de la couche</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="251"/>
        <source>the grid needs a CRS</source>
        <translation>la grille a besoin d’un SCR</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="252"/>
        <source>give the extent&apos;s CRS</source>
        <translation>indiquez le SCR de l’emprise</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="253"/>
        <source>the grid needs an extent or a boundary layer</source>
        <translation>la grille a besoin d’une emprise ou d’une couche de limite</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="255"/>
        <source>give an extent or a polygon layer</source>
        <translation>indiquez une emprise ou une couche de polygones</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="257"/>
        <source>a {km} km grid would need {cells} cells</source>
        <translation>une grille de {km} km nécessiterait {cells} cellules</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="258"/>
        <source>choose a larger cell size or a smaller extent</source>
        <translation>choisissez une taille de cellule plus grande ou une emprise plus petite</translation>
    </message>
</context>
<context>
    <name>RiskMapNouns</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>attacks</source>
        <translation>attaques</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>sleeper-cell reports</source>
        <translation>signalements de cellules dormantes</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>supportive groups</source>
        <translation>groupes sympathisants</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>preachers</source>
        <translation>prédicateurs</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>Syrian border</source>
        <translation>la frontière syrienne</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>flashpoint zones</source>
        <translation>zones de tension</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>mix</source>
        <translation>mixité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>returnees</source>
        <translation>rapatriés</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>returned</source>
        <translation>rentrés</translation>
    </message>
</context>
<context>
    <name>RiskMapPlugin</name>
    <message>
        <location filename="../riskmap_plugin/plugin.py" line="79"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/plugin.py" line="83"/>
        <source>Show or hide the RiskMap panel</source>
        <translation>Afficher ou masquer le panneau RiskMap</translation>
    </message>
</context>
<context>
    <name>RiskMapWarnings</name>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="30"/>
        <source>units layer &apos;{layer}&apos;: {count} units without geometry were left out</source>
        <translation>couche d’unités « {layer} » : {count} unités sans géométrie ont été écartées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="32"/>
        <source>units layer &apos;{layer}&apos;: {count} invalid polygons were made valid</source>
        <translation>couche d’unités « {layer} » : {count} polygones invalides ont été réparés</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="34"/>
        <source>layer &apos;{layer}&apos;: {count} features lie outside the valid area of their CRS and were left out</source>
        <translation>couche « {layer} » : {count} entités hors de l’emprise valide de leur SCR ont été écartées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="36"/>
        <source>layer &apos;{layer}&apos;: {count} invalid geometries were made valid</source>
        <translation>couche « {layer} » : {count} géométries invalides ont été réparées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="45"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are not dates and were left out</source>
        <translation>couche « {layer} » : {count} valeurs de « {field} » ne sont pas des dates et ont été écartées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="47"/>
        <source>layer &apos;{layer}&apos;: {count} features dated after the as-of date {as_of} were not counted</source>
        <translation>couche « {layer} » : {count} entités datées après la date de référence {as_of} n’ont pas été comptées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="54"/>
        <source>layer &apos;{layer}&apos;: {count} negative values of &apos;{field}&apos; were counted as 0</source>
        <translation>couche « {layer} » : {count} valeurs négatives de « {field} » ont été comptées comme 0</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="56"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are not numbers and were counted as 0</source>
        <translation>couche « {layer} » : {count} valeurs de « {field} » ne sont pas des nombres et ont été comptées comme 0</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="60"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have no population above 0; their rate is missing</source>
        <translation>critère « {criterion} » : {count} unités n’ont pas de population supérieure à 0 ; leur taux manque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="62"/>
        <source>criterion &apos;{criterion}&apos;: in {count} units the share fields do not sum to 1; they were rescaled</source>
        <translation>critère « {criterion} » : dans {count} unités, les champs de parts ne totalisent pas 1 ; ils ont été remis à l’échelle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="64"/>
        <source>criterion &apos;{criterion}&apos;: no unit has a value; it was left out</source>
        <translation>critère « {criterion} » : aucune unité n’a de valeur ; il a été écarté</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="96"/>
        <source>layer &apos;{layer}&apos;: curved geometries (arcs) were approximated by straight segments</source>
        <translation>couche « {layer} » : les géométries courbes (arcs) ont été approchées par des segments droits</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="98"/>
        <source>layer &apos;{layer}&apos;: {count} unclosed rings were closed</source>
        <translation>couche « {layer} » : {count} anneaux non fermés ont été fermés</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="100"/>
        <source>layer &apos;{layer}&apos;: {count} polygons with unclosed rings were left out (shapely 2.1 or newer closes them)</source>
        <translation>couche « {layer} » : {count} polygones aux anneaux non fermés ont été écartés (shapely 2.1 ou plus récent les ferme)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="66"/>
        <source>criterion &apos;{criterion}&apos;: counts events located to {rule} or better (&apos;{field}&apos;); {count} of {total} events ({share} %) are located more coarsely and were not counted</source>
        <translation>critère '{criterion}' : compte les événements localisés au niveau {rule} ou plus précis ('{field}') ; {count} événements sur {total} ({share} %) sont localisés plus grossièrement et n'ont pas été comptés</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="69"/>
        <source>criterion &apos;{criterion}&apos;: layer &apos;{layer}&apos; records only events with &apos;{field}&apos; of at least {floor}, so smaller incidents (e.g. attacks without deaths) are not in the data</source>
        <translation>critère '{criterion}' : la couche '{layer}' n'enregistre que les événements dont '{field}' vaut au moins {floor} ; les incidents plus petits (par exemple les attaques sans morts) ne figurent donc pas dans les données</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="72"/>
        <source>layer &apos;{layer}&apos;: its data are a snapshot of {snapshot}, after the as-of date {as_of}, so they may carry what was not known on the as-of date</source>
        <translation>couche '{layer}' : ses données sont un instantané du {snapshot}, postérieur à la date de référence du {as_of} ; elles peuvent donc contenir des informations inconnues à la date de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="75"/>
        <source>criterion &apos;{criterion}&apos;: the data cover only {count} of the {days} days of the reference {period}; its count was pro-rated</source>
        <translation>critère '{criterion}' : les données ne couvrent que {count} des {days} jours de la période de référence ({period}) ; son décompte a été calculé au prorata</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="78"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have no town; their distance is measured from the unit&apos;s centre</source>
        <translation>critère '{criterion}' : {count} unités n'ont pas de localité ; leur distance est mesurée depuis le centre de l'unité</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="80"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have nothing to divide by; their ratio is missing</source>
        <translation>critère '{criterion}' : {count} unités n'ont pas de dénominateur ; leur ratio est manquant</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="82"/>
        <source>criteria '{first}' and '{second}' are strongly correlated on this run (Spearman ρ = {rho}); together they may count the same thing twice</source>
        <translation>les critères '{first}' et '{second}' sont fortement corrélés lors de cette exécution (Spearman ρ = {rho}) ; ensemble, ils risquent de compter deux fois la même chose</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="85"/>
        <source>area '{name}': its unit alone covers {km2} km², more than areas → max_km2 ({cap} km²); a unit is never split</source>
        <translation>zone '{name}' : son unité couvre à elle seule {km2} km², plus que areas → max_km2 ({cap} km²) ; une unité n'est jamais divisée</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="43"/>
        <source>layer &apos;{layer}&apos;: {count} features have coordinates that are not numbers and were left out</source>
        <translation>couche '{layer}' : {count} entités ont des coordonnées qui ne sont pas des nombres et ont été exclues</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="38"/>
        <source>layer &apos;{layer}&apos;: none of its {count} features has a geometry, so it counts nothing</source>
        <translation>couche '{layer}' : aucune de ses {count} entités n'a de géométrie ; elle ne compte donc rien</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="40"/>
        <source>layer '{layer}': none of its {count} features lies within the units' extent, so it counts nothing — check its CRS, or whether longitude and latitude are swapped</source>
        <translation>couche '{layer}' : aucune de ses {count} entités ne se trouve dans l'emprise des unités ; elle ne compte donc rien — vérifiez son CRS, ou si la longitude et la latitude sont inversées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="58"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are infinite and were counted as 0</source>
        <translation>couche '{layer}' : {count} valeurs de '{field}' sont infinies et ont été comptées comme 0</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="87"/>
        <source>the analysis CRS {crs} is meant for another region than the units, so distances and areas are distorted — leave 'crs' out (RiskMap picks the units' UTM zone) or choose a CRS for this region</source>
        <translation>le CRS d'analyse {crs} est prévu pour une autre région que celle des unités ; les distances et les superficies sont donc déformées — omettez 'crs' (RiskMap choisit la zone UTM des unités) ou choisissez un CRS adapté à cette région</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="90"/>
        <source>the data do not cover the reference year {year} of the time analysis, so no unit is compared with its {year} level</source>
        <translation>les données ne couvrent pas l'année de référence {year} de l'analyse temporelle : aucune unité n'est comparée à son niveau de {year}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="93"/>
        <source>no layer &apos;{layer}&apos; in this project: the at-risk areas were not kept inside its boundaries</source>
        <translation>pas de couche « {layer} » dans ce projet : les zones à risque n'ont pas été tenues dans ses limites</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="49"/>
        <source>layer &apos;{layer}&apos;: the field &apos;{field}&apos; was matched to &apos;{name}&apos;, which differs only in case (PostGIS imports lower-case field names)</source>
        <translation>couche « {layer} » : le champ « {field} » a été associé à « {name} », qui ne diffère que par la casse (PostGIS importe les noms de champs en minuscules)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="52"/>
        <source>layer &apos;{layer}&apos;: counted per unit in its PostGIS database; its features were not read into RiskMap</source>
        <translation>couche « {layer} » : comptée par unité dans sa base PostGIS ; ses entités n'ont pas été lues dans RiskMap</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../riskmap_plugin/gui/run_control.py" line="94"/>
        <source>RiskMap: {}</source>
        <translation>RiskMap : {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_control.py" line="113"/>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="95"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="59"/>
        <source>Start from a saved model</source>
        <translation>Partir d’un modèle enregistré</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="60"/>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="60"/>
        <source>Load a model JSON file</source>
        <translation>Charger un fichier de modèle JSON</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="63"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="63"/>
        <source>Save this model as a JSON file</source>
        <translation>Enregistrer ce modèle dans un fichier JSON</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="66"/>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="66"/>
        <source>Keep this model among your presets (in your QGIS profile)</source>
        <translation>Garder ce modèle parmi vos préréglages (dans votre profil QGIS)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="73"/>
        <source>Model name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="73"/>
        <source>Names the result group and the output file</source>
        <translation>Nomme le groupe de résultats et le fichier de sortie</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="83"/>
        <source>As-of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="83"/>
        <source>The date the analysis describes; windows count back from it</source>
        <translation>La date que décrit l’analyse ; les fenêtres sont comptées à rebours depuis elle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="89"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="98"/>
        <source>as of</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="100"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="104"/>
        <source>Analysis units</source>
        <translation>Unités d’analyse</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="110"/>
        <source>Guess layers</source>
        <translation>Deviner les couches</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="110"/>
        <source>Pick the project layer for each criterion from layer names, tables and fields</source>
        <translation>Choisir la couche du projet de chaque critère d’après les noms de couches, les tables et les champs</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="120"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="378"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>RiskMap output GeoPackage</source>
        <translation>GeoPackage de sortie RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>Output GeoPackage</source>
        <translation>GeoPackage de sortie</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>Where the scored units, areas and watch list are written</source>
        <translation>Où sont écrits les unités notées, les zones et la liste de veille</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="148"/>
        <source>Generate at-risk layer</source>
        <translation>Générer la couche des zones à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="148"/>
        <source>Run the model and add the at-risk areas to the map (Ctrl+Return)</source>
        <translation>Calculer le modèle et ajouter les zones à risque à la carte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="154"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="154"/>
        <source>Stop the run; nothing is written (Esc)</source>
        <translation>Arrêter le calcul ; rien n’est écrit (Échap)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="162"/>
        <source>Progress of the run</source>
        <translation>Avancement du calcul</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="177"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="185"/>
        <source>At-risk areas</source>
        <translation>Zones à risque</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>Previous RiskMap result</source>
        <translation>Résultat RiskMap précédent</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="147"/>
        <source>the output file, if it exists</source>
        <translation>le fichier de sortie, s’il existe</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>Compare with previous result</source>
        <translation>Comparer au résultat précédent</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>An earlier result GeoPackage: the run lists the units that entered or left the areas or moved in rank since then. Empty: the output file as it was before this run</source>
        <translation>Un GeoPackage de résultat antérieur : le calcul liste les unités entrées dans les zones ou sorties, ou qui ont changé de rang depuis. Vide : le fichier de sortie tel qu’il était avant ce calcul</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="171"/>
        <source>Changes since the previous result</source>
        <translation>Changements depuis le résultat précédent</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="178"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="180"/>
        <source>Store in PostGIS</source>
        <translation>Stocker dans PostGIS</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="28"/>
        <source>Store the run in PostGIS: connection</source>
        <translation>Stocker l'exécution dans PostGIS : connexion</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="29"/>
        <source>A saved PostgreSQL connection; empty: the run is not stored in a database</source>
        <translation>Une connexion PostgreSQL enregistrée ; vide : l'exécution n'est pas stockée dans une base</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="36"/>
        <source>Schema for the stored runs</source>
        <translation>Schéma des exécutions stockées</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="37"/>
        <source>Where the runs are stored, with the latest-run views</source>
        <translation>Où les exécutions sont stockées, avec les vues de la dernière exécution</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="31"/>
        <source>Polygon layer</source>
        <translation>Couche de polygones</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="32"/>
        <source>Hexagon grid</source>
        <translation>Grille hexagonale</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="33"/>
        <source>Score the polygons of a project layer (districts…)</source>
        <translation>Noter les polygones d’une couche du projet (districts…)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="34"/>
        <source>Score hexagons of a chosen size, clipped to a boundary</source>
        <translation>Noter des hexagones de taille choisie, découpés selon une limite</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="42"/>
        <source>Units layer</source>
        <translation>Couche des unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="45"/>
        <source>Unit id field</source>
        <translation>Champ d’identifiant des unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="46"/>
        <source>Unit name field</source>
        <translation>Champ de nom des unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="54"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="55"/>
        <source>Hexagon size</source>
        <translation>Taille des hexagones</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="56"/>
        <source>Distance between neighbouring hexagon centres</source>
        <translation>Distance entre les centres d’hexagones voisins</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="57"/>
        <source>Grid boundary</source>
        <translation>Limite de la grille</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="63"/>
        <source>Towns that name the areas</source>
        <translation>Localités qui nomment les zones</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="69"/>
        <source>Town name field</source>
        <translation>Champ de nom des localités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="78"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="79"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="83"/>
        <source>Id / name</source>
        <translation>Identifiant / nom</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="87"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="91"/>
        <source>Towns</source>
        <translation>Localités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="176"/>
        <source>choose a grid boundary</source>
        <translation>choisissez une limite de grille</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="178"/>
        <source>choose a units layer</source>
        <translation>choisissez une couche d’unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="180"/>
        <source>choose the units&apos; id field</source>
        <translation>choisissez le champ d’identifiant des unités</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="182"/>
        <source>choose the towns&apos; name field</source>
        <translation>choisissez le champ de nom des localités</translation>
    </message>
</context>
</TS>

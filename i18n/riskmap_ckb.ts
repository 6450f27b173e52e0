<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb">
<context>
    <name>@default</name>
    <message>
        <location filename="../riskmap_plugin/gui/messages.py" line="19"/>
        <source>Details</source>
        <translation>وردەکاری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/messages.py" line="21"/>
        <source>Show the full message</source>
        <translation>پیشاندانی هەموو پەیامەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="51"/>
        <source>Print briefing (PDF)</source>
        <translation>چاپکردنی کورتەڕاپۆرت (PDF)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="58"/>
        <source>Result GeoPackage</source>
        <translation>GeoPackageی ئەنجام</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="61"/>
        <source>Page size</source>
        <translation>قەبارەی لاپەڕە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="66"/>
        <source>Classification banner</source>
        <translation>نیشانەی پۆلێنکردن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="73"/>
        <source>Briefing PDF</source>
        <translation>کورتەڕاپۆرتی PDF</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="78"/>
        <source>Pages</source>
        <translation>لاپەڕەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="62"/>
        <source>Create hexagon grid</source>
        <translation>دروستکردنی تۆڕی شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="65"/>
        <source>Extent</source>
        <translation>ڕووبەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="66"/>
        <source>Cell size (km)</source>
        <translation>قەبارەی خانە (کم)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="75"/>
        <source>Boundary to clip to</source>
        <translation>سنوور بۆ بڕین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="83"/>
        <source>Grid CRS (metres)</source>
        <translation>سیستەمی هاوتەریبی تۆڕ (مەتر)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="86"/>
        <source>Hexagon grid</source>
        <translation>تۆڕی شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="98"/>
        <source>Give an extent or a boundary layer — the grid needs an area to cover.</source>
        <translation>ڕووبەرێک یان چینێکی سنوور دیاری بکە — تۆڕەکە پێویستی بە ناوچەیەکە بۆ داپۆشین.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="112"/>
        <source>The grid CRS {} is in degrees — choose a projected CRS in metres.</source>
        <translation>سیستەمی هاوتەریبی تۆڕ {} بە پلەیە — سیستەمێکی پڕۆجێکتکراو بە مەتر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="149"/>
        <source>{} hexagons of {} km</source>
        <translation>{} شەشگۆشەی {} کم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="92"/>
        <source>Score at-risk areas</source>
        <translation>هەڵسەنگاندنی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="95"/>
        <source>Model file (JSON)</source>
        <translation>فایلی مۆدێل (JSON)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="103"/>
        <source>Units layer (replaces the model&apos;s units)</source>
        <translation>چینی یەکەکان (لە جیاتی یەکەکانی مۆدێل)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="111"/>
        <source>As-of date (replaces the model&apos;s)</source>
        <translation>بەرواری شیکاری (لە جیاتی بەرواری مۆدێل)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="119"/>
        <source>Layer map (JSON object or name=layer;name2=file)</source>
        <translation>نەخشەی چینەکان (تەنی JSON یان name=layer;name2=file)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="150"/>
        <source>Model file not found: '{}' — choose a RiskMap model JSON file.</source>
        <translation>فایلی مۆدێل نەدۆزرایەوە: '{}' — فایلێکی مۆدێلی RiskMap (JSON) هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="162"/>
        <source>As-of date '{}' is not a date — write it as YYYY-MM-DD.</source>
        <translation>بەرواری شیکاری '{}' بەروار نییە — بە شێوەی YYYY-MM-DD بینووسە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="193"/>
        <source>No output chosen — set OUTPUT_UNITS, OUTPUT_AREAS or OUTPUT_WATCH.</source>
        <translation>هیچ دەرچوونێک هەڵنەبژێردراوە — OUTPUT_UNITS یان OUTPUT_AREAS یان OUTPUT_WATCH دیاری بکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="245"/>
        <source>Wrote {}</source>
        <translation>{} نووسرا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="53"/>
        <source>Score</source>
        <translation>نمرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="254"/>
        <source>rank</source>
        <translation>پلە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="254"/>
        <source>Data coverage</source>
        <translation>داپۆشینی داتا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="254"/>
        <source>low</source>
        <translation>نزم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="294"/>
        <source>Criterion</source>
        <translation>پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="254"/>
        <source>raw</source>
        <translation>خاو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="254"/>
        <source>points</source>
        <translation>خاڵ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="126"/>
        <source>Previous result to compare with (GeoPackage)</source>
        <translation>ئەنجامی پێشوو بۆ بەراوردکردن (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="207"/>
        <source>Surge: the last 4 weeks far above the 6 months before</source>
        <translation>هەڵکشان: ٤ هەفتەی کۆتایی زۆر سەرووی ٦ مانگی پێشووە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="54"/>
        <source>Page {page} of {pages}</source>
        <translation>لاپەڕەی {page} لە {pages}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="58"/>
        <source>At-risk areas ({})</source>
        <translation>ناوچە مەترسیدارەکان ({})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="60"/>
        <source>Criteria and weights</source>
        <translation>پێوەرەکان و کێشەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="61"/>
        <source>Method</source>
        <translation>ڕێباز</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="63"/>
        <source>Caveats</source>
        <translation>ئاگادارییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="65"/>
        <source>Sources and attributions</source>
        <translation>سەرچاوەکان و ئاماژەپێدان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="67"/>
        <source>Drivers in this area (area values; points of the score)</source>
        <translation>هۆکارەکان لەم ناوچەیەدا (بەهاکانی ناوچە؛ خاڵەکانی نمرە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="68"/>
        <source>Units in this area ({})</source>
        <translation>یەکەکانی ئەم ناوچەیە ({})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="72"/>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="76"/>
        <source>Counts are the area&apos;s totals; other measures its riskiest unit&apos;s value.</source>
        <translation>ژمارەکان کۆی ناوچەکەن؛ پێوانەکانی تر بەهای مەترسیدارترین یەکەیەتی.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="78"/>
        <source>Method, caveats and full sources: page 1.</source>
        <translation>ڕێباز، ئاگادارییەکان و هەموو سەرچاوەکان: لاپەڕەی 1.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="80"/>
        <source>Sources:</source>
        <translation>سەرچاوەکان:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="51"/>
        <source>Area</source>
        <translation>ناوچە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="52"/>
        <source>Class</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="57"/>
        <source>Top drivers</source>
        <translation>سەرەکیترین هۆکارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="242"/>
        <source>… and {} more (see the area pages)</source>
        <translation>… و {} ی تر (لاپەڕەکانی ناوچەکان ببینە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="254"/>
        <source>Dimension</source>
        <translation>ڕەهەند</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="254"/>
        <source>Weight</source>
        <translation>کێش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="254"/>
        <source>Riskier when</source>
        <translation>مەترسیدارتر کاتێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="294"/>
        <source>Value in the area</source>
        <translation>بەها لە ناوچەکەدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="294"/>
        <source>Points</source>
        <translation>خاڵەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="294"/>
        <source>Share</source>
        <translation>بەش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="313"/>
        <source>Unit</source>
        <translation>یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="313"/>
        <source>Rank</source>
        <translation>پلە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="54"/>
        <source>Rank band</source>
        <translation>مەودای پلە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="55"/>
        <source>Top class</source>
        <translation>بەرزترین پۆل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="56"/>
        <source>Trend</source>
        <translation>ئاراستە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="103"/>
        <source>At-risk areas</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="35"/>
        <source>Watch list (look again)</source>
        <translation>لیستی چاودێری (دووبارە سەیری بکەرەوە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="36"/>
        <source>Risk class of units</source>
        <translation>پۆلی مەترسیی یەکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="43"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="44"/>
        <source>historical</source>
        <translation>مێژوویی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="45"/>
        <source>new</source>
        <translation>نوێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="46"/>
        <source>intensifying</source>
        <translation>توندبوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="47"/>
        <source>diminishing</source>
        <translation>لاوازبوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="48"/>
        <source>persistent</source>
        <translation>بەردەوام</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="49"/>
        <source>sporadic</source>
        <translation>پچڕپچڕ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="120"/>
        <source>Very low</source>
        <translation>زۆر نزم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="121"/>
        <source>Low</source>
        <translation>نزم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="122"/>
        <source>Moderate</source>
        <translation>مامناوەند</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="123"/>
        <source>High</source>
        <translation>بەرز</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="124"/>
        <source>Very high</source>
        <translation>زۆر بەرز</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="56"/>
        <source>higher</source>
        <translation>بەرزتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="57"/>
        <source>lower</source>
        <translation>نزمتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="94"/>
        <source>RiskMap {version} · model “{model}” · result {result} · as of {as_of} · generated {generated}</source>
        <translation>RiskMap {version} · مۆدێلی «{model}» · ئەنجامی {result} · لە بەرواری {as_of} · دروستکراوە لە {generated}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="37"/>
        <source>… and {} more units (see the map)</source>
        <translation>… و {} یەکەی تر (نەخشەکە ببینە)</translation>
    </message>
</context>
<context>
    <name>AreaCard</name>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="45"/>
        <source>score {}</source>
        <translation>نمرە {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="57"/>
        <source>Zoom the map to {}</source>
        <translation>نەخشەکە بۆ {} نزیک بکەرەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="68"/>
        <source>rank {}</source>
        <translation>پلە {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="71"/>
        <source>in the top class in {} % of runs</source>
        <translation>لە بەرزترین پۆلدا لە {} %ی جارەکاندا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="74"/>
        <source>trend: {}</source>
        <translation>ئاراستە: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="76"/>
        <source>surge in the last 4 weeks</source>
        <translation>هەڵکشان لە ٤ هەفتەی کۆتاییدا</translation>
    </message>
</context>
<context>
    <name>AreaCards</name>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="93"/>
        <source>At-risk areas</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
</context>
<context>
    <name>BriefingPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="42"/>
        <source>Briefing</source>
        <translation>کورتەڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="50"/>
        <source>{size} landscape</source>
        <translation>{size} ئاسۆیی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Create briefing</source>
        <translation>دروستکردنی کورتەڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="55"/>
        <source>Export PDF…</source>
        <translation>هەناردەکردنی PDF…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Page size</source>
        <translation>قەبارەی لاپەڕە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Paper size of the briefing</source>
        <translation>قەبارەی کاغەزی کورتەڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Classification banner</source>
        <translation>نیشانەی پۆلێنکردن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Printed at the top and bottom of every page; stored in the project</source>
        <translation>لە سەرەوە و خوارەوەی هەموو لاپەڕەیەک چاپ دەکرێت؛ لە پڕۆژەکەدا هەڵدەگیرێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Build the print layout of the current result (one page per area)</source>
        <translation>دروستکردنی ڕووکاری چاپی ئەنجامی ئێستا (لاپەڕەیەک بۆ هەر ناوچەیەک)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Export PDF</source>
        <translation>هەناردەکردنی PDF</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Write the briefing to a PDF, with a PNG preview of page 1</source>
        <translation>نووسینی کورتەڕاپۆرت بۆ PDF، لەگەڵ پێشبینینی PNG ی لاپەڕەی 1</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="113"/>
        <source>There is no result yet — generate the at-risk layer first.</source>
        <translation>هێشتا ئەنجام نییە — سەرەتا چینی ناوچە مەترسیدارەکان دروست بکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="126"/>
        <source>Layout “{name}” added to the project's layouts.</source>
        <translation>ڕووکاری «{name}» بۆ ڕووکارەکانی پڕۆژە زیادکرا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="141"/>
        <source>Export briefing</source>
        <translation>هەناردەکردنی کورتەڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="141"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="150"/>
        <source>Briefing written: {path} ({pages} pages)</source>
        <translation>کورتەڕاپۆرت نووسرا: {path} ({pages} لاپەڕە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="174"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
</context>
<context>
    <name>CriteriaDelegate</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="49"/>
        <source>Layer of the criterion</source>
        <translation>چینی پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="60"/>
        <source>Field of the criterion</source>
        <translation>خانەی پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="72"/>
        <source>Choice of {}</source>
        <translation>هەڵبژاردنی {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="78"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="79"/>
        <source> d</source>
        <translation> ڕۆژ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="80"/>
        <source>Window in days</source>
        <translation>ماوە بە ڕۆژ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="87"/>
        <source>Weight</source>
        <translation>کێش</translation>
    </message>
</context>
<context>
    <name>CriteriaTableModel</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="63"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="64"/>
        <source>Criterion</source>
        <translation>پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="65"/>
        <source>Layer</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="66"/>
        <source>Measure</source>
        <translation>پێوانە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="67"/>
        <source>Fields</source>
        <translation>خانەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="68"/>
        <source>Window (days)</source>
        <translation>ماوە (ڕۆژ)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="69"/>
        <source>Normalisation</source>
        <translation>ئاسایکردنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="70"/>
        <source>Direction</source>
        <translation>ئاراستە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="71"/>
        <source>Weight</source>
        <translation>کێش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="72"/>
        <source>Share</source>
        <translation>بەش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="73"/>
        <source>Dimension</source>
        <translation>ڕەهەند</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="239"/>
        <source>the chosen layer is no longer in the project</source>
        <translation>چینە هەڵبژێردراوەکە ئیتر لە پڕۆژەکەدا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="244"/>
        <source>every weight is 0: give at least one criterion a weight</source>
        <translation>هەموو کێشەکان 0ن: بە لایەنی کەمەوە کێشێک بدە بە پێوەرێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="250"/>
        <source>Ready</source>
        <translation>ئامادەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="255"/>
        <source>— choose a layer —</source>
        <translation>— چینێک هەڵبژێرە —</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="266"/>
        <source>lower is riskier</source>
        <translation>نزمتر مەترسیدارترە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="266"/>
        <source>higher is riskier</source>
        <translation>بەرزتر مەترسیدارترە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="296"/>
        <source>This criterion can run.</source>
        <translation>ئەم پێوەرە دەتوانرێت بژمێردرێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="297"/>
        <source>This criterion cannot run:</source>
        <translation>ئەم پێوەرە ناتوانرێت بژمێردرێت:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="299"/>
        <source>Guessed automatically ({how}) — check it.</source>
        <translation>بە خۆکاری مەزەندە کرا ({how}) — پشکنینی بۆ بکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="301"/>
        <source>Share of the total weight</source>
        <translation>بەش لە کۆی کێش</translation>
    </message>
</context>
<context>
    <name>CriteriaWidget</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="31"/>
        <source>Criteria</source>
        <translation>پێوەرەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="32"/>
        <source>One row per criterion. Double-click a cell to change it; the status column says why a row cannot run.</source>
        <translation>ڕیزێک بۆ هەر پێوەرێک. دوو جار کرتە لە خانەیەک بکە بۆ گۆڕینی؛ ستوونی دۆخ دەڵێت بۆچی ڕیزێک ناتوانرێت بژمێردرێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="57"/>
        <source>Add a criterion</source>
        <translation>زیادکردنی پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="58"/>
        <source>Remove the selected criterion</source>
        <translation>لابردنی پێوەری هەڵبژێردراو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="61"/>
        <source>Move the criterion up</source>
        <translation>پێوەرەکە بەرەو سەرەوە ببە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="62"/>
        <source>Move the criterion down</source>
        <translation>پێوەرەکە بەرەو خوارەوە ببە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="106"/>
        <source>New criterion {}</source>
        <translation>پێوەری نوێ {}</translation>
    </message>
</context>
<context>
    <name>DependenciesDialog</name>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="32"/>
        <source>RiskMap — Python packages</source>
        <translation>RiskMap — پاکێجەکانی Python</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="38"/>
        <source>RiskMap needs these Python packages in QGIS&apos;s Python:</source>
        <translation>RiskMap پێویستی بەم پاکێجانەی Python ە لە Pythonی QGIS دا:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="38"/>
        <source>Install them for your user with pip, here or in a terminal, then restart QGIS.</source>
        <translation>بە pip بۆ بەکارهێنەرەکەت دایانبمەزرێنە، لێرە یان لە تێرمیناڵ، پاشان QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="52"/>
        <source>pip&apos;s output appears here.</source>
        <translation>دەرچووی pip لێرە دەردەکەوێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="57"/>
        <source>Install</source>
        <translation>دامەزراندن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="58"/>
        <source>Copy command</source>
        <translation>لەبەرگرتنەوەی فەرمان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="78"/>
        <source>Command copied. Run it in a terminal, then restart QGIS.</source>
        <translation>فەرمانەکە لەبەرگیرایەوە. لە تێرمیناڵ جێبەجێی بکە، پاشان QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="89"/>
        <source>Installing… this can take a few minutes.</source>
        <translation>دادەمەزرێت… لەوانەیە چەند خولەکێک بخایەنێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="102"/>
        <source>Installed. Restart QGIS to use RiskMap.</source>
        <translation>دامەزرا. QGIS دووبارە دەستپێبکەرەوە بۆ بەکارهێنانی RiskMap.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="104"/>
        <source>pip failed (exit code {0}). Read its output above, or copy the command and run it in a terminal; then restart QGIS.</source>
        <translation>pip سەرکەوتوو نەبوو (کۆدی دەرچوون {0}). دەرچووەکەی سەرەوە بخوێنەرەوە، یان فەرمانەکە لەبەربگرەوە و لە تێرمیناڵ جێبەجێی بکە؛ پاشان QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="114"/>
        <source>Could not start {0}. Copy the command and run it in a terminal; then restart QGIS.</source>
        <translation>نەتوانرا {0} دەستپێبکرێت. فەرمانەکە لەبەربگرەوە و لە تێرمیناڵ جێبەجێی بکە؛ پاشان QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="46"/>
        <source>{} (mine)</source>
        <translation>{} (هی من)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="89"/>
        <source>Load a RiskMap model</source>
        <translation>بارکردنی مۆدێلی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="108"/>
        <source>RiskMap model (*.json)</source>
        <translation>مۆدێلی RiskMap (*.json)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="108"/>
        <source>Save the RiskMap model</source>
        <translation>پاشەکەوتکردنی مۆدێلی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="121"/>
        <source>Saved the preset “{}”.</source>
        <translation>ڕێکخستنی ئامادەی «{}» پاشەکەوت کرا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="164"/>
        <source>Guessed {found} of {total} layers — check them.</source>
        <translation>{found} لە {total} چین مەزەندە کران — پشکنینیان بۆ بکە.</translation>
    </message>
</context>
<context>
    <name>PanelLogic</name>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="77"/>
        <source>RiskMap model</source>
        <translation>مۆدێلی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="181"/>
        <source>criteria rows {} cannot run</source>
        <translation>ڕیزەکانی پێوەر {} ناتوانرێن بژمێردرێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="187"/>
        <source>add at least one criterion</source>
        <translation>بە لایەنی کەمەوە پێوەرێک زیاد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="189"/>
        <source>choose an output GeoPackage</source>
        <translation>GeoPackageێکی دەرچوون هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="197"/>
        <source>Run the model and add the at-risk areas to the map (Ctrl+Return)</source>
        <translation>مۆدێلەکە جێبەجێ بکە و ناوچە مەترسیدارەکان بخەرە سەر نەخشە (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="199"/>
        <source>Cannot run yet: {}</source>
        <translation>هێشتا ناتوانرێت جێبەجێ بکرێت: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="242"/>
        <source>Running “{}”…</source>
        <translation>«{}» جێبەجێ دەکرێت…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="269"/>
        <source>Done — %p%</source>
        <translation>تەواو بوو — %p%</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="271"/>
        <source>{count} at-risk areas, {watch} units on the watch list → {path}</source>
        <translation>{count} ناوچەی مەترسیدار، {watch} یەکە لە لیستی چاودێری ← {path}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="306"/>
        <source>Cancelled — nothing was written.</source>
        <translation>هەڵوەشێنرایەوە — هیچ نەنووسرا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/panel_logic.py" line="311"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="75"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RiskMapAnnotations</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="135"/>
        <source>{value} {noun}</source>
        <translation>{value} {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="136"/>
        <source>{value} {noun} in {window}</source>
        <translation>{value} {noun} لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="139"/>
        <source>{value} low-severity {noun}</source>
        <translation>{value} {noun}ی کەمتوندی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="142"/>
        <source>{value} low-severity {noun} in {window}</source>
        <translation>{value} {noun}ی کەمتوندی لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="145"/>
        <source>{value} {noun} per km²</source>
        <translation>{value} {noun} بۆ هەر کم²</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="146"/>
        <source>{value} {noun} per km² in {window}</source>
        <translation>{value} {noun} بۆ هەر کم² لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="149"/>
        <source>{value} {noun} per {per} people</source>
        <translation>{value} {noun} بۆ هەر {per} کەس</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="150"/>
        <source>{value} {noun} per {per} people in {window}</source>
        <translation>{value} {noun} بۆ هەر {per} کەس لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="153"/>
        <source>{noun} present</source>
        <translation>{noun} هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="154"/>
        <source>{noun} in {window}</source>
        <translation>{noun} لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="158"/>
        <source>{current} {noun} vs {reference} in {reference_period}</source>
        <translation>{current} {noun} بەرامبەر {reference} لە {reference_period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="161"/>
        <source>{value} km from {noun}</source>
        <translation>{value} کم لە {noun}ەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="162"/>
        <source>&lt; 1 km from {noun}</source>
        <translation>کەمتر لە 1 کم لە {noun}ەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="163"/>
        <source>{value} % in {noun}</source>
        <translation>{value} % لە {noun}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="164"/>
        <source>{noun} {value}</source>
        <translation>{noun} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="165"/>
        <source>{noun} index {value}</source>
        <translation>پێوەری {noun} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="166"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="167"/>
        <source> (≥ {reference_period} level)</source>
        <translation> (≥ ئاستی {reference_period})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="170"/>
        <source>{label} in the top {share} % ({annotation})</source>
        <translation>{label} لە بەرزترین {share} %دا ({annotation})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="173"/>
        <source>below the gate {rule}</source>
        <translation>خوار دەروازەی {rule}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="174"/>
        <source>no data</source>
        <translation>داتا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="175"/>
        <source>near {town}</source>
        <translation>نزیک {town}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="176"/>
        <source>rising: {trend} trend (p = {p})</source>
        <translation>بەرزبوونەوە: ئاراستەی {trend} (p = {p})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="179"/>
        <source>surge: {value} {noun} in the last 4 weeks</source>
        <translation>هەڵکشان: {value} {noun} لە ٤ هەفتەی کۆتاییدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="182"/>
        <source>at or above the {year} level ({current} {noun} vs {reference})</source>
        <translation>لە ئاستی {year} یان سەرووتر ({current} {noun} بەرامبەر {reference})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="185"/>
        <source>rank band {low}–{high} reaches the at-risk units ({p} % of runs)</source>
        <translation>مەودای پلە {low}–{high} دەگاتە یەکە مەترسیدارەکان ({p} %ی جارەکان)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="188"/>
        <source>{n} mo</source>
        <translation>{n} مانگ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="189"/>
        <source>{n} d</source>
        <translation>{n} ڕۆژ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="190"/>
        <source>intensifying</source>
        <translation>توندبوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="191"/>
        <source>new</source>
        <translation>نوێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="194"/>
        <source>score {score} within {margin} points of the at-risk cut-off {cutoff}</source>
        <translation>نمرە {score} لە ماوەی {margin} خاڵ لە سنووری مەترسی {cutoff}</translation>
    </message>
</context>
<context>
    <name>RiskMapBriefing</name>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="16"/>
        <source>Areas at risk of a violent-extremist resurgence · as of {as_of} · generated {generated} · RiskMap {version}</source>
        <translation>ناوچەکانی لە مەترسیی گەڕانەوەی توندڕەویی چەکدار · لە بەرواری {as_of} · دروستکراوە لە {generated} · RiskMap {version}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="17"/>
        <source>Each of the {units} units is scored 0–100: the {mean} of {criteria} criteria normalised to 0–1 (1 = riskiest); weight by dimension: {shares}. {classes}. At-risk areas are touching units of {min_class}{cutoff}, named after their largest town. Watch list: {watch} units near the cut-off or in the top 10 % of a criterion. Scores rank units against each other; they are not probabilities.</source>
        <translation>هەر یەکێک لە {units} یەکەکە نمرەیەکی 0–100 وەردەگرێت: {mean}ی {criteria} پێوەر کە لە نێوان 0–1 ڕێکخراون (1 = مەترسیدارترین)؛ کێش بەپێی ڕەهەند: {shares}. {classes}. ناوچە مەترسیدارەکان یەکەی پێکەوەلکاون لە {min_class}{cutoff}، بە ناوی گەورەترین شارۆچکەیانەوە ناونراون. لیستی چاودێری: {watch} یەکە نزیک لە سنوورەکە یان لە 10 %ی سەرەوەی پێوەرێکدا. نمرەکان یەکەکان بەرامبەر یەکتر ڕیز دەکەن؛ ئەگەر نین.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="18"/>
        <source>{dimension} {share} %</source>
        <translation>{dimension} {share} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="19"/>
        <source>weighted arithmetic mean</source>
        <translation>تێکڕای ژمێرەیی کێشدار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="20"/>
        <source>weighted geometric mean (non-compensatory)</source>
        <translation>تێکڕای ئەندازەیی کێشدار (بێ قەرەبوو)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="21"/>
        <source>{count} classes by {method}</source>
        <translation>{count} پۆل بەپێی {method}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="22"/>
        <source>natural breaks (Jenks)</source>
        <translation>دابڕینە سروشتییەکان (جێنکس)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="23"/>
        <source>quantiles</source>
        <translation>چەندێتییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="24"/>
        <source>equal intervals</source>
        <translation>مەودای یەکسان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="25"/>
        <source>fixed breaks</source>
        <translation>دابڕینی جێگیر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="26"/>
        <source>class {label} or above</source>
        <translation>پۆلی «{label}» یان سەرووتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="27"/>
        <source>the upper classes</source>
        <translation>پۆلە بەرزەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="28"/>
        <source> (score ≥ {score})</source>
        <translation> (نمرە ≥ {score})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="29"/>
        <source>How sure: {draws} Monte Carlo runs varied {varied}. Rank band = the 5–95 % range of an area's best rank over the runs; in top class = the share of runs in which it stays within the {at_risk} at-risk units.</source>
        <translation>چەند دڵنیاین: {draws} جار مۆنتی کارلۆ {varied}ی گۆڕی. مەودای پلە = مەودای 5–95 %ی باشترین پلەی ناوچەکە لە جارەکاندا؛ بەرزترین پۆل = بەشی ئەو جارانەی کە لەناو {at_risk} یەکە مەترسیدارەکەدا دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="30"/>
        <source>the weights (drawn around the set ones)</source>
        <translation>کێشەکان (لە دەوری کێشە دیاریکراوەکان هەڵبژێردراون)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="31"/>
        <source>the normalisation ({methods})</source>
        <translation>ڕێکخستنەوە ({methods})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="32"/>
        <source>the aggregation ({methods})</source>
        <translation>کۆکردنەوە ({methods})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="33"/>
        <source>min–max</source>
        <translation>کەمترین–زۆرترین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="34"/>
        <source>percentile</source>
        <translation>سەدی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="35"/>
        <source>z-score</source>
        <translation>نمرەی z</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="36"/>
        <source>arithmetic</source>
        <translation>ژمێرەیی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="37"/>
        <source>geometric</source>
        <translation>ئەندازەیی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="38"/>
        <source>normalisation method</source>
        <translation>ڕێبازی ڕێکخستنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="39"/>
        <source>aggregation method</source>
        <translation>ڕێبازی کۆکردنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="40"/>
        <source>The weights that move the ranking most: {weights}</source>
        <translation>ئەو کێشانەی زۆرترین کاریگەرییان لە ڕیزبەندی هەیە: {weights}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="41"/>
        <source>; method choices: {choices}</source>
        <translation>؛ هەڵبژاردنەکانی ڕێباز: {choices}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="42"/>
        <source>{label} ({share} %)</source>
        <translation>{label} ({share} %)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="43"/>
        <source>{label} {share} %</source>
        <translation>{label} {share} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="44"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="45"/>
        <source>{first} or {last}</source>
        <translation>{first} یان {last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="46"/>
        <source>{first} and {last}</source>
        <translation>{first} و {last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="47"/>
        <source>{names} and {count} more</source>
        <translation>{names} و {count}ی تر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="48"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="49"/>
        <source>Data coverage: {share} % of the weight on average</source>
        <translation>داپۆشینی داتا: بە تێکڕا {share} %ی کێش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="50"/>
        <source>; {count} units with low coverage ({names})</source>
        <translation>؛ {count} یەکە بە داپۆشینی کەم ({names})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="51"/>
        <source>Illustrative — not real data: {layers} — made up for the sample; do not use for decisions.</source>
        <translation>نموونەیی — داتای ڕاستەقینە نییە: {layers} — بۆ نموونەکە دروستکراون؛ بۆ بڕیاردان بەکاری مەهێنە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="52"/>
        <source>Illustrative — not real data (made up for the sample): {layers}</source>
        <translation>نموونەیی — داتای ڕاستەقینە نییە (بۆ نموونەکە دروستکراون): {layers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="53"/>
        <source>Illustrative — not real data: {layers}</source>
        <translation>نموونەیی — داتای ڕاستەقینە نییە: {layers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="54"/>
        <source>{table}: source not recorded — add its attribution</source>
        <translation>{table}: سەرچاوە تۆمار نەکراوە — ئاماژەپێدانەکەی زیاد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="55"/>
        <source>Class: {label} · highest score {score} · mean {mean} · {units}</source>
        <translation>پۆل: {label} · بەرزترین نمرە {score} · تێکڕا {mean} · {units}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="56"/>
        <source>{count} unit</source>
        <translation>{count} یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="57"/>
        <source>{count} units</source>
        <translation>{count} یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="58"/>
        <source>Rank band {band}</source>
        <translation>مەودای پلە {band}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="59"/>
        <source> · in the top class in {share} of runs</source>
        <translation> · لە بەرزترین پۆلدا لە {share}ی جارەکاندا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="60"/>
        <source>Trend: {trend} · surge: {surge} · hot spot: {hotspot}</source>
        <translation>ئاراستە: {trend} · هەڵکشان: {surge} · خاڵی گەرم: {hotspot}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="61"/>
        <source>Top drivers: {drivers}</source>
        <translation>سەرەکیترین هۆکارەکان: {drivers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="62"/>
        <source>Area {number}</source>
        <translation>ناوچەی {number}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="67"/>
        <source>surge in the last 4 weeks</source>
        <translation>هەڵکشان لە ٤ هەفتەی کۆتاییدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="68"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="69"/>
        <source>{trend} (p = {p})</source>
        <translation>{trend} (p = {p})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="70"/>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="71"/>
        <source>{value} × the {period} level</source>
        <translation>{value} × ئاستی {period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="72"/>
        <source>{value} more than in {period}</source>
        <translation>{value} زیاتر لە {period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="73"/>
        <source>reference</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="74"/>
        <source> (riskiest unit)</source>
        <translation> (مەترسیدارترین یەکە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="75"/>
        <source>no data</source>
        <translation>داتا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="76"/>
        <source>Changes since the last briefing</source>
        <translation>گۆڕانکارییەکان لە کۆتا ڕاپۆرتەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="77"/>
        <source>Areas — {parts}.</source>
        <translation>ناوچەکان — {parts}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="78"/>
        <source>new: {names}</source>
        <translation>نوێ: {names}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="79"/>
        <source>no longer listed: {names}</source>
        <translation>ئیتر لە لیستدا نین: {names}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="80"/>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="81"/>
        <source>Entered the at-risk areas: {units} — {names}.</source>
        <translation>چوونە ناو ناوچە مەترسیدارەکان: {units} — {names}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="82"/>
        <source>Left the at-risk areas: {units} — {names}.</source>
        <translation>لە ناوچە مەترسیدارەکان دەرچوون: {units} — {names}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="83"/>
        <source>No unit entered or left the at-risk areas.</source>
        <translation>هیچ یەکەیەک نە چووە ناو ناوچە مەترسیدارەکان و نە لێیان دەرچوو.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="84"/>
        <source>Largest rank moves: {moves}.</source>
        <translation>گەورەترین گۆڕانی پلە: {moves}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="85"/>
        <source>{name} {before} → {now}</source>
        <translation>{name} {before} ← {now}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="86"/>
        <source>new</source>
        <translation>نوێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="87"/>
        <source>The criterion that moved most: {label}.</source>
        <translation>ئەو پێوەرەی زۆرترین گۆڕانی هەبوو: {label}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="88"/>
        <source>{unit} ({area})</source>
        <translation>{unit} ({area})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="89"/>
        <source>Since the previous result: {entered} entered, {left} left the at-risk areas</source>
        <translation>لە ئەنجامی پێشووەوە: {entered} چوونە ناو و {left} لە ناوچە مەترسیدارەکان دەرچوون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="90"/>
        <source>, {units} moved 5 ranks or more</source>
        <translation>، {units} 5 پلە یان زیاتر جووڵان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="91"/>
        <source>; moved most: {label}</source>
        <translation>؛ زۆرترین گۆڕان: {label}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="63"/>
        <source>Area {number} of {count}: {name}</source>
        <translation>ناوچەی {number} لە {count}: {name}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="64"/>
        <source>Hot spot {level} %</source>
        <translation>خاڵی گەرم {level} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="65"/>
        <source>Cold spot {level} %</source>
        <translation>خاڵی سارد {level} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases_briefing.py" line="66"/>
        <source>Not significant</source>
        <translation>بێ بایەخی ئاماری</translation>
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
        <translation>دامەزراندنی پاکێجە ونبووەکان…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="52"/>
        <source>RiskMap scores areas at risk of a violent-extremist resurgence from the indicator layers of this project.</source>
        <translation>RiskMap ناوچەکانی لە مەترسیی گەڕانەوەی توندڕەویی چەکدار هەڵدەسەنگێنێت لە چینە پێوەرەکانی ئەم پڕۆژەیەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="110"/>
        <source>RiskMap cannot score yet: these Python packages are missing or too old in QGIS&apos;s Python:</source>
        <translation>RiskMap هێشتا ناتوانێت هەڵبسەنگێنێت: ئەم پاکێجانەی Python لە Pythonی QGIS دا نین یان زۆر کۆنن:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="47"/>
        <source>Install missing packages</source>
        <translation>دامەزراندنی پاکێجە ونبووەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="48"/>
        <source>Install the missing Python packages with pip, or copy the command</source>
        <translation>پاکێجە ونبووەکانی Python بە pip دابمەزرێنە، یان فەرمانەکە لەبەربگرەوە</translation>
    </message>
</context>
<context>
    <name>RiskMapNouns</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>incidents</source>
        <translation>ڕووداو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>attacks</source>
        <translation>هێرش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>sleeper-cell reports</source>
        <translation>ڕاپۆرتی شانەی نوستوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>supportive groups</source>
        <translation>گرووپی پشتیوان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>preachers</source>
        <translation>وتاربێژ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>Syrian border</source>
        <translation>سنووری سووریا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>flashpoint zones</source>
        <translation>ناوچەکانی گرژی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>mix</source>
        <translation>تێکەڵی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="204"/>
        <source>returnees</source>
        <translation>گەڕاوە</translation>
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
        <translation>پیشاندان یان شاردنەوەی پانێڵی RiskMap</translation>
    </message>
</context>
<context>
    <name>RiskMapWarnings</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="28"/>
        <source>units layer &apos;{layer}&apos;: {count} units without geometry were left out</source>
        <translation>چینی یەکەکان «{layer}»: {count} یەکەی بێ جیۆمەتری لابران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="29"/>
        <source>units layer &apos;{layer}&apos;: {count} invalid polygons were made valid</source>
        <translation>چینی یەکەکان «{layer}»: {count} فرەگۆشەی نادروست چاککران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="30"/>
        <source>layer &apos;{layer}&apos;: {count} features lie outside the valid area of their CRS and were left out</source>
        <translation>چینی «{layer}»: {count} تایبەتمەندی لە دەرەوەی ناوچەی دروستی سیستەمی هاوتاکانیانن و لابران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="31"/>
        <source>layer &apos;{layer}&apos;: {count} invalid geometries were made valid</source>
        <translation>چینی «{layer}»: {count} جیۆمەتریی نادروست چاککران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="32"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are not dates and were left out</source>
        <translation>چینی «{layer}»: {count} بەهای «{field}» بەروار نین و لابران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="33"/>
        <source>layer &apos;{layer}&apos;: {count} features dated after the as-of date {as_of} were not counted</source>
        <translation>چینی «{layer}»: {count} تایبەتمەندی کە بەرواریان دوای بەرواری شیکارییە {as_of} نەژمێردران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="34"/>
        <source>layer &apos;{layer}&apos;: {count} negative values of &apos;{field}&apos; were counted as 0</source>
        <translation>چینی «{layer}»: {count} بەهای نەرێنیی «{field}» وەک 0 ژمێردران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="35"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are not numbers and were counted as 0</source>
        <translation>چینی «{layer}»: {count} بەهای «{field}» ژمارە نین و وەک 0 ژمێردران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="36"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have no population above 0; their rate is missing</source>
        <translation>پێوەری «{criterion}»: {count} یەکە دانیشتوانی سەرووی 0یان نییە؛ ڕێژەکەیان نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="37"/>
        <source>criterion &apos;{criterion}&apos;: in {count} units the share fields do not sum to 1; they were rescaled</source>
        <translation>پێوەری «{criterion}»: لە {count} یەکەدا کۆی خانەکانی بەش 1 نییە؛ ڕێکخرانەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="38"/>
        <source>criterion &apos;{criterion}&apos;: no unit has a value; it was left out</source>
        <translation>پێوەری «{criterion}»: هیچ یەکەیەک بەهای نییە؛ لابرا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="39"/>
        <source>layer &apos;{layer}&apos;: curved geometries (arcs) were approximated by straight segments</source>
        <translation>چینی «{layer}»: جیۆمەترییە چەماوەکان (کەوانەکان) بە پارچەی ڕاست نزیک کرانەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording_warnings.py" line="40"/>
        <source>layer &apos;{layer}&apos;: {count} unclosed rings were closed</source>
        <translation>چینی «{layer}»: {count} ئەڵقەی کراوە داخران</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../riskmap_plugin/gui/run_control.py" line="83"/>
        <source>RiskMap: {}</source>
        <translation>RiskMap: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_control.py" line="102"/>
        <source>Preparing</source>
        <translation>ئامادەکردن</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="96"/>
        <source>Preset</source>
        <translation>ڕێکخستنی ئامادە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="60"/>
        <source>Start from a saved model</source>
        <translation>دەستپێکردن لە مۆدێلێکی پاشەکەوتکراو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="61"/>
        <source>Load…</source>
        <translation>بارکردن…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="61"/>
        <source>Load a model JSON file</source>
        <translation>بارکردنی فایلی مۆدێلی JSON</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="64"/>
        <source>Save…</source>
        <translation>پاشەکەوتکردن…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="64"/>
        <source>Save this model as a JSON file</source>
        <translation>ئەم مۆدێلە وەک فایلی JSON پاشەکەوت بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="67"/>
        <source>Save as preset</source>
        <translation>پاشەکەوتکردن وەک ڕێکخستنی ئامادە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="67"/>
        <source>Keep this model among your presets (in your QGIS profile)</source>
        <translation>ئەم مۆدێلە لەناو ڕێکخستنە ئامادەکانت ڕابگرە (لە پرۆفایلی QGIS ەکەت)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="74"/>
        <source>Model name</source>
        <translation>ناوی مۆدێل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="74"/>
        <source>Names the result group and the output file</source>
        <translation>ناو لە گرووپی ئەنجام و فایلی دەرچوون دەنێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="84"/>
        <source>As-of date</source>
        <translation>بەرواری شیکاری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="84"/>
        <source>The date the analysis describes; windows count back from it</source>
        <translation>ئەو بەروارەی شیکارییەکە وەسفی دەکات؛ ماوەکان لێیەوە بۆ دواوە دەژمێردرێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="90"/>
        <source>Model</source>
        <translation>مۆدێل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="99"/>
        <source>as of</source>
        <translation>لە بەرواری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="101"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="105"/>
        <source>Analysis units</source>
        <translation>یەکەکانی شیکاری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="111"/>
        <source>Guess layers</source>
        <translation>مەزەندەکردنی چینەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="111"/>
        <source>Pick the project layer for each criterion from layer names, tables and fields</source>
        <translation>هەڵبژاردنی چینی پڕۆژە بۆ هەر پێوەرێک لە ناوی چین و خشتە و خانەکانەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="121"/>
        <source>Criteria</source>
        <translation>پێوەرەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="143"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="134"/>
        <source>RiskMap output GeoPackage</source>
        <translation>GeoPackageی دەرچووی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="135"/>
        <source>Output GeoPackage</source>
        <translation>GeoPackageی دەرچوون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="135"/>
        <source>Where the scored units, areas and watch list are written</source>
        <translation>شوێنی نووسینی یەکە هەڵسەنگێنراوەکان، ناوچەکان و لیستی چاودێری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="155"/>
        <source>Generate at-risk layer</source>
        <translation>دروستکردنی چینی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="155"/>
        <source>Run the model and add the at-risk areas to the map (Ctrl+Return)</source>
        <translation>مۆدێلەکە جێبەجێ بکە و ناوچە مەترسیدارەکان بخەرە سەر نەخشە (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="161"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="161"/>
        <source>Stop the run; nothing is written (Esc)</source>
        <translation>ڕاگرتنی جێبەجێکردن؛ هیچ نانووسرێت (Esc)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="169"/>
        <source>Progress of the run</source>
        <translation>پێشکەوتنی جێبەجێکردن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="183"/>
        <source>Output</source>
        <translation>دەرچوون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="200"/>
        <source>At-risk areas</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="144"/>
        <source>Previous RiskMap result</source>
        <translation>ئەنجامی پێشووی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="145"/>
        <source>the output file, if it exists</source>
        <translation>فایلی دەرچوون، ئەگەر هەبێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="146"/>
        <source>Compare with previous result</source>
        <translation>بەراوردکردن لەگەڵ ئەنجامی پێشوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="146"/>
        <source>An earlier result GeoPackage: the run lists the units that entered or left the areas or moved in rank since then. Empty: the output file as it was before this run</source>
        <translation>GeoPackageی ئەنجامێکی پێشوو: جێبەجێکردنەکە ئەو یەکانە ڕیز دەکات کە لەو کاتەوە چوونەتە ناو ناوچەکان یان لێیان دەرچوون یان پلەیان گۆڕاوە. بەتاڵ: فایلی دەرچوون وەک پێش ئەم جێبەجێکردنە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="178"/>
        <source>Changes since the previous result</source>
        <translation>گۆڕانکارییەکان لە ئەنجامی پێشووەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="187"/>
        <source>Compare with</source>
        <translation>بەراورد لەگەڵ</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="28"/>
        <source>Polygon layer</source>
        <translation>چینی فرەگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="29"/>
        <source>Hexagon grid</source>
        <translation>تۆڕی شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="30"/>
        <source>Score the polygons of a project layer (districts…)</source>
        <translation>هەڵسەنگاندنی فرەگۆشەکانی چینێکی پڕۆژە (قەزاکان…)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="31"/>
        <source>Score hexagons of a chosen size, clipped to a boundary</source>
        <translation>هەڵسەنگاندنی شەشگۆشەی قەبارەی هەڵبژێردراو، بڕاو بە سنوورێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="39"/>
        <source>Units layer</source>
        <translation>چینی یەکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="42"/>
        <source>Unit id field</source>
        <translation>خانەی ناسنامەی یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="43"/>
        <source>Unit name field</source>
        <translation>خانەی ناوی یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="51"/>
        <source> km</source>
        <translation> کم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="52"/>
        <source>Hexagon size</source>
        <translation>قەبارەی شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="53"/>
        <source>Distance between neighbouring hexagon centres</source>
        <translation>دووری نێوان ناوەندی شەشگۆشە دراوسێکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="54"/>
        <source>Grid boundary</source>
        <translation>سنووری تۆڕ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="60"/>
        <source>Towns that name the areas</source>
        <translation>ئەو شارۆچکانەی ناو لە ناوچەکان دەنێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="66"/>
        <source>Town name field</source>
        <translation>خانەی ناوی شارۆچکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="75"/>
        <source>Units</source>
        <translation>یەکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="76"/>
        <source>Layer</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="80"/>
        <source>Id / name</source>
        <translation>ناسنامە / ناو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="84"/>
        <source>Grid</source>
        <translation>تۆڕ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="88"/>
        <source>Towns</source>
        <translation>شارۆچکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="149"/>
        <source>choose a grid boundary</source>
        <translation>سنوورێکی تۆڕ هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="151"/>
        <source>choose a units layer</source>
        <translation>چینێکی یەکەکان هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="153"/>
        <source>choose the units&apos; id field</source>
        <translation>خانەی ناسنامەی یەکەکان هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="155"/>
        <source>choose the towns&apos; name field</source>
        <translation>خانەی ناوی شارۆچکەکان هەڵبژێرە</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb">
<context>
    <name>@default</name>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="19"/>
        <source>Details</source>
        <translation>وردەکاری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="21"/>
        <source>Show the full message</source>
        <translation>پیشاندانی هەموو پەیامەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="16"/>
        <source>Print briefing (PDF)</source>
        <translation>چاپکردنی کورتەڕاپۆرت (PDF)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="56"/>
        <source>Result GeoPackage</source>
        <translation>GeoPackageی ئەنجام</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="59"/>
        <source>Page size</source>
        <translation>قەبارەی لاپەڕە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="64"/>
        <source>Classification banner</source>
        <translation>نیشانەی پۆلێنکردن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="76"/>
        <source>Briefing PDF</source>
        <translation>کورتەڕاپۆرتی PDF</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="81"/>
        <source>Pages</source>
        <translation>لاپەڕەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="15"/>
        <source>Create hexagon grid</source>
        <translation>دروستکردنی تۆڕی شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="61"/>
        <source>Extent</source>
        <translation>ڕووبەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="62"/>
        <source>Cell size (km)</source>
        <translation>قەبارەی خانە (کم)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="71"/>
        <source>Boundary to clip to</source>
        <translation>سنوور بۆ بڕین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="79"/>
        <source>Grid CRS (metres)</source>
        <translation>سیستەمی هاوتەریبی تۆڕ (مەتر)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="82"/>
        <source>Hexagon grid</source>
        <translation>تۆڕی شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="98"/>
        <source>Give an extent or a boundary layer — the grid needs an area to cover.</source>
        <translation>ڕووبەرێک یان چینێکی سنوور دیاری بکە — تۆڕەکە پێویستی بە ناوچەیەکە بۆ داپۆشین.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="128"/>
        <source>The grid CRS {} is in degrees — choose a projected CRS in metres.</source>
        <translation>سیستەمی هاوتەریبی تۆڕ {} بە پلەیە — سیستەمێکی پڕۆجێکتکراو بە مەتر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="167"/>
        <source>{} hexagons of {} km</source>
        <translation>{} شەشگۆشەی {} کم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="14"/>
        <source>Score at-risk areas</source>
        <translation>هەڵسەنگاندنی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="54"/>
        <source>Model file (JSON)</source>
        <translation>فایلی مۆدێل (JSON)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="60"/>
        <source>Units layer (replaces the model&apos;s units)</source>
        <translation>چینی یەکەکان (لە جیاتی یەکەکانی مۆدێل)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="68"/>
        <source>As-of date (replaces the model&apos;s)</source>
        <translation>بەرواری شیکاری (لە جیاتی بەرواری مۆدێل)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="76"/>
        <source>Layer map (JSON object or name=layer;name2=file)</source>
        <translation>نەخشەی چینەکان (تەنی JSON یان name=layer;name2=file)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/model_algorithm.py" line="34"/>
        <source>Model file not found: '{}' — choose a RiskMap model JSON file.</source>
        <translation>فایلی مۆدێل نەدۆزرایەوە: '{}' — فایلێکی مۆدێلی RiskMap (JSON) هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="165"/>
        <source>As-of date '{}' is not a date — write it as YYYY-MM-DD.</source>
        <translation>بەرواری شیکاری '{}' بەروار نییە — بە شێوەی YYYY-MM-DD بینووسە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="203"/>
        <source>No output chosen — set OUTPUT_UNITS, OUTPUT_AREAS or OUTPUT_WATCH.</source>
        <translation>هیچ دەرچوونێک هەڵنەبژێردراوە — OUTPUT_UNITS یان OUTPUT_AREAS یان OUTPUT_WATCH دیاری بکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="283"/>
        <source>Wrote {}</source>
        <translation>{} نووسرا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="66"/>
        <source>Score</source>
        <translation>نمرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>rank</source>
        <translation>پلە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>Data coverage</source>
        <translation>داپۆشینی داتا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>low</source>
        <translation>نزم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="257"/>
        <source>Criterion</source>
        <translation>پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>raw</source>
        <translation>خاو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>points</source>
        <translation>خاڵ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="124"/>
        <source>Previous result to compare with (GeoPackage)</source>
        <translation>ئەنجامی پێشوو بۆ بەراوردکردن (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="265"/>
        <source>Surge: the last 4 weeks far above the 6 months before</source>
        <translation>هەڵکشان: ٤ هەفتەی کۆتایی زۆر سەرووی ٦ مانگی پێشووە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="52"/>
        <source>Page {page} of {pages}</source>
        <translation>لاپەڕەی {page} لە {pages}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="56"/>
        <source>At-risk areas ({})</source>
        <translation>ناوچە مەترسیدارەکان ({})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="58"/>
        <source>Criteria and weights</source>
        <translation>پێوەرەکان و کێشەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="59"/>
        <source>Method</source>
        <translation>ڕێباز</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="61"/>
        <source>Caveats</source>
        <translation>ئاگادارییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="63"/>
        <source>Sources and attributions</source>
        <translation>سەرچاوەکان و ئاماژەپێدان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="65"/>
        <source>Drivers in this area (area values; points of the score)</source>
        <translation>هۆکارەکان لەم ناوچەیەدا (بەهاکانی ناوچە؛ خاڵەکانی نمرە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="66"/>
        <source>Units in this area ({})</source>
        <translation>یەکەکانی ئەم ناوچەیە ({})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="70"/>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="74"/>
        <source>Counts are the area&apos;s totals; other measures its riskiest unit&apos;s value.</source>
        <translation>ژمارەکان کۆی ناوچەکەن؛ پێوانەکانی تر بەهای مەترسیدارترین یەکەیەتی.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="76"/>
        <source>Method, caveats and full sources: page 1.</source>
        <translation>ڕێباز، ئاگادارییەکان و هەموو سەرچاوەکان: لاپەڕەی 1.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="78"/>
        <source>Sources:</source>
        <translation>سەرچاوەکان:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="64"/>
        <source>Area</source>
        <translation>ناوچە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="65"/>
        <source>Class</source>
        <translation>پۆل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="72"/>
        <source>Top drivers</source>
        <translation>سەرەکیترین هۆکارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="205"/>
        <source>… and {} more (see the area pages)</source>
        <translation>… و {} ی تر (لاپەڕەکانی ناوچەکان ببینە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Dimension</source>
        <translation>ڕەهەند</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Weight</source>
        <translation>کێش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Riskier when</source>
        <translation>مەترسیدارتر کاتێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="258"/>
        <source>Value in the area</source>
        <translation>بەها لە ناوچەکەدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="259"/>
        <source>Points</source>
        <translation>خاڵەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="260"/>
        <source>Share</source>
        <translation>بەش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="263"/>
        <source>Unit</source>
        <translation>یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="266"/>
        <source>Rank</source>
        <translation>پلە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="68"/>
        <source>Rank band</source>
        <translation>مەودای پلە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="69"/>
        <source>Top class</source>
        <translation>بەرزترین پۆل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="70"/>
        <source>Trend</source>
        <translation>ئاراستە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="33"/>
        <source>At-risk areas</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="34"/>
        <source>Watch list (look again)</source>
        <translation>لیستی چاودێری (دووبارە سەیری بکەرەوە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="35"/>
        <source>Risk class of units</source>
        <translation>پۆلی مەترسیی یەکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="36"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="37"/>
        <source>historical</source>
        <translation>مێژوویی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="38"/>
        <source>new</source>
        <translation>نوێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="39"/>
        <source>intensifying</source>
        <translation>توندبوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="40"/>
        <source>diminishing</source>
        <translation>لاوازبوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="41"/>
        <source>persistent</source>
        <translation>بەردەوام</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="42"/>
        <source>sporadic</source>
        <translation>پچڕپچڕ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Very low</source>
        <translation>زۆر نزم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Low</source>
        <translation>نزم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Moderate</source>
        <translation>مامناوەند</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>High</source>
        <translation>بەرز</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Very high</source>
        <translation>زۆر بەرز</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="43"/>
        <source>higher</source>
        <translation>بەرزتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="44"/>
        <source>lower</source>
        <translation>نزمتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="86"/>
        <source>RiskMap {version} · model “{model}” · result {result} · as of {as_of} · generated {generated}</source>
        <translation>RiskMap {version} · مۆدێلی «{model}» · ئەنجامی {result} · لە بەرواری {as_of} · دروستکراوە لە {generated}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="35"/>
        <source>… and {} more units (see the map)</source>
        <translation>… و {} یەکەی تر (نەخشەکە ببینە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>briefing</source>
        <translation>بریفینگ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>report</source>
        <translation>ڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>print layout</source>
        <translation>دیزاینی چاپ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>atlas</source>
        <translation>ئەتڵەس</translation>
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
        <translation>تۆڕێک لە شەشگۆشەکان دروست دەکات بۆ ئەوەی وەک یەکەکانی شیکاری بەکاربهێنرێن (بۆ نموونە وەک &lt;i&gt;چینی یەکەکان&lt;/i&gt;ی &lt;i&gt;نمرەدانی ناوچە مەترسیدارەکان&lt;/i&gt;). هەر شەشگۆشەیەک &lt;tt&gt;unit_id&lt;/tt&gt; و &lt;tt&gt;unit_name&lt;/tt&gt;ی هەیە.

&lt;b&gt;پانتایی&lt;/b&gt;: ئەو ناوچەیەی دادەپۆشرێت (کۆئۆردینات بنووسە، لەسەر کانڤاس بیکێشە، یان پانتایی چینێک وەربگرە). کاتێک سنوورێک دیاری کرابێت ئارەزوومەندانەیە.

&lt;b&gt;قەبارەی خانە (کم)&lt;/b&gt;: دووری نێوان دوو لای ڕاستی بەرامبەری شەشگۆشەیەک (10 کم خانەی نزیکەی 87 کم² دەدات)؛ 10 کم بۆ وڵاتێک گونجاوە، 2–5 کم بۆ پارێزگایەک.

&lt;b&gt;سنوور&lt;/b&gt; (ئارەزوومەندانە): فرەگۆشەکان بۆ بڕینی تۆڕەکە بەپێیان، بۆ نموونە هێڵی دەوروبەری وڵات؛ ئەو شەشگۆشانەی لە دەرەوەیدان لادەبرێن.

&lt;b&gt;CRSی تۆڕ&lt;/b&gt; (ئارەزوومەندانە): CRSێکی پرۆجێکتکراو بە مەتر؛ بە شێوەی بنەڕەت ناوچەی UTM لە ناوەڕاستی پانتاییەکەدا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>hexagon</source>
        <translation>شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>grid</source>
        <translation>تۆڕ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>analysis units</source>
        <translation>یەکەکانی شیکاری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>tessellation</source>
        <translation>خانەبەندی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="56"/>
        <source>Scored units</source>
        <translation>یەکە نمرەدراوەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="58"/>
        <source>Watch list</source>
        <translation>لیستی چاودێری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>risk</source>
        <translation>مەترسی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>at-risk areas</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>stabilization</source>
        <translation>سەقامگیرکردن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>conflict</source>
        <translation>ململانێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>violent extremism</source>
        <translation>توندڕەویی توندوتیژ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>composite indicator</source>
        <translation>نیشاندەری لێکدراو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>multi-criteria</source>
        <translation>فرەپێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>watch list</source>
        <translation>لیستی چاودێری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="298"/>
        <source>Computed by RiskMap with the model &apos;{0}&apos; as of {1}.</source>
        <translation>RiskMap بە مۆدێلی '{0}' بە بەرواری بنەڕەتی {1} هەژماری کردووە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="37"/>
        <source>Re-scores the model at earlier as-of dates, each time with only the data dated up to that day, and compares each unit's score with what happened in the following months: the events of the outcome criterion (by default the model's time criterion, with its filters and location-precision rule) dated after the as-of date and up to the end of the horizon. Beside the model, always: four baselines from conflict history alone (events in the prior 6 and 12 months, months with events among the prior 12, a decayed history).

&lt;b&gt;As-of dates&lt;/b&gt;: a list (2016-12-31, 2017-06-30…) or &lt;b&gt;First&lt;/b&gt;, &lt;b&gt;Last&lt;/b&gt; and &lt;b&gt;Every N months&lt;/b&gt;. &lt;b&gt;Horizon&lt;/b&gt;: months after each as-of date.

&lt;b&gt;Leave out illustrative criteria&lt;/b&gt;: score without the criteria marked illustrative. Either way, the figures with and without them are both in the table.

&lt;b&gt;Propose weights&lt;/b&gt;: search non-negative weights that would have done better on the earlier dates and report them on the last dates, which the search did not see. Nothing is changed in the model.

&lt;b&gt;Outputs&lt;/b&gt;: a GeoPackage with the metrics by as-of date and scorer (ROC AUC, average precision, precision and recall at k, Spearman, shares of later events in the at-risk areas and on the watch list), the verdict against the best baseline with a bootstrap interval, the criterion report, and the units at the last as-of date styled as hits, misses and false alarms; the metrics as CSV; a chart (PNG, needs matplotlib). Flags: a horizon cut by the end of the data, and layers without dates (possible look-ahead).</source>
        <translation>مۆدێلەکە لە بەروارە بنەڕەتییە پێشووترەکاندا دووبارە نمرە دەداتەوە، هەر جارەی تەنها بەو داتایانەی کە بەروارەکەیان تا ئەو ڕۆژەیە، و نمرەی هەر یەکەیەک بەراورد دەکات لەگەڵ ئەوەی لە مانگەکانی دواتردا ڕوویدا: ڕووداوەکانی پێوەری ئەنجام (بە شێوەی بنەڕەت پێوەری کاتیی مۆدێلەکە، لەگەڵ فلتەرەکانی و یاسای وردیی شوێنەکەی) کە بەروارەکەیان دوای بەرواری بنەڕەتی و تا کۆتایی ئاسۆی کاتییە. لە تەنیشت مۆدێلەکەوە، هەمیشە: چوار هێڵی بنچینە کە تەنها لەسەر مێژووی ململانێ بنیات نراون (ڕووداوەکانی 6 و 12 مانگی پێشوو، ئەو مانگانەی ڕووداویان تێدا بووە لە نێو 12 مانگی پێشوودا، مێژوویەکی کاڵکراوە بە تێپەڕبوونی کات).

&lt;b&gt;بەروارە بنەڕەتییەکان&lt;/b&gt;: لیستێک (2016-12-31، 2017-06-30…) یان &lt;b&gt;یەکەم&lt;/b&gt;، &lt;b&gt;دوایین&lt;/b&gt; و &lt;b&gt;هەر N مانگ جارێک&lt;/b&gt;. &lt;b&gt;ئاسۆی کاتی&lt;/b&gt;: ئەو مانگانەی دوای هەر بەروارێکی بنەڕەتی دێن.

&lt;b&gt;لابردنی پێوەرە نموونەییەکان&lt;/b&gt;: نمرەدان بەبێ ئەو پێوەرانەی وەک نموونەیی نیشانە کراون. لە هەر دوو حاڵەتدا، ژمارەکان لەگەڵ ئەوان و بەبێ ئەوان هەردووکیان لە خشتەکەدان.

&lt;b&gt;پێشنیارکردنی قورساییەکان&lt;/b&gt;: گەڕان بەدوای قورساییی نانەرێنیدا کە لە بەروارە پێشووترەکاندا ئەنجامی باشتریان دەدا و ڕاپۆرتکردنیان لەسەر دوایین بەروارەکان، کە گەڕانەکە نەیبینیون. هیچ شتێک لە مۆدێلەکەدا ناگۆڕدرێت.

&lt;b&gt;دەرئەنجامەکان&lt;/b&gt;: GeoPackageێک لەگەڵ پێوانەکان بەپێی بەرواری بنەڕەتی و نمرەدەر (ROC AUC، تێکڕای وردی، وردی و دۆزینەوە لە k، Spearman، بەشی ڕووداوە دواترەکان لە ناوچە مەترسیدارەکان و لە لیستی چاودێریدا)، بڕیار بەراورد بە باشترین هێڵی بنچینە لەگەڵ مەودای bootstrap، ڕاپۆرتی پێوەرەکان، و یەکەکان لە دوایین بەرواری بنەڕەتیدا بە شێوازی پێکان، نەپێکان و ئاگادارکردنەوەی هەڵە؛ پێوانەکان وەک CSV؛ هێڵکارییەک (PNG، پێویستی بە matplotlib هەیە). ئاگادارییەکان: ئاسۆیەکی کاتی کە کۆتایی داتاکان بڕیویەتی، و چینی بێ بەروار (ئەگەری بەکارهێنانی زانیاریی داهاتوو).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>backtest</source>
        <translation>تاقیکردنەوەی پاشەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>validation</source>
        <translation>پشتڕاستکردنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>forecast</source>
        <translation>پێشبینی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>baseline</source>
        <translation>هێڵی بنچینە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="17"/>
        <source>Backtest the model against what happened next</source>
        <translation>تاقیکردنەوەی پاشەوەی مۆدێل بەراورد بەوەی دواتر ڕوویدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="87"/>
        <source>As-of dates (YYYY-MM-DD, comma-separated)</source>
        <translation>بەروارە بنەڕەتییەکان (YYYY-MM-DD، بە کۆما جیاکراونەتەوە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="92"/>
        <source>First as-of date</source>
        <translation>یەکەم بەرواری بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="95"/>
        <source>Last as-of date</source>
        <translation>دوایین بەرواری بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="98"/>
        <source>Every N months</source>
        <translation>هەر N مانگ جارێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="98"/>
        <source>Horizon (months after each as-of date)</source>
        <translation>ئاسۆی کاتی (ئەو مانگانەی دوای هەر بەروارێکی بنەڕەتی)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="112"/>
        <source>Outcome criterion (id; default: the time criterion)</source>
        <translation>پێوەری ئەنجام (ناسنامە؛ بنەڕەت: پێوەری کاتی)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="119"/>
        <source>Leave out illustrative criteria</source>
        <translation>لابردنی پێوەرە نموونەییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="124"/>
        <source>Propose weights that would have done better</source>
        <translation>پێشنیارکردنی ئەو قورساییانەی کە ئەنجامی باشتریان دەدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="71"/>
        <source>Backtest GeoPackage</source>
        <translation>GeoPackageی تاقیکردنەوەی پاشەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="134"/>
        <source>Metrics table (CSV)</source>
        <translation>خشتەی پێوانەکان (CSV)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="143"/>
        <source>Chart (PNG)</source>
        <translation>هێڵکاری (PNG)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="152"/>
        <source>Verdict</source>
        <translation>بڕیار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="178"/>
        <source>No as-of dates — give AS_OF_DATES, or FIRST and LAST (YYYY-MM-DD).</source>
        <translation>هیچ بەرواری بنەڕەتی نییە — AS_OF_DATES دیاری بکە، یان FIRST و LAST (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="184"/>
        <source>FIRST ({}) is after LAST ({}) — swap them.</source>
        <translation>FIRST ({}) دوای LAST ({}) دێت — جێگەکانیان بگۆڕەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="245"/>
        <source>{}: '{}' is not a date — write it as YYYY-MM-DD.</source>
        <translation>{}: '{}' بەروار نییە — بە شێوەی YYYY-MM-DD بینووسە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="25"/>
        <source>Prints a RiskMap result GeoPackage (written by &lt;i&gt;Score at-risk areas&lt;/i&gt;) as a briefing PDF: page 1 with the overview map, legend, scale bar, north arrow, locator, the tables of at-risk areas and of criteria and weights, the method note, caveats (data coverage, illustrative layers) and the data sources and attributions; then one page per at-risk area with its map, drivers with raw values and member units.

&lt;b&gt;Banner&lt;/b&gt;: the classification text printed at the top and bottom of every page.
&lt;b&gt;Page size&lt;/b&gt;: A4 or A3 landscape.
&lt;b&gt;Backtest&lt;/b&gt; (optional): a GeoPackage written by &lt;i&gt;Backtest the model&lt;/i&gt; for the same model adds a last page &quot;How well has this model done?&quot; (default: &lt;i&gt;&amp;lt;result&amp;gt;_backtest.gpkg&lt;/i&gt; beside the result, when it exists).</source>
        <translation>GeoPackageی ئەنجامی RiskMap (کە ئامرازی &lt;i&gt;نمرەدانی ناوچە مەترسیدارەکان&lt;/i&gt; دەینووسێت) وەک بریفینگێک بە شێوەی PDF چاپ دەکات: لاپەڕەی یەکەم نەخشەی گشتی، ڕێبەری نەخشە، هێڵی پێوانە، تیری باکوور، نەخشەی شوێن، خشتەکانی ناوچە مەترسیدارەکان و پێوەرەکان و قورساییەکانیان، تێبینیی ڕێباز، ئاگادارکردنەوەکان (داپۆشینی داتا، چینە نموونەییەکان) و سەرچاوەکانی داتا و ناساندنی خاوەنەکانیانی تێدایە؛ پاشان بۆ هەر ناوچەیەکی مەترسیدار لاپەڕەیەک لەگەڵ نەخشەکەی، هۆکارە پاڵنەرەکانی بە بەها خاوەکانیانەوە و یەکە ئەندامەکانی.

&lt;b&gt;بانەر&lt;/b&gt;: دەقی پۆلێنکردن کە لە سەرەوە و خوارەوەی هەموو لاپەڕەیەک چاپ دەکرێت.
&lt;b&gt;قەبارەی لاپەڕە&lt;/b&gt;: A4 یان A3 بە ئاسۆیی.
&lt;b&gt;تاقیکردنەوەی پاشەوە&lt;/b&gt; (ئارەزوومەندانە): GeoPackageێک کە ئامرازی &lt;i&gt;تاقیکردنەوەی پاشەوەی مۆدێل&lt;/i&gt; بۆ هەمان مۆدێل نووسیویەتی، لاپەڕەیەکی کۆتایی زیاد دەکات بە ناونیشانی &quot;ئەم مۆدێلە تا چەند باش بووە؟&quot; (بنەڕەت: &lt;i&gt;&amp;lt;result&amp;gt;_backtest.gpkg&lt;/i&gt; لە تەنیشت ئەنجامەکەوە، ئەگەر هەبێت).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="30"/>
        <source>Hit: at risk, and events followed</source>
        <translation>پێکان: مەترسیدار، و ڕووداو دوای کەوت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="31"/>
        <source>Miss: events, but not at risk</source>
        <translation>نەپێکان: ڕووداو هەبوو، بەڵام مەترسیدار نەبوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="32"/>
        <source>False alarm: at risk, no event followed</source>
        <translation>ئاگادارکردنەوەی هەڵە: مەترسیدار، بەڵام هیچ ڕووداوێک دوای نەکەوت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="35"/>
        <source>Quiet: not at risk, no event</source>
        <translation>ئارام: مەترسیدار نییە، هیچ ڕووداوێک نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="59"/>
        <source>Hits and misses</source>
        <translation>پێکان و نەپێکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="146"/>
        <source>score</source>
        <translation>نمرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="67"/>
        <source>Size</source>
        <translation>ڕووبەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="71"/>
        <source>Illustrative</source>
        <translation>نموونەیی</translation>
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
        <translation>یەکەکانی شیکاری (قەزاکان، ناحیەکان یان تۆڕێکی شەشگۆشە) بە مۆدێلێکی RiskMap نمرە دەدات و ئەو ناوچانە دیاری دەکات کە لە مەترسیی سەرهەڵدانەوەی توندڕەویی توندوتیژدان، هەر یەکێکیان لەگەڵ ئەو پێوەرانەی کە خستوویانەتە ئەو ڕیزەوە، لەگەڵ لیستی چاودێری بۆ ئەو یەکانەی کە کەمێک لە خوار سنووری بڕینەوەن یان لە بەرزبوونەوەدان.

&lt;b&gt;فایلی مۆدێل&lt;/b&gt;: مۆدێلی RiskMap (JSON) کە پێوەرەکان، قورساییەکان و ڕێکخستنەکانی تێدایە. بۆ ئاماژەکانی چین لە مۆدێلەکەدا بەم ڕیزبەندییە دەگەڕێت: نەخشەی چینەکان، چینەکانی پرۆژە (ناسنامە یان ناو)، خشتەکانی GeoPackageی پرۆژە، ڕێڕەوی فایلەکان (بە ڕێژەیی بۆ فایلی مۆدێلەکە)، پاشان GeoPackageی &lt;i&gt;default_source&lt;/i&gt;ی مۆدێلەکە.

&lt;b&gt;چینی یەکەکان&lt;/b&gt; (ئارەزوومەندانە): چینێکی فرەگۆشە کە جێگەی یەکەکانی مۆدێلەکە دەگرێتەوە، بۆ نموونە دەرئەنجامی &lt;i&gt;دروستکردنی تۆڕی شەشگۆشە&lt;/i&gt;. پێویستی بە خانەکانی ناسنامە/ناوی مۆدێلەکە هەیە، یان unit_id و unit_name.

&lt;b&gt;بەرواری بنەڕەت&lt;/b&gt; (ئارەزوومەندانە): جێگەی بەرواری بنەڕەتی مۆدێلەکە دەگرێتەوە؛ ماوە کاتییەکان لەوەوە بەرەو دواوە دەژمێردرێن.

&lt;b&gt;نەخشەی چینەکان&lt;/b&gt; (ئارەزوومەندانە): ئاماژەکانی مۆدێل بەرەو چین یان فایلی تر دەنێرێت، وەک JSON &lt;tt&gt;{&quot;events&quot;: &quot;Security incidents&quot;}&lt;/tt&gt; یان &lt;tt&gt;events=incidents.gpkg;towns=Towns&lt;/tt&gt;.

&lt;b&gt;ئەنجامی پێشوو&lt;/b&gt; (ئارەزوومەندانە): GeoPackageێک کە جێبەجێکردنێکی پێشوو نووسیویەتی (بۆ نموونە بۆ دوایین بریفینگ). ئەو یەکانەی کە چوونەتە ناو ناوچە مەترسیدارەکان یان لێیان دەرچوون، یان 5 پلە یان زیاتر جوڵاون، لە خشتەی &lt;i&gt;changes&lt;/i&gt; دەنووسرێن لەگەڵ ئەو پێوەرەی کە زۆرترین گۆڕانی بەسەردا هاتووە؛ بریفینگەکە لە ژێر &quot;گۆڕانکارییەکان لە دوایین بریفینگەوە&quot; چاپیان دەکات. دەکرێت هەمان فایلی دەرئەنجام بێت: پێش ئەوەی جێگەی بگیرێتەوە دەخوێندرێتەوە.

&lt;b&gt;ڕێگەدان بە فایلەکانی دەرەوەی فۆڵدەری مۆدێلەکە&lt;/b&gt; (بە شێوەی بنەڕەت ناچالاکە): فایلی مۆدێل لە نێوان هاوکاراندا هاوبەش دەکرێت، بۆیە ئەو فایلانەی ناویان تێیدا هاتووە تەنها لە فۆڵدەری خۆیەوە (و ژێرفۆڵدەرەکانی) دەخوێندرێنەوە؛ سەرچاوە دوور و مەجازییەکان (URL، /vsicurl/، .vrt) هەرگیز لە مۆدێلێکەوە ناکرێنەوە. چینەکانی ناو پرۆژە و ناو نەخشەی چینەکان هەمیشە ڕێگەپێدراون.

&lt;b&gt;دەرئەنجامەکان&lt;/b&gt;: کاتێک دەرئەنجامەکان بۆ هەمان GeoPackage دەچن، پێکەوە و بە شێوەیەکی ئەتۆمی دەنووسرێن (جێبەجێکردنێکی شکستخواردوو یان هەڵوەشێنراوە فایلی پێشوو دەستلێنەدراو دەهێڵێتەوە)، لەگەڵ خشتەکانی &lt;i&gt;criteria&lt;/i&gt; و &lt;i&gt;sensitivity&lt;/i&gt; (و &lt;i&gt;changes&lt;/i&gt;) و سەرچاوەی جێبەجێکردنەکە (مۆدێل، بەرواری بنەڕەت، تێخراوەکان لەگەڵ هاشی ناوەڕۆکیان، وەشانەکان، کات).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="133"/>
        <source>Allow files outside the model&apos;s folder</source>
        <translation>ڕێگەدان بە فایلەکانی دەرەوەی فۆڵدەری مۆدێلەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="201"/>
        <source>No at-risk areas at this cut-off.</source>
        <translation>لەم سنووری بڕینەوەیەدا هیچ ناوچەیەکی مەترسیدار نییە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="234"/>
        <source>Chart: could not write '{}' ({}) — choose a folder you can write to.</source>
        <translation>هێڵکاری: نەتوانرا '{}' بنووسرێت ({}) — بوخچەیەک هەڵبژێرە کە دەتوانیت تێیدا بنووسیت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="83"/>
        <source>Use the sample&apos;s layers, illustrative ones included (the model&apos;s default_source)</source>
        <translation>چینەکانی نموونە بەکاربهێنە، چینە ڕوونکەرەوەکانیش (default_source ی مۆدێلەکە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="104"/>
        <source>Boundary to clip to: the layer '{}' has no polygons (it is empty or its geometries are NULL) — choose a layer with the area's outline.</source>
        <translation>سنووری بڕین: چینی '{}' هیچ فرەگۆشەیەکی تێدا نییە (بەتاڵە یان جیۆمەترییەکانی NULL ن) — چینێک هەڵبژێرە کە سنووری ناوچەکەی تێدایە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="111"/>
        <source>Extent: '{}' has no area (a point, a line or numbers that are not coordinates) — draw the extent on the canvas or take a layer's extent.</source>
        <translation>ڕووبەر: '{}' هیچ ڕووبەرێکی نییە (خاڵێک، هێڵێک یان ژمارەگەلێک کە هاوتەریب نین) — ڕووبەرەکە لەسەر نەخشەکە بکێشە یان ڕووبەری چینێک وەربگرە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="181"/>
        <source>Hexagon grid: the disk is full — free some space or choose another folder.</source>
        <translation>تۆڕی شەشگۆشە: دیسکەکە پڕە — هەندێک شوێن بەتاڵ بکەرەوە یان بوخچەیەکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="182"/>
        <source>Hexagon grid: could not write to '{}' — choose a folder you can write to with free space.</source>
        <translation>تۆڕی شەشگۆشە: نەتوانرا لە '{}' بنووسرێت — بوخچەیەک هەڵبژێرە کە دەتوانیت تێیدا بنووسیت و شوێنی بەتاڵی هەیە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="97"/>
        <source>&lt;b&gt;Use the sample&apos;s layers&lt;/b&gt; (off by default): the model&apos;s &lt;i&gt;default_source&lt;/i&gt; is read only when this is ticked, and only when it is RiskMap&apos;s sample GeoPackage, which holds real open data and made-up (illustrative) layers. Without it, a layer that the project, the layer map and the model&apos;s paths do not give stops the run, naming the layer: made-up data never reach a result unasked.</source>
        <translation>&lt;b&gt;چینەکانی نموونە بەکاربهێنە&lt;/b&gt; (بە شێوەی بنەڕەت کوژاوەیە): &lt;i&gt;default_source&lt;/i&gt; ی مۆدێلەکە تەنها کاتێک دەخوێندرێتەوە کە ئەمە نیشانە کرابێت، و تەنها ئەگەر GeoPackage ی نموونەی RiskMap بێت، کە داتای کراوەی ڕاستەقینە و چینی دروستکراو (ڕوونکەرەوە) لەخۆدەگرێت. بەبێ ئەوە، چینێک کە پرۆژەکە، نەخشەی چینەکان و ڕێڕەوەکانی مۆدێلەکە نایدەن، کارپێکردنەکە دەوەستێنێت و ناوی چینەکە دەهێنێت: داتای دروستکراو هەرگیز بەبێ داواکردن ناگاتە ئەنجامێک.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="32"/>
        <source>A schema for the stored runs ('{}') was given without a database connection — choose the PostgreSQL connection too, or clear the schema.</source>
        <translation>سکیمایەک بۆ کارپێکردنە هەڵگیراوەکان ('{}') درا بەبێ پەیوەندی بە بنکەدراوە — پەیوەندی PostgreSQL یش هەڵبژێرە، یان سکیماکە بسڕەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="34"/>
        <source>No schema was given for the stored runs in the connection '{}' — choose a schema (e.g. riskmap; it is created if missing).</source>
        <translation>هیچ سکیمایەک بۆ کارپێکردنە هەڵگیراوەکان لە پەیوەندی '{}' دا نەدرا — سکیمایەک هەڵبژێرە (بۆ نموونە riskmap؛ ئەگەر نەبێت دروست دەکرێت).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="36"/>
        <source>There is no saved PostgreSQL connection named '{0}' — create it in the Data Source Manager (PostgreSQL), or choose one of: {1}.</source>
        <translation>هیچ پەیوەندییەکی PostgreSQL ی هەڵگیراو بە ناوی '{0}' نییە — لە بەڕێوەبەری سەرچاوەی داتا (PostgreSQL) دروستی بکە، یان یەکێک لەمانە هەڵبژێرە: {1}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="40"/>
        <source>&lt;b&gt;Also store the run in PostGIS&lt;/b&gt; (optional, advanced): a saved PostgreSQL connection (Data Source Manager; its authentication configuration is used, no password is written anywhere) and a schema. The run is stored there as a new run, in one transaction (all or nothing): the &lt;i&gt;runs&lt;/i&gt; table and the units, areas, watch list, criteria, sensitivity and changes tables keyed by run id, with views of each model&apos;s latest run. The run id is an output and is logged. When the store refuses the run, no output file is written either.</source>
        <translation>&lt;b&gt;کارپێکردنەکە لە PostGIS یش هەڵبگرە&lt;/b&gt; (ئارەزوومەندانە، پێشکەوتوو): پەیوەندییەکی PostgreSQL ی هەڵگیراو (بەڕێوەبەری سەرچاوەی داتا؛ ڕێکخستنی ناسینەوەکەی بەکاردێت، هیچ وشەی نهێنییەک لە هیچ شوێنێک نانووسرێت) و سکیمایەک. کارپێکردنەکە وەک کارپێکردنێکی نوێ لەوێ هەڵدەگیرێت، لە یەک مامەڵەدا (هەمووی یان هیچ): خشتەی &lt;i&gt;runs&lt;/i&gt; و خشتەکانی یەکەکان، ناوچەکان، لیستی چاودێری، پێوەرەکان، هەستیاری و گۆڕانکارییەکان بە ناسنامەی کارپێکردن، لەگەڵ دیمەنی دوایین کارپێکردنی هەر مۆدێلێک. ناسنامەی کارپێکردن دەرهاوێشتەیە و تۆمار دەکرێت. ئەگەر هەڵگرەکە کارپێکردنەکە ڕەت بکاتەوە، هیچ فایلێکی دەرهاوێشتەش نانووسرێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="58"/>
        <source>Also store the run in PostGIS: database connection</source>
        <translation>کارپێکردنەکە لە PostGIS یش هەڵبگرە: پەیوەندی بنکەدراوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="64"/>
        <source>Schema for the stored runs (created if missing)</source>
        <translation>سکیمای کارپێکردنە هەڵگیراوەکان (ئەگەر نەبێت دروست دەکرێت)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="76"/>
        <source>Stored run id</source>
        <translation>ناسنامەی کارپێکردنی هەڵگیراو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="100"/>
        <source>(none saved)</source>
        <translation>(هیچ هەڵنەگیراوە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="127"/>
        <source>Stored run {0} in the schema &apos;{1}&apos; ({2})</source>
        <translation>کارپێکردنی {0} لە سکیمای '{1}' هەڵگیرا ({2})</translation>
    </message>
</context>
<context>
    <name>AreaCard</name>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="54"/>
        <source>score {}</source>
        <translation>نمرە {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="66"/>
        <source>Zoom the map to {}</source>
        <translation>نەخشەکە بۆ {} نزیک بکەرەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="82"/>
        <source>rank {}</source>
        <translation>پلە {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="85"/>
        <source>in the top class in {} % of runs</source>
        <translation>لە بەرزترین پۆلدا لە {} %ی جارەکاندا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="90"/>
        <source>trend: {}</source>
        <translation>ئاراستە: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="92"/>
        <source>surge in the last 4 weeks</source>
        <translation>هەڵکشان لە ٤ هەفتەی کۆتاییدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="75"/>
        <source>{} km² ({} % of the study area)</source>
        <translation>{} km² ({} % لە ناوچەی توێژینەوە)</translation>
    </message>
</context>
<context>
    <name>AreaCards</name>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="118"/>
        <source>At-risk areas</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="148"/>
        <source>{} more areas: see the areas layer&apos;s attribute table.</source>
        <translation>{} ناوچەی تر: خشتەی تایبەتمەندییەکانی چینی ناوچەکان ببینە.</translation>
    </message>
</context>
<context>
    <name>BacktestPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="51"/>
        <source>Backtest</source>
        <translation>تاقیکردنەوەی پاشەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Leave out illustrative criteria</source>
        <translation>لابردنی پێوەرە نموونەییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Propose better weights</source>
        <translation>پێشنیارکردنی قورساییی باشتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Run backtest</source>
        <translation>جێبەجێکردنی تاقیکردنەوەی پاشەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="71"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="127"/>
        <source>First as-of date</source>
        <translation>یەکەم بەرواری بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>The earliest date to re-score the model at</source>
        <translation>کۆنترین بەروار بۆ دووبارە نمرەدانەوەی مۆدێلەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="128"/>
        <source>Last as-of date</source>
        <translation>دوایین بەرواری بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>No as-of date after this one</source>
        <translation>هیچ بەرواری بنەڕەتی دوای ئەمە نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Every N months</source>
        <translation>هەر N مانگ جارێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Months between two as-of dates</source>
        <translation>ژمارەی مانگەکانی نێوان دوو بەرواری بنەڕەتی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Horizon</source>
        <translation>ئاسۆی کاتی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Months after each as-of date in which events are counted</source>
        <translation>ئەو مانگانەی دوای هەر بەروارێکی بنەڕەتی کە ڕووداوەکانیان تێدا دەژمێردرێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Judge the model without its illustrative criteria (both are shown)</source>
        <translation>هەڵسەنگاندنی مۆدێلەکە بەبێ پێوەرە نموونەییەکانی (هەردووکیان پیشان دەدرێن)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Search weights on the earlier dates, check them on the last; nothing changes</source>
        <translation>گەڕان بەدوای قورساییەکان لە بەروارە پێشووترەکاندا و پشکنینیان لە دوایینەکاندا؛ هیچ شتێک ناگۆڕێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Re-score the model at each as-of date with only the data available then</source>
        <translation>دووبارە نمرەدانەوەی مۆدێلەکە لە هەر بەروارێکی بنەڕەتیدا تەنها بەو داتایانەی ئەو کاتە بەردەست بوون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Cancel backtest</source>
        <translation>هەڵوەشاندنەوەی تاقیکردنەوەی پاشەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Stop the backtest; nothing is written</source>
        <translation>ڕاگرتنی تاقیکردنەوەی پاشەوە؛ هیچ شتێک نانووسرێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Backtest progress</source>
        <translation>پێشکەوتنی تاقیکردنەوەی پاشەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Moves once per as-of date</source>
        <translation>بۆ هەر بەروارێکی بنەڕەتی یەک هەنگاو دەجوڵێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Backtest chart</source>
        <translation>هێڵکاریی تاقیکردنەوەی پاشەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Average precision and ROC AUC over the as-of dates</source>
        <translation>تێکڕای وردی و ROC AUC بەپێی بەروارە بنەڕەتییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="129"/>
        <source>Every (months)</source>
        <translation>دووبارەبوونەوە (مانگ)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="130"/>
        <source>Horizon (months)</source>
        <translation>ئاسۆی کاتی (مانگ)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="173"/>
        <source>Generate the at-risk areas first: the backtest is saved beside the result, for the briefing.</source>
        <translation>سەرەتا ناوچە مەترسیدارەکان دروست بکە: تاقیکردنەوەی پاشەوە لە تەنیشت ئەنجامەکەوە هەڵدەگیرێت، بۆ بریفینگەکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="191"/>
        <source>The first as-of date is after the last one — swap them.</source>
        <translation>یەکەم بەرواری بنەڕەتی دوای دوایینەکە دێت — جێگەکانیان بگۆڕەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="215"/>
        <source>RiskMap backtest: {}</source>
        <translation>تاقیکردنەوەی پاشەوەی RiskMap: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="230"/>
        <source>Backtest at {} as-of dates…</source>
        <translation>تاقیکردنەوەی پاشەوە لە {} بەرواری بنەڕەتیدا…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="249"/>
        <source>{} flags (look-ahead, horizon): see the table.</source>
        <translation>{} ئاگاداری (زانیاریی داهاتوو، ئاسۆی کاتی): سەیری خشتەکە بکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="269"/>
        <source>Backtest cancelled — nothing was written.</source>
        <translation>تاقیکردنەوەی پاشەوە هەڵوەشێنرایەوە — هیچ شتێک نەنووسرا.</translation>
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
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="145"/>
        <source>Export briefing</source>
        <translation>هەناردەکردنی کورتەڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="145"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="154"/>
        <source>Briefing written: {path} ({pages} pages)</source>
        <translation>کورتەڕاپۆرت نووسرا: {path} ({pages} لاپەڕە)</translation>
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
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="74"/>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="75"/>
        <source>Criterion</source>
        <translation>پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="76"/>
        <source>Layer</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="77"/>
        <source>Measure</source>
        <translation>پێوانە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="78"/>
        <source>Fields</source>
        <translation>خانەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="79"/>
        <source>Window (days)</source>
        <translation>ماوە (ڕۆژ)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="80"/>
        <source>Normalisation</source>
        <translation>ئاسایکردنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="81"/>
        <source>Direction</source>
        <translation>ئاراستە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="82"/>
        <source>Weight</source>
        <translation>کێش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="83"/>
        <source>Share</source>
        <translation>بەش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="84"/>
        <source>Dimension</source>
        <translation>ڕەهەند</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="257"/>
        <source>the chosen layer is no longer in the project</source>
        <translation>چینە هەڵبژێردراوەکە ئیتر لە پڕۆژەکەدا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="263"/>
        <source>every weight is 0: give at least one criterion a weight</source>
        <translation>هەموو کێشەکان 0ن: بە لایەنی کەمەوە کێشێک بدە بە پێوەرێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="269"/>
        <source>Ready</source>
        <translation>ئامادەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="275"/>
        <source>— choose a layer —</source>
        <translation>— چینێک هەڵبژێرە —</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="287"/>
        <source>lower is riskier</source>
        <translation>نزمتر مەترسیدارترە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="287"/>
        <source>higher is riskier</source>
        <translation>بەرزتر مەترسیدارترە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="318"/>
        <source>This criterion can run.</source>
        <translation>ئەم پێوەرە دەتوانرێت بژمێردرێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="319"/>
        <source>This criterion cannot run:</source>
        <translation>ئەم پێوەرە ناتوانرێت بژمێردرێت:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="321"/>
        <source>Guessed automatically ({how}) — check it.</source>
        <translation>بە خۆکاری مەزەندە کرا ({how}) — پشکنینی بۆ بکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="323"/>
        <source>Share of the total weight</source>
        <translation>بەش لە کۆی کێش</translation>
    </message>
</context>
<context>
    <name>CriteriaWidget</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="35"/>
        <source>Criteria</source>
        <translation>پێوەرەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="36"/>
        <source>One row per criterion. Double-click a cell to change it; the status column says why a row cannot run.</source>
        <translation>ڕیزێک بۆ هەر پێوەرێک. دوو جار کرتە لە خانەیەک بکە بۆ گۆڕینی؛ ستوونی دۆخ دەڵێت بۆچی ڕیزێک ناتوانرێت بژمێردرێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="66"/>
        <source>Add a criterion</source>
        <translation>زیادکردنی پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="67"/>
        <source>Remove the selected criterion</source>
        <translation>لابردنی پێوەری هەڵبژێردراو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="70"/>
        <source>Move the criterion up</source>
        <translation>پێوەرەکە بەرەو سەرەوە ببە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="71"/>
        <source>Move the criterion down</source>
        <translation>پێوەرەکە بەرەو خوارەوە ببە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="127"/>
        <source>New criterion {}</source>
        <translation>پێوەری نوێ {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="72"/>
        <source>Edit the selected criterion: fields, filters, window, normalisation…</source>
        <translation>دەستکاریکردنی پێوەرە هەڵبژێردراوەکە: خانەکان، فلتەرەکان، ماوەی کات، نۆرماڵکردن…</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="211"/>
        <source>higher is riskier</source>
        <translation>بەرزتر مەترسیدارترە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="211"/>
        <source>lower is riskier</source>
        <translation>نزمتر مەترسیدارترە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="272"/>
        <source>Criterion “{}”</source>
        <translation>پێوەری «{}»</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="294"/>
        <source>who to credit for this layer (printed in the briefing)</source>
        <translation>کێ وەک خاوەنی ئەم چینە بناسێنرێت (لە بریفینگەکەدا چاپ دەکرێت)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="303"/>
        <source>Attribution of the layer</source>
        <translation>ناساندنی خاوەنی چینەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="33"/>
        <source>Add a filter</source>
        <translation>زیادکردنی فلتەرێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="54"/>
        <source>One value, or a list for &quot;is one of&quot;: [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>یەک بەها، یان لیستێک بۆ &quot;یەکێکە لە&quot;: [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="60"/>
        <source>Remove the filter</source>
        <translation>لابردنی فلتەرەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="122"/>
        <source>ratio</source>
        <translation>ڕێژە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="123"/>
        <source>difference</source>
        <translation>جیاوازی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="115"/>
        <source>same months</source>
        <translation>هەمان مانگەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="118"/>
        <source>whole year, scaled</source>
        <translation>هەموو ساڵ، پێوانەکراو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Criterion</source>
        <translation>پێوەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Counted things (for the labels)</source>
        <translation>ئەوەی دەژمێردرێت (بۆ ناونیشانەکان)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Measure</source>
        <translation>پێوانە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Date field</source>
        <translation>خانەی بەروار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Window (days, 0 = all time)</source>
        <translation>ماوە (بە ڕۆژ، 0 = هەموو کات)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Severity or value field</source>
        <translation>خانەی توندی یان بەها</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Low-severity threshold</source>
        <translation>سنووری توندی نزم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Share fields</source>
        <translation>خانەکانی بەش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Filters (which features count)</source>
        <translation>پاڵێوەرەکان (کام تایبەتمەندی دەژمێردرێت)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Reference period</source>
        <translation>ماوەی سەرچاوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Location precision (which events count)</source>
        <translation>وردی شوێن (کام ڕووداو دەژمێردرێت)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Normalisation</source>
        <translation>ئاساییکردنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Direction</source>
        <translation>ئاراستە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Weight</source>
        <translation>کێش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Dimension</source>
        <translation>ڕەهەند</translation>
    </message>
</context>
<context>
    <name>DependenciesDialog</name>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="44"/>
        <source>RiskMap — Python packages</source>
        <translation>RiskMap — پاکێجەکانی Python</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="51"/>
        <source>RiskMap needs these Python packages in QGIS&apos;s Python:</source>
        <translation>RiskMap پێویستی بەم پاکێجانەی Python ە لە Pythonی QGIS دا:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="65"/>
        <source>pip&apos;s output appears here.</source>
        <translation>دەرچووی pip لێرە دەردەکەوێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="72"/>
        <source>Copy command</source>
        <translation>لەبەرگرتنەوەی فەرمان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="117"/>
        <source>Command copied. Run it in a terminal, then restart QGIS.</source>
        <translation>فەرمانەکە لەبەرگیرایەوە. لە تێرمیناڵ جێبەجێی بکە، پاشان QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="139"/>
        <source>Installing… this can take a few minutes.</source>
        <translation>دادەمەزرێت… لەوانەیە چەند خولەکێک بخایەنێت.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="152"/>
        <source>Installed. Restart QGIS to use RiskMap.</source>
        <translation>دامەزرا. QGIS دووبارە دەستپێبکەرەوە بۆ بەکارهێنانی RiskMap.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="154"/>
        <source>pip failed (exit code {0}). Read its output above, or copy the command and run it in a terminal; then restart QGIS.</source>
        <translation>pip سەرکەوتوو نەبوو (کۆدی دەرچوون {0}). دەرچووەکەی سەرەوە بخوێنەرەوە، یان فەرمانەکە لەبەربگرەوە و لە تێرمیناڵ جێبەجێی بکە؛ پاشان QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="164"/>
        <source>Could not start {0}. Copy the command and run it in a terminal; then restart QGIS.</source>
        <translation>نەتوانرا {0} دەستپێبکرێت. فەرمانەکە لەبەربگرەوە و لە تێرمیناڵ جێبەجێی بکە؛ پاشان QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="71"/>
        <source>Install…</source>
        <translation>دامەزراندن…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="88"/>
        <source>On Linux, install them from your distribution, so that they use the same GEOS, PROJ and GDAL libraries as QGIS (packages from PyPI bring their own copies, which break QGIS). Run the first command in a terminal, then restart QGIS. If your distribution&apos;s packages are too old, the last command builds them against the system libraries instead (it needs a compiler and the GEOS, PROJ and GDAL development packages).</source>
        <translation>لەسەر Linux، لە دابەشکراوەکەی خۆتەوە دایانبمەزرێنە، بۆ ئەوەی هەمان کتێبخانەکانی GEOS و PROJ و GDAL بەکاربهێنن کە QGIS بەکاریان دەهێنێت (پاکێجەکانی PyPI کۆپیی تایبەتی خۆیان لەگەڵ خۆیان دەهێنن، کە QGIS تێک دەدەن). یەکەم فەرمان لە تێرمیناڵێکدا جێبەجێ بکە، پاشان QGIS دووبارە دەستپێبکەرەوە. ئەگەر پاکێجەکانی دابەشکراوەکەت زۆر کۆن بن، دوایین فەرمان لە جیاتی ئەوە لەسەر بنەمای کتێبخانەکانی سیستەم بیلدیان دەکات (پێویستی بە کۆمپایلەر و پاکێجەکانی گەشەپێدانی GEOS و PROJ و GDAL هەیە).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="98"/>
        <source>These packages come with QGIS and are too old: {0}. RiskMap does not replace QGIS&apos;s own packages: update them with the QGIS installer (OSGeo4W Setup on Windows) or install a newer QGIS, then restart QGIS.</source>
        <translation>ئەم پاکێجانە لەگەڵ QGIS دێن و زۆر کۆنن: {0}. RiskMap پاکێجە تایبەتەکانی QGIS ناگۆڕێت: بە دامەزرێنەری QGIS نوێیان بکەرەوە (OSGeo4W Setup لەسەر Windows) یان وەشانێکی نوێتری QGIS دابمەزرێنە، پاشان QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="103"/>
        <source>Install them for your user with QGIS&apos;s own Python. RiskMap runs exactly the command below; the packages QGIS already provides are pinned at their versions, so pip cannot replace them. Restart QGIS afterwards.</source>
        <translation>بۆ بەکارهێنەرەکەی خۆت بە Pythonی خودی QGIS دایانبمەزرێنە. RiskMap ڕێک ئەو فەرمانەی خوارەوە جێبەجێ دەکات؛ ئەو پاکێجانەی QGIS پێشتر دابینی کردوون لەسەر وەشانەکانی ئێستایان جێگیر دەکرێن، بۆیە pip ناتوانێت جێگەیان بگرێتەوە. دواتر QGIS دووبارە دەستپێبکەرەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="121"/>
        <source>Install Python packages</source>
        <translation>دامەزراندنی پاکێجەکانی Python</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="121"/>
        <source>RiskMap will run:

{0}

Continue?</source>
        <translation>RiskMap ئەمە جێبەجێ دەکات:

{0}

بەردەوام دەبیت؟</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="89"/>
        <source>{} (mine)</source>
        <translation>{} (هی من)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="141"/>
        <source>Load a RiskMap model</source>
        <translation>بارکردنی مۆدێلی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="196"/>
        <source>RiskMap model (*.json)</source>
        <translation>مۆدێلی RiskMap (*.json)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="196"/>
        <source>Save the RiskMap model</source>
        <translation>پاشەکەوتکردنی مۆدێلی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="219"/>
        <source>Saved the preset “{}”.</source>
        <translation>ڕێکخستنی ئامادەی «{}» پاشەکەوت کرا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="95"/>
        <source>Guessed {found} of {total} layers — check them.</source>
        <translation>{found} لە {total} چین مەزەندە کران — پشکنینیان بۆ بکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="143"/>
        <source>Restored {found} layers from the model file.</source>
        <translation>{found} چین لە فایلی مۆدێلەکەوە گەڕێنرانەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="150"/>
        <source>Some layers of the model file could not be restored: {}</source>
        <translation>هەندێک چینی فایلی مۆدێلەکە نەگەڕێنرانەوە: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="209"/>
        <source>Saved the model to {}.</source>
        <translation>مۆدێلەکە لە {} هەڵگیرا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="185"/>
        <source>Files outside the model&apos;s folder</source>
        <translation>فایلەکانی دەرەوەی بوخچەی مۆدێلەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="178"/>
        <source>This model reads {count} files outside its own folder:

{files}

A model shared by someone else could name any file on this computer. Open these files as layers of your project?</source>
        <translation>ئەم مۆدێلە {count} فایل لە دەرەوەی بوخچەکەی خۆی دەخوێنێتەوە:

{files}

مۆدێلێک کە کەسێکی تر هاوبەشی کردووە دەتوانێت ناوی هەر فایلێکی ئەم کۆمپیوتەرە بهێنێت. ئەم فایلانە وەک چینی پرۆژەکەت بکرێنەوە؟</translation>
    </message>
</context>
<context>
    <name>PanelLogic</name>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="237"/>
        <source>RiskMap model</source>
        <translation>مۆدێلی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="75"/>
        <source>criteria rows {} cannot run</source>
        <translation>ڕیزەکانی پێوەر {} ناتوانرێن بژمێردرێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="81"/>
        <source>add at least one criterion</source>
        <translation>بە لایەنی کەمەوە پێوەرێک زیاد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="83"/>
        <source>choose an output GeoPackage</source>
        <translation>GeoPackageێکی دەرچوون هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="91"/>
        <source>Run the model and add the at-risk areas to the map (Ctrl+Return)</source>
        <translation>مۆدێلەکە جێبەجێ بکە و ناوچە مەترسیدارەکان بخەرە سەر نەخشە (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="95"/>
        <source>Cannot run yet: {}</source>
        <translation>هێشتا ناتوانرێت جێبەجێ بکرێت: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="124"/>
        <source>Running “{}”…</source>
        <translation>«{}» جێبەجێ دەکرێت…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="173"/>
        <source>Done — %p%</source>
        <translation>تەواو بوو — %p%</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="175"/>
        <source>{count} at-risk areas, {watch} units on the watch list → {path}</source>
        <translation>{count} ناوچەی مەترسیدار، {watch} یەکە لە لیستی چاودێری ← {path}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="201"/>
        <source>Cancelled — nothing was written.</source>
        <translation>هەڵوەشێنرایەوە — هیچ نەنووسرا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="62"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="284"/>
        <source>hex {} km</source>
        <translation>شەشگۆشە {} کم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="183"/>
        <source>(stored as run {})</source>
        <translation>(وەک کارپێکردنی {} هەڵگیرا)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="94"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
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
        <translation>{value} {noun} لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="31"/>
        <source>{value} low-severity {noun}</source>
        <translation>{value} {noun}ی کەمتوندی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="32"/>
        <source>{value} low-severity {noun} in {window}</source>
        <translation>{value} {noun}ی کەمتوندی لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="34"/>
        <source>{value} {noun} per km²</source>
        <translation>{value} {noun} بۆ هەر کم²</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="35"/>
        <source>{value} {noun} per km² in {window}</source>
        <translation>{value} {noun} بۆ هەر کم² لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="36"/>
        <source>{value} {noun} per {per} people</source>
        <translation>{value} {noun} بۆ هەر {per} کەس</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="37"/>
        <source>{value} {noun} per {per} people in {window}</source>
        <translation>{value} {noun} بۆ هەر {per} کەس لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="39"/>
        <source>{noun} present</source>
        <translation>{noun} هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="40"/>
        <source>{noun} in {window}</source>
        <translation>{noun} لە {window}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="43"/>
        <source>{current} {noun} vs {reference} in {reference_period}</source>
        <translation>{current} {noun} بەرامبەر {reference} لە {reference_period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="45"/>
        <source>{value} km from {noun}</source>
        <translation>{value} کم لە {noun}ەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="46"/>
        <source>&lt; 1 km from {noun}</source>
        <translation>کەمتر لە 1 کم لە {noun}ەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="52"/>
        <source>{value} % in {noun}</source>
        <translation>{value} % لە {noun}دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="53"/>
        <source>{noun} {value}</source>
        <translation>{noun} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="54"/>
        <source>{noun} index {value}</source>
        <translation>پێوەری {noun} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="55"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="56"/>
        <source> (≥ {reference_period} level)</source>
        <translation> (≥ ئاستی {reference_period})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="58"/>
        <source>{label} in the top {share} % ({annotation})</source>
        <translation>{label} لە بەرزترین {share} %دا ({annotation})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="62"/>
        <source>below the gate {rule}</source>
        <translation>خوار دەروازەی {rule}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="63"/>
        <source>no data</source>
        <translation>داتا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="64"/>
        <source>near {town}</source>
        <translation>نزیک {town}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="74"/>
        <source>rank band {low}–{high} reaches the at-risk units ({p} % of runs)</source>
        <translation>مەودای پلە {low}–{high} دەگاتە یەکە مەترسیدارەکان ({p} %ی جارەکان)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="76"/>
        <source>{n} mo</source>
        <translation>{n} مانگ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="77"/>
        <source>{n} d</source>
        <translation>{n} ڕۆژ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="78"/>
        <source>intensifying</source>
        <translation>توندبوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="79"/>
        <source>new</source>
        <translation>نوێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="60"/>
        <source>score {score} within {margin} points of the at-risk cut-off {cutoff}</source>
        <translation>نمرە {score} لە ماوەی {margin} خاڵ لە سنووری مەترسی {cutoff}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="47"/>
        <source>towns {value} km from {noun}</source>
        <translation>شارۆچکەکان {value} کم دوور لە {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="48"/>
        <source>towns &lt; 1 km from {noun}</source>
        <translation>شارۆچکەکان &lt; 1 کم دوور لە {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="49"/>
        <source>{value} % {noun}</source>
        <translation>{value} % {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="50"/>
        <source>{period} scaled to {window}</source>
        <translation>{period} گونجێنراو بۆ {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="51"/>
        <source>{period} (pro-rated)</source>
        <translation>{period} (بە ڕێژە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="65"/>
        <source> – </source>
        <translation> – </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="66"/>
        <source>{label} rising: {trend} trend (p = {p})</source>
        <translation>{label} لە بەرزبوونەوەدایە: ڕەوتی {trend} (p = {p})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="68"/>
        <source>{label} surge: {value} {noun} in the last 4 weeks</source>
        <translation>{label}: هەڵکشانی لەناکاو بۆ {value} {noun} لە دوایین 4 هەفتەدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="70"/>
        <source>{label} as high as in {year} ({current} {noun} vs {reference})</source>
        <translation>{label}: هێندەی ساڵی {year} بەرزە ({current} {noun} بەرامبەر {reference})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="72"/>
        <source>{label}: {annotation} while the score is low ({score})</source>
        <translation>{label}: {annotation} لە کاتێکدا نمرەکە نزمە ({score})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="81"/>
        <source>{text} (illustrative)</source>
        <translation>{text} (نموونەیی)</translation>
    </message>
</context>
<context>
    <name>RiskMapBriefing</name>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="33"/>
        <source>Areas at risk of a violent-extremist resurgence · as of {as_of} · generated {generated} · RiskMap {version}</source>
        <translation>ناوچەکانی لە مەترسیی گەڕانەوەی توندڕەویی چەکدار · لە بەرواری {as_of} · دروستکراوە لە {generated} · RiskMap {version}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="45"/>
        <source>{dimension} {share} %</source>
        <translation>{dimension} {share} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="46"/>
        <source>weighted arithmetic mean</source>
        <translation>تێکڕای ژمێرەیی کێشدار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="47"/>
        <source>weighted geometric mean (non-compensatory)</source>
        <translation>تێکڕای ئەندازەیی کێشدار (بێ قەرەبوو)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="49"/>
        <source>{count} classes by {method}</source>
        <translation>{count} پۆل بەپێی {method}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="50"/>
        <source>natural breaks (Jenks)</source>
        <translation>دابڕینە سروشتییەکان (جێنکس)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="51"/>
        <source>quantiles</source>
        <translation>چەندێتییەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="52"/>
        <source>equal intervals</source>
        <translation>مەودای یەکسان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="53"/>
        <source>fixed breaks</source>
        <translation>دابڕینی جێگیر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="54"/>
        <source>class {label} or above</source>
        <translation>پۆلی «{label}» یان سەرووتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="55"/>
        <source>the upper classes</source>
        <translation>پۆلە بەرزەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="56"/>
        <source> (score ≥ {score})</source>
        <translation> (نمرە ≥ {score})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="58"/>
        <source>How sure: {draws} Monte Carlo runs varied {varied}. Rank band = the 5–95 % range of an area's best rank over the runs; in top class = the share of runs in which it stays within the {at_risk} at-risk units.</source>
        <translation>چەند دڵنیاین: {draws} جار مۆنتی کارلۆ {varied}ی گۆڕی. مەودای پلە = مەودای 5–95 %ی باشترین پلەی ناوچەکە لە جارەکاندا؛ بەرزترین پۆل = بەشی ئەو جارانەی کە لەناو {at_risk} یەکە مەترسیدارەکەدا دەمێنێتەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="61"/>
        <source>the weights (drawn around the set ones)</source>
        <translation>کێشەکان (لە دەوری کێشە دیاریکراوەکان هەڵبژێردراون)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="63"/>
        <source>the normalisation ({methods})</source>
        <translation>ڕێکخستنەوە ({methods})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="64"/>
        <source>the aggregation ({methods})</source>
        <translation>کۆکردنەوە ({methods})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="65"/>
        <source>min–max</source>
        <translation>کەمترین–زۆرترین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="66"/>
        <source>percentile</source>
        <translation>سەدی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="67"/>
        <source>z-score</source>
        <translation>نمرەی z</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="68"/>
        <source>arithmetic</source>
        <translation>ژمێرەیی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="69"/>
        <source>geometric</source>
        <translation>ئەندازەیی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="70"/>
        <source>normalisation method</source>
        <translation>ڕێبازی ڕێکخستنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="71"/>
        <source>aggregation method</source>
        <translation>ڕێبازی کۆکردنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="72"/>
        <source>The weights that move the ranking most: {weights}</source>
        <translation>ئەو کێشانەی زۆرترین کاریگەرییان لە ڕیزبەندی هەیە: {weights}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="74"/>
        <source>; method choices: {choices}</source>
        <translation>؛ هەڵبژاردنەکانی ڕێباز: {choices}</translation>
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
        <translation>، </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="79"/>
        <source>{first} or {last}</source>
        <translation>{first} یان {last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="80"/>
        <source>{first} and {last}</source>
        <translation>{first} و {last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="81"/>
        <source>{names} and {count} more</source>
        <translation>{names} و {count}ی تر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="82"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="84"/>
        <source>Data coverage: {share} % of the weight on average</source>
        <translation>داپۆشینی داتا: بە تێکڕا {share} %ی کێش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="86"/>
        <source>; {count} units with low coverage ({names})</source>
        <translation>؛ {count} یەکە بە داپۆشینی کەم ({names})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="88"/>
        <source>Illustrative — not real data: {layers} — made up for the sample; do not use for decisions.</source>
        <translation>نموونەیی — داتای ڕاستەقینە نییە: {layers} — بۆ نموونەکە دروستکراون؛ بۆ بڕیاردان بەکاری مەهێنە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="91"/>
        <source>Illustrative — not real data (made up for the sample): {layers}</source>
        <translation>نموونەیی — داتای ڕاستەقینە نییە (بۆ نموونەکە دروستکراون): {layers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="93"/>
        <source>Illustrative — not real data: {layers}</source>
        <translation>نموونەیی — داتای ڕاستەقینە نییە: {layers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="95"/>
        <source>{table}: source not recorded — add its attribution</source>
        <translation>{table}: سەرچاوە تۆمار نەکراوە — ئاماژەپێدانەکەی زیاد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="98"/>
        <source>Class: {label} · highest score {score} · mean {mean} · {units}</source>
        <translation>پۆل: {label} · بەرزترین نمرە {score} · تێکڕا {mean} · {units}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="102"/>
        <source>{count} unit</source>
        <translation>{count} یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="103"/>
        <source>{count} units</source>
        <translation>{count} یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="104"/>
        <source>Rank band {band}</source>
        <translation>مەودای پلە {band}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="105"/>
        <source> · in the top class in {share} of runs</source>
        <translation> · لە بەرزترین پۆلدا لە {share}ی جارەکاندا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="106"/>
        <source>Trend: {trend} · surge: {surge} · hot spot: {hotspot}</source>
        <translation>ئاراستە: {trend} · هەڵکشان: {surge} · خاڵی گەرم: {hotspot}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="108"/>
        <source>Top drivers: {drivers}</source>
        <translation>سەرەکیترین هۆکارەکان: {drivers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="109"/>
        <source>Area {number}</source>
        <translation>ناوچەی {number}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="114"/>
        <source>surge in the last 4 weeks</source>
        <translation>هەڵکشان لە ٤ هەفتەی کۆتاییدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="115"/>
        <source>none</source>
        <translation>هیچ</translation>
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
        <translation>{value} × ئاستی {period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="119"/>
        <source>{value} more than in {period}</source>
        <translation>{value} زیاتر لە {period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="120"/>
        <source>reference</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="121"/>
        <source> (riskiest unit)</source>
        <translation> (مەترسیدارترین یەکە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="122"/>
        <source>no data</source>
        <translation>داتا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="124"/>
        <source>Changes since the last briefing</source>
        <translation>گۆڕانکارییەکان لە کۆتا ڕاپۆرتەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="125"/>
        <source>Areas — {parts}.</source>
        <translation>ناوچەکان — {parts}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="126"/>
        <source>new: {names}</source>
        <translation>نوێ: {names}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="127"/>
        <source>no longer listed: {names}</source>
        <translation>ئیتر لە لیستدا نین: {names}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="128"/>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="129"/>
        <source>Entered the at-risk areas: {units} — {names}.</source>
        <translation>چوونە ناو ناوچە مەترسیدارەکان: {units} — {names}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="131"/>
        <source>Left the at-risk areas: {units} — {names}.</source>
        <translation>لە ناوچە مەترسیدارەکان دەرچوون: {units} — {names}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="133"/>
        <source>No unit entered or left the at-risk areas.</source>
        <translation>هیچ یەکەیەک نە چووە ناو ناوچە مەترسیدارەکان و نە لێیان دەرچوو.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="135"/>
        <source>Largest rank moves: {moves}.</source>
        <translation>گەورەترین گۆڕانی پلە: {moves}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="136"/>
        <source>{name} {before} → {now}</source>
        <translation>{name} {before} ← {now}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="137"/>
        <source>new</source>
        <translation>نوێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="138"/>
        <source>The criterion that moved most: {label}.</source>
        <translation>ئەو پێوەرەی زۆرترین گۆڕانی هەبوو: {label}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="140"/>
        <source>{unit} ({area})</source>
        <translation>{unit} ({area})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="141"/>
        <source>Since the previous result: {entered} entered, {left} left the at-risk areas</source>
        <translation>لە ئەنجامی پێشووەوە: {entered} چوونە ناو و {left} لە ناوچە مەترسیدارەکان دەرچوون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="143"/>
        <source>, {units} moved 5 ranks or more</source>
        <translation>، {units} 5 پلە یان زیاتر جووڵان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="144"/>
        <source>; moved most: {label}</source>
        <translation>؛ زۆرترین گۆڕان: {label}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="110"/>
        <source>Area {number} of {count}: {name}</source>
        <translation>ناوچەی {number} لە {count}: {name}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="111"/>
        <source>Hot spot {level} %</source>
        <translation>خاڵی گەرم {level} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="112"/>
        <source>Cold spot {level} %</source>
        <translation>خاڵی سارد {level} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="113"/>
        <source>Not significant</source>
        <translation>بێ بایەخی ئاماری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="36"/>
        <source>Each of the {units} units is scored 0–100: the {mean} of {criteria} criteria normalised to 0–1 (1 = riskiest); weight by dimension: {shares}. {classes}. {areas}. Watch list ({watch} units, closest to the cut-off or with the strongest reason first): {places}. Scores rank units against each other; they are not probabilities.</source>
        <translation>هەر یەکێک لە {units} یەکەکە نمرەیەکی 0–100 وەردەگرێت: {mean}ی {criteria} پێوەر کە بۆ 0–1 نۆرماڵ کراون (1 = مەترسیدارترین)؛ قورسایی بەپێی ڕەهەند: {shares}. {classes}. {areas}. لیستی چاودێری ({watch} یەکە، سەرەتا ئەوانەی لە سنووری بڕینەوە نزیکترن یان بەهێزترین هۆکاریان هەیە): {places}. نمرەکان یەکەکان بەراورد بە یەکتر ڕیز دەکەن؛ ئەگەری ڕوودان نین.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="41"/>
        <source>At-risk areas grow around each locally highest unit of {min_class}{cutoff} and are named after that unit&apos;s seat town</source>
        <translation>ناوچە مەترسیدارەکان لە دەوری هەر یەکەیەکی پۆلی {min_class}{cutoff} کە بە شێوەی ناوچەیی بەرزترین نمرەی هەیە فراوان دەبن و بە ناوی شارۆچکەی ناوەندی ئەو یەکەیەوە ناو دەنرێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="43"/>
        <source>At-risk areas are touching units of {min_class}{cutoff}, named after the seat town of their highest unit</source>
        <translation>ناوچە مەترسیدارەکان بریتین لە یەکە بەیەکەوە لکاوەکانی پۆلی {min_class}{cutoff}، کە بە ناوی شارۆچکەی ناوەندی بەرزترین یەکەیانەوە ناو نراون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="100"/>
        <source>{km2} km² ({share} %)</source>
        <translation>{km2} km² ({share} %)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="101"/>
        <source> · {size} of the study area</source>
        <translation> · {size} لە ناوچەی توێژینەوە</translation>
    </message>
</context>
<context>
    <name>RiskMapCriterionWords</name>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="21"/>
        <source>Count of events</source>
        <translation>ژمارەی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="22"/>
        <source>Sum of a severity field</source>
        <translation>کۆی خانەیەکی توندی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="23"/>
        <source>Count of low-severity events</source>
        <translation>ژمارەی ڕووداوەکانی توندیی نزم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="26"/>
        <source>Events per km²</source>
        <translation>ڕووداوەکان بۆ هەر کم²</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="27"/>
        <source>Events per population</source>
        <translation>ڕووداوەکان بەپێی ژمارەی دانیشتوان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="28"/>
        <source>Presence of events</source>
        <translation>بوونی ڕووداو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="29"/>
        <source>Change against a reference period</source>
        <translation>گۆڕان بەراورد بە ماوەیەکی پێوانەیی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="32"/>
        <source>Distance to nearest feature</source>
        <translation>دووری لە نزیکترین تەن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="33"/>
        <source>Share of area</source>
        <translation>بەش لە ڕووبەر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="34"/>
        <source>Attribute value</source>
        <translation>بەهای تایبەتمەندی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="35"/>
        <source>Diversity of shares</source>
        <translation>فرەچەشنیی بەشەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="36"/>
        <source>Min–max</source>
        <translation>کەمترین–زۆرترین (Min–max)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="37"/>
        <source>Percentile rank</source>
        <translation>پلەی سەدیک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="38"/>
        <source>Z-score</source>
        <translation>نمرەی Z</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="39"/>
        <source>Goalposts</source>
        <translation>سنوورە دیاریکراوەکان (Goalposts)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="40"/>
        <source>Above a threshold</source>
        <translation>سەرووی ئاستێکی دیاریکراو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="47"/>
        <source>is one of</source>
        <translation>یەکێکە لە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="48"/>
        <source>is not one of</source>
        <translation>یەکێک نییە لە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="49"/>
        <source>as the units&apos; grain needs</source>
        <translation>بەپێی وردی یەکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="50"/>
        <source>exact location only</source>
        <translation>تەنها شوێنی ورد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="51"/>
        <source>within about 25 km</source>
        <translation>لە نزیکەی 25 کم دا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="52"/>
        <source>district or better</source>
        <translation>قەزا یان وردتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="53"/>
        <source>province or better</source>
        <translation>پارێزگا یان وردتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="54"/>
        <source>coarser too (country)</source>
        <translation>ناوردتریش (وڵات)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="55"/>
        <source>every event (no rule)</source>
        <translation>هەموو ڕووداوەکان (بێ یاسا)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="56"/>
        <source>scale of the known dataset</source>
        <translation>پێوەری کۆمەڵە داتا ناسراوەکە</translation>
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
    <name>RiskMapErrors</name>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="18"/>
        <source>the model file &apos;{path}&apos; does not exist</source>
        <translation>فایلی مۆدێلی «{path}» بوونی نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="19"/>
        <source>choose an existing .json model file</source>
        <translation>فایلێکی مۆدێلی ‎.json ی هەبوو هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="20"/>
        <source>the model file &apos;{name}&apos; is larger than 10 MB</source>
        <translation>فایلی مۆدێلی «{name}» لە 10 مێگابایت گەورەترە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="22"/>
        <source>a model document is a few KB; check that this is the right file</source>
        <translation>بەڵگەنامەی مۆدێل چەند کیلۆبایتێکە؛ دڵنیابە کە ئەمە فایلە دروستەکەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="24"/>
        <source>cannot read the model file &apos;{name}&apos;: {reason}</source>
        <translation>ناتوانرێت فایلی مۆدێلی «{name}» بخوێندرێتەوە: {reason}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="26"/>
        <source>save the model as UTF-8 JSON</source>
        <translation>مۆدێلەکە وەک JSON بە UTF-8 پاشەکەوت بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="27"/>
        <source>not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>JSON ی دروست نییە (دێڕی {line}، ستوونی {column}: {reason})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="29"/>
        <source>fix the JSON syntax, or export the model again</source>
        <translation>ڕێنووسی JSON چاک بکە، یان مۆدێلەکە دووبارە هەناردە بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="31"/>
        <source>the key &apos;{key}&apos; is given twice in the same object</source>
        <translation>کلیلی «{key}» دوو جار لە هەمان ئۆبجێکتدا هاتووە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="33"/>
        <source>keep one of them: JSON would silently use the last one</source>
        <translation>یەکێکیان بهێڵەرەوە: JSON بە بێدەنگی دوایینەکەیان بەکاردەهێنێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="35"/>
        <source>format version {version} is not supported (this RiskMap reads version {supported})</source>
        <translation>وەشانی فۆرماتی {version} پشتگیری ناکرێت (ئەم RiskMap ە وەشانی {supported} دەخوێنێتەوە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="37"/>
        <source>upgrade RiskMap, or save the model again from this version</source>
        <translation>RiskMap نوێ بکەرەوە، یان مۆدێلەکە لەم وەشانەوە دووبارە پاشەکەوت بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="40"/>
        <source>this key is required but missing</source>
        <translation>ئەم کلیلە پێویستە بەڵام نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="41"/>
        <source>add &quot;{key}&quot; to {section}</source>
        <translation>&quot;{key}&quot; زیاد بکە بۆ {section}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="42"/>
        <source>unknown keys {keys}</source>
        <translation>کلیلی نەناسراو {keys}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="43"/>
        <source>unknown key {keys}</source>
        <translation>کلیلی نەناسراو {keys}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="44"/>
        <source>remove it, or check its spelling against docs/model-format.md</source>
        <translation>لای ببە، یان ڕێنووسەکەی لەگەڵ docs/model-format.md بەراورد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="46"/>
        <source>expected a number, found {found} {value}</source>
        <translation>ژمارەیەک چاوەڕوان دەکرا، {found} {value} دۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="48"/>
        <source>expected a whole number, found {found} {value}</source>
        <translation>ژمارەیەکی تەواو چاوەڕوان دەکرا، {found} {value} دۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="50"/>
        <source>expected {kind}, found {found} {value}</source>
        <translation>{kind} چاوەڕوان دەکرا، {found} {value} دۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="51"/>
        <source>expected a number between {low} and {high}</source>
        <translation>ژمارەیەک لە نێوان {low} و {high} چاوەڕوان دەکرا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="53"/>
        <source>the number {value} is out of range</source>
        <translation>ژمارەی {value} لە دەرەوەی مەودایە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="55"/>
        <source>must not be empty</source>
        <translation>نابێت بەتاڵ بێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="56"/>
        <source>unknown value &apos;{value}&apos;</source>
        <translation>بەهای نەناسراو «{value}»</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="57"/>
        <source>use one of: {options}</source>
        <translation>یەکێک لەمانە بەکاربهێنە: {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="58"/>
        <source>must be at least {minimum}, found {value}</source>
        <translation>دەبێت لانیکەم {minimum} بێت، {value} دۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="59"/>
        <source>must be greater than {minimum}, found {value}</source>
        <translation>دەبێت لە {minimum} گەورەتر بێت، {value} دۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="61"/>
        <source>must be at most {maximum}, found {value}</source>
        <translation>دەبێت لە {maximum} زیاتر نەبێت، {value} دۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="62"/>
        <source>must be between {minimum} and {maximum}, found {value}</source>
        <translation>دەبێت لە نێوان {minimum} و {maximum} بێت، {value} دۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="64"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» بەروار نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="65"/>
        <source>write dates as YYYY-MM-DD, e.g. 2018-01-31</source>
        <translation>بەروارەکان بەم شێوەیە بنووسە YYYY-MM-DD، بۆ نموونە 2018-01-31</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="67"/>
        <source>the date {date} is out of range</source>
        <translation>بەرواری {date} لە دەرەوەی مەودایە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="68"/>
        <source>give a date between {first} and {last}</source>
        <translation>بەروارێک لە نێوان {first} و {last} بدە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="198"/>
        <source>the model reads no layer named &apos;{name}&apos;</source>
        <translation>مۆدێلەکە هیچ چینێک بە ناوی «{name}» ناخوێنێتەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="199"/>
        <source>the layer &apos;{layer}&apos; was not found</source>
        <translation>چینی «{layer}» نەدۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="200"/>
        <source>add it to the project, or map the model&apos;s layer name to a layer</source>
        <translation>زیادی بکە بۆ پرۆژەکە، یان ناوی چینی مۆدێلەکە بە چینێکەوە ببەستەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="202"/>
        <source>No layer found for &apos;{reference}&apos; (tried {tried}).</source>
        <translation>هیچ چینێک بۆ «{reference}» نەدۆزرایەوە (تاقیکرایەوە: {tried}).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="204"/>
        <source>Add the layer to the project under that name, map the reference to a layer or file in the layer map, or give a file path in the model.</source>
        <translation>چینەکە بەو ناوە زیاد بکە بۆ پرۆژەکە، یان لە نەخشەی چینەکاندا ئاماژەکە بە چینێک یان فایلێکەوە ببەستەوە، یان ڕێڕەوی فایلێک لە مۆدێلەکەدا بدە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="207"/>
        <source>Add the layer to the project under that name, map the reference to a layer or file in the layer map, or give a file path in the model. To run on the sample&apos;s own layers, tick &apos;Use the sample&apos;s layers&apos;.</source>
        <translation>چینەکە بەو ناوە زیاد بکە بۆ پرۆژەکە، یان لە نەخشەی چینەکاندا ئاماژەکە بە چینێک یان فایلێکەوە ببەستەوە، یان ڕێڕەوی فایلێک لە مۆدێلەکەدا بدە. بۆ کارپێکردن لەسەر چینەکانی خودی نموونەکە، «چینەکانی نموونە بەکاربهێنە» نیشانە بکە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="210"/>
        <source>the layer has no coordinate reference system</source>
        <translation>چینەکە سیستەمی هاوتای سەرچاوەی نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="211"/>
        <source>set the layer's CRS in QGIS (Layer Properties → Source)</source>
        <translation>سیستەمی هاوتای چینەکە لە QGIS دابنێ (تایبەتمەندییەکانی چین ← سەرچاوە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="213"/>
        <source>the field &apos;{field}&apos; does not exist</source>
        <translation>خانەی «{field}» بوونی نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="214"/>
        <source>pick one of: {options}</source>
        <translation>یەکێک لەمانە هەڵبژێرە: {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="215"/>
        <source>the {role} field &apos;{field}&apos; does not exist</source>
        <translation>خانەی {role} «{field}» بوونی نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="217"/>
        <source>choose one of: {options}</source>
        <translation>یەکێک لەمانە هەڵبژێرە: {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="218"/>
        <source>set places → {key} to one of: {options}</source>
        <translation>places → {key} بکە بە یەکێک لەمانە: {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="220"/>
        <source>the date field &apos;{field}&apos; does not exist</source>
        <translation>خانەی بەرواری «{field}» بوونی نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="221"/>
        <source>pick the layer&apos;s date field in the criterion</source>
        <translation>خانەی بەرواری چینەکە لە پێوەرەکەدا هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="223"/>
        <source>the precision field &apos;{field}&apos; does not exist</source>
        <translation>خانەی وردی «{field}» بوونی نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="225"/>
        <source>fix the criterion's precision → field</source>
        <translation>precision → field ی پێوەرەکە چاک بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="227"/>
        <source>the filter field &apos;{field}&apos; does not exist</source>
        <translation>خانەی فلتەری «{field}» بوونی نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="229"/>
        <source>fix the criterion&apos;s filter</source>
        <translation>فلتەری پێوەرەکە چاک بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="230"/>
        <source>the units layer has no polygons</source>
        <translation>چینی یەکەکان هیچ فرەگۆشەیەکی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="231"/>
        <source>choose a polygon layer with features (districts, a hexagon grid)</source>
        <translation>چینێکی فرەگۆشەیی خاوەن تایبەتمەندی هەڵبژێرە (قەزاکان، تۆڕێکی شەشگۆشەیی)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="233"/>
        <source>the units layer has features that are not polygons</source>
        <translation>چینی یەکەکان تایبەتمەندیی تێدایە کە فرەگۆشە نین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="235"/>
        <source>use a polygon layer for the units</source>
        <translation>چینێکی فرەگۆشەیی بۆ یەکەکان بەکاربهێنە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="260"/>
        <source>The run was cancelled.</source>
        <translation>کارپێکردنەکە هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="71"/>
        <source>the model has no criteria</source>
        <translation>مۆدێلەکە هیچ پێوەرێکی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="72"/>
        <source>add at least one criterion</source>
        <translation>بە لایەنی کەمەوە پێوەرێک زیاد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="73"/>
        <source>the id &apos;{id}&apos; is used twice</source>
        <translation>ناسنامەی '{id}' دوو جار بەکارهاتووە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="74"/>
        <source>give every criterion its own id</source>
        <translation>ناسنامەیەکی تایبەت بە هەر پێوەرێک بدە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="75"/>
        <source>the ids &apos;{other}&apos; and &apos;{id}&apos; differ only in case</source>
        <translation>ناسنامەکانی '{other}' و '{id}' تەنها لە گەورەیی و بچووکیی پیتەکاندا جیاوازن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="77"/>
        <source>give every criterion an id of its own (output fields ignore case)</source>
        <translation>ناسنامەیەکی تایبەت بە هەر پێوەرێک بدە (خانەکانی دەرئەنجام گەورەیی و بچووکیی پیت جیا ناکەنەوە)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="79"/>
        <source>all weights are 0, so nothing would be scored</source>
        <translation>هەموو کێشەکان 0ن، بۆیە هیچ شتێک نمرە وەرناگرێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="81"/>
        <source>give at least one criterion a weight above 0</source>
        <translation>بە لایەنی کەمەوە کێشێکی سەرووی 0 بە پێوەرێک بدە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="83"/>
        <source>give exactly one of days, months or start (with optional end)</source>
        <translation>تەنها یەکێک لە days یان months یان start (لەگەڵ end ی ئارەزوومەندانە) بدە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="85"/>
        <source>e.g. {example}</source>
        <translation>بۆ نموونە {example}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="86"/>
        <source>the window must be at least 1 day or 1 month long</source>
        <translation>پەنجەرەکە دەبێت لانیکەم 1 ڕۆژ یان 1 مانگ درێژ بێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="88"/>
        <source>the window ends before it starts</source>
        <translation>پەنجەرەکە پێش دەستپێکردنی کۆتایی دێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="89"/>
        <source>swap start and end</source>
        <translation>start و end ئاڵوگۆڕ بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="90"/>
        <source>give either a reference year or a start date</source>
        <translation>یان ساڵێکی بنەڕەتی یان بەرواری دەستپێک بدە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="92"/>
        <source>the basis &apos;{basis}&apos; does not go with a start date</source>
        <translation>بنەمای '{basis}' لەگەڵ بەرواری دەستپێک ناگونجێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="94"/>
        <source>the basis &apos;{basis}&apos; does not go with a reference year</source>
        <translation>بنەمای '{basis}' لەگەڵ ساڵی بنەڕەتی ناگونجێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="96"/>
        <source>use &quot;same_months&quot; or &quot;calendar_year&quot; with a year, &quot;period&quot; with start and end</source>
        <translation>&quot;same_months&quot; یان &quot;calendar_year&quot; لەگەڵ ساڵ بەکاربهێنە، &quot;period&quot; لەگەڵ start و end</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="98"/>
        <source>a reference period needs its end date</source>
        <translation>ماوەی بنەڕەتی پێویستی بە بەرواری کۆتایی هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="100"/>
        <source>add {example}</source>
        <translation>{example} زیاد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="101"/>
        <source>the reference year {year} is out of range</source>
        <translation>ساڵی بنەڕەتی {year} لە دەرەوەی مەودایە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="103"/>
        <source>the coverage ends before it starts</source>
        <translation>داپۆشینەکە پێش دەستپێکردنی کۆتایی دێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="104"/>
        <source>swap the dates</source>
        <translation>بەروارەکان ئاڵوگۆڕ بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="105"/>
        <source>a precision field needs the scale its codes follow</source>
        <translation>خانەی وردی پێویستی بەو پێوەرەیە کە کۆدەکانی پەیڕەوی دەکەن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="107"/>
        <source>add &quot;scale&quot;: &quot;ucdp_ged&quot; or &quot;acled&quot;</source>
        <translation>&quot;scale&quot;: &quot;ucdp_ged&quot; یان &quot;acled&quot; زیاد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="109"/>
        <source>divide either by the population or by a field, not both</source>
        <translation>یان بە دانیشتوان دابەش بکە یان بە خانەیەک، نەک هەردووکیان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="111"/>
        <source>remove &quot;population&quot;, or remove &quot;layer&quot; and &quot;field&quot;</source>
        <translation>&quot;population&quot; لاببە، یان &quot;layer&quot; و &quot;field&quot; لاببە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="113"/>
        <source>all dimension weights are 0</source>
        <translation>هەموو کێشەکانی ڕەهەندەکان 0ن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="115"/>
        <source>the translation of &apos;{english}&apos; must be a non-empty text</source>
        <translation>وەرگێڕانی '{english}' دەبێت دەقێکی بەتاڵ نەبێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="117"/>
        <source>write &quot;English text&quot;: &quot;translated text&quot;</source>
        <translation>بنووسە &quot;English text&quot;: &quot;translated text&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="120"/>
        <source>expected an object, found {found}</source>
        <translation>چاوەڕوانی ئۆبجێکتێک دەکرا، {found} دۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="121"/>
        <source>write it as {example}</source>
        <translation>بەم شێوەیە بینووسە: {example}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="122"/>
        <source>a number in the model has too many digits</source>
        <translation>ژمارەیەک لە مۆدێلەکەدا ژمارەی زۆری تێدایە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="124"/>
        <source>write numbers with at most 15 significant digits</source>
        <translation>ژمارەکان بە زۆرترین 15 ژمارەی گرنگ بنووسە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="126"/>
        <source>the document is nested more than {depth} levels deep</source>
        <translation>بەڵگەنامەکە زیاتر لە {depth} ئاست لەناو یەکدایە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="128"/>
        <source>a model is a few levels deep; check that this is a RiskMap model</source>
        <translation>مۆدێل چەند ئاستێکی کەمە؛ دڵنیابە کە ئەمە مۆدێلێکی RiskMap ە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="130"/>
        <source>the text holds an invalid character (a lone UTF-16 surrogate)</source>
        <translation>دەقەکە پیتێکی نادروستی تێدایە (جێگرەوەیەکی تاکی UTF-16)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="132"/>
        <source>retype the text, or save the model again as UTF-8</source>
        <translation>دەقەکە دووبارە بنووسەوە، یان مۆدێلەکە دووبارە وەک UTF-8 پاشەکەوت بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="134"/>
        <source>the model document is larger than 10 MB</source>
        <translation>بەڵگەنامەی مۆدێلەکە لە 10 MB گەورەترە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="136"/>
        <source>a model document is a few KB; check its source</source>
        <translation>بەڵگەنامەی مۆدێل چەند KB یەکە؛ سەرچاوەکەی بپشکنە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="139"/>
        <source>a rate needs the units&apos; population field</source>
        <translation>ڕێژە پێویستی بە خانەی دانیشتوانی یەکەکان هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="141"/>
        <source>a ratio to the population needs the units&apos; population field</source>
        <translation>ڕێژە بەرامبەر دانیشتوان پێویستی بە خانەی دانیشتوانی یەکەکان هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="143"/>
        <source>set population_field on the criterion or on the units</source>
        <translation>population_field لەسەر پێوەرەکە یان لەسەر یەکەکان دابنێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="145"/>
        <source>a distance from towns needs the model&apos;s towns layer</source>
        <translation>دووری لە شارۆچکەکان پێویستی بە چینی شارۆچکەکانی مۆدێلەکە هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="147"/>
        <source>add {example} to the model, or measure &quot;from&quot;: &quot;edge&quot;</source>
        <translation>{example} بۆ مۆدێلەکە زیاد بکە، یان بە &quot;from&quot;: &quot;edge&quot; بپێوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="149"/>
        <source>the share of area covered needs a polygon layer</source>
        <translation>بەشی ڕووبەری داپۆشراو پێویستی بە چینێکی فرەگۆشە هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="151"/>
        <source>choose a polygon layer (e.g. flashpoint zones)</source>
        <translation>چینێکی فرەگۆشە هەڵبژێرە (بۆ نموونە ناوچەکانی گرژی)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="153"/>
        <source>cannot compare the field &apos;{field}&apos; with {value}</source>
        <translation>ناتوانرێت خانەی '{field}' لەگەڵ {value} بەراورد بکرێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="155"/>
        <source>compare numbers with numbers</source>
        <translation>ژمارە لەگەڵ ژمارە بەراورد بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="157"/>
        <source>the reference period {first}…{last} ends after the as-of date {as_of}</source>
        <translation>ماوەی بنەڕەتی {first}…{last} دوای بەرواری هەڵسەنگاندن {as_of} کۆتایی دێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="159"/>
        <source>choose a reference before the as-of date</source>
        <translation>بنەڕەتێک پێش بەرواری هەڵسەنگاندن هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="161"/>
        <source>the data cover only {covered} of the {days} days of the reference period {first}…{last} (the dates of layer '{layer}' run from {data}), so the missing days would count as zero</source>
        <translation>داتاکان تەنها {covered} لە {days} ڕۆژی ماوەی بنەڕەتی {first}…{last} دادەپۆشن (بەروارەکانی چینی '{layer}' لە {data} درێژ دەبنەوە)، بۆیە ڕۆژە ونبووەکان بە سفر دەژمێردرێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="164"/>
        <source>choose a reference the data cover (e.g. &quot;basis&quot;: &quot;calendar_year&quot; of a complete year), declare the layer's coverage under layers → coverage if the data are complete, or allow &quot;incomplete&quot;: &quot;pro_rate&quot;</source>
        <translation>بنەڕەتێک هەڵبژێرە کە داتاکان دایبپۆشن (بۆ نموونە &quot;basis&quot;: &quot;calendar_year&quot; ی ساڵێکی تەواو)، یان ئەگەر داتاکان تەواون داپۆشینی چینەکە لە layers → coverage ڕابگەیەنە، یان ڕێگە بە &quot;incomplete&quot;: &quot;pro_rate&quot; بدە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="168"/>
        <source>'{label}' compares with {first}…{last}, but layer '{layer}' has no dated feature in '{field}' to count then</source>
        <translation>'{label}' بەراورد دەکرێت لەگەڵ {first}…{last}، بەڵام چینی '{layer}' هیچ تایبەتمەندییەکی بەرواردار لە '{field}' دا نییە بۆ ژماردن لەو کاتەدا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="170"/>
        <source>check the date field, or choose a measure without a reference period</source>
        <translation>خانەی بەروار بپشکنە، یان پێوانەیەک بەبێ ماوەی بنەڕەتی هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="172"/>
        <source>'{label}' compares with {first}…{last}, which lies wholly outside the data: the dates of layer '{layer}' run from {data_first} to {data_last}</source>
        <translation>'{label}' بەراورد دەکرێت لەگەڵ {first}…{last}، کە بە تەواوی لە دەرەوەی داتاکانە: بەروارەکانی چینی '{layer}' لە {data_first} تا {data_last} درێژ دەبنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="175"/>
        <source>choose a reference year from {year_first} to {year_last} (or a period within those dates), or declare the layer's coverage under layers → coverage if the data reach further back</source>
        <translation>ساڵێکی بنەڕەتی لە {year_first} تا {year_last} هەڵبژێرە (یان ماوەیەک لەناو ئەو بەروارانەدا)، یان ئەگەر داتاکان دوورتر دەڕۆنەوە داپۆشینی چینەکە لە layers → coverage ڕابگەیەنە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="179"/>
        <source>The units layer &apos;{layer}&apos; lacks the field(s) {missing} named in the model.</source>
        <translation>چینی یەکەکانی '{layer}' خانە(کانی) {missing} ی ناوبراو لە مۆدێلەکەدا تێدا نییە.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="181"/>
        <source>Pick a units layer with those fields, or one with unit_id and unit_name (e.g. the output of &apos;Create hexagon grid&apos;).</source>
        <translation>چینێکی یەکەکان هەڵبژێرە کە ئەو خانانەی تێدابێت، یان یەکێک کە unit_id و unit_name ی تێدابێت (بۆ نموونە دەرئەنجامی 'Create hexagon grid').</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="183"/>
        <source>{count} units have coordinates that are not numbers (NaN or infinite; features {features})</source>
        <translation>{count} یەکە هاوتایان هەیە کە ژمارە نین (NaN یان بێکۆتا؛ تایبەتمەندییەکانی {features})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="185"/>
        <source>repair or redraw those polygons (e.g. Vector → Geometry Tools → Check Validity)</source>
        <translation>ئەو فرەگۆشانە چاک بکەوە یان دووبارە بیانکێشەوە (بۆ نموونە Vector → Geometry Tools → Check Validity)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="187"/>
        <source>{count} units have no id in &apos;{field}&apos;</source>
        <translation>{count} یەکە هیچ ناسنامەیەکیان لە '{field}' دا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="188"/>
        <source>fill the ids, or choose another id field</source>
        <translation>ناسنامەکان پڕ بکەوە، یان خانەیەکی ناسنامەی تر هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="190"/>
        <source>ids repeat in &apos;{field}&apos;: {count} ids are shared by several units (features {features})</source>
        <translation>ناسنامەکان لە '{field}' دا دووبارە دەبنەوە: {count} ناسنامە لە نێوان چەند یەکەیەکدا هاوبەشن (تایبەتمەندییەکانی {features})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="192"/>
        <source>choose a field with one value per unit</source>
        <translation>خانەیەک هەڵبژێرە کە بۆ هەر یەکەیەک یەک بەهای هەبێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="193"/>
        <source>{count} units lie outside the valid area of the layer's CRS (e.g. a longitude beyond ±180)</source>
        <translation>{count} یەکە لە دەرەوەی ناوچەی دروستی سیستەمی هاوتای چینەکەدان (بۆ نموونە درێژییەکی جوگرافی لە سەرووی ±180)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="195"/>
        <source>check the layer&apos;s CRS: its coordinates look like those of another CRS</source>
        <translation>سیستەمی هاوتای چینەکە بپشکنە: هاوتاکانی وەک هی سیستەمێکی تر دەردەکەون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="236"/>
        <source>&apos;{crs}&apos; is not a CRS that RiskMap knows</source>
        <translation>'{crs}' سیستەمێکی هاوتا نییە کە RiskMap بیناسێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="237"/>
        <source>use an EPSG code such as EPSG:32638</source>
        <translation>کۆدێکی EPSG وەک EPSG:32638 بەکاربهێنە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="238"/>
        <source>{crs} is not a projected CRS, so distances would not be in metres</source>
        <translation>{crs} سیستەمێکی هاوتای پڕۆژەکراو نییە، بۆیە دوورییەکان بە مەتر نابن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="240"/>
        <source>use a projected CRS (e.g. a UTM zone)</source>
        <translation>سیستەمێکی هاوتای پڕۆژەکراو بەکاربهێنە (بۆ نموونە ناوچەیەکی UTM)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="242"/>
        <source>the units layer has no usable geometry</source>
        <translation>چینی یەکەکان هیچ ئەندازەیەکی بەکارهاتووی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="244"/>
        <source>check that the layer has polygons</source>
        <translation>دڵنیابە کە چینەکە فرەگۆشەی تێدایە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="247"/>
        <source>the cell size must be above 0 km</source>
        <translation>قەبارەی خانەکە دەبێت لە 0 km زیاتر بێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="248"/>
        <source>choose a cell size such as 10 km</source>
        <translation>قەبارەیەکی خانە وەک 10 km هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="249"/>
        <source>the boundary layer has no CRS</source>
        <translation>چینی سنوور هیچ سیستەمێکی هاوتای نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="250"/>
        <source>set the layer&apos;s CRS</source>
        <translation>سیستەمی هاوتای چینەکە دابنێ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="251"/>
        <source>the grid needs a CRS</source>
        <translation>تۆڕەکە پێویستی بە سیستەمێکی هاوتا هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="252"/>
        <source>give the extent&apos;s CRS</source>
        <translation>سیستەمی هاوتای مەوداکە بدە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="253"/>
        <source>the grid needs an extent or a boundary layer</source>
        <translation>تۆڕەکە پێویستی بە مەودایەک یان چینێکی سنوور هەیە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="255"/>
        <source>give an extent or a polygon layer</source>
        <translation>مەودایەک یان چینێکی فرەگۆشە بدە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="257"/>
        <source>a {km} km grid would need {cells} cells</source>
        <translation>تۆڕێکی {km} km پێویستی بە {cells} خانە دەبێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="258"/>
        <source>choose a larger cell size or a smaller extent</source>
        <translation>قەبارەیەکی خانەی گەورەتر یان مەودایەکی بچووکتر هەڵبژێرە</translation>
    </message>
</context>
<context>
    <name>RiskMapNouns</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>incidents</source>
        <translation>ڕووداو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>attacks</source>
        <translation>هێرش</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>sleeper-cell reports</source>
        <translation>ڕاپۆرتی شانەی نوستوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>supportive groups</source>
        <translation>گرووپی پشتیوان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>preachers</source>
        <translation>وتاربێژ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>Syrian border</source>
        <translation>سنووری سووریا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>flashpoint zones</source>
        <translation>ناوچەکانی گرژی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>mix</source>
        <translation>تێکەڵی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>returnees</source>
        <translation>گەڕاوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>returned</source>
        <translation>گەڕاونەتەوە</translation>
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
        <location filename="../riskmap_plugin/core/messages.py" line="30"/>
        <source>units layer &apos;{layer}&apos;: {count} units without geometry were left out</source>
        <translation>چینی یەکەکان «{layer}»: {count} یەکەی بێ جیۆمەتری لابران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="32"/>
        <source>units layer &apos;{layer}&apos;: {count} invalid polygons were made valid</source>
        <translation>چینی یەکەکان «{layer}»: {count} فرەگۆشەی نادروست چاککران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="34"/>
        <source>layer &apos;{layer}&apos;: {count} features lie outside the valid area of their CRS and were left out</source>
        <translation>چینی «{layer}»: {count} تایبەتمەندی لە دەرەوەی ناوچەی دروستی سیستەمی هاوتاکانیانن و لابران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="36"/>
        <source>layer &apos;{layer}&apos;: {count} invalid geometries were made valid</source>
        <translation>چینی «{layer}»: {count} جیۆمەتریی نادروست چاککران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="45"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are not dates and were left out</source>
        <translation>چینی «{layer}»: {count} بەهای «{field}» بەروار نین و لابران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="47"/>
        <source>layer &apos;{layer}&apos;: {count} features dated after the as-of date {as_of} were not counted</source>
        <translation>چینی «{layer}»: {count} تایبەتمەندی کە بەرواریان دوای بەرواری شیکارییە {as_of} نەژمێردران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="54"/>
        <source>layer &apos;{layer}&apos;: {count} negative values of &apos;{field}&apos; were counted as 0</source>
        <translation>چینی «{layer}»: {count} بەهای نەرێنیی «{field}» وەک 0 ژمێردران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="56"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are not numbers and were counted as 0</source>
        <translation>چینی «{layer}»: {count} بەهای «{field}» ژمارە نین و وەک 0 ژمێردران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="60"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have no population above 0; their rate is missing</source>
        <translation>پێوەری «{criterion}»: {count} یەکە دانیشتوانی سەرووی 0یان نییە؛ ڕێژەکەیان نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="62"/>
        <source>criterion &apos;{criterion}&apos;: in {count} units the share fields do not sum to 1; they were rescaled</source>
        <translation>پێوەری «{criterion}»: لە {count} یەکەدا کۆی خانەکانی بەش 1 نییە؛ ڕێکخرانەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="64"/>
        <source>criterion &apos;{criterion}&apos;: no unit has a value; it was left out</source>
        <translation>پێوەری «{criterion}»: هیچ یەکەیەک بەهای نییە؛ لابرا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="96"/>
        <source>layer &apos;{layer}&apos;: curved geometries (arcs) were approximated by straight segments</source>
        <translation>چینی «{layer}»: جیۆمەترییە چەماوەکان (کەوانەکان) بە پارچەی ڕاست نزیک کرانەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="98"/>
        <source>layer &apos;{layer}&apos;: {count} unclosed rings were closed</source>
        <translation>چینی «{layer}»: {count} ئەڵقەی کراوە داخران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="100"/>
        <source>layer &apos;{layer}&apos;: {count} polygons with unclosed rings were left out (shapely 2.1 or newer closes them)</source>
        <translation>چینی '{layer}': {count} فرەگۆشە بە ئەڵقەی نەداخراوەوە لابران (shapely 2.1 یان نوێتر دایاندەخات)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="66"/>
        <source>criterion &apos;{criterion}&apos;: counts events located to {rule} or better (&apos;{field}&apos;); {count} of {total} events ({share} %) are located more coarsely and were not counted</source>
        <translation>پێوەری '{criterion}': ئەو ڕووداوانە دەژمێرێت کە شوێنەکەیان بە وردیی {rule} یان باشتر دیاری کراوە ('{field}')؛ {count} لە {total} ڕووداو ({share} %) شوێنیان بە وردییەکی کەمتر دیاری کراوە و نەژمێردراون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="69"/>
        <source>criterion &apos;{criterion}&apos;: layer &apos;{layer}&apos; records only events with &apos;{field}&apos; of at least {floor}, so smaller incidents (e.g. attacks without deaths) are not in the data</source>
        <translation>پێوەری '{criterion}': چینی '{layer}' تەنها ئەو ڕووداوانە تۆمار دەکات کە بەهای '{field}' تێیاندا لانیکەم {floor} بێت، بۆیە ڕووداوە بچووکترەکان (بۆ نموونە هێرشی بێ کوژراو) لە داتاکاندا نین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="72"/>
        <source>layer &apos;{layer}&apos;: its data are a snapshot of {snapshot}, after the as-of date {as_of}, so they may carry what was not known on the as-of date</source>
        <translation>چینی '{layer}': داتاکانی وێنەیەکی ساتین لە {snapshot}، دوای بەرواری بنەڕەتی {as_of}، بۆیە لەوانەیە شتێکیان تێدا بێت کە لە بەرواری بنەڕەتیدا نەزانراو بووە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="75"/>
        <source>criterion &apos;{criterion}&apos;: the data cover only {count} of the {days} days of the reference {period}; its count was pro-rated</source>
        <translation>پێوەری '{criterion}': داتاکان تەنها {count} ڕۆژ لە {days} ڕۆژی ماوەی پێوانەیی {period} دادەپۆشن؛ ژمارەکەی بە ڕێژە هەژمار کرا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="78"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have no town; their distance is measured from the unit&apos;s centre</source>
        <translation>پێوەری '{criterion}': {count} یەکە هیچ شارۆچکەیەکیان تێدا نییە؛ دوورییەکەیان لە ناوەڕاستی یەکەکەوە دەپێورێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="80"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have nothing to divide by; their ratio is missing</source>
        <translation>پێوەری '{criterion}': {count} یەکە هیچ بەهایەکیان نییە بۆ دابەشکردن بەسەریدا؛ ڕێژەکەیان بەردەست نییە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="82"/>
        <source>criteria '{first}' and '{second}' are strongly correlated on this run (Spearman ρ = {rho}); together they may count the same thing twice</source>
        <translation>پێوەرەکانی '{first}' و '{second}' لەم جێبەجێکردنەدا پەیوەندییەکی بەهێزیان هەیە (Spearman ρ = {rho})؛ پێکەوە لەوانەیە هەمان شت دوو جار بژمێرن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="85"/>
        <source>area '{name}': its unit alone covers {km2} km², more than areas → max_km2 ({cap} km²); a unit is never split</source>
        <translation>ناوچەی '{name}': تەنها یەکەکەی خۆی {km2} km² دادەپۆشێت، کە زیاترە لە areas → max_km2 ({cap} km²)؛ یەکە هەرگیز دابەش ناکرێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="43"/>
        <source>layer &apos;{layer}&apos;: {count} features have coordinates that are not numbers and were left out</source>
        <translation>چینی '{layer}': {count} تەن کۆئۆردیناتیان هەیە کە ژمارە نین، بۆیە لابران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="38"/>
        <source>layer &apos;{layer}&apos;: none of its {count} features has a geometry, so it counts nothing</source>
        <translation>چینی '{layer}': هیچ کام لە {count} تەنەکەی جیۆمەتریی نییە، بۆیە هیچ شتێک ناژمێرێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="40"/>
        <source>layer '{layer}': none of its {count} features lies within the units' extent, so it counts nothing — check its CRS, or whether longitude and latitude are swapped</source>
        <translation>چینی '{layer}': هیچ کام لە {count} تەنەکەی لە ناو پانتایی یەکەکاندا نییە، بۆیە هیچ شتێک ناژمێرێت — CRSەکەی بپشکنە، یان بزانە ئایا هێڵی درێژی و هێڵی پانی جێگۆڕکێیان پێکراوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="58"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are infinite and were counted as 0</source>
        <translation>چینی '{layer}': {count} بەهای '{field}' بێکۆتان، بۆیە وەک 0 هەژمار کران</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="87"/>
        <source>the analysis CRS {crs} is meant for another region than the units, so distances and areas are distorted — leave 'crs' out (RiskMap picks the units' UTM zone) or choose a CRS for this region</source>
        <translation>CRSی شیکاری {crs} بۆ هەرێمێکی ترە جگە لە هەرێمی یەکەکان، بۆیە دووری و ڕووبەرەکان دەشێوێن — 'crs' لاببە (RiskMap ناوچەی UTMی یەکەکان هەڵدەبژێرێت) یان CRSێک بۆ ئەم هەرێمە هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="90"/>
        <source>the data do not cover the reference year {year} of the time analysis, so no unit is compared with its {year} level</source>
        <translation>داتاکان ساڵی بنەڕەتی {year}ی شیکاریی کات ناگرنەوە، بۆیە هیچ یەکەیەک بە ئاستی {year}ی بەراورد نەکرا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="93"/>
        <source>no layer &apos;{layer}&apos; in this project: the at-risk areas were not kept inside its boundaries</source>
        <translation>چینی '{layer}' لەم پرۆژەیەدا نییە: ناوچە مەترسیدارەکان لەناو سنوورەکانیدا نەهێڵدرانەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="49"/>
        <source>layer &apos;{layer}&apos;: the field &apos;{field}&apos; was matched to &apos;{name}&apos;, which differs only in case (PostGIS imports lower-case field names)</source>
        <translation>چینی '{layer}': خانەی '{field}' لەگەڵ '{name}' گونجێنرا، کە تەنها لە گەورە و بچووکی پیتەکاندا جیاوازە (PostGIS ناوی خانەکان بە پیتی بچووک هاوردە دەکات)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="52"/>
        <source>layer &apos;{layer}&apos;: counted per unit in its PostGIS database; its features were not read into RiskMap</source>
        <translation>چینی '{layer}': بۆ هەر یەکەیەک لە بنکەدراوەی PostGIS ی خۆیدا ژمێردرا؛ تایبەتمەندییەکانی نەخوێندرانەوە بۆ ناو RiskMap</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../riskmap_plugin/gui/run_control.py" line="94"/>
        <source>RiskMap: {}</source>
        <translation>RiskMap: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_control.py" line="113"/>
        <source>Preparing</source>
        <translation>ئامادەکردن</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="95"/>
        <source>Preset</source>
        <translation>ڕێکخستنی ئامادە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="59"/>
        <source>Start from a saved model</source>
        <translation>دەستپێکردن لە مۆدێلێکی پاشەکەوتکراو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="60"/>
        <source>Load…</source>
        <translation>بارکردن…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="60"/>
        <source>Load a model JSON file</source>
        <translation>بارکردنی فایلی مۆدێلی JSON</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="63"/>
        <source>Save…</source>
        <translation>پاشەکەوتکردن…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="63"/>
        <source>Save this model as a JSON file</source>
        <translation>ئەم مۆدێلە وەک فایلی JSON پاشەکەوت بکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="66"/>
        <source>Save as preset</source>
        <translation>پاشەکەوتکردن وەک ڕێکخستنی ئامادە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="66"/>
        <source>Keep this model among your presets (in your QGIS profile)</source>
        <translation>ئەم مۆدێلە لەناو ڕێکخستنە ئامادەکانت ڕابگرە (لە پرۆفایلی QGIS ەکەت)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="73"/>
        <source>Model name</source>
        <translation>ناوی مۆدێل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="73"/>
        <source>Names the result group and the output file</source>
        <translation>ناو لە گرووپی ئەنجام و فایلی دەرچوون دەنێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="83"/>
        <source>As-of date</source>
        <translation>بەرواری شیکاری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="83"/>
        <source>The date the analysis describes; windows count back from it</source>
        <translation>ئەو بەروارەی شیکارییەکە وەسفی دەکات؛ ماوەکان لێیەوە بۆ دواوە دەژمێردرێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="89"/>
        <source>Model</source>
        <translation>مۆدێل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="98"/>
        <source>as of</source>
        <translation>لە بەرواری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="100"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="104"/>
        <source>Analysis units</source>
        <translation>یەکەکانی شیکاری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="110"/>
        <source>Guess layers</source>
        <translation>مەزەندەکردنی چینەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="110"/>
        <source>Pick the project layer for each criterion from layer names, tables and fields</source>
        <translation>هەڵبژاردنی چینی پڕۆژە بۆ هەر پێوەرێک لە ناوی چین و خشتە و خانەکانەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="120"/>
        <source>Criteria</source>
        <translation>پێوەرەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="378"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>RiskMap output GeoPackage</source>
        <translation>GeoPackageی دەرچووی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>Output GeoPackage</source>
        <translation>GeoPackageی دەرچوون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>Where the scored units, areas and watch list are written</source>
        <translation>شوێنی نووسینی یەکە هەڵسەنگێنراوەکان، ناوچەکان و لیستی چاودێری</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="148"/>
        <source>Generate at-risk layer</source>
        <translation>دروستکردنی چینی ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="148"/>
        <source>Run the model and add the at-risk areas to the map (Ctrl+Return)</source>
        <translation>مۆدێلەکە جێبەجێ بکە و ناوچە مەترسیدارەکان بخەرە سەر نەخشە (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="154"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="154"/>
        <source>Stop the run; nothing is written (Esc)</source>
        <translation>ڕاگرتنی جێبەجێکردن؛ هیچ نانووسرێت (Esc)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="162"/>
        <source>Progress of the run</source>
        <translation>پێشکەوتنی جێبەجێکردن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="177"/>
        <source>Output</source>
        <translation>دەرچوون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="185"/>
        <source>At-risk areas</source>
        <translation>ناوچە مەترسیدارەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>Previous RiskMap result</source>
        <translation>ئەنجامی پێشووی RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="147"/>
        <source>the output file, if it exists</source>
        <translation>فایلی دەرچوون، ئەگەر هەبێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>Compare with previous result</source>
        <translation>بەراوردکردن لەگەڵ ئەنجامی پێشوو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>An earlier result GeoPackage: the run lists the units that entered or left the areas or moved in rank since then. Empty: the output file as it was before this run</source>
        <translation>GeoPackageی ئەنجامێکی پێشوو: جێبەجێکردنەکە ئەو یەکانە ڕیز دەکات کە لەو کاتەوە چوونەتە ناو ناوچەکان یان لێیان دەرچوون یان پلەیان گۆڕاوە. بەتاڵ: فایلی دەرچوون وەک پێش ئەم جێبەجێکردنە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="171"/>
        <source>Changes since the previous result</source>
        <translation>گۆڕانکارییەکان لە ئەنجامی پێشووەوە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="178"/>
        <source>Compare with</source>
        <translation>بەراورد لەگەڵ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="180"/>
        <source>Store in PostGIS</source>
        <translation>هەڵگرتن لە PostGIS</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="28"/>
        <source>Store the run in PostGIS: connection</source>
        <translation>کارپێکردنەکە لە PostGIS هەڵبگرە: پەیوەندی</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="29"/>
        <source>A saved PostgreSQL connection; empty: the run is not stored in a database</source>
        <translation>پەیوەندییەکی PostgreSQL ی هەڵگیراو؛ بەتاڵ: کارپێکردنەکە لە بنکەدراوەدا هەڵناگیرێت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="36"/>
        <source>Schema for the stored runs</source>
        <translation>سکیمای کارپێکردنە هەڵگیراوەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="37"/>
        <source>Where the runs are stored, with the latest-run views</source>
        <translation>شوێنی هەڵگرتنی کارپێکردنەکان، لەگەڵ دیمەنەکانی دوایین کارپێکردن</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="31"/>
        <source>Polygon layer</source>
        <translation>چینی فرەگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="32"/>
        <source>Hexagon grid</source>
        <translation>تۆڕی شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="33"/>
        <source>Score the polygons of a project layer (districts…)</source>
        <translation>هەڵسەنگاندنی فرەگۆشەکانی چینێکی پڕۆژە (قەزاکان…)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="34"/>
        <source>Score hexagons of a chosen size, clipped to a boundary</source>
        <translation>هەڵسەنگاندنی شەشگۆشەی قەبارەی هەڵبژێردراو، بڕاو بە سنوورێک</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="42"/>
        <source>Units layer</source>
        <translation>چینی یەکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="45"/>
        <source>Unit id field</source>
        <translation>خانەی ناسنامەی یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="46"/>
        <source>Unit name field</source>
        <translation>خانەی ناوی یەکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="54"/>
        <source> km</source>
        <translation> کم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="55"/>
        <source>Hexagon size</source>
        <translation>قەبارەی شەشگۆشە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="56"/>
        <source>Distance between neighbouring hexagon centres</source>
        <translation>دووری نێوان ناوەندی شەشگۆشە دراوسێکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="57"/>
        <source>Grid boundary</source>
        <translation>سنووری تۆڕ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="63"/>
        <source>Towns that name the areas</source>
        <translation>ئەو شارۆچکانەی ناو لە ناوچەکان دەنێن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="69"/>
        <source>Town name field</source>
        <translation>خانەی ناوی شارۆچکە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="78"/>
        <source>Units</source>
        <translation>یەکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="79"/>
        <source>Layer</source>
        <translation>چین</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="83"/>
        <source>Id / name</source>
        <translation>ناسنامە / ناو</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="87"/>
        <source>Grid</source>
        <translation>تۆڕ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="91"/>
        <source>Towns</source>
        <translation>شارۆچکەکان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="176"/>
        <source>choose a grid boundary</source>
        <translation>سنوورێکی تۆڕ هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="178"/>
        <source>choose a units layer</source>
        <translation>چینێکی یەکەکان هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="180"/>
        <source>choose the units&apos; id field</source>
        <translation>خانەی ناسنامەی یەکەکان هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="182"/>
        <source>choose the towns&apos; name field</source>
        <translation>خانەی ناوی شارۆچکەکان هەڵبژێرە</translation>
    </message>
</context>
</TS>

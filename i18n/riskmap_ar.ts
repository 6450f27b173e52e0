<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>@default</name>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="19"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="21"/>
        <source>Show the full message</source>
        <translation>عرض الرسالة كاملة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="16"/>
        <source>Print briefing (PDF)</source>
        <translation>طباعة الإحاطة (PDF)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="56"/>
        <source>Result GeoPackage</source>
        <translation>ملف GeoPackage للنتيجة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="59"/>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="64"/>
        <source>Classification banner</source>
        <translation>شريط التصنيف</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="76"/>
        <source>Briefing PDF</source>
        <translation>ملف PDF للإحاطة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="81"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="15"/>
        <source>Create hexagon grid</source>
        <translation>إنشاء شبكة سداسية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="61"/>
        <source>Extent</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="62"/>
        <source>Cell size (km)</source>
        <translation>حجم الخلية (كم)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="71"/>
        <source>Boundary to clip to</source>
        <translation>الحدود التي يُقص عليها</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="79"/>
        <source>Grid CRS (metres)</source>
        <translation>نظام إحداثيات الشبكة (بالأمتار)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="82"/>
        <source>Hexagon grid</source>
        <translation>شبكة سداسية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="98"/>
        <source>Give an extent or a boundary layer — the grid needs an area to cover.</source>
        <translation>حدّد نطاقًا أو طبقة حدود — تحتاج الشبكة إلى منطقة تغطيها.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="128"/>
        <source>The grid CRS {} is in degrees — choose a projected CRS in metres.</source>
        <translation>نظام إحداثيات الشبكة {} بالدرجات — اختر نظامًا مُسقطًا بالأمتار.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="167"/>
        <source>{} hexagons of {} km</source>
        <translation>{} خلية سداسية بحجم {} كم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="14"/>
        <source>Score at-risk areas</source>
        <translation>تقييم المناطق المعرّضة للخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="54"/>
        <source>Model file (JSON)</source>
        <translation>ملف النموذج (JSON)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="60"/>
        <source>Units layer (replaces the model&apos;s units)</source>
        <translation>طبقة الوحدات (تحلّ محل وحدات النموذج)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="68"/>
        <source>As-of date (replaces the model&apos;s)</source>
        <translation>تاريخ التحليل (يحلّ محل تاريخ النموذج)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="76"/>
        <source>Layer map (JSON object or name=layer;name2=file)</source>
        <translation>ربط الطبقات (كائن JSON أو name=layer;name2=file)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/model_algorithm.py" line="34"/>
        <source>Model file not found: '{}' — choose a RiskMap model JSON file.</source>
        <translation>لم يُعثر على ملف النموذج: '{}' — اختر ملف نموذج RiskMap بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="165"/>
        <source>As-of date '{}' is not a date — write it as YYYY-MM-DD.</source>
        <translation>تاريخ التحليل '{}' ليس تاريخًا — اكتبه بالشكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="203"/>
        <source>No output chosen — set OUTPUT_UNITS, OUTPUT_AREAS or OUTPUT_WATCH.</source>
        <translation>لم يُختر أي مخرج — حدّد OUTPUT_UNITS أو OUTPUT_AREAS أو OUTPUT_WATCH.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="283"/>
        <source>Wrote {}</source>
        <translation>كُتب {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="66"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>Data coverage</source>
        <translation>تغطية البيانات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="257"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>raw</source>
        <translation>خام</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="312"/>
        <source>points</source>
        <translation>نقاط</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="124"/>
        <source>Previous result to compare with (GeoPackage)</source>
        <translation>نتيجة سابقة للمقارنة (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="265"/>
        <source>Surge: the last 4 weeks far above the 6 months before</source>
        <translation>تصاعد: الأسابيع الأربعة الأخيرة أعلى بكثير من الأشهر الستة السابقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="52"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="56"/>
        <source>At-risk areas ({})</source>
        <translation>المناطق المعرّضة للخطر ({})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="58"/>
        <source>Criteria and weights</source>
        <translation>المعايير والأوزان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="59"/>
        <source>Method</source>
        <translation>المنهجية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="61"/>
        <source>Caveats</source>
        <translation>تحفظات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="63"/>
        <source>Sources and attributions</source>
        <translation>المصادر والإسناد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="65"/>
        <source>Drivers in this area (area values; points of the score)</source>
        <translation>العوامل في هذه المنطقة (قيم المنطقة؛ نقاط الدرجة)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="66"/>
        <source>Units in this area ({})</source>
        <translation>الوحدات في هذه المنطقة ({})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="70"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="74"/>
        <source>Counts are the area&apos;s totals; other measures its riskiest unit&apos;s value.</source>
        <translation>الأعداد هي مجاميع المنطقة؛ والمقاييس الأخرى قيمة أكثر وحداتها خطرًا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="76"/>
        <source>Method, caveats and full sources: page 1.</source>
        <translation>المنهجية والتحفظات والمصادر الكاملة: الصفحة 1.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="78"/>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="64"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="65"/>
        <source>Class</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="72"/>
        <source>Top drivers</source>
        <translation>أهم العوامل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="205"/>
        <source>… and {} more (see the area pages)</source>
        <translation>… و{} أخرى (انظر صفحات المناطق)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="217"/>
        <source>Riskier when</source>
        <translation>أخطر عندما</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="258"/>
        <source>Value in the area</source>
        <translation>القيمة في المنطقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="259"/>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="260"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="263"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="266"/>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="68"/>
        <source>Rank band</source>
        <translation>نطاق الترتيب</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="69"/>
        <source>Top class</source>
        <translation>الفئة العليا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="70"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="33"/>
        <source>At-risk areas</source>
        <translation>المناطق المعرّضة للخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="34"/>
        <source>Watch list (look again)</source>
        <translation>قائمة المراقبة (تستحق نظرة ثانية)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="35"/>
        <source>Risk class of units</source>
        <translation>فئة خطر الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="36"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="37"/>
        <source>historical</source>
        <translation>تاريخي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="38"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="39"/>
        <source>intensifying</source>
        <translation>متصاعد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="40"/>
        <source>diminishing</source>
        <translation>متناقص</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="41"/>
        <source>persistent</source>
        <translation>مستمر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="42"/>
        <source>sporadic</source>
        <translation>متقطع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Very low</source>
        <translation>منخفض جدًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="138"/>
        <source>Very high</source>
        <translation>مرتفع جدًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="43"/>
        <source>higher</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="44"/>
        <source>lower</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/phrases.py" line="86"/>
        <source>RiskMap {version} · model “{model}” · result {result} · as of {as_of} · generated {generated}</source>
        <translation>RiskMap {version} · النموذج «{model}» · النتيجة {result} · بتاريخ {as_of} · أُنشئت في {generated}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="35"/>
        <source>… and {} more units (see the map)</source>
        <translation>… و{} وحدات أخرى (انظر الخريطة)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>briefing</source>
        <translation>إحاطة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>print layout</source>
        <translation>تخطيط الطباعة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="38"/>
        <source>atlas</source>
        <translation>أطلس</translation>
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
        <translation>ينشئ شبكة من الأشكال السداسية لاستخدامها وحداتِ تحليل (مثلًا بوصفها &lt;i&gt;طبقة الوحدات&lt;/i&gt; في أداة &lt;i&gt;تقييم المناطق المعرضة للخطر&lt;/i&gt;). لكل شكل سداسي &lt;tt&gt;unit_id&lt;/tt&gt; و&lt;tt&gt;unit_name&lt;/tt&gt;.

&lt;b&gt;النطاق&lt;/b&gt;: المنطقة المراد تغطيتها (أدخل الإحداثيات، أو ارسمها على لوحة الخريطة، أو استخدم نطاق طبقة). اختياري عند تحديد حدود.

&lt;b&gt;حجم الخلية (كم)&lt;/b&gt;: المسافة عبر الشكل السداسي بين ضلعين مستويين متقابلين (10 كم تعطي خلايا بمساحة 87 كم² تقريبًا)؛ 10 كم تناسب دولة، و2–5 كم تناسب محافظة.

&lt;b&gt;الحدود&lt;/b&gt; (اختياري): مضلعات تُقص الشبكة وفقها، مثل حدود الدولة؛ وتُحذف الأشكال السداسية الواقعة خارجها.

&lt;b&gt;نظام الإحداثيات المرجعي (CRS) للشبكة&lt;/b&gt; (اختياري): نظام إحداثيات مرجعي (CRS) مُسقَط بالأمتار؛ افتراضيًا منطقة UTM الواقعة في مركز النطاق.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>hexagon</source>
        <translation>سداسي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>grid</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>analysis units</source>
        <translation>وحدات التحليل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="32"/>
        <source>tessellation</source>
        <translation>تبليط</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="56"/>
        <source>Scored units</source>
        <translation>الوحدات المقيَّمة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="58"/>
        <source>Watch list</source>
        <translation>قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>risk</source>
        <translation>خطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>at-risk areas</source>
        <translation>المناطق المعرضة للخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>stabilization</source>
        <translation>تحقيق الاستقرار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>conflict</source>
        <translation>نزاع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>violent extremism</source>
        <translation>التطرف العنيف</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>composite indicator</source>
        <translation>مؤشر مركب</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>multi-criteria</source>
        <translation>متعدد المعايير</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="22"/>
        <source>watch list</source>
        <translation>قائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="298"/>
        <source>Computed by RiskMap with the model &apos;{0}&apos; as of {1}.</source>
        <translation>احتُسب بواسطة RiskMap باستخدام النموذج '{0}' بتاريخ الإسناد {1}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="37"/>
        <source>Re-scores the model at earlier as-of dates, each time with only the data dated up to that day, and compares each unit's score with what happened in the following months: the events of the outcome criterion (by default the model's time criterion, with its filters and location-precision rule) dated after the as-of date and up to the end of the horizon. Beside the model, always: four baselines from conflict history alone (events in the prior 6 and 12 months, months with events among the prior 12, a decayed history).

&lt;b&gt;As-of dates&lt;/b&gt;: a list (2016-12-31, 2017-06-30…) or &lt;b&gt;First&lt;/b&gt;, &lt;b&gt;Last&lt;/b&gt; and &lt;b&gt;Every N months&lt;/b&gt;. &lt;b&gt;Horizon&lt;/b&gt;: months after each as-of date.

&lt;b&gt;Leave out illustrative criteria&lt;/b&gt;: score without the criteria marked illustrative. Either way, the figures with and without them are both in the table.

&lt;b&gt;Propose weights&lt;/b&gt;: search non-negative weights that would have done better on the earlier dates and report them on the last dates, which the search did not see. Nothing is changed in the model.

&lt;b&gt;Outputs&lt;/b&gt;: a GeoPackage with the metrics by as-of date and scorer (ROC AUC, average precision, precision and recall at k, Spearman, shares of later events in the at-risk areas and on the watch list), the verdict against the best baseline with a bootstrap interval, the criterion report, and the units at the last as-of date styled as hits, misses and false alarms; the metrics as CSV; a chart (PNG, needs matplotlib). Flags: a horizon cut by the end of the data, and layers without dates (possible look-ahead).</source>
        <translation>يعيد تقييم النموذج في تواريخ إسناد سابقة، في كل مرة باستخدام البيانات المؤرَّخة حتى ذلك اليوم فقط، ويقارن درجة كل وحدة بما حدث في الأشهر التالية: أحداث معيار النتيجة (افتراضيًا المعيار الزمني للنموذج، مع مرشّحاته وقاعدة دقة تحديد الموقع الخاصة به) المؤرَّخة بعد تاريخ الإسناد وحتى نهاية الأفق الزمني. وإلى جانب النموذج، تُحتسب دائمًا أربعة خطوط أساس مبنية على تاريخ النزاع وحده (الأحداث في الأشهر الستة والاثني عشر السابقة، والأشهر التي شهدت أحداثًا من بين الأشهر الاثني عشر السابقة، وسجلّ تاريخي متناقص الأثر).

&lt;b&gt;تواريخ الإسناد&lt;/b&gt;: قائمة (2016-12-31، 2017-06-30…) أو &lt;b&gt;الأول&lt;/b&gt; و&lt;b&gt;الأخير&lt;/b&gt; و&lt;b&gt;كل N أشهر&lt;/b&gt;. &lt;b&gt;الأفق الزمني&lt;/b&gt;: الأشهر التي تلي كل تاريخ إسناد.

&lt;b&gt;استبعاد المعايير التوضيحية&lt;/b&gt;: التقييم دون المعايير المعلَّمة بأنها توضيحية. وفي الحالتين، ترد في الجدول الأرقام مع هذه المعايير ودونها.

&lt;b&gt;اقتراح أوزان&lt;/b&gt;: البحث عن أوزان غير سالبة كانت ستحقق أداءً أفضل في التواريخ السابقة، وعرض نتائجها في التواريخ الأخيرة التي لم يطّلع عليها البحث. لا يُغيَّر أي شيء في النموذج.

&lt;b&gt;المخرجات&lt;/b&gt;: ملف GeoPackage يتضمن المقاييس حسب تاريخ الإسناد وطريقة التقييم (ROC AUC، ومتوسط الدقة، والدقة والاستدعاء عند k، وSpearman، وحصص الأحداث اللاحقة في المناطق المعرضة للخطر وفي قائمة المراقبة)، والحكم مقارنةً بأفضل خط أساس مع فاصل bootstrap، وتقرير المعايير، والوحدات في تاريخ الإسناد الأخير منسَّقةً بوصفها إصابات وإخفاقات وإنذارات كاذبة؛ والمقاييس بصيغة CSV؛ ومخططًا بيانيًا (PNG، يتطلب matplotlib). التنبيهات: أفق زمني تقطعه نهاية البيانات، وطبقات بلا تواريخ (احتمال استخدام معلومات لاحقة).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>backtest</source>
        <translation>الاختبار الرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>validation</source>
        <translation>التحقق من الصحة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>forecast</source>
        <translation>تنبؤ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="45"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/toolbox.py" line="17"/>
        <source>Backtest the model against what happened next</source>
        <translation>الاختبار الرجعي للنموذج مقارنةً بما حدث لاحقًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="87"/>
        <source>As-of dates (YYYY-MM-DD, comma-separated)</source>
        <translation>تواريخ الإسناد (YYYY-MM-DD، مفصولة بفواصل)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="92"/>
        <source>First as-of date</source>
        <translation>تاريخ الإسناد الأول</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="95"/>
        <source>Last as-of date</source>
        <translation>تاريخ الإسناد الأخير</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="98"/>
        <source>Every N months</source>
        <translation>كل N أشهر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="98"/>
        <source>Horizon (months after each as-of date)</source>
        <translation>الأفق الزمني (الأشهر التي تلي كل تاريخ إسناد)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="112"/>
        <source>Outcome criterion (id; default: the time criterion)</source>
        <translation>معيار النتيجة (المعرّف؛ الافتراضي: المعيار الزمني)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="119"/>
        <source>Leave out illustrative criteria</source>
        <translation>استبعاد المعايير التوضيحية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="124"/>
        <source>Propose weights that would have done better</source>
        <translation>اقتراح أوزان كانت ستحقق أداءً أفضل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="71"/>
        <source>Backtest GeoPackage</source>
        <translation>GeoPackage الاختبار الرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="134"/>
        <source>Metrics table (CSV)</source>
        <translation>جدول المقاييس (CSV)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="143"/>
        <source>Chart (PNG)</source>
        <translation>مخطط بياني (PNG)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="152"/>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="178"/>
        <source>No as-of dates — give AS_OF_DATES, or FIRST and LAST (YYYY-MM-DD).</source>
        <translation>لا توجد تواريخ إسناد — حدّد AS_OF_DATES، أو FIRST وLAST (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="184"/>
        <source>FIRST ({}) is after LAST ({}) — swap them.</source>
        <translation>FIRST ({}) يقع بعد LAST ({}) — بدّل بينهما.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="245"/>
        <source>{}: '{}' is not a date — write it as YYYY-MM-DD.</source>
        <translation>{}: '{}' ليس تاريخًا — اكتبه بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/briefing_algorithm.py" line="25"/>
        <source>Prints a RiskMap result GeoPackage (written by &lt;i&gt;Score at-risk areas&lt;/i&gt;) as a briefing PDF: page 1 with the overview map, legend, scale bar, north arrow, locator, the tables of at-risk areas and of criteria and weights, the method note, caveats (data coverage, illustrative layers) and the data sources and attributions; then one page per at-risk area with its map, drivers with raw values and member units.

&lt;b&gt;Banner&lt;/b&gt;: the classification text printed at the top and bottom of every page.
&lt;b&gt;Page size&lt;/b&gt;: A4 or A3 landscape.
&lt;b&gt;Backtest&lt;/b&gt; (optional): a GeoPackage written by &lt;i&gt;Backtest the model&lt;/i&gt; for the same model adds a last page &quot;How well has this model done?&quot; (default: &lt;i&gt;&amp;lt;result&amp;gt;_backtest.gpkg&lt;/i&gt; beside the result, when it exists).</source>
        <translation>يطبع ملف GeoPackage لنتيجة RiskMap (الذي تكتبه أداة &lt;i&gt;تقييم المناطق المعرضة للخطر&lt;/i&gt;) على شكل إحاطة بصيغة PDF: الصفحة الأولى تتضمن الخريطة العامة ومفتاح الخريطة وشريط المقياس وسهم الشمال وخريطة الموقع، وجدولَي المناطق المعرضة للخطر والمعايير وأوزانها، وملاحظة المنهجية، والتحفظات (تغطية البيانات، والطبقات التوضيحية)، ومصادر البيانات ونسبتها إلى أصحابها؛ ثم صفحة لكل منطقة معرضة للخطر تتضمن خريطتها والعوامل المحركة مع قيمها الخام والوحدات المنتمية إليها.

&lt;b&gt;الشريط&lt;/b&gt;: نص التصنيف المطبوع في أعلى كل صفحة وأسفلها.
&lt;b&gt;حجم الصفحة&lt;/b&gt;: A4 أو A3 بالاتجاه الأفقي.
&lt;b&gt;الاختبار الرجعي&lt;/b&gt; (اختياري): ملف GeoPackage تكتبه أداة &lt;i&gt;الاختبار الرجعي للنموذج&lt;/i&gt; للنموذج نفسه، ويضيف صفحة أخيرة بعنوان &quot;ما مدى جودة أداء هذا النموذج؟&quot; (الافتراضي: &lt;i&gt;&amp;lt;result&amp;gt;_backtest.gpkg&lt;/i&gt; بجانب النتيجة، إن وُجد).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="30"/>
        <source>Hit: at risk, and events followed</source>
        <translation>إصابة: معرَّضة للخطر، وتلتها أحداث</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="31"/>
        <source>Miss: events, but not at risk</source>
        <translation>إخفاق: وقعت أحداث، لكنها غير معرَّضة للخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="32"/>
        <source>False alarm: at risk, no event followed</source>
        <translation>إنذار كاذب: معرَّضة للخطر، ولم تتلها أحداث</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="35"/>
        <source>Quiet: not at risk, no event</source>
        <translation>هادئة: غير معرَّضة للخطر، ولا أحداث</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/backtest_style.py" line="59"/>
        <source>Hits and misses</source>
        <translation>الإصابات والإخفاقات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/style.py" line="146"/>
        <source>score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="67"/>
        <source>Size</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/overview.py" line="71"/>
        <source>Illustrative</source>
        <translation>توضيحي</translation>
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
        <translation>يقيّم وحدات التحليل (الأقضية أو النواحي أو شبكة سداسية) باستخدام نموذج RiskMap، ويحدد المناطق المعرضة لخطر عودة التطرف العنيف، مع بيان المعايير التي أدت إلى إدراج كل منها، إضافةً إلى قائمة المراقبة التي تضم الوحدات الواقعة دون حدّ القطع مباشرةً أو التي تشهد ارتفاعًا.

&lt;b&gt;ملف النموذج&lt;/b&gt;: نموذج RiskMap (بصيغة JSON) الذي يتضمن المعايير والأوزان والإعدادات. يُبحث عن مراجع الطبقات الواردة في النموذج بهذا الترتيب: خريطة الطبقات، ثم طبقات المشروع (بالمعرّف أو الاسم)، ثم جداول GeoPackage الخاصة بالمشروع، ثم مسارات الملفات (نسبةً إلى ملف النموذج)، ثم ملف GeoPackage المحدد في &lt;i&gt;default_source&lt;/i&gt; الخاص بالنموذج.

&lt;b&gt;طبقة الوحدات&lt;/b&gt; (اختياري): طبقة مضلعات تحل محل وحدات النموذج، مثل مخرجات أداة &lt;i&gt;إنشاء شبكة سداسية&lt;/i&gt;. يجب أن تحتوي على حقلي المعرّف/الاسم المحددين في النموذج، أو على unit_id وunit_name.

&lt;b&gt;تاريخ الإسناد&lt;/b&gt; (اختياري): يحل محل تاريخ الإسناد المحدد في النموذج؛ وتُحتسب الفترات الزمنية رجوعًا منه.

&lt;b&gt;خريطة الطبقات&lt;/b&gt; (اختياري): توجّه مراجع النموذج إلى طبقات أو ملفات أخرى، بصيغة JSON &lt;tt&gt;{&quot;events&quot;: &quot;Security incidents&quot;}&lt;/tt&gt; أو &lt;tt&gt;events=incidents.gpkg;towns=Towns&lt;/tt&gt;.

&lt;b&gt;النتيجة السابقة&lt;/b&gt; (اختياري): ملف GeoPackage كتبه تشغيل سابق (مثلًا لإعداد الإحاطة الأخيرة). تُكتب الوحدات التي دخلت المناطق المعرضة للخطر أو خرجت منها، أو التي تغيّرت مرتبتها 5 مراتب أو أكثر، في جدول &lt;i&gt;changes&lt;/i&gt; مع المعيار الذي تغيّر أكثر من غيره؛ وتطبعها الإحاطة تحت عنوان &quot;التغييرات منذ الإحاطة الأخيرة&quot;. ويمكن أن يكون هو ملف المخرجات نفسه: إذ يُقرأ قبل استبداله.

&lt;b&gt;السماح بالملفات الموجودة خارج مجلد النموذج&lt;/b&gt; (معطّل افتراضيًا): يُتبادل ملف النموذج بين الزملاء، لذا لا تُقرأ الملفات التي يشير إليها إلا من مجلده نفسه (والمجلدات الفرعية التابعة له)؛ ولا تُفتح المصادر البعيدة والافتراضية (عناوين URL، /vsicurl/، .vrt) من نموذج أبدًا. أما الطبقات الموجودة في المشروع وفي خريطة الطبقات فمسموح بها دائمًا.

&lt;b&gt;المخرجات&lt;/b&gt;: عندما تُوجَّه المخرجات إلى ملف GeoPackage نفسه فإنها تُكتب معًا دفعةً واحدة بشكل ذرّي (أي تشغيل يفشل أو يُلغى يترك الملف السابق دون تغيير)، مع جدولَي &lt;i&gt;criteria&lt;/i&gt; و&lt;i&gt;sensitivity&lt;/i&gt; (و&lt;i&gt;changes&lt;/i&gt;) وبيانات مصدر التشغيل (النموذج، وتاريخ الإسناد، والمدخلات مع بصمات محتواها، والإصدارات، والوقت).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="133"/>
        <source>Allow files outside the model&apos;s folder</source>
        <translation>السماح بالملفات الموجودة خارج مجلد النموذج</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/fill.py" line="201"/>
        <source>No at-risk areas at this cut-off.</source>
        <translation>لا توجد مناطق معرضة للخطر عند حدّ القطع هذا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/backtest_algorithm.py" line="234"/>
        <source>Chart: could not write '{}' ({}) — choose a folder you can write to.</source>
        <translation>المخطط: تعذّرت كتابة '{}' ({}) — اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/base.py" line="83"/>
        <source>Use the sample&apos;s layers, illustrative ones included (the model&apos;s default_source)</source>
        <translation>استخدام طبقات العيّنة، بما فيها الطبقات التوضيحية (default_source في النموذج)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="104"/>
        <source>Boundary to clip to: the layer '{}' has no polygons (it is empty or its geometries are NULL) — choose a layer with the area's outline.</source>
        <translation>الحدود المراد القصّ عليها: الطبقة '{}' لا تحتوي على مضلّعات (فارغة أو هندساتها NULL) — اختر طبقة فيها حدود المنطقة.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="111"/>
        <source>Extent: '{}' has no area (a point, a line or numbers that are not coordinates) — draw the extent on the canvas or take a layer's extent.</source>
        <translation>النطاق: '{}' بلا مساحة (نقطة أو خط أو أرقام ليست إحداثيات) — ارسم النطاق على الخريطة أو خذ نطاق طبقة.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="181"/>
        <source>Hexagon grid: the disk is full — free some space or choose another folder.</source>
        <translation>الشبكة السداسية: القرص ممتلئ — حرّر بعض المساحة أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/hexgrid_algorithm.py" line="182"/>
        <source>Hexagon grid: could not write to '{}' — choose a folder you can write to with free space.</source>
        <translation>الشبكة السداسية: تعذّرت الكتابة في '{}' — اختر مجلدًا يمكنك الكتابة فيه وفيه مساحة فارغة.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/score_algorithm.py" line="97"/>
        <source>&lt;b&gt;Use the sample&apos;s layers&lt;/b&gt; (off by default): the model&apos;s &lt;i&gt;default_source&lt;/i&gt; is read only when this is ticked, and only when it is RiskMap&apos;s sample GeoPackage, which holds real open data and made-up (illustrative) layers. Without it, a layer that the project, the layer map and the model&apos;s paths do not give stops the run, naming the layer: made-up data never reach a result unasked.</source>
        <translation>&lt;b&gt;استخدام طبقات العيّنة&lt;/b&gt; (معطّل افتراضيًا): لا يُقرأ &lt;i&gt;default_source&lt;/i&gt; في النموذج إلا عند تفعيل هذا الخيار، وفقط إذا كان ملف GeoPackage الخاص بعيّنة RiskMap، الذي يضم بيانات مفتوحة حقيقية وطبقات مختلقة (توضيحية). من دونه، توقف التشغيلَ أيُّ طبقة لا يوفّرها المشروع ولا خريطة الطبقات ولا مسارات النموذج، مع ذكر اسمها: لا تصل البيانات المختلقة إلى أي نتيجة دون طلب.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="32"/>
        <source>A schema for the stored runs ('{}') was given without a database connection — choose the PostgreSQL connection too, or clear the schema.</source>
        <translation>أُعطي مخطط للتشغيلات المخزّنة ('{}') دون اتصال بقاعدة بيانات — اختر اتصال PostgreSQL أيضًا، أو امسح المخطط.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="34"/>
        <source>No schema was given for the stored runs in the connection '{}' — choose a schema (e.g. riskmap; it is created if missing).</source>
        <translation>لم يُعطَ مخطط للتشغيلات المخزّنة في الاتصال '{}' — اختر مخططًا (مثل riskmap؛ يُنشأ إن لم يكن موجودًا).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="36"/>
        <source>There is no saved PostgreSQL connection named '{0}' — create it in the Data Source Manager (PostgreSQL), or choose one of: {1}.</source>
        <translation>لا يوجد اتصال PostgreSQL محفوظ باسم '{0}' — أنشئه في مدير مصادر البيانات (PostgreSQL)، أو اختر أحد: {1}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="40"/>
        <source>&lt;b&gt;Also store the run in PostGIS&lt;/b&gt; (optional, advanced): a saved PostgreSQL connection (Data Source Manager; its authentication configuration is used, no password is written anywhere) and a schema. The run is stored there as a new run, in one transaction (all or nothing): the &lt;i&gt;runs&lt;/i&gt; table and the units, areas, watch list, criteria, sensitivity and changes tables keyed by run id, with views of each model&apos;s latest run. The run id is an output and is logged. When the store refuses the run, no output file is written either.</source>
        <translation>&lt;b&gt;تخزين التشغيل في PostGIS أيضًا&lt;/b&gt; (اختياري، متقدّم): اتصال PostgreSQL محفوظ (مدير مصادر البيانات؛ تُستخدم إعدادات المصادقة الخاصة به، ولا تُكتب كلمة مرور في أي مكان) ومخطط. يُخزَّن التشغيل هناك تشغيلًا جديدًا، في معاملة واحدة (كله أو لا شيء): جدول &lt;i&gt;runs&lt;/i&gt; وجداول الوحدات والمناطق وقائمة المراقبة والمعايير والحساسية والتغيّرات مفهرسةً بمعرّف التشغيل، مع عروض لآخر تشغيل لكل نموذج. معرّف التشغيل مُخرَج ويُسجَّل. إذا رفض المخزن التشغيل، لا يُكتب أي ملف مُخرَج أيضًا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="58"/>
        <source>Also store the run in PostGIS: database connection</source>
        <translation>تخزين التشغيل في PostGIS أيضًا: اتصال قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="64"/>
        <source>Schema for the stored runs (created if missing)</source>
        <translation>مخطط التشغيلات المخزّنة (يُنشأ إن لم يكن موجودًا)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="76"/>
        <source>Stored run id</source>
        <translation>معرّف التشغيل المخزّن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="100"/>
        <source>(none saved)</source>
        <translation>(لا شيء محفوظ)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/processing_provider/store_params.py" line="127"/>
        <source>Stored run {0} in the schema &apos;{1}&apos; ({2})</source>
        <translation>خُزّن التشغيل {0} في المخطط '{1}' ({2})</translation>
    </message>
</context>
<context>
    <name>AreaCard</name>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="54"/>
        <source>score {}</source>
        <translation>الدرجة {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="66"/>
        <source>Zoom the map to {}</source>
        <translation>تكبير الخريطة إلى {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="82"/>
        <source>rank {}</source>
        <translation>الترتيب {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="85"/>
        <source>in the top class in {} % of runs</source>
        <translation>في الفئة العليا في {} % من التشغيلات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="90"/>
        <source>trend: {}</source>
        <translation>الاتجاه: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="92"/>
        <source>surge in the last 4 weeks</source>
        <translation>تصاعد في الأسابيع الأربعة الأخيرة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="75"/>
        <source>{} km² ({} % of the study area)</source>
        <translation>{} km² ({} % من منطقة الدراسة)</translation>
    </message>
</context>
<context>
    <name>AreaCards</name>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="118"/>
        <source>At-risk areas</source>
        <translation>المناطق المعرّضة للخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/area_cards.py" line="148"/>
        <source>{} more areas: see the areas layer&apos;s attribute table.</source>
        <translation>{} منطقة أخرى: انظر جدول بيانات طبقة المناطق.</translation>
    </message>
</context>
<context>
    <name>BacktestPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="51"/>
        <source>Backtest</source>
        <translation>الاختبار الرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Leave out illustrative criteria</source>
        <translation>استبعاد المعايير التوضيحية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Propose better weights</source>
        <translation>اقتراح أوزان أفضل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Run backtest</source>
        <translation>تشغيل الاختبار الرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="71"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="127"/>
        <source>First as-of date</source>
        <translation>تاريخ الإسناد الأول</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>The earliest date to re-score the model at</source>
        <translation>أقدم تاريخ يُعاد فيه تقييم النموذج</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="128"/>
        <source>Last as-of date</source>
        <translation>تاريخ الإسناد الأخير</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>No as-of date after this one</source>
        <translation>لا يوجد تاريخ إسناد بعد هذا التاريخ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Every N months</source>
        <translation>كل N أشهر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Months between two as-of dates</source>
        <translation>عدد الأشهر بين تاريخَي إسناد متتاليين</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Horizon</source>
        <translation>الأفق الزمني</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Months after each as-of date in which events are counted</source>
        <translation>الأشهر التي تلي كل تاريخ إسناد وتُحتسب فيها الأحداث</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Judge the model without its illustrative criteria (both are shown)</source>
        <translation>الحكم على النموذج دون معاييره التوضيحية (تُعرض النتيجتان كلتاهما)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Search weights on the earlier dates, check them on the last; nothing changes</source>
        <translation>البحث عن أوزان على التواريخ السابقة والتحقق منها على الأخيرة؛ لا يتغير أي شيء</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Re-score the model at each as-of date with only the data available then</source>
        <translation>إعادة تقييم النموذج في كل تاريخ إسناد باستخدام البيانات المتاحة آنذاك فقط</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Cancel backtest</source>
        <translation>إلغاء الاختبار الرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Stop the backtest; nothing is written</source>
        <translation>إيقاف الاختبار الرجعي؛ لن يُكتب أي شيء</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Backtest progress</source>
        <translation>تقدّم الاختبار الرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Moves once per as-of date</source>
        <translation>يتقدّم خطوة واحدة مع كل تاريخ إسناد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Backtest chart</source>
        <translation>مخطط الاختبار الرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="82"/>
        <source>Average precision and ROC AUC over the as-of dates</source>
        <translation>متوسط الدقة وROC AUC عبر تواريخ الإسناد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="129"/>
        <source>Every (months)</source>
        <translation>التكرار (بالأشهر)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="130"/>
        <source>Horizon (months)</source>
        <translation>الأفق الزمني (بالأشهر)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="173"/>
        <source>Generate the at-risk areas first: the backtest is saved beside the result, for the briefing.</source>
        <translation>أنشئ المناطق المعرضة للخطر أولًا: يُحفظ الاختبار الرجعي بجانب النتيجة لاستخدامه في الإحاطة.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="191"/>
        <source>The first as-of date is after the last one — swap them.</source>
        <translation>تاريخ الإسناد الأول يقع بعد الأخير — بدّل بينهما.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="215"/>
        <source>RiskMap backtest: {}</source>
        <translation>الاختبار الرجعي في RiskMap: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="230"/>
        <source>Backtest at {} as-of dates…</source>
        <translation>الاختبار الرجعي في {} من تواريخ الإسناد…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="249"/>
        <source>{} flags (look-ahead, horizon): see the table.</source>
        <translation>{} من التنبيهات (استخدام معلومات لاحقة، الأفق الزمني): راجع الجدول.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/backtest_panel.py" line="269"/>
        <source>Backtest cancelled — nothing was written.</source>
        <translation>أُلغي الاختبار الرجعي — لم يُكتب أي شيء.</translation>
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
        <translation>الإحاطة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="50"/>
        <source>{size} landscape</source>
        <translation>{size} أفقي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Create briefing</source>
        <translation>إنشاء الإحاطة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="55"/>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Page size</source>
        <translation>حجم الصفحة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Paper size of the briefing</source>
        <translation>حجم ورق الإحاطة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Classification banner</source>
        <translation>شريط التصنيف</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Printed at the top and bottom of every page; stored in the project</source>
        <translation>يُطبع أعلى كل صفحة وأسفلها؛ ويُحفظ في المشروع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Build the print layout of the current result (one page per area)</source>
        <translation>بناء تخطيط الطباعة للنتيجة الحالية (صفحة لكل منطقة)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="57"/>
        <source>Write the briefing to a PDF, with a PNG preview of page 1</source>
        <translation>كتابة الإحاطة في ملف PDF مع معاينة PNG للصفحة 1</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="113"/>
        <source>There is no result yet — generate the at-risk layer first.</source>
        <translation>لا توجد نتيجة بعد — أنشئ طبقة المناطق المعرّضة للخطر أولًا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="126"/>
        <source>Layout “{name}” added to the project's layouts.</source>
        <translation>أُضيف التخطيط «{name}» إلى تخطيطات المشروع.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="145"/>
        <source>Export briefing</source>
        <translation>تصدير الإحاطة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="145"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/briefing_panel.py" line="154"/>
        <source>Briefing written: {path} ({pages} pages)</source>
        <translation>كُتبت الإحاطة: {path} ({pages} صفحات)</translation>
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
        <translation>طبقة المعيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="60"/>
        <source>Field of the criterion</source>
        <translation>حقل المعيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="72"/>
        <source>Choice of {}</source>
        <translation>اختيار {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="78"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="79"/>
        <source> d</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="80"/>
        <source>Window in days</source>
        <translation>النافذة الزمنية بالأيام</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_delegate.py" line="87"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
</context>
<context>
    <name>CriteriaTableModel</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="74"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="75"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="76"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="77"/>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="78"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="79"/>
        <source>Window (days)</source>
        <translation>النافذة (أيام)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="80"/>
        <source>Normalisation</source>
        <translation>التطبيع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="81"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="82"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="83"/>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="84"/>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="257"/>
        <source>the chosen layer is no longer in the project</source>
        <translation>الطبقة المختارة لم تعد في المشروع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="263"/>
        <source>every weight is 0: give at least one criterion a weight</source>
        <translation>كل الأوزان 0: أعطِ وزنًا لمعيار واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="269"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="275"/>
        <source>— choose a layer —</source>
        <translation>— اختر طبقة —</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="287"/>
        <source>lower is riskier</source>
        <translation>الأدنى أخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="287"/>
        <source>higher is riskier</source>
        <translation>الأعلى أخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="318"/>
        <source>This criterion can run.</source>
        <translation>يمكن حساب هذا المعيار.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="319"/>
        <source>This criterion cannot run:</source>
        <translation>لا يمكن حساب هذا المعيار:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="321"/>
        <source>Guessed automatically ({how}) — check it.</source>
        <translation>خُمّن تلقائيًا ({how}) — تحقّق منه.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_table.py" line="323"/>
        <source>Share of the total weight</source>
        <translation>حصة من الوزن الكلي</translation>
    </message>
</context>
<context>
    <name>CriteriaWidget</name>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="35"/>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="36"/>
        <source>One row per criterion. Double-click a cell to change it; the status column says why a row cannot run.</source>
        <translation>صف لكل معيار. انقر نقرًا مزدوجًا على خلية لتغييرها؛ ويبيّن عمود الحالة سبب تعذّر حساب الصف.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="66"/>
        <source>Add a criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="67"/>
        <source>Remove the selected criterion</source>
        <translation>إزالة المعيار المحدد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="70"/>
        <source>Move the criterion up</source>
        <translation>نقل المعيار إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="71"/>
        <source>Move the criterion down</source>
        <translation>نقل المعيار إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="127"/>
        <source>New criterion {}</source>
        <translation>معيار جديد {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criteria_widget.py" line="72"/>
        <source>Edit the selected criterion: fields, filters, window, normalisation…</source>
        <translation>تحرير المعيار المحدد: الحقول، والمرشّحات، والفترة الزمنية، والتطبيع…</translation>
    </message>
</context>
<context>
    <name>CriterionEditor</name>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="211"/>
        <source>higher is riskier</source>
        <translation>القيمة الأعلى أشد خطرًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="211"/>
        <source>lower is riskier</source>
        <translation>القيمة الأدنى أشد خطرًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="272"/>
        <source>Criterion “{}”</source>
        <translation>المعيار «{}»</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="294"/>
        <source>who to credit for this layer (printed in the briefing)</source>
        <translation>الجهة التي تُنسب إليها هذه الطبقة (تُطبع في الإحاطة)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="303"/>
        <source>Attribution of the layer</source>
        <translation>نسبة الطبقة إلى أصحابها</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="33"/>
        <source>Add a filter</source>
        <translation>إضافة مرشّح</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="54"/>
        <source>One value, or a list for &quot;is one of&quot;: [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>قيمة واحدة، أو قائمة عند استخدام &quot;من بين&quot;: [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="60"/>
        <source>Remove the filter</source>
        <translation>إزالة المرشّح</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="122"/>
        <source>ratio</source>
        <translation>نسبة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="123"/>
        <source>difference</source>
        <translation>فرق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="115"/>
        <source>same months</source>
        <translation>الأشهر نفسها</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_widgets.py" line="118"/>
        <source>whole year, scaled</source>
        <translation>السنة كاملة، مُعايَرة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Counted things (for the labels)</source>
        <translation>ما يُعدّ (للتسميات)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Date field</source>
        <translation>حقل التاريخ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Window (days, 0 = all time)</source>
        <translation>النافذة (بالأيام، 0 = كل الفترة)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Severity or value field</source>
        <translation>حقل الشدّة أو القيمة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Low-severity threshold</source>
        <translation>عتبة الشدّة المنخفضة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Share fields</source>
        <translation>حقول الحصص</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Filters (which features count)</source>
        <translation>المرشّحات (أي المعالم تُعدّ)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Reference period</source>
        <translation>الفترة المرجعية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Location precision (which events count)</source>
        <translation>دقة الموقع (أي الأحداث تُعدّ)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Normalisation</source>
        <translation>التطبيع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_editor.py" line="55"/>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
</context>
<context>
    <name>DependenciesDialog</name>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="44"/>
        <source>RiskMap — Python packages</source>
        <translation>RiskMap — حزم Python</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="51"/>
        <source>RiskMap needs these Python packages in QGIS&apos;s Python:</source>
        <translation>يحتاج RiskMap إلى حزم Python هذه في Python الخاص بـ QGIS:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="65"/>
        <source>pip&apos;s output appears here.</source>
        <translation>تظهر مخرجات pip هنا.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="72"/>
        <source>Copy command</source>
        <translation>نسخ الأمر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="117"/>
        <source>Command copied. Run it in a terminal, then restart QGIS.</source>
        <translation>نُسخ الأمر. شغّله في الطرفية ثم أعد تشغيل QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="139"/>
        <source>Installing… this can take a few minutes.</source>
        <translation>جارٍ التثبيت… قد يستغرق ذلك بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="152"/>
        <source>Installed. Restart QGIS to use RiskMap.</source>
        <translation>تم التثبيت. أعد تشغيل QGIS لاستخدام RiskMap.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="154"/>
        <source>pip failed (exit code {0}). Read its output above, or copy the command and run it in a terminal; then restart QGIS.</source>
        <translation>فشل pip (رمز الخروج {0}). اقرأ مخرجاته أعلاه، أو انسخ الأمر وشغّله في الطرفية؛ ثم أعد تشغيل QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="164"/>
        <source>Could not start {0}. Copy the command and run it in a terminal; then restart QGIS.</source>
        <translation>تعذّر تشغيل {0}. انسخ الأمر وشغّله في الطرفية؛ ثم أعد تشغيل QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="71"/>
        <source>Install…</source>
        <translation>تثبيت…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="88"/>
        <source>On Linux, install them from your distribution, so that they use the same GEOS, PROJ and GDAL libraries as QGIS (packages from PyPI bring their own copies, which break QGIS). Run the first command in a terminal, then restart QGIS. If your distribution&apos;s packages are too old, the last command builds them against the system libraries instead (it needs a compiler and the GEOS, PROJ and GDAL development packages).</source>
        <translation>على نظام Linux، ثبّتها من توزيعتك، لكي تستخدم مكتبات GEOS وPROJ وGDAL نفسها التي يستخدمها QGIS (فالحزم القادمة من PyPI تجلب نسخها الخاصة من هذه المكتبات، مما يعطّل QGIS). شغّل الأمر الأول في الطرفية، ثم أعد تشغيل QGIS. إذا كانت حزم توزيعتك قديمة جدًا، فإن الأمر الأخير يبنيها بدلًا من ذلك بالاعتماد على مكتبات النظام (ويتطلب مُصرِّفًا وحزم التطوير الخاصة بـ GEOS وPROJ وGDAL).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="98"/>
        <source>These packages come with QGIS and are too old: {0}. RiskMap does not replace QGIS&apos;s own packages: update them with the QGIS installer (OSGeo4W Setup on Windows) or install a newer QGIS, then restart QGIS.</source>
        <translation>هذه الحزم مرفقة مع QGIS وهي قديمة جدًا: {0}. لا يستبدل RiskMap الحزم الخاصة بـ QGIS: حدّثها باستخدام مثبّت QGIS (OSGeo4W Setup على Windows) أو ثبّت إصدارًا أحدث من QGIS، ثم أعد تشغيل QGIS.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="103"/>
        <source>Install them for your user with QGIS&apos;s own Python. RiskMap runs exactly the command below; the packages QGIS already provides are pinned at their versions, so pip cannot replace them. Restart QGIS afterwards.</source>
        <translation>ثبّتها لحساب المستخدم الخاص بك باستخدام Python الخاص بـ QGIS. يشغّل RiskMap الأمر أدناه كما هو تمامًا؛ وتُقيَّد الحزم التي يوفرها QGIS مسبقًا بإصداراتها الحالية، فلا يستطيع pip استبدالها. أعد تشغيل QGIS بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="121"/>
        <source>Install Python packages</source>
        <translation>تثبيت حزم Python</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dependencies_dialog.py" line="121"/>
        <source>RiskMap will run:

{0}

Continue?</source>
        <translation>سيشغّل RiskMap:

{0}

هل تريد المتابعة؟</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="89"/>
        <source>{} (mine)</source>
        <translation>{} (خاص بي)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="141"/>
        <source>Load a RiskMap model</source>
        <translation>تحميل نموذج RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="196"/>
        <source>RiskMap model (*.json)</source>
        <translation>نموذج RiskMap (*.json)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="196"/>
        <source>Save the RiskMap model</source>
        <translation>حفظ نموذج RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="219"/>
        <source>Saved the preset “{}”.</source>
        <translation>حُفظ الإعداد المسبق «{}».</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="95"/>
        <source>Guessed {found} of {total} layers — check them.</source>
        <translation>خُمّنت {found} من {total} طبقات — تحقّق منها.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="143"/>
        <source>Restored {found} layers from the model file.</source>
        <translation>استُعيدت {found} طبقة من ملف النموذج.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_actions.py" line="150"/>
        <source>Some layers of the model file could not be restored: {}</source>
        <translation>تعذّرت استعادة بعض طبقات ملف النموذج: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="209"/>
        <source>Saved the model to {}.</source>
        <translation>حُفظ النموذج في {}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="185"/>
        <source>Files outside the model&apos;s folder</source>
        <translation>ملفات خارج مجلد النموذج</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="178"/>
        <source>This model reads {count} files outside its own folder:

{files}

A model shared by someone else could name any file on this computer. Open these files as layers of your project?</source>
        <translation>يقرأ هذا النموذج {count} ملفات خارج مجلده:

{files}

يمكن لنموذج شاركه شخص آخر أن يسمّي أي ملف على هذا الحاسوب. هل تفتح هذه الملفات طبقاتٍ في مشروعك؟</translation>
    </message>
</context>
<context>
    <name>PanelLogic</name>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="237"/>
        <source>RiskMap model</source>
        <translation>نموذج RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="75"/>
        <source>criteria rows {} cannot run</source>
        <translation>لا يمكن حساب صفوف المعايير {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="81"/>
        <source>add at least one criterion</source>
        <translation>أضف معيارًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="83"/>
        <source>choose an output GeoPackage</source>
        <translation>اختر ملف GeoPackage للمخرجات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="91"/>
        <source>Run the model and add the at-risk areas to the map (Ctrl+Return)</source>
        <translation>تشغيل النموذج وإضافة المناطق المعرّضة للخطر إلى الخريطة (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="95"/>
        <source>Cannot run yet: {}</source>
        <translation>لا يمكن التشغيل بعد: {}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="124"/>
        <source>Running “{}”…</source>
        <translation>جارٍ تشغيل «{}»…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="173"/>
        <source>Done — %p%</source>
        <translation>اكتمل — %p%</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="175"/>
        <source>{count} at-risk areas, {watch} units on the watch list → {path}</source>
        <translation>{count} مناطق معرّضة للخطر، و{watch} وحدات في قائمة المراقبة ← {path}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="201"/>
        <source>Cancelled — nothing was written.</source>
        <translation>أُلغي — لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/message_bar.py" line="62"/>
        <source>RiskMap</source>
        <translation>RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/model_controller.py" line="284"/>
        <source>hex {} km</source>
        <translation>سداسيات {} كم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/run_presenter.py" line="183"/>
        <source>(stored as run {})</source>
        <translation>(خُزّن بوصفه التشغيل {})</translation>
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
        <translation>{value} {noun} خلال {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="31"/>
        <source>{value} low-severity {noun}</source>
        <translation>{value} {noun} منخفضة الشدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="32"/>
        <source>{value} low-severity {noun} in {window}</source>
        <translation>{value} {noun} منخفضة الشدة خلال {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="34"/>
        <source>{value} {noun} per km²</source>
        <translation>{value} {noun} لكل كم²</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="35"/>
        <source>{value} {noun} per km² in {window}</source>
        <translation>{value} {noun} لكل كم² خلال {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="36"/>
        <source>{value} {noun} per {per} people</source>
        <translation>{value} {noun} لكل {per} نسمة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="37"/>
        <source>{value} {noun} per {per} people in {window}</source>
        <translation>{value} {noun} لكل {per} نسمة خلال {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="39"/>
        <source>{noun} present</source>
        <translation>{noun} موجودة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="40"/>
        <source>{noun} in {window}</source>
        <translation>{noun} خلال {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="43"/>
        <source>{current} {noun} vs {reference} in {reference_period}</source>
        <translation>{current} {noun} مقابل {reference} في {reference_period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="45"/>
        <source>{value} km from {noun}</source>
        <translation>على بعد {value} كم من {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="46"/>
        <source>&lt; 1 km from {noun}</source>
        <translation>على بعد أقل من 1 كم من {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="52"/>
        <source>{value} % in {noun}</source>
        <translation>{value} % ضمن {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="53"/>
        <source>{noun} {value}</source>
        <translation>{noun} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="54"/>
        <source>{noun} index {value}</source>
        <translation>مؤشر {noun} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="55"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="56"/>
        <source> (≥ {reference_period} level)</source>
        <translation> (≥ مستوى {reference_period})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="58"/>
        <source>{label} in the top {share} % ({annotation})</source>
        <translation>{label} ضمن أعلى {share} % ({annotation})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="62"/>
        <source>below the gate {rule}</source>
        <translation>دون البوابة {rule}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="63"/>
        <source>no data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="64"/>
        <source>near {town}</source>
        <translation>قرب {town}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="74"/>
        <source>rank band {low}–{high} reaches the at-risk units ({p} % of runs)</source>
        <translation>نطاق الترتيب {low}–{high} يبلغ الوحدات المعرّضة للخطر ({p} % من التشغيلات)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="76"/>
        <source>{n} mo</source>
        <translation>{n} أشهر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="77"/>
        <source>{n} d</source>
        <translation>{n} يوم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="78"/>
        <source>intensifying</source>
        <translation>متصاعد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="79"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="60"/>
        <source>score {score} within {margin} points of the at-risk cut-off {cutoff}</source>
        <translation>الدرجة {score} ضمن {margin} نقاط من عتبة الخطر {cutoff}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="47"/>
        <source>towns {value} km from {noun}</source>
        <translation>بلدات على بُعد {value} كم من {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="48"/>
        <source>towns &lt; 1 km from {noun}</source>
        <translation>بلدات على بُعد &lt; 1 كم من {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="49"/>
        <source>{value} % {noun}</source>
        <translation>{value} % {noun}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="50"/>
        <source>{period} scaled to {window}</source>
        <translation>{period} محوَّلًا إلى {window}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="51"/>
        <source>{period} (pro-rated)</source>
        <translation>{period} (بالتناسب)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="65"/>
        <source> – </source>
        <translation> – </translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="66"/>
        <source>{label} rising: {trend} trend (p = {p})</source>
        <translation>{label} في ارتفاع: اتجاه {trend} (p = {p})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="68"/>
        <source>{label} surge: {value} {noun} in the last 4 weeks</source>
        <translation>{label}: قفزة إلى {value} {noun} في آخر 4 أسابيع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="70"/>
        <source>{label} as high as in {year} ({current} {noun} vs {reference})</source>
        <translation>{label}: مستوى مرتفع كما كان في {year} ({current} {noun} مقابل {reference})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="72"/>
        <source>{label}: {annotation} while the score is low ({score})</source>
        <translation>{label}: {annotation} مع أن الدرجة منخفضة ({score})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/explain.py" line="81"/>
        <source>{text} (illustrative)</source>
        <translation>{text} (توضيحي)</translation>
    </message>
</context>
<context>
    <name>RiskMapBriefing</name>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="33"/>
        <source>Areas at risk of a violent-extremist resurgence · as of {as_of} · generated {generated} · RiskMap {version}</source>
        <translation>المناطق المعرّضة لخطر عودة التطرف العنيف · بتاريخ {as_of} · أُنشئت في {generated} · RiskMap {version}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="45"/>
        <source>{dimension} {share} %</source>
        <translation>{dimension} {share} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="46"/>
        <source>weighted arithmetic mean</source>
        <translation>المتوسط الحسابي المرجّح</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="47"/>
        <source>weighted geometric mean (non-compensatory)</source>
        <translation>المتوسط الهندسي المرجّح (غير تعويضي)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="49"/>
        <source>{count} classes by {method}</source>
        <translation>{count} فئات حسب {method}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="50"/>
        <source>natural breaks (Jenks)</source>
        <translation>الفواصل الطبيعية (جنكس)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="51"/>
        <source>quantiles</source>
        <translation>الكمّيات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="52"/>
        <source>equal intervals</source>
        <translation>فترات متساوية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="53"/>
        <source>fixed breaks</source>
        <translation>فواصل ثابتة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="54"/>
        <source>class {label} or above</source>
        <translation>الفئة «{label}» أو أعلى</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="55"/>
        <source>the upper classes</source>
        <translation>الفئات العليا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="56"/>
        <source> (score ≥ {score})</source>
        <translation> (الدرجة ≥ {score})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="58"/>
        <source>How sure: {draws} Monte Carlo runs varied {varied}. Rank band = the 5–95 % range of an area's best rank over the runs; in top class = the share of runs in which it stays within the {at_risk} at-risk units.</source>
        <translation>مدى اليقين: غيّرت {draws} تشغيلة مونت كارلو {varied}. نطاق الترتيب = مدى 5–95 % لأفضل ترتيب للمنطقة عبر التشغيلات؛ الفئة العليا = حصة التشغيلات التي تبقى فيها ضمن الوحدات الـ{at_risk} المعرّضة للخطر.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="61"/>
        <source>the weights (drawn around the set ones)</source>
        <translation>الأوزان (مسحوبة حول الأوزان المحددة)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="63"/>
        <source>the normalisation ({methods})</source>
        <translation>التطبيع ({methods})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="64"/>
        <source>the aggregation ({methods})</source>
        <translation>التجميع ({methods})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="65"/>
        <source>min–max</source>
        <translation>الحد الأدنى–الأقصى</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="66"/>
        <source>percentile</source>
        <translation>المئين</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="67"/>
        <source>z-score</source>
        <translation>الدرجة المعيارية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="68"/>
        <source>arithmetic</source>
        <translation>الحسابي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="69"/>
        <source>geometric</source>
        <translation>الهندسي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="70"/>
        <source>normalisation method</source>
        <translation>طريقة التطبيع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="71"/>
        <source>aggregation method</source>
        <translation>طريقة التجميع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="72"/>
        <source>The weights that move the ranking most: {weights}</source>
        <translation>الأوزان الأكثر تأثيرًا في الترتيب: {weights}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="74"/>
        <source>; method choices: {choices}</source>
        <translation>؛ خيارات المنهجية: {choices}</translation>
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
        <translation>{first} أو {last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="80"/>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="81"/>
        <source>{names} and {count} more</source>
        <translation>{names} و{count} أخرى</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="82"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="84"/>
        <source>Data coverage: {share} % of the weight on average</source>
        <translation>تغطية البيانات: {share} % من الوزن في المتوسط</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="86"/>
        <source>; {count} units with low coverage ({names})</source>
        <translation>؛ {count} وحدات ذات تغطية منخفضة ({names})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="88"/>
        <source>Illustrative — not real data: {layers} — made up for the sample; do not use for decisions.</source>
        <translation>توضيحية — ليست بيانات حقيقية: {layers} — مُختلَقة لهذا المثال؛ لا تُستخدم لاتخاذ القرارات.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="91"/>
        <source>Illustrative — not real data (made up for the sample): {layers}</source>
        <translation>توضيحية — ليست بيانات حقيقية (مُختلَقة لهذا المثال): {layers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="93"/>
        <source>Illustrative — not real data: {layers}</source>
        <translation>توضيحية — ليست بيانات حقيقية: {layers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="95"/>
        <source>{table}: source not recorded — add its attribution</source>
        <translation>{table}: المصدر غير مسجّل — أضف إسناده</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="98"/>
        <source>Class: {label} · highest score {score} · mean {mean} · {units}</source>
        <translation>الفئة: {label} · أعلى درجة {score} · المتوسط {mean} · {units}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="102"/>
        <source>{count} unit</source>
        <translation>{count} وحدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="103"/>
        <source>{count} units</source>
        <translation>{count} وحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="104"/>
        <source>Rank band {band}</source>
        <translation>نطاق الترتيب {band}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="105"/>
        <source> · in the top class in {share} of runs</source>
        <translation> · في الفئة العليا في {share} من التشغيلات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="106"/>
        <source>Trend: {trend} · surge: {surge} · hot spot: {hotspot}</source>
        <translation>الاتجاه: {trend} · التصاعد: {surge} · بؤرة ساخنة: {hotspot}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="108"/>
        <source>Top drivers: {drivers}</source>
        <translation>أهم العوامل: {drivers}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="109"/>
        <source>Area {number}</source>
        <translation>المنطقة {number}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="114"/>
        <source>surge in the last 4 weeks</source>
        <translation>تصاعد في الأسابيع الأربعة الأخيرة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="115"/>
        <source>none</source>
        <translation>لا شيء</translation>
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
        <translation>{value} × مستوى {period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="119"/>
        <source>{value} more than in {period}</source>
        <translation>{value} أكثر مما في {period}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="120"/>
        <source>reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="121"/>
        <source> (riskiest unit)</source>
        <translation> (الوحدة الأخطر)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="122"/>
        <source>no data</source>
        <translation>لا بيانات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="124"/>
        <source>Changes since the last briefing</source>
        <translation>التغييرات منذ الإحاطة السابقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="125"/>
        <source>Areas — {parts}.</source>
        <translation>المناطق — {parts}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="126"/>
        <source>new: {names}</source>
        <translation>جديدة: {names}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="127"/>
        <source>no longer listed: {names}</source>
        <translation>لم تعد مدرجة: {names}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="128"/>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="129"/>
        <source>Entered the at-risk areas: {units} — {names}.</source>
        <translation>دخلت المناطق المعرّضة للخطر: {units} — {names}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="131"/>
        <source>Left the at-risk areas: {units} — {names}.</source>
        <translation>خرجت من المناطق المعرّضة للخطر: {units} — {names}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="133"/>
        <source>No unit entered or left the at-risk areas.</source>
        <translation>لم تدخل أي وحدة المناطق المعرّضة للخطر ولم تخرج منها.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="135"/>
        <source>Largest rank moves: {moves}.</source>
        <translation>أكبر تحركات الترتيب: {moves}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="136"/>
        <source>{name} {before} → {now}</source>
        <translation>{name} {before} ← {now}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="137"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="138"/>
        <source>The criterion that moved most: {label}.</source>
        <translation>المعيار الأكثر تغيرًا: {label}.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="140"/>
        <source>{unit} ({area})</source>
        <translation>{unit} ({area})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="141"/>
        <source>Since the previous result: {entered} entered, {left} left the at-risk areas</source>
        <translation>منذ النتيجة السابقة: دخلت {entered} وخرجت {left} من المناطق المعرّضة للخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="143"/>
        <source>, {units} moved 5 ranks or more</source>
        <translation>، و{units} تحركت 5 مراتب أو أكثر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="144"/>
        <source>; moved most: {label}</source>
        <translation>؛ الأكثر تغيرًا: {label}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="110"/>
        <source>Area {number} of {count}: {name}</source>
        <translation>المنطقة {number} من {count}: {name}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="111"/>
        <source>Hot spot {level} %</source>
        <translation>بؤرة ساخنة {level} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="112"/>
        <source>Cold spot {level} %</source>
        <translation>بؤرة باردة {level} %</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="113"/>
        <source>Not significant</source>
        <translation>غير دالّة إحصائيًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="36"/>
        <source>Each of the {units} units is scored 0–100: the {mean} of {criteria} criteria normalised to 0–1 (1 = riskiest); weight by dimension: {shares}. {classes}. {areas}. Watch list ({watch} units, closest to the cut-off or with the strongest reason first): {places}. Scores rank units against each other; they are not probabilities.</source>
        <translation>تُمنح كل وحدة من الوحدات الـ{units} درجة من 0 إلى 100: {mean} لعدد {criteria} من المعايير بعد تطبيعها إلى المدى 0–1 (1 = الأشد خطرًا)؛ الوزن حسب البُعد: {shares}. {classes}. {areas}. قائمة المراقبة ({watch} من الوحدات، الأقرب إلى حدّ القطع أو صاحبة السبب الأقوى أولًا): {places}. ترتّب الدرجات الوحدات بعضها مقارنةً ببعض؛ وليست احتمالات.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="41"/>
        <source>At-risk areas grow around each locally highest unit of {min_class}{cutoff} and are named after that unit&apos;s seat town</source>
        <translation>تتشكّل المناطق المعرضة للخطر حول كل وحدة من فئة {min_class}{cutoff} تكون درجتها الأعلى محليًا، وتُسمّى باسم بلدة مركز تلك الوحدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="43"/>
        <source>At-risk areas are touching units of {min_class}{cutoff}, named after the seat town of their highest unit</source>
        <translation>المناطق المعرضة للخطر هي وحدات متلاصقة من فئة {min_class}{cutoff}، تُسمّى باسم بلدة مركز الوحدة ذات الدرجة الأعلى فيها</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="100"/>
        <source>{km2} km² ({share} %)</source>
        <translation>{km2} km² ({share} %)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/report/content/words.py" line="101"/>
        <source> · {size} of the study area</source>
        <translation> · {size} من منطقة الدراسة</translation>
    </message>
</context>
<context>
    <name>RiskMapCriterionWords</name>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="21"/>
        <source>Count of events</source>
        <translation>عدد الأحداث</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="22"/>
        <source>Sum of a severity field</source>
        <translation>مجموع حقل الشدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="23"/>
        <source>Count of low-severity events</source>
        <translation>عدد الأحداث منخفضة الشدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="26"/>
        <source>Events per km²</source>
        <translation>الأحداث لكل كم²</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="27"/>
        <source>Events per population</source>
        <translation>الأحداث نسبةً إلى عدد السكان</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="28"/>
        <source>Presence of events</source>
        <translation>وجود أحداث</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="29"/>
        <source>Change against a reference period</source>
        <translation>التغيّر مقارنةً بفترة مرجعية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="32"/>
        <source>Distance to nearest feature</source>
        <translation>المسافة إلى أقرب عنصر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="33"/>
        <source>Share of area</source>
        <translation>نسبة من المساحة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="34"/>
        <source>Attribute value</source>
        <translation>قيمة السمة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="35"/>
        <source>Diversity of shares</source>
        <translation>تنوّع الحصص</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="36"/>
        <source>Min–max</source>
        <translation>الأدنى–الأقصى (Min–max)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="37"/>
        <source>Percentile rank</source>
        <translation>الرتبة المئينية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="38"/>
        <source>Z-score</source>
        <translation>الدرجة المعيارية (Z)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="39"/>
        <source>Goalposts</source>
        <translation>حدود مرجعية (Goalposts)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="40"/>
        <source>Above a threshold</source>
        <translation>فوق عتبة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="47"/>
        <source>is one of</source>
        <translation>من بين</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="48"/>
        <source>is not one of</source>
        <translation>ليس من بين</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="49"/>
        <source>as the units&apos; grain needs</source>
        <translation>حسب دقة الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="50"/>
        <source>exact location only</source>
        <translation>الموقع الدقيق فقط</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="51"/>
        <source>within about 25 km</source>
        <translation>في حدود 25 كم تقريبًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="52"/>
        <source>district or better</source>
        <translation>القضاء أو أدق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="53"/>
        <source>province or better</source>
        <translation>المحافظة أو أدق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="54"/>
        <source>coarser too (country)</source>
        <translation>وأقل دقة أيضًا (البلد)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="55"/>
        <source>every event (no rule)</source>
        <translation>كل الأحداث (بلا قاعدة)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/criterion_words.py" line="56"/>
        <source>scale of the known dataset</source>
        <translation>مقياس مجموعة البيانات المعروفة</translation>
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
        <translation>تثبيت الحزم الناقصة…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="52"/>
        <source>RiskMap scores areas at risk of a violent-extremist resurgence from the indicator layers of this project.</source>
        <translation>يقيّم RiskMap المناطق المعرّضة لخطر عودة التطرف العنيف انطلاقًا من طبقات المؤشرات في هذا المشروع.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="110"/>
        <source>RiskMap cannot score yet: these Python packages are missing or too old in QGIS&apos;s Python:</source>
        <translation>لا يستطيع RiskMap التقييم بعد: حزم Python هذه ناقصة أو قديمة جدًا في Python الخاص بـ QGIS:</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="47"/>
        <source>Install missing packages</source>
        <translation>تثبيت الحزم الناقصة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/dock.py" line="48"/>
        <source>Install the missing Python packages with pip, or copy the command</source>
        <translation>ثبّت حزم Python الناقصة باستخدام pip، أو انسخ الأمر</translation>
    </message>
</context>
<context>
    <name>RiskMapErrors</name>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="18"/>
        <source>the model file &apos;{path}&apos; does not exist</source>
        <translation>ملف النموذج «{path}» غير موجود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="19"/>
        <source>choose an existing .json model file</source>
        <translation>اختر ملف نموذج ‎.json موجودًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="20"/>
        <source>the model file &apos;{name}&apos; is larger than 10 MB</source>
        <translation>ملف النموذج «{name}» أكبر من 10 ميغابايت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="22"/>
        <source>a model document is a few KB; check that this is the right file</source>
        <translation>حجم مستند النموذج بضعة كيلوبايتات؛ تحقّق من أن هذا هو الملف الصحيح</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="24"/>
        <source>cannot read the model file &apos;{name}&apos;: {reason}</source>
        <translation>تعذّرت قراءة ملف النموذج «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="26"/>
        <source>save the model as UTF-8 JSON</source>
        <translation>احفظ النموذج بصيغة JSON بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="27"/>
        <source>not valid JSON (line {line}, column {column}: {reason})</source>
        <translation>ليس JSON صالحًا (السطر {line}، العمود {column}: {reason})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="29"/>
        <source>fix the JSON syntax, or export the model again</source>
        <translation>صحّح صياغة JSON، أو صدّر النموذج من جديد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="31"/>
        <source>the key &apos;{key}&apos; is given twice in the same object</source>
        <translation>المفتاح «{key}» مذكور مرتين في الكائن نفسه</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="33"/>
        <source>keep one of them: JSON would silently use the last one</source>
        <translation>أبقِ واحدًا منهما: سيستخدم JSON الأخير دون تنبيه</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="35"/>
        <source>format version {version} is not supported (this RiskMap reads version {supported})</source>
        <translation>إصدار التنسيق {version} غير مدعوم (يقرأ RiskMap هذا الإصدار {supported})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="37"/>
        <source>upgrade RiskMap, or save the model again from this version</source>
        <translation>حدّث RiskMap، أو احفظ النموذج من جديد من هذا الإصدار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="40"/>
        <source>this key is required but missing</source>
        <translation>هذا المفتاح مطلوب لكنه مفقود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="41"/>
        <source>add &quot;{key}&quot; to {section}</source>
        <translation>أضف &quot;{key}&quot; إلى {section}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="42"/>
        <source>unknown keys {keys}</source>
        <translation>مفاتيح غير معروفة {keys}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="43"/>
        <source>unknown key {keys}</source>
        <translation>مفتاح غير معروف {keys}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="44"/>
        <source>remove it, or check its spelling against docs/model-format.md</source>
        <translation>احذفه، أو تحقّق من تهجئته في docs/model-format.md</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="46"/>
        <source>expected a number, found {found} {value}</source>
        <translation>المتوقَّع رقم، ووُجد {found} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="48"/>
        <source>expected a whole number, found {found} {value}</source>
        <translation>المتوقَّع عدد صحيح، ووُجد {found} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="50"/>
        <source>expected {kind}, found {found} {value}</source>
        <translation>المتوقَّع {kind}، ووُجد {found} {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="51"/>
        <source>expected a number between {low} and {high}</source>
        <translation>المتوقَّع رقم بين {low} و{high}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="53"/>
        <source>the number {value} is out of range</source>
        <translation>الرقم {value} خارج النطاق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="55"/>
        <source>must not be empty</source>
        <translation>يجب ألّا يكون فارغًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="56"/>
        <source>unknown value &apos;{value}&apos;</source>
        <translation>قيمة غير معروفة «{value}»</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="57"/>
        <source>use one of: {options}</source>
        <translation>استخدم إحدى القيم: {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="58"/>
        <source>must be at least {minimum}, found {value}</source>
        <translation>يجب أن يكون {minimum} على الأقل، ووُجد {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="59"/>
        <source>must be greater than {minimum}, found {value}</source>
        <translation>يجب أن يكون أكبر من {minimum}، ووُجد {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="61"/>
        <source>must be at most {maximum}, found {value}</source>
        <translation>يجب ألّا يتجاوز {maximum}، ووُجد {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="62"/>
        <source>must be between {minimum} and {maximum}, found {value}</source>
        <translation>يجب أن يكون بين {minimum} و{maximum}، ووُجد {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="64"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» ليس تاريخًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="65"/>
        <source>write dates as YYYY-MM-DD, e.g. 2018-01-31</source>
        <translation>اكتب التواريخ بصيغة YYYY-MM-DD، مثل 2018-01-31</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="67"/>
        <source>the date {date} is out of range</source>
        <translation>التاريخ {date} خارج النطاق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="68"/>
        <source>give a date between {first} and {last}</source>
        <translation>أدخل تاريخًا بين {first} و{last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="198"/>
        <source>the model reads no layer named &apos;{name}&apos;</source>
        <translation>لا يقرأ النموذج أي طبقة باسم «{name}»</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="199"/>
        <source>the layer &apos;{layer}&apos; was not found</source>
        <translation>لم يُعثر على الطبقة «{layer}»</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="200"/>
        <source>add it to the project, or map the model&apos;s layer name to a layer</source>
        <translation>أضفها إلى المشروع، أو اربط اسم الطبقة في النموذج بطبقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="202"/>
        <source>No layer found for &apos;{reference}&apos; (tried {tried}).</source>
        <translation>لم يُعثر على طبقة لـ«{reference}» (جُرِّب: {tried}).</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="204"/>
        <source>Add the layer to the project under that name, map the reference to a layer or file in the layer map, or give a file path in the model.</source>
        <translation>أضف الطبقة إلى المشروع بهذا الاسم، أو اربط المرجع بطبقة أو ملف في خريطة الطبقات، أو اذكر مسار ملف في النموذج.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="207"/>
        <source>Add the layer to the project under that name, map the reference to a layer or file in the layer map, or give a file path in the model. To run on the sample&apos;s own layers, tick &apos;Use the sample&apos;s layers&apos;.</source>
        <translation>أضف الطبقة إلى المشروع بهذا الاسم، أو اربط المرجع بطبقة أو ملف في خريطة الطبقات، أو اذكر مسار ملف في النموذج. للتشغيل على طبقات العيّنة نفسها، فعّل «استخدام طبقات العيّنة».</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="210"/>
        <source>the layer has no coordinate reference system</source>
        <translation>ليس للطبقة نظام إحداثيات مرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="211"/>
        <source>set the layer's CRS in QGIS (Layer Properties → Source)</source>
        <translation>حدّد نظام إحداثيات الطبقة في QGIS (خصائص الطبقة ← المصدر)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="213"/>
        <source>the field &apos;{field}&apos; does not exist</source>
        <translation>الحقل «{field}» غير موجود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="214"/>
        <source>pick one of: {options}</source>
        <translation>اختر أحد الحقول: {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="215"/>
        <source>the {role} field &apos;{field}&apos; does not exist</source>
        <translation>حقل {role} «{field}» غير موجود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="217"/>
        <source>choose one of: {options}</source>
        <translation>اختر أحد الحقول: {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="218"/>
        <source>set places → {key} to one of: {options}</source>
        <translation>اضبط places → {key} على أحد الحقول: {options}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="220"/>
        <source>the date field &apos;{field}&apos; does not exist</source>
        <translation>حقل التاريخ «{field}» غير موجود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="221"/>
        <source>pick the layer&apos;s date field in the criterion</source>
        <translation>اختر حقل التاريخ في الطبقة ضمن المعيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="223"/>
        <source>the precision field &apos;{field}&apos; does not exist</source>
        <translation>حقل الدقة «{field}» غير موجود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="225"/>
        <source>fix the criterion's precision → field</source>
        <translation>صحّح precision → field في المعيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="227"/>
        <source>the filter field &apos;{field}&apos; does not exist</source>
        <translation>حقل التصفية «{field}» غير موجود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="229"/>
        <source>fix the criterion&apos;s filter</source>
        <translation>صحّح تصفية المعيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="230"/>
        <source>the units layer has no polygons</source>
        <translation>لا تحتوي طبقة الوحدات على مضلعات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="231"/>
        <source>choose a polygon layer with features (districts, a hexagon grid)</source>
        <translation>اختر طبقة مضلعات تحتوي معالم (أقضية، شبكة سداسية)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="233"/>
        <source>the units layer has features that are not polygons</source>
        <translation>تحتوي طبقة الوحدات على معالم ليست مضلعات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="235"/>
        <source>use a polygon layer for the units</source>
        <translation>استخدم طبقة مضلعات للوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="260"/>
        <source>The run was cancelled.</source>
        <translation>أُلغي التشغيل.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="71"/>
        <source>the model has no criteria</source>
        <translation>لا يحتوي النموذج على أي معيار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="72"/>
        <source>add at least one criterion</source>
        <translation>أضف معيارًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="73"/>
        <source>the id &apos;{id}&apos; is used twice</source>
        <translation>المعرّف '{id}' مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="74"/>
        <source>give every criterion its own id</source>
        <translation>أعطِ كل معيار معرّفًا خاصًا به</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="75"/>
        <source>the ids &apos;{other}&apos; and &apos;{id}&apos; differ only in case</source>
        <translation>المعرّفان '{other}' و'{id}' لا يختلفان إلا في حالة الأحرف</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="77"/>
        <source>give every criterion an id of its own (output fields ignore case)</source>
        <translation>أعطِ كل معيار معرّفًا خاصًا به (حقول المخرجات لا تميّز حالة الأحرف)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="79"/>
        <source>all weights are 0, so nothing would be scored</source>
        <translation>جميع الأوزان تساوي 0، فلن يُقيَّم شيء</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="81"/>
        <source>give at least one criterion a weight above 0</source>
        <translation>أعطِ معيارًا واحدًا على الأقل وزنًا أكبر من 0</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="83"/>
        <source>give exactly one of days, months or start (with optional end)</source>
        <translation>حدّد واحدًا فقط من days أو months أو start (مع end اختياريًا)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="85"/>
        <source>e.g. {example}</source>
        <translation>مثال: {example}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="86"/>
        <source>the window must be at least 1 day or 1 month long</source>
        <translation>يجب ألا تقل مدة النافذة عن يوم واحد أو شهر واحد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="88"/>
        <source>the window ends before it starts</source>
        <translation>تنتهي النافذة قبل أن تبدأ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="89"/>
        <source>swap start and end</source>
        <translation>بدّل بين start وend</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="90"/>
        <source>give either a reference year or a start date</source>
        <translation>حدّد إما سنة مرجعية أو تاريخ بداية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="92"/>
        <source>the basis &apos;{basis}&apos; does not go with a start date</source>
        <translation>الأساس '{basis}' لا يتوافق مع تاريخ بداية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="94"/>
        <source>the basis &apos;{basis}&apos; does not go with a reference year</source>
        <translation>الأساس '{basis}' لا يتوافق مع سنة مرجعية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="96"/>
        <source>use &quot;same_months&quot; or &quot;calendar_year&quot; with a year, &quot;period&quot; with start and end</source>
        <translation>استخدم &quot;same_months&quot; أو &quot;calendar_year&quot; مع سنة، و&quot;period&quot; مع start وend</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="98"/>
        <source>a reference period needs its end date</source>
        <translation>تحتاج الفترة المرجعية إلى تاريخ نهايتها</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="100"/>
        <source>add {example}</source>
        <translation>أضف {example}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="101"/>
        <source>the reference year {year} is out of range</source>
        <translation>السنة المرجعية {year} خارج النطاق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="103"/>
        <source>the coverage ends before it starts</source>
        <translation>تنتهي التغطية قبل أن تبدأ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="104"/>
        <source>swap the dates</source>
        <translation>بدّل بين التاريخين</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="105"/>
        <source>a precision field needs the scale its codes follow</source>
        <translation>يحتاج حقل الدقة إلى المقياس الذي تتبعه رموزه</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="107"/>
        <source>add &quot;scale&quot;: &quot;ucdp_ged&quot; or &quot;acled&quot;</source>
        <translation>أضف &quot;scale&quot;: &quot;ucdp_ged&quot; أو &quot;acled&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="109"/>
        <source>divide either by the population or by a field, not both</source>
        <translation>اقسم إما على السكان أو على حقل، لا على الاثنين معًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="111"/>
        <source>remove &quot;population&quot;, or remove &quot;layer&quot; and &quot;field&quot;</source>
        <translation>احذف &quot;population&quot;، أو احذف &quot;layer&quot; و&quot;field&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="113"/>
        <source>all dimension weights are 0</source>
        <translation>جميع أوزان الأبعاد تساوي 0</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="115"/>
        <source>the translation of &apos;{english}&apos; must be a non-empty text</source>
        <translation>يجب أن تكون ترجمة '{english}' نصًا غير فارغ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="117"/>
        <source>write &quot;English text&quot;: &quot;translated text&quot;</source>
        <translation>اكتب &quot;English text&quot;: &quot;translated text&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="120"/>
        <source>expected an object, found {found}</source>
        <translation>المتوقَّع كائن، ووُجد {found}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="121"/>
        <source>write it as {example}</source>
        <translation>اكتبه على الشكل {example}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="122"/>
        <source>a number in the model has too many digits</source>
        <translation>يحتوي رقم في النموذج على عدد كبير جدًا من الخانات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="124"/>
        <source>write numbers with at most 15 significant digits</source>
        <translation>اكتب الأرقام بـ 15 خانة معنوية على الأكثر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="126"/>
        <source>the document is nested more than {depth} levels deep</source>
        <translation>المستند متداخل بأكثر من {depth} مستويات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="128"/>
        <source>a model is a few levels deep; check that this is a RiskMap model</source>
        <translation>النموذج لا يتجاوز بضعة مستويات؛ تحقّق من أن هذا نموذج RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="130"/>
        <source>the text holds an invalid character (a lone UTF-16 surrogate)</source>
        <translation>يحتوي النص على حرف غير صالح (بديل UTF-16 منفرد)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="132"/>
        <source>retype the text, or save the model again as UTF-8</source>
        <translation>أعد كتابة النص، أو احفظ النموذج مجددًا بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="134"/>
        <source>the model document is larger than 10 MB</source>
        <translation>يتجاوز حجم مستند النموذج 10 ميغابايت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="136"/>
        <source>a model document is a few KB; check its source</source>
        <translation>مستند النموذج لا يتجاوز بضعة كيلوبايتات؛ تحقّق من مصدره</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="139"/>
        <source>a rate needs the units&apos; population field</source>
        <translation>يحتاج المعدل إلى حقل السكان في الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="141"/>
        <source>a ratio to the population needs the units&apos; population field</source>
        <translation>تحتاج النسبة إلى السكان إلى حقل السكان في الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="143"/>
        <source>set population_field on the criterion or on the units</source>
        <translation>اضبط population_field على المعيار أو على الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="145"/>
        <source>a distance from towns needs the model&apos;s towns layer</source>
        <translation>تحتاج المسافة من البلدات إلى طبقة البلدات في النموذج</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="147"/>
        <source>add {example} to the model, or measure &quot;from&quot;: &quot;edge&quot;</source>
        <translation>أضف {example} إلى النموذج، أو قِس &quot;from&quot;: &quot;edge&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="149"/>
        <source>the share of area covered needs a polygon layer</source>
        <translation>تحتاج نسبة المساحة المغطاة إلى طبقة مضلعات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="151"/>
        <source>choose a polygon layer (e.g. flashpoint zones)</source>
        <translation>اختر طبقة مضلعات (مثل مناطق بؤر التوتر)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="153"/>
        <source>cannot compare the field &apos;{field}&apos; with {value}</source>
        <translation>لا يمكن مقارنة الحقل '{field}' بـ {value}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="155"/>
        <source>compare numbers with numbers</source>
        <translation>قارن الأرقام بالأرقام</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="157"/>
        <source>the reference period {first}…{last} ends after the as-of date {as_of}</source>
        <translation>تنتهي الفترة المرجعية {first}…{last} بعد التاريخ المرجعي {as_of}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="159"/>
        <source>choose a reference before the as-of date</source>
        <translation>اختر فترة مرجعية قبل التاريخ المرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="161"/>
        <source>the data cover only {covered} of the {days} days of the reference period {first}…{last} (the dates of layer '{layer}' run from {data}), so the missing days would count as zero</source>
        <translation>لا تغطي البيانات سوى {covered} من أيام الفترة المرجعية {first}…{last} البالغة {days} يومًا (تمتد تواريخ الطبقة '{layer}' من {data})، فستُحسب الأيام الناقصة صفرًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="164"/>
        <source>choose a reference the data cover (e.g. &quot;basis&quot;: &quot;calendar_year&quot; of a complete year), declare the layer's coverage under layers → coverage if the data are complete, or allow &quot;incomplete&quot;: &quot;pro_rate&quot;</source>
        <translation>اختر فترة مرجعية تغطيها البيانات (مثل &quot;basis&quot;: &quot;calendar_year&quot; لسنة كاملة)، أو صرّح بتغطية الطبقة تحت layers → coverage إن كانت البيانات كاملة، أو اسمح بـ &quot;incomplete&quot;: &quot;pro_rate&quot;</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="168"/>
        <source>'{label}' compares with {first}…{last}, but layer '{layer}' has no dated feature in '{field}' to count then</source>
        <translation>يقارن '{label}' بالفترة {first}…{last}، لكن الطبقة '{layer}' لا تحتوي على أي معلم مؤرَّخ في '{field}' لعدّه آنذاك</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="170"/>
        <source>check the date field, or choose a measure without a reference period</source>
        <translation>تحقّق من حقل التاريخ، أو اختر مقياسًا بلا فترة مرجعية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="172"/>
        <source>'{label}' compares with {first}…{last}, which lies wholly outside the data: the dates of layer '{layer}' run from {data_first} to {data_last}</source>
        <translation>يقارن '{label}' بالفترة {first}…{last}، وهي تقع كليًا خارج البيانات: تمتد تواريخ الطبقة '{layer}' من {data_first} إلى {data_last}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="175"/>
        <source>choose a reference year from {year_first} to {year_last} (or a period within those dates), or declare the layer's coverage under layers → coverage if the data reach further back</source>
        <translation>اختر سنة مرجعية من {year_first} إلى {year_last} (أو فترة ضمن هذين التاريخين)، أو صرّح بتغطية الطبقة تحت layers → coverage إن كانت البيانات تمتد إلى ما قبل ذلك</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="179"/>
        <source>The units layer &apos;{layer}&apos; lacks the field(s) {missing} named in the model.</source>
        <translation>تفتقر طبقة الوحدات '{layer}' إلى الحقل (الحقول) {missing} المذكورة في النموذج.</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="181"/>
        <source>Pick a units layer with those fields, or one with unit_id and unit_name (e.g. the output of &apos;Create hexagon grid&apos;).</source>
        <translation>اختر طبقة وحدات تحتوي على هذه الحقول، أو طبقة تحتوي على unit_id وunit_name (مثل مخرجات 'Create hexagon grid').</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="183"/>
        <source>{count} units have coordinates that are not numbers (NaN or infinite; features {features})</source>
        <translation>لدى {count} وحدة إحداثيات ليست أرقامًا (NaN أو لا نهائية؛ المعالم {features})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="185"/>
        <source>repair or redraw those polygons (e.g. Vector → Geometry Tools → Check Validity)</source>
        <translation>أصلح هذه المضلعات أو أعد رسمها (مثل Vector → Geometry Tools → Check Validity)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="187"/>
        <source>{count} units have no id in &apos;{field}&apos;</source>
        <translation>لا يوجد معرّف في '{field}' لـ {count} وحدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="188"/>
        <source>fill the ids, or choose another id field</source>
        <translation>املأ المعرّفات، أو اختر حقل معرّف آخر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="190"/>
        <source>ids repeat in &apos;{field}&apos;: {count} ids are shared by several units (features {features})</source>
        <translation>تتكرر المعرّفات في '{field}': {count} معرّفًا تشترك فيه عدة وحدات (المعالم {features})</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="192"/>
        <source>choose a field with one value per unit</source>
        <translation>اختر حقلًا له قيمة واحدة لكل وحدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="193"/>
        <source>{count} units lie outside the valid area of the layer's CRS (e.g. a longitude beyond ±180)</source>
        <translation>تقع {count} وحدة خارج النطاق الصالح لنظام الإحداثيات المرجعي للطبقة (مثل خط طول يتجاوز ±180)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="195"/>
        <source>check the layer&apos;s CRS: its coordinates look like those of another CRS</source>
        <translation>تحقّق من نظام الإحداثيات المرجعي للطبقة: تبدو إحداثياتها كإحداثيات نظام آخر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="236"/>
        <source>&apos;{crs}&apos; is not a CRS that RiskMap knows</source>
        <translation>'{crs}' ليس نظام إحداثيات مرجعيًا يعرفه RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="237"/>
        <source>use an EPSG code such as EPSG:32638</source>
        <translation>استخدم رمز EPSG مثل EPSG:32638</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="238"/>
        <source>{crs} is not a projected CRS, so distances would not be in metres</source>
        <translation>{crs} ليس نظام إحداثيات مُسقَطًا، فلن تكون المسافات بالأمتار</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="240"/>
        <source>use a projected CRS (e.g. a UTM zone)</source>
        <translation>استخدم نظام إحداثيات مُسقَطًا (مثل نطاق UTM)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="242"/>
        <source>the units layer has no usable geometry</source>
        <translation>لا تحتوي طبقة الوحدات على هندسة صالحة للاستخدام</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="244"/>
        <source>check that the layer has polygons</source>
        <translation>تحقّق من أن الطبقة تحتوي على مضلعات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="247"/>
        <source>the cell size must be above 0 km</source>
        <translation>يجب أن يكون حجم الخلية أكبر من 0 كم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="248"/>
        <source>choose a cell size such as 10 km</source>
        <translation>اختر حجم خلية مثل 10 كم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="249"/>
        <source>the boundary layer has no CRS</source>
        <translation>لا تحتوي طبقة الحدود على نظام إحداثيات مرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="250"/>
        <source>set the layer&apos;s CRS</source>
        <translation>اضبط نظام الإحداثيات المرجعي للطبقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="251"/>
        <source>the grid needs a CRS</source>
        <translation>تحتاج الشبكة إلى نظام إحداثيات مرجعي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="252"/>
        <source>give the extent&apos;s CRS</source>
        <translation>حدّد نظام الإحداثيات المرجعي للنطاق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="253"/>
        <source>the grid needs an extent or a boundary layer</source>
        <translation>تحتاج الشبكة إلى نطاق أو طبقة حدود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="255"/>
        <source>give an extent or a polygon layer</source>
        <translation>حدّد نطاقًا أو طبقة مضلعات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="257"/>
        <source>a {km} km grid would need {cells} cells</source>
        <translation>تحتاج شبكة بخلايا {km} كم إلى {cells} خلية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/error_words.py" line="258"/>
        <source>choose a larger cell size or a smaller extent</source>
        <translation>اختر حجم خلية أكبر أو نطاقًا أصغر</translation>
    </message>
</context>
<context>
    <name>RiskMapNouns</name>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>incidents</source>
        <translation>حوادث</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>attacks</source>
        <translation>هجمات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>sleeper-cell reports</source>
        <translation>بلاغات عن خلايا نائمة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>supportive groups</source>
        <translation>جماعات مؤيدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>preachers</source>
        <translation>خطباء</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>Syrian border</source>
        <translation>الحدود السورية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>flashpoint zones</source>
        <translation>مناطق التوتر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>mix</source>
        <translation>التنوع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>returnees</source>
        <translation>عائدون</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/qgis_adapter/wording.py" line="148"/>
        <source>returned</source>
        <translation>عادوا</translation>
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
        <translation>إظهار لوحة RiskMap أو إخفاؤها</translation>
    </message>
</context>
<context>
    <name>RiskMapWarnings</name>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="30"/>
        <source>units layer &apos;{layer}&apos;: {count} units without geometry were left out</source>
        <translation>طبقة الوحدات «{layer}»: استُبعدت {count} وحدات بلا شكل هندسي</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="32"/>
        <source>units layer &apos;{layer}&apos;: {count} invalid polygons were made valid</source>
        <translation>طبقة الوحدات «{layer}»: صُحّح {count} مضلعًا غير صالح</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="34"/>
        <source>layer &apos;{layer}&apos;: {count} features lie outside the valid area of their CRS and were left out</source>
        <translation>الطبقة «{layer}»: {count} معالم تقع خارج النطاق الصالح لنظام إحداثياتها واستُبعدت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="36"/>
        <source>layer &apos;{layer}&apos;: {count} invalid geometries were made valid</source>
        <translation>الطبقة «{layer}»: صُحّحت {count} أشكال هندسية غير صالحة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="45"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are not dates and were left out</source>
        <translation>الطبقة «{layer}»: {count} قيم في «{field}» ليست تواريخ واستُبعدت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="47"/>
        <source>layer &apos;{layer}&apos;: {count} features dated after the as-of date {as_of} were not counted</source>
        <translation>الطبقة «{layer}»: لم تُحتسب {count} معالم مؤرخة بعد التاريخ المرجعي {as_of}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="54"/>
        <source>layer &apos;{layer}&apos;: {count} negative values of &apos;{field}&apos; were counted as 0</source>
        <translation>الطبقة «{layer}»: احتُسبت {count} قيم سالبة في «{field}» صفرًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="56"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are not numbers and were counted as 0</source>
        <translation>الطبقة «{layer}»: {count} قيم في «{field}» ليست أرقامًا واحتُسبت صفرًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="60"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have no population above 0; their rate is missing</source>
        <translation>المعيار «{criterion}»: {count} وحدات بلا سكان فوق الصفر؛ معدلها مفقود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="62"/>
        <source>criterion &apos;{criterion}&apos;: in {count} units the share fields do not sum to 1; they were rescaled</source>
        <translation>المعيار «{criterion}»: في {count} وحدات لا يساوي مجموع حقول الحصص 1؛ أُعيد ضبطها</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="64"/>
        <source>criterion &apos;{criterion}&apos;: no unit has a value; it was left out</source>
        <translation>المعيار «{criterion}»: لا توجد وحدة لها قيمة؛ استُبعد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="96"/>
        <source>layer &apos;{layer}&apos;: curved geometries (arcs) were approximated by straight segments</source>
        <translation>الطبقة «{layer}»: قُرّبت الأشكال المنحنية (الأقواس) بقطع مستقيمة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="98"/>
        <source>layer &apos;{layer}&apos;: {count} unclosed rings were closed</source>
        <translation>الطبقة «{layer}»: أُغلقت {count} حلقات مفتوحة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="100"/>
        <source>layer &apos;{layer}&apos;: {count} polygons with unclosed rings were left out (shapely 2.1 or newer closes them)</source>
        <translation>الطبقة '{layer}': استُبعد {count} من المضلعات ذات الحلقات غير المغلقة (يغلقها shapely 2.1 أو أحدث)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="66"/>
        <source>criterion &apos;{criterion}&apos;: counts events located to {rule} or better (&apos;{field}&apos;); {count} of {total} events ({share} %) are located more coarsely and were not counted</source>
        <translation>المعيار '{criterion}': يحتسب الأحداث المحدَّد موقعها بدقة {rule} أو أفضل ('{field}')؛ {count} من أصل {total} حدثًا ({share} %) محدَّد موقعها بدقة أدنى ولم تُحتسب</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="69"/>
        <source>criterion &apos;{criterion}&apos;: layer &apos;{layer}&apos; records only events with &apos;{field}&apos; of at least {floor}, so smaller incidents (e.g. attacks without deaths) are not in the data</source>
        <translation>المعيار '{criterion}': لا تسجّل الطبقة '{layer}' إلا الأحداث التي تبلغ فيها قيمة '{field}' {floor} على الأقل، لذا فإن الحوادث الأصغر (مثل الهجمات التي لم تُسفر عن قتلى) غير موجودة في البيانات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="72"/>
        <source>layer &apos;{layer}&apos;: its data are a snapshot of {snapshot}, after the as-of date {as_of}, so they may carry what was not known on the as-of date</source>
        <translation>الطبقة '{layer}': بياناتها لقطة بتاريخ {snapshot}، أي بعد تاريخ الإسناد {as_of}، لذا قد تتضمن ما لم يكن معروفًا في تاريخ الإسناد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="75"/>
        <source>criterion &apos;{criterion}&apos;: the data cover only {count} of the {days} days of the reference {period}; its count was pro-rated</source>
        <translation>المعيار '{criterion}': لا تغطي البيانات سوى {count} يومًا من أصل {days} يومًا من الفترة المرجعية {period}؛ لذا احتُسب العدد بالتناسب</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="78"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have no town; their distance is measured from the unit&apos;s centre</source>
        <translation>المعيار '{criterion}': {count} وحدة لا توجد فيها بلدة؛ لذا تُقاس مسافتها من مركز الوحدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="80"/>
        <source>criterion &apos;{criterion}&apos;: {count} units have nothing to divide by; their ratio is missing</source>
        <translation>المعيار '{criterion}': ليس لدى {count} وحدة قيمة يُقسم عليها؛ لذا فإن نسبتها مفقودة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="82"/>
        <source>criteria '{first}' and '{second}' are strongly correlated on this run (Spearman ρ = {rho}); together they may count the same thing twice</source>
        <translation>المعياران '{first}' و'{second}' مترابطان بقوة في هذا التشغيل (Spearman ρ = {rho})؛ وقد يحتسبان معًا الشيء نفسه مرتين</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="85"/>
        <source>area '{name}': its unit alone covers {km2} km², more than areas → max_km2 ({cap} km²); a unit is never split</source>
        <translation>المنطقة '{name}': وحدتها وحدها تغطي {km2} km²، أي أكثر من areas → max_km2 ({cap} km²)؛ ولا تُقسَّم الوحدة أبدًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="43"/>
        <source>layer &apos;{layer}&apos;: {count} features have coordinates that are not numbers and were left out</source>
        <translation>الطبقة '{layer}': {count} من العناصر إحداثياتها ليست أرقامًا، لذا استُبعدت</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="38"/>
        <source>layer &apos;{layer}&apos;: none of its {count} features has a geometry, so it counts nothing</source>
        <translation>الطبقة '{layer}': لا يملك أيٌّ من عناصرها البالغ عددها {count} شكلًا هندسيًا، لذا لا تحتسب شيئًا</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="40"/>
        <source>layer '{layer}': none of its {count} features lies within the units' extent, so it counts nothing — check its CRS, or whether longitude and latitude are swapped</source>
        <translation>الطبقة '{layer}': لا يقع أيٌّ من عناصرها البالغ عددها {count} ضمن نطاق الوحدات، لذا لا تحتسب شيئًا — تحقّق من نظام الإحداثيات المرجعي (CRS) الخاص بها، أو مما إذا كان خطا الطول والعرض مُبدَّلين</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="58"/>
        <source>layer &apos;{layer}&apos;: {count} values of &apos;{field}&apos; are infinite and were counted as 0</source>
        <translation>الطبقة '{layer}': {count} من قيم '{field}' لا نهائية، لذا احتُسبت 0</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="87"/>
        <source>the analysis CRS {crs} is meant for another region than the units, so distances and areas are distorted — leave 'crs' out (RiskMap picks the units' UTM zone) or choose a CRS for this region</source>
        <translation>نظام الإحداثيات المرجعي (CRS) للتحليل {crs} مخصّص لمنطقة غير منطقة الوحدات، لذا تتشوّه المسافات والمساحات — احذف 'crs' (فيختار RiskMap منطقة UTM الخاصة بالوحدات) أو اختر نظام إحداثيات مرجعيًا (CRS) لهذه المنطقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="90"/>
        <source>the data do not cover the reference year {year} of the time analysis, so no unit is compared with its {year} level</source>
        <translation>لا تغطي البيانات سنة الإسناد {year} في التحليل الزمني، لذا لم تُقارَن أي وحدة بمستواها في {year}</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="93"/>
        <source>no layer &apos;{layer}&apos; in this project: the at-risk areas were not kept inside its boundaries</source>
        <translation>لا توجد طبقة '{layer}' في هذا المشروع: لم تُحصر المناطق المعرضة للخطر داخل حدودها</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="49"/>
        <source>layer &apos;{layer}&apos;: the field &apos;{field}&apos; was matched to &apos;{name}&apos;, which differs only in case (PostGIS imports lower-case field names)</source>
        <translation>الطبقة '{layer}': طوبق الحقل '{field}' مع '{name}' الذي يختلف عنه في حالة الأحرف فقط (يستورد PostGIS أسماء الحقول بأحرف صغيرة)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/core/messages.py" line="52"/>
        <source>layer &apos;{layer}&apos;: counted per unit in its PostGIS database; its features were not read into RiskMap</source>
        <translation>الطبقة '{layer}': عُدّت لكل وحدة داخل قاعدة بيانات PostGIS الخاصة بها؛ لم تُقرأ معالمها في RiskMap</translation>
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
        <translation>جارٍ التحضير</translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="95"/>
        <source>Preset</source>
        <translation>إعداد مسبق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="59"/>
        <source>Start from a saved model</source>
        <translation>البدء من نموذج محفوظ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="60"/>
        <source>Load…</source>
        <translation>تحميل…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="60"/>
        <source>Load a model JSON file</source>
        <translation>تحميل ملف نموذج JSON</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="63"/>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="63"/>
        <source>Save this model as a JSON file</source>
        <translation>حفظ هذا النموذج كملف JSON</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="66"/>
        <source>Save as preset</source>
        <translation>حفظ كإعداد مسبق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="66"/>
        <source>Keep this model among your presets (in your QGIS profile)</source>
        <translation>الاحتفاظ بهذا النموذج ضمن إعداداتك المسبقة (في ملف تعريف QGIS)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="73"/>
        <source>Model name</source>
        <translation>اسم النموذج</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="73"/>
        <source>Names the result group and the output file</source>
        <translation>يُسمّي مجموعة النتائج وملف المخرجات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="83"/>
        <source>As-of date</source>
        <translation>تاريخ التحليل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="83"/>
        <source>The date the analysis describes; windows count back from it</source>
        <translation>التاريخ الذي يصفه التحليل؛ وتُحسب النوافذ الزمنية رجوعًا منه</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="89"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="98"/>
        <source>as of</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="100"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="104"/>
        <source>Analysis units</source>
        <translation>وحدات التحليل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="110"/>
        <source>Guess layers</source>
        <translation>تخمين الطبقات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="110"/>
        <source>Pick the project layer for each criterion from layer names, tables and fields</source>
        <translation>اختيار طبقة المشروع لكل معيار من أسماء الطبقات والجداول والحقول</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="120"/>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="378"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>RiskMap output GeoPackage</source>
        <translation>ملف GeoPackage لمخرجات RiskMap</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>Output GeoPackage</source>
        <translation>ملف GeoPackage للمخرجات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="129"/>
        <source>Where the scored units, areas and watch list are written</source>
        <translation>حيث تُكتب الوحدات المقيَّمة والمناطق وقائمة المراقبة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="148"/>
        <source>Generate at-risk layer</source>
        <translation>إنشاء طبقة المناطق المعرّضة للخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="148"/>
        <source>Run the model and add the at-risk areas to the map (Ctrl+Return)</source>
        <translation>تشغيل النموذج وإضافة المناطق المعرّضة للخطر إلى الخريطة (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="154"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="154"/>
        <source>Stop the run; nothing is written (Esc)</source>
        <translation>إيقاف التشغيل؛ لا يُكتب شيء (Esc)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="162"/>
        <source>Progress of the run</source>
        <translation>تقدّم التشغيل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="177"/>
        <source>Output</source>
        <translation>المخرجات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="185"/>
        <source>At-risk areas</source>
        <translation>المناطق المعرّضة للخطر</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>Previous RiskMap result</source>
        <translation>نتيجة RiskMap السابقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="147"/>
        <source>the output file, if it exists</source>
        <translation>ملف المخرجات إن وُجد</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>Compare with previous result</source>
        <translation>المقارنة مع النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="136"/>
        <source>An earlier result GeoPackage: the run lists the units that entered or left the areas or moved in rank since then. Empty: the output file as it was before this run</source>
        <translation>ملف GeoPackage لنتيجة سابقة: يسرد التشغيل الوحدات التي دخلت المناطق أو خرجت منها أو تغيّر ترتيبها منذ ذلك الحين. فارغ: ملف المخرجات كما كان قبل هذا التشغيل</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="171"/>
        <source>Changes since the previous result</source>
        <translation>التغييرات منذ النتيجة السابقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="178"/>
        <source>Compare with</source>
        <translation>المقارنة مع</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/scoring_panel.py" line="180"/>
        <source>Store in PostGIS</source>
        <translation>التخزين في PostGIS</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="28"/>
        <source>Store the run in PostGIS: connection</source>
        <translation>تخزين التشغيل في PostGIS: الاتصال</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="29"/>
        <source>A saved PostgreSQL connection; empty: the run is not stored in a database</source>
        <translation>اتصال PostgreSQL محفوظ؛ فارغ: لا يُخزَّن التشغيل في قاعدة بيانات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="36"/>
        <source>Schema for the stored runs</source>
        <translation>مخطط التشغيلات المخزّنة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/store_choice.py" line="37"/>
        <source>Where the runs are stored, with the latest-run views</source>
        <translation>مكان تخزين التشغيلات، مع عروض آخر تشغيل</translation>
    </message>
</context>
<context>
    <name>UnitsPanel</name>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="31"/>
        <source>Polygon layer</source>
        <translation>طبقة مضلعات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="32"/>
        <source>Hexagon grid</source>
        <translation>شبكة سداسية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="33"/>
        <source>Score the polygons of a project layer (districts…)</source>
        <translation>تقييم مضلعات طبقة من المشروع (الأقضية…)</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="34"/>
        <source>Score hexagons of a chosen size, clipped to a boundary</source>
        <translation>تقييم خلايا سداسية بحجم مختار مقصوصة على حدود</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="42"/>
        <source>Units layer</source>
        <translation>طبقة الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="45"/>
        <source>Unit id field</source>
        <translation>حقل معرّف الوحدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="46"/>
        <source>Unit name field</source>
        <translation>حقل اسم الوحدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="54"/>
        <source> km</source>
        <translation> كم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="55"/>
        <source>Hexagon size</source>
        <translation>حجم الخلية السداسية</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="56"/>
        <source>Distance between neighbouring hexagon centres</source>
        <translation>المسافة بين مراكز الخلايا السداسية المتجاورة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="57"/>
        <source>Grid boundary</source>
        <translation>حدود الشبكة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="63"/>
        <source>Towns that name the areas</source>
        <translation>البلدات التي تُسمّى بها المناطق</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="69"/>
        <source>Town name field</source>
        <translation>حقل اسم البلدة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="78"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="79"/>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="83"/>
        <source>Id / name</source>
        <translation>المعرّف / الاسم</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="87"/>
        <source>Grid</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="91"/>
        <source>Towns</source>
        <translation>البلدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="176"/>
        <source>choose a grid boundary</source>
        <translation>اختر حدود الشبكة</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="178"/>
        <source>choose a units layer</source>
        <translation>اختر طبقة الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="180"/>
        <source>choose the units&apos; id field</source>
        <translation>اختر حقل معرّف الوحدات</translation>
    </message>
    <message>
        <location filename="../riskmap_plugin/gui/units_panel.py" line="182"/>
        <source>choose the towns&apos; name field</source>
        <translation>اختر حقل اسم البلدات</translation>
    </message>
</context>
</TS>

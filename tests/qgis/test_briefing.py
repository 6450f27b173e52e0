"""The briefing: one PDF with the overview page and one page per at-risk area."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import geopandas as gpd
import numpy as np
import pytest
from languages import qgis_in_language
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from riskmap_plugin.qgis_adapter.output import read_provenance, write_tables
from riskmap_plugin.report import build_briefing, export_briefing
from riskmap_plugin.report.layout import layout_name, page_count

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is needed"
)


@pytest.fixture(scope="module")
def sample_result(qgis_app, repo_root, tmp_path_factory):
    """The sample model's result GeoPackage (run once for the module)."""
    from riskmap_plugin.qgis_adapter.runner import run_model

    path = tmp_path_factory.mktemp("briefing") / "result.gpkg"
    run_model(repo_root / "resources/sample/stabilization_2018.json", output_path=path)
    return path


@pytest.fixture
def project(qgis_app):
    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


def _flat(text: str) -> str:
    return " ".join(text.replace("ﬁ", "fi").replace("ﬂ", "fl").replace("ﬀ", "ff").split())


def test_sample_briefing_pdf_has_title_areas_drivers_attributions_banner(
    project, sample_result, repo_root, tmp_path
):
    layout = build_briefing(project, sample_result, banner="UNCLASSIFIED // TEST BANNER")
    out = export_briefing(layout, tmp_path / "briefing.pdf", tmp_path / "page1.png")
    areas = gpd.read_file(sample_result, layer="areas")
    assert len(areas) >= 1
    assert out["pages"] == 1 + len(areas) == _pages(out["pdf"])
    text = _flat(_text(out["pdf"]))
    assert "Stabilization priorities" in text
    assert text.count("UNCLASSIFIED // TEST BANNER") == 2 * (1 + len(areas))
    for name, drivers in zip(areas["name"], areas["drivers"]):
        assert name in text
        for phrase in drivers.split(" · "):
            assert _flat(phrase) in text
    for attribution in (
        "OCHA",
        "CC BY 4.0",
        "Sundberg & Melander (2013)",
        "GeoNames",
        "Natural Earth",
        "IOM Iraq DTM",
        "Illustrative — not real data",
    ):
        assert attribution in text
    assert f"Page 1 of {1 + len(areas)}" in text
    assert project.layoutManager().layoutByName(layout_name("Stabilization priorities"))


def test_pages_render_with_a_map_that_is_not_blank(project, sample_result, tmp_path):
    from qgis.PyQt.QtGui import QImage

    layout = build_briefing(project, sample_result)
    out = export_briefing(layout, tmp_path / "b.pdf", tmp_path / "p1.png")
    image = QImage(out["png"])
    assert not image.isNull() and image.width() > image.height()
    # the main map area (left half, upper part) holds many colours, not a blank frame
    colours = {
        image.pixel(x, y)
        for x in range(int(image.width() * 0.05), int(image.width() * 0.5), 7)
        for y in range(int(image.height() * 0.2), int(image.height() * 0.65), 7)
    }
    assert len(colours) > 20
    subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "2", "-l", "2", "-png", out["pdf"], str(tmp_path / "a")],
        check=True,
    )
    assert list(tmp_path.glob("a*.png"))


def test_arabic_banner_is_written_right_to_left_as_text(project, sample_result, tmp_path):
    banner = "سري — للاستخدام الرسمي فقط"
    layout = build_briefing(project, sample_result, banner=banner)
    out = export_briefing(layout, tmp_path / "ar.pdf")
    text = unicodedata.normalize("NFKC", _text(out["pdf"]))  # shaped glyphs → letters
    # pdftotext marks the run as right-to-left embedding (U+202B … U+202C), in logical order
    assert f"\u202b{banner}\u202c" in text


def _letters(text: str) -> str:
    """Shaped glyphs as letters, without vowel marks (pdftotext reorders them) or
    direction marks, whitespace flattened."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        c for c in text if unicodedata.category(c) != "Mn" and not "\u202a" <= c <= "\u202e"
    )
    return _flat(text)


@pytest.fixture
def arabic(qgis_app):
    with qgis_in_language("ar"):
        yield


@pytest.fixture
def french(qgis_app):
    with qgis_in_language("fr"):
        yield


def test_french_briefing_keeps_every_caveat_on_page_1(french, project, sample_result, tmp_path):
    # French is longer than English: the caveats move above the sources rather than
    # falling off the method box.
    layout = build_briefing(project, sample_result)
    out = export_briefing(layout, tmp_path / "fr.pdf")
    page_1 = ["pdftotext", "-l", "1", str(out["pdf"]), "-"]
    text = _flat(subprocess.run(page_1, capture_output=True, text=True).stdout)
    for caveat in ("Couverture des données", "ne pas utiliser pour décider", "Couche « events »"):
        assert caveat in text, caveat
    # The method sentence changed with #17 and waits for its French translation.
    assert "Chacune des 294 unités" in text or "Each of the 294 units" in text
    assert "Incidents de sécurité" in text


def test_arabic_briefing_has_arabic_table_headers_legend_subtitle_and_footer(
    arabic, project, sample_result, tmp_path
):
    from riskmap_plugin.report.fill import _mirrored
    from riskmap_plugin.report.phrases import class_words, legend_names

    layout = build_briefing(project, sample_result)
    out = export_briefing(layout, tmp_path / "ar.pdf")
    page_1 = ["pdftotext", "-l", "1", str(out["pdf"]), "-"]
    text = _letters(subprocess.run(page_1, capture_output=True, text=True).stdout)
    for arabic_text in (
        "نطاق الترتيب",  # areas table: Rank band
        "أهم العوامل",  # areas table: Top drivers
        "أخطر عندما",  # criteria table: Riskier when
        "فئة خطر الوحدات",  # legend: Risk class of units
        "المناطق المعرّضة لخطر عودة التطرف العنيف",  # subtitle
        "النموذج",  # footer
    ):
        assert _letters(arabic_text) in text, arabic_text
    for english in ("Top drivers", "Riskier when", "Risk class of units", "Areas at risk of"):
        assert english not in text
    assert legend_names()["units"] == "فئة خطر الوحدات"
    assert class_words()["Very high"] != "Very high"
    assert _mirrored(Qt.AlignmentFlag.AlignLeft) == Qt.AlignmentFlag.AlignRight, "RTL kept"
    # The sentences, the model's own words (its translations) and the legend's classes.
    for arabic_text in (
        "أولويات الاستقرار",  # title: the model's name
        "مدى اليقين",  # how sure (Monte Carlo)
        "تغطية البيانات",  # caveat: coverage
        "توضيحية — ليست بيانات حقيقية",  # illustrative layers
        "الحوادث الأمنية",  # criterion label
        "الجغرافيا",  # dimension
        "مرتفع جد",  # legend: Very high (pdftotext splits the final mark off)
        _arabic_digits(_unit_count(sample_result)),  # the 294 sub-districts, "٢٩٤"
    ):
        assert _letters(arabic_text) in text, arabic_text
    # The method note: pdftotext may swap the lines of a right-to-left paragraph, and where
    # the lines wrap depends on the QGIS release's text metrics; one of two phrases of the
    # note is always whole on a line.
    method = [_letters(p) for p in ("كل وحدة من الوحدات", "وليست احتمالات")]
    assert any(phrase in text for phrase in method), "method note"
    for english in (
        "Each of the",
        "How sure",
        "Data coverage",
        "Illustrative",
        "Security incidents",
        "Geography",
        "Very high",
        "Stabilization priorities",
        "features dated after",  # the run's warning, reworded from the stored English
    ):
        assert english not in text, english
    assert _letters("التاريخ المرجعي") in text
    area_page = ["pdftotext", "-f", "2", "-l", "2", str(out["pdf"]), "-"]
    area_text = _letters(subprocess.run(area_page, capture_output=True, text=True).stdout)
    for arabic_text in ("المنطقة", "أهم العوامل", "نطاق الترتيب", "نسبة العودة"):
        assert _letters(arabic_text) in area_text, arabic_text
    for english in ("Area 1 of", "Top drivers", "Rank band", "Return ratio", "riskiest"):
        assert english not in area_text, english


def _unit_count(gpkg) -> int:
    """The result's units, counted in the GeoPackage (not by the briefing)."""
    import pyogrio

    return pyogrio.read_info(str(gpkg), layer="units")["features"]


def _arabic_digits(number: int) -> str:
    return "".join("٠١٢٣٤٥٦٧٨٩"[int(d)] for d in str(number))


def _x(layout, item_id: str) -> float:
    return layout.itemById(item_id).positionWithUnits().x()


def test_arabic_briefing_is_laid_out_right_to_left(arabic, project, sample_result):
    from riskmap_plugin.qgis_adapter.wording import tr

    layout = build_briefing(project, sample_result)
    page_width = layout.pageCollection().page(0).pageSize().width()
    main_map = layout.itemById("main_map")
    # The map (left in the template) is on the right; the tables on the left.
    assert _x(layout, "main_map") + main_map.sizeWithUnits().width() == pytest.approx(
        page_width - 10, abs=15
    )
    assert _x(layout, "areas_table") < _x(layout, "main_map")
    assert _x(layout, "legend") > _x(layout, "method_note")
    # Tables read from the right: the area's name is the last (rightmost) column.
    columns = layout.itemById("areas_table").multiFrame().columns()
    assert columns[-1].heading() == tr("Area") != "Area"
    assert columns[0].heading() == tr("Top drivers")


def test_english_briefing_keeps_the_template_left_to_right(project, sample_result):
    layout = build_briefing(project, sample_result)
    assert _x(layout, "main_map") < _x(layout, "areas_table")
    assert _x(layout, "legend") < _x(layout, "method_note")
    assert layout.itemById("areas_table").multiFrame().columns()[0].heading() == "Area"


def test_a3_layout_is_a3(project, sample_result, tmp_path):
    layout = build_briefing(project, sample_result, page_size="A3")
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (420, 297)


def test_rebuilding_replaces_the_layout_of_the_same_model(project, sample_result):
    build_briefing(project, sample_result)
    layers = len(project.mapLayers())
    build_briefing(project, sample_result)
    names = [lay.name() for lay in project.layoutManager().printLayouts()]
    assert names.count(layout_name("Stabilization priorities")) == 1
    assert len(project.mapLayers()) == layers


def test_layout_survives_saving_and_reopening_the_project(project, sample_result, tmp_path):
    layout = build_briefing(project, sample_result)
    pages = page_count(layout)
    path = str(tmp_path / "briefing.qgz")
    assert project.write(path)
    project.clear()
    assert project.layoutManager().printLayouts() == []
    assert project.read(path)
    reopened = project.layoutManager().layoutByName(layout_name("Stabilization priorities"))
    assert reopened is not None
    assert page_count(reopened) == pages
    out = export_briefing(reopened, tmp_path / "again.pdf")
    assert _pages(out["pdf"]) == pages


def test_twelve_areas_fit_their_tables(project, sample_result, tmp_path):
    path = _result_with_areas(sample_result, tmp_path / "twelve.gpkg", 12)
    layout = build_briefing(project, path)
    out = export_briefing(layout, tmp_path / "twelve.pdf")
    assert _pages(out["pdf"]) == 13
    first_page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", out["pdf"], "-"], capture_output=True, text=True
    ).stdout
    table = layout.itemById("areas_table").multiFrame()
    shown = min(table.maximumNumberOfFeatures(), 12)
    more = layout.itemById("areas_more").text()
    # every area is listed, or the rest are announced; nothing is silently cut
    assert shown >= 5
    assert shown == 12 or f"… and {12 - shown} more (see the area pages)" in first_page
    assert shown == 12 or more
    assert table.contentTextFormat().size() >= 5.5
    frame = layout.itemById("areas_table")
    assert frame.positionWithUnits().y() + frame.sizeWithUnits().height() < 200


def _result_with_areas(source, target, count: int):
    """A copy of a result whose top ``count`` units each form an at-risk area."""
    units = gpd.read_file(source, layer="units").sort_values("score", ascending=False)
    units = units.reset_index(drop=True)
    units["area_id"] = np.where(units.index < count, units.index + 1, 0)
    top = units.iloc[:count]
    areas = gpd.GeoDataFrame(
        {
            "area_id": np.arange(1, count + 1),
            "name": [f"Synthetic area {i:02d}" for i in range(1, count + 1)],
            "class": top["class"].to_numpy(),
            "score_max": top["score"].to_numpy(),
            "score_mean": top["score"].to_numpy(),
            "units": top["unit_name"].to_numpy(),
            "n_units": np.ones(count, dtype=int),
            "drivers": top["drivers"].to_numpy(),
        },
        geometry=top.geometry.to_numpy(),
        crs=units.crs,
    )
    tables = {
        "units": units,
        "areas": areas,
        "watch_list": gpd.read_file(source, layer="watch_list"),
        "criteria": gpd.read_file(source, layer="criteria"),
    }
    return write_tables(tables, target, provenance=read_provenance(source))


def test_processing_briefing_writes_the_pdf_without_touching_the_project(
    project, riskmap_provider, sample_result, tmp_path
):
    import processing

    layers_before = len(project.mapLayers())
    result = processing.run(
        "riskmap:briefing",
        {
            "INPUT": str(sample_result),
            "PAGE_SIZE": 1,
            "BANNER": "TEST A3",
            "OUTPUT": str(tmp_path / "alg.pdf"),
        },
    )
    areas = gpd.read_file(sample_result, layer="areas")
    assert result["PAGES"] == 1 + len(areas) == _pages(result["OUTPUT"])
    assert "TEST A3" in _text(result["OUTPUT"])
    assert len(project.mapLayers()) == layers_before
    assert project.layoutManager().printLayouts() == []


def test_greyscale_print_of_page_1_still_tells_the_classes_apart(project, sample_result, tmp_path):
    """Find each class's legend swatch in the colour render of page 1 (pixels of the class
    colour as printed), then read the same pixels in a greyscale render: every class must
    keep its own grey level, at least 15 levels from the next."""
    from qgis.PyQt.QtGui import QImage

    from riskmap_plugin.qgis_adapter.style import class_colors

    layout = build_briefing(project, sample_result)
    out = export_briefing(layout, tmp_path / "b.pdf", tmp_path / "p1.png")
    image = QImage(out["png"]).convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    pixels = np.frombuffer(image.constBits().asstring(width * height * 4), dtype=np.uint8)
    rgb = pixels.reshape(height, width, 4)[:, :, 2::-1].astype(float)  # BGRA → RGB
    grey_image = QImage(out["png"]).convertToFormat(QImage.Format.Format_Grayscale8)
    line = grey_image.bytesPerLine()
    grey = np.frombuffer(grey_image.constBits().asstring(line * height), dtype=np.uint8)
    grey = grey.reshape(height, line)[:, :width].astype(float)
    levels = []
    for colour in class_colors(5):
        target = np.array([colour.red(), colour.green(), colour.blue()], dtype=float)
        # The legend swatch and the map fill are semi-transparent over white: accept the
        # colour blended with white at any opacity from 50 % to 100 %.
        found = None
        for opacity in np.linspace(1.0, 0.5, 11):
            printed = opacity * target + (1 - opacity) * 255.0
            match = np.all(np.abs(rgb - printed) <= 6, axis=2)
            if match.sum() >= 30:
                found = match
                break
        assert found is not None, f"class colour {colour.name()} not found on page 1"
        levels.append(float(np.median(grey[found])))
    gaps = np.abs(np.diff(levels))
    assert gaps.min() >= 15, levels
    print("grey levels of the classes on page 1:", levels)

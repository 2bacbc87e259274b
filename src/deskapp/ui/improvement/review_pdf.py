"""A service review as a PDF (QPdfWriter + QPainter; the only Qt part of a review, used by the
Improvement view and, headless with the offscreen platform, by ``deskapp-admin report``).

Layout: a title page (the desk's name and logo, the service, the period), a contents page with
each section's page, then the sections: text, charts drawn by QtCharts straight onto the page
(vector graphics, not pictures), and tables that continue on the next page with their header
row repeated. Every page but the title carries "page n of N" and the desk's name. The layout
runs twice: once without drawing to learn the sections' pages and the page count, once to draw.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QGraphicsScene

from deskapp.config.locations import resources_dir
from deskapp.ui.improvement.charts import build_chart
from deskapp.ui.labels import count_text

if TYPE_CHECKING:
    from deskapp.services.service_review import Section, ServiceReview, Table

RESOLUTION = 96  # device pixels per inch: an A4 page is about 794 x 1123
MARGIN_MM = 18
CHART_HEIGHT = 250


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    if isinstance(value, int):
        return count_text(value)
    return str(value)


class _Layout:
    """Places the review on pages; draws only when ``painter`` is set."""

    def __init__(self, review: ServiceReview, writer: QPdfWriter, painter: QPainter | None,
                 pages: int, starts: dict[str, int]) -> None:
        self.review = review
        self.writer = writer
        self.painter = painter
        self.pages = pages
        self.starts = starts
        self.page = 0
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.area = QRectF(0, 0, rect.width(), rect.height())
        self.top, self.bottom = self.area.top(), self.area.bottom() - 28
        self.y = self.top
        self.body = QFont("DejaVu Sans", 9)
        self.small = QFont("DejaVu Sans", 7)
        self.bold = QFont("DejaVu Sans", 9, QFont.Weight.Bold)
        self.h1 = QFont("DejaVu Sans", 16, QFont.Weight.Bold)
        self.title_font = QFont("DejaVu Sans", 26, QFont.Weight.Bold)
        for f in (self.body, self.small, self.bold, self.h1, self.title_font):
            f.setPixelSize(round(f.pointSizeF() * RESOLUTION / 72))

    # -- pages ---------------------------------------------------------------------------
    def new_page(self) -> None:
        if self.page > 0 and self.painter is not None:
            self.writer.newPage()
        self.page += 1
        self.y = self.top
        if self.page > 1 and self.painter is not None:
            p = self.painter
            p.setFont(self.small)
            p.setPen(QColor("#555555"))
            foot = QRectF(self.area.left(), self.area.bottom() - 16, self.area.width(), 16)
            p.drawText(foot, int(Qt.AlignmentFlag.AlignLeft), self.review.desk_name)
            p.drawText(foot, int(Qt.AlignmentFlag.AlignRight),
                       f"page {self.page} of {self.pages}")
            p.setPen(QPen(QColor("#bbbbbb"), 0.5))
            p.drawLine(foot.topLeft(), foot.topRight())
            p.setPen(QColor("#000000"))

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` fits; True when it did."""
        if self.y + height > self.bottom:
            self.new_page()
            return True
        return False

    def text(self, text: str, font: QFont, gap: float = 6, colour: str = "#000000") -> None:
        metrics = QFontMetricsF(font)
        rect = metrics.boundingRect(QRectF(0, 0, self.area.width(), 10_000),
                                    int(Qt.TextFlag.TextWordWrap), text)
        self.ensure(rect.height() + gap)
        if self.painter is not None:
            self.painter.setFont(font)
            self.painter.setPen(QColor(colour))
            self.painter.drawText(QRectF(self.area.left(), self.y, self.area.width(),
                                         rect.height()), int(Qt.TextFlag.TextWordWrap), text)
        self.y += rect.height() + gap

    # -- the parts -----------------------------------------------------------------------
    def title_page(self) -> None:
        self.new_page()
        r = self.review
        if self.painter is not None:
            from PySide6.QtSvg import QSvgRenderer

            logo = QSvgRenderer(str(resources_dir() / "icons" / "deskapp.svg"))
            if logo.isValid():
                logo.render(self.painter, QRectF(self.area.left(), 120, 96, 96))
        self.y = 250
        self.text(r.desk_name, self.h1, 16, "#1565c0")
        self.text("Service review", self.title_font, 12)
        self.text(r.service_name or "The whole desk", self.h1, 24)
        self.text(f"{r.first_day} to {r.last_day}", self.body, 4)
        self.text(f"Created {r.created_at:%Y-%m-%d %H:%M}", self.body, 4, "#555555")

    def contents(self) -> None:
        self.new_page()
        self.text("Contents", self.h1, 14)
        metrics = QFontMetricsF(self.body)
        for number, section in enumerate(self.review.sections, start=1):
            line = metrics.height() + 6
            self.ensure(line)
            if self.painter is not None:
                self.painter.setFont(self.body)
                self.painter.setPen(QColor("#000000"))
                row = QRectF(self.area.left(), self.y, self.area.width(), line)
                self.painter.drawText(row, int(Qt.AlignmentFlag.AlignLeft),
                                      f"{number}. {section.title}")
                self.painter.drawText(row, int(Qt.AlignmentFlag.AlignRight),
                                      str(self.starts.get(section.key, "")))
            self.y += line

    def section(self, number: int, section: Section) -> None:
        self.new_page()
        self.starts[section.key] = self.page
        self.text(f"{number}. {section.title}", self.h1, 8)
        self.text(section.text, self.body, 10)
        for series in section.series:
            self.chart(series)
        if section.table is not None:
            self.table(section.table)

    def chart(self, series: object) -> None:
        from deskapp.services.kpi import Series

        assert isinstance(series, Series)
        self.ensure(CHART_HEIGHT + 8)
        if self.painter is not None and series.lines:
            chart, _dots = build_chart(series, series.label, "(previous period)")
            scene = QGraphicsScene()
            scene.addItem(chart)
            chart.resize(QSizeF(self.area.width(), CHART_HEIGHT))
            target = QRectF(self.area.left(), self.y, self.area.width(), CHART_HEIGHT)
            scene.render(self.painter, target, QRectF(0, 0, self.area.width(), CHART_HEIGHT))
            scene.removeItem(chart)
            chart.deleteLater()
        self.y += CHART_HEIGHT + 8

    def table(self, table: Table) -> None:
        body, head = self.body, self.bold
        if len(table.headers) > 7:  # a wide table reads better smaller than cut short
            body, head = QFont(self.body), QFont(self.bold)
            for f in (body, head):
                f.setPixelSize(round(f.pixelSize() * 0.85))
        metrics = QFontMetricsF(body)
        row_h = metrics.height() + 6
        n = len(table.headers)
        numeric = [all(isinstance(r[i], int | float) or r[i] is None for r in table.rows)
                   for i in range(n)]
        bold = QFontMetricsF(head)
        natural, whole = [], []
        for i, header in enumerate(table.headers):
            cells = [metrics.horizontalAdvance(_cell(r[i])) for r in table.rows[:300]]
            # a number never shrinks below itself; a header may wrap into "…" when it must
            need = max(cells, default=0.0) + 10
            title = bold.horizontalAdvance(header) + 10
            natural.append(max(need, min(title, need * 2.2) if numeric[i] else title, 28.0))
            whole.append(max(need, title, 28.0))
        room = self.area.width()
        widths = _fit(whole if sum(whole) <= room else natural, numeric, room)
        def draw_row(values: tuple[object, ...], font: QFont, shade: str | None) -> None:
            if self.painter is None:
                return
            p = self.painter
            x = self.area.left()
            if shade:
                p.fillRect(QRectF(x, self.y, self.area.width(), row_h), QColor(shade))
            p.setFont(font)
            p.setPen(QColor("#000000"))
            fm = QFontMetricsF(font)
            for i, value in enumerate(values):
                cell = QRectF(x + 3, self.y, widths[i] - 6, row_h)
                text = fm.elidedText(value if isinstance(value, str) and font is head
                                     else _cell(value), Qt.TextElideMode.ElideRight,
                                     cell.width())
                align = Qt.AlignmentFlag.AlignRight if numeric[i] and font is not head \
                    else Qt.AlignmentFlag.AlignLeft
                p.drawText(cell, int(align | Qt.AlignmentFlag.AlignVCenter), text)
                x += widths[i]
            p.setPen(QPen(QColor("#dddddd"), 0.5))
            # the int overload, as PySide chose it for these floats before
            p.drawLine(int(self.area.left()), int(self.y + row_h), int(self.area.right()),
                       int(self.y + row_h))

        self.ensure(row_h * 2)
        draw_row(table.headers, head, "#e3eaf5")
        self.y += row_h
        if not table.rows:
            self.text("(nothing in this period)", self.body)
            return
        for k, row in enumerate(table.rows):
            if self.ensure(row_h):
                draw_row(table.headers, head, "#e3eaf5")  # the header again
                self.y += row_h
            draw_row(row, body, "#f7f7f7" if k % 2 else None)
            self.y += row_h
        self.y += 10

    def run(self) -> None:
        self.title_page()
        self.contents()
        for number, section in enumerate(self.review.sections, start=1):
            self.section(number, section)


def _fit(natural: list[float], numeric: list[bool], room: float) -> list[float]:
    """Column widths in ``room``: natural widths when they fit (the spare shared out), else the
    text columns shrink (numbers keep theirs) down to a third of their width at most."""
    total = sum(natural)
    if total <= room:
        return [w + (room - total) * w / total for w in natural]
    fixed = sum(w for w, num in zip(natural, numeric, strict=True) if num)
    text = total - fixed
    scale = max((room - fixed) / text, 0.33) if text else 1.0
    widths = [w if num else w * scale for w, num in zip(natural, numeric, strict=True)]
    over = sum(widths) / room
    return [w / over for w in widths] if over > 1 else widths


def write_pdf(review: ServiceReview, path: Path) -> int:
    """Write ``review`` to ``path``; returns the number of pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(f"Service review: {review.subject}, {review.first_day} to "
                    f"{review.last_day}")
    writer.setCreator(review.desk_name)
    starts: dict[str, int] = {}
    dry = _Layout(review, writer, None, 0, starts)
    dry.run()
    pages = dry.page
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Could not write {path}; choose another folder.")
    try:
        _Layout(review, writer, painter, pages, starts).run()
    finally:
        painter.end()
    return pages


def write_pdf_headless(review: ServiceReview, path: Path) -> int:
    """``deskapp-admin report --pdf``: the PDF without a window (the offscreen platform unless
    one is set), so Qt stays inside ``ui/`` and the command line imports it only here."""
    import os

    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    try:
        return write_pdf(review, path)
    finally:
        del app

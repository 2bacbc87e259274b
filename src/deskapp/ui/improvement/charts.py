"""Trend charts on QtCharts (PySide6's add-on; chosen over pyqtgraph in docs/improvement.md:
3 MB in the bundle against pyqtgraph's 2 MB plus numpy's 40 MB, themed axes and legends out
of the box, and a QGraphicsScene that renders to a PDF page as vector graphics).

:class:`TrendChart` draws a :class:`deskapp.services.kpi.Series`: one solid line per group
for the chosen weeks or months, and the same group's previous period dashed beside it. A
click on a point emits :attr:`TrendChart.point_clicked` with the line and bucket index.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from deskapp.domain.kpi import Grain

if TYPE_CHECKING:
    from deskapp.services.kpi import Series

PALETTE = ("#1565c0", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#5d4037",
           "#ad1457")


def bucket_label(series_grain: Grain, first: object) -> str:
    day = first
    return f"{day:%b %Y}" if series_grain is Grain.MONTH else f"{day:%d %b}"


def build_chart(series: Series, title: str, previous_label: str, *,
                animate: bool = False) -> tuple[QChart, list[QScatterSeries]]:
    """A QChart of ``series`` (also used for the PDF report: a scene renders as vectors).
    Returns the chart and the clickable point series, one per line."""
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    if animate:
        chart.setAnimationOptions(QChart.AnimationOption.SeriesAnimations)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    points: list[QScatterSeries] = []
    top = 0.0
    n = max((len(line.points) for line in series.lines), default=0)
    for i, line in enumerate(series.lines):
        colour = QColor(PALETTE[i % len(PALETTE)])
        name = "" if line.label is None and series.by is None else str(
            line.label if line.label is not None else "(none)")
        now = QLineSeries()
        now.setName(name or title)
        now.setPen(QPen(colour, 2))
        before = QLineSeries()
        before.setName(f"{name} {previous_label}".strip())
        pen = QPen(colour.lighter(140), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        before.setPen(pen)
        dots = QScatterSeries()
        dots.setMarkerSize(7)
        dots.setColor(colour)
        dots.setBorderColor(colour)
        for k, p in enumerate(line.points):
            if p.value is not None:
                now.append(QPointF(k, float(p.value)))
                dots.append(QPointF(k, float(p.value)))
                top = max(top, float(p.value))
        for k, p in enumerate(line.previous):
            if p.value is not None:
                before.append(QPointF(k, float(p.value)))
                top = max(top, float(p.value))
        for added in (before, now, dots):
            chart.addSeries(added)
        points.append(dots)
    x = QCategoryAxis()
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    if series.lines:
        step = max(1, -(-n // 8))
        for k, p in enumerate(series.lines[0].points):
            if k % step == 0:
                x.append(bucket_label(series.grain, p.bucket.first), k)
    x.setRange(-0.3, max(n - 1, 1) + 0.3)
    y = QValueAxis()
    y.setRange(0, top * 1.1 if top > 0 else 1)
    y.setLabelFormat("%.0f" if top >= 10 else "%.1f")
    y.applyNiceNumbers()
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for s in chart.series():
        s.attachAxis(x)
        s.attachAxis(y)
    # the dots are for clicking: only the lines in the legend; split into groups, the dashed
    # previous-period lines stay out of it too (the caption under the chart says what they are)
    for s in chart.series():
        if s in points or (series.by is not None and s.name().endswith(previous_label)):
            for marker in chart.legend().markers(s):
                marker.setVisible(False)
    return chart, points


class TrendChart(QChartView):
    """A weekly or monthly series with its previous period; click a point to drill."""

    #: (line index, bucket index)
    point_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 240)
        self.series: Series | None = None
        self.setChart(QChart())

    def show_series(self, series: Series, title: str) -> None:
        self.series = series
        chart, dots = build_chart(series, title, self.tr("(previous period)"), animate=False)
        for line, scatter in enumerate(dots):
            scatter.clicked.connect(
                lambda point, line=line: self.point_clicked.emit(line, round(point.x())))
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def point_position(self, line: int, bucket: int) -> QPointF:
        """Where a point is drawn, in view coordinates (tests click there)."""
        assert self.series is not None
        value = self.series.lines[line].points[bucket].value
        scene = self.chart().mapToPosition(QPointF(bucket, float(value or 0)),
                                           self.chart().series()[3 * line + 2])
        return QPointF(self.mapFromScene(scene))

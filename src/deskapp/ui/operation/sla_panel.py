"""The SLA panel: response and resolution clocks of one incident.

Each metric shows its target, elapsed and remaining business time, a bar, and its state in words
("Paused", "Warning: 80 % used", "Breached 1 h 5 min ago") as well as in colour, so nobody has to
tell green from red to read it. Times read as :mod:`deskapp.domain.durations` says ("3 h 05 min",
"213 d 12 h"); a clock far past its target says "over 10x". Nothing wraps: a line too long for
the panel's width (about 260 px on a 1366x768 laptop) is elided, with the whole text as tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.durations import is_over_tenfold
from deskapp.ui.labels import duration_text, share_text
from deskapp.ui.operation.models import local_time

if TYPE_CHECKING:
    from deskapp.services.dto import MetricDTO, SlaDTO

WARN_PERCENT = 75.0

#: state -> (text colour, background) for the state badge and the bar
STATE_COLOURS = {
    "ok": ("#1b5e20", "#d8f0d8"),
    "warning": ("#7a4f00", "#fff1c2"),
    "breached": ("#8e1b14", "#f8d0d0"),
    "paused": ("#37474f", "#dfe3ea"),
    "met": ("#1b5e20", "#e3f2e3"),
}

#: lighter chunk colours so the black percentage text on the bar stays readable
BAR_COLOURS = {"ok": "#81c784", "warning": "#ffca28", "breached": "#e57373",
               "paused": "#b0bec5", "met": "#a5d6a7"}


class ElidedLabel(QLabel):
    """One line, never wrapped: what does not fit ends in "…", the whole text is the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Override QLabel::minimumSizeHint
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") + 24, hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Override QLabel::sizeHint
        hint = super().sizeHint()
        return QSize(min(hint.width(), 200), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Override QWidget
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class MetricBox(QGroupBox):
    """One metric: target, elapsed, remaining, due, and a state badge with words."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.state_label = ElidedLabel()
        self.state_label.setObjectName("slaState")
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.bar.setMaximumHeight(14)
        self.target = QLabel()
        self.elapsed = QLabel()
        for label in (self.target, self.elapsed):
            label.setToolTip(self.tr("Business time: working minutes of the SLA calendar "
                                     "(a day here is 24 working hours)"))
        self.remaining = QLabel()
        self.due = QLabel()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(1)
        grid.setHorizontalSpacing(6)
        grid.addWidget(QLabel(self.tr("Target:")), 0, 0)
        grid.addWidget(self.target, 0, 1)
        grid.addWidget(QLabel(self.tr("Elapsed:")), 1, 0)
        grid.addWidget(self.elapsed, 1, 1)
        self.remaining_caption = QLabel(self.tr("Remaining:"))
        grid.addWidget(self.remaining_caption, 2, 0)
        grid.addWidget(self.remaining, 2, 1)
        grid.addWidget(QLabel(self.tr("Due:")), 3, 0)
        grid.addWidget(self.due, 3, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(3)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.state_label)
        layout.addWidget(self.bar)
        layout.addLayout(grid)
        self.state = ""

    def show_metric(self, metric: MetricDTO) -> None:
        self.state = _state(metric)
        self.target.setText(self.business_time(metric.target_minutes))
        self.elapsed.setText(self.business_time(metric.elapsed_minutes))
        if metric.remaining_minutes < 0:
            self.remaining.setText(self.tr("overdue by {t}").format(
                t=self.business_time(metric.remaining_minutes)))
        else:
            self.remaining.setText(self.business_time(metric.remaining_minutes))
        # a met or stopped clock has nothing left to count down
        counting = not metric.stopped
        self.remaining.setVisible(counting)
        self.remaining_caption.setVisible(counting)
        self.due.setText(local_time(metric.due_at) if metric.due_at else self.tr("—"))
        percent = metric.percent
        self.bar.setValue(int(min(100.0, max(0.0, percent))))
        self.bar.setFormat(self.tr("over 10x the target") if is_over_tenfold(percent) else
                           self.tr("{share} of target").format(share=share_text(percent)))
        self.state_label.set_full_text(self._state_text(metric, self.state))
        fg, bg = STATE_COLOURS.get(self.state, STATE_COLOURS["ok"])
        self.state_label.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {fg};"
            " border-radius: 3px; padding: 2px 6px; font-weight: bold; }")
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {BAR_COLOURS[self.state]}; }}")

    def business_time(self, minutes: float) -> str:
        """Business minutes (sign dropped) the way every duration reads; past a day as days of
        24 hours ("213 d 12 h"), which the tooltips of Target and Elapsed say."""
        return duration_text(minutes)

    def _state_text(self, metric: MetricDTO, state: str) -> str:
        percent = share_text(metric.percent)
        if state == "breached":
            when = local_time(metric.breached_at) if metric.breached_at else ""
            text = self.tr("BREACHED · target exceeded") if not when else \
                self.tr("BREACHED at {when}").format(when=when)
            if metric.paused:
                text += self.tr(" · paused")
            return text
        if state == "paused":
            return self.tr("PAUSED · clock stopped at {p}").format(p=percent)
        if state == "warning":
            return self.tr("WARNING · {p} used").format(p=percent)
        if state == "met":
            return self.tr("MET · within target ({p})").format(p=percent)
        return self.tr("ON TRACK · {p} used").format(p=percent)


def _state(metric: MetricDTO) -> str:
    """The state to show; derived again from the numbers so warning/breach never lag."""
    if metric.state == "breached" or metric.percent >= 100.0 and not metric.stopped:
        return "breached"
    if metric.paused:
        return "paused"
    if metric.stopped:
        return "met" if metric.state in ("met", "ok", "warning") else metric.state
    if metric.percent >= WARN_PERCENT:
        return "warning"
    return "ok"


class SlaPanel(QWidget):
    """Both clocks of an incident, or a sentence saying why there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaPanel")
        self.heading = ElidedLabel()
        self.heading.setObjectName("slaHeading")
        self.notice = QLabel()  # why there are no clocks: a sentence, so it may wrap
        self.notice.setObjectName("slaNotice")
        self.notice.setWordWrap(True)
        self.response = MetricBox(self.tr("Response"))
        self.resolution = MetricBox(self.tr("Resolution"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.response)
        layout.addWidget(self.resolution)
        layout.addStretch()
        self.show_sla(None, new=True)

    def show_sla(self, sla: SlaDTO | None, *, new: bool = False) -> None:
        if sla is None:
            self.notice.setText(
                self.tr("SLA clocks start when the incident is saved.") if new else
                self.tr("No SLA applies: no default SLA or no target for this priority. "
                        "Set one up under Service Design."))
            self.notice.setVisible(True)
            self.heading.setVisible(False)
            self.response.setVisible(False)
            self.resolution.setVisible(False)
            return
        self.notice.setVisible(False)
        self.heading.setVisible(True)
        self.heading.set_full_text(self.tr("SLA: {sla} · calendar: {calendar}").format(
            sla=sla.sla_name, calendar=sla.calendar_name))
        if sla.response is not None:  # a kind not measured on response (tasks) has none
            self.response.show_metric(sla.response)
        self.resolution.show_metric(sla.resolution)
        self.response.setVisible(sla.response is not None)
        self.resolution.setVisible(True)

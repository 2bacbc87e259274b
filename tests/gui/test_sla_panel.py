"""The SLA panel: long clocks read as days and hours, huge overruns as "over 10x", and nothing
wraps at the width the incident form gives the panel on a 1366x768 laptop."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from deskapp.services.dto import MetricDTO, SlaDTO
from deskapp.ui.operation.sla_panel import SlaPanel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

#: The panel's share of the incident form at 1366x768 (the form's minimum for it).
NARROW = 260

BREACHED_LONG_AGO = MetricDTO(
    target_minutes=8 * 60, elapsed_minutes=5124 * 60 + 11, remaining_minutes=-(5116 * 60 + 11),
    percent=64_052.0, state="breached", paused=True, stopped=False,
    due_at=datetime(2026, 3, 2, 17, 0, tzinfo=UTC),
    breached_at=datetime(2026, 3, 2, 17, 0, tzinfo=UTC))
WARNING = MetricDTO(
    target_minutes=3 * 24 * 60, elapsed_minutes=2 * 24 * 60 + 600, remaining_minutes=840,
    percent=80.6, state="warning", paused=False, stopped=False,
    due_at=datetime(2026, 12, 7, 9, 0, tzinfo=UTC), breached_at=None)


def panel_with(qtbot: QtBot, sla: SlaDTO) -> SlaPanel:
    panel = SlaPanel()
    qtbot.addWidget(panel)
    panel.show_sla(sla)
    panel.resize(NARROW, 520)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_long_durations_read_as_days_and_hours(qtbot: QtBot) -> None:
    panel = panel_with(qtbot, SlaDTO("Standard", "UK office hours", WARNING, BREACHED_LONG_AGO))
    box = panel.resolution
    assert box.elapsed.text() == "213 d 12 h"  # was "5124:11 h"
    assert box.remaining.text() == "overdue by 213 d 4 h"
    assert box.target.text() == "8 h 00 min"
    assert panel.response.target.text() == "3 d 0 h"
    assert panel.response.remaining.text() == "14 h 00 min"
    # past 999 % the share of the target is said in words, not as "> 999 %"
    assert box.bar.format() == "over 10x the target"
    assert "999" not in box.bar.format() and "999" not in box.state_label.text()
    assert panel.response.bar.format() == "81 % of target"
    assert "81 %" in panel.response.state_label.text()


def test_nothing_wraps_at_1366x768(qtbot: QtBot) -> None:
    sla = SlaDTO("Standard SLA for business-critical services",
                 "United Kingdom office hours with bank holidays", WARNING, BREACHED_LONG_AGO)
    panel = panel_with(qtbot, sla)
    assert panel.minimumSizeHint().width() <= NARROW
    assert panel.width() == NARROW
    labels = [w for w in panel.findChildren(QLabel) if w.isVisible()]
    assert labels
    for label in labels:
        assert not label.wordWrap(), label.text()
        shown = label.fontMetrics().horizontalAdvance(label.text())
        margin = label.contentsMargins().left() + label.contentsMargins().right()
        assert shown + margin <= label.contentsRect().width() + margin, label.text()
    # the whole heading is one hover away
    assert panel.heading.toolTip() == \
        "SLA: Standard SLA for business-critical services · calendar: United Kingdom office " \
        "hours with bank holidays"

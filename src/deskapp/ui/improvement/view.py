"""Continual Service Improvement: KPIs over a chosen period (MTTA, MTTR, SLA compliance,
volumes) and the open backlog by priority, as tiles, a table (exportable to CSV) and a chart.

The numbers come from :class:`deskapp.services.kpi.KpiService` (aggregate SQL) through
``ctx.runner`` with a busy indicator; a newer request always wins over an older one still
running, so flicking through presets never shows a stale period.

Typed dates recalculate only once the period is complete: on Enter, on leaving the field, on a
pick in the calendar or on Recalculate, never per keystroke (year "0202" is a date on the way to
"2024"). Until then the figures on screen are marked as belonging to other dates and cannot be
exported, and an impossible period is never saved as the one to open with next time.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.kpi import Period, Preset, format_percent
from deskapp.errors import ValidationError
from deskapp.ui.areas import AreaView
from deskapp.ui.design.forms import error_label, show_error
from deskapp.ui.improvement.register import RegisterPanel
from deskapp.ui.improvement.reviews import ReviewPanel
from deskapp.ui.improvement.time_spent import TimeByPersonPanel
from deskapp.ui.improvement.trends import FiguresPanel, TrendsPanel
from deskapp.ui.improvement.widgets import BacklogChart, KpiLine, KpiTableModel, KpiTile
from deskapp.ui.labels import count_text, duration_text, priority_label
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Changes
    from deskapp.services.kpi import KpiReport
    from deskapp.services.reporting import ReadSource
    from deskapp.ui.context import UiContext

BUS_DELAY_MS = 2000


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ImprovementView(AreaView):
    key = "improvement"
    open_incident_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._run = SafeRunner(self, ctx.runner)
        self._generation = 0
        self.report: KpiReport | None = None
        self._zone = local_zone()
        #: True while the figures on screen are not those of the dates chosen
        self.stale = False
        #: (preset, first day, last day) of the figures on screen / of the last request
        self._shown: tuple[Preset, QDate, QDate] | None = None
        self._requested: tuple[Preset, QDate, QDate] | None = None

        # -- period bar ------------------------------------------------------------------
        self.preset_combo = QComboBox(self)
        for text, preset in ((self.tr("Last 7 days"), Preset.LAST_7_DAYS),
                             (self.tr("Last 30 days"), Preset.LAST_30_DAYS),
                             (self.tr("This quarter"), Preset.THIS_QUARTER),
                             (self.tr("Custom dates"), Preset.CUSTOM)):
            self.preset_combo.addItem(text, preset.value)
        self.from_edit, self.to_edit = QDateEdit(self), QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.preset_combo)
        from_label = QLabel(self.tr("Fr&om"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To"), self)
        to_label.setBuddy(self.to_edit)
        for label in (from_label, to_label):  # short labels clip their last glyph otherwise
            label.setMinimumWidth(label.sizeHint().width() + 6)
        self.refresh_button = QPushButton(self.tr("&Recalculate"), self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setEnabled(False)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.computed_label = QLabel(self)
        self.computed_label.setStyleSheet("color: palette(dark);")
        #: where the figures were read: shown only for a reporting replica, with its lag
        self.source_label = QLabel(self)
        self.source_label.setObjectName("kpiSource")
        self.source_label.setStyleSheet("color: palette(dark);")
        self.source_label.hide()
        self.period_error = error_label(self)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        for w in (period_label, self.preset_combo, from_label, self.from_edit, to_label,
                  self.to_edit, self.refresh_button):
            bar.addWidget(w)
        bar.addWidget(self.busy)
        bar.addWidget(self.computed_label, 1)
        bar.addWidget(self.source_label)
        bar.addWidget(self.export_button)

        # -- tiles -----------------------------------------------------------------------
        self.tiles = {
            "created": KpiTile(self.tr("Created"), self),
            "resolved": KpiTile(self.tr("Resolved"), self),
            "mtta": KpiTile(self.tr("MTTA"), self),
            "mttr": KpiTile(self.tr("MTTR"), self),
            "response": KpiTile(self.tr("Response SLA met"), self),
            "resolution": KpiTile(self.tr("Resolution SLA met"), self),
            "backlog": KpiTile(self.tr("Open backlog now"), self),
        }
        tiles = QGridLayout()
        tiles.setSpacing(8)
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, i)

        # -- table and chart -------------------------------------------------------------
        self.model = KpiTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 100)
        self.chart = BacklogChart(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.time_panel = TimeByPersonPanel(ctx.services.time_entries, self._run, self)
        self.splitter.addWidget(self.time_panel)  # who logged how much time in the period
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 360, 340])

        overview = QWidget(self)
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 4, 0, 0)
        overview_layout.addLayout(tiles)
        overview_layout.addWidget(self.splitter, 1)
        self.figures_panel = FiguresPanel(ctx.services.kpi, self._run, self)
        self.trends_panel = TrendsPanel(ctx, self._run, self._zone, self)
        self.trends_panel.open_item.connect(self.open_incident_requested)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(overview, self.tr("Overvie&w"))
        self.tabs.addTab(self.figures_panel, self.tr("F&igures by group"))
        self.tabs.addTab(self.trends_panel, self.tr("Tre&nds"))
        self.register_panel = RegisterPanel(ctx, self._run, self)
        self.tabs.addTab(self.register_panel, self.tr("&CSI register"))
        self.review_panel = ReviewPanel(ctx, self._run, self._zone,
                                        lambda: self.report.period if self.report else None,
                                        self)
        self.tabs.addTab(self.review_panel, self.tr("&Service reviews"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.period_error)
        layout.addWidget(self.tabs, 1)

        self._bus_timer = QTimer(self)
        self._bus_timer.setSingleShot(True)
        self._bus_timer.setInterval(BUS_DELAY_MS)
        self._bus_timer.timeout.connect(self.refresh)
        self._apply_preset(Preset.LAST_30_DAYS)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(Preset.LAST_30_DAYS.value))

        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._dates_edited)
            edit.editingFinished.connect(self._dates_committed)
            # a pick in the calendar (click, or Enter on a day) is a whole date; after the edit
            # took it: next event loop
            calendar = edit.calendarWidget()
            for picked in (calendar.clicked, calendar.activated):
                picked.connect(lambda _d: QTimer.singleShot(0, self, self._dates_committed))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(lambda: self.export_csv())
        ctx.bus.changed.connect(self._bus_changed)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.review_panel:
            self.review_panel.load_services()
        if self.tabs.currentWidget() is self.register_panel and \
                self.register_panel.model.rowCount() == 0:
            self.register_panel.reload()

    # -- period ------------------------------------------------------------------------------
    @property
    def preset(self) -> Preset:
        return Preset(self.preset_combo.currentData())

    def _apply_preset(self, preset: Preset) -> None:
        if preset is Preset.CUSTOM:
            return
        period = Period.preset(preset, datetime.now(UTC), self._zone)
        first, last = period.local_dates(self._zone)
        for edit, value in ((self.from_edit, first), (self.to_edit, last)):
            blocked = edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(blocked)

    def _preset_chosen(self, _index: int) -> None:
        self._apply_preset(self.preset)
        self.refresh()

    def _dates_edited(self, _value: QDate) -> None:
        """A keystroke (or arrow step) in a date: the figures are now of other dates."""
        if self.preset is not Preset.CUSTOM:
            blocked = self.preset_combo.blockSignals(True)
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(Preset.CUSTOM.value))
            self.preset_combo.blockSignals(blocked)
        show_error(self.period_error, None)  # it spoke of the dates before this edit
        self._update_stale()

    def _dates_committed(self) -> None:
        """Enter, leaving the field or a calendar pick: the typed period is complete."""
        if self._choice() != self._requested or self.period_error.isVisible():
            self.refresh()

    def _choice(self) -> tuple[Preset, QDate, QDate]:
        return self.preset, self.from_edit.date(), self.to_edit.date()

    def _update_stale(self) -> None:
        calculating = self.busy.isVisible()
        self.stale = self.report is not None and (calculating or self._choice() != self._shown)
        fresh = not self.stale
        self.export_button.setEnabled(self.report is not None and fresh)
        for widget in (*self.tiles.values(), self.table, self.chart, self.time_panel,
                       self.figures_panel, self.trends_panel):
            widget.setEnabled(fresh)
        if calculating:
            self.computed_label.setText(self.tr("Calculating…"))
        elif self.report is None:
            self.computed_label.setText("")
        elif self.stale:
            first, last = self.report.period.local_dates(self._zone)
            self.computed_label.setText(self.tr(
                "Figures for {start} to {end}, not the dates chosen: press Enter or "
                "Recalculate").format(start=first.isoformat(), end=last.isoformat()))
        else:
            self.computed_label.setText(self.tr("Calculated {when}").format(
                when=self.report.computed_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")))

    def period(self) -> Period:
        """The chosen period; raises ValidationError for an impossible custom range."""
        if self.preset is not Preset.CUSTOM:
            return Period.preset(self.preset, datetime.now(UTC), self._zone)
        return Period.between_dates(_pydate(self.from_edit.date()), _pydate(self.to_edit.date()),
                                    self._zone)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._bus_timer.stop()
        try:
            period = self.period()
        except ValidationError as exc:
            self._requested = None
            self._generation += 1  # a calculation still running is for dates no longer chosen
            self.busy.hide()
            show_error(self.period_error, user_message(exc))
            self.status_message.emit(user_message(exc))
            self._update_stale()
            return
        show_error(self.period_error, None)
        self._generation += 1
        generation = self._generation
        choice = self._requested = self._choice()
        service, reporting = self.ctx.services.kpi, self.ctx.services.reporting
        self.busy.show()
        self._update_stale()
        self._run.run(lambda: service.report(period),
                      lambda report: self._loaded(generation, choice, report),
                      lambda exc: self._failed(generation, exc))
        self._run.run(reporting.source, self._show_source, lambda _exc: self.source_label.hide())

    def _show_source(self, source: ReadSource) -> None:
        """A reporting replica says so, and how far behind the desk its figures are."""
        if not source.standby:
            self.source_label.hide()
            return
        lag = source.lag_seconds
        if lag is None:
            text = self.tr("Read from the reporting replica (how far behind is not known yet).")
        elif lag < 1:
            text = self.tr("Read from the reporting replica, up to date.")
        else:
            text = self.tr("Read from the reporting replica, {seconds} s behind the desk.").format(
                seconds=count_text(round(lag)))
        self.source_label.setText(text)
        self.source_label.show()

    def _loaded(self, generation: int, choice: tuple[Preset, QDate, QDate],
                report: KpiReport) -> None:
        if generation != self._generation:
            return  # an older request; a newer one is on its way
        self.busy.hide()
        self.report = report
        self._shown = choice
        self._show(report)
        self.time_panel.load(report.period)
        self.figures_panel.load(report.period)
        self.trends_panel.load(report.period)
        self._update_stale()
        first, last = report.period.local_dates(self._zone)
        self.status_message.emit(self.tr("KPIs for {start} to {end}").format(
            start=first.isoformat(), end=last.isoformat()))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.hide()
        self._requested = None
        self._update_stale()
        show_error(self.period_error, user_message(exc))
        self.status_message.emit(user_message(exc))

    def _show(self, r: KpiReport) -> None:
        t = self.tiles
        n = count_text
        t["created"].set_value(n(r.created), self.tr("opened in the period"))
        t["resolved"].set_value(n(r.resolved), self.tr("net {sign}{n}").format(
            sign="+" if r.created >= r.resolved else "−", n=n(abs(r.created - r.resolved))))
        t["mtta"].set_value(duration_text(r.mtta_minutes), self.tr("business: {d}").format(
            d=duration_text(r.mtta_business_minutes)))
        t["mttr"].set_value(duration_text(r.mttr_minutes), self.tr("business: {d}").format(
            d=duration_text(r.mttr_business_minutes)))
        t["response"].set_value(format_percent(r.response_compliance),
                                self.tr("{met} of {n} met").format(
                                    met=n(r.response_met), n=n(r.response_measured)))
        t["resolution"].set_value(format_percent(r.resolution_compliance),
                                  self.tr("{met} of {n} met").format(
                                      met=n(r.resolution_met), n=n(r.resolution_measured)))
        breached = sum(b.breached for b in r.backlog)
        t["backlog"].set_value(n(r.backlog_total), self.tr("{n} breached").format(
            n=n(breached)))
        self.model.set_rows(self.table_rows(r))
        self.chart.set_rows(r.backlog)

    def table_rows(self, r: KpiReport) -> list[KpiLine]:
        n = count_text
        incidents, minutes = self.tr("incidents"), self.tr("minutes")
        business, percent = self.tr("business minutes"), self.tr("%")
        rows = [
            KpiLine(self.tr("Incidents created"), n(r.created),
                    self.tr("opened in the period"), r.created, incidents),
            KpiLine(self.tr("Incidents resolved"), n(r.resolved),
                    self.tr("last resolved in the period"), r.resolved, incidents),
            KpiLine(self.tr("MTTA (wall clock)"), duration_text(r.mtta_minutes),
                    self.tr("mean opening to first response; {n} responded in the period")
                    .format(n=n(r.responded)), r.mtta_minutes, minutes),
            KpiLine(self.tr("MTTA (business time)"), duration_text(r.mtta_business_minutes),
                    self.tr("the same, in the SLA calendar's working minutes"),
                    r.mtta_business_minutes, business),
            KpiLine(self.tr("MTTR (wall clock)"), duration_text(r.mttr_minutes),
                    self.tr("mean opening to resolution; {n} resolved in the period")
                    .format(n=n(r.resolved)), r.mttr_minutes, minutes),
            KpiLine(self.tr("MTTR (business time)"), duration_text(r.mttr_business_minutes),
                    self.tr("the same, in the SLA calendar's working minutes"),
                    r.mttr_business_minutes, business),
            KpiLine(self.tr("Response SLA compliance"), format_percent(r.response_compliance),
                    self.tr("{met} of {n} response clocks stopped in the period were met")
                    .format(met=n(r.response_met), n=n(r.response_measured)),
                    r.response_compliance, percent),
            KpiLine(self.tr("Resolution SLA compliance"),
                    format_percent(r.resolution_compliance),
                    self.tr("{met} of {n} resolution clocks stopped in the period were met")
                    .format(met=n(r.resolution_met), n=n(r.resolution_measured)),
                    r.resolution_compliance, percent),
            KpiLine(self.tr("Open backlog now"), n(r.backlog_total),
                    self.tr("open incidents of every priority, whatever the period"),
                    r.backlog_total, incidents),
        ]
        for b in r.backlog:
            rows.append(KpiLine(
                self.tr("Open {priority}").format(priority=priority_label(b.priority)),
                n(b.open), self.tr("{breached} breached, {unassigned} unassigned").format(
                    breached=n(b.breached), unassigned=n(b.unassigned)), b.open, incidents))
        return rows

    def _bus_changed(self, changes: Changes) -> None:
        # not while dates are being typed: that would calculate a half-typed period
        if changes.kind in ("incident", "sla") and self._loaded_once and not self.stale:
            self._bus_timer.start()

    def shutdown(self) -> None:
        self._bus_timer.stop()

    # -- export ----------------------------------------------------------------------------
    def export_csv(self, path: str | None = None) -> bool:
        """Write the KPI table (with the period) to ``path``, asking for it when None.

        Values are plain numbers (counts, minutes, percent) with their unit beside them, so a
        spreadsheet can compute with them; refused while the figures are of other dates."""
        if self.report is None or self.stale:
            return False
        if path is None:
            first, last = self.report.period.local_dates(self._zone)
            suggested = f"kpis-{first:%Y%m%d}-{last:%Y%m%d}.csv"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export KPIs"), suggested, self.tr("CSV files (*.csv)"))
            if not path:
                return False
        period = self.report.period
        try:
            with open(path, "w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(self.model.csv_headers())
                writer.writerow((self.tr("Period start (UTC)"), period.start.isoformat(), "",
                                 ""))
                writer.writerow((self.tr("Period end (UTC)"), period.end.isoformat(), "", ""))
                writer.writerows(line.csv_row() for line in self.model.rows())
        except OSError as exc:
            self.status_message.emit(self.tr("Could not write {path}: {reason}. Choose another "
                                             "folder.").format(path=path, reason=exc.strerror))
            return False
        self.status_message.emit(self.tr("Exported the KPIs to {path}.").format(path=path))
        return True

    # -- persisted layout ------------------------------------------------------------------
    def _valid_choice(self) -> bool:
        try:
            self.period()
        except ValidationError:
            return False
        return True

    def save_state(self, settings: QSettings) -> None:
        """The period to open with next time: the one chosen if it is possible, else the one
        whose figures are on screen (an impossible one would open blank)."""
        choice: tuple[Preset, QDate, QDate] | None = self._choice()
        if not self._valid_choice():
            choice = self._shown
        if choice is None:
            settings.setValue("preset", Preset.LAST_30_DAYS.value)
            settings.remove("from")
            settings.remove("to")
        else:
            preset, first, last = choice
            settings.setValue("preset", preset.value)
            settings.setValue("from", first.toString(Qt.DateFormat.ISODate))
            settings.setValue("to", last.toString(Qt.DateFormat.ISODate))
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("tab", self.tabs.currentIndex())
        settings.setValue("trend", [str(self.trends_panel.figure.currentData() or ""),
                                    str(self.trends_panel.grain.currentData() or ""),
                                    str(self.trends_panel.split.currentData() or "")])
        settings.setValue("header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        preset = str(settings.value("preset", Preset.LAST_30_DAYS.value))
        index = self.preset_combo.findData(preset)
        if index >= 0:
            for w in (self.preset_combo, self.from_edit, self.to_edit):
                w.blockSignals(True)
            self.preset_combo.setCurrentIndex(index)
            if self.preset is Preset.CUSTOM:
                for edit, key in ((self.from_edit, "from"), (self.to_edit, "to")):
                    value = QDate.fromString(str(settings.value(key, "")), Qt.DateFormat.ISODate)
                    if value.isValid():
                        edit.setDate(value)
                if not self._valid_choice():  # written by an older version: open on the default
                    self.preset_combo.setCurrentIndex(
                        self.preset_combo.findData(Preset.LAST_30_DAYS.value))
            if self.preset is not Preset.CUSTOM:
                self._apply_preset(self.preset)
            for w in (self.preset_combo, self.from_edit, self.to_edit):
                w.blockSignals(False)
        tab = settings.value("tab")
        if tab is not None and str(tab).isdigit():
            self.tabs.setCurrentIndex(int(str(tab)))
        trend = settings.value("trend")
        if isinstance(trend, list) and len(trend) == 3:
            for combo, value in zip((self.trends_panel.figure, self.trends_panel.grain,
                                     self.trends_panel.split), trend, strict=True):
                index = combo.findData(value)
                if index >= 0:
                    blocked = combo.blockSignals(True)
                    combo.setCurrentIndex(index)
                    combo.blockSignals(blocked)
        for key, target in (("splitter", self.splitter),
                            ("header", self.table.horizontalHeader())):
            state = settings.value(key)
            if isinstance(state, QByteArray):
                target.restoreState(state)

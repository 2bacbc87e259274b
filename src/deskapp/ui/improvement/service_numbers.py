"""Strategy's demand and cost per service and Design's availability per service, as panels the
Service Strategy and Service Design views show (the numbers come from
:class:`deskapp.services.service_numbers.ServiceNumbersService`, off the UI thread)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.kpi import Period
from deskapp.services.service_numbers import ServiceAvailability, ServiceDemand
from deskapp.ui.improvement.register import SPARK_ROLE, SparklineDelegate
from deskapp.ui.labels import count_text, duration_text
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext
    from deskapp.ui.queues.model import SafeRunner

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
WEEKS = ((4, QT_TRANSLATE_NOOP("ServiceNumbers", "Last 4 weeks")),
         (12, QT_TRANSLATE_NOOP("ServiceNumbers", "Last 12 weeks")),
         (26, QT_TRANSLATE_NOOP("ServiceNumbers", "Last 26 weeks")),
         (52, QT_TRANSLATE_NOOP("ServiceNumbers", "Last 52 weeks")))


def _money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


class DemandModel(RowsModel[ServiceDemand]):
    HEADERS = ("Service", "Weekly demand", "Tickets", "Trend", "Time logged", "Cost",
               "Cost per ticket", "Time without a team rate")
    SPARK_COLUMN = 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == SPARK_ROLE and index.column() == self.SPARK_COLUMN:
            return row.weekly
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return self.tr("Tickets of the second half of the weeks against the first half")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        trend = "—" if row.trend is None else f"{row.trend:+.0f} %"
        values = (row.name, "", count_text(row.total), trend, duration_text(row.minutes),
                  _money(row.cost), _money(row.cost_per_ticket),
                  duration_text(row.unrated_minutes) if row.unrated_minutes else "—")
        return values[index.column()] if 0 <= index.column() < len(values) else None


class AvailabilityModel(RowsModel[ServiceAvailability]):
    HEADERS = ("Service", "Target", "Availability", "Outage", "Major incidents", "Target met")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (2, 5) and \
                row.met is not None:
            return QColor("#2e7d32" if row.met else "#c62828")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        met = "—" if row.met is None else (self.tr("yes") if row.met else self.tr("no"))
        values = (row.name, "—" if row.target is None else f"{row.target:.2f} %",
                  f"{row.availability:.3f} %", duration_text(row.outage_minutes),
                  count_text(row.majors), met)
        return values[index.column()] if 0 <= index.column() < len(values) else None


class _NumbersPanel(QWidget):
    """A period choice, a table and a line saying what the numbers are."""

    def __init__(self, ctx: UiContext, run: SafeRunner, model: RowsModel[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = run
        self._generation = 0
        self.weeks = QComboBox(self)
        for n, weeks_text in WEEKS:
            self.weeks.addItem(QCoreApplication.translate("ServiceNumbers", weeks_text), n)
        self.weeks.setCurrentIndex(1)
        self.weeks_label = weeks_label = QLabel(self)
        weeks_label.setBuddy(self.weeks)
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, 200)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.about = text = QLabel(self)
        text.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(weeks_label)
        bar.addWidget(self.weeks)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(text)
        self.weeks.currentIndexChanged.connect(lambda _i: self.reload())

    def period(self) -> Period:
        now = datetime.now(UTC)
        return Period(now - timedelta(weeks=int(self.weeks.currentData())), now)

    def _work(self, period: Period) -> Any:
        raise NotImplementedError

    def reload(self) -> None:
        self._generation += 1
        generation, period = self._generation, self.period()
        self.status.setText(self.tr("Calculating…"))
        self._run.run(lambda: self._work(period), lambda rows: self._loaded(generation, rows),
                      lambda exc: self.status.setText(user_message(exc)))

    def _loaded(self, generation: int, rows: list[Any]) -> None:
        if generation == self._generation:
            self.model.set_rows(rows)
            self.status.setText(self.tr("{n} services").format(n=count_text(len(rows))))


class DemandPanel(_NumbersPanel):
    """Service Strategy: demand per service (weekly volumes and trend) and its cost."""

    def __init__(self, ctx: UiContext, run: SafeRunner, zone: tzinfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, run, DemandModel(), parent)
        self.model.setParent(self)
        self._zone = zone
        self.table.setItemDelegateForColumn(DemandModel.SPARK_COLUMN,
                                            SparklineDelegate(self.table))
        self.about.setText(self.tr(
            "Demand: incidents and requests raised per week for each service. Cost: time "
            "logged on the service's items times the hourly rate of the item's team (time of "
            "a team without a rate is shown apart, not counted as free); per ticket: over the "
            "tickets with time logged."))
        self.weeks_label.setText(self.tr("De&mand over:"))

    def _work(self, period: Period) -> Any:
        return self.ctx.services.service_numbers.demand(period, self._zone)


class AvailabilityPanel(_NumbersPanel):
    """Service Design: availability per service against its target."""

    def __init__(self, ctx: UiContext, run: SafeRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, run, AvailabilityModel(), parent)
        self.model.setParent(self)
        self.about.setText(self.tr(
            "Outage: the time the service's major incidents were open (opening to "
            "resolution, within the period; overlapping majors count once). Availability: the "
            "rest of the period, against the service's availability target."))
        self.weeks_label.setText(self.tr("Loo&k back over:"))

    def _work(self, period: Period) -> Any:
        return self.ctx.services.service_numbers.availability(period, datetime.now(UTC))

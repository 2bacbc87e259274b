"""The portfolio table: services with their open work, filtered by status and by text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from deskapp.services.portfolio_dto import CRITICALITIES, ServiceSummary
from deskapp.ui.strategy.widgets import Column, DtoTableModel, SortRole, tr

_Index = QModelIndex | QPersistentModelIndex


def status_label(status: str) -> str:
    return {"pipeline": tr("Pipeline"), "catalogue": tr("Catalogue"),
            "retired": tr("Retired")}.get(status, status)


def criticality_label(value: str) -> str:
    return {"low": tr("Low"), "medium": tr("Medium"), "high": tr("High"),
            "critical": tr("Critical")}.get(value, value)


def _count(value: int) -> str:
    return str(value) if value else "–"


def _criticality_colour(row: ServiceSummary) -> str | None:
    return {"critical": "#b3261e", "high": "#c25e00"}.get(row.criticality)


class ServiceTableModel(DtoTableModel[ServiceSummary]):
    NAME, STATUS, CRITICALITY, OPEN, URGENT, BREACHED, CIS, TEAM, OWNER = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        c = Column[ServiceSummary]
        super().__init__([
            c(tr("Service"), lambda s: s.name),
            c(tr("Status"), lambda s: status_label(s.portfolio_status),
              lambda s: ("pipeline", "catalogue", "retired").index(s.portfolio_status)
              if s.portfolio_status in ("pipeline", "catalogue", "retired") else 9),
            c(tr("Criticality"), lambda s: criticality_label(s.criticality),
              lambda s: CRITICALITIES.index(s.criticality)
              if s.criticality in CRITICALITIES else -1, colour=_criticality_colour),
            c(tr("Open"), lambda s: _count(s.open_incidents), lambda s: s.open_incidents,
              numeric=True),
            c(tr("P1/P2"), lambda s: _count(s.open_p1_p2), lambda s: s.open_p1_p2,
              numeric=True, colour=lambda s: "#b3261e" if s.open_p1_p2 else None),
            c(tr("Breached"), lambda s: _count(s.breached_open), lambda s: s.breached_open,
              numeric=True, colour=lambda s: "#b3261e" if s.breached_open else None),
            c(tr("CIs"), lambda s: _count(s.ci_count), lambda s: s.ci_count, numeric=True),
            c(tr("Owner team"), lambda s: s.owner_team),
            c(tr("Business owner"), lambda s: s.business_owner),
        ], parent)


class PortfolioFilter(QSortFilterProxyModel):
    """Shows the services of one portfolio status (or all) whose text matches the filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._words: list[str] = []
        self.setSortRole(SortRole)

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange()

    @property
    def status(self) -> str | None:
        return self._status

    # Override QSortFilterProxyModel::filterAcceptsRow
    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, ServiceTableModel) or source_parent.isValid():
            return False
        row = model.row_at(source_row)
        if self._status is not None and row.portfolio_status != self._status:
            return False
        haystack = " ".join((row.name, row.business_owner, row.owner_team, row.description,
                             status_label(row.portfolio_status),
                             criticality_label(row.criticality))).lower()
        return all(word in haystack for word in self._words)

    # Override QSortFilterProxyModel::lessThan
    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        a: Any = left.data(SortRole)
        b: Any = right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

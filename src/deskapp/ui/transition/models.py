"""The CI list: keyset pages appended as the person scrolls (``fetchMore``)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Signal

from deskapp.services.portfolio_dto import CiSummary
from deskapp.ui.labels import ci_type_label
from deskapp.ui.strategy.editor import ci_status_label
from deskapp.ui.strategy.widgets import Column, DtoTableModel, tr

_Index = QModelIndex | QPersistentModelIndex


def _status_colour(ci: CiSummary) -> str | None:
    return {"maintenance": "#c25e00", "retired": "#777777"}.get(ci.status)


class CiTableModel(DtoTableModel[CiSummary]):
    """CIs in name order. ``more_wanted(cursor)`` asks the view for the page after ``cursor``."""

    NAME, TYPE, STATUS, OPEN, SERVICE, LOCATION = range(6)
    more_wanted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        c = Column[CiSummary]
        super().__init__([
            c(tr("Name"), lambda ci: ci.name),
            c(tr("Type"), lambda ci: ci_type_label(ci.ci_type)),
            c(tr("Status"), lambda ci: ci_status_label(ci.status), colour=_status_colour),
            c(tr("Open"), lambda ci: str(ci.open_incidents) if ci.open_incidents
              else "–", lambda ci: ci.open_incidents, numeric=True,
              colour=lambda ci: "#b3261e" if ci.open_incidents else None),
            c(tr("Service"), lambda ci: ci.service_name),
            c(tr("Location"), lambda ci: ci.location),
        ], parent)
        self.next_after: tuple[str, uuid.UUID] | None = None
        self._fetching = False

    def set_page(self, rows: Sequence[CiSummary], next_after: tuple[str, uuid.UUID] | None,
                 *, append: bool) -> None:
        self._fetching = False
        self.next_after = next_after
        if append:
            self.append_rows(rows)
        else:
            self.set_rows(rows)

    def replace(self, ci: CiSummary) -> bool:
        """Update one row in place after a save; False if the CI is not on screen."""
        row = self.row_of(ci.id)
        if row < 0:
            return False
        self._rows[row] = ci
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def fetch_failed(self) -> None:
        self._fetching = False

    # Override QAbstractItemModel::canFetchMore
    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self.next_after is not None and not self._fetching

    # Override QAbstractItemModel::fetchMore
    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit(self.next_after)

"""Where supervisors' reports read from (the desk, or its reporting replica and its lag)."""

from __future__ import annotations

from deskapp.db.replication import ReadSource, read_source
from deskapp.repositories.uow import UnitOfWorkFactory

__all__ = ["ReadSource", "ReportingService"]


class ReportingService:
    """Reads the source of :class:`~deskapp.services.kpi.KpiService`, service reviews and
    queue exports: the reporting replica when the profile names one, else the desk."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def source(self) -> ReadSource:
        with self._uow(read_only=True) as uow:
            return read_source(uow.session.connection())
